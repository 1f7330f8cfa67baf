package vn.ansinh.eligibility.bulk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The meters of bulk re-evaluation (README, Bulk re-evaluation), counted when a chunk's transaction commits, so a
 * chunk rolled back and run again counts once: {@code ansinh.bulk.jobs} (started), {@code ansinh.bulk.chunks} (tag
 * {@code outcome}: {@code done}, {@code repeated} — a chunk found already done), {@code ansinh.bulk.households} (tag
 * {@code outcome}: {@code evaluated}, {@code skipped}), {@code ansinh.bulk.decisions}, {@code ansinh.bulk.flags}, and
 * the timer {@code ansinh.bulk.chunk.duration} and, by phase of a chunk (tag {@code phase}: lock, read, evaluate,
 * compare, serialise, store, mark, flowable, commit — {@link ChunkClock}), the timer {@code ansinh.bulk.chunk.phase}.
 * Every meter also carries the node's tags.
 */
@Component
public class BulkMetrics {

    public static final String JOBS = "ansinh.bulk.jobs";
    public static final String CHUNKS = "ansinh.bulk.chunks";
    public static final String HOUSEHOLDS = "ansinh.bulk.households";
    public static final String DECISIONS = "ansinh.bulk.decisions";
    public static final String FLAGS = "ansinh.bulk.flags";
    public static final String CHUNK_DURATION = "ansinh.bulk.chunk.duration";
    public static final String CHUNK_PHASE = "ansinh.bulk.chunk.phase";

    private final Counter jobs;
    private final Counter chunksDone;
    private final Counter chunksRepeated;
    private final Counter evaluated;
    private final Counter skipped;
    private final Counter decisions;
    private final Counter flags;
    private final Timer duration;
    private final java.util.EnumMap<ChunkClock.Phase, Timer> phases = new java.util.EnumMap<>(ChunkClock.Phase.class);

    BulkMetrics(MeterRegistry meters) {
        for (ChunkClock.Phase p : ChunkClock.Phase.values()) {
            phases.put(p, Timer.builder(CHUNK_PHASE).tag("phase", p.tag()).description("one phase of a chunk").register(meters));
        }
        jobs = Counter.builder(JOBS).description("bulk re-evaluation jobs started").register(meters);
        chunksDone = Counter.builder(CHUNKS).tag("outcome", "done").description("bulk chunks committed").register(meters);
        chunksRepeated = Counter.builder(CHUNKS).tag("outcome", "repeated").description("bulk chunks found already done").register(meters);
        evaluated = Counter.builder(HOUSEHOLDS).tag("outcome", "evaluated").description("households re-evaluated").register(meters);
        skipped = Counter.builder(HOUSEHOLDS).tag("outcome", "skipped").description("households without an assessment or with invalid facts").register(meters);
        decisions = Counter.builder(DECISIONS).description("decisions stored by bulk jobs").register(meters);
        flags = Counter.builder(FLAGS).description("status changes flagged for review").register(meters);
        duration = Timer.builder(CHUNK_DURATION).description("one chunk: read, evaluate, store").register(meters);
    }

    public void jobStarted() {
        afterCommit(jobs::increment);
    }

    void chunkDone(int households, int skippedHouseholds, int decisionsStored, int flagsWritten, long nanos) {
        afterCommit(() -> {
            chunksDone.increment();
            evaluated.increment(households);
            skipped.increment(skippedHouseholds);
            decisions.increment(decisionsStored);
            flags.increment(flagsWritten);
            duration.record(Duration.ofNanos(nanos));
        });
    }

    /** The phases of a committed chunk (called once it has committed: the commit is one of them). */
    void phases(ChunkClock clock) {
        phases.forEach((p, timer) -> timer.record(Duration.ofNanos(clock.nanos(p))));
    }

    void chunkRepeated() {
        afterCommit(chunksRepeated::increment);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
