package vn.ansinh.household;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of the register whose total is counted only up to a cap: counting every "nguyen" in the province would
 * cost seconds for a number nobody reads. {@code totalElements} is exact while {@code totalCapped} is false;
 * otherwise there are more matches than {@code totalElements}.
 */
public class HouseholdPage extends PageImpl<HouseholdSummary> {

    static final int COUNT_CAP = 1000;

    private final boolean totalCapped;

    HouseholdPage(List<HouseholdSummary> content, Pageable pageable, long total, boolean totalCapped) {
        super(content, pageable, total);
        this.totalCapped = totalCapped;
    }

    /** The count stops at {@link #countLimit}: at least the cap, and always past the requested page. */
    static long countLimit(Pageable pageable) {
        return Math.max(COUNT_CAP, pageable.getOffset() + pageable.getPageSize()) + 1;
    }

    /** {@code counted} came from a count stopped at {@link #countLimit}; a count that reached it is capped. */
    static HouseholdPage of(List<HouseholdSummary> content, Pageable pageable, long counted) {
        long limit = countLimit(pageable);
        boolean capped = counted >= limit;
        return new HouseholdPage(content, pageable, capped ? limit - 1 : counted, capped);
    }

    public boolean isTotalCapped() {
        return totalCapped;
    }

    /** A capped count always went past this page, so there is a next one. */
    @Override
    public boolean hasNext() {
        return totalCapped || super.hasNext();
    }

    @Override
    public boolean isLast() {
        return !hasNext();
    }
}
