package vn.ansinh.eligibility.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The shortcuts the facts take for speed give what the library computations they replace gave. */
class FactArithmeticTest {

    @Test
    void completedMonthsAreThoseOfAPeriodBetweenTheDates() {
        Random rnd = new Random(11);
        LocalDate base = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 200_000; i++) {
            LocalDate from = base.plusDays(rnd.nextInt(60_000));
            // both directions, near dates (month ends, leap days) and far ones
            LocalDate to = i % 2 == 0 ? from.plusDays(rnd.nextInt(1_200) - 100) : base.plusDays(rnd.nextInt(60_000));
            assertThat(MemberFact.completedMonths(from, to)).as(from + " → " + to)
                    .isEqualTo(Period.between(from, to).toTotalMonths());
        }
        assertThat(MemberFact.completedMonths(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29))).isZero();
        assertThat(MemberFact.completedMonths(LocalDate.of(2022, 9, 1), LocalDate.of(2025, 9, 1))).isEqualTo(36);
        assertThat(MemberFact.completedMonths(LocalDate.of(2022, 9, 2), LocalDate.of(2025, 9, 1))).isEqualTo(35);
    }

    @Test
    void aListParameterIsMatchedByTheTextOfItsEntries() {
        Params p = new Params(LocalDate.MIN, Map.of("statuses", List.of("POOR", "NEAR_POOR"), "codes", List.of(7, "MC01"),
                "plain", "x"), Map.of());
        assertThat(p.listHas("statuses", PovertyStatus.POOR)).isTrue();
        assertThat(p.listHas("statuses", PovertyStatus.NONE)).isFalse();
        assertThat(p.listHas("statuses", "NEAR_POOR")).isTrue();
        assertThat(p.listHas("codes", 7)).isTrue();
        assertThat(p.listHas("codes", "7")).isTrue();
        assertThat(p.listHas("codes", "MC02")).isFalse();
        assertThat(p.listHas("missing", "POOR")).isFalse();
        assertThat(p.listHas("statuses", null)).isFalse();
        assertThat(p.listHasAny("codes", List.of("MC09", "MC01"))).isTrue();
        // a name built at run time (not the literal's instance) finds the same entry
        assertThat(p.listHas(new String("statuses"), PovertyStatus.POOR)).isTrue();
        assertThat(p.has(new StringBuilder("pla").append("in").toString())).isTrue();
    }
}
