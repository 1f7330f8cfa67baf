package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.HealthSupport;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * POLICY.md §6.2 table, every encoded category with its coefficient written out, under each base level
 * (Decree 136/2013 270.000 đ, Decree 20/2021 360.000 đ, Decree 76/2024 500.000 đ): the category, the amount and
 * the state-paid health insurance that goes with it. SA8 exists only from Decree 20/2021.
 */
class SocialAllowanceMatrixTests {

    private record Era(LocalDate asOf, long base) {
    }

    private record Case(String name, PovertyStatus status, MemberFacts member, String category, String coefficient,
                        boolean decree20Only) {
    }

    private static final List<Era> ERAS = List.of(new Era(LocalDate.of(2019, 6, 1), 270_000),
            new Era(LocalDate.of(2022, 6, 1), 360_000), new Era(LocalDate.of(2025, 6, 1), 500_000));

    private final RuleEngine engine = Rules.engine();

    private static MemberFacts m(LocalDate asOf, int age, Disability d, OrphanCase o, boolean studying, boolean received,
                                 boolean supporter, boolean hiv) {
        return MemberFacts.builder("X", asOf.minusYears(age)).disability(d).orphanCase(o).receivedChildAllowance(received)
                .studying(studying).hasObligedSupporter(supporter).hivPositive(hiv).build();
    }

    private static List<Case> cases(LocalDate d) {
        PovertyStatus poor = PovertyStatus.POOR;
        PovertyStatus none = PovertyStatus.NONE;
        return List.of(
                new Case("orphan aged 3", none, m(d, 3, null, OrphanCase.BOTH_MISSING, false, false, true, false), "SA1a", "2.5", false),
                new Case("orphan aged 4", none, m(d, 4, null, OrphanCase.ONE_DEAD_OTHER_DETAINED, false, false, true, false), "SA1b", "1.5", false),
                new Case("former orphan aged 20 studying", none, m(d, 20, null, OrphanCase.BOTH_PARENTS_DEAD, true, true, true, false), "SA2", "1.5", false),
                new Case("child with HIV aged 2, poor", poor, m(d, 2, null, null, false, false, true, true), "SA3a", "2.5", false),
                new Case("child with HIV aged 9, poor", poor, m(d, 9, null, null, false, false, true, true), "SA3b", "2.0", false),
                new Case("adult with HIV aged 40, poor", poor, m(d, 40, null, null, false, false, true, true), "SA8", "1.5", true),
                new Case("elderly 65, poor, no supporter", poor, m(d, 65, null, null, false, false, false, false), "SA5a", "1.5", false),
                new Case("elderly 80, poor, no supporter", poor, m(d, 80, null, null, false, false, false, false), "SA5a+", "2.0", false),
                new Case("aged 90, not poor, no pension", none, m(d, 90, null, null, false, false, true, false), "SA5c", "1.0", false),
                new Case("especially severe disability aged 30", none, m(d, 30, Disability.ESPECIALLY_SEVERE, null, false, false, true, false), "SA6-ES", "2.0", false),
                new Case("especially severe disability aged 10", none, m(d, 10, Disability.ESPECIALLY_SEVERE, null, false, false, true, false), "SA6-ES-CE", "2.5", false),
                new Case("severe disability aged 59", none, m(d, 59, Disability.SEVERE, null, false, false, true, false), "SA6-S", "1.5", false),
                new Case("severe disability aged 70", none, m(d, 70, Disability.SEVERE, null, false, false, true, false), "SA6-S-CE", "2.0", false));
    }

    /**
     * A poor elder of 85 without a supporter qualifies as SA5a+ and SA5c: only the highest is paid, and the reason says
     * so in words in both languages while its values keep the codes the decision records.
     */
    @org.junit.jupiter.api.Test
    void theHighestOfSeveralCategoriesIsExplainedInWordsWithItsCodesKeptInTheValues() throws Exception {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        HouseholdFacts h = new HouseholdFacts("T", Area.RURAL, 5_000_000L, List.of(), PovertyStatus.POOR, false, null,
                List.of(m(asOf, 85, null, null, false, false, false, false)));
        EvaluationResult r = engine.evaluate(h, asOf);
        vn.ansinh.eligibility.facts.Reason highest = r.socialAllowance().get(0).reasons().stream()
                .filter(x -> x.getCode().equals("SA-HIGHEST-ONLY")).findFirst().orElseThrow();
        assertThat(highest.getMessage().vi()).doesNotContain("SA5")
                .contains("Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng, từ đủ 80", "hệ số 2,0",
                        "Người từ đủ 80 tuổi không có lương hưu, trợ cấp BHXH, trợ cấp xã hội (hệ số 1,0)");
        assertThat(highest.getMessage().en()).doesNotContain("SA5").contains("(coefficient 1.0)");
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(highest.getValues());
        assertThat(json).isEqualTo("{\"category\":\"SA5a+\",\"coefficient\":2.0,\"others\":\"SA5c 1.0\"}");
    }

    @TestFactory
    Stream<DynamicTest> everyCategoryUnderEveryBaseLevel() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Era era : ERAS) {
            for (Case c : cases(era.asOf())) {
                boolean exists = !c.decree20Only() || !era.asOf().isBefore(LocalDate.of(2021, 7, 1));
                tests.add(dynamicTest(era.asOf() + " " + c.name() + " → " + (exists ? c.category() : "nothing"), () -> {
                    HouseholdFacts h = new HouseholdFacts("T", Area.RURAL, 5_000_000L, List.of(), c.status(), false,
                            null, List.of(c.member()));
                    EvaluationResult r = engine.evaluate(h, era.asOf());
                    if (!exists) {
                        assertThat(r.socialAllowance()).isEmpty();
                        return;
                    }
                    assertThat(r.socialAllowance()).singleElement().satisfies(a -> {
                        assertThat(a.category()).isEqualTo(c.category());
                        assertThat(a.coefficient()).isEqualByComparingTo(new BigDecimal(c.coefficient()));
                        assertThat(a.baseLevel()).isEqualTo(era.base());
                        assertThat(a.monthlyAmount()).isEqualTo(new BigDecimal(c.coefficient())
                                .multiply(BigDecimal.valueOf(era.base())).longValueExact());
                        assertThat(a.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.isPassed()).isTrue());
                    });
                    assertThat(r.healthInsurance()).singleElement()
                            .satisfies(hi -> assertThat(hi.support()).isEqualTo(HealthSupport.STATE_100));
                }));
            }
        }
        return tests.stream();
    }
}
