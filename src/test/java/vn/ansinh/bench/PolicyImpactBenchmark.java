package vn.ansinh.bench;

import java.time.LocalDate;
import java.util.UUID;
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
import vn.ansinh.geography.Geography;
import vn.ansinh.policy.ImpactRun;
import vn.ansinh.policy.PolicyImpact;
import vn.ansinh.policy.PolicyVersion;
import vn.ansinh.policy.PolicyWorkbench;

/**
 * The policy impact run on the province's register (README, Policy workbench): a draft raises the rural and urban
 * poverty lines from 2028 (2.200.000 → 2.600.000 đ, 2.800.000 → 3.200.000 đ), and every household is evaluated as of
 * 01/07/2028 under the version in force and the draft through the door {@link PolicyImpact} — the background process,
 * one async job per chunk, the changes and counts written to PostgreSQL — timed from the start to DONE.
 * On a register with fewer than {@code -Dhouseholds} households it first loads the province data ({@link BulkLoad},
 * seed 1, with surveys and annual reviews). Target (DESIGN.md §7): 600.000 households ≤ 60 s, then ≤ 10 s.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=PolicyImpactBenchmark [-Dhouseholds=600000]}
 * (with {@code SPRING_DATASOURCE_URL} for a standing server, or the embedded one).
 */
public final class PolicyImpactBenchmark {

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 600_000);
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            System.setProperty("ansinh.embedded-postgres.data-dir", System.getProperty("ansinh.embedded-postgres.data-dir", ""));
        }
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("ansinh.demo-data", "false");
        if (System.getProperty("server.port") == null) {
            System.setProperty("server.port", "0");
        }
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Geography geography = app.getBean(Geography.class);
            long existing = jdbc.queryForObject("select count(*) from household", Long.class);
            if (existing < households) {
                long t0 = System.nanoTime();
                new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(geography.allCommunes(),
                        (int) (households - existing), 1, true);
                for (String table : new String[] {"household", "household_member", "assessment"}) {
                    jdbc.execute("vacuum analyze " + table);
                }
                System.out.printf("loaded %d households in %.1f s%n", households - existing, (System.nanoTime() - t0) / 1e9);
            }
            if (Boolean.getBoolean("loadOnly")) {
                System.exit(0);
            }
            long register = jdbc.queryForObject("select count(*) from household", Long.class);
            long people = jdbc.queryForObject("select count(*) from household_member", Long.class);
            signIn(new AppUserPrincipal("policy.bench", "x", "Bench", Role.POLICY_STAFF, Jurisdiction.province(), true));
            PolicyWorkbench workbench = app.getBean(PolicyWorkbench.class);
            PolicyImpact impact = app.getBean(PolicyImpact.class);
            PolicyVersion base = workbench.inForce();
            PolicyVersion draft = workbench.createDraft(base.id(), "BENCH-" + Long.toString(System.nanoTime(), 36));
            String file = "parameters/poverty/income_thresholds.yaml";
            workbench.addParameterValue(draft.id(), file, "poverty.income_line.rural", LocalDate.of(2028, 1, 1), "2600000",
                    "Benchmark");
            workbench.addParameterValue(draft.id(), file, "poverty.income_line.urban", LocalDate.of(2028, 1, 1), "3200000",
                    "Benchmark");
            for (int round = 1; round <= Integer.getInteger("rounds", 1); round++) {
                String load0 = loadAverage();
                long s = System.nanoTime();
                UUID job = impact.start(draft.id(), LocalDate.of(2028, 7, 1));
                double started = (System.nanoTime() - s) / 1e9;
                ImpactRun run;
                do {
                    Thread.sleep(250);
                    run = impact.run(job, PolicyImpact.Filter.NONE, 0, 1);
                } while ("RUNNING".equals(run.status()));
                double seconds = (System.nanoTime() - s) / 1e9;
                System.out.printf("impact run %d: %s, %d households (%d people) × 2 versions in %.1f s (start answered in %.1f s),"
                                + " %.0f households/s; %d households and %d people change, %d changed decisions listed;"
                                + " monthly cost %,d → %,d đ; load average before %s, after %s%n",
                        round, run.status(), register, people, seconds, started, register / seconds,
                        run.summary().householdsChanged(), run.summary().peopleChanged(), run.totalChanges(),
                        run.summary().monthlyCostBefore(), run.summary().monthlyCostAfter(), load0, loadAverage());
                run.summary().programs().forEach(p -> System.out.printf("  %-17s %7d households %7d people, transitions %s%n",
                        p.program(), p.householdsChanged(), p.peopleChanged(), p.transitions().stream().limit(4).toList()));
            }
            System.out.println("heap used: " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_048_576 + " MB");
        }
        System.exit(0);
    }

    private static String loadAverage() throws java.io.IOException {
        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim();
    }

    private static void signIn(AppUserPrincipal user) {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities())));
    }
}
