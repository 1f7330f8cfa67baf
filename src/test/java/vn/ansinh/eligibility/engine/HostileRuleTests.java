package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.eligibility.EvaluationResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.support.Folders.copy;

/**
 * The corpus in {@code src/test/resources/hostile-rules}: each file tries to reach the server (most write a marker
 * file). Each must be refused with its file and a line, run nothing, and leave the rule set in force serving —
 * with all checks, and with the text pre-check switched off (the guarantee comes from the parsed structure and
 * the compiled output).
 */
class HostileRuleTests {

    static final Path CORPUS = Path.of("src/test/resources/hostile-rules");
    private static final String TARGET = "programs/hostile/";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyHostileFileIsRefusedWithFileAndLineAndRunsNothing() throws IOException {
        return corpus().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertRefused(file, EnumSet.allOf(RuleSetValidation.Layer.class), 0)));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileIsRefusedWithoutTheTextPreCheck() throws IOException {
        return corpus().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertRefused(file, EnumSet.of(RuleSetValidation.Layer.STRUCTURE, RuleSetValidation.Layer.COMPILED),
                        expectedLine(file))));
    }

    @Test
    void theCorpusIsNotToothlessWithoutTheChecksAClassLoaderRuleWritesItsMarker() throws IOException {
        Path marker = dir.resolve("control.marker");
        Path rules = rulesWith(CORPUS.resolve("class-loader-in-consequence.drl"), marker);
        copy(Rules.DIR.resolve("parameters"), rules.resolve("parameters"));
        copy(Rules.DIR.resolve("reasons"), rules.resolve("reasons"));
        RuleSetValidation.Result result = RuleSetValidation.validate(rules, EvaluationLimits.DEFAULT, Set.of());
        assertThat(result.accepted()).isTrue();
        assertThat(marker).exists();
        result.ruleBase().dispose();
    }

    @Test
    void theCorpusHoldsAtLeastTwentyFiveFiles() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(25);
    }

    /** Refused with a finding on this file, on {@code line} (any line when 0), running nothing; the engine still serves. */
    private void assertRefused(Path hostile, Set<RuleSetValidation.Layer> layers, int line) throws IOException {
        String name = hostile.getFileName().toString();
        Path marker = dir.resolve(name + "." + layers.size() + ".marker");
        Path rules = rulesWith(hostile, marker);
        RuleSetValidation.Result result = RuleSetValidation.validate(rules, EvaluationLimits.DEFAULT, layers);
        assertThat(result.accepted()).as(name + " accepted").isFalse();
        assertThat(result.findings()).as(name)
                .anySatisfy(f -> {
                    assertThat(f.file()).isEqualTo(TARGET + name);
                    assertThat(f.line()).isPositive();
                    if (line > 0) {
                        assertThat(f.line()).isEqualTo(line);
                    }
                });
        assertThat(marker).as(name + " ran").doesNotExist();
        EvaluationResult served = Rules.engine().evaluate(Households.household(vn.ansinh.eligibility.facts.Area.URBAN, 4_000_000,
                List.of(), null, vn.ansinh.eligibility.MemberFacts.of("E", LocalDate.of(1940, 1, 1))), LocalDate.of(2025, 9, 1));
        assertThat(served.socialAllowance()).isNotEmpty();
    }

    private Path rulesWith(Path hostile, Path marker) throws IOException {
        Path rules = Files.createTempDirectory(dir, "rules");
        Files.copy(Rules.DIR.resolve("ruleset.yaml"), rules.resolve("ruleset.yaml"));
        Path drl = rules.resolve(TARGET + hostile.getFileName());
        Files.createDirectories(drl.getParent());
        Files.writeString(drl, Files.readString(hostile).replace("@MARKER@", marker.toAbsolutePath().toString()));
        Path scenario = rules.resolve("tests/hostile/one_household.yaml");
        Files.createDirectories(scenario.getParent());
        Files.writeString(scenario, """
                - name: "one household, so that an accepted rule fires"
                  asOf: 2025-09-01
                  household:
                    area: URBAN
                    monthlyIncomePerCapita: 1000000
                    members:
                      - { id: A, birthDate: 1940-01-01 }
                  expected: {}
                """);
        return rules;
    }

    /** The line each corpus file names in its first line, {@code // refused at line N}. */
    private static int expectedLine(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        return Integer.parseInt(first.replaceFirst("^// refused at line (\\d+).*$", "$1"));
    }

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).filter(p -> p.toString().endsWith(".drl")).sorted();
    }
}
