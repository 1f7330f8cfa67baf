package vn.ansinh.casework;

import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.household.HouseholdView;

/**
 * The household and survey exactly as assessed for a case: handed to the evaluation step (a transient process
 * variable), which has eligibility decide on it and store the decision; the case keeps that decision's id, no copy.
 */
public record CaseSnapshot(HouseholdView household, AssessmentView assessment) {
}
