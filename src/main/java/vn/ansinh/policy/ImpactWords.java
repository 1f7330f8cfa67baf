package vn.ansinh.policy;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of an impact run's programs and outcomes (Vietnamese and English): {@code policy.impact.program.*} and
 * {@code policy.impact.outcome.*}. An outcome with a detail ({@code ELIGIBLE_NEW_BUILD}) reads as the outcome's word
 * and the detail; a category code of the rules ({@code SA5a+}) is shown as the code it is in the law.
 */
@Component("impactWords")
public class ImpactWords {

    private final MessageSource messages;

    ImpactWords() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBundleClassLoader(getClass().getClassLoader());
        bundle.setBasename("i18n/policy");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        this.messages = bundle;
    }

    public String program(String program, Locale locale) {
        return word("policy.impact.program." + program, program, locale);
    }

    public String outcome(String outcome, Locale locale) {
        if (outcome == null) {
            return "";
        }
        String whole = find("policy.impact.outcome." + outcome, locale);
        if (whole != null) {
            return whole;
        }
        int cut = outcome.indexOf('_');
        while (cut > 0) {
            String head = find("policy.impact.outcome." + outcome.substring(0, cut), locale);
            if (head != null) {
                String rest = outcome.substring(cut + 1);
                String restWord = find("policy.impact.outcome." + rest, locale);
                return head + " (" + (restWord == null ? rest : restWord) + ")";
            }
            cut = outcome.indexOf('_', cut + 1);
        }
        return outcome;
    }

    /** For templates: the request's locale. */
    public String program(String program) {
        return program(program, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public String outcome(String outcome) {
        return outcome(outcome, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A flipped criterion in words: its code, met or not before and after, the values compared under the draft. */
    public String criterion(ImpactChange.Flip f, Locale locale) {
        java.util.Map<String, Object> values = f.values().isEmpty() ? f.valuesBefore() : f.values();
        return f.code() + ": " + met(f.passedBefore(), locale) + " → " + met(f.passedAfter(), locale)
                + (values.isEmpty() ? "" : " (" + values(values) + ")");
    }

    public String criterion(ImpactChange.Flip f) {
        return criterion(f, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** Compared values as {@code income 2.500.000; threshold 3.000.000}. */
    public static String values(java.util.Map<String, Object> values) {
        java.util.StringJoiner out = new java.util.StringJoiner("; ");
        values.forEach((k, v) -> out.add(k + " " + (v instanceof Number n ? vn.ansinh.common.Formats.number(n) : String.valueOf(v))));
        return out.toString();
    }

    private String met(Boolean passed, Locale locale) {
        return word(passed == null ? "policy.impact.notChecked" : passed ? "policy.impact.met" : "policy.impact.notMet", "", locale);
    }

    private String word(String key, String fallback, Locale locale) {
        String w = find(key, locale);
        return w == null ? fallback : w;
    }

    private String find(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
