package vn.ansinh.payment.entitlement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.Program;
import vn.ansinh.household.HouseholdManagement;

/**
 * The death form of the payment pages: the register records the death through its door (area, role and date checked
 * there), and its {@code MemberDied} does the rest — payment stops the monthly allowances, casework opens funeral
 * support. This only reports back what those reactions did, in the same transaction.
 */
@Component
public class DeathReports {

    private final HouseholdManagement households;
    private final Entitlements entitlements;
    private final CaseWorkflow cases;

    DeathReports(HouseholdManagement households, Entitlements entitlements, CaseWorkflow cases) {
        this.households = households;
        this.entitlements = entitlements;
        this.cases = cases;
    }

    /** What a death did: the monthly allowances it stopped, and the funeral-support case it opened, if any. */
    public record DeathOutcome(List<Long> stopped, Long funeralCaseId) {
    }

    @Transactional
    public DeathOutcome record(long householdId, long memberId, LocalDate diedOn) {
        List<Long> active = entitlements.findByMemberIdAndKindAndStatus(memberId, EntitlementKind.MONTHLY,
                EntitlementStatus.ACTIVE).stream().map(Entitlement::getId).toList();
        Long caseBefore = cases.openCase(householdId, Program.FUNERAL_SUPPORT, memberId).orElse(null);
        households.recordDeath(householdId, memberId, diedOn);
        List<Long> stopped = active.stream().filter(id -> entitlements.findById(id)
                .filter(e -> e.getStatus() == EntitlementStatus.ENDED).isPresent()).toList();
        Long funeralCase = cases.openCase(householdId, Program.FUNERAL_SUPPORT, memberId).orElse(null);
        boolean opened = funeralCase != null && (!funeralCase.equals(caseBefore) || !stopped.isEmpty());
        return new DeathOutcome(stopped, opened ? funeralCase : null);
    }
}
