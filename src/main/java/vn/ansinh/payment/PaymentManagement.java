package vn.ansinh.payment;

import vn.ansinh.payment.entitlement.Entitlements;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.List;

/** The payment module's door for modules to its right (policy, reporting): read-only figures. */
@Service
public class PaymentManagement {

    private final Reconciliation reconciliation;
    private final Entitlements entitlements;

    PaymentManagement(Reconciliation reconciliation, Entitlements entitlements) {
        this.reconciliation = reconciliation;
        this.entitlements = entitlements;
    }

    /** Planned, paid, failed and pending per commune and month of a district (month null = all months). */
    @Transactional(readOnly = true)
    public Reconciliation.Table reconciliation(String districtCode, YearMonth month) {
        return reconciliation.of(districtCode, month, null);
    }

    /** A household's entitlements with their amount history, newest first. */
    @Transactional(readOnly = true)
    public List<EntitlementView> entitlementsOf(long householdId) {
        return entitlements.findByHouseholdIdOrderByIdDesc(householdId).stream().map(EntitlementView::of).toList();
    }
}
