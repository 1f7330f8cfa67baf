package vn.ansinh.payment.access;

import vn.ansinh.payment.cycle.Cycles;
import vn.ansinh.payment.cycle.PaymentCycle;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.Entitlements;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Permissions;

import java.util.List;

/**
 * Who may see and do what in payments. Reading follows the jurisdiction (a commune officer sees only
 * their commune's lines); acting is an {@link Act} of the role the table names, over that very district.
 * Outside the area: 404, not 403; both are audited.
 */
@Component
public class PaymentScope {

    private final CurrentUser currentUser;
    private final Cycles cycles;
    private final Entitlements entitlements;
    private final Geography geography;
    private final ApplicationEventPublisher events;
    private final Permissions permissions;

    PaymentScope(CurrentUser currentUser, Cycles cycles, Entitlements entitlements, Geography geography,
                 ApplicationEventPublisher events, Permissions permissions) {
        this.currentUser = currentUser;
        this.cycles = cycles;
        this.entitlements = entitlements;
        this.geography = geography;
        this.events = events;
        this.permissions = permissions;
    }

    public AppUserPrincipal user() {
        return currentUser.get();
    }

    public boolean mayRead(String districtCode) {
        Jurisdiction j = user().jurisdiction();
        return j.coversDistrict(districtCode)
                || (j.level() == Jurisdiction.Level.COMMUNE && districtCode.equals(geography.districtOf(j.code())));
    }

    /** Acting is over one's own district (a payment officer's cycles, a district approver's grants). */
    public boolean mayAct(String districtCode, Act act) {
        AppUserPrincipal u = user();
        return act.allows(u.role()) && inActingArea(u, districtCode);
    }

    private static boolean inActingArea(AppUserPrincipal u, String districtCode) {
        return u.jurisdiction().level() == Jurisdiction.Level.DISTRICT && u.jurisdiction().code().equals(districtCode);
    }

    /** The commune a reader is limited to, or null when they see the whole district. */
    public String communeLimit() {
        Jurisdiction j = user().jurisdiction();
        return j.level() == Jurisdiction.Level.COMMUNE ? j.code() : null;
    }

    public PaymentCycle readable(long cycleId) {
        return cycles.findById(cycleId).filter(c -> mayRead(c.getDistrictCode())).orElseThrow(() -> refused(cycleId));
    }

    public PaymentCycle actionable(long cycleId, Act act) {
        PaymentCycle cycle = readable(cycleId);
        requireAct(cycle.getDistrictCode(), act);
        return cycle;
    }

    Entitlement readableEntitlement(long entitlementId) {
        return entitlements.findById(entitlementId).filter(e -> mayRead(e.getDistrictCode()) && inCommuneLimit(e))
                .orElseThrow(() -> refused("entitlement " + entitlementId));
    }

    public Entitlement actionableEntitlement(long entitlementId, Act act) {
        Entitlement e = readableEntitlement(entitlementId);
        requireAct(e.getDistrictCode(), act);
        return e;
    }

    private boolean inCommuneLimit(Entitlement e) {
        String limit = communeLimit();
        return limit == null || limit.equals(e.getCommuneCode());
    }

    public void requireReadDistrict(String districtCode) {
        if (districtCode == null || !mayRead(districtCode)) {
            throw refused(districtCode);
        }
    }

    /** Outside the area 404; a role the act does not allow, or the wrong level for it, 403 — all audited. */
    public void requireAct(String districtCode, Act act) {
        requireReadDistrict(districtCode);
        AppUserPrincipal u = permissions.require(act, "district", districtCode);
        if (!inActingArea(u, districtCode)) {
            events.publishEvent(AuditEvent.refusal("PAYMENT_ACTION_REFUSED", "district", districtCode,
                    act + " by " + u.role() + " of " + u.jurisdiction()));
            throw new AccessDeniedException(act + " is for the district's own " + act.roles());
        }
    }

    /** Districts the user may see, for lists and pickers. */
    public List<String> readableDistricts() {
        Jurisdiction j = user().jurisdiction();
        return switch (j.level()) {
            case PROVINCE -> geography.districts().stream().map(d -> d.code()).toList();
            case DISTRICT -> List.of(j.code());
            case COMMUNE -> List.of(geography.districtOf(j.code()));
        };
    }

    /** A read of {@code subjectType} {@code id} outside the caller's area: audited, and the not-found to throw. */
    public NotFoundException refusedRead(String subjectType, Object id) {
        events.publishEvent(AuditEvent.refusal("PAYMENT_ACCESS_REFUSED", subjectType, id, "outside jurisdiction"));
        return new NotFoundException(subjectType + " " + id);
    }

    private NotFoundException refused(Object what) {
        events.publishEvent(AuditEvent.refusal("PAYMENT_ACCESS_REFUSED", "payment", what, "outside jurisdiction"));
        return new NotFoundException("payment " + what);
    }
}
