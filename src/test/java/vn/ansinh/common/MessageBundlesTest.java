package vn.ansinh.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key is in Vietnamese and English, and every key Java or a template names is in both. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** #{key} or #{key(args)} in a template; keys built at run time (#{${…}}) are not literal and are left out. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    /** A key handed to a message lookup in Java: text("…"), getMessage("…"), a field error's key, message = "{…}". */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:(?:TEXTS\\.|(?<![.\\w]))text\\(|getMessage\\(|\\berror\\([^,()]+, )\"([a-z][\\w]*(?:\\.[\\w]+)+)\"|\"\\{([a-z][\\w]*(?:\\.[\\w]+)+)}\"");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path vi : bundles()) {
            Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English bundle of " + vi).exists();
            Set<String> viKeys = keys(vi);
            Set<String> enKeys = keys(en);
            viKeys.stream().filter(k -> !enKeys.contains(k)).forEach(k -> problems.add(en.getFileName() + " lacks " + k));
            enKeys.stream().filter(k -> !viKeys.contains(k)).forEach(k -> problems.add(vi.getFileName() + " lacks " + k));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyUsedInJavaOrTemplatesExists() throws IOException {
        Set<String> vi = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (Path bundle : bundles()) {
            vi.addAll(keys(bundle));
            en.addAll(keys(bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_en.properties"))));
        }
        Set<String> used = new TreeSet<>();
        used.addAll(usedKeys(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY));
        used.addAll(usedKeys(Path.of("src/main/java"), ".java", JAVA_KEY));
        assertThat(used).as("keys found").isNotEmpty();
        assertThat(used.stream().filter(k -> !vi.contains(k)).toList()).as("missing in Vietnamese").isEmpty();
        assertThat(used.stream().filter(k -> !en.contains(k)).toList()).as("missing in English").isEmpty();
    }

    /** A key defined twice (in one file or in two bundles) keeps only one text: the other is silently lost. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Pattern definition = Pattern.compile("^([A-Za-z][\\w.-]*)\\s*[=:]", Pattern.MULTILINE);
        for (String language : List.of(".properties", "_en.properties")) {
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            List<String> twice = new ArrayList<>();
            for (Path vi : bundles()) {
                Path file = vi.resolveSibling(vi.getFileName().toString().replace(".properties", language));
                Matcher m = definition.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String before = seen.put(m.group(1), file.getFileName().toString());
                    if (before != null) {
                        twice.add(m.group(1) + " in " + before + " and " + file.getFileName());
                    }
                }
            }
            assertThat(twice).as("keys defined twice (" + language + ")").isEmpty();
        }
    }

    /**
     * Every word a person reads on a page comes from a message key: text inside an element is replaced by th:text
     * (or th:utext, th:errors, th:replace, th:insert, sec:authentication on it or an enclosing element), and a
     * placeholder, title, alt or aria-label is a date format or has its th: twin. File formats (CSV, XLSX, PDF) are
     * names, not words; a template's sample text inside a replaced element is only for the template's reader.
     */
    @Test
    void noTemplateHoldsTextOutsideMessageKeys() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                hardCodedText(Files.readString(f, StandardCharsets.UTF_8)).forEach(t -> found.add(f + ": «" + t + "»"));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theHardCodedTextCheckFindsTextOutsideAKeyAndAllowsTextItReplaces() {
        assertThat(hardCodedText("<main><h1 th:text=\"#{a.b}\">Tiêu đề</h1><p>Chưa dịch</p>"
                + "<a th:href=\"@{/x}\" th:if=\"${n > 0}\"><span th:text=\"#{c.d}\">Mở</span> (CSV)</a>"
                + "<input placeholder=\"dd/MM/yyyy\"><input placeholder=\"Tìm kiếm\"></main>"))
                .containsExactly("Chưa dịch", "placeholder=Tìm kiếm");
    }

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<!DOCTYPE[^>]*>|<(script|style|textarea|pre|code)\\b[^>]*>.*?</\\1\\s*>"
            + "|<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.DOTALL);
    private static final Pattern REPLACES = Pattern.compile("\\b(?:th:(?:text|utext|errors|replace|insert|remove)|sec:authentication)\\s*=");
    private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> NAMES = Set.of("CSV", "XLSX", "PDF", "ZIP", "dd", "MM", "yyyy", "HH", "mm");
    private static final Set<String> VOID = Set.of("input", "br", "img", "meta", "link", "hr", "source", "col", "area", "base", "wbr");

    static List<String> hardCodedText(String html) {
        List<String> out = new ArrayList<>();
        java.util.Deque<Boolean> replaced = new java.util.ArrayDeque<>();
        java.util.Deque<String> names = new java.util.ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            text(html.substring(at, m.start()), replaced.contains(true), out);
            at = m.end();
            if (m.group().startsWith("<!") || m.group(1) != null) {
                continue;
            }
            String name = m.group(3).toLowerCase(java.util.Locale.ROOT);
            String attributes = m.group(4);
            Matcher a = PLAIN_ATTRIBUTE.matcher(attributes);
            while (a.find()) {
                if (words(a.group(2)) && !attributes.contains("th:" + a.group(1) + "=") && !replaced.contains(true)) {
                    out.add(a.group(1) + "=" + a.group(2));
                }
            }
            if (!m.group(2).isEmpty()) {
                while (!names.isEmpty()) {
                    replaced.pop();
                    if (names.pop().equals(name)) {
                        break;
                    }
                }
            } else if (!VOID.contains(name) && !attributes.strip().endsWith("/")) {
                names.push(name);
                // the layout's html element takes the page's parts by th:replace: its own text still counts
                replaced.push(!name.equals("html") && REPLACES.matcher(attributes).find());
            }
        }
        text(html.substring(at), replaced.contains(true), out);
        return out;
    }

    private static void text(String text, boolean replaced, List<String> out) {
        String t = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").strip();
        if (!replaced && words(t)) {
            out.add(t);
        }
    }

    private static boolean words(String text) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (!NAMES.contains(w.group())) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
                    .sorted().toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> usedKeys(Path root, String ending, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(ending)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return keys;
    }
}
