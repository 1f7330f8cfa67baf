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
        // read the chunk in parts; while the next part is read, the rule workers evaluate the parts already read
        List<ImpactSource.Household> households = new ArrayList<>(r.chunkSize());
        List<Part> parts = new ArrayList<>();
        int read = 0;
        int skipped = 0;
        long lastId = afterId;
        long readNanos = 0;
        while (read < r.chunkSize()) {
            int want = Math.min(PART, r.chunkSize() - read);
            long s = System.nanoTime();
            ImpactSource.Chunk c = source.read(lastId, want, r.asOf());
            readNanos += System.nanoTime() - s;
            read += c.read();
            skipped += c.skipped();
            lastId = c.lastId();
            households.addAll(c.households());
            List<HouseholdFacts> facts = c.households().stream().map(ImpactSource.Household::facts).toList();
            for (int from = 0; from < facts.size(); from += BATCH) {
                List<HouseholdFacts> batch = facts.subList(from, Math.min(facts.size(), from + BATCH));
                parts.add(new Part(evaluateAsync(base, batch, r.asOf()), evaluateAsync(draft, batch, r.asOf())));
            }
            if (c.read() < want) {
                break;
            }
        }
        long t2 = System.nanoTime();
        List<EvaluationResult> was = new ArrayList<>(households.size());
        List<EvaluationResult> after = new ArrayList<>(households.size());
        Evaluated failure = null;
        for (Part p : parts) {
            Evaluated b = join(p.before());
            Evaluated d = join(p.after());
            failure = failure != null ? failure : b.failure() != null ? b : d.failure() != null ? d : null;
            was.addAll(b.results());
            after.addAll(d.results());
        }
        if (failure != null && failure.failure() instanceof vn.ansinh.eligibility.engine.EvaluationLimitException limit
                && limit.rule() == null) {
            throw limit; // busy, interrupted or slow: the job fails and Flowable runs it again
        }
        if (failure != null) {
            // the rules refuse every household of a batch: the same happens on every retry, so the run stops here
            log.warn("Impact run {}: chunk {} not evaluated: {}", run, chunk, failure.failure().toString());
            stop(execution, run, chunk, afterId, TEXTS.text("policy.impact.evaluationFailed", message(failure.failure())));
            return;
        }
        long t3 = System.nanoTime();
        ImpactTally tally = new ImpactTally();
        List<ImpactStore.ChangeRow> changes = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            ImpactSource.Household h = households.get(i);
            if (was.get(i) == null || after.get(i) == null) {
                skipped++;
                continue;
            }
            List<ImpactDiff.Compared> compared = ImpactDiff.compare(was.get(i), after.get(i));
            tally.add(h.communeCode(), h.districtCode(), living(h.facts(), r.asOf()), compared);
            for (ImpactDiff.Compared c : compared) {
                if (c.changed()) {
                    changes.add(new ImpactStore.ChangeRow(h.id(), h.code(), h.communeCode(), h.districtCode(), c));
                }
            }
        }
        long t4 = System.nanoTime();
        store.writeChunk(run, chunk, afterId, lastId, read - skipped, skipped, changes, tally);
        long t5 = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("Impact run {} chunk {}: {} households; rule bases {} ms, read {} ms (evaluating meanwhile),"
                            + " evaluation after the last read {} ms, compare {} ms, write {} ms ({} changes), total {} ms",
                    run, chunk, read, ms(t1 - t0), ms(readNanos), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), changes.size(),
                    ms(t5 - t0));
        }
        execution.setVariable("afterId", lastId);
        execution.setVariable("chunk", chunk + 1);
        execution.setVariable("more", read == r.chunkSize());
    }

    /** Households read at a time within a chunk: the rule workers evaluate one part while the next is read. */
    static final int PART = 1_000;

    private static final vn.ansinh.common.BundleTexts TEXTS = new vn.ansinh.common.BundleTexts("i18n/policy");

    /** One batch evaluated under both versions. */
    private record Part(CompletableFuture<Evaluated> before, CompletableFuture<Evaluated> after) {
    }

    /** A batch's results (null for a household the rules refused), or what stopped every household of it. */
    private record Evaluated(List<EvaluationResult> results, RuntimeException failure) {
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

    private static Evaluated join(CompletableFuture<Evaluated> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            return new Evaluated(List.of(), e.getCause() instanceof RuntimeException re ? re : e);
        }
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
    }
}
