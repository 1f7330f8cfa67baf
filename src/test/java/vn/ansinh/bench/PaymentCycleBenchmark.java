package vn.ansinh.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.eligibility.engine.RuleBase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;

/**
 * Generates a payment cycle for 100,000 active monthly entitlements of one district on PostgreSQL
 * (embedded, or SPRING_DATASOURCE_URL/USERNAME/PASSWORD), then runs it again to show nothing is added twice.
 * Milestone ≤ 10 s, target ≤ 5 s. Run: mvn -q -Pbench test-compile exec:java -Dbench=PaymentCycleBenchmark
 */
public class PaymentCycleBenchmark {

    static final int ENTITLEMENTS = Integer.getInteger("entitlements", 100_000);
    static final String DISTRICT = "bench";

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = null;
        DataSource ds;
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null) {
            PGSimpleDataSource external = new PGSimpleDataSource();
            external.setUrl(url);
            external.setUser(System.getenv("SPRING_DATASOURCE_USERNAME"));
            external.setPassword(System.getenv("SPRING_DATASOURCE_PASSWORD"));
            ds = external;
        } else {
            pg = EmbeddedPostgres.builder().start();
            ds = pg.getPostgresDatabase();
        }
        try {
            Flyway.configure().dataSource(ds).outOfOrder(true).baselineOnMigrate(true).baselineVersion("0").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            clean(jdbc);
            long t0 = System.nanoTime();
            seed(ds);
            System.out.printf("seeded %,d entitlements by COPY in %.2f s%n", ENTITLEMENTS, (System.nanoTime() - t0) / 1e9);
            jdbc.execute("ANALYZE entitlement; ANALYZE entitlement_amount");
            var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            var generate = new BenchGeneration(ds);
            // The base level comes from the rule parameters, as in the application (loaded outside the timing).
            var parameters = RuleBase.load(Path.of(System.getProperty("ansinh.rules.dir", "rules"))).parameters();
            for (YearMonth month : new YearMonth[]{YearMonth.of(2024, 6), YearMonth.of(2024, 7), YearMonth.of(2024, 7)}) {
                long start = System.nanoTime();
                int added = tx.execute(s -> generate.run(DISTRICT, month,
                        parameters.number("sa.base_level", month.atDay(1)).longValueExact()));
                System.out.printf("generate %s: %,d lines added in %.2f s%n", month, added, (System.nanoTime() - start) / 1e9);
            }
            System.out.println("lines in July 2024: " + jdbc.queryForObject(
                    "SELECT count(*) || ' totalling ' || sum(amount) FROM payment_line l JOIN payment_cycle c ON c.id = l.cycle_id"
                            + " WHERE c.district_code = ? AND c.month = '2024-07-01'", String.class, DISTRICT));
            clean(jdbc);
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    static void clean(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM payment_line WHERE cycle_id IN (SELECT id FROM payment_cycle WHERE district_code = ?)", DISTRICT);
        jdbc.update("DELETE FROM payment_cycle WHERE district_code = ?", DISTRICT);
        jdbc.update("DELETE FROM entitlement_amount WHERE entitlement_id IN (SELECT id FROM entitlement WHERE district_code = ?)", DISTRICT);
        jdbc.update("DELETE FROM entitlement WHERE district_code = ?", DISTRICT);
    }

    static void seed(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            long firstId;
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT setval('entitlement_id_seq', nextval('entitlement_id_seq') + " + ENTITLEMENTS + ") - " + ENTITLEMENTS)) {
                rs.next();
                firstId = rs.getLong(1);
            }
            StringBuilder e = new StringBuilder(ENTITLEMENTS * 100);
            StringBuilder a = new StringBuilder(ENTITLEMENTS * 40);
            String[] coefficients = {"1.0", "1.5", "2.0", "2.5", "3.0"};
            for (int i = 0; i < ENTITLEMENTS; i++) {
                long id = firstId + i;
                e.append(id).append('\t').append(1_000_000 + i).append('\t').append(2_000_000 + i)
                        .append("\tNguyễn Văn ").append(i).append('\t').append(String.format("034%09d", i))
                        .append("\t1").append(i % 30).append("00\t").append(DISTRICT)
                        .append("\tSOCIAL_ALLOWANCE\tSA5a\tMONTHLY\t2021-01-01\tACTIVE\n");
                a.append(id).append("\t2021-01-01\t").append(coefficients[i % 5]).append('\n');
            }
            PGConnection pgc = c.unwrap(PGConnection.class);
            pgc.getCopyAPI().copyIn("COPY entitlement (id, household_id, member_id, beneficiary_name, cccd, commune_code,"
                    + " district_code, program, category, kind, start_month, status) FROM STDIN", new StringReader(e.toString()));
            pgc.getCopyAPI().copyIn("COPY entitlement_amount (entitlement_id, from_month, coefficient) FROM STDIN",
                    new StringReader(a.toString()));
        }
    }
}
