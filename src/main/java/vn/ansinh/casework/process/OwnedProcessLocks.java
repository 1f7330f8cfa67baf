package vn.ansinh.casework.process;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cmd.ClearProcessInstanceLockTimesCmd;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A node killed while it ran exclusive jobs (every timer job is one, so every bulk re-evaluation chunk) leaves their
 * process instances locked under its name for the job lock time; Flowable clears them only on a clean shutdown. When
 * the node starts again under the same name (ANSINH_NODE_NAME), nothing it owns can still be running, so the locks are
 * cleared before its job executor starts, and the chunks it held run at once instead of an hour later. Another node
 * takes them once the lock time ({@code flowable.process.async.executor.async-job-lock-time}) has passed.
 */
@Component
class OwnedProcessLocks implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OwnedProcessLocks.class);

    private final ProcessEngine engine;

    OwnedProcessLocks(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void afterSingletonsInstantiated() {
        AsyncExecutor executor = executor();
        if (executor != null && !executor.isActive()) {
            release(executor.getLockOwner());
        }
    }

    /** Clears the process-instance locks {@code owner} holds. */
    void release(String owner) {
        engine.getManagementService().executeCommand(new ClearProcessInstanceLockTimesCmd(owner));
        log.info("Process instance locks of an earlier run of node {} released", owner);
    }

    String owner() {
        AsyncExecutor executor = executor();
        return executor == null ? null : executor.getLockOwner();
    }

    private AsyncExecutor executor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAsyncExecutor();
    }
}
