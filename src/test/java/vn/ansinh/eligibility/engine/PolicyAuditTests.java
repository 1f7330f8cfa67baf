package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Params;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.eligibility.engine.Households.adult;
import static vn.ansinh.eligibility.engine.Households.household;

/** Findings of the policy audit that scenario files cannot express (parameters over time, citations, leap days). */
class PolicyAuditTests {

    private static final LocalDate Y2026 = LocalDate.of(2026, 12, 31);
    private static final LocalDate Y2027 = LocalDate.of(2027, 1, 1);
    private static final List<String> THREE = List.of("E1", "E4", "E8");

    private final RuleEngine engine = Rules.engine();

    @Test
    void the2027To2030LinesReplaceDecree07LinesFrom2027AndNotBefore() {
        for (Area area : Area.values()) {
            Params p26 = engine.paramsFor(Y2026);
            Params p27 = engine.paramsFor(Y2027);
            long line26 = p26.byArea("poverty.income_line", area);
            long line27 = p27.byArea("poverty.income_line", area);
            long ceiling27 = p27.byArea("poverty.average_ceiling", area);
            assertThat(line27).as("a new line from 2027, %s", area).isGreaterThan(line26);
            assertThat(ceiling27).isGreaterThan(line27);
            assertThat(status(Y2026, area, line26 + 1, THREE)).isEqualTo(PovertyStatus.AVERAGE_LIVING_STANDARD);
            assertThat(status(Y2027, area, line26 + 1, THREE)).isEqualTo(PovertyStatus.POOR);
            assertThat(status(Y2027, area, line27, List.of("E1", "E4"))).isEqualTo(PovertyStatus.NEAR_POOR);
            assertThat(status(Y2027, area, line27 + 1, THREE)).isEqualTo(PovertyStatus.AVERAGE_LIVING_STANDARD);
            assertThat(status(Y2027, area, ceiling27, THREE)).isEqualTo(PovertyStatus.AVERAGE_LIVING_STANDARD);
            assertThat(status(Y2027, area, ceiling27 + 1, THREE)).isEqualTo(PovertyStatus.NONE);
        }
    }

    @Test
    void reasonsFrom2027ShowTheNewLineAndSayItIsUnconfirmed() {
        EvaluationResult r = engine.evaluate(household(Area.RURAL, 2_000_000, THREE, null, adult("m1")), Y2027);
        assertThat(r.poverty().reasons()).anySatisfy(reason -> {
            assertThat(reason.getCode()).isEqualTo("POV-ND07-INCOME-LINE");
            assertThat(reason.getValues()).containsEntry("threshold", engine.paramsFor(Y2027).byArea("poverty.income_line", Area.RURAL));
            assertThat(reason.getCitation()).contains("2026-2030").contains("UNCONFIRMED");
        });
        EvaluationResult before = engine.evaluate(household(Area.RURAL, 1_000_000, THREE, null, adult("m1")), Y2026);
        assertThat(before.poverty().reasons()).anySatisfy(reason ->
                assertThat(reason.getCitation()).startsWith("Nghị định 07/2021/NĐ-CP"));
    }

    @Test
    void someoneBornOn29FebruaryTurns75On1MarchInACommonYear() {
        MemberFacts leapling = MemberFacts.builder("E1", LocalDate.of(1952, 2, 29))
                .socialPensionRequested(true).build();
        assertThat(engine.evaluate(household(Area.URBAN, 9_000_000, List.of(), null, leapling),
                LocalDate.of(2027, 2, 28)).socialPension()).isEmpty();
        assertThat(engine.evaluate(household(Area.URBAN, 9_000_000, List.of(), null, leapling),
                LocalDate.of(2027, 3, 1)).socialPension()).singleElement()
                .satisfies(sp -> assertThat(sp.paid()).isTrue());
    }

    private PovertyStatus status(LocalDate asOf, Area area, long income, List<String> deprivations) {
        return engine.evaluate(household(area, income, deprivations, null, adult("m1")), asOf).poverty().status();
    }
}
