package vn.ansinh.payment.entitlement;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.payment.EntitlementView;
import vn.ansinh.payment.access.PaymentScope;

/**
 * The entitlements the caller may read: a household's, or those of the caller's districts in one status (a commune
 * officer sees only their commune). The API and the entitlements page list through it.
 */
@Component
public class AreaEntitlements {

    private final Entitlements entitlements;
    private final PaymentScope scope;

    AreaEntitlements(Entitlements entitlements, PaymentScope scope) {
        this.entitlements = entitlements;
        this.scope = scope;
    }

    /** A household's entitlements; another area's household is refused as not found (audited). */
    @Transactional(readOnly = true)
    public List<EntitlementView> ofHousehold(long householdId) {
        List<Entitlement> found = entitlements.findByHouseholdIdOrderByIdDesc(householdId);
        List<EntitlementView> readable = readable(found);
        if (readable.isEmpty() && !found.isEmpty()) {
            throw scope.refusedRead("household_entitlements", householdId);
        }
        return readable;
    }

    /** The caller's area's entitlements in {@code status}, newest first. */
    @Transactional(readOnly = true)
    public List<EntitlementView> inStatus(EntitlementStatus status) {
        return readable(scope.readableDistricts().stream()
                .flatMap(d -> entitlements.findByDistrictCodeAndStatusOrderByIdDesc(d, status).stream()).toList());
    }

    private List<EntitlementView> readable(List<Entitlement> found) {
        String limit = scope.communeLimit();
        return found.stream().filter(e -> scope.mayRead(e.getDistrictCode()))
                .filter(e -> limit == null || limit.equals(e.getCommuneCode())).map(EntitlementView::of).toList();
    }
}
