package vn.ansinh.casework.process;

import vn.ansinh.casework.ApprovalChain;
import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.CaseRules;
import vn.ansinh.casework.Cases;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The posting window ran out without complaint: fix the approval chain in force today. */
@Component("postingClosedStep")
class PostingClosedStep extends CaseSteps implements JavaDelegate {

    private final CaseRules rules;

    PostingClosedStep(Cases cases, CaseHistory history, CaseClock clock, CaseRules rules) {
        super(cases, history, clock);
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case c = caseOf(execution);
        c.endPosting();
        ApprovalChain chain = rules.chain(c.program(), clock.today());
        execution.setVariable("approvalChain", chain.toString());
        execution.setVariable(ApprovalRoutingStep.NEXT_LEVEL, chain.approvers().get(0).name());
        history.record(c, "publicPosting", "POSTING_ENDED", CaseHistory.SYSTEM, chain.toString());
    }
}
