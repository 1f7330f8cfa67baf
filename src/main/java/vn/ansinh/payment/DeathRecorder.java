package vn.ansinh.payment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberView;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.ansinh.common.Formats;

/**
 * Records a death in the household register (through its door, scoped to the caller) and, in the same
 * transaction, stops the member's monthly payments and opens funeral support (a pending entitlement and a
 * FUNERAL_SUPPORT case for approval), reporting what it did. The register's {@code MemberDied} event then finds nothing left to do.
 */
@Component
class DeathRecorder {

    private final HouseholdManagement households;
    private final EntitlementService entitlements;
    private final Permissions permissions;

    private final PaymentRequests requests;
    private final BaseLevels baseLevels;

    DeathRecorder(HouseholdManagement households, EntitlementService entitlements, Permissions permissions,
                  PaymentRequests requests, BaseLevels baseLevels) {
        this.requests = requests;
        this.baseLevels = baseLevels;
        this.households = households;
        this.entitlements = entitlements;
        this.permissions = permissions;
    }

    @Transactional
    public EntitlementService.DeathOutcome record(long householdId, long memberId, LocalDate diedOn) {
        HouseholdView household = households.get(householdId);
        permissions.require(Act.RECORD_DEATH, "household", householdId);
        MemberView member = household.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        if (diedOn.isAfter(LocalDate.now())) {
            throw requests.invalid("diedOn", "payment.error.deathFuture");
        }
        if (member.birthDate() != null && diedOn.isBefore(member.birthDate())) {
            throw requests.invalid("diedOn", "payment.error.deathBeforeBirth", Formats.date(member.birthDate()));
        }
        if (!baseLevels.covers(YearMonth.from(diedOn))) {
            throw requests.invalid("diedOn", "payment.error.deathNotCovered");
        }
        EntitlementService.DeathOutcome outcome = entitlements.memberDied(new Beneficiary(householdId, memberId,
                member.fullName(), member.cccd(), household.communeCode(), household.districtCode()), diedOn);
        households.recordDeath(householdId, memberId, diedOn);
        return outcome;
    }
}
