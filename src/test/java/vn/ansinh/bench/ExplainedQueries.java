package vn.ansinh.bench;

import java.util.List;

/** The door's SQL (as Hibernate renders the repository queries) with literal parameters, for EXPLAIN ANALYZE. */
final class ExplainedQueries {

    private ExplainedQueries() {
    }

    static List<String> forScope(String level, String code, String pattern) {
        String within = switch (level) {
            case "DISTRICT" -> "h.district_code = '" + code + "' and ";
            case "COMMUNE" -> "h.commune_code = '" + code + "' and ";
            default -> "";
        };
        String key = "COMMUNE".equals(level) ? "h.search_key || ''" : "h.search_key";
        return List.of(
                "select h.id, h.code, h.head_name, (select count(1) from household_member m where m.household_id = h.id)"
                        + " from household h where " + within + key + " like '" + pattern + "'"
                        + " order by h.id offset 0 rows fetch first 20 rows only",
                "select count(*) from (select 1 from household h where " + within + key + " like '" + pattern + "'"
                        + " limit 1001) x");
    }
}
