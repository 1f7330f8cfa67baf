package vn.ansinh.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import javax.sql.DataSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.Date;
import java.time.YearMonth;

/** Drives the production generator (package-private in payment) the way CycleService does, without Spring. */
class BenchGeneration {

    private final JdbcTemplate jdbc;
    private final Object generator;
    private final Method generate;

    BenchGeneration(DataSource ds) throws Exception {
        this.jdbc = new JdbcTemplate(ds);
        Class<?> type = Class.forName("vn.ansinh.payment.cycle.CycleGenerator");
        Constructor<?> ctor = type.getDeclaredConstructor(NamedParameterJdbcTemplate.class);
        ctor.setAccessible(true);
        this.generator = ctor.newInstance(new NamedParameterJdbcTemplate(ds));
        this.generate = type.getDeclaredMethod("generate", long.class, String.class, YearMonth.class, long.class, boolean.class);
        this.generate.setAccessible(true);
    }

    int run(String district, YearMonth month, long base) {
        int created = jdbc.update("""
                INSERT INTO payment_cycle (district_code, month, status, base_level, generated_at, generated_by)
                VALUES (?, ?, 'GENERATED', ?, now(), 'bench') ON CONFLICT (district_code, month) DO NOTHING""",
                district, Date.valueOf(month.atDay(1)), base);
        long cycleId = jdbc.queryForObject("SELECT id FROM payment_cycle WHERE district_code = ? AND month = ? FOR UPDATE",
                Long.class, district, Date.valueOf(month.atDay(1)));
        try {
            Object result = generate.invoke(generator, cycleId, district, month, base, created == 1);
            return (int) result.getClass().getMethod("added").invoke(result);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
