package vn.ansinh.eligibility;

import java.util.List;

/**
 * What a rule-set folder gives when checked without being used: the problems that refuse it (file relative to
 * {@code rules/}, line or 0, message) and, when there are none, each scenario of {@code tests/} with the
 * differences between its expected and actual outputs.
 */
public record RuleSetCheck(List<Problem> problems, List<Scenario> scenarios) {

    public record Problem(String file, int line, String message) {
    }

    public record Scenario(String file, String name, boolean passed, List<String> diffs) {
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public long failedScenarios() {
        return scenarios.stream().filter(s -> !s.passed()).count();
    }
}
