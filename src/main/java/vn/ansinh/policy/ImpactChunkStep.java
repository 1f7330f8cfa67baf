package vn.ansinh.policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.policy.impact.ImpactDiff;
import vn.ansinh.policy.impact.ImpactStore;
import vn.ansinh.policy.impact.ImpactTally;

/**
 * One chunk of an impact run, as the async job of the {@code policyImpact} process's {@code impactChunk} step: reads
 * the households after {@code afterId}, evaluates them under the version in force and the draft at once (two
 * threads), writes the differences and the counts with the chunk's done row in the job's transaction, and moves
 * {@code afterId} and {@code chunk} on. A chunk already done (the job run again after a restart) is only skipped over.
 */
@Component("impactChunkStep")
class ImpactChunkStep implements JavaDelegate, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImpactChunkStep.class);

    private final ImpactStore store;
    private final ImpactSource source;
    private final EligibilityManagement eligibility;
    private final Materializer materializer;
    private final int chunkSize;
    /** Threads that hand batches to the rule workers (each waits on its batch): as many as the rule workers. */
    private final ExecutorService evaluators = Executors.newFixedThreadPool(EVALUATORS, new java.util.concurrent.ThreadFactory() {
        private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "impact-evaluator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });
    private static final int EVALUATORS = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    /** Threads that read a chunk's parts side by side (each part in its own read-only transaction). */
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, new java.util.concurrent.ThreadFactory() {
        private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "impact-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });
    private static final int READERS = 3;
    private final ConcurrentHashMap<String, Path> folders = new ConcurrentHashMap<>();

    ImpactChunkStep(ImpactStore store, ImpactSource source, EligibilityManagement eligibility, Materializer materializer,
                    @Value("${ansinh.policy.impact.chunk-size:10000}") int chunkSize) {
        this.store = store;
        this.source = source;
        this.eligibility = eligibility;
        this.materializer = materializer;
        this.chunkSize = chunkSize;
    }

    int chunkSize() {
        return chunkSize;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID run = UUID.fromString((String) execution.getVariable("runId"));
        int chunk = ((Number) execution.getVariable("chunk")).intValue();
        long afterId = ((Number) execution.getVariable("afterId")).longValue();
        ImpactStore.Run r = store.find(run).orElseThrow();
        var done = store.chunkDone(run, chunk);
        if (done.isPresent() || !"RUNNING".equals(r.status())) {
            long last = done.orElse(afterId);
            execution.setVariable("afterId", last);
            execution.setVariable("chunk", chunk + 1);
            execution.setVariable("more", done.isPresent() && "RUNNING".equals(r.status()));
            return;
        }
        long t0 = System.nanoTime();
        Side base = side(run, 'B');
        Side draft = side(run, 'D');
        String refused = refusal(base, draft);
        if (refused != null) {
            stop(execution, run, chunk, afterId, refused);
            return;
        }
        long t1 = System.nanoTime();
        // the chunk's households by id, then its parts read side by side (each on its own connection, read only) and
        // each batch evaluated under both versions and compared as soon as it is read
        long[] ids = source.ids(afterId, r.chunkSize());
        int read = ids.length;
        long lastId = read == 0 ? afterId : ids[read - 1];
        List<CompletableFuture<PartDone>> parts = new ArrayList<>();
        for (int from = 0; from < read; from += PART) {
            long after = from == 0 ? afterId : ids[from - 1];
            long upTo = ids[Math.min(read, from + PART) - 1];
            parts.add(CompletableFuture.supplyAsync(() -> source.read(after, upTo, PART, r.asOf()), readers)
                    .thenCompose(c -> evaluated(c, base, draft, r.asOf())));
        }
        long t2 = System.nanoTime();
        // each part, in order, as soon as it is evaluated: its counts added up and its changes written (COPY, on the
        // job's connection and in its transaction) while the later parts are still read and evaluated
        ImpactTally tally = new ImpactTally();
        int skipped = 0;
        int changed = 0;
        long tallyNanos = 0;
        long writeNanos = 0;
        for (CompletableFuture<PartDone> p : parts) {
            PartDone part;
            try {
                part = p.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e; // a read failed: Flowable runs the job again
            }
            RuntimeException failure = part.batches().stream().map(BatchDone::failure).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (failure != null && EligibilityManagement.worthRetrying(failure)) {
                throw failure; // busy, interrupted or slow: the job fails (what it wrote rolls back) and Flowable runs it again
            }
            if (failure != null) {
                // the rules refuse every household of a batch: the same would happen on every retry, so the run stops
                // here, and the changes this job wrote of the chunk are taken back
                log.warn("Impact run {}: chunk {} not evaluated: {}", run, chunk, failure.toString());
                parts.forEach(f -> f.cancel(false));
                store.forgetChanges(run, afterId, lastId);
                stop(execution, run, chunk, afterId, TEXTS.text("policy.impact.evaluationFailed", message(failure)));
                return;
            }
            long s = System.nanoTime();
            List<ImpactStore.ChangeRow> changes = new ArrayList<>();
            skipped += part.unassessed();
            for (BatchDone batch : part.batches()) {
                for (int i = 0; i < batch.households().size(); i++) {
                    ImpactSource.Household h = batch.households().get(i);
                    List<ImpactDiff.Compared> compared = batch.compared().get(i);
                    if (compared == null) {
                        skipped++;
                        continue;
                    }
                    tally.add(h.communeCode(), h.districtCode(), living(h.facts(), r.asOf()), compared);
                    for (ImpactDiff.Compared c : compared) {
                        if (c.changed()) {
                            changes.add(new ImpactStore.ChangeRow(h.id(), h.code(), h.communeCode(), h.districtCode(), c));
                        }
                    }
                }
            }
            long w = System.nanoTime();
            store.writeChanges(run, changes);
            changed += changes.size();
            tallyNanos += w - s;
            writeNanos += System.nanoTime() - w;
        }
        long t3 = System.nanoTime();
        store.writeChunk(run, chunk, afterId, lastId, read - skipped, skipped, List.of(), tally);
        long t4 = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("Impact run {} chunk {}: {} households; rule bases {} ms, ids {} ms, read + evaluate + compare + tally"
                            + " + write changes {} ms (of which tally {} ms, write {} changes {} ms), write counts {} ms,"
                            + " total {} ms", run, chunk, read, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(tallyNanos),
                    changed, ms(writeNanos), ms(t4 - t3), ms(t4 - t0));
        }
        execution.setVariable("afterId", lastId);
        execution.setVariable("chunk", chunk + 1);
        execution.setVariable("more", read == r.chunkSize());
    }

    /** Households read at a time within a chunk: the rule workers evaluate the parts read while others are read. */
    static final int PART = 1_000;

    private static final vn.ansinh.common.BundleTexts TEXTS = new vn.ansinh.common.BundleTexts("i18n/policy");

    /** A part of a chunk read and evaluated: how many of its households have no survey, and its batches. */
    private record PartDone(int unassessed, List<BatchDone> batches) {
    }

    /**
     * A batch's households with their decisions compared (null for a household the rules refused under either
     * version), or what stopped every household of the batch under one version.
     */
    private record BatchDone(List<ImpactSource.Household> households, List<List<ImpactDiff.Compared>> compared,
                             RuntimeException failure) {
    }

    /** A batch's results (null for a household the rules refused), or what stopped every household of it. */
    private record Evaluated(List<EvaluationResult> results, RuntimeException failure) {
    }

    /** Every batch of a part evaluated under both versions at once (on the rule workers) and compared. */
    private CompletableFuture<PartDone> evaluated(ImpactSource.Chunk part, Side base, Side draft, LocalDate asOf) {
        List<CompletableFuture<BatchDone>> batches = new ArrayList<>();
        List<ImpactSource.Household> all = part.households();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<ImpactSource.Household> hs = all.subList(from, Math.min(all.size(), from + BATCH));
            List<HouseholdFacts> facts = hs.stream().map(ImpactSource.Household::facts).toList();
            batches.add(evaluateAsync(base, facts, asOf).thenCombine(evaluateAsync(draft, facts, asOf),
                    (was, now) -> compared(hs, was, now)));
        }
        return CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new))
                .thenApply(v -> new PartDone(part.skipped(), batches.stream().map(CompletableFuture::join).toList()));
    }

    private static BatchDone compared(List<ImpactSource.Household> hs, Evaluated was, Evaluated now) {
        if (was.failure() != null || now.failure() != null) {
            return new BatchDone(hs, List.of(), was.failure() != null ? was.failure() : now.failure());
        }
        List<List<ImpactDiff.Compared>> out = new ArrayList<>(hs.size());
        for (int i = 0; i < hs.size(); i++) {
            EvaluationResult b = was.results().get(i);
            EvaluationResult a = now.results().get(i);
            out.add(b == null || a == null ? null : ImpactDiff.compare(b, a));
        }
        return new BatchDone(hs, out, null);
    }

    private CompletableFuture<Evaluated> evaluateAsync(Side side, List<HouseholdFacts> batch, LocalDate asOf) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new Evaluated(batch(side, batch, asOf), null);
            } catch (RuntimeException e) {
                return new Evaluated(List.of(), e);
            }
        }, evaluators);
    }

    /**
     * Why a run cannot go on with these versions (a version that does not build: its findings), or null. The rule
     * bases are built here, in the job, once per tree hash (the eligibility door keeps them), not in the request.
     */
    private String refusal(Side base, Side draft) {
        List<String> problems = eligibility.prepare(draft.dir(), draft.tree());
        if (!problems.isEmpty()) {
            return TEXTS.text("policy.impact.draftDoesNotBuild", String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
        problems = eligibility.prepare(base.dir(), base.tree());
        if (!problems.isEmpty()) {
            return TEXTS.text("policy.impact.baseDoesNotBuild", String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
        return null;
    }

    /** Ends the run FAILED with {@code why} (the process goes on to its end; nothing of this chunk is written). */
    private void stop(DelegateExecution execution, UUID run, int chunk, long afterId, String why) {
        store.failed(run, why);
        execution.setVariable("afterId", afterId);
        execution.setVariable("chunk", chunk);
        execution.setVariable("more", false);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static int living(HouseholdFacts facts, LocalDate asOf) {
        return (int) facts.members().stream().filter(m -> !m.deadOn(asOf)).count();
    }

    /** A version's pinned folder and its tree hash. */
    record Side(Path dir, String tree) {
    }

    private Side side(UUID run, char side) {
        SortedMap<String, byte[]> contents = null;
        String key = run + ":" + side;
        Path dir = folders.get(key);
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            contents = store.pinned(run, side);
            dir = materializer.folder(contents);
            folders.put(key, dir);
        }
        return new Side(dir, dir.getFileName().toString());
    }

    /**
     * One session per {@value #BATCH} households, as the engine's benchmark found best: the rules join a household's
     * facts with its members', and a session of thousands of households makes those joins and the collector's work grow.
     */
    static final int BATCH = 100;

    private List<EvaluationResult> batch(Side side, List<HouseholdFacts> facts, LocalDate asOf) {
        try {
            return eligibility.evaluateAll(side.dir(), side.tree(), facts, asOf);
        } catch (RuntimeException batch) {
            List<EvaluationResult> out = new ArrayList<>(facts.size());
            for (HouseholdFacts f : facts) {
                try {
                    out.add(eligibility.evaluateAll(side.dir(), side.tree(), List.of(f), asOf).get(0));
                } catch (RuntimeException one) {
                    log.warn("Impact run: household {} not evaluated: {}", f.id(), one.getMessage());
                    out.add(null);
                }
            }
            if (out.stream().allMatch(java.util.Objects::isNull)) {
                throw batch;
            }
            return out;
        }
    }

    @Override
    public void destroy() {
        evaluators.shutdownNow();
        readers.shutdownNow();
    }
}
