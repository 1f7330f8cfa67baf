package vn.ansinh.eligibility.engine;

import java.util.List;

/** The rule set in {@code rules/} cannot be used; each problem names its file (and line where known). */
public class RuleSetException extends RuntimeException {

    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super("The rule set is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
