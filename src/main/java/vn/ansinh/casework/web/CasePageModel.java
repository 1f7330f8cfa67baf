package vn.ansinh.casework.web;

import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseQueries;
import vn.ansinh.casework.CaseView;
import vn.ansinh.casework.ComplaintType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.assessment.IndicatorSet;

/** What the case page needs besides the case: the household, what it was decided on and that decision re-run, the caller's step and that step's form. */
@Component
class CasePageModel {

    private final CaseQueries queries;
    private final AssessmentManagement assessments;
    private final HouseholdManagement households;
    private final vn.ansinh.casework.AppealWorkflow appeals;
    private final CaseClock clock;
    private final CaseDiagram diagram;

    CasePageModel(CaseQueries queries, AssessmentManagement assessments, HouseholdManagement households, vn.ansinh.casework.AppealWorkflow appeals, CaseClock clock,
                  CaseDiagram diagram) {
        this.diagram = diagram;
        this.queries = queries;
        this.assessments = assessments;
        this.households = households;
        this.appeals = appeals;
        this.clock = clock;
    }

    void fill(Model model, CaseView view, CaseActor actor) {
        model.addAttribute("c", view);
        model.addAttribute("household", households.get(view.householdId()));
        model.addAttribute("reference", view.decidedOn() == null ? null
                : view.reference());
        model.addAttribute("assessed", queries.assessed(view.id(), actor).orElse(null));
        model.addAttribute("rerun", queries.rerun(view.id(), actor).orElse(null));
        model.addAttribute("appeals", appeals.ofCase(view.id(), actor));
        model.addAttribute("mayLodge", view.decidedOn() != null && view.eligibilityDecisionId() != null
                && vn.ansinh.common.access.Act.LODGE_APPEAL.allows(actor.role())
                && java.util.Set.of("APPROVED", "REJECTED", "CLOSED").contains(view.status().name()));
        List<String> mine = queries.stepsFor(view.id(), actor);
        model.addAttribute("myStep", mine.isEmpty() ? null : mine.get(0));
        LocalDate caseDate = LocalDate.ofInstant(view.openedAt(), CaseClock.ZONE);
        model.addAttribute("indicatorSet", IndicatorSet.inForceOn(caseDate));
        model.addAttribute("housingConditions", Arrays.asList(HousingCondition.values()));
        model.addAttribute("complaintTypes", Arrays.asList(ComplaintType.values()));
        model.addAttribute("today", clock.today());
        model.addAttribute("currentSteps", diagram.currentSteps(view.processInstanceId()));
        if (mine.contains("assessment") && !model.containsAttribute("assessmentForm")) {
            AssessmentForm form = assessments.latest(view.householdId()).map(AssessmentForm::from).orElseGet(AssessmentForm::new);
            form.setAssessedOn(clock.today());
            form.setDeprivations(form.getDeprivations().stream().filter(IndicatorSet.inForceOn(caseDate)::contains).toList());
            model.addAttribute("assessmentForm", form);
        }
    }
}
