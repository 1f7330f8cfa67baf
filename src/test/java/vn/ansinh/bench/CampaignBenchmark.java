package vn.ansinh.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.casework.campaign.CampaignStatus;
import vn.ansinh.casework.campaign.Campaigns;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.geography.Geography;

/**
 * The annual review campaign's opening at scale: loads {@code -Dhouseholds} with {@code BulkLoad} (with its history
 * of annual lists) when the register holds fewer, opens the campaign of {@code -Dyear} through the door as province
 * policy staff and follows it to OPEN, then checks that every listed household has exactly one case and closes it
 * (leaving the cases open), timing both.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=CampaignBenchmark -Dhouseholds=20000 [-Dyear=2026]}.
 */
public final class CampaignBenchmark {

    private CampaignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 20_000);
        int year = Integer.getInteger("year", 2026);
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            System.setProperty("ansinh.embedded-postgres.data-dir", System.getProperty("ansinh.embedded-postgres.data-dir", ""));
        }
        System.setProperty("server.port", System.getProperty("server.port", "0"));
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.vn.ansinh.casework.campaign", "INFO");
        System.setProperty("ansinh.demo-data", System.getProperty("ansinh.demo-data", "false"));
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long existing = jdbc.queryForObject("select count(*) from household", Long.class);
            if (existing < households) {
                Geography geography = app.getBean(Geography.class);
                long l0 = System.nanoTime();
                new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(geography.allCommunes(),
                        (int) (households - existing), Long.getLong("seed", 1), true);
                jdbc.execute("vacuum analyze");
                System.out.printf("loaded %d households in %.1f s (load %s)%n", jdbc.queryForObject("select count(*) from household",
                        Long.class), (System.nanoTime() - l0) / 1e9, load());
            }
            AppUserPrincipal policy = new AppUserPrincipal("bench.campaign", "x", "bench.campaign", Role.POLICY_STAFF,
                    Jurisdiction.province(), true);
            SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(policy, null, List.of())));
            Campaigns campaigns = app.getBean(Campaigns.class);
            String loadBefore = load();
            long t0 = System.nanoTime();
            long id = campaigns.open(year, year + "-09-01", year + "-12-14").id();
            JobFollower<CampaignStatus> follower = new JobFollower<>();
            CampaignStatus status = follower.follow(t0, () -> campaigns.status(id), s -> "OPENING".equals(s.status()),
                    s -> String.format("%d %% — %d of %d households with their case, %d/%s chunks", s.progress(),
                            s.opened(), s.households(), s.chunksDone(), s.chunks()));
            long peak = follower.peak();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long opened = jdbc.queryForObject("select count(*) from review_campaign_household where campaign_id = ? and not taken_up",
                    Long.class, id);
            System.out.printf("campaign %d (%d): %s — %d households listed, %d cases opened, in %.1f s (%.0f cases/s)%n", id, year,
                    status.status(), status.households(), opened, seconds, opened / seconds);
            System.out.printf("chunk time: %s%n", jdbc.queryForMap("select count(*) chunks, percentile_cont(0.5) within group"
                    + " (order by millis) p50_ms, max(millis) max_ms, avg(planned_households) households from review_campaign_chunk"
                    + " where campaign_id = ?", id));
            System.out.printf("check: %d households without a case, %d cases shared, %d households with two open poverty cases%n",
                    jdbc.queryForObject("select count(*) from review_campaign_household where campaign_id = ? and case_id is null", Long.class, id),
                    jdbc.queryForObject("select count(*) - count(distinct case_id) from review_campaign_household where campaign_id = ?", Long.class, id),
                    jdbc.queryForObject("select count(*) from (select household_id from casework_case where program = 'POVERTY_RECOGNITION'"
                            + " and status not in ('APPROVED', 'REJECTED', 'CLOSED') group by household_id having count(*) > 1) x", Long.class));
            long c0 = System.nanoTime();
            CampaignStatus closed = campaigns.close(id, true);
            System.out.printf("close: %d statuses of %d fixed, %d cases left open, in %.1f s%n", closed.fixed(), year,
                    closed.leftOpen(), (System.nanoTime() - c0) / 1e9);
            System.out.printf("heap: peak sampled %d MB of max %d MB; load average before %s, after %s%n", peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, loadBefore, load());
        }
        System.exit(0);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
