package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;
import vn.ansinh.bench.EligibilityBenchmark;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One shared rule base evaluated from several threads gives exactly the sequential results. */
class ConcurrencyTests {

    @Test
    void parallelEvaluationMatchesSequentialEvaluation() throws Exception {
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        List<HouseholdFacts> data = EligibilityBenchmark.generateFor(4_000, asOf);
        RuleEngine engine = Rules.engine();
        List<String> sequential = summaries(engine.evaluateAll(data, asOf));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (int i = 0; i < data.size(); i += 100) {
                List<HouseholdFacts> batch = data.subList(i, i + 100);
                parts.add(pool.submit(() -> summaries(engine.evaluateAll(batch, asOf))));
            }
            List<String> parallel = new ArrayList<>();
            for (Future<List<String>> f : parts) {
                parallel.addAll(f.get());
            }
            assertThat(parallel).isEqualTo(sequential);
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> summaries(List<EvaluationResult> results) {
        return results.stream().map(r -> r.poverty().status() + " " + r.socialAllowance().stream()
                .map(a -> a.memberId() + a.category() + a.monthlyAmount()).toList() + " " + r.healthInsurance().stream()
                .map(h -> h.memberId() + h.support()).toList() + " " + r.meritHousing().outcome() + " "
                + r.poorHousing().outcome() + " " + r.socialPension().size() + " " + r.careSupport().size()).toList();
    }
}
