package vn.ansinh.payment.web;

import vn.ansinh.payment.EntitlementView;
import vn.ansinh.payment.access.PaymentScope;
import vn.ansinh.payment.entitlement.AreaEntitlements;
import vn.ansinh.payment.entitlement.DeathReports;
import vn.ansinh.payment.entitlement.EndReason;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementService;
import vn.ansinh.payment.entitlement.EntitlementStatus;
import vn.ansinh.payment.entitlement.Entitlements;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.*;
import vn.ansinh.common.access.Act;

import java.util.List;

/** Entitlements over HTTP: list, stop, change a coefficient, record a death. */
@RestController
@RequestMapping("/api/payments")
class EntitlementApiController {

    private final Entitlements entitlements;
    private final EntitlementService service;
    private final DeathReports deaths;
    private final PaymentScope scope;
    private final PaymentRequests requests;
    private final AreaEntitlements area;

    EntitlementApiController(Entitlements entitlements, EntitlementService service, DeathReports deaths,
                             PaymentScope scope, PaymentRequests requests, AreaEntitlements area) {
        this.entitlements = entitlements;
        this.service = service;
        this.deaths = deaths;
        this.scope = scope;
        this.requests = requests;
        this.area = area;
    }

    record DeathRequest(Long householdId, Long memberId, String diedOn) {
    }

    record StopRequest(String lastPaidMonth, String reason) {
    }

    record CoefficientRequest(String fromMonth, java.math.BigDecimal coefficient) {
    }

    /** Ends a monthly allowance (turned 16 without studying, left the poor list, moved away): paid through lastPaidMonth. */
    @Operation(operationId = "stopEntitlement", summary = "End a monthly allowance after a last paid month")
    @PostMapping("/entitlements/{id}/stop")
    EntitlementView stop(@PathVariable long id, @RequestBody StopRequest body) {
        Entitlement e = scope.actionableEntitlement(id, Act.CHANGE_ENTITLEMENT);
        EndReason reason;
        try {
            reason = EndReason.valueOf(body.reason() == null ? "" : body.reason().trim());
        } catch (IllegalArgumentException ex) {
            throw requests.invalid("reason", "payment.error.required");
        }
        service.stop(e.getId(), requests.month("lastPaidMonth", body.lastPaidMonth()), reason);
        return EntitlementView.of(entitlements.findById(id).orElseThrow());
    }

    @Operation(operationId = "changeEntitlementCoefficient", summary = "Change the coefficient of a monthly allowance from a month")
    @PostMapping("/entitlements/{id}/coefficient")
    EntitlementView coefficient(@PathVariable long id, @RequestBody CoefficientRequest body) {
        Entitlement e = scope.actionableEntitlement(id, Act.CHANGE_ENTITLEMENT);
        if (body.coefficient() == null || body.coefficient().signum() <= 0) {
            throw requests.invalid("coefficient", "payment.error.required");
        }
        service.changeCoefficient(e.getId(), requests.month("fromMonth", body.fromMonth()), body.coefficient());
        return EntitlementView.of(entitlements.findById(id).orElseThrow());
    }

    @Operation(operationId = "listEntitlements", summary = "List entitlements of a household or of the caller's districts")
    @GetMapping("/entitlements")
    List<EntitlementView> list(@RequestParam(required = false) Long householdId,
                               @RequestParam(defaultValue = "ACTIVE") EntitlementStatus status) {
        return householdId != null ? area.ofHousehold(householdId) : area.inStatus(status);
    }

    @Operation(operationId = "recordDeath", summary = "Record the death of a member: monthly lines stop, a funeral-support case opens for a recipient")
    @PostMapping("/deaths")
    DeathReports.DeathOutcome death(@RequestBody DeathRequest body) {
        if (body.householdId() == null) {
            throw requests.invalid("householdId", "payment.error.required");
        }
        if (body.memberId() == null) {
            throw requests.invalid("memberId", "payment.error.required");
        }
        return deaths.record(body.householdId(), body.memberId(), requests.date("diedOn", body.diedOn()));
    }
}
