package vn.ansinh.payment;

public enum LineStatus {
    PLANNED, PAID, FAILED, RETURNED, CANCELLED;

    /** Failed and returned lines are owed again, as arrears in a later cycle. */
    public boolean owedAgain() {
        return this == FAILED || this == RETURNED;
    }
}
