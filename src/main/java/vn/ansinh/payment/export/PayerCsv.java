package vn.ansinh.payment.export;

import vn.ansinh.payment.cycle.PaymentLine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine-readable file for a bank or post office, and the small CSV dialect both directions use:
 * comma-separated, UTF-8, double quotes around fields that need them, amounts as plain whole VND.
 */
public final class PayerCsv {

    public static final String EXPORT_HEADER =
            "idempotency_key,line_id,commune_code,beneficiary_name,cccd,program,category,month,kind,amount";
    static final String CONFIRMATION_HEADER = "idempotency_key,result,note";

    private PayerCsv() {
    }

    static byte[] write(List<PaymentLine> lines) {
        StringBuilder out = new StringBuilder(EXPORT_HEADER).append('\n');
        for (PaymentLine l : lines) {
            out.append(String.join(",", quote(l.getIdempotencyKey()), String.valueOf(l.getId()), quote(l.getCommuneCode()),
                    quote(l.getBeneficiaryName()), quote(l.getCccd()), l.getProgram().name(), quote(l.getCategory()),
                    l.getMonth().toString(), l.getKind().name(), String.valueOf(l.getAmount()))).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Splits one line; returns null when quotes are unbalanced. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
