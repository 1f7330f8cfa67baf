package vn.ansinh.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every installation gets the same schema: migrations apply in version order, without out-of-order mode. */
class MigrationOrderTests extends IntegrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.username:postgres}")
    String username;

    @Value("${spring.datasource.password:postgres}")
    String password;

    @TempDir
    Path oldLayout;

    @Test
    void migrationsAreAppliedInStrictlyIncreasingVersionOrderWithOutOfOrderOff() {
        assertThat(flyway.getConfiguration().isOutOfOrder()).isFalse();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().pending()).isEmpty();

        List<MigrationVersion> applied = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getVersion() != null && m.getVersion().compareTo(MigrationVersion.fromVersion("0")) > 0)
                .sorted((a, b) -> Integer.compare(a.getInstalledRank(), b.getInstalledRank()))
                .map(MigrationInfo::getVersion).toList();
        assertThat(applied).hasSizeGreaterThan(5);
        for (int i = 1; i < applied.size(); i++) {
            assertThat(applied.get(i)).as("migration applied after V" + applied.get(i - 1))
                    .isGreaterThan(applied.get(i - 1));
        }
    }

    @Test
    void aDatabaseThatAppliedTheOldV5IsRenamedOnceAndNotMigratedTwice() throws Exception {
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            String name = script.getFilename().replace("V31__", "V5__");
            try (var in = script.getInputStream()) {
                Files.copy(in, oldLayout.resolve(name));
            }
        }
        String database = "ansinh_old_layout";
        JdbcTemplate admin = new JdbcTemplate(dataSource);
        admin.execute("drop database if exists " + database);
        admin.execute("create database " + database);
        try {
            String url = otherDatabase(database);
            Flyway.configure().dataSource(url, username, password).locations("filesystem:" + oldLayout)
                    .load().migrate();

            var result = Flyway.configure().dataSource(url, username, password)
                    .locations("classpath:db/migration").callbacks(new RenumberedMigrations()).load().migrate();

            assertThat(result.migrationsExecuted).isZero();
            JdbcTemplate old = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, username, password));
            assertThat(old.queryForList("select version from flyway_schema_history where version in ('5', '31')", String.class))
                    .containsExactly("31");
        } finally {
            admin.execute("drop database if exists " + database + " with (force)");
        }
    }

    private String otherDatabase(String database) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        }
    }
}
