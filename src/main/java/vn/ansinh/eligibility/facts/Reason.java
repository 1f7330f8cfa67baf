package vn.ansinh.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.ansinh.common.BundleTexts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One criterion checked by a rule: its code, whether it was met, the values compared, the legal citation
 * and a Vietnamese and English message. Messages are rendered only when read, so that recording a reason
 * during mass evaluation costs one small object.
 */
@JsonPropertyOrder({"code", "passed", "values", "citation", "message"})
public final class Reason {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BundleTexts TEXTS = new BundleTexts("i18n/eligibility");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ReasonTemplate template;
    private final boolean passed;
    private final Object[] keyValues;

    public Reason(ReasonTemplate template, boolean passed, Object... keyValues) {
        this.template = template;
        this.passed = passed;
        this.keyValues = keyValues;
    }

    public String getCode() {
        return template.code();
    }

    public boolean isPassed() {
        return passed;
    }

    public Map<String, Object> getValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            values.put(String.valueOf(keyValues[i]), v instanceof Enum<?> e ? e.name() : v);
        }
        return values;
    }

    public String getCitation() {
        return template.citation();
    }

    public Message getMessage() {
        String vi = fill(template.vi(), true) + " — " + word(true, passed ? "eligibility.reason.met" : "eligibility.reason.notMet") + ".";
        String en = fill(template.en(), false) + " — " + word(false, passed ? "eligibility.reason.met" : "eligibility.reason.notMet") + ".";
        return new Message(vi, en);
    }

    @JsonIgnore
    public ReasonTemplate template() {
        return template;
    }

    private String fill(String text, boolean vietnamese) {
        String out = text;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            out = out.replace("{" + keyValues[i] + "}", format(keyValues[i + 1], vietnamese));
        }
        return out;
    }

    /** Money as {@code 1.500.000 đ}, dates as {@code dd/MM/yyyy}, booleans in words. */
    static String format(Object value, boolean vietnamese) {
        if (value == null) {
            return word(vietnamese, "eligibility.reason.none");
        }
        if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            return Math.abs(n) >= 10_000 ? Money.format(n) : Long.toString(n);
        }
        if (value instanceof Double d) {
            String s = d == Math.rint(d) ? String.format("%.1f", d) : Double.toString(d);
            return vietnamese ? s.replace('.', ',') : s;
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Boolean b) {
            return word(vietnamese, b ? "eligibility.reason.yes" : "eligibility.reason.no");
        }
        if (value instanceof Enum<?> e) {
            return lawCase(e, vietnamese);
        }
        return String.valueOf(value);
    }

    /** A case of the law (e.g. an orphan case) in its words ({@code eligibility.value.<NAME>}), never the enum's name. */
    private static String lawCase(Enum<?> value, boolean vietnamese) {
        try {
            return TEXTS.textIn(vietnamese ? VI : Locale.ENGLISH, "eligibility.value." + value.name());
        } catch (org.springframework.context.NoSuchMessageException missing) {
            return value.name();
        }
    }

    private static String word(boolean vietnamese, String key) {
        return TEXTS.textIn(vietnamese ? VI : Locale.ENGLISH, key);
    }

    @Override
    public String toString() {
        return getCode() + (passed ? " ✓ " : " ✗ ") + getValues();
    }
}
