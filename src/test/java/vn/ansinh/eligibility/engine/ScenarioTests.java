package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Every scenario file in {@code rules/tests/**} runs through the real rule base built from {@code rules/}. */
class ScenarioTests {

    @Test
    void everyScenarioInRulesTestsMatchesItsExpectedOutcome() {
        List<ScenarioRunner.Scenario> scenarios = ScenarioRunner.load(Rules.DIR.resolve("tests"));
        assertThat(scenarios).hasSizeGreaterThan(60);
        List<ScenarioRunner.Result> failed = new ScenarioRunner().run(Rules.engine(), scenarios).stream()
                .filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            fail(failed.size() + " of " + scenarios.size() + " scenarios do not match:\n" + failed.stream()
                    .map(r -> "- " + r.scenario().file() + " / " + r.scenario().name() + "\n    " + String.join("\n    ", r.mismatches()))
                    .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void everyGoldenCaseHasAScenario() {
        String names = ScenarioRunner.load(Rules.DIR.resolve("tests")).stream()
                .map(ScenarioRunner.Scenario::name).collect(Collectors.joining("\n"));
        for (int i = 1; i <= 30; i++) {
            assertThat(names).as("golden case GC-%02d", i).contains(String.format("GC-%02d", i));
        }
    }

    @Test
    void aScenarioWithAWrongExpectationIsReportedWithItsMismatch(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("wrong.yaml"), """
                - name: "deliberately wrong"
                  asOf: 2018-06-15
                  household: { area: RURAL, monthlyIncomePerCapita: 700000, members: [ { id: M1, birthDate: 1975-02-01 } ] }
                  expected:
                    poverty: { status: NEAR_POOR }
                    socialAllowance: [ { memberId: M1, category: SA5c } ]
                """);
        List<ScenarioRunner.Result> results = new ScenarioRunner().run(Rules.engine(), ScenarioRunner.load(dir));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.mismatches()).anyMatch(m -> m.contains("poverty.status: expected NEAR_POOR but was POOR"));
            assertThat(r.mismatches()).anyMatch(m -> m.startsWith("socialAllowance: expected"));
        });
    }
}
