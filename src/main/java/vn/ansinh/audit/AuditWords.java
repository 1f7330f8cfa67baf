package vn.ansinh.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/**
 * Actions, roles, times and details as people read them (audit.action.* keys; unknown actions spelled out from the
 * code). A detail stays stored as the module wrote it ({@code LEFT_HOUSEHOLD on 2026-05-03 after 2026-05}); the page
 * shows it with dates dd/MM/yyyy, months MM/yyyy and the words and codes the audit.detail.* keys know.
 */
@Component("auditWords")
public class AuditWords {

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    public String action(String action, Locale locale) {
        if (action == null) {
            return "";
        }
        String spelled = action.replace('_', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
        spelled = spelled.isEmpty() ? spelled : Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
        return messages.getMessage("audit.action." + action, null, spelled, locale);
    }

    /** The kind of record in words ("Hộ gia đình"), or the stored name when no word is known. */
    public String recordType(String type, Locale locale) {
        return type == null ? "" : messages.getMessage("audit.subject." + type, null, type, locale);
    }

    public String role(String role, Locale locale) {
        return role == null ? "" : messages.getMessage("role." + role, null, role, locale);
    }

    public String yesNo(boolean value, Locale locale) {
        return messages.getMessage(value ? "audit.yes" : "audit.no", null, value ? "yes" : "no", locale);
    }

    public String header(String key, Locale locale) {
        return messages.getMessage("audit." + key, null, key, locale);
    }

    private static final Pattern INSTANT = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern MONTH = Pattern.compile("\\b\\d{4}-\\d{2}\\b(?!-\\d)");
    /** A code ({@code LEFT_HOUSEHOLD}) or a lower-case word the modules write ({@code after}), one at a time. */
    private static final Pattern WORD = Pattern.compile("\\b(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,}|[a-z]+)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    public String detail(String detail, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String out = replace(INSTANT, detail, t -> Formats.at(Instant.parse(t)));
        out = replace(DATE, out, t -> Formats.date(LocalDate.parse(t)));
        out = replace(MONTH, out, t -> Formats.month(YearMonth.parse(t)));
        out = replace(WORD, out, w -> messages.getMessage("audit.detail." + w, null,
                messages.getMessage("program." + w, null, w, locale), locale));
        // a word with no Vietnamese of its own ("the") leaves two spaces
        return out.replaceAll(" {2,}", " ").strip();
    }

    private static String replace(Pattern pattern, String text, Function<String, String> words) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = words.apply(m.group());
            } catch (RuntimeException notADate) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String at(Instant instant) {
        return Formats.at(instant);
    }
}
