package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class HouseholdPageCountTest {

    private static final List<HouseholdSummary> FULL = Collections.nCopies(20, null);

    @Test
    void keepsTheTotalExactUnderTheCap() {
        HouseholdPage page = HouseholdPage.of(FULL, PageRequest.of(0, 20), 999);
        assertThat(page.getTotalElements()).isEqualTo(999);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(page.getTotalPages()).isEqualTo(50);
    }

    @Test
    void flagsATotalThatReachedTheCap() {
        PageRequest first = PageRequest.of(0, 20);
        HouseholdPage page = HouseholdPage.of(FULL, first, HouseholdPage.countLimit(first));
        assertThat(page.getTotalElements()).isEqualTo(HouseholdPage.COUNT_CAP);
        assertThat(page.isTotalCapped()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void countsPastTheRequestedPageSoADeepPageStillHasANext() {
        PageRequest deep = PageRequest.of(100, 20);
        assertThat(HouseholdPage.countLimit(deep)).isEqualTo(2021);
        HouseholdPage page = HouseholdPage.of(FULL, deep, 2021);
        assertThat(page.isTotalCapped()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.isLast()).isFalse();
        assertThat(page.getTotalElements()).isEqualTo(2020);
    }
}
