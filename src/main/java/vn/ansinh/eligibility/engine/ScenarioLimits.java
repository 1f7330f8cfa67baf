package vn.ansinh.eligibility.engine;

import java.util.Locale;
import vn.ansinh.common.BundleTexts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the scenarios of {@code tests/} through a freshly built rule base under the evaluation limits, before it is
 * used: a rule that runs for ever or re-activates itself is refused here, named with its file and line, instead of
 * stopping evaluations later. Mismatching scenarios are not findings (policy staff see them in the workbench).
 */
final class ScenarioLimits {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/eligibility");

    private ScenarioLimits() {
    }

    static List<Finding> check(RuleBase base, EvaluationLimits limits, Path tests,
                               Map<String, DrlStructureCheck.Parsed> parsed) {
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        List<ScenarioRunner.Scenario> scenarios;
        try {
            scenarios = ScenarioRunner.load(tests);
        } catch (RuleSetException e) {
            return e.findings();
        }
        RuleEngine engine = new RuleEngine(base, limits, RuleWorkers.shared());
        ScenarioRunner runner = new ScenarioRunner();
        Locale locale = BundleTexts.currentLocale(); // the stream's other threads have no request locale
        List<Finding> findings = scenarios.parallelStream().map(s -> {
            try {
                runner.evaluate(engine, s);
            } catch (EvaluationLimitException e) {
                return where(e.rule(), parsed, TEXTS.textIn(locale, "eligibility.limit.scenario", s.file(), s.name(), e.text(locale)));
            } catch (RuntimeException e) {
                // a scenario that fails otherwise is reported by the scenario run, not here
            }
            return null;
        }).filter(java.util.Objects::nonNull).limit(1).toList();
        return findings;
    }

    private static Finding where(String rule, Map<String, DrlStructureCheck.Parsed> parsed, String message) {
        for (Map.Entry<String, DrlStructureCheck.Parsed> e : parsed.entrySet()) {
            Integer line = rule == null ? null : e.getValue().ruleLines().get(rule);
            if (line != null) {
                return new Finding(e.getKey(), line, message);
            }
        }
        return new Finding("tests", 0, message);
    }
}
