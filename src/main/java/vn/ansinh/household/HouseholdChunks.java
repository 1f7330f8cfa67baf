package vn.ansinh.household;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.geography.AreaType;

/**
 * The household register read in chunks for bulk work (re-evaluation, the policy impact run): households of an area
 * by keyset ({@code id > afterId [and id <= upToId] order by id limit size}) with all their members read in one
 * more query for the whole chunk — two queries a chunk, never one per household. The views are the same as
 * {@link HouseholdManagement#get(long)} gives (members in their position order).
 *
 * <p>No caller check and no audit row per household: the bulk job's door checks the act and the area once, when the
 * job starts, and the job runs later without a signed-in user.
 */
@Service
public class HouseholdChunks {

    private static final String HOUSEHOLD_COLUMNS = "h.id, h.code, h.head_name, h.address, h.commune_code, h.district_code,"
            + " h.village, h.area, h.agricultural, h.official_poverty_status, h.official_status_since, h.version,"
            + " h.especially_difficult_area";

    private final JdbcTemplate jdbc;

    HouseholdChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One chunk: the households of {@code scope} after {@code afterId}, first {@code size} by id, with their members. */
    @Transactional(readOnly = true)
    public List<HouseholdView> chunk(Jurisdiction scope, long afterId, int size) {
        return chunk(scope, afterId, Long.MAX_VALUE, size);
    }

    /** The same, bounded above by {@code upToId} (inclusive): a chunk planned in advance stays the same chunk. */
    @Transactional(readOnly = true)
    public List<HouseholdView> chunk(Jurisdiction scope, long afterId, long upToId, int size) {
        List<Object[]> rows = jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select " + HOUSEHOLD_COLUMNS + " from household h where "
                    + where(scope) + " and h.id > ? and h.id <= ? order by h.id limit ?");
            int i = bindScope(ps, scope);
            ps.setLong(i++, afterId);
            ps.setLong(i++, upToId);
            ps.setInt(i, size);
            return ps;
        }, (rs, n) -> household(rs));
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new);
        Map<Long, List<MemberView>> members = membersOf(ids);
        List<HouseholdView> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new HouseholdView((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (AreaType) r[7], (Boolean) r[8], (PovertyStatus) r[9],
                    (LocalDate) r[10], (Long) r[11], members.getOrDefault((Long) r[0], List.of()), (Boolean) r[12]));
        }
        return out;
    }

    /**
     * The ids of {@code scope}'s households after {@code afterId}, the first {@code limit} in order (index only): a chunk
     * whose parts are then read side by side ({@link #chunk(Jurisdiction, long, long, int)} between two of them).
     */
    @Transactional(readOnly = true)
    public long[] idsAfter(Jurisdiction scope, long afterId, int limit) {
        List<Long> ids = jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select h.id from household h where " + where(scope)
                    + " and h.id > ? order by h.id limit ?");
            int i = bindScope(ps, scope);
            ps.setLong(i++, afterId);
            ps.setInt(i, limit);
            return ps;
        }, (rs, n) -> rs.getLong(1));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** How many households {@code scope} holds (a bulk job's total). */
    @Transactional(readOnly = true)
    public long count(Jurisdiction scope) {
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select count(*) from household h where " + where(scope));
            bindScope(ps, scope);
            return ps;
        }, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /**
     * Keyset boundaries that cut {@code scope} into chunks of {@code size} households: the last id of every chunk, in
     * order (chunk k holds the ids after boundary k-1 up to boundary k). One index-only pass over the ids.
     */
    @Transactional(readOnly = true)
    public List<Long> boundaries(Jurisdiction scope, int size) {
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select id from (select h.id, row_number() over (order by h.id) n,"
                    + " count(*) over () total from household h where " + where(scope) + ") x"
                    + " where n % ? = 0 or n = total order by id");
            int i = bindScope(ps, scope);
            ps.setInt(i, size);
            return ps;
        }, (rs, n) -> rs.getLong(1));
    }

    /** The area of each of these households (those that exist). */
    @Transactional(readOnly = true)
    public List<HouseholdArea> areasOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select id, commune_code, district_code from household"
                    + " where id = any(?) order by id");
            ps.setArray(1, con.createArrayOf("bigint", ids.toArray(Long[]::new)));
            return ps;
        }, (rs, n) -> new HouseholdArea(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    private static String where(Jurisdiction scope) {
        return switch (scope.level()) {
            case PROVINCE -> "true";
            case DISTRICT -> "h.district_code = ?";
            case COMMUNE -> "h.commune_code = ?";
        };
    }

    private static int bindScope(PreparedStatement ps, Jurisdiction scope) throws SQLException {
        if (scope.level() == Jurisdiction.Level.PROVINCE) {
            return 1;
        }
        ps.setString(1, scope.code());
        return 2;
    }

    private static Object[] household(ResultSet rs) throws SQLException {
        String status = rs.getString("official_poverty_status");
        return new Object[]{rs.getLong("id"), rs.getString("code"), rs.getString("head_name"), rs.getString("address"),
                rs.getString("commune_code"), rs.getString("district_code"), rs.getString("village"),
                AreaType.valueOf(rs.getString("area")), rs.getBoolean("agricultural"),
                status == null ? null : PovertyStatus.valueOf(status), rs.getObject("official_status_since", LocalDate.class),
                rs.getLong("version"), rs.getBoolean("especially_difficult_area")};
    }

    private Map<Long, List<MemberView>> membersOf(Long[] ids) {
        Map<Long, List<MemberView>> out = new HashMap<>(ids.length * 2);
        jdbc.query((Connection con) -> {
            PreparedStatement ps = con.prepareStatement("select * from household_member where household_id = any(?)"
                    + " order by household_id, position, id");
            Array array = con.createArrayOf("bigint", ids);
            ps.setArray(1, array);
            return ps;
        }, rs -> {
            out.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>()).add(member(rs));
        });
        return out;
    }

    private static MemberView member(ResultSet rs) throws SQLException {
        Integer injury = rs.getObject("injury_rate", Integer.class);
        String disability = rs.getString("disability");
        String orphan = rs.getString("orphan_case");
        return new MemberView(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), Relation.valueOf(rs.getString("relation")),
                rs.getString("cccd"), rs.getObject("deceased_on", LocalDate.class),
                new MemberView.Health(disability == null ? null : Disability.valueOf(disability),
                        rs.getBoolean("hiv_positive"), rs.getBoolean("pregnant")),
                new MemberView.Merit(MeritCategories.parse(rs.getString("merit_categories")), injury),
                new MemberView.Childhood(orphan == null ? null : OrphanCase.valueOf(orphan),
                        rs.getBoolean("received_child_allowance"), rs.getBoolean("studying")),
                new MemberView.Livelihood(rs.getBoolean("has_pension"), rs.getBoolean("has_monthly_social_insurance"),
                        rs.getBoolean("has_obliged_supporter"), rs.getBoolean("single_parent"),
                        rs.getBoolean("cared_for_by_household"), rs.getBoolean("social_pension_requested"),
                        rs.getBoolean("community_care_taken_in")));
    }
}
