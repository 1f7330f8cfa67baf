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
import vn.ansinh.geography.Geography;

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

    /** A category of monthly social allowance by its code ({@code SA5a+}, {@code SA6-S-CE}). */
    private static final Pattern CATEGORY = Pattern.compile("\\bSA\\d[a-d]?\\+?(?:-[A-Z]+)*(?![\\w-])");
    /** A Flowable candidate group ({@code approver:district:344}): the role's people over an area. */
    private static final Pattern GROUP = Pattern.compile("\\b(officer|approver|payment|policy):(?:commune|district|province):(\\d+)\\b");
    /** A rule set's content hash with its label ({@code sha256:e3ba… (2026.12)}), or alone. */
    private static final Pattern RULE_SET = Pattern.compile("\\bsha256:[0-9a-f]{64}(?: \\(([^)]+)\\))?");
    /** The approval chain as the posting's end records it, levels joined by {@code >} ({@code COMMUNE>DISTRICT}). */
    private static final Pattern CHAIN_STEP = Pattern.compile("(?<=\\S)>(?=\\S)");

    private final MessageSource messages;
    private final java.util.function.UnaryOperator<String> unitName;

    @org.springframework.beans.factory.annotation.Autowired
    CaseWords(MessageSource messages, Geography geography) {
        this(messages, geography::nameOf);
    }

    /** With the units' names from elsewhere than the register (a test without the database). */
    CaseWords(MessageSource messages, java.util.function.UnaryOperator<String> unitName) {
        this.messages = messages;
        this.unitName = unitName;
    }

    /** Who a task is offered to, in words: "Người phê duyệt của Huyện Vũ Thư", not {@code approver:district:344}. */
    public String group(String group) {
        if (group == null || group.isBlank()) {
            return "";
        }
        return GROUP.matcher(group).replaceAll(m -> Matcher.quoteReplacement(messages.getMessage("case.group." + m.group(1),
                new Object[]{unitName.apply(m.group(2))}, locale())));
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

    /** A timeline entry's note in words; a posting's start ({@code 3 → 2026-11-13}) says its working days and last day. */
    public String note(String action, String comment) {
        Matcher m = action == null || comment == null ? null : TO_DAY.matcher(comment);
        if (m == null || !m.matches()) {
            return comment(comment);
        }
        if ("POSTING_STARTED".equals(action) && m.group(1).chars().allMatch(Character::isDigit)) {
            return messages.getMessage("case.note.posting", new Object[]{m.group(1), comment(m.group(2))}, locale());
        }
        if (action.startsWith("AWAITING_")) {
            return messages.getMessage("case.note.awaiting", new Object[]{group(m.group(1)), comment(m.group(2))}, locale());
        }
        return comment(comment);
    }

    /** What the workflow writes when a step starts: who or how long, then the last day ("3 → 2026-11-13"). */
    private static final Pattern TO_DAY = Pattern.compile("(.+) → (\\d{4}-\\d{2}-\\d{2})");

    public String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return "";
        }
        // one pass per kind of code, each on the previous one's text
        String text = RULE_SET.matcher(group(comment)).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? messages.getMessage("case.ruleSetNamed", new Object[]{m.group(1)}, locale())
                : m.group().substring(0, "sha256:".length() + 12) + "…"));
        text = CHAIN_STEP.matcher(text).replaceAll(" → ");
        text = ISO_DATE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(day(m.group(1))));
        text = CATEGORY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                messages.getMessage("category." + m.group(), null, m.group(), locale())));
        return CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(words(m.group())));
    }

    /** An ISO date as dd/MM/yyyy; a text that only looks like one (2026-13-40) as it is. */
    private static String day(String iso) {
        try {
            return Formats.date(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
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
