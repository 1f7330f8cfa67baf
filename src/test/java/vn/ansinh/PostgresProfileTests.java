package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The {@code postgres} profile runs on a standing server given by SPRING_DATASOURCE_URL, seeds no demo users,
 * and creates only an {@code admin} when ANSINH_ADMIN_PASSWORD is set — and refuses to start when that password is weak.
 */
class PostgresProfileTests {

    @Test
    void startsOnAStandingServerSeedingOnlyAnAdminWhenAStrongPasswordIsGiven() throws Exception {
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

            app.close();
            try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AnSinhApplication.class)
                    .profiles("postgres")
                    .run("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                            "--server.port=0", "--logging.level.root=WARN", "--ansinh.admin-password=Thai-Binh-2026-an-sinh")) {
                assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("admin");
                String hash = jdbc.queryForObject("select password_hash from app_user", String.class);
                assertThat(second.getBean(PasswordEncoder.class).matches("Thai-Binh-2026-an-sinh", hash)).isTrue();
            }
            assertThatThrownBy(() -> new SpringApplicationBuilder(AnSinhApplication.class).profiles("postgres")
                    .run("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                            "--server.port=0", "--logging.level.root=OFF", "--ansinh.admin-password=admin2026"))
                    .hasStackTraceContaining("ANSINH_ADMIN_PASSWORD is too weak")
                    .hasStackTraceContaining("shorter than 12 characters");
        }
    }
}
