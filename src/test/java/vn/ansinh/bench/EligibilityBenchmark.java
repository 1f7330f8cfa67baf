package vn.ansinh.bench;

import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.engine.RuleBase;
import vn.ansinh.eligibility.engine.RuleEngine;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.HousingCondition;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evaluates 600.000 synthetic households (≈ 1,8 million members) for every program, in memory, on all cores,
 * with reasons recorded, through the real rule base built from {@code rules/}.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=EligibilityBenchmark}
 * Options: {@code -Dhouseholds=600000 -Dthreads=2 -Dbatch=100 -DasOf=2025-09-01}.
 */
public final class EligibilityBenchmark {

    private static final List<List<String>> DEPRIVATIONS = List.of(List.of(), List.of("E1"), List.of("E4", "E8"),
            List.of("E1", "E4", "E8"), List.of("E2", "E5", "E7", "E9"));

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 600_000);
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        int batch = Integer.getInteger("batch", 100);
        LocalDate asOf = LocalDate.parse(System.getProperty("asOf", "2025-09-01"));

        long t0 = System.nanoTime();
        RuleBase ruleBase = RuleBase.load(Path.of(System.getProperty("rules", "rules")));
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        RuleEngine engine = new RuleEngine(ruleBase);

        List<HouseholdFacts> data = generate(households, asOf, new Random(42));
        long members = data.stream().mapToLong(h -> h.members().size()).sum();
        System.out.printf("rule base %s (%s): %d rules, built in %d ms%n", ruleBase.label(), ruleBase.version(),
                ruleBase.ruleCount(), buildMs);
        System.out.printf("generated %,d households, %,d members; %d threads, batches of %d, asOf %s%n",
                households, members, threads, batch, asOf);

        // The JVM and Drools compile hot constraints while running: warm up on the same data before measuring.
        for (int i = 1; i <= Integer.getInteger("warmups", 2); i++) {
            run(engine, data, asOf, threads, batch, "warm-up " + i);
        }
        Stats s = run(engine, data, asOf, threads, batch, "measured");
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after run %,d MB (max %,d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        System.out.printf("RESULT households/s=%,.0f reasons=%,d allowances=%,d poor=%,d build_ms=%d%n",
                s.perSecond, s.reasons, s.allowances, s.poor, buildMs);
    }

    record Stats(double perSecond, long reasons, long allowances, long poor) {
    }

    private static Stats run(RuleEngine engine, List<HouseholdFacts> data, LocalDate asOf, int threads, int batch,
                             String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<long[]>> parts = new ArrayList<>();
        int slice = (data.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<HouseholdFacts> mine = data.subList(Math.min(data.size(), t * slice), Math.min(data.size(), (t + 1) * slice));
            parts.add(pool.submit(() -> {
                long[] counts = new long[3];
                for (int i = 0; i < mine.size(); i += batch) {
                    for (EvaluationResult r : engine.evaluateAll(mine.subList(i, Math.min(mine.size(), i + batch)), asOf)) {
                        counts[0] += r.poverty().reasons().size() + r.meritHousing().reasons().size() + r.poorHousing().reasons().size();
                        for (EvaluationResult.HealthInsurance hi : r.healthInsurance()) {
                            counts[0] += hi.reasons().size();
                        }
                        for (EvaluationResult.SocialAllowance sa : r.socialAllowance()) {
                            counts[0] += sa.reasons().size();
                        }
                        counts[1] += r.socialAllowance().size();
                        counts[2] += r.poverty().status() == PovertyStatus.POOR ? 1 : 0;
                    }
                }
                return counts;
            }));
        }
        long[] total = new long[3];
        for (Future<long[]> f : parts) {
            long[] c = f.get();
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double perSecond = data.size() / seconds;
        // On a shared machine the wall clock mostly measures the others: CPU seconds of this process (rule workers,
        // garbage collector, JIT) per household compare two builds run in the same hour far more steadily.
        System.out.printf("%s: %,d households in %.2f s = %,.0f households/s (%,d reasons, %,d allowances, %,d poor); "
                        + "process CPU %.2f s = %,.0f households per CPU second%n",
                label, data.size(), seconds, perSecond, total[0], total[1], total[2], cpuSeconds, data.size() / cpuSeconds);
        return new Stats(perSecond, total[0], total[1], total[2]);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The benchmark's synthetic households (fixed seed), for profiling harnesses. */
    public static List<HouseholdFacts> generateFor(int n, LocalDate asOf) {
        return generate(n, asOf, new Random(42));
    }

    /** A province-like mix: mostly working families, some elderly, children, disabled, poor and merit households. */
    static List<HouseholdFacts> generate(int n, LocalDate asOf, Random rnd) {
        HousingFacts[] housing = {
                HousingFacts.SOUND,
                new HousingFacts(HousingCondition.DAMAGED_NEEDS_REPAIR, true, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1), false, null, false),
                new HousingFacts(HousingCondition.MAKESHIFT_DILAPIDATED, false, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1), true, null, false)};
        PovertyStatus[] official = {null, null, PovertyStatus.POOR, PovertyStatus.NEAR_POOR, PovertyStatus.NONE};
        List<HouseholdFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int size = 1 + rnd.nextInt(5);
            List<MemberFacts> members = new ArrayList<>(size);
            for (int m = 0; m < size; m++) {
                int age = m == 0 ? 25 + rnd.nextInt(70) : rnd.nextInt(90);
                LocalDate birth = asOf.minusYears(age).minusDays(rnd.nextInt(365));
                int r = rnd.nextInt(100);
                members.add(MemberFacts.builder("m" + m, birth)
                        .disability(r < 3 ? Disability.SEVERE : r < 5 ? Disability.ESPECIALLY_SEVERE : Disability.NONE)
                        .orphanCase(age < 16 && r > 97 ? OrphanCase.BOTH_PARENTS_DEAD : null)
                        .receivedChildAllowance(age >= 16 && r > 95).studying(age >= 6 && age < 23)
                        .hasPension(age >= 60 && r < 30).hasObligedSupporter(r % 2 == 0).singleParent(m == 0 && r > 96)
                        .hivPositive(r == 50).meritCategories(r > 97 ? List.of("MC07") : List.of())
                        .caredForByHousehold(r < 5 && r % 2 == 0).socialPensionRequested(age >= 70 && r < 60).build());
            }
            out.add(new HouseholdFacts("HH" + i, rnd.nextInt(4) == 0 ? Area.URBAN : Area.RURAL,
                    300_000L + rnd.nextInt(3_500_000), DEPRIVATIONS.get(rnd.nextInt(DEPRIVATIONS.size())),
                    official[rnd.nextInt(official.length)], rnd.nextBoolean(), housing[rnd.nextInt(10) < 8 ? 0 : 1 + rnd.nextInt(2)],
                    members));
        }
        return out;
    }
}
