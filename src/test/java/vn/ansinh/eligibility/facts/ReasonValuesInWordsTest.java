package vn.ansinh.eligibility.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value filled into a reason's text reads as words: a case of the law by its name in the law, not the enum's. */
class ReasonValuesInWordsTest {

    @Test
    void anOrphanCaseIsWrittenInWordsInBothLanguages() {
        assertThat(Reason.format(OrphanCase.BOTH_PARENTS_DEAD, true)).isEqualTo("mồ côi cả cha và mẹ");
        assertThat(Reason.format(OrphanCase.BOTH_PARENTS_DEAD, false)).isEqualTo("both parents dead");
        for (OrphanCase c : OrphanCase.values()) {
            assertThat(Reason.format(c, true)).as(c.name()).doesNotContain("_").isNotEqualTo(c.name());
        }
        assertThat(Reason.format(1_500_000L, true)).isEqualTo("1.500.000 đ");
    }

    /** A rule that passes a category by its code ({@code HI-SOCIAL-ALLOWANCE}): the sentence names it in words. */
    @Test
    void aCategoryCodeReadsAsItsWords() {
        ReasonTemplate t = new ReasonTemplate("HI-SOCIAL-ALLOWANCE", "", "Hưởng trợ cấp (diện {category})", "Allowance ({category})");
        Reason r = new Reason(t, true, "category", "SA1b");
        assertThat(r.getMessage().vi()).contains("Trẻ em từ đủ 4 đến dưới 16 tuổi").doesNotContain("SA1b");
        assertThat(r.getMessage().en()).doesNotContain("SA1b");
        assertThat(r.getValues()).containsEntry("category", "SA1b");
    }

    /** A rule that found no one passes an empty list ({@code HM-MERIT}): the text says so instead of ending in a colon. */
    @Test
    void anEmptyValueReadsAsNone() {
        assertThat(Reason.format("", true)).isEqualTo("không có");
        assertThat(Reason.format("", false)).isEqualTo("none");
        assertThat(Reason.format(null, true)).isEqualTo("không có");
    }
}
