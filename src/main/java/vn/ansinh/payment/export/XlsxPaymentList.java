package vn.ansinh.payment.export;

import vn.ansinh.payment.Money;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The commune payment list as XLSX: STT, name, CCCD, category, amount ("1.500.000 đ"), signature. */
final class XlsxPaymentList {

    private XlsxPaymentList() {
    }

    static byte[] write(PaymentList list) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sach chi tra");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int last = list.columns().size() - 1;
            cell(sheet.createRow(0), 0, list.title(), bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            cell(sheet.createRow(1), 0, list.subtitle(), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row header = sheet.createRow(3);
            for (int c = 0; c <= last; c++) {
                cell(header, c, list.columns().get(c), bold);
            }
            int r = 4;
            for (PaymentList.Row row : list.rows()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.no());
                cell(x, 1, row.name(), null);
                cell(x, 2, row.cccd() == null ? "" : row.cccd(), null);
                cell(x, 3, row.category(), null);
                cell(x, 4, Money.vnd(row.amount()), null);
                cell(x, 5, "", null);
            }
            Row total = sheet.createRow(r);
            for (int c = 0; c <= last; c++) {
                cell(total, c, "", bold);
            }
            cell(total, 1, list.totalLabel(), bold);
            cell(total, 4, Money.vnd(list.total()), bold);
            int[] widths = {6, 30, 16, 14, 16, 20};
            for (int c = 0; c < widths.length && c <= last; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
