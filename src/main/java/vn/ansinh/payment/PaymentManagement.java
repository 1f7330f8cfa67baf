package vn.ansinh.payment;

import vn.ansinh.payment.cycle.ConfirmationImport;
import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.Lines;
import vn.ansinh.payment.cycle.PaymentLine;
import vn.ansinh.payment.access.PaymentScope;
import vn.ansinh.payment.entitlement.Entitlements;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.List;

/**
 * The payment module's door for modules to its right (policy, reporting, demo): read-only figures, and the monthly
 * cycle's acts as the signed-in payment officer does them (each one checks role and district in {@link CycleService}).
 */
@Service
public class PaymentManagement {

    private final Reconciliation reconciliation;
    private final Entitlements entitlements;
    private final CycleService cycles;
    private final ConfirmationImport confirmations;
    private final Lines lines;
    private final PaymentScope scope;

    PaymentManagement(Reconciliation reconciliation, Entitlements entitlements, CycleService cycles,
                      ConfirmationImport confirmations, Lines lines, PaymentScope scope) {
        this.reconciliation = reconciliation;
        this.entitlements = entitlements;
        this.cycles = cycles;
        this.confirmations = confirmations;
        this.lines = lines;
        this.scope = scope;
    }

    /** Generates (or regenerates, before approval) the district's cycle of the month; returns the cycle's id. */
    public long generateCycle(String districtCode, YearMonth month) {
        return cycles.generate(districtCode, month, scope.user().username()).cycleId();
    }

    public void approveCycle(long cycleId) {
        cycles.approve(cycleId, scope.user().username());
    }

    /** The cycle's lists were handed to the payer (what: which file). */
    public void cycleExported(long cycleId, String what) {
        cycles.exported(cycleId, what);
    }

    /** The payment keys of a cycle's lines, in the order of the payer file (commune, beneficiary). */
    @Transactional(readOnly = true)
    public List<String> lineKeys(long cycleId) {
        scope.readable(cycleId);
        return lines.findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(cycleId).stream()
                .map(PaymentLine::getIdempotencyKey).toList();
    }

    /** The payer's confirmation file ({@code key,PAID|FAILED|RETURNED,note}); returns how many lines it recorded. */
    public int applyConfirmation(long cycleId, java.io.InputStream file) {
        return confirmations.apply(cycleId, file).applied();
    }

    public void closeCycle(long cycleId) {
        cycles.close(cycleId);
    }

    /** Planned, paid, failed and pending per commune and month of a district (month null = all months). */
    @Transactional(readOnly = true)
    public Reconciliation.Table reconciliation(String districtCode, YearMonth month) {
        return reconciliation.of(districtCode, month, null);
    }

    /** A household's entitlements with their amount history, newest first. */
    @Transactional(readOnly = true)
    public List<EntitlementView> entitlementsOf(long householdId) {
        return entitlements.findByHouseholdIdOrderByIdDesc(householdId).stream().map(EntitlementView::of).toList();
    }
}
