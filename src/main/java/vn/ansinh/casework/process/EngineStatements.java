package vn.ansinh.casework.process;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/**
 * Flowable's own performance settings (README, Case workflow on PostgreSQL), which its Spring Boot properties do not
 * offer: each case task completion ran about 70 statements, a third of them Flowable looking up what an execution or
 * a task still holds before deleting it, or fetching the executions of one process one by one.
 * <ul>
 * <li>an execution and a task count their tasks, jobs, timers, variables and candidate links, so that ending one
 * asks only for what it has (Flowable counts on new process instances; older ones are still asked as before);</li>
 * <li>the executions of a process instance are read in one statement when one of them is needed.</li>
 * </ul>
 */
@Component
class EngineStatements implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        engine.setEnableExecutionRelationshipCounts(true);
        engine.setEnableTaskRelationshipCounts(true);
        engine.setEnableEagerExecutionTreeFetching(true);
    }
}
