package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.Money;

import org.springframework.stereotype.Component;
import vn.ansinh.eligibility.EligibilityManagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Base levels and funeral support from the dated rule parameters ({@code sa.base_level},
 * {@code funeral.base_multiple} in {@code rules/parameters/}), so a published rule change reaches payments
 * without a code change.
 */
@Component
class RuleBaseLevels implements BaseLevels {

    private final EligibilityManagement eligibility;

    RuleBaseLevels(EligibilityManagement eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public long baseLevel(YearMonth month) {
        return eligibility.socialAllowanceBaseLevel(month.atDay(1));
    }

    @Override
    public long funeralSupport(LocalDate diedOn) {
        BigDecimal multiple = eligibility.parameter("funeral.base_multiple", diedOn);
        if (multiple == null) {
            throw new IllegalArgumentException("No funeral support multiple in force on " + diedOn);
        }
        return Money.times(multiple, eligibility.socialAllowanceBaseLevel(diedOn));
    }
}
