package vn.ansinh.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON for administrators and policy staff: same filters and keyset cursor as the page. */
@RestController
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @Operation(operationId = "searchAuditTrail", summary = "Page through the audit trail with filters, newest first")
    @GetMapping("/api/audit")
    AuditLog.Page entries(@RequestParam(required = false) String user, @RequestParam(required = false) String recordType,
                          @RequestParam(required = false) String record, @RequestParam(required = false) String action,
                          @RequestParam(defaultValue = "false") boolean refusals,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) Long before) {
        return log.page(new AuditQuery(user, recordType, record, action, refusals, from, to, before));
    }
}
