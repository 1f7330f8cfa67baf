package vn.ansinh.support;

import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A second Flowable job engine node in the test's JVM, on the same PostgreSQL: its own process engine and async
 * executor with another lock owner ({@code second-node}), the application's beans for its delegates, the schema and
 * deployments of the first node. It acquires due timers and async jobs from the shared tables like a second app
 * instance would; the shared context's executor is left as it is. Close it when done (its executor stops).
 */
public final class SecondNode implements AutoCloseable {

    public static final String NAME = "second-node";

    private final SpringProcessEngineConfiguration config;
    private final ProcessEngine engine;

    private SecondNode(SpringProcessEngineConfiguration config, ProcessEngine engine) {
        this.config = config;
        this.engine = engine;
    }

    public static SecondNode start(ApplicationContext context) {
        ProcessEngineConfigurationImpl first = (ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        SpringProcessEngineConfiguration config = new SpringProcessEngineConfiguration();
        config.setDataSource(context.getBean(DataSource.class));
        config.setTransactionManager(context.getBean(PlatformTransactionManager.class));
        config.setApplicationContext(context);
        config.setEngineName(NAME);
        config.setDatabaseSchemaUpdate("false");
        config.setIdGenerator(first.getIdGenerator());
        config.setHistoryLevel(first.getHistoryLevel());
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(true);
        config.setAsyncExecutorLockOwner(NAME);
        // polls often, holds few jobs: what it cannot run at once it leaves unlocked for the other node
        config.setAsyncExecutorDefaultTimerJobAcquireWaitTime(200);
        config.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(200);
        config.setAsyncExecutorMaxTimerJobsPerAcquisition(1);
        config.setAsyncExecutorMaxAsyncJobsDuePerAcquisition(1);
        config.setAsyncExecutorCorePoolSize(1);
        config.setAsyncExecutorMaxPoolSize(1);
        config.setAsyncExecutorThreadPoolQueueSize(1);
        ProcessEngine engine = config.buildProcessEngine();
        // outside a Spring lifecycle the executor starts when asked, as the context would start it
        config.start();
        return new SecondNode(config, engine);
    }

    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        config.stop();
        engine.close();
    }
}
