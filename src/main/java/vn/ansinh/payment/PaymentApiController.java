package vn.ansinh.payment;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import vn.ansinh.common.FieldErrorsResponse;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.identity.Act;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Payments over HTTP: the same jurisdiction rules as the pages. */
@RestController
@RequestMapping("/api/payments")
class PaymentApiController {

    private final PaymentScope scope;
    private final PaymentQueries queries;
    private final CycleService cycles;
    private final ConfirmationImport confirmations;
    private final PaymentDocuments documents;
    private final Reconciliation reconciliation;
    private final PaymentRequests requests;
    private final MessageSource messages;

    PaymentApiController(PaymentScope scope, PaymentQueries queries, CycleService cycles, ConfirmationImport confirmations,
                         PaymentDocuments documents, Reconciliation reconciliation, PaymentRequests requests,
                         MessageSource messages) {
        this.scope = scope;
        this.queries = queries;
        this.cycles = cycles;
        this.confirmations = confirmations;
        this.documents = documents;
        this.reconciliation = reconciliation;
        this.requests = requests;
        this.messages = messages;
    }

    record GenerateRequest(String districtCode, String month) {
    }

    record ResultRequest(String result, String note) {
    }

    @GetMapping("/cycles")
    List<CycleView> list() {
        return queries.cycles();
    }

    @PostMapping("/cycles")
    ResponseEntity<Map<String, Object>> generate(@RequestBody GenerateRequest body) {
        var month = requests.month("month", body.month());
        String district = body.districtCode() == null || body.districtCode().isBlank()
                ? scope.user().jurisdiction().code() : body.districtCode();
        CycleService.Generated g = cycles.generate(district, month, scope.user().username());
        return ResponseEntity.status(g.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("cycle", queries.cycle(g.cycleId()), "result", g.result()));
    }

    @GetMapping("/cycles/{id}")
    CycleView show(@PathVariable long id) {
        return queries.cycle(id);
    }

    @GetMapping("/cycles/{id}/lines")
    List<LineView> lines(@PathVariable long id, @RequestParam(required = false) String commune) {
        return queries.lines(id, commune).stream().map(LineView::of).toList();
    }

    @PostMapping("/cycles/{id}/approve")
    CycleView approve(@PathVariable long id) {
        cycles.approve(id, scope.user().username());
        return queries.cycle(id);
    }

    @PostMapping("/cycles/{id}/close")
    CycleView close(@PathVariable long id) {
        cycles.close(id);
        return queries.cycle(id);
    }

    @GetMapping("/cycles/{id}/communes/{commune}.{format:xlsx|pdf}")
    ResponseEntity<byte[]> communeList(@PathVariable long id, @PathVariable String commune, @PathVariable String format) {
        PaymentCycle cycle = scope.actionable(id, Act.RUN_PAYMENT_CYCLE);
        return PaymentFiles.communeList(cycle, commune, format, documents);
    }

    @GetMapping("/cycles/{id}/payer.csv")
    ResponseEntity<byte[]> payerFile(@PathVariable long id) {
        PaymentCycle cycle = scope.actionable(id, Act.RUN_PAYMENT_CYCLE);
        return PaymentFiles.payerFile(cycle, documents);
    }

    @PostMapping(path = "/cycles/{id}/confirmation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ConfirmationImport.Report importFile(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        scope.actionable(id, Act.RECORD_PAYMENT_RESULTS);
        if (file.isEmpty()) {
            throw requests.invalid("file", "payment.import.empty");
        }
        return confirmations.apply(id, file.getInputStream());
    }

    @PostMapping(path = "/cycles/{id}/confirmation", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ConfirmationImport.Report importBody(@PathVariable long id, @RequestBody byte[] body) {
        return confirmations.apply(id, new ByteArrayInputStream(body));
    }

    @PostMapping("/cycles/{cycleId}/lines/{lineId}/result")
    LineView record(@PathVariable long cycleId, @PathVariable long lineId, @RequestBody ResultRequest body) {
        scope.actionable(cycleId, Act.RECORD_PAYMENT_RESULTS);
        LineStatus result = requests.result("result", body.result());
        cycles.recordResult(cycleId, lineId, result, body.note());
        return queries.lines(cycleId, null).stream().filter(l -> l.getId() == lineId).findFirst().map(LineView::of).orElseThrow();
    }

    @GetMapping("/reconciliation")
    Reconciliation.Table reconcile(@RequestParam(required = false) String district, @RequestParam(required = false) String month) {
        String d = district == null ? scope.readableDistricts().get(0) : district;
        scope.requireReadDistrict(d);
        return reconciliation.of(d, month == null || month.isBlank() ? null : requests.month("month", month), scope.communeLimit());
    }
}
