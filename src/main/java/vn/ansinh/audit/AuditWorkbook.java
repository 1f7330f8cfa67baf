package vn.ansinh.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import vn.ansinh.common.StreamingSheet;

/** The audit export: a streaming sheet, one line per entry, in words. */
final class AuditWorkbook implements AutoCloseable {

    static final List<String> COLUMNS = List.of("at", "user", "role", "jurisdiction", "address", "action",
            "recordType", "record", "detail", "refusal");

    private final StreamingSheet sheet;
    private final AuditWords words;
    private final Locale locale;

    AuditWorkbook(AuditWords words, Locale locale) {
        this.words = words;
        this.locale = locale;
        this.sheet = new StreamingSheet("Nhat ky", COLUMNS.stream().map(c -> words.header(c, locale)).toList());
    }

    void add(AuditEntry e) {
        Row row = sheet.nextRow();
        String[] values = {words.at(e.occurredAt()), e.username(), words.role(e.role(), locale), e.jurisdiction(),
                e.remoteAddr(), words.action(e.action(), locale), words.recordType(e.subjectType(), locale), e.subjectId(), e.detail(),
                words.yesNo(e.refusal(), locale)};
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
    }

    int rows() {
        return sheet.rows();
    }

    void writeTo(OutputStream out) throws IOException {
        sheet.writeTo(out);
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }
}
