package vn.ansinh.policy.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/**
 * The workbench's values as policy staff read them ({@code @policyFmt} in templates): moments in the province's clock,
 * dd/MM/yyyy HH:mm, and the codes a parameter or scenario holds ({@code DAMAGED_NEEDS_REPAIR}, {@code NEAR_POOR}) in
 * the words the register's pages already use for them.
 */
@Component("policyFmt")
class PolicyFormats {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** The message families that name the register's and the decisions' codes, most specific first. */
    private static final List<String> FAMILIES = List.of("status", "eligibility.outcome", "eligibility.hi", "housing",
            "orphan", "disability", "relation", "sex", "area", "plan.standard", "program");

    private final MessageSource messages;

    PolicyFormats(MessageSource messages) {
        this.messages = messages;
    }

    public String time(OffsetDateTime t) {
        return t == null ? "" : Formats.DATE_TIME.format(t.atZoneSameInstant(Formats.PROVINCE));
    }

    public String day(java.time.LocalDate d) {
        return d == null ? "" : Formats.date(d);
    }

    /** The text with each code that has words replaced by them; anything else (numbers, units, names) as it was. */
    public String words(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(wordsOf(m.group())));
        }
        return m.appendTail(out).toString();
    }

    private String wordsOf(String code) {
        for (String family : FAMILIES) {
            String words = messages.getMessage(family + "." + code, null, null, LocaleContextHolder.getLocale());
            if (words != null) {
                return words;
            }
        }
        return code;
    }
}
