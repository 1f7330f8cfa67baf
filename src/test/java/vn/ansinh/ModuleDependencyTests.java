package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module graph of DESIGN.md §2 honest: a module may use only the modules listed before it;
 * {@code audit} hears from all through events; {@code common} is shared infrastructure and uses no module.
 */
class ModuleDependencyTests {

    private static final List<String> ORDER = List.of("common", "geography", "identity", "audit", "household",
            "assessment", "eligibility", "casework", "payment", "policy", "reporting", "demo");
    private static final Pattern REFERENCE = Pattern.compile("vn\\.ansinh\\.([a-z]+)\\.");
    private static final Path SOURCES = Path.of("src/main/java/vn/ansinh");

    @Test
    void everyModuleUsesOnlyTheModulesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                Matcher matcher = REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String used = matcher.group(1);
                    if (!used.equals(module) && ORDER.contains(used) && !allowed(module, used)) {
                        violations.add(relative + " uses " + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyModuleIsKnownAndHasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertThat(ORDER).as("module list").contains(dir.getFileName().toString());
                assertThat(dir.resolve("package-info.java")).as(dir + "/package-info.java").exists();
            }
        }
    }

    private static boolean allowed(String module, String used) {
        int mine = ORDER.indexOf(module);
        int theirs = ORDER.indexOf(used);
        return mine < 0 || theirs < mine;
    }
}
