package vn.ansinh.payment.cycle;

import vn.ansinh.payment.export.PayerCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A payer's confirmation file read line by line: {@code idempotency_key,result,note} with result
 * PAID, FAILED or RETURNED. Malformed and repeated lines are reported by line number, never guessed at.
 */
record Confirmation(List<Entry> entries, List<Problem> problems) {

    record Entry(int lineNo, String key, LineStatus result, String note) {
    }

    /** code is an i18n key suffix: malformed, badResult, duplicate, unknown, alreadyRecorded, otherCycle, noteTooLong. */
    record Problem(int lineNo, String code, String detail) implements java.io.Serializable {
    }

    static Confirmation parse(InputStream in) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = reader.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || (no == 1 && line.toLowerCase(Locale.ROOT).startsWith("idempotency_key"))) {
                    continue;
                }
                List<String> f = PayerCsv.split(line);
                if (f == null || f.size() < 2 || f.size() > 3 || f.get(0).isEmpty()) {
                    problems.add(new Problem(no, "malformed", line.length() > 80 ? line.substring(0, 80) : line));
                    continue;
                }
                LineStatus result = result(f.get(1));
                if (result == null) {
                    problems.add(new Problem(no, "badResult", f.get(1)));
                    continue;
                }
                Integer first = seen.putIfAbsent(f.get(0), no);
                if (first != null) {
                    problems.add(new Problem(no, "duplicate", f.get(0) + " @" + first));
                    continue;
                }
                entries.add(new Entry(no, f.get(0), result, f.size() == 3 && !f.get(2).isEmpty() ? f.get(2) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Confirmation(entries, problems);
    }

    private static LineStatus result(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "PAID" -> LineStatus.PAID;
            case "FAILED" -> LineStatus.FAILED;
            case "RETURNED" -> LineStatus.RETURNED;
            default -> null;
        };
    }
}
