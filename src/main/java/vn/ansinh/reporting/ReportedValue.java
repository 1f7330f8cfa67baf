package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/** One version of a department's figure for a target and year; confirmed when province staff accepted it. */
public record ReportedValue(long id, String targetId, int year, BigDecimal value, String source, String note,
                            String submittedBy, Instant submittedAt, String confirmedBy, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedBy != null;
    }
}
