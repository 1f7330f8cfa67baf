package vn.ansinh.household.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import jobs and their rejected rows in PostgreSQL. Every write commits on its own (REQUIRES_NEW): progress and
 * rejections are visible while an all-or-nothing import still holds its one transaction open.
 */
@Repository
class ImportJobs {

    /** A RUNNING job whose node has not reported for this long is taken for dead (its node stopped). */
    static final Duration SILENCE = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void start(UUID id, ImportMode mode, ExistingHouseholds existing, String fileName, String username,
               String jurisdiction, String node, int totalRows) {
        own.executeWithoutResult(s -> jdbc.update("insert into household_import_job(id, status, mode, existing, file_name,"
                        + " username, jurisdiction, node, total_rows) values (?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?)",
                id, mode.name(), existing.name(), fileName, username, jurisdiction, node, totalRows));
    }

    void progress(UUID id, ImportCounts counts, List<Rejection> rejections) {
        own.executeWithoutResult(s -> {
            jdbc.batchUpdate("insert into household_import_rejection(job_id, line, column_name, reason) values (?, ?, ?, ?)",
                    rejections, 500, (ps, r) -> {
                        ps.setObject(1, id);
                        ps.setInt(2, r.line());
                        ps.setString(3, r.column());
                        ps.setString(4, r.reason().length() > 500 ? r.reason().substring(0, 500) : r.reason());
                    });
            jdbc.update("update household_import_job set processed_rows = ?, imported_rows = ?, households_created = ?,"
                            + " households_updated = ?, households_skipped = ?, rejected_rows = ?, heartbeat_at = now()"
                            + " where id = ?", counts.processedRows, counts.importedRows, counts.created, counts.updated,
                    counts.skipped, counts.rejectedRows, id);
        });
    }

    void finish(UUID id, ImportCounts counts, Consumer<Void> alsoInTheSameTransaction) {
        own.executeWithoutResult(s -> {
            jdbc.update("update household_import_job set status = 'DONE', processed_rows = ?, imported_rows = ?,"
                            + " households_created = ?, households_updated = ?, households_skipped = ?, rejected_rows = ?,"
                            + " heartbeat_at = now(), finished_at = now() where id = ?", counts.processedRows,
                    counts.importedRows, counts.created, counts.updated, counts.skipped, counts.rejectedRows, id);
            alsoInTheSameTransaction.accept(null);
        });
    }

    void fail(UUID id, String why) {
        own.executeWithoutResult(s -> jdbc.update("update household_import_job set status = 'FAILED', failure = ?,"
                + " finished_at = now() where id = ? and status = 'RUNNING'", why.length() > 500 ? why.substring(0, 500) : why, id));
    }

    /** Marks FAILED the RUNNING jobs whose node has stopped reporting; how many. */
    int failSilent() {
        return own.execute(s -> jdbc.update("update household_import_job set status = 'FAILED', finished_at = now(),"
                + " failure = 'node stopped' where status = 'RUNNING' and heartbeat_at < ?",
                Timestamp.from(Instant.now().minus(SILENCE))));
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.query("select * from household_import_job where id = ?", ImportJobs::job, id).stream().findFirst();
    }

    List<Rejection> rejections(UUID id, int limit) {
        return jdbc.query("select line, column_name, reason from household_import_rejection where job_id = ?"
                + " order by line, column_name nulls first limit ?", (rs, n) -> new Rejection(rs.getInt(1), rs.getString(2),
                rs.getString(3)), id, limit);
    }

    void eachRejection(UUID id, Consumer<Rejection> each) {
        jdbc.query("select line, column_name, reason from household_import_rejection where job_id = ?"
                        + " order by line, column_name nulls first",
                rs -> { each.accept(new Rejection(rs.getInt(1), rs.getString(2), rs.getString(3))); }, id);
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("status"), ImportMode.valueOf(rs.getString("mode")),
                ExistingHouseholds.valueOf(rs.getString("existing")), rs.getString("file_name"), rs.getString("username"),
                rs.getString("jurisdiction"), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("imported_rows"), rs.getInt("households_created"), rs.getInt("households_updated"),
                rs.getInt("households_skipped"), rs.getInt("rejected_rows"), rs.getString("failure"),
                instant(rs, "started_at"), instant(rs, "heartbeat_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
