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

    /** A rule that found no one passes an empty list ({@code HM-MERIT}): the text says so instead of ending in a colon. */
    @Test
    void anEmptyValueReadsAsNone() {
        assertThat(Reason.format("", true)).isEqualTo("không có");
        assertThat(Reason.format("", false)).isEqualTo("none");
        assertThat(Reason.format(null, true)).isEqualTo("không có");
    }
}
