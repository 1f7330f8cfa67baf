package vn.ansinh.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;

/** The inbox's indexes on Flowable's tables exist once the application has started, and a second start keeps them. */
class TaskIndexesTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskIndexes indexes;

    @Test
    void theInboxIndexesAreOnFlowablesTablesAndASecondStartLeavesThem() {
        List<String> names = List.of("ansinh_task_assignee", "ansinh_identitylink_group_task", "ansinh_task_unassigned_order",
                "ansinh_variable_case_filter");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname = any(?)", String.class,
                (Object) names.toArray(String[]::new))).containsExactlyInAnyOrderElementsOf(names);
        indexes.afterSingletonsInstantiated();
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = any(?)", Integer.class,
                (Object) names.toArray(String[]::new))).isEqualTo(4);
    }
}
