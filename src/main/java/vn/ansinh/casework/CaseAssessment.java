package vn.ansinh.casework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;

/**
 * The assessment step as the signed-in officer does it: records the dated survey in the household's
 * assessments, keeps household + survey on the case as the snapshot, and completes the step (which
 * runs the evaluation) — all in one transaction.
 */
@Service
public class CaseAssessment {

    private final CaseScope scope;
    private final CaseWorkflow workflow;
    private final HouseholdManagement households;
    private final AssessmentManagement assessments;
    private final JsonMapper json;

    CaseAssessment(CaseScope scope, CaseWorkflow workflow, HouseholdManagement households,
                   AssessmentManagement assessments, JsonMapper json) {
        this.scope = scope;
        this.workflow = workflow;
        this.households = households;
        this.assessments = assessments;
        this.json = json;
    }

    @Transactional
    public boolean assess(long caseId, Integer version, CaseActor actor, AssessmentForm form, String comment) {
        Case c = scope.within(caseId, actor);
        AssessmentView assessment = assessments.record(c.householdId(), form);
        HouseholdView household = households.get(c.householdId());
        String snapshot = json.writeValueAsString(new CaseSnapshot(household, assessment));
        return workflow.submitAssessment(caseId, version, actor, snapshot, comment);
    }
}
