package vn.ansinh.casework.process;

import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the inbox needs on Flowable's tables, which Flowable does not create: one for the "assigned to me" half
 * ({@code ACT_RU_TASK} has none on its assignee: with 300.000 open tasks each inbox read them all) and one for the
 * "candidate in my groups" half. Flowable creates its own tables on a fresh database after Flyway has run, so no
 * migration can add them there; they are created here once the engine has built its schema, under names of ours
 * that no Flowable upgrade script uses (Flowable's schema update checks its version, not the indexes, so extra ones
 * are tolerated). Two nodes starting at once may race on them: the loser logs and goes on, the index is there.
 */
@Component
class TaskIndexes implements SmartInitializingSingleton {

    static final String ASSIGNEE = "create index if not exists ansinh_task_assignee"
            + " on act_ru_task (assignee_, priority_ desc, create_time_)";

    /**
     * The inbox's "candidate in my groups" half: the links of a group give its task ids from the index alone, where
     * Flowable's index on the group alone made PostgreSQL probe the links of each of the 300.000 open tasks
     * (576 → 127 ms for a province approver's inbox at 1.000.000 cases).
     */
    static final String GROUP_TASK = "create index if not exists ansinh_identitylink_group_task"
            + " on act_ru_identitylink (group_id_, type_, task_id_)";

    /**
     * The unassigned tasks in the inbox's order, so that a group's first page is found by walking them in order and
     * asking each for its link ({@link #GROUP_TYPE} lets the planner see how many a group has) — a province
     * approver's inbox 111 → 13–17 ms at 300.000 open tasks, instead of reading them all and sorting.
     */
    static final String UNASSIGNED_ORDER = "create index if not exists ansinh_task_unassigned_order"
            + " on act_ru_task (priority_ desc, create_time_) where assignee_ is null";

    /**
     * The inbox's filter by commune (and program): the processes whose variable has that value, instead of every
     * task joined to its variables (a province approver's inbox for one commune 166–304 → 25 ms). Partial: only these
     * two short variables, since a B-tree entry cannot hold every text a variable may (up to 4.000 characters).
     */
    static final String VARIABLE_FILTER = "create index if not exists ansinh_variable_case_filter"
            + " on act_ru_variable (name_, text_) where task_id_ is null and name_ in ('communeCode', 'program')";

    /**
     * Only candidate links name a group: without these statistics PostgreSQL took the group and the type for
     * independent and guessed half a group's tasks, and read every task instead of walking them in order.
     */
    static final String GROUP_TYPE = "create statistics if not exists ansinh_identitylink_group_type (dependencies, mcv)"
            + " on group_id_, type_ from act_ru_identitylink";

    private static final Logger log = LoggerFactory.getLogger(TaskIndexes.class);
    private static final java.util.regex.Pattern INDEX_NAME = java.util.regex.Pattern.compile("create index if not exists (\\S+)");

    private final JdbcTemplate jdbc;

    TaskIndexes(JdbcTemplate jdbc, ProcessEngine engine) {
        // the engine is a dependency so that its schema exists before the index is made
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String index : new String[] {ASSIGNEE, GROUP_TASK, UNASSIGNED_ORDER, VARIABLE_FILTER}) {
            java.util.regex.Matcher named = INDEX_NAME.matcher(index);
            String name = named.find() ? named.group(1) : index;
            try {
                if (Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name))) {
                    continue;
                }
                // on a database that already holds many cases this builds for a while, and holds writes to the table
                log.info("Creating index {} on Flowable's tables (once) ...", name);
                long started = System.nanoTime();
                jdbc.execute(index);
                log.info("Index {} created in {} ms", name, (System.nanoTime() - started) / 1_000_000);
            } catch (DataAccessException e) {
                log.warn("Index not created (another node may be creating it): {}", e.getMessage());
            }
        }
        try {
            if (!jdbc.queryForObject("select exists (select 1 from pg_statistic_ext where stxname = 'ansinh_identitylink_group_type')",
                    Boolean.class)) {
                jdbc.execute(GROUP_TYPE);
                jdbc.execute("analyze act_ru_identitylink"); // once, so that the statistics count from now on
            }
        } catch (DataAccessException e) {
            log.warn("Statistics not created (another node may be creating them): {}", e.getMessage());
        }
    }
}
