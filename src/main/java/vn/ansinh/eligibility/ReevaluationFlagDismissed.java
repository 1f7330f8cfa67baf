package vn.ansinh.eligibility;

import vn.ansinh.common.audit.Audited;

/** A commune officer dismissed a re-evaluation flag with a reason instead of opening a review case for it. */
public record ReevaluationFlagDismissed(long flagId, long householdId, String program, String reason) implements Audited {

    @Override
    public String action() {
        return "REEVALUATION_FLAG_DISMISSED";
    }

    @Override
    public String subjectType() {
        return "household";
    }

    @Override
    public String subjectId() {
        return String.valueOf(householdId);
    }

    @Override
    public String detail() {
        return "flag " + flagId + " · " + program + " · " + reason;
    }
}
