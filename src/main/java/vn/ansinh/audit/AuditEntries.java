package vn.ansinh.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/** Reads the audit table newest first, by keyset on id, with the viewer's filters in the query (V40's indexes). */
@Component
class AuditEntries {

    private final JdbcTemplate jdbc;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> page(AuditQuery query, int size) {
        List<Object> args = new ArrayList<>();
        String sql = select(query, args) + " limit ?";
        args.add(size);
        return jdbc.query(sql, AuditEntries::entry, args.toArray());
    }

    /** Streams up to {@code max} matching entries, newest first, without holding them all in memory. */
    void each(AuditQuery query, int max, Consumer<AuditEntry> sink) {
        List<Object> args = new ArrayList<>();
        String sql = select(query, args) + " limit ?";
        args.add(max);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, (RowCallbackHandler) rs -> sink.accept(entry(rs, 0)));
    }

    private static String select(AuditQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, username, role, jurisdiction, remote_addr, action,"
                + " subject_type, subject_id, detail, refusal from audit_entry where true");
        if (q.user() != null) {
            sql.append(" and username = ?");
            args.add(q.user());
        }
        if (q.recordType() != null) {
            sql.append(" and lower(subject_type) = lower(?)");
            args.add(q.recordType());
        }
        if (q.record() != null) {
            sql.append(" and subject_id = ?");
            args.add(q.record());
        }
        if (q.action() != null) {
            sql.append(" and action = ?");
            args.add(q.action());
        }
        if (q.refusalsOnly()) {
            sql.append(" and refusal");
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(q.from().atStartOfDay(Formats.PROVINCE).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(Formats.PROVINCE).toInstant()));
        }
        if (q.before() != null) {
            sql.append(" and id < ?");
            args.add(q.before());
        }
        return sql.append(" order by id desc").toString();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                rs.getString("role"), rs.getString("jurisdiction"), rs.getString("remote_addr"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"), rs.getBoolean("refusal"));
    }
}
