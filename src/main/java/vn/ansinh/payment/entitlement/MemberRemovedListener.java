package vn.ansinh.payment.entitlement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.household.MemberRemoved;

/**
 * A member removed from their household (moved away, registered twice, entered by mistake) is paid no more: their
 * monthly allowances stop after the month of the removal and a grant not yet paid is withdrawn, in the removal's
 * transaction (a failure here leaves the member in the household).
 */
@Component
class MemberRemovedListener {

    private final EntitlementService entitlements;

    MemberRemovedListener(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @EventListener
    void on(MemberRemoved removal) {
        entitlements.memberLeftHousehold(removal.memberId(), removal.removedOn(), removal.reason());
    }
}
