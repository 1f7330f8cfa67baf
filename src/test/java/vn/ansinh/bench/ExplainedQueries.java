package vn.ansinh.bench;

import java.util.List;
import java.util.Map;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.SearchSql;

/** The door's SQL ({@code HouseholdSearch}: the page and the capped count in one query) with literal parameters, for EXPLAIN ANALYZE. */
final class ExplainedQueries {

    private ExplainedQueries() {
    }

    static List<String> forScope(String level, String code, String pattern) {
        String sql = SearchSql.of(Jurisdiction.Level.valueOf(level));
        Map<String, String> literals = Map.of("code", "'" + code + "'", "pattern", "'" + pattern + "'",
                "squeezed", "'" + pattern.replace(" ", "") + "'",
                "limit", "1001", "offset", "0", "size", "20");
        StringBuilder out = new StringBuilder();
        int at = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":([a-z]+)").matcher(sql);
        while (m.find()) {
            out.append(sql, at, m.start()).append(literals.getOrDefault(m.group(1), m.group()));
            at = m.end();
        }
        return List.of(out.append(sql.substring(at)).toString());
    }
}
