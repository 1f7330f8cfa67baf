package vn.ansinh.payment.web;

import vn.ansinh.payment.entitlement.AreaEntitlements;
import vn.ansinh.payment.entitlement.DeathReports;
import vn.ansinh.payment.entitlement.EntitlementStatus;

import jakarta.servlet.http.HttpSession;
import vn.ansinh.common.FormTokens;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;

/** The entitlements page: the area's entitlements in force and the death form (funeral support is decided as a case). */
@Controller
@RequestMapping("/payments")
class EntitlementController {

    private final DeathReports deaths;
    private final PaymentRequests requests;
    private final MessageSource messages;
    private final Permissions permissions;
    private final FormTokens tokens;
    private final AreaEntitlements area;

    EntitlementController(DeathReports deaths, PaymentRequests requests, MessageSource messages, Permissions permissions,
                          FormTokens tokens, AreaEntitlements area) {
        this.area = area;
        this.permissions = permissions;
        this.tokens = tokens;
        this.deaths = deaths;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/entitlements")
    String show(Model model, HttpSession session) {
        model.addAttribute("active", area.inStatus(EntitlementStatus.ACTIVE));
        model.addAttribute("formToken", tokens.issue(session));
        model.addAttribute("mayRecordDeath", permissions.allows(Act.RECORD_DEATH));
        return "payment/entitlements";
    }

    @PostMapping("/deaths")
    String processDeathForm(@RequestParam(required = false) String householdId, @RequestParam(required = false) String memberId,
                            @RequestParam(required = false) String diedOn,
                            @RequestParam(name = FormTokens.FIELD, required = false) String token,
                            HttpSession session, RedirectAttributes redirect) {
        return tokens.once(session, token, () -> recordDeath(householdId, memberId, diedOn, redirect));
    }

    private String recordDeath(String householdId, String memberId, String diedOn, RedirectAttributes redirect) {
        try {
            long h = id("householdId", householdId);
            long m = id("memberId", memberId);
            DeathReports.DeathOutcome outcome = deaths.record(h, m, requests.date("diedOn", diedOn));
            String message = text("payment.death.recorded", outcome.stopped().size());
            if (outcome.funeralCaseId() != null) {
                message += " " + text("payment.death.funeral");
            }
            redirect.addFlashAttribute("message", message);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().get(0).message());
            redirect.addFlashAttribute("householdId", householdId);
            redirect.addFlashAttribute("memberId", memberId);
            redirect.addFlashAttribute("diedOn", diedOn);
        }
        return "redirect:/payments/entitlements";
    }

    private long id(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw requests.invalid(field, value == null || value.isBlank() ? "payment.error.required" : "payment.error.member");
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
