package vn.ansinh.eligibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up and reload validation: compile errors with file and line, sandbox, parameters, reasons, version. */
class RuleBaseValidationTests {

    @TempDir
    Path dir;

    @Test
    void aRuleThatDoesNotCompileIsReportedWithFileAndLine() throws IOException {
        Path rules = copyRules();
        write(rules.resolve("programs/extra.drl"), """
                package rules.programs;
                import vn.ansinh.eligibility.facts.HouseholdFact;

                rule "broken"
                when
                    $h : HouseholdFact( noSuchField == 1 )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(rules)).isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems())
                        .anyMatch(p -> p.startsWith("programs/extra.drl:6:")));
    }

    @Test
    void aRuleCallingSystemExitIsRejected() throws IOException {
        Path rules = copyRules();
        write(rules.resolve("programs/exit.drl"), """
                package rules.programs;
                import vn.ansinh.eligibility.facts.HouseholdFact;

                rule "stop the server"
                when
                    $h : HouseholdFact()
                then
                    System.exit(1);
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("programs/exit.drl:8: 'System' is not allowed");
    }

    @Test
    void aRuleImportingJavaIoFileIsRejected() throws IOException {
        Path rules = copyRules();
        write(rules.resolve("programs/file.drl"), """
                package rules.programs;
                import vn.ansinh.eligibility.facts.HouseholdFact;
                import java.io.File;

                rule "read a file"
                when
                    $h : HouseholdFact()
                then
                    new File("/etc/passwd").delete();
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(rules)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("programs/file.drl:3: import of 'java.io.File' is not allowed")
                .hasMessageContaining("programs/file.drl:9: 'File' is not allowed");
    }

    @Test
    void reflectionThreadsAndFullyQualifiedCallsAreRejected() {
        assertThat(DrlSandbox.check("x.drl", "then\n  Thread t = new Thread();\n")).isNotEmpty().allMatch(p -> p.startsWith("x.drl:2:"));
        assertThat(DrlSandbox.check("x.drl", "then\n  $h.getClass().getMethods();\n")).isNotEmpty();
        assertThat(DrlSandbox.check("x.drl", "then\n  java.nio.file.Files.delete(null);\n")).isNotEmpty();
        assertThat(DrlSandbox.check("x.drl", "then\n  Runtime.getRuntime().exec(\"rm\");\n")).isNotEmpty();
        assertThat(DrlSandbox.check("x.drl", "// System.exit in a comment\nrule \"System\"\nthen\n  $h.pass(\"System\");\n")).isEmpty();
    }

    @Test
    void aParameterValueWithoutLegalReferenceIsRefused() throws IOException {
        Path rules = copyRules();
        write(rules.resolve("parameters/extra.yaml"), """
                extra.amount:
                  values:
                    - from: 2020-01-01
                      value: 1000
                """);
        assertThatThrownBy(() -> RuleBase.load(rules)).hasMessageContaining("parameters/extra.yaml: parameter 'extra.amount' value from 2020-01-01 has no legal 'reference'");
    }

    @Test
    void aReasonCodeMissingFromTheCatalogueIsRefused() throws IOException {
        Path rules = copyRules();
        write(rules.resolve("programs/reason.drl"), """
                package rules.programs;
                import vn.ansinh.eligibility.facts.HouseholdFact;

                rule "unknown reason"
                when
                    $h : HouseholdFact()
                then
                    $h.getPoverty().pass("NO-SUCH-REASON");
                end
                """);
        assertThatThrownBy(() -> RuleBase.load(rules)).hasMessageContaining("programs/reason.drl:8: reason code 'NO-SUCH-REASON'");
    }

    @Test
    void aMisspelledParameterNameIsRefusedWithFileAndLine() throws IOException {
        Path rules = copyRules();
        Path drl = rules.resolve("programs/social_allowance/adults.drl");
        Files.writeString(drl, Files.readString(drl).replace("params.has(\"sa.coefficient.SA5c\")", "params.has(\"sa.coefficent.SA5c\")"));
        assertThatThrownBy(() -> RuleBase.load(rules))
                .hasMessageContaining("programs/social_allowance/adults.drl:")
                .hasMessageContaining("parameter 'sa.coefficent.SA5c' is not defined");
    }

    @Test
    void theVersionIsTheContentHashOfTheRulesFolder() throws IOException {
        Path rules = copyRules();
        String before = RuleBase.hash(rules);
        assertThat(RuleBase.hash(rules)).isEqualTo(before);
        Files.writeString(rules.resolve("README.md"), "\nchanged", StandardOpenOption.APPEND);
        assertThat(RuleBase.hash(rules)).isNotEqualTo(before);
    }

    private Path copyRules() throws IOException {
        Path target = dir.resolve("rules");
        try (Stream<Path> s = Files.walk(Rules.DIR)) {
            for (Path p : s.toList()) {
                Path to = target.resolve(Rules.DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        if (!Files.exists(target.resolve("README.md"))) {
            Files.writeString(target.resolve("README.md"), "rules");
        }
        return target;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
