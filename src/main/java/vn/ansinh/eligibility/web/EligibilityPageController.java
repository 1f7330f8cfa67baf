package vn.ansinh.eligibility.web;

import vn.ansinh.common.Formats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpSession;
import vn.ansinh.common.FormTokens;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.eligibility.DecisionComparison;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.engine.InvalidFactsException;
import vn.ansinh.eligibility.engine.NotCoveredException;
import vn.ansinh.household.HouseholdManagement;

import java.time.LocalDate;

/** The household's eligibility page: latest decision with reasons, evaluate as of a date, compare with today's rules. */
@Controller
class EligibilityPageController {

    private final EligibilityManagement eligibility;
    private final HouseholdManagement households;

    private final FormTokens tokens;

    EligibilityPageController(EligibilityManagement eligibility, HouseholdManagement households, FormTokens tokens) {
        this.tokens = tokens;
        this.eligibility = eligibility;
        this.households = households;
    }

    @GetMapping("/households/{id}/eligibility")
    String showEligibility(@PathVariable long id, Model model, HttpSession session) {
        model.addAttribute("formToken", tokens.issue(session));
        model.addAttribute("household", households.get(id));
        model.addAttribute("decisions", eligibility.decisions(id));
        model.addAttribute("decision", eligibility.latestDecision(id).orElse(null));
        model.addAttribute("today", LocalDate.now(Formats.PROVINCE));
        return "eligibility/household";
    }

    @PostMapping("/households/{id}/eligibility")
    String processEvaluation(@PathVariable long id,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
                             @RequestParam(name = FormTokens.FIELD, required = false) String token,
                             HttpSession session, RedirectAttributes redirect) {
        return tokens.once(session, token, () -> evaluate(id, asOf, redirect));
    }

    private String evaluate(long id, LocalDate asOf, RedirectAttributes redirect) {
        try {
            eligibility.evaluateHousehold(id, asOf == null ? LocalDate.now(Formats.PROVINCE) : asOf);
            redirect.addFlashAttribute("message", "eligibility.evaluated");
        } catch (InvalidFactsException | InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (NotCoveredException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/households/" + id + "/eligibility";
    }

    @GetMapping("/households/{id}/eligibility/decisions/{decisionId}")
    String showComparison(@PathVariable long id, @PathVariable long decisionId, Model model) {
        DecisionComparison comparison = eligibility.rerun(decisionId);
        if (comparison.asDecided().householdId() != id) {
            return "redirect:/households/" + comparison.asDecided().householdId() + "/eligibility/decisions/" + decisionId;
        }
        model.addAttribute("household", households.get(id));
        model.addAttribute("comparison", comparison);
        return "eligibility/compare";
    }
}
