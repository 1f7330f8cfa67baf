package vn.ansinh.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseSnapshot;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.VillageMeeting;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.common.access.Jurisdiction;

/**
 * Case task completions per second on PostgreSQL with 2 client threads, through the real door
 * ({@link CaseWorkflow}): each case is opened, assessed (the evaluation runs the real rules), agreed at the
 * village meeting and, once the posting timers have fired, approved by the district. Counted: the three
 * user-task completions per case (assessment, meeting, approval); opening is timed but not counted.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=CaseWorkflowBenchmark [-Dcases=400]}.
 */
public final class CaseWorkflowBenchmark {

    private static final int THREADS = 2;
    private static final String COMMUNE = "12466";
    private static final CaseActor OFFICER = new CaseActor("bench.xa", ApprovalLevel.COMMUNE, COMMUNE);
    private static final CaseActor APPROVER = new CaseActor("bench.huyen", ApprovalLevel.DISTRICT, "336");

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("cases", 400);
        System.setProperty("ansinh.embedded-postgres.data-dir", "");
        System.setProperty("logging.level.root", "WARN");
        // the demo province's history would leave open cases on the commune's households (one open case a household)
        System.setProperty("ansinh.demo-history", "false");
        // -Dstatements=true: the statements each completion runs (pg_stat_statements), over the measured rounds
        boolean statements = Boolean.getBoolean("statements");
        if (statements) {
            System.setProperty("ansinh.embedded-postgres.preload-libraries", "pg_stat_statements");
        }
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            engine.getProcessEngineConfiguration().getClock().setCurrentTime(
                    Date.from(LocalDateTime.of(2024, 3, 6, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
            CaseWorkflow workflow = app.getBean(CaseWorkflow.class);
            List<Long> households = app.getBean(JdbcTemplate.class)
                    .queryForList("select id from household where commune_code = ? order by id", Long.class, COMMUNE);
            List<CaseSnapshot> snapshots = snapshots(app, households);

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // a household has one open case at a time: the cases go through in rounds of one case a household
            int round = households.size();
            run("warm-up", Math.min(40, round), households, snapshots, workflow, engine, jdbc);
            if (statements) {
                jdbc.execute("create extension if not exists pg_stat_statements");
                jdbc.execute("select pg_stat_statements_reset()");
            }
            double completions = 0;
            double seconds = 0;
            for (int left = cases; left > 0; left -= round) {
                double[] r = run("measured", Math.min(left, round), households, snapshots, workflow, engine, jdbc);
                completions += r[0];
                seconds += r[1];
            }
            System.out.printf("measured in all: %.0f task completions in %.2f s = %.0f completions/s (%d threads)%n",
                    completions, seconds, completions / seconds, THREADS);
            if (statements) {
                printStatements(jdbc, cases);
            }
        }
        System.exit(0);
    }

    /** One round; its task completions and the seconds they took. */
    private static double[] run(String label, int cases, List<Long> households, List<CaseSnapshot> snapshots,
                            CaseWorkflow workflow, ProcessEngine engine, JdbcTemplate jdbc) throws Exception {
        List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        parallel(cases, i -> {
            int h = (int) (i % households.size());
            long id = workflow.open(new OpenCase(households.get(h), null, Program.POVERTY_RECOGNITION, CaseKind.AD_HOC,
                    COMMUNE, "336"), OFFICER);
            ids.add(id);
        });
        long t1 = System.nanoTime();
        long commits0 = commits(jdbc);
        List<Long> opened = new ArrayList<>(ids);
        parallel(opened.size(), i -> workflow.submitAssessment(opened.get((int) i), null, OFFICER,
                snapshots.get((int) (i % snapshots.size())), null));
        long tm = System.nanoTime();
        parallel(opened.size(), i -> workflow.recordMeeting(opened.get((int) i), null, OFFICER,
                new VillageMeeting(LocalDate.of(2024, 3, 6), 3, 2), null));
        long t2 = System.nanoTime();
        long commits1 = commits(jdbc);
        fireAllPostingTimers(engine, opened.size());
        long t3 = System.nanoTime();
        long commits2 = commits(jdbc);
        parallel(opened.size(), i -> workflow.approve(opened.get((int) i), null, APPROVER, null));
        long t4 = System.nanoTime();
        long commits3 = commits(jdbc);
        double completionSeconds = ((t2 - t1) + (t4 - t3)) / 1e9;
        long completions = 3L * opened.size();
        System.out.printf("%s: %d cases, %d task completions in %.2f s = %.0f completions/s "
                        + "(open %.0f/s, assess %.0f/s, meeting %.0f/s, approve %.0f/s; timers %.2f s)%n",
                label, opened.size(), completions, completionSeconds, completions / completionSeconds,
                opened.size() / ((t1 - t0) / 1e9), opened.size() / ((tm - t1) / 1e9), opened.size() / ((t2 - tm) / 1e9),
                opened.size() / ((t4 - t3) / 1e9), (t3 - t2) / 1e9);
        System.out.printf("%s: %.1f database commits per task completion%n",
                label, ((commits1 - commits0) + (commits3 - commits2)) / (double) completions);
        return new double[]{completions, completionSeconds};
    }

    /**
     * Statements a case ran over its three completions, opening and timers (all measured rounds, every connection:
     * the job executor's polling too), most frequent first, with their share of the database's execution time.
     */
    private static void printStatements(JdbcTemplate jdbc, int cases) {
        double total = jdbc.queryForObject("select sum(total_exec_time) from pg_stat_statements", Double.class);
        long calls = jdbc.queryForObject("select sum(calls) from pg_stat_statements", Long.class);
        System.out.printf("statements: %.1f a case (%.2f ms execution a case)%n", calls / (double) cases, total / cases);
        jdbc.query("""
                select coalesce(substring(lower(query) from '(?:from|into|update)\\s+(act_[a-z_]+|[a-z_]+)'), left(query, 20)) t,
                       sum(calls) c, sum(total_exec_time) ms
                from pg_stat_statements group by 1 order by 2 desc limit 40""", rs -> {
                    System.out.printf("  table %-32s %6.2f/case %5.1f%%%n", rs.getString(1), rs.getLong(2) / (double) cases,
                            100 * rs.getDouble(3) / total);
                });
        jdbc.query("select calls, total_exec_time, rows, query from pg_stat_statements order by calls desc limit 150",
                rs -> {
                    System.out.printf("%6.2f/case %5.1f%% %6.2f rows/call  %s%n", rs.getLong(1) / (double) cases,
                            100 * rs.getDouble(2) / total, rs.getLong(3) / (double) Math.max(1, rs.getLong(1)),
                            rs.getString(4).replaceAll("\\s+", " ").substring(0, Math.min(160,
                                    rs.getString(4).replaceAll("\\s+", " ").length())));
                });
    }

    private static long commits(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
                Long.class);
    }

    private static void parallel(int count, LongConsumer work) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        work.accept(i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Moves the engine clock past the posting windows and fires every timer: the first round's are due on the moved
     * clock and the job executor (timer acquisition every second) may take them first; later rounds' are moved here.
     */
    private static void fireAllPostingTimers(ProcessEngine engine, int expected) throws InterruptedException {
        ManagementService management = engine.getManagementService();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(
                Date.from(LocalDateTime.of(2024, 3, 12, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        for (Job timer : management.createTimerJobQuery().processDefinitionKey("caseReview").elementId("postingEnded").list()) {
            try {
                management.moveTimerToExecutableJob(timer.getId());
            } catch (RuntimeException firedAlready) {
                // the job executor took this timer first: an optimistic-locking failure, a vanished job or its id twice
            }
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (engine.getTaskService().createTaskQuery().taskDefinitionKey("approval")
                .taskCandidateGroup("approver:district:336").count() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("posting timers not fired after 2 minutes: "
                        + management.createTimerJobQuery().count() + " timers, "
                        + management.createDeadLetterJobQuery().count() + " dead letters");
            }
            Thread.sleep(50);
        }
    }

    private static List<CaseSnapshot> snapshots(ConfigurableApplicationContext app, List<Long> households) {
        HouseholdManagement register = app.getBean(HouseholdManagement.class);
        JsonMapper json = app.getBean(JsonMapper.class);
        List<CaseSnapshot> out = new ArrayList<>();
        for (long id : households) {
            HouseholdView h = register.findWithin(id, Jurisdiction.province()).orElseThrow();
            AssessmentView a = new AssessmentView(null, id, LocalDate.of(2024, 3, 6), 1_000_000,
                    List.of("E1", "E4", "E8"), HousingCondition.SOUND, false, null, null, false, null, false,
                    OFFICER.username(), java.time.Instant.now());
            out.add(new CaseSnapshot(h, a));
        }
        return out;
    }
}
