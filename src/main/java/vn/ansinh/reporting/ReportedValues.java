package vn.ansinh.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Append-only versions of reported figures and their confirmations. */
@Repository
class ReportedValues {

    private static final String SELECT = "select v.id, v.target_id, v.year, v.value, v.source, v.note, v.submitted_by,"
            + " v.submitted_at, c.confirmed_by, c.confirmed_at from plan_reported_value v"
            + " left join plan_reported_confirmation c on c.value_id = v.id ";

    private final JdbcTemplate jdbc;

    ReportedValues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long add(String targetId, int year, BigDecimal value, String source, String note, String by) {
        return jdbc.queryForObject("insert into plan_reported_value(target_id, year, value, source, note, submitted_by)"
                + " values (?, ?, ?, ?, ?, ?) returning id", Long.class, targetId, year, value, source, note, by);
    }

    void confirm(long id, String by) {
        jdbc.update("insert into plan_reported_confirmation(value_id, confirmed_by) values (?, ?)", id, by);
    }

    Optional<ReportedValue> find(long id) {
        return jdbc.query(SELECT + "where v.id = ?", ReportedValues::row, id).stream().findFirst();
    }

    /** The newest confirmed version for each target and year asked for. */
    List<ReportedValue> latestConfirmed(List<Integer> years) {
        return jdbc.query("select distinct on (v.target_id, v.year) * from (" + SELECT + ") v"
                + " where v.confirmed_by is not null and v.year = any(?) order by v.target_id, v.year, v.id desc",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("integer", years.toArray())), ReportedValues::row);
    }

    List<ReportedValue> history(String targetId) {
        return jdbc.query(SELECT + "where v.target_id = ? order by v.year desc, v.id desc", ReportedValues::row, targetId);
    }

    List<ReportedValue> recent(int limit) {
        return jdbc.query(SELECT + "order by v.id desc limit ?", ReportedValues::row, limit);
    }

    private static ReportedValue row(ResultSet rs, int n) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new ReportedValue(rs.getLong("id"), rs.getString("target_id"), rs.getInt("year"), rs.getBigDecimal("value"),
                rs.getString("source"), rs.getString("note"), rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("confirmed_by"),
                confirmed == null ? null : confirmed.toInstant());
    }
}
