package vn.ansinh.common;

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

/** The Content-Security-Policy allows no inline script or style: no template may carry any. */
class TemplatesWithoutInlineCodeTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE = Pattern.compile(
            "\\s(on[a-z]+|th:on[a-z]+|style|th:style)\\s*=|<style\\b|javascript:|hx-on", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptAnEventAttributeOrAStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    if (!script.group(1).matches("(?s).*\\b(th:)?src\\s*=.*")) {
                        found.add(file + ": inline <script>");
                    }
                }
                Matcher inline = INLINE.matcher(html);
                while (inline.find()) {
                    found.add(file + ": " + inline.group().trim());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
