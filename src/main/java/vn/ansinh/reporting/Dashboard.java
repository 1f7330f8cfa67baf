package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything the plan dashboard shows for a year and area, with one target chosen for the charts and table. */
public record Dashboard(int year, String area, String areaName, String areaLevel, List<Row> rows, Target selected,
                        List<TrendPoint> trend, List<UnitValue> districts, List<UnitValue> communes, Instant computedAt) {

    public record Row(Target target, Indicator indicator) {
    }

    public record TrendPoint(int year, BigDecimal value, BigDecimal target) {
    }

    /** A district's or commune's value of the chosen target; gap: how far it falls short (positive) or beyond. */
    public record UnitValue(String code, String name, String parentName, BigDecimal value, BigDecimal target,
                            BigDecimal gap, IndicatorStatus status, Long numerator, Long denominator) {
    }
}
