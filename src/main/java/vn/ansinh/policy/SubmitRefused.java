package vn.ansinh.policy;

import java.util.List;

/** A draft with a finding or a failing scenario cannot be submitted (API: 409 with both lists). */
public class SubmitRefused extends RuntimeException {

    private final List<Finding> findings;
    private final List<TestRun.Result> failedScenarios;

    SubmitRefused(List<Finding> findings, List<TestRun.Result> failedScenarios) {
        super(findings.size() + " finding(s), " + failedScenarios.size() + " failing scenario(s)");
        this.findings = List.copyOf(findings);
        this.failedScenarios = List.copyOf(failedScenarios);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<TestRun.Result> failedScenarios() {
        return failedScenarios;
    }
}
