package vn.ansinh.eligibility.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A list parameter is matched through its set of texts as it was by comparing each entry. */
class FactArithmeticTest {

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
