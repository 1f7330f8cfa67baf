package vn.ansinh.policy;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes a version's files into {@code <rulesets-dir>/<tree hash>/} once, for eligibility to load or check. */
@Component
class Materializer {

    private final Path root;

    Materializer(@Value("${ansinh.policy.rulesets-dir:${java.io.tmpdir}/ansinh-rulesets}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    Path folder(Map<String, byte[]> contents) {
        String tree = RuleTree.treeHash(RuleTree.hashes(contents));
        return RuleTree.writeOnce(root.resolve(tree), contents);
    }
}
