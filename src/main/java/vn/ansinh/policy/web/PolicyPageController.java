package vn.ansinh.policy.web;

import vn.ansinh.common.BundleTexts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.Formats;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.policy.Finding;
import vn.ansinh.policy.PolicyVersion;
import vn.ansinh.policy.PolicyWorkbench;
import vn.ansinh.policy.SubmitRefused;

/** The workbench's pages: versions, browsing a version, differences, the draft editor, tests, approval and publishing. */
@Controller
class PolicyPageController {
    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");


    private final PolicyWorkbench workbench;
    private final vn.ansinh.policy.PolicyImpact impact;

    PolicyPageController(PolicyWorkbench workbench, vn.ansinh.policy.PolicyImpact impact) {
        this.workbench = workbench;
        this.impact = impact;
    }

    @GetMapping("/policy")
    String versions(Model model) {
        model.addAttribute("versions", workbench.versions());
        return "policy/versions";
    }

    @PostMapping("/policy/drafts")
    String createDraft(@RequestParam(required = false) Long basedOn, @RequestParam(required = false) String label,
                       RedirectAttributes redirect) {
        PolicyVersion draft = workbench.createDraft(basedOn, label);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/policy/versions/" + draft.id();
    }

    @GetMapping("/policy/versions/{id}")
    String version(@PathVariable long id, Model model) {
        PolicyVersion v = workbench.version(id);
        model.addAttribute("v", v);
        model.addAttribute("browse", workbench.browse(id));
        model.addAttribute("files", workbench.files(id));
        model.addAttribute("others", workbench.versions().stream().filter(o -> o.id() != id).toList());
        if (v.basedOn() != null) {
            model.addAttribute("changes", workbench.diff(v.basedOn(), id));
        }
        boolean impactable = v.status() != vn.ansinh.policy.VersionStatus.IN_FORCE
                && v.status() != vn.ansinh.policy.VersionStatus.SUPERSEDED;
        model.addAttribute("impactable", impactable);
        if (impactable) {
            impact.latest(id).ifPresent(run -> model.addAttribute("impact", run));
        }
        return "policy/version";
    }

    @GetMapping("/policy/versions/{id}/diff")
    String diff(@PathVariable long id, @RequestParam("with") long other, Model model) {
        model.addAttribute("v", workbench.version(id));
        model.addAttribute("other", workbench.version(other));
        model.addAttribute("diff", workbench.diff(other, id));
        return "policy/diff";
    }

    @GetMapping("/policy/drafts/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "ruleset.yaml") String path, Model model) {
        PolicyVersion v = workbench.version(id);
        model.addAttribute("v", v);
        model.addAttribute("path", path);
        model.addAttribute("text", workbench.file(id, path));
        model.addAttribute("files", workbench.files(id));
        model.addAttribute("mode", path.endsWith(".drl") ? "text/x-java" : path.endsWith(".yaml") ? "yaml" : "text/plain");
        return "policy/edit";
    }

    @PostMapping("/policy/drafts/{id}/edit")
    String save(@PathVariable long id, @RequestParam String path, @RequestParam(defaultValue = "") String text,
                RedirectAttributes redirect) {
        List<Finding> findings = workbench.saveFile(id, path, text.replace("\r\n", "\n"));
        redirect.addFlashAttribute("saved", true);
        redirect.addFlashAttribute("findings", findings);
        redirect.addAttribute("path", path);
        return "redirect:/policy/drafts/" + id + "/edit";
    }

    @PostMapping("/policy/drafts/{id}/parameter")
    String addValue(@PathVariable long id, @RequestParam String file, @RequestParam String name,
                    @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String value,
                    @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
        List<Finding> findings = workbench.addParameterValue(id, file, name, day(from, "from"), value, reference);
        redirect.addFlashAttribute("saved", true);
        redirect.addFlashAttribute("findings", findings);
        return "redirect:/policy/versions/" + id;
    }

    @GetMapping("/policy/drafts/{id}/tests")
    String tests(@PathVariable long id, Model model) {
        model.addAttribute("v", workbench.version(id));
        model.addAttribute("run", workbench.runTests(id));
        return "policy/tests";
    }

    @PostMapping("/policy/drafts/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            workbench.submit(id);
            redirect.addFlashAttribute("saved", true);
        } catch (SubmitRefused e) {
            redirect.addFlashAttribute("findings", e.findings());
            redirect.addFlashAttribute("failedScenarios", e.failedScenarios());
            redirect.addFlashAttribute("error", "policy.submit.refused");
        }
        return "redirect:/policy/versions/" + id;
    }

    @PostMapping("/policy/drafts/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        workbench.approve(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/policy/versions/" + id;
    }

    @PostMapping("/policy/drafts/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        workbench.sendBack(id, note);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/policy/versions/" + id;
    }

    /** Now when the date is empty; otherwise the date (dd/MM/yyyy) and time (HH:mm) in the province's clock. */
    @PostMapping("/policy/drafts/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "") String effectiveDate,
                   @RequestParam(defaultValue = "") String effectiveTime, @RequestParam(defaultValue = "") String what,
                   @RequestParam(defaultValue = "") String why, @RequestParam(defaultValue = "") String legalInstrument,
                   RedirectAttributes redirect) {
        OffsetDateTime at = null;
        if (!effectiveDate.isBlank()) {
            LocalTime time;
            try {
                time = effectiveTime.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(effectiveTime.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput(List.of(new FieldError("effectiveTime", TEXTS.text("policy.error.time"))));
            }
            at = day(effectiveDate, "effectiveDate").atTime(time).atZone(Formats.PROVINCE).toOffsetDateTime();
        }
        workbench.publish(id, at, new PolicyVersion.Changelog(what, why, legalInstrument));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/policy/versions/" + id;
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip(), Formats.DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new FieldError(field, TEXTS.text("policy.error.date"))));
        }
    }
}
