package vn.ansinh.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the code writes to the audit trail has words in both languages (the viewer shows words, not codes),
 * and every kind of refusal can be picked in the viewer's filter. Actions are found where a door writes a record
 * ({@code AuditEvent.of/refusal}) and where an audited event names its own ({@code String action() { return "…"; }}).
 */
class AuditWordsCoverageTest {

    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:(?:AuditEvent\\.(?:of|refusal)|LoginEvent\\.(?:refused|done)|\\brecord)\\(|String action\\(\\)\\s*\\{\\s*return)"
                    + "\\s*\"([A-Z][A-Z_]*[A-Z])\"");
    private static final Pattern LINE_RESULT = Pattern.compile("\"PAYMENT_LINE_\" \\+");

    @Test
    void everyPublishedActionHasWordsInVietnameseAndEnglishAndEveryRefusalIsInTheFilter() throws IOException {
        Set<String> actions = published();
        assertThat(actions).contains("ACT_REFUSED", "CASE_ACCESS_REFUSED", "DECISION_ACCESS_REFUSED", "PLAN_ACCESS_REFUSED");
        for (String bundle : new String[]{"audit.properties", "audit_en.properties"}) {
            Properties words = load(bundle);
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(words).containsKey("audit.action." + a));
        }
        assertThat(actions.stream().filter(a -> a.endsWith("_REFUSED")))
                .allSatisfy(a -> assertThat(AuditController.ACTIONS).contains(a));
    }

    /** A case's timeline steps reach the trail as {@code case.<action in lower case>} (CaseHistory): each has words too. */
    @Test
    void everyCaseStepAndEveryKindOfRecordHasWordsInBothLanguages() throws IOException {
        Set<String> steps = new TreeSet<>();
        load("casework.properties").stringPropertyNames().stream().filter(k -> k.startsWith("timeline.action."))
                .forEach(k -> steps.add("case." + k.substring("timeline.action.".length()).toLowerCase(java.util.Locale.ROOT)));
        assertThat(steps).contains("case.opened", "case.approve", "case.awaiting_district");
        Set<String> records = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD_TYPE.matcher(Files.readString(f));
                while (m.find()) {
                    records.add(m.group(1));
                }
            }
        }
        assertThat(records).contains("Case", "reevaluation", "household");
        for (String bundle : new String[]{"audit.properties", "audit_en.properties"}) {
            Properties words = load(bundle);
            assertThat(steps).as(bundle).allSatisfy(a -> assertThat(words).containsKey("audit.action." + a));
            assertThat(records).as(bundle).allSatisfy(t -> assertThat(words).containsKey("audit.subject." + t));
        }
    }

    private static final Pattern RECORD_TYPE = Pattern.compile("AuditEvent\\.(?:of|refusal)\\([^,()]+,\\s*\"([A-Za-z_]+)\"");

    private static Set<String> published() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = PUBLISHED.matcher(text);
                while (m.find()) {
                    out.add(m.group(1));
                }
                if (LINE_RESULT.matcher(text).find()) {
                    Arrays.stream(vn.ansinh.payment.cycle.LineStatus.values()).forEach(s -> out.add("PAYMENT_LINE_" + s.name()));
                }
            }
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
