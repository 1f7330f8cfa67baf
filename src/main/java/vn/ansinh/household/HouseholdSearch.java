package vn.ansinh.household;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.geography.AreaType;

/**
 * The register's search, in the caller's jurisdiction, by id: one query per level returns the requested page and
 * the count of matches stopped at {@link HouseholdPage#countLimit} together, so the matching rows are found once
 * (the count used to repeat the page's scan).
 *
 * <p>A commune's and a district's matches are found in V121's covering indexes {@code (commune_code, id)} /
 * {@code (district_code, id)} include {@code search_key}, without visiting the heap: their households lie on pages
 * spread over the table. A B-tree entry holds at most 2.704 bytes, so those indexes are partial (keys up to 2.000
 * bytes, all real households; the bound is repeated literally below, as the planner must match it); the few longer
 * keys are found through V121's small index of them.
 */
@Component
class HouseholdSearch {

    // The squeezed key (no spaces) is what V127's trigram index holds: a district's and the province's searches ask it
    // for candidates, then recheck the key itself. A commune's search filters its own ≈ 2.300 keys in the covering
    // index and never needs it.
    private static final String SQUEEZED = "replace(h.search_key, ' ', '') like :squeezed";

    // Each branch is ordered and limited by itself: over a UNION ALL PostgreSQL 15 sorts every match instead of
    // merging two id-ordered scans, which for "nguyen" in a district means 45.000 rows instead of 1.001. A commune's
    // search always filters its ≈ 2.300 keys in the index ("|| ''" keeps any trigram index out, 40 ms for a common
    // name); a district's lets the planner choose: the index in id order for common words, the trigram index for rare.
    private static final String FOUND_IN_AREA = """
            (select h.id from household h where h.%1$s = :code and octet_length(h.search_key) <= 2000
                and h.search_key %2$s like :pattern%3$s order by h.id limit :limit)
            union all
            (select h.id from household h where h.%1$s = :code and octet_length(h.search_key) > 2000
                and h.search_key || '' like :pattern order by h.id limit :limit)""";

    private static final String FOUND_IN_PROVINCE = """
            select h.id from household h where h.search_key like :pattern and %s order by h.id limit :limit"""
            .formatted(SQUEEZED);

    private static final String PAGE = """
            with found as (%s),
            shown as (select id from found order by id offset :offset limit :size)
            select t.total, h.id, h.code, h.head_name, h.address, h.commune_code, h.village, h.area,
                   h.official_poverty_status,
                   (select count(*) from household_member m where m.household_id = h.id) as members
            from (select count(*) as total from found) t
            left join (shown s join household h on h.id = s.id) on true
            order by h.id""";

    // After five executions PostgreSQL may reuse a generic plan, which cannot see the pattern: it guesses LIKE
    // matches 0.5 % and walks the trigram index even for "nguyen" (a third of the province). Custom plans, for
    // this transaction only, cost a fraction of a millisecond of planning. No parallel workers either: with 20
    // searches at once on a few cores, a district's "nguyen" split over workers read the whole district (150 ms)
    // where one process stops at the 1.001st match (5 ms). Sent through JDBC, as the search itself (Hibernate
    // interpreted the native query anew for every search).
    private static final String PLAN_EACH_SEARCH = "select set_config('plan_cache_mode', 'force_custom_plan', true)"
            + " || set_config('max_parallel_workers_per_gather', '0', true)";

    private static final String CODE_PREFIX = "%hgd-";

    private static final String MEMBERS = """
            select m.household_id, m.full_name, m.cccd from household_member m where m.household_id in (:households)
            order by m.household_id, m.position, m.id""";

    private final NamedParameterJdbcTemplate jdbc;

    HouseholdSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL of a level's search (named parameters {@code code}, {@code pattern}, {@code squeezed}, {@code limit}, {@code offset}, {@code size}). */
    static String sql(Jurisdiction.Level level) {
        return PAGE.formatted(switch (level) {
            case PROVINCE -> FOUND_IN_PROVINCE;
            case DISTRICT -> FOUND_IN_AREA.formatted("district_code", "", " and " + SQUEEZED);
            case COMMUNE -> FOUND_IN_AREA.formatted("commune_code", "|| ''", "");
        });
    }

    /** {@code pattern} is a LIKE pattern over the search key ({@code TextSearch.containsPattern}); ordered by id. */
    Result find(Jurisdiction scope, String pattern, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("code", scope.code())
                .addValue("pattern", pattern)
                .addValue("squeezed", squeezed(pattern))
                .addValue("limit", HouseholdPage.countLimit(pageable))
                .addValue("offset", pageable.getOffset())
                .addValue("size", pageable.getPageSize());
        jdbc.getJdbcTemplate().queryForObject(PLAN_EACH_SEARCH, String.class);
        List<HouseholdSummary> rows = new ArrayList<>();
        long[] total = {0};
        jdbc.query(sql(scope.level()), params, rs -> {
            total[0] = rs.getLong("total");
            long id = rs.getLong("id");
            if (!rs.wasNull()) {
                rows.add(new HouseholdSummary(id, rs.getString("code"), rs.getString("head_name"),
                        rs.getString("address"), rs.getString("commune_code"), rs.getString("village"),
                        AreaType.valueOf(rs.getString("area")), PovertyStatus.valueOf(rs.getString("official_poverty_status")),
                        rs.getInt("members")));
            }
        });
        return new Result(rows, total[0]);
    }

    /**
     * [household id, full name, cccd] of these households' members, each household's in order; by JDBC, as Hibernate
     * interpreted its query anew for every list of ids. The caller found the households in its area.
     */
    List<Object[]> membersOf(List<Long> households) {
        return jdbc.query(MEMBERS, new MapSqlParameterSource("households", households),
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
    }

    /**
     * The pattern the trigram index is asked, over the key without its spaces: whatever contains the query contains
     * it without spaces, so every match is among the index's candidates (no backslash escape holds a space). A
     * leading "hgd-" is left out: every key begins with its household's code ({@code HGD-<commune>-<number>},
     * HouseholdManagement), so the index holds the trigrams of "hgd" for every household, and asking for them made a
     * code's search 25–33 ms instead of 3 ms in a district or the province. Leaving a part of the query out only adds
     * candidates; the key itself is compared with the whole query.
     */
    static String squeezed(String pattern) {
        String squeezed = pattern.replace(" ", "");
        return squeezed.startsWith(CODE_PREFIX) ? "%" + squeezed.substring(CODE_PREFIX.length()) : squeezed;
    }

    /** The page's rows and the matches counted up to {@link HouseholdPage#countLimit}. */
    record Result(List<HouseholdSummary> rows, long counted) {
    }
}
