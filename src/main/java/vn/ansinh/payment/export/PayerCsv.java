package vn.ansinh.payment.export;

import vn.ansinh.payment.cycle.PaymentLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The machine-readable file for a bank or post office, and the small CSV dialect both directions use:
 * comma-separated, UTF-8, double quotes around fields that need them, amounts as plain whole VND.
 */
public final class PayerCsv {

    public static final String EXPORT_HEADER =
            "idempotency_key,line_id,commune_code,beneficiary_name,cccd,program,category,month,kind,amount";
    static final String CONFIRMATION_HEADER = "idempotency_key,result,note";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private PayerCsv() {
    }

    static byte[] write(List<PaymentLine> lines) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(EXPORT_HEADER.split(",")).get())) {
            for (PaymentLine l : lines) {
                printer.printRecord(l.getIdempotencyKey(), l.getId(), l.getCommuneCode(), l.getBeneficiaryName(), l.getCccd(),
                        l.getProgram().name(), l.getCategory(), l.getMonth(), l.getKind().name(), l.getAmount());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field as the dialect writes it (quoted only when it needs to be). */
    public static String quote(String value) {
        return FORMAT.format(value);
    }

    /** Splits one line; returns null when it is not one well-formed record (e.g. its quotes are unbalanced). */
    public static List<String> split(String line) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.get(0).toList() : null;
        } catch (IOException | UncheckedIOException malformed) {
            return null;
        }
    }
}
