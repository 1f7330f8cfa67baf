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

    private final String code;
    private final Params params;
    private ReasonTemplate template;
    private final boolean passed;
    private final Object[] keyValues;

    public Reason(ReasonTemplate template, boolean passed, Object... keyValues) {
        this.code = template.code();
        this.params = null;
        this.template = template;
        this.passed = passed;
        this.keyValues = keyValues;
    }

    /** A reason recorded by a rule: its citation and wording are looked up in {@code params} only when read. */
    Reason(String code, Params params, boolean passed, Object[] keyValues) {
        this.code = code;
        this.params = params;
        this.passed = passed;
        this.keyValues = keyValues;
    }

    public String getCode() {
        return code;
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
        return template().citation();
    }

    public Message getMessage() {
        ReasonTemplate t = template();
        return new Message(message(t.vi(), true), message(t.en(), false));
    }

    /**
     * The template filled, then " — met." or " — not met." in the language, in one builder (a province's bulk run
     * renders about ten million of these: a string for the filled template and another for the whole was half of what
     * its serialising allocated).
     */
    private String message(String text, boolean vietnamese) {
        String verdict = word(vietnamese, passed ? "eligibility.reason.met" : "eligibility.reason.notMet");
        StringBuilder out = new StringBuilder(text.length() + verdict.length() + 40);
        fill(out, text, vietnamese);
        return out.append(" — ").append(verdict).append('.').toString();
    }

    @JsonIgnore
    public ReasonTemplate template() {
        ReasonTemplate t = template;
        if (t == null) {
            t = params.template(code);
            template = t;
        }
        return t;
    }

    /**
     * The template with each {@code {key}} replaced by its value, appended to {@code out} in one pass (a placeholder without a value stays as
     * written; a key given twice takes its first value) — what replacing key by key gave, without a string per key.
     */
    private void fill(StringBuilder out, String text, boolean vietnamese) {
        if (keyValues.length < 2 || text.indexOf('{') < 0) {
            out.append(text);
            return;
        }
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            int close = open < 0 ? -1 : text.indexOf('}', open + 1);
            if (close < 0) {
                out.append(text, at, text.length());
                return;
            }
            int value = valueIndex(text, open + 1, close);
            if (value < 0) {
                out.append(text, at, open + 1);
                at = open + 1;
            } else {
                Object v = keyValues[value];
                Object key = keyValues[value - 1];
                out.append(text, at, open).append("status".equals(key) && v != null
                        ? householdStatus(v instanceof Enum<?> e ? e.name() : String.valueOf(v), vietnamese)
                        : "category".equals(key) && v instanceof String category ? categoryWords(category, vietnamese)
                        : format(v, vietnamese));
                at = close + 1;
            }
        }
    }

    /** The index in {@code keyValues} of the value of the first key equal to {@code text[from, to)}, or -1. */
    private int valueIndex(String text, int from, int to) {
        int length = to - from;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            String key = String.valueOf(keyValues[i]);
            if (key.length() == length && text.startsWith(key, from)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Money as {@code 1.500.000 đ}, dates as {@code dd/MM/yyyy}, booleans in words, nothing (null or empty) as "none". */
    public static String format(Object value, boolean vietnamese) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            return word(vietnamese, "eligibility.reason.none");
        }
        if (value instanceof WordedValue worded) {
            return worded.in(vietnamese);
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
            return lawCase(e.name(), vietnamese);
        }
        return String.valueOf(value);
    }

    /** A case of the law (e.g. an orphan case) in its words ({@code eligibility.value.<NAME>}), never the enum's name. */
    private static String lawCase(String name, boolean vietnamese) {
        return (vietnamese ? WORDS_VI : WORDS_EN).computeIfAbsent("eligibility.value." + name,
                k -> TEXTS.textOr(vietnamese ? VI : Locale.ENGLISH, k, name));
    }

    /** A household's status ({@code status}, passed by some rules as its name, e.g. {@code NEAR_POOR}) in words. */
    private static String householdStatus(String name, boolean vietnamese) {
        return (vietnamese ? WORDS_VI : WORDS_EN).computeIfAbsent("eligibility.status." + name,
                k -> TEXTS.textOr(vietnamese ? VI : Locale.ENGLISH, k, name));
    }

    /** A category of monthly allowance passed by its code ({@code SA1b}) in words, the code when it has none. */
    public static String categoryWords(String code, boolean vietnamese) {
        return (vietnamese ? WORDS_VI : WORDS_EN).computeIfAbsent("category." + code,
                k -> TEXTS.textOr(vietnamese ? VI : Locale.ENGLISH, k, code));
    }

    private static String word(boolean vietnamese, String key) {
        return (vietnamese ? WORDS_VI : WORDS_EN).computeIfAbsent(key, k -> TEXTS.textIn(vietnamese ? VI : Locale.ENGLISH, k));
    }

    /** The few words of messages (met, not met, yes, no, none), looked up once per language. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> WORDS_VI = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> WORDS_EN = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String toString() {
        return getCode() + (passed ? " ✓ " : " ✗ ") + getValues();
    }
}
