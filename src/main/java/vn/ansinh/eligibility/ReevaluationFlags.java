package vn.ansinh.eligibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdArea;
import vn.ansinh.household.HouseholdChunks;

/**
 * The door to the status changes bulk re-evaluation flagged ({@code reevaluation_flag}) for review cases. A flag is
 * never dropped silently: it stays pending until a case takes it up ({@link #takeUp}) or someone dismisses it with a
 * reason ({@link #dismiss}, audited as {@link ReevaluationFlagDismissed}). The caller (casework) checks the act and
 * the area; this door only reads and marks.
 */
@Service
public class ReevaluationFlags {

    /** The program name a flag of the household's poverty status carries. */
    public static final String POVERTY = "poverty";

    /** A flag still waiting for a case or a dismissal. */
    public record PendingFlag(long id, long householdId, String communeCode, String districtCode, String program,
                              String memberId, String before, String after, Instant flaggedAt) implements java.io.Serializable {
    }

    private static final String PENDING = "review_case_id is null and dismissed_at is null";

    private final JdbcTemplate jdbc;
    private final HouseholdChunks households;
    private final ApplicationEventPublisher events;

    ReevaluationFlags(JdbcTemplate jdbc, HouseholdChunks households, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.households = households;
        this.events = events;
    }

    /** The households with a pending flag of their poverty status (whichever job found it), by id. */
    @Transactional(readOnly = true)
    public List<Long> householdsWithPendingPovertyFlags() {
        return jdbc.queryForList("select distinct household_id from reevaluation_flag where program = ? and " + PENDING
                + " order by household_id", Long.class, POVERTY);
    }

    /** Marks the pending poverty flags of each household as taken up by its case ({@code household → case}). */
    @Transactional
    public int takeUpPoverty(Map<Long, Long> caseOfHousehold) {
        if (caseOfHousehold.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>(caseOfHousehold.size());
        caseOfHousehold.forEach((household, caseId) -> rows.add(new Object[]{caseId, household, POVERTY}));
        int n = 0;
        for (int u : jdbc.batchUpdate("update reevaluation_flag set review_case_id = ? where household_id = ? and program = ? and "
                + PENDING, rows)) {
            n += Math.max(u, 0);
        }
        return n;
    }

    /** A page of pending flags and where the next one starts (null on the last page). */
    public record PendingPage(List<PendingFlag> flags, Cursor next) {
    }

    /** The last flag of a page, by household and flag number; written {@code <householdId>_<id>}. */
    public record Cursor(long householdId, long id) implements java.io.Serializable {

        public String text() {
            return householdId + "_" + id;
        }

        /** The cursor a page link carries; empty when the text is not one. */
        public static Optional<Cursor> parse(String text) {
            if (text == null || !text.strip().matches("\\d{1,18}_\\d{1,18}")) {
                return Optional.empty();
            }
            String[] parts = text.strip().split("_");
            return Optional.of(new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        }
    }

    /**
     * The pending flags of households within {@code area}, by household then flag, a page of {@code size} after the
     * cursor (null: the first page). The area is the household's, filtered in the query through its commune and
     * district indexes: a commune's page reads its own households' flags, not the province's.
     */
    @Transactional(readOnly = true)
    public PendingPage pendingWithin(Jurisdiction area, Cursor after, int size) {
        StringBuilder sql = new StringBuilder("select f.id, f.household_id, f.program, f.member_id, f.before_value,"
                + " f.after_value, f.created_at, h.commune_code, h.district_code from reevaluation_flag f"
                + " join household h on h.id = f.household_id where f.review_case_id is null and f.dismissed_at is null");
        List<Object> args = new ArrayList<>();
        switch (area.level()) {
            case COMMUNE -> {
                sql.append(" and h.commune_code = ?");
                args.add(area.code());
            }
            case DISTRICT -> {
                sql.append(" and h.district_code = ?");
                args.add(area.code());
            }
            case PROVINCE -> { }
        }
        if (after != null) {
            sql.append(" and (f.household_id, f.id) > (?, ?)");
            args.add(after.householdId());
            args.add(after.id());
        }
        sql.append(" order by f.household_id, f.id limit ?");
        args.add(size + 1);
        List<PendingFlag> found = jdbc.query(sql.toString(), (rs, n) -> new PendingFlag(rs.getLong(1), rs.getLong(2),
                rs.getString(8), rs.getString(9), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant()), args.toArray());
        if (found.size() <= size) {
            return new PendingPage(found, null);
        }
        List<PendingFlag> page = found.subList(0, size);
        PendingFlag last = page.get(size - 1);
        return new PendingPage(List.copyOf(page), new Cursor(last.householdId(), last.id()));
    }

    /** A pending flag, with its household's area (empty when it is no longer pending or does not exist). */
    @Transactional(readOnly = true)
    public Optional<PendingFlag> pending(long flagId) {
        return jdbc.query("select id, household_id, program, member_id, before_value, after_value, created_at"
                        + " from reevaluation_flag where id = ? and " + PENDING,
                (rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()}, flagId).stream().findFirst()
                .flatMap(r -> households.areasOf(List.of((Long) r[1])).stream().findFirst()
                        .map(a -> new PendingFlag((Long) r[0], (Long) r[1], a.communeCode(), a.districtCode(), (String) r[2],
                                (String) r[3], (String) r[4], (String) r[5], (Instant) r[6])));
    }

    /**
     * The flag is taken up by this case, together with the other pending flags of the same household, program and
     * member (other jobs found the same change). Returns the flags marked.
     */
    @Transactional
    public int takeUp(PendingFlag flag, long caseId) {
        return jdbc.update("update reevaluation_flag set review_case_id = ? where household_id = ? and program = ?"
                + " and member_id = ? and " + PENDING, caseId, flag.householdId(), flag.program(), flag.memberId());
    }

    /** Dismissed with a reason: it stays, marked, and the dismissal is audited. */
    @Transactional
    public void dismiss(PendingFlag flag, String reason, String by) {
        int n = jdbc.update("update reevaluation_flag set dismissed_by = ?, dismissed_at = now(), dismiss_reason = ?"
                + " where id = ? and " + PENDING, by, reason, flag.id());
        if (n == 1) {
            events.publishEvent(new ReevaluationFlagDismissed(flag.id(), flag.householdId(), flag.program(), reason));
        }
    }
}
