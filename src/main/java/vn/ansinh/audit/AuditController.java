package vn.ansinh.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ansinh.common.Formats;

/** The audit viewer page (filters, newest first, "older" by keyset) and its XLSX export. */
@Controller
class AuditController {

    /** Actions offered in the filter's list; any other code can still be typed through the API. */
    static final List<String> ACTIONS = List.of("HOUSEHOLD_READ", "HOUSEHOLD_CREATED", "HOUSEHOLD_UPDATED",
            "HOUSEHOLD_ACCESS_REFUSED", "CASE_ACCESS_REFUSED", "DECISION_ACCESS_REFUSED", "ASSESSMENT_RECORDED", "ELIGIBILITY_DECIDED", "RULES_RELOADED",
            "PAYMENT_CYCLE_GENERATED", "PAYMENT_CYCLE_APPROVED", "PAYMENT_CYCLE_EXPORTED", "PAYMENT_CYCLE_CLOSED",
            "PAYMENT_ACCESS_REFUSED", "PAYMENT_ACTION_REFUSED", "ENTITLEMENT_APPROVED", "ENTITLEMENT_REJECTED",
            "PLAN_ACCESS_REFUSED", "PLAN_CONFIRM_REFUSED", "ACT_REFUSED", "LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_REFUSED_LOCKED", "LOGIN_UNLOCKED",
            "AUDIT_VIEWED", "AUDIT_EXPORTED", "POLICY_VERSION_PUBLISHED", "POLICY_VERSION_IN_FORCE", "POLICY_SUBMIT_REFUSED",
            "POLICY_SELF_APPROVAL_REFUSED", "APPEAL_LODGED", "APPEAL_ACCESS_REFUSED",
            "CAMPAIGN_OPENED", "CAMPAIGN_CLOSED", "CAMPAIGN_ACCESS_REFUSED", "REEVALUATION_FLAG_DISMISSED");

    /** Record types offered in the filter's list. */
    static final List<String> RECORD_TYPES = List.of("household", "household_member", "Case", "case", "decision",
            "household_evaluations", "household_entitlements", "Entitlement",
            "PaymentCycle", "PaymentLine", "payment", "district", "ruleset", "user", "address", "login_lock", "area", "audit", "review_campaign");

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String showEntries(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, Model model,
                       HttpServletResponse response) {
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("recordTypes", RECORD_TYPES);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", new AuditLog.Page(List.of(), null));
            return "audit/list";
        }
        AuditLog.Page page = log.page(filter.toQuery());
        model.addAttribute("page", page);
        model.addAttribute("olderLink", page.olderThan() == null ? null : link("/audit", filter, page.olderThan()));
        model.addAttribute("exportLink", link("/audit/export.xlsx", filter, null));
        model.addAttribute("newestLink", filter.getBefore() == null ? null : link("/audit", filter, null));
        return "audit/list";
    }

    @GetMapping("/audit/export.xlsx")
    void export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, Locale locale,
                HttpServletResponse response) throws IOException {
        if (binding.hasErrors()) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), "invalid filter: " + binding.getFieldErrors().stream()
                    .map(e -> e.getField()).distinct().toList());
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-truy-cap.xlsx\"");
        log.export(filter.toQuery(), locale, response.getOutputStream());
    }

    private static String link(String path, AuditFilterForm f, Long before) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        param(uri, "user", f.getUser());
        param(uri, "recordType", f.getRecordType());
        param(uri, "record", f.getRecord());
        param(uri, "action", f.getAction());
        if (f.isRefusals()) {
            uri.queryParam("refusals", true);
        }
        param(uri, "from", f.getFrom() == null ? null : Formats.date(f.getFrom()));
        param(uri, "to", f.getTo() == null ? null : Formats.date(f.getTo()));
        if (before != null) {
            uri.queryParam("before", before);
        }
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }
}
