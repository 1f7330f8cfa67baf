package vn.ansinh.policy.web;

import vn.ansinh.common.BundleTexts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.Formats;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.policy.RegisterScenarios;

/** The form on a draft's tests page that adds a scenario made of a registered household. */
@Controller
class RegisterScenarioController {
    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");


    private final RegisterScenarios scenarios;

    RegisterScenarioController(RegisterScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @PostMapping("/policy/drafts/{id}/scenarios")
    String addFromPage(@PathVariable long id, @RequestParam(defaultValue = "") String householdCode,
                       @RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "") String name,
                       RedirectAttributes redirect) {
        try {
            RegisterScenarios.Added added = scenarios.add(id, householdCode, day(asOf), name);
            redirect.addFlashAttribute("scenarioAdded", added.name());
            redirect.addFlashAttribute("findings", added.findings());
            redirect.addAttribute("path", added.path());
            return "redirect:/policy/drafts/" + id + "/edit";
        } catch (InvalidInput e) {
            // flash attributes live in the JDBC session: plain strings, not the error records
            redirect.addFlashAttribute("scenarioErrors", new java.util.ArrayList<>(e.errors().stream().map(FieldError::message).toList()));
            redirect.addFlashAttribute("scenarioErrorFields", new java.util.ArrayList<>(e.errors().stream().map(FieldError::field).toList()));
            redirect.addFlashAttribute("scenarioCode", householdCode);
            redirect.addFlashAttribute("scenarioAsOf", asOf);
            redirect.addFlashAttribute("scenarioName", name);
            return "redirect:/policy/drafts/" + id + "/tests";
        }
    }

    private static LocalDate day(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), Formats.DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new FieldError("asOf", TEXTS.text("policy.error.date"))));
        }
    }
}
