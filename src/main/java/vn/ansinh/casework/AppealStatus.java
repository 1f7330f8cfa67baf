package vn.ansinh.casework;

/** Where an appeal stands: under review, or decided one of three ways. */
public enum AppealStatus {
    REVIEW, UPHELD, CHANGED, SENT_BACK;

    public boolean isOpen() {
        return this == REVIEW;
    }
}
