package vn.ansinh.casework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;

/**
 * The assessment step as the signed-in officer does it: records the dated survey in the household's
 * assessments and completes the step with household + survey as assessed (the evaluation then has eligibility
 * decide on them and store the decision the case keeps by id) — all in one transaction.
 */
@Service
public class CaseAssessment {

    private final CaseScope scope;
    private final CaseWorkflow workflow;
    private final HouseholdManagement households;
    private final AssessmentManagement assessments;

    CaseAssessment(CaseScope scope, CaseWorkflow workflow, HouseholdManagement households,
                   AssessmentManagement assessments) {
        this.scope = scope;
        this.workflow = workflow;
        this.households = households;
        this.assessments = assessments;
    }

    @Transactional
    public boolean assess(long caseId, Integer version, CaseActor actor, AssessmentForm form, String comment) {
        Case c = scope.within(caseId, actor);
        AssessmentView assessment = assessments.record(c.householdId(), form);
        HouseholdView household = households.get(c.householdId());
        return workflow.submitAssessment(caseId, version, actor, new CaseSnapshot(household, assessment), comment);
    }
}
