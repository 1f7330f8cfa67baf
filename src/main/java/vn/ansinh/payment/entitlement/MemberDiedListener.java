package vn.ansinh.payment.entitlement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.household.MemberDied;

/** A death recorded in the register (the household form, the death form) stops the member's monthly payments. */
@Component
class MemberDiedListener {

    private final EntitlementService entitlements;

    MemberDiedListener(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @EventListener
    void on(MemberDied death) {
        entitlements.memberDied(death.memberId(), death.diedOn());
    }
}
