package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.PaymentStateException;

import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;
import vn.ansinh.casework.Program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A beneficiary's right to be paid: a one-off grant or a monthly allowance from a start month until it ends.
 * Monthly amounts are not stored: they follow from the amount history and the base level of each month.
 */
@Entity
@Table(name = "entitlement")
public class Entitlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long householdId;
    private Long memberId;
    private String beneficiaryName;
    private String cccd;
    private String communeCode;
    private String districtCode;
    @Enumerated(EnumType.STRING)
    private Program program;
    private String category;
    @Enumerated(EnumType.STRING)
    private EntitlementKind kind;
    private long grantAmount;
    @Convert(converter = MonthConverter.class)
    private YearMonth startMonth;
    @Convert(converter = MonthConverter.class)
    private YearMonth endMonth;
    @Enumerated(EnumType.STRING)
    private EndReason endReason;
    @Enumerated(EnumType.STRING)
    private EntitlementStatus status;
    private Long sourceCaseId;
    private Instant createdAt = Instant.now();
    @Version
    private long version;

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @OrderBy("fromMonth")
    private List<EntitlementAmount> amounts = new ArrayList<>();

    protected Entitlement() {
    }

    private Entitlement(Beneficiary who, Program program, String category, EntitlementKind kind,
                        YearMonth startMonth, EntitlementStatus status, Long sourceCaseId) {
        this.householdId = who.householdId();
        this.memberId = who.memberId();
        this.beneficiaryName = who.name();
        this.cccd = who.cccd();
        this.communeCode = who.communeCode();
        this.districtCode = who.districtCode();
        this.program = program;
        this.category = category;
        this.kind = kind;
        this.startMonth = startMonth;
        this.status = status;
        this.sourceCaseId = sourceCaseId;
    }

    /** A monthly allowance of coefficient × base level; the coefficient may change later, the base level follows the rules. */
    public static Entitlement monthly(Beneficiary who, Program program, String category, BigDecimal coefficient,
                               YearMonth startMonth, Long sourceCaseId) {
        Entitlement e = new Entitlement(who, program, category, EntitlementKind.MONTHLY, startMonth, EntitlementStatus.ACTIVE, sourceCaseId);
        e.amounts.add(new EntitlementAmount(e, startMonth, coefficient, null));
        return e;
    }

    /** A monthly allowance whose amount the rules fix directly (e.g. the social pension). */
    static Entitlement monthlyFixed(Beneficiary who, Program program, String category, long amount,
                                    YearMonth startMonth, Long sourceCaseId) {
        Entitlement e = new Entitlement(who, program, category, EntitlementKind.MONTHLY, startMonth, EntitlementStatus.ACTIVE, sourceCaseId);
        e.amounts.add(new EntitlementAmount(e, startMonth, null, amount));
        return e;
    }

    static Entitlement oneOff(Beneficiary who, Program program, String category, long grantAmount,
                              YearMonth payableFrom, EntitlementStatus status, Long sourceCaseId) {
        if (grantAmount <= 0) {
            throw new IllegalArgumentException("grant amount must be positive");
        }
        Entitlement e = new Entitlement(who, program, category, EntitlementKind.ONE_OFF, payableFrom, status, sourceCaseId);
        e.grantAmount = grantAmount;
        return e;
    }

    /** Whether a line is owed for this month (ONE_OFF: from the payable month until a line is issued). */
    boolean isDue(YearMonth month) {
        boolean live = status == EntitlementStatus.ACTIVE || status == EntitlementStatus.ENDED;
        return live && !month.isBefore(startMonth) && (endMonth == null || !month.isAfter(endMonth));
    }

    long amountFor(YearMonth month, BaseLevels baseLevels) {
        if (kind == EntitlementKind.ONE_OFF) {
            return grantAmount;
        }
        return amounts.stream().filter(a -> a.covers(month)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no amount for " + month))
                .amountFor(month, baseLevels);
    }

    /** A new coefficient from a month on (e.g. after a birthday); earlier months keep theirs. */
    void changeCoefficient(YearMonth from, BigDecimal coefficient) {
        requireMonthly();
        EntitlementAmount current = amounts.stream().max(Comparator.comparing(EntitlementAmount::fromMonth)).orElseThrow();
        if (!from.isAfter(current.fromMonth())) {
            throw new PaymentStateException("payment.error.amountPeriodOrder", from);
        }
        current.closeAt(from.minusMonths(1));
        amounts.add(new EntitlementAmount(this, from, coefficient, null));
    }

    /** The allowance stops from the month after the event's month (POLICY.md §6.7 item 5). */
    void stopAfter(YearMonth lastPaidMonth, EndReason reason) {
        requireMonthly();
        if (status != EntitlementStatus.ACTIVE) {
            throw new PaymentStateException("payment.error.entitlementNotActive", id);
        }
        this.endMonth = lastPaidMonth.isBefore(startMonth) ? startMonth.minusMonths(1) : lastPaidMonth;
        this.endReason = reason;
        this.status = EntitlementStatus.ENDED;
        amounts.removeIf(a -> a.fromMonth().isAfter(endMonth));
        amounts.stream().filter(a -> a.toMonth() == null || a.toMonth().isAfter(endMonth)).forEach(a -> a.closeAt(endMonth));
    }

    /** A stop for a death recorded by mistake is undone: the allowance runs on from its last amount. */
    void restoreAfterDeathWithdrawn() {
        requireMonthly();
        if (status != EntitlementStatus.ENDED || endReason != EndReason.DEATH) {
            throw new PaymentStateException("payment.error.entitlementNotActive", id);
        }
        this.status = EntitlementStatus.ACTIVE;
        this.endMonth = null;
        this.endReason = null;
        amounts.stream().max(Comparator.comparing(EntitlementAmount::fromMonth)).ifPresent(EntitlementAmount::reopen);
    }

    /** A grant whose ground fell away before it was paid is withdrawn. */
    void withdraw() {
        if (status != EntitlementStatus.PENDING_APPROVAL && status != EntitlementStatus.ACTIVE) {
            throw new PaymentStateException("payment.error.entitlementNotPending", id);
        }
        status = EntitlementStatus.REJECTED;
    }

    private void requireMonthly() {
        if (kind != EntitlementKind.MONTHLY) {
            throw new PaymentStateException("payment.error.notMonthly", id);
        }
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public Long getMemberId() { return memberId; }
    public String getBeneficiaryName() { return beneficiaryName; }
    public String getCccd() { return cccd; }
    public String getCommuneCode() { return communeCode; }
    public String getDistrictCode() { return districtCode; }
    public Program getProgram() { return program; }
    public String getCategory() { return category; }
    public EntitlementKind getKind() { return kind; }
    public long getGrantAmount() { return grantAmount; }
    public YearMonth getStartMonth() { return startMonth; }
    public YearMonth getEndMonth() { return endMonth; }
    public EndReason getEndReason() { return endReason; }
    public EntitlementStatus getStatus() { return status; }
    public Long getSourceCaseId() { return sourceCaseId; }
    public List<EntitlementAmount> getAmounts() { return List.copyOf(amounts); }
}
