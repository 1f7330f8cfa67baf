package vn.ansinh.payment.web;

import vn.ansinh.payment.PaymentStateException;
import vn.ansinh.payment.Reconciliation;
import vn.ansinh.payment.access.PaymentScope;
import vn.ansinh.payment.cycle.ConfirmationImport;
import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.CycleView;
import vn.ansinh.payment.cycle.GenerationResult;
import vn.ansinh.payment.cycle.PaymentCycle;
import vn.ansinh.payment.cycle.PaymentQueries;
import vn.ansinh.payment.export.PaymentDocuments;
import vn.ansinh.payment.export.PaymentFiles;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.Act;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import java.util.function.Supplier;

/** Payment officers' screens: cycles, a cycle with its communes and lines, exports, confirmation import. */
@Controller
@RequestMapping("/payments")
class PaymentController {

    private final PaymentScope scope;
    private final PaymentQueries queries;
    private final CycleService cycles;
    private final ConfirmationImport confirmations;
    private final PaymentDocuments documents;
    private final Reconciliation reconciliation;
    private final PaymentRequests requests;
    private final Geography geography;
    private final MessageSource messages;

    PaymentController(PaymentScope scope, PaymentQueries queries, CycleService cycles, ConfirmationImport confirmations,
                      PaymentDocuments documents, Reconciliation reconciliation, PaymentRequests requests,
                      Geography geography, MessageSource messages) {
        this.scope = scope;
        this.queries = queries;
        this.cycles = cycles;
        this.confirmations = confirmations;
        this.documents = documents;
        this.reconciliation = reconciliation;
        this.requests = requests;
        this.geography = geography;
        this.messages = messages;
    }

    @GetMapping
    String showCycles(Model model) {
        model.addAttribute("cycles", queries.cycles());
        model.addAttribute("districts", scope.readableDistricts());
        model.addAttribute("mayGenerate", scope.readableDistricts().stream().anyMatch(d -> scope.mayAct(d, Act.RUN_PAYMENT_CYCLE)));
        return "payment/cycles";
    }

    @PostMapping("/cycles")
    String processGenerateForm(@RequestParam(required = false) String month, @RequestParam(required = false) String districtCode,
                               Model model, RedirectAttributes redirect) {
        String district = districtCode == null || districtCode.isBlank() ? scope.user().jurisdiction().code() : districtCode;
        scope.requireAct(district, Act.RUN_PAYMENT_CYCLE);
        try {
            CycleService.Generated g = cycles.generate(district, requests.cycleMonth("month", month), scope.user().username());
            GenerationResult r = g.result();
            redirect.addFlashAttribute("message", text("payment.cycle.generated", r.added(), r.monthlyAdded(),
                    r.grantsAdded(), r.arrearsAdded(), r.removed()));
            return "redirect:/payments/cycles/" + g.cycleId();
        } catch (InvalidInput e) {
            model.addAttribute("monthError", e.errors().get(0).message());
            model.addAttribute("month", month);
            return showCycles(model);
        } catch (PaymentStateException e) {
            redirect.addFlashAttribute("error", text(e));
            return "redirect:/payments";
        }
    }

    @GetMapping("/cycles/{id}")
    String showCycle(@PathVariable long id, @RequestParam(required = false) String commune, Model model) {
        CycleView cycle = queries.cycle(id);
        Reconciliation.Table summary = reconciliation.of(cycle.districtCode(), java.time.YearMonth.parse(cycle.month()),
                scope.communeLimit());
        String selected = commune != null ? commune
                : summary.rows().isEmpty() ? null : summary.rows().get(0).communeCode();
        model.addAttribute("cycle", cycle);
        model.addAttribute("summary", summary);
        model.addAttribute("commune", selected);
        model.addAttribute("lines", selected == null ? java.util.List.of() : queries.lines(id, selected));
        model.addAttribute("mayAct", scope.mayAct(cycle.districtCode(), Act.RUN_PAYMENT_CYCLE));
        model.addAttribute("geo", geography);
        return "payment/cycle";
    }

    @PostMapping("/cycles/{id}/{action:regenerate|approve|close}")
    String act(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        PaymentCycle cycle = scope.actionable(id, Act.RUN_PAYMENT_CYCLE);
        return outcome(id, redirect, () -> switch (action) {
            case "regenerate" -> {
                GenerationResult r = cycles.generate(cycle.getDistrictCode(), cycle.getMonth(), scope.user().username()).result();
                yield text("payment.cycle.generated", r.added(), r.monthlyAdded(), r.grantsAdded(), r.arrearsAdded(), r.removed());
            }
            case "approve" -> {
                cycles.approve(id, scope.user().username());
                yield text("payment.cycle.approved");
            }
            default -> {
                cycles.close(id);
                yield text("payment.cycle.closed");
            }
        });
    }

    @GetMapping("/cycles/{id}/communes/{commune}.{format:xlsx|pdf}")
    ResponseEntity<byte[]> communeList(@PathVariable long id, @PathVariable String commune, @PathVariable String format) {
        return PaymentFiles.communeList(scope.actionable(id, Act.RUN_PAYMENT_CYCLE), commune, format, documents);
    }

    @GetMapping("/cycles/{id}/payer.csv")
    ResponseEntity<byte[]> payerFile(@PathVariable long id) {
        return PaymentFiles.payerFile(scope.actionable(id, Act.RUN_PAYMENT_CYCLE), documents);
    }

    @PostMapping("/cycles/{id}/confirmation")
    String processImportForm(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                             RedirectAttributes redirect) throws IOException {
        scope.actionable(id, Act.RECORD_PAYMENT_RESULTS);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", text("payment.import.empty"));
            return "redirect:/payments/cycles/" + id;
        }
        try {
            ConfirmationImport.Report report = confirmations.apply(id, file.getInputStream());
            redirect.addFlashAttribute("report", report);
            redirect.addFlashAttribute("message", text("payment.import.result", report.applied(), report.paid(),
                    report.failed(), report.returned()));
        } catch (PaymentStateException e) {
            redirect.addFlashAttribute("error", text(e));
        }
        return "redirect:/payments/cycles/" + id;
    }

    @GetMapping("/reconciliation")
    String showReconciliation(@RequestParam(required = false) String district, @RequestParam(required = false) String month,
                              Model model) {
        String d = district == null || district.isBlank() ? scope.readableDistricts().get(0) : district;
        scope.requireReadDistrict(d);
        java.time.YearMonth m = null;
        if (month != null && !month.isBlank()) {
            try {
                m = requests.month("month", month);
            } catch (InvalidInput e) {
                model.addAttribute("monthError", e.errors().get(0).message());
            }
        }
        model.addAttribute("table", reconciliation.of(d, m, scope.communeLimit()));
        model.addAttribute("district", d);
        model.addAttribute("month", month);
        model.addAttribute("districts", scope.readableDistricts());
        model.addAttribute("geo", geography);
        return "payment/reconciliation";
    }

    private String outcome(long id, RedirectAttributes redirect, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("message", step.get());
        } catch (PaymentStateException e) {
            redirect.addFlashAttribute("error", text(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", text("payment.error.concurrent"));
        }
        return "redirect:/payments/cycles/" + id;
    }

    /** A download the cycle's state does not allow yet (not approved): back to the cycle page with the reason. */
    @ExceptionHandler(PaymentStateException.class)
    String refusedDownload(PaymentStateException e, HttpServletRequest request) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        RequestContextUtils.getOutputFlashMap(request).put("error", text(e));
        return path != null && path.get("id") != null ? "redirect:/payments/cycles/" + path.get("id") : "redirect:/payments";
    }

    private String text(PaymentStateException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
