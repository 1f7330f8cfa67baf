package vn.ansinh.policy;

import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.policy.impact.ImpactStore;

/** The last step of an impact run: every chunk is done, the run is DONE (audited) — or it stopped FAILED, and stays so. */
@Component("impactFinishStep")
class ImpactFinishStep implements JavaDelegate {

    private final ImpactStore store;
    private final ApplicationEventPublisher events;

    ImpactFinishStep(ImpactStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID run = UUID.fromString((String) execution.getVariable("runId"));
        store.finished(run);
        store.find(run).ifPresent(r -> events.publishEvent(AuditEvent.of("POLICY_IMPACT_FINISHED", "policy_version",
                r.draftId(), "run " + run + ": " + r.status() + ", " + r.processedHouseholds() + " households, " + r.skippedHouseholds()
                        + " skipped" + (r.failure() == null ? "" : " — " + r.failure()))));
    }
}
