package vn.ansinh.bench;

import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.geography.Geography;

/**
 * Loads the province-scale register (README, Province scale): {@code -Dhouseholds} households (default 600.000,
 * ≈ 1,86 million people) over the 260 communes with surveys and annual reviews 2012–2024, deterministic by
 * {@code -Dseed}, by COPY. The schema comes from the application's Flyway migrations (the app starts on a free port
 * and stops when done). Against a standing server:
 * {@code SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/ansinh SPRING_DATASOURCE_USERNAME=… SPRING_DATASOURCE_PASSWORD=…
 * mvn -q -Pbench test-compile exec:java -Dbench=ProvinceData -Dhouseholds=600000 -Dseed=1}.
 * It refuses a register that already has households unless {@code -Dappend=true}.
 */
public final class ProvinceData {

    private ProvinceData() {
    }

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 600_000);
        long seed = Long.getLong("seed", 1);
        boolean append = Boolean.getBoolean("append");
        System.setProperty("server.port", System.getProperty("server.port", "0"));
        System.setProperty("ansinh.demo-data", System.getProperty("ansinh.demo-data", "false"));
        System.setProperty("logging.level.root", "WARN");
        try (ConfigurableApplicationContext app = SpringApplication.run(AnSinhApplication.class, args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long existing = jdbc.queryForObject("select count(*) from household", Long.class);
            if (existing > 0 && !append) {
                System.err.printf("the register already holds %d households; add -Dappend=true to add more%n", existing);
                System.exit(2);
            }
            Geography geography = app.getBean(Geography.class);
            long t0 = System.nanoTime();
            new BulkLoad(app.getBean(DataSource.class), jdbc, geography).load(geography.allCommunes(), households, seed, true);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("province data (seed %d): %d households, %d people, %d surveys, %d yearly statuses in %.1f s;"
                            + " heap used %d MB; load average %s%n", seed,
                    count(jdbc, "household"), count(jdbc, "household_member"), count(jdbc, "assessment"),
                    count(jdbc, "household_year_status"), (System.nanoTime() - t0) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
        }
        System.exit(0);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
