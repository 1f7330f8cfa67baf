package vn.ansinh.casework.web;

import vn.ansinh.casework.AppealNotFound;
import vn.ansinh.casework.AppealOutcome;
import vn.ansinh.casework.AppealView;
import vn.ansinh.casework.AppealWorkflow;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseAlreadyHandled;
import vn.ansinh.casework.CaseTransitionRefused;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.Formats;
import vn.ansinh.household.HouseholdManagement;

/** Appeals on the web: lodged from the case page, listed and counted, reviewed with the decision re-run side by side. */
@Controller
class AppealController {

    private final AppealWorkflow appeals;
    private final CaseActors actors;
    private final HouseholdManagement households;

    AppealController(AppealWorkflow appeals, CaseActors actors, HouseholdManagement households) {
        this.appeals = appeals;
        this.actors = actors;
        this.households = households;
    }

    @GetMapping("/appeals")
    String list(Model model) {
        CaseActor actor = actors.current();
        model.addAttribute("appeals", appeals.list(actor));
        model.addAttribute("counts", appeals.counts(actor));
        return "casework/appeals";
    }

    @GetMapping("/appeals/{id}")
    String show(@PathVariable long id, Model model) {
        CaseActor actor = actors.current();
        AppealView appeal = appeals.find(id, actor).orElseThrow(() -> new AppealNotFound(id));
        model.addAttribute("a", appeal);
        model.addAttribute("household", households.get(appeal.householdId()));
        model.addAttribute("mayReview", appeals.mayReview(id, actor));
        model.addAttribute("outcomes", Arrays.asList(AppealOutcome.values()));
        return "casework/appeal";
    }

    @PostMapping("/cases/{id}/appeals")
    String lodge(@PathVariable long id, @RequestParam(required = false) String receivedOn,
                 @RequestParam(required = false) String grounds, RedirectAttributes redirect) {
        LocalDate received;
        try {
            received = receivedOn == null || receivedOn.isBlank() ? null : LocalDate.parse(receivedOn.strip(), Formats.DATE);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("error", "appeal.receivedOn.invalid");
            return "redirect:/cases/" + id;
        }
        try {
            long appealId = appeals.lodge(id, received, grounds, actors.current());
            redirect.addFlashAttribute("message", "appeal.lodged");
            return "redirect:/appeals/" + appealId;
        } catch (CaseTransitionRefused e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:/cases/" + id;
        }
    }

    @PostMapping("/appeals/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            AppealOutcome parsed = outcome == null ? null : Arrays.stream(AppealOutcome.values())
                    .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
            if (parsed == null) {
                throw new CaseTransitionRefused("appeal.outcome.required", "outcome");
            }
            appeals.decide(id, version, parsed, reason, actors.current());
            redirect.addFlashAttribute("message", "appeal.decidedNow");
        } catch (CaseTransitionRefused e) {
            redirect.addFlashAttribute("error", e.code());
        } catch (CaseAlreadyHandled e) {
            redirect.addFlashAttribute("error", "case.alreadyHandled");
        }
        return "redirect:/appeals/" + id;
    }
}
