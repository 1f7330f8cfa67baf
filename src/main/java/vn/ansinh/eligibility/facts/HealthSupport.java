package vn.ansinh.eligibility.facts;

/** Health-insurance support of one member; a higher {@link #rank()} wins when a person is in several groups. */
public enum HealthSupport {
    NONE(0), SUPPORT_30(1), SUPPORT_70(2), STATE_100(3), OTHER(4);

    private final int rank;

    HealthSupport(int rank) {
        this.rank = rank;
    }

    /** Covered by another fund (pension, social insurance) outranks state support; state 100 % outranks partial support. */
    public int rank() {
        return rank;
    }
}
