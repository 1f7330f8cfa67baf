package vn.ansinh.casework;

import java.time.LocalDate;

/** Asks the eligibility engine about a case's household and program; casework's only view of it. */
interface CaseEvaluator {

    CaseDecision evaluate(Case c, LocalDate asOf);
}
