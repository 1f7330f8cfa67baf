package vn.ansinh.casework;

/** Where a case stands; the Flowable process decides who acts next, this decides what is legal. */
public enum CaseStatus {
    ASSESSMENT, NOT_ELIGIBLE, VILLAGE_MEETING, POSTING, RE_VERIFICATION, APPROVAL, APPROVED, REJECTED, CLOSED;

    public boolean isOpen() {
        return this != APPROVED && this != REJECTED && this != CLOSED;
    }
}
