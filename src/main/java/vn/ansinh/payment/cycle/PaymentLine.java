package vn.ansinh.payment.cycle;

import vn.ansinh.payment.PaymentStateException;
import vn.ansinh.payment.entitlement.MonthConverter;

import jakarta.persistence.*;
import vn.ansinh.casework.Program;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One payment to one beneficiary for one month (or one grant), created in bulk by the generator.
 * The idempotency key travels to the payer and back; a result is recorded once and never changed.
 */
@Entity
@Table(name = "payment_line")
public class PaymentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long cycleId;
    private long entitlementId;
    @Convert(converter = MonthConverter.class)
    private YearMonth month;
    @Enumerated(EnumType.STRING)
    private LineKind kind;
    private Long originalLineId;
    private String communeCode;
    private String beneficiaryName;
    private String cccd;
    @Enumerated(EnumType.STRING)
    private Program program;
    private String category;
    private long amount;
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    private LineStatus status;
    private String resultNote;
    private Instant recordedAt;
    @Version
    private long version;

    protected PaymentLine() {
    }

    /** A planned line as the generator would write it; the generator itself writes lines in bulk SQL. */
    static PaymentLine planned(long cycleId, long entitlementId, YearMonth month, LineKind kind, long amount, String idempotencyKey) {
        PaymentLine line = new PaymentLine();
        line.cycleId = cycleId;
        line.entitlementId = entitlementId;
        line.month = month;
        line.kind = kind;
        line.amount = amount;
        line.idempotencyKey = idempotencyKey;
        line.status = LineStatus.PLANNED;
        return line;
    }

    static String monthlyKey(long entitlementId, YearMonth month) {
        return "E" + entitlementId + "-" + month;
    }

    static String grantKey(long entitlementId) {
        return "G" + entitlementId;
    }

    static String arrearsKey(long originalLineId) {
        return "A" + originalLineId;
    }

    void markPaid(String note, Instant now) {
        record(LineStatus.PAID, note, now);
    }

    void markFailed(String note, Instant now) {
        record(LineStatus.FAILED, note, now);
    }

    void markReturned(String note, Instant now) {
        record(LineStatus.RETURNED, note, now);
    }

    /** The result note column's length. */
    public static final int MAX_NOTE = 500;

    void record(LineStatus result, String note, Instant now) {
        if (result == LineStatus.PLANNED || result == LineStatus.CANCELLED) {
            throw new IllegalArgumentException("not a payer result: " + result);
        }
        if (status != LineStatus.PLANNED) {
            throw new PaymentStateException("payment.error.lineAlreadyRecorded", idempotencyKey, status);
        }
        this.status = result;
        this.resultNote = note;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public long getCycleId() { return cycleId; }
    public long getEntitlementId() { return entitlementId; }
    public YearMonth getMonth() { return month; }
    public LineKind getKind() { return kind; }
    public Long getOriginalLineId() { return originalLineId; }
    public String getCommuneCode() { return communeCode; }
    public String getBeneficiaryName() { return beneficiaryName; }
    public String getCccd() { return cccd; }
    public Program getProgram() { return program; }
    public String getCategory() { return category; }
    public long getAmount() { return amount; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public LineStatus getStatus() { return status; }
    public String getResultNote() { return resultNote; }
    public Instant getRecordedAt() { return recordedAt; }
}
