package vn.ansinh.casework.process;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseEvaluator;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.CaseSnapshot;
import vn.ansinh.casework.CaseTransitionRefused;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.Cases;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service task {@code evaluation}: the engine decides on the household and survey as assessed (the assessment's
 * transient variables), eligibility stores that decision, and the case keeps its id and its program's part.
 */
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
        if (!(execution.getTransientVariable(CaseWorkflow.ASSESSED) instanceof CaseSnapshot assessed)
                || !(execution.getTransientVariable(CaseWorkflow.ACTOR) instanceof CaseActor actor)) {
            throw new CaseTransitionRefused("case.notAssessed", "evaluation of case " + c.id() + " without an assessment");
        }
        LocalDate asOf = LocalDate.ofInstant(c.openedAt(), CaseClock.ZONE);
        CaseEvaluator.Evaluated evaluated = evaluator.evaluate(c, assessed, asOf, actor);
        var decision = evaluated.decision();
        c.recordDecision(decision, json.writeValueAsString(decision.reasons()), evaluated.eligibilityDecisionId());
        execution.setVariable("eligible", decision.eligible());
        history.record(c, "evaluation", decision.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", CaseHistory.SYSTEM,
                decision.outcome() + " · " + decision.ruleSetVersion());
    }
}
