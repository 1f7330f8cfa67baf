package vn.ansinh.payment;

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

/** Pending entitlements (funeral support after a death) for the district approver, and the death form. */
@Controller
@RequestMapping("/payments")
class EntitlementController {

    private final Entitlements entitlements;
    private final EntitlementService service;
    private final DeathRecorder deaths;
    private final PaymentScope scope;
    private final PaymentRequests requests;
    private final MessageSource messages;
    private final Permissions permissions;
    private final FormTokens tokens;

    EntitlementController(Entitlements entitlements, EntitlementService service, DeathRecorder deaths, PaymentScope scope,
                          PaymentRequests requests, MessageSource messages, Permissions permissions, FormTokens tokens) {
        this.permissions = permissions;
        this.tokens = tokens;
        this.entitlements = entitlements;
        this.service = service;
        this.deaths = deaths;
        this.scope = scope;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/entitlements")
    String showPending(Model model, HttpSession session) {
        model.addAttribute("formToken", tokens.issue(session));
        String limit = scope.communeLimit();
        model.addAttribute("pending", scope.readableDistricts().stream()
                .flatMap(d -> entitlements.findByDistrictCodeAndStatusOrderByIdDesc(d, EntitlementStatus.PENDING_APPROVAL).stream())
                .filter(e -> limit == null || limit.equals(e.getCommuneCode())).toList());
        model.addAttribute("mayDecide", permissions.allows(Act.DECIDE_GRANT));
        model.addAttribute("mayRecordDeath", permissions.allows(Act.RECORD_DEATH));
        return "payment/entitlements";
    }

    @PostMapping("/entitlements/{id}/{decision:approve|reject}")
    String decide(@PathVariable long id, @PathVariable String decision, RedirectAttributes redirect) {
        try {
            service.decide(id, "approve".equals(decision));
            redirect.addFlashAttribute("message", text("payment.entitlement.decided"));
        } catch (PaymentStateException ex) {
            redirect.addFlashAttribute("error", messages.getMessage(ex.messageKey(), ex.args(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/payments/entitlements";
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
            EntitlementService.DeathOutcome outcome = deaths.record(h, m, requests.date("diedOn", diedOn));
            String message = text("payment.death.recorded", outcome.stopped().size());
            if (outcome.funeralEntitlementId() != null) {
                long amount = entitlements.findById(outcome.funeralEntitlementId()).orElseThrow().getGrantAmount();
                message += " " + text("payment.death.funeral", Money.vnd(amount));
            }
            redirect.addFlashAttribute("message", message);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().get(0).message());
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
