package vn.ansinh.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.eligibility.ReevaluationStatus;
import vn.ansinh.eligibility.Reevaluations;
import vn.ansinh.eligibility.bulk.BulkMetrics;
import vn.ansinh.geography.Geography;

/**
 * The whole-province re-evaluation (README, Bulk re-evaluation): starts the application (a free port), loads the
 * province-scale register with {@link BulkLoad} when it holds fewer than {@code -Dhouseholds} households (default
 * 600.000; a standing server loaded by {@link ProvinceData} is used as it is), starts a {@code PROVINCE} job through
 * the door as an administrator and follows it to the end: time, households/s, decisions, flags, chunks by node,
 * the heap sampled every half second, load average before and after.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx1g mvn -q -Pbench test-compile exec:java -Dbench=ReevaluationBenchmark -Dhouseholds=300000 [-Dchunk=1000 -DasOf=2025-01-01]
 * </pre>
 *
 * Kill -9 proof: {@code -Dmode=start} starts the job, prints its id and returns without waiting (run it with
 * {@code ANSINH_NODE_NAME=bench} and kill the JVM mid-run); {@code -Dmode=resume -Djob=<id>} starts the
 * application again (same node name: Flowable unlocks the node's jobs at start) and waits for the job, then
 * checks one decision per household of the job (none missing, none twice).
 */
public final class ReevaluationBenchmark {

    private ReevaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 600_000);
        String mode = System.getProperty("mode", "run");
        Integer chunk = Integer.getInteger("chunk");
        String asOf = System.getProperty("asOf", "2025-01-01");
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            System.setProperty("ansinh.embedded-postgres.data-dir", System.getProperty("ansinh.embedded-postgres.data-dir", ""));
        }
        System.setProperty("server.port", System.getProperty("server.port", "0"));
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.vn.ansinh.eligibility.bulk", "INFO");
        System.setProperty("logging.level.vn.ansinh.casework.process", "INFO");
        System.setProperty("ansinh.demo-data", System.getProperty("ansinh.demo-data", "false"));
        String loadBefore = load();
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AppUserPrincipal admin = new AppUserPrincipal("bench.reevaluation", "x", "bench.reevaluation", Role.ADMIN,
                    Jurisdiction.province(), true);
            SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(admin, null, List.of())));
            Reevaluations reevaluations = app.getBean(Reevaluations.class);
            UUID job;
            if (mode.equals("resume")) {
                job = UUID.fromString(System.getProperty("job"));
            } else {
                long existing = jdbc.queryForObject("select count(*) from household", Long.class);
                if (existing < households) {
                    Geography geography = app.getBean(Geography.class);
                    long l0 = System.nanoTime();
                    new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(geography.allCommunes(),
                            (int) (households - existing), Long.getLong("seed", 1), true);
                    jdbc.execute("vacuum analyze");
                    System.out.printf("loaded %d households, %d members, %d surveys in %.1f s (load %s)%n",
                            count(jdbc, "household"), count(jdbc, "household_member"), count(jdbc, "assessment"),
                            (System.nanoTime() - l0) / 1e9, load());
                }
                System.gc();
                loadBefore = load();
                job = reevaluations.start("PROVINCE", asOf, chunk).jobId();
                System.out.println("job " + job + " started");
                if (mode.equals("start")) {
                    // the kill -9 proof: the caller kills this JVM while the chunks run
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
            long t0 = System.nanoTime();
            JobFollower<ReevaluationStatus> follower = new JobFollower<>();
            ReevaluationStatus status = follower.follow(t0, () -> reevaluations.status(job), s -> "RUNNING".equals(s.status()),
                    s -> String.format("%d %% — %d households, %d decisions, %d/%s chunks; heap %d MB", s.progress(),
                            s.households(), s.decisions(), s.chunksDone(), s.chunks(),
                            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
            long peak = follower.peak();
            double seconds = status.finishedAt() == null ? (System.nanoTime() - t0) / 1e9
                    : (status.finishedAt().toEpochMilli() - status.startedAt().toEpochMilli()) / 1e3;
            System.out.printf("re-evaluation %s of PROVINCE as of %s: %s — %d households, %d decisions, %d skipped,"
                            + " %d changed (%d flags), %d chunks, in %.1f s from the start (%.0f households/s)%n",
                    job, asOf, status.status(), status.households(), status.decisions(), status.skipped(),
                    status.changed(), status.flags(), status.chunksDone(), seconds, status.households() / seconds);
            System.out.println("chunks by node: " + status.nodes());
            List<Long> perHousehold = jdbc.queryForList("select count(*) from eligibility_decision where bulk_job_id = ?"
                    + " group by household_id having count(*) > 1", Long.class, job);
            long missing = jdbc.queryForObject("""
                    select count(*) from household h where exists (select 1 from assessment a where a.household_id = h.id)
                    and not exists (select 1 from eligibility_decision d where d.bulk_job_id = ? and d.household_id = h.id)""",
                    Long.class, job);
            System.out.printf("check: %d households decided twice, %d assessed households without a decision%n",
                    perHousehold.size(), missing);
            System.out.printf("chunk time: %s%n", jdbc.queryForMap("select min(millis) min_ms, percentile_cont(0.5) within group"
                    + " (order by millis) p50_ms, max(millis) max_ms, avg(households) households from reevaluation_chunk where job_id = ?", job));
            printPhases(app.getBean(MeterRegistry.class), seconds);
            System.out.printf("heap: peak sampled %d MB of max %d MB; load average before %s, after %s; %d cores%n",
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20, loadBefore, load(),
                    Runtime.getRuntime().availableProcessors());
        }
        System.exit(0);
    }

    /**
     * Where the chunks' time went on this node ({@code ansinh.bulk.chunk.phase}): seconds summed over the chunks (they
     * run side by side on the executor's threads, so the sum exceeds the wall time), share, mean per chunk.
     */
    private static void printPhases(MeterRegistry meters, double wallSeconds) {
        double total = meters.find(BulkMetrics.CHUNK_PHASE).timers().stream()
                .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
        System.out.printf("chunk time by phase on this node (summed over chunks: %.1f s, %.1f × the wall time):%n",
                total, total / wallSeconds);
        for (ChunkPhase phase : ChunkPhase.values()) {
            Timer t = meters.find(BulkMetrics.CHUNK_PHASE).tag("phase", phase.tag).timer();
            if (t != null && t.count() > 0) {
                System.out.printf("  %-10s %8.1f s %5.1f %% %8.1f ms a chunk%n", phase.tag, t.totalTime(TimeUnit.SECONDS),
                        100 * t.totalTime(TimeUnit.SECONDS) / total, t.mean(TimeUnit.MILLISECONDS));
            }
        }
    }

    /** The phases' tags in their order (BulkMetrics.CHUNK_PHASE). */
    private enum ChunkPhase {
        LOCK, READ, EVALUATE, COMPARE, SERIALISE, STORE, MARK, FLOWABLE, COMMIT;

        final String tag = name().toLowerCase(java.util.Locale.ROOT);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
