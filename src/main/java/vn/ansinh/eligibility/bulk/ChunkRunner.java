package vn.ansinh.eligibility.bulk;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.FactsChunk;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.bulk.ChunkClock.Phase;

/**
 * One chunk of a bulk re-evaluation, in the transaction of the Flowable job that runs it: lock the chunk row (a
 * chunk already done is left as it is), read the chunk's facts ({@link EligibilityManagement#factsChunk}), evaluate
 * them together, flag the status changes against each household's previous decision, store one decision per
 * household (with version, reasons, input snapshot and the job's id) and the flags — by COPY when none of the chunk's
 * rows is there yet, else by batch inserts with {@code ON CONFLICT DO NOTHING} on the job's unique indexes (the
 * second guard) —, mark the chunk done. A crash anywhere rolls all of it back with the job's lock, and
 * Flowable runs the job again.
 */
@Component
public class ChunkRunner {

    private static final Logger log = LoggerFactory.getLogger(ChunkRunner.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final java.time.Duration RULES_WAIT = java.time.Duration.ofSeconds(90);

    /** One chunk's counts. */
    public record Outcome(boolean repeated, int households, int decisions, int skipped, int changed, int flags) {
    }

    private final EligibilityManagement eligibility;
    private final ReevaluationJobs jobs;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final BulkMetrics metrics;
    private final ObjectWriter factsWriter;
    private final ObjectWriter resultWriter;

    ChunkRunner(EligibilityManagement eligibility, ReevaluationJobs jobs, JdbcTemplate jdbc, JsonMapper json, BulkMetrics metrics) {
        this.eligibility = eligibility;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.json = json;
        this.metrics = metrics;
        this.factsWriter = json.writerFor(HouseholdFacts.class);
        this.resultWriter = json.writerFor(EvaluationResult.class);
    }

    @Transactional
    public Outcome run(UUID jobId, int seq, String node) {
        long start = System.nanoTime();
        ChunkClock clock = new ChunkClock();
        ReevaluationJobs.Chunk chunk = jobs.lockChunk(jobId, seq)
                .orElseThrow(() -> new IllegalStateException("no chunk " + seq + " of job " + jobId));
        if (chunk.doneAt() != null) {
            metrics.chunkRepeated();
            return new Outcome(true, 0, 0, 0, 0, 0);
        }
        commitWithoutWaitingForTheDisk();
        ReevaluationJobs.Job job = jobs.find(jobId).orElseThrow();
        if (job.rulesLabel() != null) {
            awaitRules(job.rulesLabel());
        }
        clock.lap(Phase.LOCK);
        FactsChunk read = eligibility.factsChunk(Scope.areaOf(job.scope()), chunk.afterId(), chunk.upToId(),
                Integer.MAX_VALUE, job.asOf());
        clock.lap(Phase.READ);
        List<FactsChunk.Entry> entries = new ArrayList<>(read.entries());
        List<EvaluationResult> results = evaluate(entries, job);
        clock.lap(Phase.EVALUATE);
        int skipped = read.unassessed().size() + (read.entries().size() - entries.size());

        List<Long> ids = entries.stream().map(FactsChunk.Entry::householdId).toList();
        Map<Long, Map<String, String>> before = previousOutcomes(ids, jobId);
        List<String> outcomeLines = new ArrayList<>(entries.size());
        List<Object[]> flagRows = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < entries.size(); i++) {
            FactsChunk.Entry e = entries.get(i);
            Map<String, String> after = Outcomes.of(results.get(i));
            Map<String, String> previous = before.get(e.householdId());
            List<Outcomes.Change> changes;
            if (previous != null) {
                changes = Outcomes.changes(previous, after);
            } else {
                // no earlier decision: whether the household is on the poor or near-poor list, against the register's
                String official = e.officialStatus() == null ? "NONE" : e.officialStatus();
                String status = after.get("poverty|");
                changes = status == null || onList(status).equals(onList(official)) ? List.of()
                        : List.of(new Outcomes.Change("poverty", "", official, status));
            }
            changed += addFlags(flagRows, jobId, e.householdId(), changes);
            outcomeLines.add(Outcomes.lines(after));
        }
        clock.lap(Phase.COMPARE);
        Stored stored = nothingStoredYet(jobId, chunk)
                ? copy(job, entries, results, outcomeLines, flagRows, clock)
                : insertGuarded(job, entries, results, outcomeLines, flagRows, clock);
        clock.lap(Phase.STORE);
        jobs.chunkDone(jobId, seq, read.households(), stored.decisions(), skipped, changed, stored.flags(), node,
                (System.nanoTime() - start) / 1_000_000);
        clock.lap(Phase.MARK);
        metrics.chunkDone(entries.size(), skipped, stored.decisions(), stored.flags(), System.nanoTime() - start);
        timeTheCommit(jobId, seq, read.households(), clock);
        return new Outcome(false, read.households(), stored.decisions(), skipped, changed, stored.flags());
    }

    private record Stored(int decisions, int flags) {
    }

    /**
     * The chunk's transaction commits without waiting for its WAL to reach the disk ({@code synchronous_commit = off},
     * for this transaction only — Flowable's job completion is in it too). Safe here: the chunk's decisions, flags,
     * done mark and the deletion of its Flowable job are one transaction, so a commit lost in a crash of the server
     * (at most the last ≈ 0,6 s of commits: three times {@code wal_writer_delay}) is lost whole — the job row is
     * back and Flowable runs the chunk again, as after any crash before the commit; never half a chunk. WAL is
     * replayed in order, so a transaction that was kept never follows one that was lost, and any synchronous commit
     * (every other transaction of the application) flushes all WAL before it. A crash of the application alone loses
     * nothing: the server has the commit. What it saves: the wait for the flush at each of a province's 600 commits.
     */
    private void commitWithoutWaitingForTheDisk() {
        jdbc.execute("set local synchronous_commit = off");
    }

    private static final String DECISION_COLUMNS = "household_id, as_of, evaluated_at, evaluated_by, rule_set_version,"
            + " rule_set_label, poverty_status, input_snapshot, result, bulk_job_id, outcomes";

    /**
     * Whether none of the chunk's households has a decision or a flag of this job yet: then its rows go in by COPY.
     * The chunk row is locked, and only this chunk's transaction writes the job's rows of these households, so
     * nothing can come in between; the unique indexes stay the last guard (a COPY that met one would fail the chunk,
     * and its retry would take the guarded path).
     */
    private boolean nothingStoredYet(UUID jobId, ReevaluationJobs.Chunk chunk) {
        return Boolean.FALSE.equals(jdbc.queryForObject("""
                select exists (select 1 from eligibility_decision where bulk_job_id = ? and household_id > ? and household_id <= ?)
                    or exists (select 1 from reevaluation_flag where job_id = ? and household_id > ? and household_id <= ?)""",
                Boolean.class, jobId, chunk.afterId(), chunk.upToId(), jobId, chunk.afterId(), chunk.upToId()));
    }

    /**
     * Decision rows sent to the server at a time by the streaming COPY: well under a large object for the collector
     * (half a region of G1, 512 kB at a 1 GB heap), and enough rows (≈ 50) a message for the COPY to run at full speed.
     */
    static final int COPY_FLUSH_BYTES = 256 * 1024;

    /**
     * The chunk's decisions and flags by COPY: two statements, the JSON written once, straight into the rows; the
     * decisions sent as they are written ({@link CopyRows#streaming}). The time spent sending counts as {@code store},
     * the rest of the loop as {@code serialise}.
     */
    private Stored copy(ReevaluationJobs.Job job, List<FactsChunk.Entry> entries, List<EvaluationResult> results,
                        List<String> outcomeLines, List<Object[]> flagRows, ChunkClock clock) {
        String asOf = job.asOf().toString();
        String now = Instant.now().toString();
        String jobId = job.id().toString();
        CopyRows flags = new CopyRows(Math.max(1, flagRows.size()) * 128);
        for (Object[] f : flagRows) {
            flags.text(jobId).number((Long) f[1]).text((String) f[2]).text((String) f[3]).text((String) f[4])
                    .text((String) f[5]).endRow();
        }
        return jdbc.execute((ConnectionCallback<Stored>) con -> {
            CopyRows decisions = CopyRows.streaming(con, "copy eligibility_decision (" + DECISION_COLUMNS + ") from stdin",
                    COPY_FLUSH_BYTES);
            long copied;
            try {
                for (int i = 0; i < entries.size(); i++) {
                    EvaluationResult r = results.get(i);
                    decisions.number(entries.get(i).householdId()).text(asOf).text(now).text(job.startedBy())
                            .text(r.ruleSet().version()).text(r.ruleSet().label())
                            .text(r.poverty().status() == null ? null : r.poverty().status().name())
                            .json(factsWriter, entries.get(i).facts()).json(resultWriter, r).text(jobId)
                            .text(outcomeLines.get(i)).endRow();
                }
                clock.lap(Phase.SERIALISE);
                copied = decisions.finish();
            } finally {
                decisions.cancel();
            }
            clock.move(Phase.SERIALISE, Phase.STORE, decisions.sendNanos());
            return new Stored((int) copied, (int) flags.copy(con, "copy reevaluation_flag (job_id, household_id,"
                    + " program, member_id, before_value, after_value) from stdin"));
        });
    }

    /**
     * A chunk some of whose rows are already there (run again after its done mark was lost): batch inserts that
     * skip what exists ({@code ON CONFLICT DO NOTHING} on the job's unique indexes).
     */
    private Stored insertGuarded(ReevaluationJobs.Job job, List<FactsChunk.Entry> entries, List<EvaluationResult> results,
                                 List<String> outcomeLines, List<Object[]> flagRows, ChunkClock clock) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> decisionRows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            FactsChunk.Entry e = entries.get(i);
            EvaluationResult r = results.get(i);
            decisionRows.add(new Object[]{e.householdId(), Date.valueOf(job.asOf()), now, job.startedBy(),
                    r.ruleSet().version(), r.ruleSet().label(), r.poverty().status() == null ? null : r.poverty().status().name(),
                    factsWriter.writeValueAsString(e.facts()), resultWriter.writeValueAsString(r), job.id(), outcomeLines.get(i)});
        }
        clock.lap(Phase.SERIALISE);
        int decisions = count(jdbc.batchUpdate("insert into eligibility_decision (" + DECISION_COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (bulk_job_id, household_id) where bulk_job_id is not null do nothing", decisionRows));
        int flags = flagRows.isEmpty() ? 0 : count(jdbc.batchUpdate("""
                insert into reevaluation_flag (job_id, household_id, program, member_id, before_value, after_value)
                values (?, ?, ?, ?, ?, ?) on conflict (job_id, household_id, program, member_id) do nothing""", flagRows));
        return new Stored(decisions, flags);
    }

    /**
     * The last two phases, taken from the transaction: the engine's own work after the step (ending the chunk's
     * process, flushing its rows) until the commit starts, and the commit itself; recorded and logged once committed.
     */
    private void timeTheCommit(UUID jobId, int seq, int households, ChunkClock clock) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                clock.lap(Phase.FLOWABLE);
            }

            @Override
            public void afterCommit() {
                clock.lap(Phase.COMMIT);
                metrics.phases(clock);
                if (log.isDebugEnabled()) {
                    log.debug("Bulk job {} chunk {}: {} households; ms by phase {}", jobId, seq, households, clock.millis());
                }
            }
        });
    }

    /**
     * A job started when a version came into force runs under it: a node that has not yet built that version (it
     * follows the version in force every few seconds) waits for it, and gives the chunk back to the engine's retries
     * when it does not come.
     */
    private void awaitRules(String label) {
        long deadline = System.nanoTime() + RULES_WAIT.toNanos();
        while (!label.equals(eligibility.ruleSet().label())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("this node runs rule set " + eligibility.ruleSet().label()
                        + ", the job needs " + label);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for rule set " + label, e);
            }
        }
    }

    /**
     * Households evaluated in one Drools session: the engine's benchmark found sessions of about a hundred best (the
     * rules join each household's fact with its members'; a session of thousands makes those joins and the collector's
     * work grow). Households do not meet in the rules, so the results are those of one session for the whole chunk.
     */
    static final int BATCH = 100;

    /**
     * The chunk evaluated in sessions of {@value #BATCH}; when one household's facts stop a session, each household of
     * that batch alone, leaving out (and logging) those that fail.
     */
    private List<EvaluationResult> evaluate(List<FactsChunk.Entry> entries, ReevaluationJobs.Job job) {
        List<EvaluationResult> results = new ArrayList<>(entries.size());
        List<FactsChunk.Entry> kept = new ArrayList<>(entries.size());
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<FactsChunk.Entry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            try {
                results.addAll(eligibility.evaluateAll(batch.stream().map(FactsChunk.Entry::facts).toList(), job.asOf()));
                kept.addAll(batch);
            } catch (RuntimeException together) {
                log.warn("Bulk job {}: a batch could not be evaluated together ({}); evaluating its households one by one",
                        job.id(), together.getMessage());
                for (FactsChunk.Entry e : batch) {
                    try {
                        HouseholdFacts facts = e.facts();
                        results.add(eligibility.evaluate(facts, job.asOf()));
                        kept.add(e);
                    } catch (RuntimeException alone) {
                        log.warn("Bulk job {}: household {} left out: {}", job.id(), e.householdId(), alone.getMessage());
                    }
                }
            }
        }
        if (kept.size() != entries.size()) {
            entries.retainAll(kept);
        }
        return results;
    }

    private static String onList(String status) {
        return status.equals("POOR") || status.equals("NEAR_POOR") ? status : "-";
    }

    private static int addFlags(List<Object[]> rows, UUID job, long household, List<Outcomes.Change> changes) {
        for (Outcomes.Change c : changes) {
            rows.add(new Object[]{job, household, c.program(), c.member(), cut(c.before()), cut(c.after())});
        }
        return changes.isEmpty() ? 0 : 1;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 120 ? s : s.substring(0, 120);
    }

    /** Each household's latest decision not made by this job, as outcomes (parsed from its result when it has none stored). */
    private Map<Long, Map<String, String>> previousOutcomes(List<Long> ids, UUID jobId) {
        Map<Long, Map<String, String>> out = new HashMap<>(ids.size() * 2);
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select distinct on (household_id) household_id, outcomes,
                           case when outcomes is null then result end as result
                    from eligibility_decision where household_id = any(?) and bulk_job_id is distinct from ?
                    order by household_id, evaluated_at desc, id desc""");
            Array array = con.createArrayOf("bigint", ids.toArray(Long[]::new));
            ps.setArray(1, array);
            ps.setObject(2, jobId);
            return ps;
        }, rs -> {
            String lines = rs.getString("outcomes");
            out.put(rs.getLong("household_id"), lines != null ? Outcomes.parse(lines)
                    : Outcomes.of(json.readValue(rs.getString("result"), MAP)));
        });
        return out;
    }

    private static int count(int[] updates) {
        int n = 0;
        for (int u : updates) {
            n += u == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(u, 0);
        }
        return n;
    }
}
