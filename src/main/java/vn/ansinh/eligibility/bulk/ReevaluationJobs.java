package vn.ansinh.eligibility.bulk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of bulk re-evaluation jobs and their chunks (V101). A job's state is computed from its chunk rows. */
@Repository
public class ReevaluationJobs {

    /** A job as started, planned or not yet. */
    public record Job(UUID id, String scope, LocalDate asOf, String startedBy, String jurisdiction, Instant startedAt,
                      int chunkSize, Integer households, Integer chunks, Instant plannedAt, String rulesLabel) {
    }

    /** A planned chunk: households with {@code afterId < id <= upToId}. */
    public record Chunk(UUID jobId, int seq, long afterId, long upToId, int plannedHouseholds, Instant doneAt) {
    }

    /** Sums over a job's chunk rows. */
    public record Totals(int chunksDone, long households, long decisions, long unassessed, long changed, long flags,
                         int nodes, Instant lastDoneAt) {
    }

    private final JdbcTemplate jdbc;

    ReevaluationJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String scope, LocalDate asOf, String by, String jurisdiction, int chunkSize) {
        jdbc.update("insert into reevaluation_job (id, scope, as_of, started_by, jurisdiction, chunk_size) values (?, ?, ?, ?, ?, ?)",
                id, scope, Date.valueOf(asOf), by, jurisdiction, chunkSize);
    }

    /** The job runs only under the rule-set version of this label (one started when that version came into force). */
    public void requireRules(UUID id, String label) {
        jdbc.update("update reevaluation_job set rules_label = ? where id = ?", label, id);
    }

    public Optional<Job> find(UUID id) {
        return jdbc.query("select * from reevaluation_job where id = ?", this::job, id).stream().findFirst();
    }

    /** The job row locked for its planning (a planning run again after a crash finds it planned and stops). */
    public Optional<Job> lockForPlanning(UUID id) {
        return jdbc.query("select * from reevaluation_job where id = ? for update", this::job, id).stream().findFirst();
    }

    public List<Job> recent(int limit) {
        return jdbc.query("select * from reevaluation_job order by started_at desc limit ?", this::job, limit);
    }

    public void planned(UUID id, long households, int chunks) {
        jdbc.update("update reevaluation_job set households = ?, chunks = ?, planned_at = now() where id = ?",
                households, chunks, id);
    }

    /** Chunk rows: seq, afterId, upToId, planned households, process instance. */
    public void insertChunks(UUID job, List<Object[]> rows) {
        jdbc.batchUpdate("insert into reevaluation_chunk (job_id, seq, after_id, up_to_id, planned_households, process_instance_id)"
                + " values (?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[]{job, r[0], r[1], r[2], r[3], r[4]}).toList());
    }

    /** The chunk row locked for the transaction that runs it: a second run of the same chunk waits, then sees it done. */
    public Optional<Chunk> lockChunk(UUID job, int seq) {
        return jdbc.query("select * from reevaluation_chunk where job_id = ? and seq = ? for update",
                (rs, n) -> new Chunk(job, seq, rs.getLong("after_id"), rs.getLong("up_to_id"), rs.getInt("planned_households"),
                        instant(rs.getTimestamp("done_at"))), job, seq).stream().findFirst();
    }

    public void chunkDone(UUID job, int seq, int households, int decisions, int unassessed, int changed, int flags,
                          String node, long millis) {
        jdbc.update("update reevaluation_chunk set households = ?, decisions = ?, unassessed = ?, changed = ?, flags = ?,"
                        + " node = ?, millis = ?, done_at = now() where job_id = ? and seq = ?",
                households, decisions, unassessed, changed, flags, node, (int) Math.min(Integer.MAX_VALUE, millis), job, seq);
    }

    public Totals totals(UUID job) {
        return jdbc.queryForObject("""
                select count(done_at), coalesce(sum(households), 0), coalesce(sum(decisions), 0), coalesce(sum(unassessed), 0),
                       coalesce(sum(changed), 0), coalesce(sum(flags), 0), count(distinct node), max(done_at)
                from reevaluation_chunk where job_id = ?""", (rs, n) -> new Totals(rs.getInt(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getInt(7), instant(rs.getTimestamp(8))), job);
    }

    /** Chunks done by each node (lock owner), for the job's page and the two-node test. */
    public List<Object[]> chunksByNode(UUID job) {
        return jdbc.query("select node, count(*), sum(households) from reevaluation_chunk where job_id = ? and done_at is not null"
                + " group by node order by node", (rs, n) -> new Object[]{rs.getString(1), rs.getInt(2), rs.getLong(3)}, job);
    }

    /**
     * Whether one of the job's Flowable jobs has used up its retries (a dead letter): the job has FAILED. The job's
     * process instances carry its id as business key.
     */
    public boolean deadLettered(UUID job) {
        Integer n = jdbc.queryForObject("""
                select count(*) from act_ru_deadletter_job d join act_ru_execution e on e.id_ = d.process_instance_id_
                where e.business_key_ = ?""", Integer.class, job.toString());
        return n != null && n > 0;
    }

    private Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getString("scope"), rs.getObject("as_of", LocalDate.class),
                rs.getString("started_by"), rs.getString("jurisdiction"), instant(rs.getTimestamp("started_at")),
                rs.getInt("chunk_size"), (Integer) rs.getObject("households"), (Integer) rs.getObject("chunks"),
                instant(rs.getTimestamp("planned_at")), rs.getString("rules_label"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
