package vn.ansinh.common.access;

/**
 * What a user does for a living in An Sinh. The acts each role may perform are listed once, in {@link Act};
 * the Flowable candidate groups carry the role's {@link #groupPrefix()} before the area
 * ({@code officer:commune:12433}, {@code approver:district:336}), so no task is offered to a bare area.
 */
public enum Role {
    COMMUNE_OFFICER("officer"),
    DISTRICT_APPROVER("approver"),
    /** Approves at the province level when a province switches on the two-tier approval chain (POLICY.md §9.2). */
    PROVINCE_APPROVER("approver"),
    PAYMENT_OFFICER("payment"),
    POLICY_STAFF("policy"),
    ADMIN("admin");

    private final String groupPrefix;

    Role(String groupPrefix) {
        this.groupPrefix = groupPrefix;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The first part of this role's candidate groups: {@code officer}, {@code approver}, {@code payment} … */
    public String groupPrefix() {
        return groupPrefix;
    }

    /** The candidate group of this role over an area: {@code approver:district:336}. */
    public String groupFor(Jurisdiction where) {
        return groupPrefix + ":" + where.candidateGroup();
    }
}
