package vn.ansinh.casework;

import java.time.LocalDate;

/** Asks the eligibility engine about a case's household and program; casework's only view of it. */
public interface CaseEvaluator {

    CaseDecision evaluate(Case c, LocalDate asOf);
}
