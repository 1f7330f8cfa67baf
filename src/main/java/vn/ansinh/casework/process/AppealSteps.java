package vn.ansinh.casework.process;

import vn.ansinh.casework.AppealDecided;
import vn.ansinh.casework.Program;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.PovertyStatus;

import vn.ansinh.casework.AppealWorkflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The service steps of {@code appealReview}: the changed decision announced, the missed deadline flagged. */
final class AppealSteps {

    private AppealSteps() {
    }

    static long appealOf(DelegateExecution execution) {
        return ((Number) execution.getVariable("appealId")).longValue();
    }

    /** Service task {@code appealChanged}: publishes {@code AppealDecided} for payment, in the decision's transaction. */
    @Component("appealChangedStep")
    static class Changed implements JavaDelegate {

        private final AppealWorkflow appeals;
        private final HouseholdManagement households;

        Changed(@Lazy AppealWorkflow appeals, HouseholdManagement households) {
            this.appeals = appeals;
            this.households = households;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AppealDecided decided = appeals.announceChange(appealOf(execution));
            if (decided.program() == Program.POVERTY_RECOGNITION && decided.category() != null) {
                // the household's official status follows the changed decision from the appeal's date
                households.recognise(decided.householdId(), PovertyStatus.valueOf(decided.category()), decided.decidedOn());
            }
        }
    }

    /** Service task {@code flagAppealOverdue}: the review's deadline (working days) passed. */
    @Component("appealOverdueStep")
    static class Overdue implements JavaDelegate {

        private final AppealWorkflow appeals;

        Overdue(@Lazy AppealWorkflow appeals) {
            this.appeals = appeals;
        }

        @Override
        public void execute(DelegateExecution execution) {
            appeals.flagOverdue(appealOf(execution));
        }
    }
}
