package vn.ansinh.casework;

import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.household.HouseholdView;

/** The household and survey exactly as assessed for a case: what the decision was made from. */
public record CaseSnapshot(HouseholdView household, AssessmentView assessment) {
}
