package vn.ansinh.bench;

import java.util.List;

/** The door's SQL (as Hibernate renders the repository queries) with literal parameters, for EXPLAIN ANALYZE. */
final class ExplainedQueries {

    private ExplainedQueries() {
    }

    static List<String> forScope(String level, String code, String pattern) {
        String within = "('" + level + "' = 'PROVINCE' or ('" + level + "' = 'DISTRICT' and h.district_code = '" + code
                + "') or ('" + level + "' = 'COMMUNE' and h.commune_code = '" + code + "'))";
        return List.of(
                "select h.id, h.code, h.head_name, (select count(1) from household_member m where m.household_id = h.id)"
                        + " from household h where " + within + " and h.search_key like '" + pattern + "'"
                        + " order by h.id offset 0 rows fetch first 20 rows only",
                "select count(h.id) from household h where " + within + " and h.search_key like '" + pattern + "'");
    }
}
