package vn.ansinh.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The poverty review summary as XLSX in the official layout: unit, households, then the poor and near-poor blocks
 * (start, leaving, returning, new, end, rate), one line per unit, then urban, rural and total.
 */
final class SummaryXlsx {

    static final int FIRST_DATA_ROW = 5;

    private SummaryXlsx() {
    }

    static byte[] write(PovertySummary s, SummaryLabels l) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Tong hop ra soat");
            CellStyle bold = style(wb, true);
            CellStyle plain = style(wb, false);
            text(sheet.createRow(0), 0, l.title(), bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));
            text(sheet.createRow(1), 0, l.subtitle(), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 13));
            Row h1 = sheet.createRow(3);
            Row h2 = sheet.createRow(4);
            text(h1, 0, l.unit(), bold);
            text(h1, 1, l.households(), bold);
            text(h1, 2, l.poor(), bold);
            text(h1, 8, l.nearPoor(), bold);
            for (int c = 0; c < 6; c++) {
                text(h2, 2 + c, l.flow().get(c), bold);
                text(h2, 8 + c, l.flow().get(c), bold);
            }
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 7));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 8, 13));
            int r = FIRST_DATA_ROW;
            List<PovertySummary.Line> all = new ArrayList<>(s.lines());
            all.add(s.urban());
            all.add(s.rural());
            all.add(s.total());
            for (int i = 0; i < all.size(); i++) {
                line(sheet.createRow(r++), all.get(i), i >= s.lines().size() ? bold : plain);
            }
            text(sheet.createRow(r + 1), 0, l.note(), null);
            sheet.setColumnWidth(0, 30 * 256);
            for (int c = 1; c < 14; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, PovertySummary.Line line, CellStyle style) {
        text(row, 0, line.name(), style);
        number(row, 1, line.households(), style);
        flow(row, 2, line.poor(), style);
        flow(row, 8, line.nearPoor(), style);
    }

    private static void flow(Row row, int col, PovertySummary.Flow f, CellStyle style) {
        long[] values = {f.start(), f.leaving(), f.returning(), f.fresh(), f.end()};
        for (int i = 0; i < values.length; i++) {
            number(row, col + i, values[i], style);
        }
        var cell = row.createCell(col + 5);
        if (f.rate() != null) {
            cell.setCellValue(f.rate().doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static CellStyle style(Workbook wb, boolean strong) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(strong);
        style.setFont(font);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(strong ? HorizontalAlignment.CENTER : HorizontalAlignment.GENERAL);
        return style;
    }
}
