package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule-set version is the hash of the rules actually loaded, however the folder is reached. */
class RuleSetVersionTests {

    @TempDir
    Path dir;

    @Test
    void aRulesFolderReachedThroughALinkHasTheVersionOfTheRealFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("rules-link"), Rules.DIR.toAbsolutePath());

        RuleBase linked = RuleBase.load(link);

        assertThat(linked.version()).isEqualTo(Rules.engine().ruleBase().version())
                .isNotEqualTo("sha256:" + sha256OfNothing());
        assertThat(linked.ruleCount()).isEqualTo(Rules.engine().ruleBase().ruleCount());
    }

    @Test
    void aProgramFolderLinkedIntoTheRulesIsHashedAndCompiled() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        try (var entries = Files.list(Rules.DIR.toAbsolutePath())) {
            for (Path entry : entries.toList()) {
                Files.createSymbolicLink(rules.resolve(entry.getFileName().toString()), entry);
            }
        }

        RuleBase linked = RuleBase.load(rules);

        assertThat(linked.version()).isEqualTo(Rules.engine().ruleBase().version());
        assertThat(linked.ruleCount()).isEqualTo(Rules.engine().ruleBase().ruleCount());
    }

    private static String sha256OfNothing() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
