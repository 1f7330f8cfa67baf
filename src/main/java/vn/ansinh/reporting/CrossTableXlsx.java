package vn.ansinh.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A cross-table as XLSX: counts with totals, then the row percentages; small counts hidden when for publication. */
final class CrossTableXlsx {

    static final String SUPPRESSED = "<" + CrossTable.SUPPRESS_BELOW;

    private CrossTableXlsx() {
    }

    static byte[] write(CrossTable t, String title, String rowLabel, String totalLabel, String percentTitle, String note) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Bang cheo");
            sheet.createRow(0).createCell(0).setCellValue(title);
            int r = block(sheet, 2, t, rowLabel, totalLabel, false);
            sheet.createRow(r + 1).createCell(0).setCellValue(percentTitle);
            r = block(sheet, r + 2, t, rowLabel, totalLabel, true);
            if (t.publication()) {
                sheet.createRow(r + 1).createCell(0).setCellValue(note);
            }
            sheet.setColumnWidth(0, 28 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int block(Sheet sheet, int at, CrossTable t, String rowLabel, String totalLabel, boolean percent) {
        Row header = sheet.createRow(at);
        header.createCell(0).setCellValue(rowLabel);
        for (int c = 0; c < t.columns().size(); c++) {
            header.createCell(c + 1).setCellValue(t.columns().get(c));
        }
        header.createCell(t.columns().size() + 1).setCellValue(totalLabel);
        int r = at + 1;
        for (int i = 0; i < t.rows().size(); i++) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(t.rows().get(i));
            for (int c = 0; c < t.columns().size(); c++) {
                long n = t.counts()[i][c];
                var cell = row.createCell(c + 1);
                if (t.suppressed(n)) {
                    cell.setCellValue(SUPPRESSED);
                } else if (percent) {
                    var p = t.rowPercent(i, c);
                    if (p != null) {
                        cell.setCellValue(p.doubleValue());
                    }
                } else {
                    cell.setCellValue(n);
                }
            }
            long total = t.rowTotal(i);
            var cell = row.createCell(t.columns().size() + 1);
            if (t.suppressed(total)) {
                cell.setCellValue(SUPPRESSED);
            } else {
                cell.setCellValue(percent ? (total == 0 ? 0 : 100) : total);
            }
        }
        if (!percent) {
            Row totals = sheet.createRow(r++);
            totals.createCell(0).setCellValue(totalLabel);
            for (int c = 0; c < t.columns().size(); c++) {
                long n = t.columnTotal(c);
                if (t.suppressed(n)) {
                    totals.createCell(c + 1).setCellValue(SUPPRESSED);
                } else {
                    totals.createCell(c + 1).setCellValue(n);
                }
            }
            totals.createCell(t.columns().size() + 1).setCellValue(t.total());
        }
        return r;
    }
}
