package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target of the plan, as recorded in {@code rules/plan/targets.yaml}.
 *
 * @param kind    how a REGISTER target is computed from its measure (RATE, COUNT, DECLINE, COMMUNES_AT_MOST)
 * @param threshold for COMMUNES_AT_MOST: the rate each commune must be at or below
 * @param lowerBound the register sees only part of what the target counts: its value is a floor
 */
public record Target(String id, String section, String indicator, String indicatorEn, Comparison comparison,
                     BigDecimal value, String unit, Integer baselineYear, int dueYear, String department,
                     Source source, String kind, String measure, BigDecimal threshold, String communes,
                     boolean lowerBound, LocalDate from, String reference) {

    public enum Source { REGISTER, REPORTED }

    /** How a measured value is held against the target value. */
    public enum Comparison {
        AT_LEAST, AT_MOST, ABOVE, BELOW;

        public boolean meets(BigDecimal measured, BigDecimal target) {
            int c = measured.compareTo(target);
            return switch (this) {
                case AT_LEAST -> c >= 0;
                case AT_MOST -> c <= 0;
                case ABOVE -> c > 0;
                case BELOW -> c < 0;
            };
        }

        /** How far the measured value falls short of the target (positive: short; zero or negative: met). */
        public BigDecimal shortfall(BigDecimal measured, BigDecimal target) {
            return this == AT_LEAST || this == ABOVE ? target.subtract(measured) : measured.subtract(target);
        }
    }

    boolean measured() {
        return source == Source.REGISTER;
    }
}
