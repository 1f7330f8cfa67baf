package vn.ansinh.casework.process;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.Cases;

import org.flowable.engine.delegate.DelegateExecution;

/** What every service step needs: the case behind an execution. */
abstract class CaseSteps {

    protected final Cases cases;
    protected final CaseHistory history;
    protected final CaseClock clock;

    CaseSteps(Cases cases, CaseHistory history, CaseClock clock) {
        this.cases = cases;
        this.history = history;
        this.clock = clock;
    }

    protected Case caseOf(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("caseId")).longValue();
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("no case " + id));
    }
}
