package vn.ansinh.payment.entitlement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.Program;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberView;
import vn.ansinh.common.access.Jurisdiction;

import java.time.YearMonth;

/**
 * An approved case becomes an entitlement, in the approval's transaction (so neither exists without the other).
 * Monthly allowances keep the decided coefficient, never a stored amount; one-off grants keep their amount.
 * A case id opens at most one entitlement, so a repeated event changes nothing.
 */
@Component
class CaseApprovedListener {

    private final EntitlementService entitlements;
    private final HouseholdManagement households;
    private final Geography geography;

    CaseApprovedListener(EntitlementService entitlements, HouseholdManagement households, Geography geography) {
        this.entitlements = entitlements;
        this.households = households;
        this.geography = geography;
    }

    @EventListener
    void on(CaseApproved approved) {
        if (approved.program() == Program.POVERTY_RECOGNITION) {
            return;
        }
        Beneficiary who = beneficiary(approved);
        YearMonth start = approved.startMonth() != null ? approved.startMonth() : YearMonth.from(approved.decidedOn());
        Entitlement entitlement = switch (approved.program()) {
            case MERIT_HOUSING, POOR_HOUSING, FUNERAL_SUPPORT -> Entitlement.oneOff(who, approved.program(),
                    approved.category(), approved.grantAmount(), start, EntitlementStatus.ACTIVE, approved.caseId());
            default -> approved.coefficient() != null
                    ? Entitlement.monthly(who, approved.program(), approved.category(), approved.coefficient(), start, approved.caseId())
                    : Entitlement.monthlyFixed(who, approved.program(), approved.category(), approved.monthlyAmount(), start, approved.caseId());
        };
        entitlements.open(entitlement);
    }

    private Beneficiary beneficiary(CaseApproved approved) {
        return beneficiary(approved.householdId(), approved.memberId(), approved.communeCode());
    }

    /** Who is paid: the case's member, or the household's head; also for an appeal that starts an entitlement. */
    Beneficiary beneficiary(long householdId, Long memberId, String communeCode) {
        String district = geography.districtOf(communeCode);
        HouseholdView household = households.findWithin(householdId, Jurisdiction.province()).orElse(null);
        if (household == null) {
            return new Beneficiary(householdId, memberId, "#" + householdId, null, communeCode, district);
        }
        MemberView member = household.members().stream()
                .filter(m -> memberId != null ? m.id().equals(memberId) : isHead(m, household))
                .findFirst().orElse(null);
        String name = member != null ? member.fullName() : household.headName();
        String cccd = member != null ? member.cccd() : null;
        return new Beneficiary(household.id(), memberId, name, cccd, communeCode, district);
    }

    private static boolean isHead(MemberView m, HouseholdView h) {
        return m.fullName().equals(h.headName());
    }
}
