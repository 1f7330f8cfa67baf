package vn.ansinh.reporting.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Role;
import vn.ansinh.reporting.Indicator;
import vn.ansinh.reporting.IndicatorStatus;
import vn.ansinh.reporting.PlanTracking;

/** The home page's plan tracker for policy staff: the plan's targets by status this year, over their area. */
@Component
class PlanHome implements HomeSection {

    private final PlanTracking plan;

    PlanHome(PlanTracking plan) {
        this.plan = plan;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Card> cardFor(AppUserPrincipal user) {
        if (user.role() != Role.POLICY_STAFF) {
            return Optional.empty();
        }
        Map<IndicatorStatus, Long> byStatus = new EnumMap<>(IndicatorStatus.class);
        for (Indicator i : plan.indicators(null, null)) {
            byStatus.merge(i.status(), 1L, Long::sum);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("year", LocalDate.now(Formats.PROVINCE).getYear());
        v.put("byStatus", byStatus);
        v.put("targets", byStatus.values().stream().mapToLong(Long::longValue).sum());
        return Optional.of(new Card("reporting/home", v));
    }
}
