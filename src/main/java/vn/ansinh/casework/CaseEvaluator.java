package vn.ansinh.casework;

import java.time.LocalDate;

/** Asks the eligibility engine about a case's household and program; casework's only view of it. */
public interface CaseEvaluator {

    /**
     * Evaluates the household and survey as assessed for the case, stores the decision in eligibility (the one
     * decision record) and returns its id with the case's program's part of it.
     */
    Evaluated evaluate(Case c, CaseSnapshot assessed, LocalDate asOf, CaseActor actor);

    /** The case's stored decision re-run under today's rule set (same inputs, same date): its program's part. */
    CaseDecision underTodaysRules(Case c, CaseActor actor);

    /** A decision stored in eligibility ({@code eligibility_decision.id}) and the case program's part of it. */
    record Evaluated(long eligibilityDecisionId, CaseDecision decision) {
    }
}
