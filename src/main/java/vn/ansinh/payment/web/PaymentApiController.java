package vn.ansinh.payment.web;

import vn.ansinh.payment.Reconciliation;
import vn.ansinh.payment.access.PaymentScope;
import vn.ansinh.payment.cycle.ConfirmationImport;
import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.CycleView;
import vn.ansinh.payment.cycle.LineStatus;
import vn.ansinh.payment.cycle.LineView;
import vn.ansinh.payment.cycle.PaymentCycle;
import vn.ansinh.payment.cycle.PaymentLine;
import vn.ansinh.payment.cycle.PaymentQueries;
import vn.ansinh.payment.export.PaymentDocuments;
import vn.ansinh.payment.export.PaymentFiles;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import vn.ansinh.common.access.Act;

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

    @Operation(operationId = "listCycles", summary = "List the payment cycles of the caller's districts")
    @GetMapping("/cycles")
    List<CycleView> list() {
        return queries.cycles();
    }

    @Operation(operationId = "generateCycle", summary = "Generate (or regenerate) the payment cycle of a district and month")
    @PostMapping("/cycles")
    ResponseEntity<Map<String, Object>> generate(@RequestBody GenerateRequest body) {
        var month = requests.cycleMonth("month", body.month());
        String district = body.districtCode() == null || body.districtCode().isBlank()
                ? scope.user().jurisdiction().code() : body.districtCode();
        CycleService.Generated g = cycles.generate(district, month, scope.user().username());
        return ResponseEntity.status(g.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("cycle", queries.cycle(g.cycleId()), "result", g.result()));
    }

    @Operation(operationId = "getCycle", summary = "Get one payment cycle")
    @GetMapping("/cycles/{id}")
    CycleView show(@PathVariable long id) {
        return queries.cycle(id);
    }

    @Operation(operationId = "listCycleLines", summary = "List the payment lines of a cycle, optionally of one commune")
    @GetMapping("/cycles/{id}/lines")
    List<LineView> lines(@PathVariable long id, @RequestParam(required = false) String commune) {
        return queries.lines(id, commune).stream().map(LineView::of).toList();
    }

    @Operation(operationId = "approveCycle", summary = "Approve a payment cycle")
    @PostMapping("/cycles/{id}/approve")
    CycleView approve(@PathVariable long id) {
        cycles.approve(id, scope.user().username());
        return queries.cycle(id);
    }

    @Operation(operationId = "closeCycle", summary = "Close a payment cycle")
    @PostMapping("/cycles/{id}/close")
    CycleView close(@PathVariable long id) {
        cycles.close(id);
        return queries.cycle(id);
    }

    @Operation(operationId = "downloadCommuneList", summary = "Download the payment list of one commune as XLSX or PDF")
    @GetMapping("/cycles/{id}/communes/{commune}.{format:xlsx|pdf}")
    ResponseEntity<byte[]> communeList(@PathVariable long id, @PathVariable String commune, @PathVariable String format) {
        PaymentCycle cycle = scope.actionable(id, Act.RUN_PAYMENT_CYCLE);
        return PaymentFiles.communeList(cycle, commune, format, documents);
    }

    @Operation(operationId = "downloadPayerFile", summary = "Download the payer CSV file of a cycle")
    @GetMapping("/cycles/{id}/payer.csv")
    ResponseEntity<byte[]> payerFile(@PathVariable long id) {
        PaymentCycle cycle = scope.actionable(id, Act.RUN_PAYMENT_CYCLE);
        return PaymentFiles.payerFile(cycle, documents);
    }

    @Operation(operationId = "importConfirmationFile", summary = "Import the payer's confirmation file (CSV) of a cycle")
    @PostMapping(path = "/cycles/{id}/confirmation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ConfirmationImport.Report importFile(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        scope.actionable(id, Act.RECORD_PAYMENT_RESULTS);
        if (file.isEmpty()) {
            throw requests.invalid("file", "payment.import.empty");
        }
        return confirmations.apply(id, file.getInputStream());
    }

    @Operation(operationId = "importConfirmation", summary = "Import the payer's confirmation file (CSV) of a cycle")
    @PostMapping(path = "/cycles/{id}/confirmation", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ConfirmationImport.Report importBody(@PathVariable long id, @RequestBody byte[] body) {
        return confirmations.apply(id, new ByteArrayInputStream(body));
    }

    @Operation(operationId = "recordLineResult", summary = "Record the result of one payment line")
    @PostMapping("/cycles/{cycleId}/lines/{lineId}/result")
    LineView record(@PathVariable long cycleId, @PathVariable long lineId, @RequestBody ResultRequest body) {
        scope.actionable(cycleId, Act.RECORD_PAYMENT_RESULTS);
        LineStatus result = requests.result("result", body.result());
        if (body.note() != null && body.note().length() > PaymentLine.MAX_NOTE) {
            throw requests.invalid("note", "payment.error.noteTooLong", PaymentLine.MAX_NOTE);
        }
        cycles.recordResult(cycleId, lineId, result, body.note());
        return queries.lines(cycleId, null).stream().filter(l -> l.getId() == lineId).findFirst().map(LineView::of).orElseThrow();
    }

    @Operation(operationId = "getReconciliation", summary = "Planned, paid, failed and pending amounts per commune and month")
    @GetMapping("/reconciliation")
    Reconciliation.Table reconcile(@RequestParam(required = false) String district, @RequestParam(required = false) String month) {
        String d = district == null ? scope.readableDistricts().get(0) : district;
        scope.requireReadDistrict(d);
        return reconciliation.of(d, month == null || month.isBlank() ? null : requests.month("month", month), scope.communeLimit());
    }
}
