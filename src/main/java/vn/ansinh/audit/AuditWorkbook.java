package vn.ansinh.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The audit export: a streaming workbook (100 rows in memory), one line per entry, in words. */
final class AuditWorkbook implements AutoCloseable {

    static final List<String> COLUMNS = List.of("at", "user", "role", "jurisdiction", "address", "action",
            "recordType", "record", "detail", "refusal");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet = workbook.createSheet("Nhat ky");
    private final AuditWords words;
    private final Locale locale;
    private int rows;

    AuditWorkbook(AuditWords words, Locale locale) {
        this.words = words;
        this.locale = locale;
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(words.header(COLUMNS.get(c), locale));
            header.getCell(c).setCellStyle(bold);
        }
    }

    void add(AuditEntry e) {
        Row row = sheet.createRow(++rows);
        String[] values = {words.at(e.occurredAt()), e.username(), words.role(e.role(), locale), e.jurisdiction(),
                e.remoteAddr(), words.action(e.action(), locale), words.recordType(e.subjectType(), locale), e.subjectId(), e.detail(),
                words.yesNo(e.refusal(), locale)};
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
    }

    int rows() {
        return rows;
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
