package vn.ansinh.casework;

/**
 * The reviewer's answer to an appeal: the decision stands; the decision is changed to what today's rules decide on
 * the same inputs; or the case goes back to re-assessment (a new case, the household's data checked again).
 */
public enum AppealOutcome {
    UPHELD, CHANGED, SENT_BACK;

    AppealStatus status() {
        return AppealStatus.valueOf(name());
    }
}
