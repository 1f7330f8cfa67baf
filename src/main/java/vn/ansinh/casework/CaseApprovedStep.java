package vn.ansinh.casework;

import java.time.YearMonth;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every level approved: announce {@link CaseApproved}; the payment module creates the entitlement. */
@Component("caseApprovedStep")
class CaseApprovedStep extends CaseSteps implements JavaDelegate {

    private final ApplicationEventPublisher events;

    CaseApprovedStep(Cases cases, CaseHistory history, CaseClock clock, ApplicationEventPublisher events) {
        super(cases, history, clock);
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case c = caseOf(execution);
        if (c.status() != CaseStatus.APPROVED) {
            throw new CaseTransitionRefused("case.wrongState", "entitlement for a case that is " + c.status());
        }
        StoredDecision d = c.decision();
        events.publishEvent(new CaseApproved(c.id(), c.householdId(), c.memberId(), c.program(), d.category(),
                d.coefficient(), orZero(d.monthlyAmount()), orZero(d.grantAmount()), c.decidedOn(),
                YearMonth.from(c.decidedOn()), c.communeCode(), c.decidedBy()));
        history.record(c, "createEntitlement", "APPROVED", c.decidedBy(), d.outcome());
    }

    private static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }
}
