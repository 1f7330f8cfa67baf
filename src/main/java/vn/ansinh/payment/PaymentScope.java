package vn.ansinh.payment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.geography.Geography;
import vn.ansinh.identity.AppUserPrincipal;
import vn.ansinh.identity.CurrentUser;
import vn.ansinh.identity.Jurisdiction;
import vn.ansinh.identity.Role;

import java.util.List;

/**
 * Who may see and do what in payments. Reading follows the jurisdiction (a commune officer sees only
 * their commune's lines); acting is for the payment officer of that very district. Outside: 404, not 403.
 */
@Component
class PaymentScope {

    private final CurrentUser currentUser;
    private final Cycles cycles;
    private final Geography geography;
    private final ApplicationEventPublisher events;

    PaymentScope(CurrentUser currentUser, Cycles cycles, Geography geography, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.cycles = cycles;
        this.geography = geography;
        this.events = events;
    }

    AppUserPrincipal user() {
        return currentUser.get();
    }

    boolean mayRead(String districtCode) {
        Jurisdiction j = user().jurisdiction();
        return j.coversDistrict(districtCode)
                || (j.level() == Jurisdiction.Level.COMMUNE && districtCode.equals(geography.districtOf(j.code())));
    }

    boolean mayAct(String districtCode) {
        AppUserPrincipal u = user();
        return u.hasRole(Role.PAYMENT_OFFICER) && u.jurisdiction().level() == Jurisdiction.Level.DISTRICT
                && u.jurisdiction().code().equals(districtCode);
    }

    /** The commune a reader is limited to, or null when they see the whole district. */
    String communeLimit() {
        Jurisdiction j = user().jurisdiction();
        return j.level() == Jurisdiction.Level.COMMUNE ? j.code() : null;
    }

    PaymentCycle readable(long cycleId) {
        return cycles.findById(cycleId).filter(c -> mayRead(c.getDistrictCode())).orElseThrow(() -> refused(cycleId));
    }

    PaymentCycle actionable(long cycleId) {
        PaymentCycle cycle = readable(cycleId);
        requireAct(cycle.getDistrictCode());
        return cycle;
    }

    void requireReadDistrict(String districtCode) {
        if (districtCode == null || !mayRead(districtCode)) {
            throw refused(districtCode);
        }
    }

    void requireAct(String districtCode) {
        requireReadDistrict(districtCode);
        if (!mayAct(districtCode)) {
            events.publishEvent(AuditEvent.refusal("PAYMENT_ACTION_REFUSED", "district", districtCode, "role " + user().role()));
            throw new AccessDeniedException("only the district's payment officer acts on its payments");
        }
    }

    /** Districts the user may see, for lists and pickers. */
    List<String> readableDistricts() {
        Jurisdiction j = user().jurisdiction();
        return switch (j.level()) {
            case PROVINCE -> geography.districts().stream().map(d -> d.code()).toList();
            case DISTRICT -> List.of(j.code());
            case COMMUNE -> List.of(geography.districtOf(j.code()));
        };
    }

    private NotFoundException refused(Object what) {
        events.publishEvent(AuditEvent.refusal("PAYMENT_ACCESS_REFUSED", "payment", what, "outside jurisdiction"));
        return new NotFoundException("payment " + what);
    }
}
