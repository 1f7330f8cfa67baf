package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;

/** Fires a process's timer by moving Flowable's clock past it: tests never wait for real time. */
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
        try {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        } catch (RuntimeException raceWithTheJobExecutor) {
            // the engine's own executor took the job first, or one of us lost a deadlock: wait for it below
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while (management.createJobQuery().processInstanceId(pi).elementId(boundaryEvent).count() > 0
                || management.createTimerJobQuery().processInstanceId(pi).elementId(boundaryEvent).count() > 0) {
            failOnJobException(pi);
            assertThat(System.currentTimeMillis()).as("timer fired in time").isLessThan(deadline);
            pause();
        }

        // a job the engine's executor lost to us (a deadlock or optimistic-locking failure) is retried: let the
        // process settle, so the test does not act on a case while that retry still moves it
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
