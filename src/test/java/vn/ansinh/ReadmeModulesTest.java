package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "Modules" table names every top-level package under {@code vn.ansinh} but the shared kernel, and no other. */
class ReadmeModulesTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|", Pattern.MULTILINE);

    @Test
    void theModulesTableMatchesThePackages() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Modules");
        assertThat(start).as("README section Modules").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Matcher rows = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Set<String> table = new TreeSet<>();
        while (rows.find()) {
            table.add(rows.group(1));
        }
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/vn/ansinh"))) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).forEach(packages::add);
        }
        packages.removeAll(List.of("common"));
        assertThat(table).isEqualTo(packages);
    }
}
