package vn.ansinh.casework;

/**
 * The reviewer's answer to an appeal: the decision stands; the decision is changed to what today's rules decide on
 * the same inputs; or the case goes back to re-assessment (a new case, the household's data checked again).
 */
public enum AppealOutcome {
    UPHELD, CHANGED, SENT_BACK;

    /** The name the case timeline and the audit trail record for this outcome. */
    String action() {
        return switch (this) {
            case UPHELD -> "APPEAL_UPHELD";
            case CHANGED -> "APPEAL_CHANGED";
            case SENT_BACK -> "APPEAL_SENT_BACK";
        };
    }

    AppealStatus status() {
        return AppealStatus.valueOf(name());
    }
}
