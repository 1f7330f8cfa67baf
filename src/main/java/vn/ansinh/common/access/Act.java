package vn.ansinh.common.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what — the one table of An Sinh's permissions (the README's security table repeats it).
 * Each module's door asks {@link Permissions#require} before it acts; the area is checked first (a record outside
 * the caller's jurisdiction is "not found"), then the role (403). Reads follow the jurisdiction alone.
 */
public enum Act {
    REGISTER_HOUSEHOLD(Role.COMMUNE_OFFICER, Role.ADMIN),
    EDIT_HOUSEHOLD(Role.COMMUNE_OFFICER, Role.ADMIN),
    RECORD_DEATH(Role.COMMUNE_OFFICER, Role.ADMIN),
    /** Import a survey file of households (CSV, XLSX): as registering, each household only within the caller's area. */
    IMPORT_HOUSEHOLDS(Role.COMMUNE_OFFICER, Role.ADMIN),
    /** Survey answers and a case's assessment step. */
    ASSESS(Role.COMMUNE_OFFICER),
    STORE_EVALUATION(Role.COMMUNE_OFFICER),
    OPEN_CASE(Role.COMMUNE_OFFICER),
    /** Correct the data of a case found not eligible, or close it. */
    REVIEW_NOT_ELIGIBLE(Role.COMMUNE_OFFICER),
    RECORD_MEETING(Role.COMMUNE_OFFICER),
    RECORD_COMPLAINT(Role.COMMUNE_OFFICER),
    RE_VERIFY(Role.COMMUNE_OFFICER),
    /** Approve, reject or return a case; each level of the approval chain also needs its own approver role. */
    DECIDE_CASE(Role.DISTRICT_APPROVER, Role.PROVINCE_APPROVER),
    BULK_APPROVE(Role.DISTRICT_APPROVER, Role.PROVINCE_APPROVER),
    /** The case list and search of the caller's area (commune, district or province): the people who work on cases. */
    LIST_CASES(Role.COMMUNE_OFFICER, Role.DISTRICT_APPROVER, Role.PROVINCE_APPROVER, Role.ADMIN),
    /** Record a household's appeal against a decided case (the household comes to the commune). */
    LODGE_APPEAL(Role.COMMUNE_OFFICER),
    /** Uphold, change or send back an appeal; the approver of the level that decided the case. */
    DECIDE_APPEAL(Role.DISTRICT_APPROVER, Role.PROVINCE_APPROVER),
    /** Generate, regenerate, approve, export and close a district's monthly cycle. */
    RUN_PAYMENT_CYCLE(Role.PAYMENT_OFFICER),
    /** Line results and the payer's confirmation file. */
    RECORD_PAYMENT_RESULTS(Role.PAYMENT_OFFICER),
    /** Stop an entitlement or change its coefficient. */
    CHANGE_ENTITLEMENT(Role.PAYMENT_OFFICER),
    RELOAD_RULES(Role.POLICY_STAFF, Role.ADMIN),
    /**
     * Re-evaluate every household of an area as of a date (bulk re-evaluation): a commune officer their commune,
     * policy staff and administrators any commune, district or the province — always within the caller's area.
     */
    REEVALUATE(Role.COMMUNE_OFFICER, Role.POLICY_STAFF, Role.ADMIN),
    /**
     * Open and close the year's annual review campaign (POLICY.md §3.3) for the whole province: policy staff of the
     * province only (the door also requires the province's jurisdiction).
     */
    RUN_REVIEW_CAMPAIGN(Role.POLICY_STAFF),
    /** Open a review case from a re-evaluation flag of one's commune, or dismiss the flag with a reason. */
    REVIEW_FLAGS(Role.COMMUNE_OFFICER),
    /** The policy workbench: versions, their files, differences, export. */
    READ_RULES(Role.POLICY_STAFF),
    /** Start a draft, edit its files, run its scenarios, submit it. */
    DRAFT_RULES(Role.POLICY_STAFF),
    /** Approve or send back a submitted draft — never one's own (the door refuses the author and the submitter). */
    APPROVE_RULES(Role.POLICY_STAFF),
    /** Publish an approved version now or at an effective moment (rolling back publishes an earlier one again). */
    PUBLISH_RULES(Role.POLICY_STAFF),
    /** Start an impact run of a draft (every registered household under the version in force and the draft). */
    RUN_IMPACT(Role.POLICY_STAFF),
    /** Read an impact run: policy staff the whole province, a commune officer their commune only. */
    VIEW_IMPACT(Role.POLICY_STAFF, Role.COMMUNE_OFFICER),
    /** The plan tracker within the caller's area: targets, indicators, summary forms, cross-tables. */
    VIEW_PLAN(Role.COMMUNE_OFFICER, Role.DISTRICT_APPROVER, Role.PROVINCE_APPROVER, Role.POLICY_STAFF, Role.ADMIN),
    /** Province work on the plan: departments' reported figures (enter, confirm) and recomputing the register's counts. */
    MANAGE_PLAN(Role.POLICY_STAFF, Role.ADMIN),
    /** User administration: today the sign-in locks and their unlock (accounts are seeded; their screens are to come). */
    MANAGE_USERS(Role.ADMIN),
    /** Read and export the audit trail. */
    READ_AUDIT(Role.ADMIN, Role.POLICY_STAFF);

    private final Set<Role> roles;

    Act(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
