package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.facts.Outcome;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.eligibility.facts.Reason;
import vn.ansinh.eligibility.facts.ReasonTemplate;

/** A case shows the reasons of its own program, in both languages, even where the engine proposed nothing for it. */
class CaseReasonsOfItsProgramTests {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    private static final Reason POVERTY = new Reason(new ReasonTemplate("PV-INCOME", "Nghị định 07/2021/NĐ-CP, Điều 3",
            "Thu nhập {income}", "Income {income}"), false, "income", 3_000_000L);

    @Test
    void aChildsAllowanceCaseThatFailsLeadsWithTheAllowanceCriterionNotThePovertyOnes() {
        Case child = new Case(1L, 7L, Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC, "12466", "336", "canbo", Instant.now());

        CaseDecision d = EligibilityCaseEvaluator.extract(child, nothingProposed(), AS_OF);

        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons()).first().satisfies(r -> {
            assertThat(r.code()).isEqualTo("SA-NONE");
            assertThat(r.passed()).isFalse();
            assertThat(r.citation()).isEqualTo("Nghị định 20/2021/NĐ-CP, Điều 5");
            assertThat(r.messageVi()).contains("trợ cấp xã hội hằng tháng", "trẻ em không có nguồn nuôi dưỡng");
            assertThat(r.messageEn()).contains("monthly social allowance", "children without a source of support");
        });
        // the household's poverty criteria still follow, as the facts some categories need
        assertThat(d.reasons()).extracting(CaseDecision.Reason::code).containsExactly("SA-NONE", "PV-INCOME");
    }

    @Test
    void everyMemberProgramWithNoEntryShowsItsOwnCriterionInBothLanguages() {
        for (Program p : List.of(Program.CARE_SUPPORT, Program.SOCIAL_PENSION, Program.FUNERAL_SUPPORT)) {
            Case c = new Case(1L, 7L, p, CaseKind.AD_HOC, "12466", "336", "canbo", Instant.now());
            CaseDecision.Reason first = EligibilityCaseEvaluator.extract(c, nothingProposed(), AS_OF).reasons().get(0);
            assertThat(first.code()).as(p.name()).endsWith("-NONE");
            assertThat(first.citation()).as(p.name()).isNotBlank();
            assertThat(first.messageEn()).as(p.name()).isNotEqualTo(first.messageVi()).endsWith("not met.");
            assertThat(first.messageVi()).as(p.name()).endsWith("không đạt.");
        }
    }

    @Test
    void aPovertyCaseKeepsThePovertyCriteria() {
        Case c = new Case(1L, null, Program.POVERTY_RECOGNITION, CaseKind.AD_HOC, "12466", "336", "canbo", Instant.now());
        assertThat(EligibilityCaseEvaluator.extract(c, nothingProposed(), AS_OF).reasons())
                .extracting(CaseDecision.Reason::code).containsExactly("PV-INCOME");
    }

    private static EvaluationResult nothingProposed() {
        return new EvaluationResult(AS_OF, new EvaluationResult.RuleSetRef("sha256:abc", "2025.03"),
                new EvaluationResult.Poverty("ND07_2021", PovertyStatus.NONE, null, 0, List.of(POVERTY)),
                List.of(), List.of(), List.of(), List.of(),
                new EvaluationResult.MeritHousing(Outcome.NOT_ELIGIBLE, null, 0, List.of()),
                new EvaluationResult.PoorHousing(Outcome.NOT_ELIGIBLE, 0, 0, null, null, null, null, List.of()));
    }
}
