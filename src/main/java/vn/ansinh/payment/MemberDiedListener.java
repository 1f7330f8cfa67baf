package vn.ansinh.payment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.household.MemberDied;

/**
 * A death recorded anywhere in the register (the household form, the death form) stops the member's monthly
 * payments and opens funeral support. {@link EntitlementService#memberDied} is idempotent, so a death recorded
 * through {@link DeathRecorder} (which reports the outcome itself) is not handled twice.
 */
@Component
class MemberDiedListener {

    private final EntitlementService entitlements;

    MemberDiedListener(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @EventListener
    void on(MemberDied death) {
        entitlements.memberDied(new Beneficiary(death.householdId(), death.memberId(), death.fullName(), death.cccd(),
                death.communeCode(), death.districtCode()), death.diedOn());
    }
}
