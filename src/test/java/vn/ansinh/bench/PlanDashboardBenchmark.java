package vn.ansinh.bench;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.reporting.PlanTracking;

/**
 * The province plan dashboard on 600,000 households (~1.8 M members): yearly official statuses 2012–2022, one survey
 * per household, merit members and monthly allowances are generated in SQL with a fixed seed; the counts are
 * recomputed once (timed), then the province's indicators and whole dashboard are read through the door
 * {@link PlanTracking} as policy staff. Target: the province dashboard ≤ 1 s.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=PlanDashboardBenchmark [-Dhouseholds=600000 -Drounds=20]}.
 */
public final class PlanDashboardBenchmark {

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 600_000);
        int rounds = Integer.getInteger("rounds", 20);
        System.setProperty("ansinh.embedded-postgres.data-dir", "");
        System.setProperty("logging.level.root", "WARN");
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            Geography geography = app.getBean(Geography.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(geography.allCommunes(), households);
            history(jdbc);
            System.out.printf("loaded %d households, %d members, %d yearly statuses, %d surveys, %d allowances in %.1f s%n",
                    count(jdbc, "household"), count(jdbc, "household_member"), count(jdbc, "household_year_status"),
                    count(jdbc, "assessment"), count(jdbc, "entitlement"), (System.nanoTime() - t0) / 1e9);
            PlanTracking plan = app.getBean(PlanTracking.class);
            signIn(new AppUserPrincipal("tinh.bench", "x", "Bench", Role.POLICY_STAFF, Jurisdiction.province(), true));
            long r0 = System.nanoTime();
            plan.recompute(2012, 2022);
            System.out.printf("recompute 2012–2022 (11 years): %.1f s (%.1f s a year)%n", (System.nanoTime() - r0) / 1e9,
                    (System.nanoTime() - r0) / 1e9 / 11);
            measure("indicators (API), province 2020", rounds, () -> plan.indicators("2020", "34"));
            measure("dashboard page, province 2020", rounds, () -> plan.dashboard("2020", "34", "POVERTY_ALL_COMMUNES_2020"));
            measure("dashboard page, province 2015", rounds, () -> plan.dashboard("2015", "34", "POVERTY_DECLINE"));
            measure("dashboard page, district 341 2020", rounds, () -> plan.dashboard("2020", "341", "MERIT_POOR"));
            measure("summary XLSX, province 2016", rounds, () -> plan.povertySummaryXlsx("2016", "34"));
            System.out.println("load average: " + new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
        }
        System.exit(0);
    }

    /** Statuses for 2012, 2016 and 2022 (the review years of three standards) and 2014, 2019; surveys; merit; allowances. */
    private static void history(JdbcTemplate jdbc) {
        jdbc.execute("select setseed(0.14)");
        for (int year : new int[]{2012, 2014, 2016, 2019, 2022}) {
            double poor = year < 2016 ? 0.09 - (year - 2012) * 0.01 : year < 2022 ? 0.06 - (year - 2016) * 0.01 : 0.03;
            jdbc.update("""
                    insert into household_year_status(household_id, year, poverty_status, commune_code, district_code,
                        area_type, decided_on, source)
                    select id, ?, case when r < ? then 'POOR' when r < ? then 'NEAR_POOR' else 'NONE' end,
                        commune_code, district_code, area, make_date(?, 12, 15), 'ANNUAL_REVIEW'
                    from (select h.*, random() as r from household h) x""", year, poor, poor + 0.05, year);
        }
        jdbc.update("""
                insert into assessment(household_id, assessed_on, monthly_income_per_capita, housing_condition, recorded_by)
                select id, date '2014-06-01', 1500000, case when random() < 0.9 then 'SOUND' when random() < 0.5
                    then 'DAMAGED_NEEDS_REPAIR' else 'MAKESHIFT_DILAPIDATED' end, 'bench' from household""");
        jdbc.update("update household_member set merit_categories = 'MC07' where birth_date < date '1960-01-01' and random() < 0.1");
        jdbc.update("""
                insert into entitlement(household_id, member_id, beneficiary_name, commune_code, district_code, program,
                    category, kind, start_month, status)
                select m.household_id, m.id, m.full_name, h.commune_code, h.district_code, 'SOCIAL_ALLOWANCE', 'SA5a',
                    'MONTHLY', date '2016-01-01', 'ACTIVE'
                from household_member m join household h on h.id = m.household_id where random() < 0.04""");
        for (String table : List.of("household_year_status", "assessment", "household_member", "entitlement")) {
            jdbc.execute("vacuum analyze " + table);
        }
    }

    private static void measure(String label, int rounds, Runnable call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - s) / 1e6);
        }
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf("%-40s p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms (%d rounds)%n", label,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1), rounds);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void signIn(AppUserPrincipal user) {
        SecurityContextHolder.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities())));
    }
}
