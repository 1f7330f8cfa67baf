package vn.ansinh.policy.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.Formats;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.policy.ImpactRun;
import vn.ansinh.policy.PolicyImpact;

/** The impact run's pages: starting one from a draft's page, and the run (progress, summary, changes, export). */
@Controller
class ImpactPageController {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");
    static final int PAGE_SIZE = 50;

    private final PolicyImpact impact;

    ImpactPageController(PolicyImpact impact) {
        this.impact = impact;
    }

    /** {@code asOf} as dd/MM/yyyy; a wrong date goes back to the draft's page with the message at the field. */
    @PostMapping("/policy/drafts/{id}/impact")
    String start(@PathVariable long id, @RequestParam(defaultValue = "") String asOf, RedirectAttributes redirect) {
        try {
            LocalDate day = null;
            if (!asOf.isBlank()) {
                try {
                    day = LocalDate.parse(asOf.strip(), Formats.DATE);
                } catch (DateTimeParseException e) {
                    throw new InvalidInput(java.util.List.of(new FieldError("asOf", TEXTS.text("policy.impact.asOfRequired"))));
                }
            }
            UUID job = impact.start(id, day);
            return "redirect:/policy/impact/" + job;
        } catch (InvalidInput e) {
            HashMap<String, String> errors = new HashMap<>();
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            redirect.addFlashAttribute("impactErrors", errors);
            redirect.addFlashAttribute("impactAsOf", asOf);
            return "redirect:/policy/versions/" + id + "#impact";
        }
    }

    @GetMapping("/policy/impact")
    String runs(Model model) {
        model.addAttribute("runs", impact.recent());
        return "policy/impact-runs";
    }

    @GetMapping("/policy/impact/{jobId}")
    String run(@PathVariable UUID jobId, @RequestParam(defaultValue = "0") int page,
               @RequestParam(required = false) String program, @RequestParam(required = false) String commune,
               @RequestParam(required = false) String district, @RequestParam(required = false) String household,
               @AuthenticationPrincipal AppUserPrincipal user, Model model) {
        PolicyImpact.Filter filter = new PolicyImpact.Filter(commune, district, program, household);
        ImpactRun run = impact.run(jobId, filter, page, PAGE_SIZE);
        model.addAttribute("run", run);
        model.addAttribute("filter", filter);
        model.addAttribute("programs", vn.ansinh.policy.PolicyImpact.PROGRAMS);
        model.addAttribute("pages", Math.max(1, (run.totalChanges() + PAGE_SIZE - 1) / PAGE_SIZE));
        Map<String, String> names = new HashMap<>();
        run.summary().districts().forEach(a -> names.put(a.code(), a.name()));
        run.summary().communes().forEach(a -> names.put(a.code(), a.name()));
        model.addAttribute("names", names);
        model.addAttribute("memberNames", impact.memberNames(run.changes(), user));
        model.addAttribute("percent", (int) Math.floor(run.progress() * 100));
        return "policy/impact";
    }
}
