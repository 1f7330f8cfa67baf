package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;

/**
 * Fires a process's timer by moving Flowable's clock past it: tests never wait for real time.
 *
 * <p>The timer runs once, on the engine's job executor. {@code moveTimerToExecutableJob} already hands the job to the
 * running executor: Flowable's {@code DefaultJobManager.moveTimerJobToExecutableJob} creates the executable job locked
 * with the executor's lock owner and, after the commit, submits it to the executor's pool ({@code hintAsyncExecutor} →
 * {@code JobAddedTransactionListener}). Executing it here as well ({@code executeJob} checks no lock) ran the same job
 * twice at once, the two transactions updating the same act_ru_execution rows: now and then "deadlock detected". So
 * the helper only moves the timer and waits for the executor to finish it. Had the executor's own timer acquisition
 * locked the timer first, the move fails on the timer's revision and the executor runs it: the helper waits too.
 * Only without a running executor does the helper execute the job itself.
 */
public final class FlowableTimers {

    private final ProcessEngine engine;
    private final ManagementService management;

    public FlowableTimers(ProcessEngine engine) {
        this.engine = engine;
        this.management = engine.getManagementService();
    }

    public void fire(String pi, String boundaryEvent) {
        Job timer = management.createTimerJobQuery().processInstanceId(pi).elementId(boundaryEvent).singleResult();
        assertThat(timer).as("timer " + boundaryEvent + " of " + pi).isNotNull();
        Date after = new Date(timer.getDuedate().getTime() + 60_000);
        if (engine.getProcessEngineConfiguration().getClock().getCurrentTime().before(after)) {
            engine.getProcessEngineConfiguration().getClock().setCurrentTime(after);
        }
        boolean executorRuns = engine.getProcessEngineConfiguration().getAsyncExecutor() != null
                && engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
        try {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            if (!executorRuns && job != null) {
                management.executeJob(job.getId());
            }
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException takenByTheExecutor) {
            // the executor's timer acquisition locked (or already moved) the timer first: it runs it, wait below
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (management.createJobQuery().processInstanceId(pi).elementId(boundaryEvent).count() > 0
                || management.createTimerJobQuery().processInstanceId(pi).elementId(boundaryEvent).count() > 0) {
            failOnJobException(pi);
            assertThat(System.currentTimeMillis()).as("timer fired in time").isLessThan(deadline);
            pause();
        }

        // what the timer's step started asynchronously runs on the executor too: let the process settle, so the test
        // does not act on a case while a job still moves it
        while (management.createJobQuery().processInstanceId(pi).count() > 0) {
            failOnJobException(pi);
            assertThat(System.currentTimeMillis()).as("jobs settled in time").isLessThan(deadline);
            pause();
        }
    }

    private void failOnJobException(String pi) {
        for (Job failed : management.createDeadLetterJobQuery().processInstanceId(pi).list()) {
            throw new AssertionError(management.getDeadLetterJobExceptionStacktrace(failed.getId()));
        }
        for (Job failed : management.createTimerJobQuery().processInstanceId(pi).withException().list()) {
            throw new AssertionError(management.getTimerJobExceptionStacktrace(failed.getId()));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
