package vn.ansinh.eligibility.engine;

import java.util.List;

/** The rule set in {@code rules/} cannot be used; each finding names its file (and line where known). */
public class RuleSetException extends RuntimeException {

    private final List<Finding> findings;

    public RuleSetException(List<String> problems) {
        this(problems.stream().map(Finding::parse).toList(), true);
    }

    RuleSetException(List<Finding> findings, boolean structured) {
        super("The rule set is invalid:\n  - " + String.join("\n  - ", findings.stream().map(Finding::toString).toList()));
        this.findings = List.copyOf(findings);
    }

    static RuleSetException of(List<Finding> findings) {
        return new RuleSetException(findings, true);
    }

    /** Each problem as {@code file:line: message}. */
    public List<String> problems() {
        return findings.stream().map(Finding::toString).toList();
    }

    /** Each problem with its file, line and message. */
    public List<Finding> findings() {
        return findings;
    }
}
