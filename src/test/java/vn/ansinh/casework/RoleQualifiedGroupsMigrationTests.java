package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;

/** A database from before role-qualified groups (the demo data under ./data): V46 gives waiting tasks the role. */
class RoleQualifiedGroupsMigrationTests extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void oldBareAreaGroupsGetTheirRoleAndRunningTheMigrationAgainChangesNothing() throws Exception {
        String migration = new ClassPathResource("db/migration/V46__casework_role_qualified_groups.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_) values"
                + " ('v46-a', 1, 'commune:99901', 'candidate'), ('v46-b', 1, 'district:999', 'candidate'),"
                + " ('v46-c', 1, 'province:34', 'candidate'), ('v46-d', 1, 'payment:district:999', 'candidate')");
        try {
            jdbc.execute(migration);
            jdbc.execute(migration);
            assertThat(jdbc.queryForList("select group_id_ from act_ru_identitylink where id_ like 'v46-%' order by id_", String.class))
                    .containsExactly("officer:commune:99901", "approver:district:999", "approver:province:34", "payment:district:999");
        } finally {
            jdbc.update("delete from act_ru_identitylink where id_ like 'v46-%'");
        }
    }
}
