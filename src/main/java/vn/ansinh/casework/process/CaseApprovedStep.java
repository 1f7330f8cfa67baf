package vn.ansinh.casework.process;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseApproved;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.CaseTransitionRefused;
import vn.ansinh.casework.Cases;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.StoredDecision;

import java.time.YearMonth;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.PovertyStatus;

/** Every level approved: announce {@link CaseApproved}; the payment module creates the entitlement. */
@Component("caseApprovedStep")
class CaseApprovedStep extends CaseSteps implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final HouseholdManagement households;

    CaseApprovedStep(Cases cases, CaseHistory history, CaseClock clock, ApplicationEventPublisher events,
                     HouseholdManagement households) {
        super(cases, history, clock);
        this.events = events;
        this.households = households;
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
        if (c.program() == Program.POVERTY_RECOGNITION && d.povertyStatus() != null) {
            // the household's official status changes from the decision date
            households.recognise(c.householdId(), PovertyStatus.valueOf(d.povertyStatus()), c.decidedOn());
        }
        history.record(c, "createEntitlement", "APPROVED", c.decidedBy(), d.outcome());
    }

    private static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }
}
