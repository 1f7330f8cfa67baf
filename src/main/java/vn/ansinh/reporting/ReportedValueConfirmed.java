package vn.ansinh.reporting;

import vn.ansinh.common.audit.Audited;

/** A second person confirmed a reported figure; from now on it counts in the plan's indicators. */
public record ReportedValueConfirmed(long valueId, String targetId, int year) implements Audited {

    @Override
    public String action() {
        return "PLAN_VALUE_CONFIRMED";
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
        return targetId + " " + year;
    }
}
