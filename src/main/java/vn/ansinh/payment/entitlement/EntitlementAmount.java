package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.Money;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One period of an entitlement's amount history: a coefficient of the base level, or a fixed amount. */
@Entity
@Table(name = "entitlement_amount")
public class EntitlementAmount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entitlement_id")
    private Entitlement entitlement;

    @Convert(converter = MonthConverter.class)
    private YearMonth fromMonth;

    @Convert(converter = MonthConverter.class)
    private YearMonth toMonth;

    private BigDecimal coefficient;

    private Long fixedAmount;

    protected EntitlementAmount() {
    }

    EntitlementAmount(Entitlement entitlement, YearMonth fromMonth, BigDecimal coefficient, Long fixedAmount) {
        this.entitlement = entitlement;
        this.fromMonth = fromMonth;
        this.coefficient = coefficient;
        this.fixedAmount = fixedAmount;
    }

    boolean covers(YearMonth month) {
        return !month.isBefore(fromMonth) && (toMonth == null || !month.isAfter(toMonth));
    }

    long amountFor(YearMonth month, BaseLevels baseLevels) {
        return coefficient != null ? Money.times(coefficient, baseLevels.baseLevel(month)) : fixedAmount;
    }

    void closeAt(YearMonth lastMonth) {
        this.toMonth = lastMonth;
    }

    void reopen() {
        this.toMonth = null;
    }

    public YearMonth fromMonth() {
        return fromMonth;
    }

    public YearMonth toMonth() {
        return toMonth;
    }

    public BigDecimal coefficient() {
        return coefficient;
    }

    public Long fixedAmount() {
        return fixedAmount;
    }
}
