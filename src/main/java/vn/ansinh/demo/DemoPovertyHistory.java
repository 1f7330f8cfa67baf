package vn.ansinh.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.household.PovertyYears;

/**
 * Gives the demo register a history of annual reviews (2012, 2015, 2016, 2019, 2022: poverty falling under each
 * standard) so the plan dashboard has trends to show. Fixed seed; only when no yearly status exists yet.
 */
@Component
class DemoPovertyHistory {

    private static final int[] YEARS = {2012, 2015, 2016, 2019, 2022};
    private static final double[] POOR = {0.12, 0.07, 0.09, 0.05, 0.04};

    private final PovertyYears years;
    private final JdbcTemplate jdbc;
    private final boolean demo;

    DemoPovertyHistory(PovertyYears years, JdbcTemplate jdbc, @Value("${ansinh.demo-data}") boolean demo) {
        this.years = years;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void seed() {
        if (!demo || Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from household_year_status)", Boolean.class))) {
            return;
        }
        Random random = new Random(19_082_012L);
        // the demo's own households: the seed ran just before (DemoHouseholds, order 20)
        List<Long> ids = jdbc.queryForList("select id from household order by id", Long.class);
        for (long id : ids) {
            for (int i = 0; i < YEARS.length; i++) {
                double r = random.nextDouble();
                PovertyStatus status = r < POOR[i] ? PovertyStatus.POOR : r < POOR[i] + 0.06 ? PovertyStatus.NEAR_POOR
                        : PovertyStatus.NONE;
                years.record(id, YEARS[i], status, null, LocalDate.of(YEARS[i], 12, 15), PovertyYears.ANNUAL_REVIEW);
            }
        }
    }
}
