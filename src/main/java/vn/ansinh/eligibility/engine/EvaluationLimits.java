package vn.ansinh.eligibility.engine;

import java.time.Duration;

/**
 * Bounds of one rule evaluation: the time one execution may take ({@code ansinh.rules.evaluation-timeout}) and how
 * many rules may fire per household in it ({@code ansinh.rules.max-firings-per-household}); a rule that
 * re-activates itself hits the second, anything else that runs too long the first.
 */
public record EvaluationLimits(Duration timeout, int maxFiringsPerHousehold) {

    /** 5 s per execution (a household takes well under a millisecond), 1.000 firings per household (≈ 30 used). */
    public static final EvaluationLimits DEFAULT = new EvaluationLimits(Duration.ofSeconds(5), 1_000);

    public EvaluationLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero() || maxFiringsPerHousehold < 1) {
            throw new IllegalArgumentException("evaluation limits must be positive: " + timeout + ", " + maxFiringsPerHousehold);
        }
    }
}
