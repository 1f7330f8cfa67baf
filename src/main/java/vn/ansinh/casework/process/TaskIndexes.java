package vn.ansinh.casework.process;

import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index the inbox's "assigned to me" half needs on Flowable's task table, which Flowable does not create
 * ({@code ACT_RU_TASK} has none on its assignee: with 300.000 open tasks each inbox read them all). Flowable creates
 * its own tables on a fresh database after Flyway has run, so no migration can add it there; it is created here once
 * the engine has built its schema, under a name of ours that no Flowable upgrade script uses (Flowable's schema
 * update checks its version, not the indexes, so an extra one is tolerated). Two nodes starting at once may race on
 * it: the loser logs and goes on, the index is there.
 */
@Component
class TaskIndexes implements SmartInitializingSingleton {

    static final String ASSIGNEE = "create index if not exists ansinh_task_assignee"
            + " on act_ru_task (assignee_, priority_ desc, create_time_)";

    private static final Logger log = LoggerFactory.getLogger(TaskIndexes.class);

    private final JdbcTemplate jdbc;

    TaskIndexes(JdbcTemplate jdbc, ProcessEngine engine) {
        // the engine is a dependency so that its schema exists before the index is made
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            jdbc.execute(ASSIGNEE);
        } catch (DataAccessException e) {
            log.warn("Index ansinh_task_assignee not created (another node may be creating it): {}", e.getMessage());
        }
    }
}
