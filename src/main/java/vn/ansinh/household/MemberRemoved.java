package vn.ansinh.household;

import java.time.LocalDate;
import vn.ansinh.common.audit.Audited;

/**
 * A member was removed from a household, with the reason the officer gave: they no longer count in the household's
 * facts, its evaluations or the search; the household's page keeps them under its former members. Audited. Payment
 * stops their monthly allowances after the month {@code removedOn} falls in (and withdraws a grant not yet paid);
 * casework withdraws their open cases.
 */
public record MemberRemoved(long householdId, long memberId, String fullName, String communeCode, String districtCode,
                            String reason, LocalDate removedOn) implements Audited {

    @Override
    public String action() {
        return "MEMBER_REMOVED";
    }

    @Override
    public String subjectType() {
        return "household_member";
    }

    @Override
    public String subjectId() {
        return String.valueOf(memberId);
    }

    @Override
    public String detail() {
        return "removed from household " + householdId + ": " + reason;
    }
}
