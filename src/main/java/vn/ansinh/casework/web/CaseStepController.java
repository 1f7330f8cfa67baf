package vn.ansinh.casework.web;

import vn.ansinh.casework.CaseAction;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseActs;
import vn.ansinh.casework.CaseAssessment;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.ComplaintType;
import vn.ansinh.casework.VillageMeeting;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.assessment.AssessmentForm;

/** The forms of the case page, one per step; each carries the case version it was loaded with. */
@Controller
class CaseStepController {

    private final CaseWorkflow workflow;
    private final CaseAssessment assessment;
    private final CaseActors actors;

    CaseStepController(CaseWorkflow workflow, CaseAssessment assessment, CaseActors actors) {
        this.workflow = workflow;
        this.assessment = assessment;
        this.actors = actors;
    }

    @InitBinder("assessmentForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "householdId");
    }

    @PostMapping("/cases/{id}/assessment")
    String assess(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute AssessmentForm assessmentForm,
                  BindingResult binding, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // back to the case page with what was typed and the fields in error (CasePageModel keeps the flashed form)
            redirect.addFlashAttribute("assessmentForm", assessmentForm);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "assessmentForm", binding);
            redirect.addFlashAttribute("error", "case.field.invalid");
            return "redirect:/cases/" + id;
        }
        return CaseActs.run(id, redirect, () -> assessment.assess(id, version, actors.current(), assessmentForm, comment));
    }

    @PostMapping("/cases/{id}/not-eligible")
    String notEligible(@PathVariable long id, @RequestParam int version, @RequestParam String action,
                       @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return CaseActs.run(id, redirect, () -> {
            if ("CLOSE".equals(action)) {
                workflow.closeNotEligible(id, version, actors.current(), comment);
            } else {
                workflow.correctData(id, version, actors.current(), comment);
            }
        });
    }

    @PostMapping("/cases/{id}/meeting")
    String meeting(@PathVariable long id, @RequestParam int version,
                   @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate heldOn,
                   @RequestParam(required = false) Integer attendance, @RequestParam(required = false) Integer agreeing,
                   @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return CaseActs.run(id, redirect, () -> workflow.recordMeeting(id, version, actors.current(),
                new VillageMeeting(heldOn, attendance, agreeing), comment));
    }

    @PostMapping("/cases/{id}/complaint")
    String complaint(@PathVariable long id, @RequestParam int version, @RequestParam ComplaintType type,
                     @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return CaseActs.run(id, redirect, () -> workflow.recordComplaint(id, version, actors.current(), type, comment));
    }

    @PostMapping("/cases/{id}/re-verification")
    String reVerified(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String comment,
                      RedirectAttributes redirect) {
        return CaseActs.run(id, redirect, () -> workflow.reVerified(id, version, actors.current(), comment));
    }

    @PostMapping("/cases/{id}/approval")
    String approval(@PathVariable long id, @RequestParam int version, @RequestParam String action,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return CaseActs.run(id, redirect, () -> {
            workflow.decide(id, version, actors.current(), CaseAction.parse(action), reason, reason);
        });
    }
}
