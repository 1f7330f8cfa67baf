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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.FactsChunk;
import vn.ansinh.eligibility.HouseholdFacts;

/**
 * One chunk of a bulk re-evaluation, in the transaction of the Flowable job that runs it: lock the chunk row (a
 * chunk already done is left as it is), read the chunk's facts ({@link EligibilityManagement#factsChunk}), evaluate
 * them together, batch-insert one decision per household (with version, reasons, input snapshot and the job's id;
 * {@code ON CONFLICT DO NOTHING} on the job's unique index as the second guard), flag the status changes against each
 * household's previous decision, mark the chunk done. A crash anywhere rolls all of it back with the job's lock, and
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

    ChunkRunner(EligibilityManagement eligibility, ReevaluationJobs jobs, JdbcTemplate jdbc, JsonMapper json, BulkMetrics metrics) {
        this.eligibility = eligibility;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.json = json;
        this.metrics = metrics;
    }

    @Transactional
    public Outcome run(UUID jobId, int seq, String node) {
        long start = System.nanoTime();
        ReevaluationJobs.Chunk chunk = jobs.lockChunk(jobId, seq)
                .orElseThrow(() -> new IllegalStateException("no chunk " + seq + " of job " + jobId));
        if (chunk.doneAt() != null) {
            metrics.chunkRepeated();
            return new Outcome(true, 0, 0, 0, 0, 0);
        }
        ReevaluationJobs.Job job = jobs.find(jobId).orElseThrow();
        if (job.rulesLabel() != null) {
            awaitRules(job.rulesLabel());
        }
        FactsChunk read = eligibility.factsChunk(Scope.areaOf(job.scope()), chunk.afterId(), chunk.upToId(),
                Integer.MAX_VALUE, job.asOf());
        long read0 = System.nanoTime();
        List<FactsChunk.Entry> entries = new ArrayList<>(read.entries());
        List<EvaluationResult> results = evaluate(entries, job);
        long evaluated = System.nanoTime();
        int skipped = read.unassessed().size() + (read.entries().size() - entries.size());

        List<Long> ids = entries.stream().map(FactsChunk.Entry::householdId).toList();
        Map<Long, Map<String, String>> before = previousOutcomes(ids, jobId);
        Instant now = Instant.now();
        List<Object[]> decisionRows = new ArrayList<>(entries.size());
        List<Object[]> flagRows = new ArrayList<>();
        int changed = 0;
        for (int i = 0; i < entries.size(); i++) {
            FactsChunk.Entry e = entries.get(i);
            EvaluationResult r = results.get(i);
            Map<String, String> after = Outcomes.of(r);
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
            decisionRows.add(new Object[]{e.householdId(), Date.valueOf(job.asOf()), Timestamp.from(now), job.startedBy(),
                    r.ruleSet().version(), r.ruleSet().label(), r.poverty().status() == null ? null : r.poverty().status().name(),
                    json.writeValueAsString(e.facts()), json.writeValueAsString(r), jobId, Outcomes.lines(after)});
        }
        long built = System.nanoTime();
        int[] inserted = jdbc.batchUpdate("""
                insert into eligibility_decision (household_id, as_of, evaluated_at, evaluated_by, rule_set_version,
                    rule_set_label, poverty_status, input_snapshot, result, bulk_job_id, outcomes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (bulk_job_id, household_id) where bulk_job_id is not null do nothing""", decisionRows);
        int decisions = count(inserted);
        int flags = flagRows.isEmpty() ? 0 : count(jdbc.batchUpdate("""
                insert into reevaluation_flag (job_id, household_id, program, member_id, before_value, after_value)
                values (?, ?, ?, ?, ?, ?) on conflict (job_id, household_id, program, member_id) do nothing""", flagRows));
        long nanos = System.nanoTime() - start;
        if (log.isDebugEnabled()) {
            log.debug("Bulk job {} chunk {}: {} households; read {} ms, evaluate {} ms, compare and serialise {} ms,"
                    + " insert {} ms", jobId, seq, read.households(), (read0 - start) / 1_000_000,
                    (evaluated - read0) / 1_000_000, (built - evaluated) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
        }
        jobs.chunkDone(jobId, seq, read.households(), decisions, skipped, changed, flags, node, nanos / 1_000_000);
        metrics.chunkDone(entries.size(), skipped, decisions, flags, nanos);
        return new Outcome(false, read.households(), decisions, skipped, changed, flags);
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
