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
    private final ExecutorService beforeSide = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "impact-before");
        t.setDaemon(true);
        return t;
    });
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
        ImpactSource.Chunk read = source.read(afterId, r.chunkSize(), r.asOf());
        Side base = side(run, 'B');
        Side draft = side(run, 'D');
        List<HouseholdFacts> facts = read.households().stream().map(ImpactSource.Household::facts).toList();
        CompletableFuture<List<EvaluationResult>> before = CompletableFuture.supplyAsync(
                () -> evaluate(base, facts, r.asOf()), beforeSide);
        List<EvaluationResult> after = evaluate(draft, facts, r.asOf());
        List<EvaluationResult> was = before.join();
        ImpactTally tally = new ImpactTally();
        List<ImpactStore.ChangeRow> changes = new ArrayList<>();
        int skipped = read.skipped();
        for (int i = 0; i < facts.size(); i++) {
            ImpactSource.Household h = read.households().get(i);
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
        store.writeChunk(run, chunk, afterId, read.lastId(), read.read() - skipped, skipped, changes, tally);
        execution.setVariable("afterId", read.lastId());
        execution.setVariable("chunk", chunk + 1);
        execution.setVariable("more", read.read() == r.chunkSize());
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
     * The chunk in batches of {@value #BATCH}; when a batch is refused (one household's data the rules cannot take),
     * each of its households alone, the refused ones left out (null) and counted as skipped.
     */
    private List<EvaluationResult> evaluate(Side side, List<HouseholdFacts> facts, LocalDate asOf) {
        if (facts.isEmpty()) {
            return List.of();
        }
        List<EvaluationResult> out = new ArrayList<>(facts.size());
        for (int from = 0; from < facts.size(); from += BATCH) {
            out.addAll(batch(side, facts.subList(from, Math.min(facts.size(), from + BATCH)), asOf));
        }
        return out;
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
        beforeSide.shutdownNow();
    }
}
