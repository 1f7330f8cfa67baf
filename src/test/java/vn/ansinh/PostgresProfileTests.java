package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code postgres} profile runs on a standing server given by SPRING_DATASOURCE_URL and seeds no demo users. */
class PostgresProfileTests {

    @Test
    void startsOnAStandingServerWithoutDemoUsers() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(AnSinhApplication.class)
                     .profiles("postgres")
                     .run("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                             "--server.port=0", "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = new JdbcTemplate(server.getPostgresDatabase());
            assertThat(jdbc.queryForObject("select count(*) from admin_unit", Integer.class)).isEqualTo(269);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from household", Integer.class)).isZero();
            assertThat(app.getEnvironment().getActiveProfiles()).containsExactly("postgres");
        }
    }
}
