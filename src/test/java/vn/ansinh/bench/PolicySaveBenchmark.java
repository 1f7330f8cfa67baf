package vn.ansinh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.ansinh.eligibility.engine.EvaluationLimits;
import vn.ansinh.eligibility.engine.RuleEngine;
import vn.ansinh.eligibility.engine.RuleSetValidation;
import vn.ansinh.eligibility.engine.ScenarioRunner;
import vn.ansinh.support.Folders;

/**
 * What the policy workbench does on every save of a draft file: a changed copy of {@code rules/} is validated
 * (parameters, reasons, sandbox, structure, compilation, compiled-model and bytecode checks, scenarios under the
 * limits) and then every scenario of {@code tests/} is run on the new rule base. Target: ≤ 5 s per save.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=PolicySaveBenchmark [-Drounds=5]}
 */
public final class PolicySaveBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 5);
        Path dir = Files.createTempDirectory("policy-save-bench").resolve("rules");
        Folders.copy(Path.of(System.getProperty("rules", "rules")), dir);
        Path baseLevel = dir.resolve("parameters/social_allowance/base_level.yaml");
        String original = Files.readString(baseLevel);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Files.writeString(baseLevel, original + "\n# save " + i + "\n");
            long t0 = System.nanoTime();
            RuleSetValidation.Result result = RuleSetValidation.validate(dir, EvaluationLimits.DEFAULT);
            long validated = System.nanoTime();
            List<ScenarioRunner.Result> scenarios = new ScenarioRunner()
                    .run(new RuleEngine(result.orThrow()), ScenarioRunner.load(dir.resolve("tests")));
            long done = System.nanoTime();
            result.ruleBase().dispose();
            long total = (done - t0) / 1_000_000;
            millis.add(total);
            System.out.printf("save %d: validate + compile %d ms, %d scenarios %d ms (%d failing), total %d ms%n", i + 1,
                    (validated - t0) / 1_000_000, scenarios.size(), (done - validated) / 1_000_000,
                    scenarios.stream().filter(r -> !r.passed()).count(), total);
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("policy save check over %d saves: median %d ms, max %d ms (first includes JIT warm-up); target ≤ 5000 ms%n",
                rounds, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }
}
