package vn.ansinh.casework.process;

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

        Changed(@Lazy AppealWorkflow appeals) {
            this.appeals = appeals;
        }

        @Override
        public void execute(DelegateExecution execution) {
            appeals.announceChange(appealOf(execution));
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
