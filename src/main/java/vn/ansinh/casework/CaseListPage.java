package vn.ansinh.casework;

import java.util.List;

/** A page of the case list, newest first; {@code next} is where the following page starts, null on the last. */
public record CaseListPage(List<CaseListRow> rows, CaseListFilter.Cursor next) {

    public boolean hasMore() {
        return next != null;
    }

    /** The cursor as the next page's {@code after} parameter, or null. */
    public String nextAfter() {
        return next == null ? null : next.text();
    }
}
