package vn.ansinh.policy;

import java.util.List;

/** Every scenario of a draft run on the draft: counts, and each scenario's differences (expected vs got per output). */
public record TestRun(int passed, int failed, List<Result> results, List<Finding> findings) {

    public record Result(String name, boolean passed, List<String> diffs) implements java.io.Serializable {
    }
}
