package vn.ansinh.casework.process;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.CaseRules;
import vn.ansinh.casework.Cases;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Opens a posting window of N working days (N from the program's parameters in force today). */
@Component("postingWindowListener")
class PostingWindowListener extends CaseSteps implements ExecutionListener {

    private final CaseRules rules;

    PostingWindowListener(Cases cases, CaseHistory history, CaseClock clock, CaseRules rules) {
        super(cases, history, clock);
        this.rules = rules;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Case c = caseOf(execution);
        LocalDate today = clock.today();
        int days = rules.postingDays(c.program(), today);
        LocalDate lastDay = rules.calendar().addWorkingDays(today, days);
        c.startPosting(lastDay);
        execution.setVariable("postingDueAt", CaseClock.endOf(lastDay));
        history.record(c, "publicPosting", "POSTING_STARTED", CaseHistory.SYSTEM, days + " → " + lastDay);
    }
}
