package vn.ansinh.household.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The survey layout to fill in: the header row and one valid example household (a head, her husband, a child). */
final class ImportTemplate {

    private ImportTemplate() {
    }

    /** The example household; the commune is left to the importer's own when empty (a commune officer). */
    static List<List<String>> example(String communeCode) {
        String c = communeCode == null ? "" : communeCode;
        return List.of(
                row("HO-001", c, "Thôn Đông", "Số 12, thôn Đông", "Có", "Không", "Trần Thị Mẫu", "Nữ", "15/03/1968",
                        "Chủ hộ", "", "Không", "", "", "", ""),
                row("HO-001", c, "Thôn Đông", "Số 12, thôn Đông", "Có", "Không", "Nguyễn Văn Bình", "Nam", "02/09/1965",
                        "Vợ/chồng", "", "Nhẹ", "", "", "", ""),
                row("HO-001", "", "", "", "", "", "Nguyễn Thị Cúc", "Nữ", "20/11/2012", "Con", "", "Không", "", "", "", "",
                        "Có"));
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    static List<String> header() {
        return java.util.Arrays.stream(ImportColumn.values()).map(c -> c.header).toList();
    }

    /** UTF-8 with a byte-order mark, so Excel opens the Vietnamese letters right. */
    static byte[] csv(String communeCode) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                csv.printRecord(header());
                for (List<String> row : example(communeCode)) {
                    csv.printRecord(padded(row));
                }
            }
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(String communeCode) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Hộ gia đình");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            List<String> header = header();
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            List<List<String>> rows = example(communeCode);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = padded(rows.get(r));
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static List<String> padded(List<String> row) {
        List<String> cells = new java.util.ArrayList<>(row);
        while (cells.size() < ImportColumn.values().length) {
            cells.add("");
        }
        return cells;
    }
}
