package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.Money;
import vn.ansinh.payment.PaymentStateException;

import org.junit.jupiter.api.Test;
import vn.ansinh.casework.Program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntitlementTest {

    /** The dated table of POLICY.md §6.1, as the rule parameters give it. */
    static final BaseLevels POLICY_TABLE = new BaseLevels() {
        @Override
        public long baseLevel(YearMonth month) {
            return month.isBefore(YearMonth.of(2021, 7)) ? 270_000 : month.isBefore(YearMonth.of(2024, 7)) ? 360_000 : 500_000;
        }

        @Override
        public long funeralSupport(LocalDate diedOn) {
            return 20 * baseLevel(YearMonth.from(diedOn));
        }
    };

    static final Beneficiary HOA = new Beneficiary(1L, 11L, "Nguyễn Thị Hoa", "034190000001", "12345", "336");

    @Test
    void monthlyAmountFollowsTheBaseLevelOfEachMonthWithoutAnEdit() {
        Entitlement e = Entitlement.monthly(HOA, Program.SOCIAL_ALLOWANCE, "SA1a", new BigDecimal("2.5"), YearMonth.of(2021, 1), 7L);

        assertThat(e.amountFor(YearMonth.of(2021, 6), POLICY_TABLE)).isEqualTo(675_000);
        assertThat(e.amountFor(YearMonth.of(2021, 7), POLICY_TABLE)).isEqualTo(900_000);
        assertThat(e.amountFor(YearMonth.of(2024, 6), POLICY_TABLE)).isEqualTo(900_000);
        assertThat(e.amountFor(YearMonth.of(2024, 7), POLICY_TABLE)).isEqualTo(1_250_000);
    }

    @Test
    void coefficientChangeAppliesFromItsMonthAndKeepsEarlierMonths() {
        Entitlement e = Entitlement.monthly(HOA, Program.SOCIAL_ALLOWANCE, "SA5a", new BigDecimal("1.5"), YearMonth.of(2024, 1), 7L);
        e.changeCoefficient(YearMonth.of(2024, 8), new BigDecimal("2.0"));

        assertThat(e.amountFor(YearMonth.of(2024, 6), POLICY_TABLE)).isEqualTo(540_000);
        assertThat(e.amountFor(YearMonth.of(2024, 7), POLICY_TABLE)).isEqualTo(750_000);
        assertThat(e.amountFor(YearMonth.of(2024, 8), POLICY_TABLE)).isEqualTo(1_000_000);
        assertThatThrownBy(() -> e.changeCoefficient(YearMonth.of(2024, 8), BigDecimal.ONE))
                .isInstanceOf(PaymentStateException.class);
    }

    @Test
    void stoppingAfterADeathMonthEndsPaymentFromTheNextMonth() {
        Entitlement e = Entitlement.monthly(HOA, Program.SOCIAL_ALLOWANCE, "SA5a+", new BigDecimal("2.0"), YearMonth.of(2024, 1), 7L);
        e.stopAfter(YearMonth.of(2024, 7), EndReason.DEATH);

        assertThat(e.isDue(YearMonth.of(2024, 7))).isTrue();
        assertThat(e.isDue(YearMonth.of(2024, 8))).isFalse();
        assertThat(e.getStatus()).isEqualTo(EntitlementStatus.ENDED);
        assertThatThrownBy(() -> e.stopAfter(YearMonth.of(2024, 9), EndReason.MOVED_AWAY))
                .isInstanceOf(PaymentStateException.class);
    }

    @Test
    void fixedMonthlyAmountDoesNotFollowTheBaseLevel() {
        Entitlement e = Entitlement.monthlyFixed(HOA, Program.SOCIAL_PENSION, "SP", 500_000, YearMonth.of(2025, 7), 8L);
        assertThat(e.amountFor(YearMonth.of(2025, 9), POLICY_TABLE)).isEqualTo(500_000);
    }

    @Test
    void roundsToWholeVndAndPrintsTheOfficialForm() {
        assertThat(Money.times(new BigDecimal("1.5"), 270_001)).isEqualTo(405_002);
        assertThat(Money.vnd(1_500_000)).isEqualTo("1.500.000 đ");
        assertThat(Money.vnd(0)).isEqualTo("0 đ");
    }
}
