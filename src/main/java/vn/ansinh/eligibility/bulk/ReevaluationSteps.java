package vn.ansinh.eligibility.bulk;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.ansinh.household.HouseholdChunks;

/** The service steps of {@code processes/reevaluation.bpmn20.xml}: planning a job and running one chunk. */
public final class ReevaluationSteps {

    static final String CHUNK_PROCESS = "reevaluationChunk";
    public static final String PLANNING_PROCESS = "reevaluationPlanning";

    private static final Logger log = LoggerFactory.getLogger(ReevaluationSteps.class);

    private ReevaluationSteps() {
    }

    /** The name of the node whose job executor runs the current Flowable job (its lock owner). */
    static String node() {
        ProcessEngineConfiguration engine = CommandContextUtil.getProcessEngineConfiguration();
        return engine.getAsyncExecutor() == null ? "?" : engine.getAsyncExecutor().getLockOwner();
    }

    /**
     * The chunk processes are started a few at a time, each few in a command context of their own inside the planning
     * job's transaction (all of them still commit or roll back together): in one context, every start looks its new
     * activity instances up among all those the context already holds, so 600 starts took ≈ 20–40 s under load.
     */
    static final int STARTS_PER_CONTEXT = 20;
    private static final CommandConfig FRESH_CONTEXT = new CommandConfig(false);

    /**
     * {@code plan}: counts the scope's households, cuts them into chunks of the job's size by keyset and starts one
     * {@code reevaluationChunk} process per chunk, in the planning job's one transaction (a planning run again after a
     * crash finds nothing done, or finds the job planned and stops).
     */
    @Component("reevaluationPlanStep")
    static class Plan implements JavaDelegate {

        private final ReevaluationJobs jobs;
        private final HouseholdChunks households;
        private final RuntimeService runtime;
        private final ManagementService management;

        Plan(ReevaluationJobs jobs, HouseholdChunks households, @Lazy RuntimeService runtime,
             @Lazy ManagementService management) {
            this.jobs = jobs;
            this.households = households;
            this.runtime = runtime;
            this.management = management;
        }

        @Override
        public void execute(DelegateExecution execution) {
            UUID id = UUID.fromString((String) execution.getVariable("jobId"));
            ReevaluationJobs.Job job = jobs.lockForPlanning(id).orElseThrow(() -> new IllegalStateException("no job " + id));
            if (job.plannedAt() != null) {
                return;
            }
            List<Long> ends = households.boundaries(Scope.areaOf(job.scope()), job.chunkSize());
            long total = ends.isEmpty() ? 0 : households.count(Scope.areaOf(job.scope()));
            // due at once by both the engine's clock and the wall clock (tests move the engine's clock)
            Date due = new Date(Math.min(System.currentTimeMillis(),
                    CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().getTime()));
            List<Object[]> rows = new ArrayList<>(ends.size());
            for (int from = 0; from < ends.size(); from += STARTS_PER_CONTEXT) {
                int first = from;
                int last = Math.min(ends.size(), from + STARTS_PER_CONTEXT);
                List<String> instances = management.executeCommand(FRESH_CONTEXT, context -> {
                    List<String> started = new ArrayList<>(last - first);
                    for (int seq = first; seq < last; seq++) {
                        started.add(runtime.startProcessInstanceByKey(CHUNK_PROCESS, id.toString(),
                                Map.of("jobId", id.toString(), "seq", seq, "due", due)).getId());
                    }
                    return started;
                });
                for (int seq = first; seq < last; seq++) {
                    int planned = (int) (seq < ends.size() - 1 ? job.chunkSize() : total - (long) job.chunkSize() * seq);
                    rows.add(new Object[]{seq, seq == 0 ? 0L : ends.get(seq - 1), ends.get(seq), planned, instances.get(seq - first)});
                }
            }
            jobs.insertChunks(id, rows);
            jobs.planned(id, total, ends.size());
            log.info("Bulk re-evaluation {} of {} as of {}: {} households in {} chunks, planned on {}", id, job.scope(),
                    job.asOf(), total, ends.size(), node());
        }
    }

    /** {@code reevaluate}: one chunk in the Flowable job's transaction ({@link ChunkRunner}). */
    @Component("reevaluationChunkStep")
    static class Chunk implements JavaDelegate {

        private final ChunkRunner runner;

        Chunk(ChunkRunner runner) {
            this.runner = runner;
        }

        @Override
        public void execute(DelegateExecution execution) {
            runner.run(UUID.fromString((String) execution.getVariable("jobId")), (Integer) execution.getVariable("seq"), node());
        }
    }
}
