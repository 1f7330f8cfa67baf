package vn.ansinh.casework.process;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseDecision;
import vn.ansinh.casework.CaseEvaluator;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.Cases;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Service task {@code evaluation}: the engine decides, and the decision with its reasons is kept on the case. */
@Component("caseEvaluationStep")
class CaseEvaluationStep extends CaseSteps implements JavaDelegate {

    private final CaseEvaluator evaluator;
    private final JsonMapper json;

    CaseEvaluationStep(Cases cases, CaseHistory history, CaseClock clock, CaseEvaluator evaluator, JsonMapper json) {
        super(cases, history, clock);
        this.evaluator = evaluator;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case c = caseOf(execution);
        LocalDate asOf = LocalDate.ofInstant(c.openedAt(), CaseClock.ZONE);
        CaseDecision decision = evaluator.evaluate(c, asOf);
        c.recordDecision(decision, json.writeValueAsString(decision.reasons()));
        execution.setVariable("eligible", decision.eligible());
        history.record(c, "evaluation", decision.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", CaseHistory.SYSTEM,
                decision.outcome() + " · " + decision.ruleSetVersion());
    }
}
