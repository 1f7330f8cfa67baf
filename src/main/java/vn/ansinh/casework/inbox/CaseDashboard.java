package vn.ansinh.casework.inbox;

import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.Program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview of the actor's area (a commune, a district, the province): open cases by step, overdue approvals,
 * postings ending this week. Counted in the database over the area's open cases (V118's scope-and-status indexes);
 * the two lists show their first {@link #SHOWN} cases by number with the total beside them, so a district or the
 * province with 100.000 open cases costs a few index scans, not a load of every case.
 */
@Component
public class CaseDashboard {

    /** At most this many cases in each list; the total says how many more there are. */
    public static final int SHOWN = 50;

    public record Summary(Map<CaseStatus, Long> openByStatus, List<Row> overdue, long overdueTotal,
                          List<Row> postingEndsThisWeek, long postingTotal) {

        public long overdueMore() {
            return overdueTotal - overdue.size();
        }

        public long postingMore() {
            return postingTotal - postingEndsThisWeek.size();
        }
    }

    public record Row(long id, long householdId, Program program, CaseStatus status, LocalDate due, String reference) {
    }

    private static final String[] OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(Enum::name).toArray(String[]::new);

    private final JdbcTemplate jdbc;
    private final CaseClock clock;

    CaseDashboard(JdbcTemplate jdbc, CaseClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Summary of(CaseActor actor) {
        List<Object> area = new ArrayList<>();
        String within = switch (actor.level()) {
            case PROVINCE -> "true";
            case DISTRICT -> {
                area.add(actor.code());
                yield "district_code = ?";
            }
            case COMMUNE -> {
                area.add(actor.code());
                yield "commune_code = ?";
            }
        };
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        jdbc.query("select status, count(*) from casework_case where " + within + " and status = any(?::text[])"
                + " group by status", rs -> {
                    byStatus.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, with(area, (Object) OPEN));
        String overdue = " from casework_case where " + within + " and overdue and status = any(?::text[])";
        List<Row> late = jdbc.query("select id, household_id, program, status, approval_due_on, reference" + overdue
                + " order by id limit " + SHOWN, (rs, n) -> row(rs), with(area, (Object) OPEN));
        long lateTotal = late.size() < SHOWN ? late.size()
                : jdbc.queryForObject("select count(*)" + overdue, Long.class, with(area, (Object) OPEN));
        LocalDate today = clock.today();
        LocalDate sunday = today.with(DayOfWeek.SUNDAY);
        String posting = " from casework_case where " + within + " and status = 'POSTING'"
                + " and posting_ends_on between ? and ?";
        List<Row> postings = jdbc.query("select id, household_id, program, status, posting_ends_on, reference" + posting
                + " order by id limit " + SHOWN, (rs, n) -> row(rs), with(area, today, sunday));
        long postingTotal = postings.size() < SHOWN ? postings.size()
                : jdbc.queryForObject("select count(*)" + posting, Long.class, with(area, today, sunday));
        return new Summary(byStatus, late, lateTotal, postings, postingTotal);
    }

    private static Object[] with(List<Object> area, Object... more) {
        List<Object> all = new ArrayList<>(area);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), Program.valueOf(rs.getString(3)), CaseStatus.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), rs.getString(6));
    }
}
