package vn.ansinh.casework.web;

import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseQueries;
import vn.ansinh.casework.CaseSnapshot;
import vn.ansinh.casework.CaseView;
import vn.ansinh.casework.ComplaintType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.assessment.IndicatorSet;

/** What the case page needs besides the case: the snapshot, the caller's step and that step's form. */
@Component
class CasePageModel {

    private final CaseQueries queries;
    private final AssessmentManagement assessments;
    private final JsonMapper json;
    private final CaseClock clock;
    private final CaseDiagram diagram;

    CasePageModel(CaseQueries queries, AssessmentManagement assessments, JsonMapper json, CaseClock clock,
                  CaseDiagram diagram) {
        this.diagram = diagram;
        this.queries = queries;
        this.assessments = assessments;
        this.json = json;
        this.clock = clock;
    }

    void fill(Model model, CaseView view, CaseActor actor) {
        model.addAttribute("c", view);
        model.addAttribute("snapshot", view.assessmentSnapshot() == null ? null
                : json.readValue(view.assessmentSnapshot(), CaseSnapshot.class));
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
