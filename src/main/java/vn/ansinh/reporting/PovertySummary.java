package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.util.List;

/** The poverty review summary form (biểu tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo) of a year and area. */
public record PovertySummary(int year, String areaName, String standard, List<Line> lines, Line urban, Line rural,
                             Line total) {

    /** One unit's line: households at the end of the year; poor and near-poor flows over the year. */
    public record Line(String name, long households, Flow poor, Flow nearPoor) {
    }

    /** At the start of the year − leaving + returning + new = at the end; rate = end / households. */
    public record Flow(long start, long leaving, long returning, long fresh, long end, BigDecimal rate) {
    }
}
