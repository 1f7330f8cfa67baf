package vn.ansinh.reporting;

import vn.ansinh.common.Formats;
import java.time.Year;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A register whose counts were never computed gets them at start (after the demo data); later, on demand. */
@Component
class PlanStartup {

    private final PlanTracking plan;

    PlanStartup(PlanTracking plan) {
        this.plan = plan;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void computeOnce() {
        if (!plan.computed()) {
            plan.recomputeUnchecked(AreaAccess.FIRST_YEAR, Year.now(Formats.PROVINCE).getValue());
        }
    }
}
