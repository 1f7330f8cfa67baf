package vn.ansinh.eligibility.engine;

/** A rule evaluation was stopped: it ran longer than the time limit or fired more rules than the limit allows. */
public class EvaluationLimitException extends RuntimeException {

    private final String rule;

    EvaluationLimitException(String message, String rule) {
        super(message);
        this.rule = rule;
    }

    /** The rule firing when the evaluation was stopped, or null when none was. */
    public String rule() {
        return rule;
    }
}
