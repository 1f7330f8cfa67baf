package vn.ansinh.payment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.List;

/** Planned vs paid vs failed per commune and month; planned = paid + failed + pending, cancelled lines apart. */
@Component
public class Reconciliation {

    public record Row(YearMonth month, String communeCode, long plannedCount, long plannedAmount, long paidCount,
                      long paidAmount, long failedCount, long failedAmount, long pendingCount, long pendingAmount) {

        Row plus(Row o) {
            return new Row(null, null, plannedCount + o.plannedCount, plannedAmount + o.plannedAmount,
                    paidCount + o.paidCount, paidAmount + o.paidAmount, failedCount + o.failedCount,
                    failedAmount + o.failedAmount, pendingCount + o.pendingCount, pendingAmount + o.pendingAmount);
        }
    }

    public record Table(List<Row> rows, Row total) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    Reconciliation(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** communeCode null = every commune of the district; month null = every month. */
    public Table of(String districtCode, YearMonth month, String communeCode) {
        var p = new MapSqlParameterSource("district", districtCode)
                .addValue("month", month == null ? null : month.atDay(1))
                .addValue("commune", communeCode);
        List<Row> rows = jdbc.query("""
                SELECT c.month, l.commune_code,
                       count(*) FILTER (WHERE l.status <> 'CANCELLED') AS planned_n,
                       coalesce(sum(l.amount) FILTER (WHERE l.status <> 'CANCELLED'), 0) AS planned_a,
                       count(*) FILTER (WHERE l.status = 'PAID') AS paid_n,
                       coalesce(sum(l.amount) FILTER (WHERE l.status = 'PAID'), 0) AS paid_a,
                       count(*) FILTER (WHERE l.status IN ('FAILED', 'RETURNED')) AS failed_n,
                       coalesce(sum(l.amount) FILTER (WHERE l.status IN ('FAILED', 'RETURNED')), 0) AS failed_a,
                       count(*) FILTER (WHERE l.status = 'PLANNED') AS pending_n,
                       coalesce(sum(l.amount) FILTER (WHERE l.status = 'PLANNED'), 0) AS pending_a
                  FROM payment_line l JOIN payment_cycle c ON c.id = l.cycle_id
                 WHERE c.district_code = :district
                   AND (CAST(:month AS date) IS NULL OR c.month = CAST(:month AS date))
                   AND (CAST(:commune AS varchar) IS NULL OR l.commune_code = CAST(:commune AS varchar))
                 GROUP BY c.month, l.commune_code
                 ORDER BY c.month DESC, l.commune_code""", p,
                (rs, i) -> new Row(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10)));
        Row total = rows.stream().reduce(new Row(null, null, 0, 0, 0, 0, 0, 0, 0, 0), Row::plus);
        return new Table(rows, total);
    }
}
