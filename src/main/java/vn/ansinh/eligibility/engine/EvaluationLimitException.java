package vn.ansinh.eligibility.engine;

import java.util.Locale;
import vn.ansinh.common.BundleTexts;

/**
 * A rule evaluation was stopped: it ran longer than the time limit or fired more rules than the limit allows. Its
 * message is a message key with its values, put into words in the caller's language when it is read.
 */
public class EvaluationLimitException extends RuntimeException {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/eligibility");

    private final String rule;
    private final String key;
    private final Object[] args;

    private EvaluationLimitException(String rule, String key, Object... args) {
        super(key);
        this.rule = rule;
        this.key = key;
        this.args = args;
    }

    static EvaluationLimitException busy() {
        return new EvaluationLimitException(null, "eligibility.limit.busy");
    }

    static EvaluationLimitException interrupted() {
        return new EvaluationLimitException(null, "eligibility.limit.interrupted");
    }

    static EvaluationLimitException timedOut(long millis, String rule) {
        return rule == null
                ? new EvaluationLimitException(null, "eligibility.limit.timeout", millis)
                : new EvaluationLimitException(rule, "eligibility.limit.timeoutRule", millis, rule);
    }

    static EvaluationLimitException firedTooOften(long max, String rule) {
        return new EvaluationLimitException(rule, "eligibility.limit.firings", max, rule);
    }

    /** The rule firing when the evaluation was stopped, or null when none was. */
    public String rule() {
        return rule;
    }

    /** In the language of the request (Vietnamese outside one). */
    @Override
    public String getMessage() {
        return text(BundleTexts.currentLocale());
    }

    public String text(Locale locale) {
        return TEXTS.textIn(locale, key, args);
    }
}
