package vn.ansinh.reporting;

import java.math.BigDecimal;

/**
 * A target's measured value for a year and area, with how it was counted.
 *
 * @param year        the year the value is of: the year asked for, or the target's due year when that is earlier
 * @param explanation in words: what was counted over what, the poverty standard used, what the register cannot see
 */
public record Indicator(String targetId, BigDecimal value, BigDecimal target, IndicatorStatus status, Long numerator,
                        Long denominator, String explanation, int year, String comparison) {
}
