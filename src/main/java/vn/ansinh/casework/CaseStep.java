package vn.ansinh.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The user task of the case-review process a case waits in, by the status that task holds it in: each open status
 * has exactly one step (the process puts the case in that status when it reaches the task), a closed case none.
 * So the list filters a step by its status, in the case's own table, without asking Flowable about every case.
 */
public enum CaseStep {
    ASSESSMENT("assessment", CaseStatus.ASSESSMENT),
    NOT_ELIGIBLE_REVIEW("notEligibleReview", CaseStatus.NOT_ELIGIBLE),
    VILLAGE_MEETING("villageMeeting", CaseStatus.VILLAGE_MEETING),
    PUBLIC_POSTING("publicPosting", CaseStatus.POSTING),
    RE_VERIFICATION("reVerification", CaseStatus.RE_VERIFICATION),
    APPROVAL("approval", CaseStatus.APPROVAL);

    private final String key;
    private final CaseStatus status;

    CaseStep(String key, CaseStatus status) {
        this.key = key;
        this.status = status;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    /** The BPMN task id ({@code villageMeeting}); its words are {@code step.<key>}. */
    public String key() {
        return key;
    }

    public CaseStatus status() {
        return status;
    }

    public static Optional<CaseStep> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static Optional<CaseStep> of(CaseStatus status) {
        return Arrays.stream(values()).filter(s -> s.status == status).findFirst();
    }
}
