package vn.ansinh.eligibility.engine;

import java.nio.file.Path;

/** The real rule base built from {@code rules/}, built once for all unit tests of the JVM. */
final class Rules {

    static final Path DIR = Path.of("rules");
    private static RuleEngine engine;

    private Rules() {
    }

    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = new RuleEngine(RuleBase.load(DIR));
        }
        return engine;
    }
}
