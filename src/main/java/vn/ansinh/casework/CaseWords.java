package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/**
 * A case timeline's entries in words, for the case page: the action by its message key, and the codes and ISO dates
 * the system writes into a comment ({@code SOCIAL_ALLOWANCE · AD_HOC}, {@code 5 → 2025-07-01}) as a person reads
 * them. An action or code with no words yet is shown as stored rather than as a missing key.
 */
@Component("caseWords")
public class CaseWords {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Where a code in a comment may have its words, in this order. */
    private static final List<String> CODE_KEYS = List.of("program.", "kind.", "complaint.", "eligibility.outcome.", "eligibility.value.",
            "status.", "indicatorSet.", "approvalLevel.");

    private final MessageSource messages;

    CaseWords(MessageSource messages) {
        this.messages = messages;
    }

    public String action(String action) {
        return action == null ? "" : messages.getMessage("timeline.action." + action, null, action, locale());
    }

    /** A code shown on its own (an outcome, an indicator set) in words, or as it is when it has none. */
    public String code(Object code) {
        if (code == null) {
            return "";
        }
        String category = messages.getMessage("category." + code, null, null, locale());
        return category != null ? category : comment(String.valueOf(code));
    }

    public String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return "";
        }
        Matcher dates = ISO_DATE.matcher(comment);
        StringBuilder out = new StringBuilder();
        while (dates.find()) {
            String date;
            try {
                date = Formats.date(LocalDate.parse(dates.group(1)));
            } catch (RuntimeException e) {
                date = dates.group(1);
            }
            dates.appendReplacement(out, Matcher.quoteReplacement(date));
        }
        dates.appendTail(out);
        Matcher codes = CODE.matcher(out.toString());
        StringBuilder words = new StringBuilder();
        while (codes.find()) {
            codes.appendReplacement(words, Matcher.quoteReplacement(words(codes.group())));
        }
        codes.appendTail(words);
        return words.toString();
    }

    /**
     * The values a criterion compared ({@code {income=1700000, threshold=2000000}}) as a person reads them: each name
     * in words ({@code case.value.<name>}, else the name split into words), numbers with dots, yes / no, dates
     * dd/MM/yyyy and codes in words, joined by {@code ·}.
     */
    public String values(java.util.Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        java.util.StringJoiner out = new java.util.StringJoiner(" · ");
        values.forEach((name, value) -> out.add(valueName(name) + " " + value(value)));
        return out.toString();
    }

    private String valueName(String name) {
        String split = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return messages.getMessage("case.value." + name, null, split, locale());
    }

    private String value(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "case.value.yes" : "case.value.no", null, locale());
        }
        if (value instanceof Number n) {
            java.math.BigDecimal d = new java.math.BigDecimal(n.toString());
            if (d.stripTrailingZeros().scale() <= 0) {
                return Formats.number(d);
            }
            return Formats.number(d.setScale(0, java.math.RoundingMode.DOWN)) + ","
                    + d.abs().remainder(java.math.BigDecimal.ONE).stripTrailingZeros().toPlainString().substring(2);
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.stream().map(this::value).collect(java.util.stream.Collectors.joining(", "));
        }
        if (value instanceof java.util.Map<?, ?> map) {
            java.util.StringJoiner inner = new java.util.StringJoiner(", ");
            map.forEach((k, v) -> inner.add(valueName(String.valueOf(k)) + " " + value(v)));
            return inner.toString();
        }
        return comment(String.valueOf(value));
    }

    private String words(String code) {
        if (code.length() < 4) {
            return code;
        }
        Locale locale = locale();
        for (String prefix : CODE_KEYS) {
            String text = messages.getMessage(prefix + code, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return code;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
