package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule that never stops — re-activating itself through {@code update} — is refused at validation (the scenarios run
 * under the limits), and when it gets past (no scenarios) each evaluation is stopped by the firing limit or the time
 * limit with a clear error, while the workers keep answering.
 */
class EvaluationLimitTests {

    private static final Path RULE = Path.of("src/test/resources/evaluation-limits-fires-for-ever.drl");
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    @Test
    void aRuleThatFiresForEverIsRefusedAtValidationWithItsFileAndLine() throws IOException {
        Path rules = rulesWithLoop(true);
        RuleSetValidation.Result result = RuleSetValidation.validate(rules, EvaluationLimits.DEFAULT);
        assertThat(result.accepted()).isFalse();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.file() + ":" + f.line()).isEqualTo("programs/loop/fires_for_ever.drl:4");
            assertThat(f.message()).contains("fires for ever").contains("tự kích hoạt lại");
        });
    }

    @Test
    void theFiringLimitStopsItAndTheTimeLimitStopsItWhenTheFiringLimitIsHigh() throws IOException {
        RuleBase looping = RuleSetValidation.validate(rulesWithLoop(false), EvaluationLimits.DEFAULT).orThrow();
        try (RuleWorkers workers = new RuleWorkers(2)) {
            RuleEngine limited = new RuleEngine(looping, EvaluationLimits.DEFAULT, workers);
            assertThatThrownBy(() -> limited.evaluate(household(), AS_OF)).isInstanceOf(EvaluationLimitException.class)
                    .hasMessageContaining("quá 1000 lần").hasMessageContaining("fires for ever")
                    .satisfies(e -> assertThat(((EvaluationLimitException) e).text(java.util.Locale.ENGLISH))
                            .contains("more than 1000 times").contains("re-activates itself"));

            RuleEngine timed = new RuleEngine(looping, new EvaluationLimits(Duration.ofMillis(300), Integer.MAX_VALUE / 2), workers);
            long start = System.nanoTime();
            assertThatThrownBy(() -> timed.evaluate(household(), AS_OF)).isInstanceOf(EvaluationLimitException.class)
                    .hasMessageContaining("thời hạn 300 ms").hasMessageContaining("fires for ever");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            RuleEngine real = new RuleEngine(Rules.engine().ruleBase(), EvaluationLimits.DEFAULT, workers);
            for (int i = 0; i < 3; i++) { // more evaluations than workers: none is held by the stopped loop
                assertThat(real.evaluate(household(), AS_OF).socialAllowance()).isNotEmpty();
            }
        } finally {
            looping.dispose();
        }
    }

    private static vn.ansinh.eligibility.HouseholdFacts household() {
        return Households.household(Area.URBAN, 4_000_000, List.of(), null, MemberFacts.of("E", LocalDate.of(1940, 1, 1)));
    }

    private Path rulesWithLoop(boolean withScenarios) throws IOException {
        Path rules = dir.resolve(withScenarios ? "with" : "without");
        vn.ansinh.support.Folders.copy(Rules.DIR, rules);
        if (!withScenarios) {
            try (var s = Files.walk(rules.resolve("tests"))) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path drl = rules.resolve("programs/loop/fires_for_ever.drl");
        Files.createDirectories(drl.getParent());
        Files.copy(RULE, drl);
        return rules;
    }
}
