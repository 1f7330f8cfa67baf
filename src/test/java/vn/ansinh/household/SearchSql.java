package vn.ansinh.household;

import vn.ansinh.common.access.Jurisdiction;

/** The search's SQL as the door runs it, for the search benchmark's EXPLAIN ANALYZE (test code only). */
public final class SearchSql {

    private SearchSql() {
    }

    public static String of(Jurisdiction.Level level) {
        return HouseholdSearch.sql(level);
    }
}
