package vn.ansinh.payment.cycle;

public enum LineStatus {
    PLANNED, PAID, FAILED, RETURNED, CANCELLED;

    /** Failed and returned lines are owed again, as arrears in a later cycle. */
    public boolean owedAgain() {
        return this == FAILED || this == RETURNED;
    }
}
