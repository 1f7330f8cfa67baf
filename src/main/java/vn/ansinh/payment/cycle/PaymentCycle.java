package vn.ansinh.payment.cycle;

import vn.ansinh.payment.PaymentStateException;
import vn.ansinh.payment.entitlement.MonthConverter;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One district's payments for one month. It guards its own lifecycle:
 * generated (regenerable) → approved → exported → closed; every step from the wrong state throws.
 */
@Entity
@Table(name = "payment_cycle")
public class PaymentCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String districtCode;
    @Convert(converter = MonthConverter.class)
    private YearMonth month;
    @Enumerated(EnumType.STRING)
    private CycleStatus status;
    private long baseLevel;
    private Instant generatedAt;
    private String generatedBy;
    private Instant approvedAt;
    private String approvedBy;
    private Instant exportedAt;
    private Instant closedAt;
    @Version
    private long version;

    protected PaymentCycle() {
    }

    PaymentCycle(String districtCode, YearMonth month, long baseLevel, String generatedBy, Instant now) {
        this.districtCode = districtCode;
        this.month = month;
        this.baseLevel = baseLevel;
        this.status = CycleStatus.GENERATED;
        this.generatedBy = generatedBy;
        this.generatedAt = now;
    }

    /** Lines may only be (re)generated before approval: an approved list is what the officer signed. */
    void regenerated(long baseLevel, String by, Instant now) {
        require(CycleStatus.GENERATED, "payment.error.cycleNotRegenerable");
        this.baseLevel = baseLevel;
        this.generatedBy = by;
        this.generatedAt = now;
    }

    void approve(String by, Instant now) {
        require(CycleStatus.GENERATED, "payment.error.cycleNotApprovable");
        this.status = CycleStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = now;
    }

    /** Exporting again (a reprint) is allowed; it never changes the lines. */
    void exported(Instant now) {
        if (status != CycleStatus.APPROVED && status != CycleStatus.EXPORTED) {
            throw new PaymentStateException("payment.error.cycleNotExportable", id);
        }
        if (status == CycleStatus.APPROVED) {
            this.status = CycleStatus.EXPORTED;
            this.exportedAt = now;
        }
    }

    void requireResultsOpen() {
        require(CycleStatus.EXPORTED, "payment.error.cycleNotRecording");
    }

    void close(long linesWithoutResult, Instant now) {
        require(CycleStatus.EXPORTED, "payment.error.cycleNotClosable");
        if (linesWithoutResult > 0) {
            throw new PaymentStateException("payment.error.cycleHasOpenLines", linesWithoutResult);
        }
        this.status = CycleStatus.CLOSED;
        this.closedAt = now;
    }

    private void require(CycleStatus expected, String messageKey) {
        if (status != expected) {
            throw new PaymentStateException(messageKey, id, status);
        }
    }

    public Long getId() { return id; }
    public String getDistrictCode() { return districtCode; }
    public YearMonth getMonth() { return month; }
    public CycleStatus getStatus() { return status; }
    public long getBaseLevel() { return baseLevel; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getExportedAt() { return exportedAt; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
