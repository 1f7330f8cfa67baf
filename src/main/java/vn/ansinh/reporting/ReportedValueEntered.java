package vn.ansinh.reporting;

import java.math.BigDecimal;
import vn.ansinh.common.audit.Audited;

/** Province staff entered a department's figure for a target and year; it waits for a second person's confirmation. */
public record ReportedValueEntered(long valueId, String targetId, int year, BigDecimal value) implements Audited {

    @Override
    public String action() {
        return "PLAN_VALUE_REPORTED";
    }

    @Override
    public String subjectType() {
        return "plan_reported_value";
    }

    @Override
    public String subjectId() {
        return String.valueOf(valueId);
    }

    @Override
    public String detail() {
        return targetId + " " + year + " = " + value;
    }
}
