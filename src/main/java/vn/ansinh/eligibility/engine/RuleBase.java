package vn.ansinh.eligibility.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled rule base of one version of {@code rules/} as {@link RuleSetValidation} accepted it: DRL compiled
 * once with the classic compiler (file and line in errors), parameters, reason catalogue, label and content hash. Immutable and shared by
 * all threads; a reload builds a new one under a new ReleaseId and the old module is removed.
 */
public final class RuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final KieSessionConfiguration SESSION = sessionConfiguration();
    private static final Pattern PARAMETER = Pattern.compile(
            "(?:\\b(?:has|num|coef|text|date|list|listHas|listHasAny)|threshold|byArea|membersWithAny)\\(\\s*\"([^\"]+)\"");
    private static final Pattern REASON_CODE = Pattern.compile("\\.(?:pass|fail|check)\\(\\s*\"([^\"]+)\"|coverAllMembers\\([^,]+,\\s*\"([^\"]+)\"");

    private final Path dir;
    private final String label;
    private final String version;
    private final LocalDate coveredFrom;
    private final ParameterTable parameters;
    private final KieContainer container;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final int ruleCount;
    private final long buildMillis;

    private RuleBase(Path dir, String label, String version, LocalDate coveredFrom, ParameterTable parameters,
                     KieContainer container, long buildMillis) {
        this.dir = dir;
        this.label = label;
        this.version = version;
        this.coveredFrom = coveredFrom;
        this.parameters = parameters;
        this.container = container;
        this.kieBase = container.getKieBase();
        this.sessions = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
        this.ruleCount = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        this.buildMillis = buildMillis;
    }

    /** Loads, validates and compiles {@code dir}; throws {@link RuleSetException} listing every problem. */
    public static RuleBase load(Path dir) {
        return RuleSetValidation.validate(dir, EvaluationLimits.DEFAULT).orThrow();
    }

    static RuleBase of(Path root, Map<?, ?> ruleset, ParameterTable parameters, KieContainer container, long buildMillis) {
        String label = ruleset.get("label") == null ? "unlabelled" : ruleset.get("label").toString();
        LocalDate coveredFrom = ruleset.get("coveredFrom") instanceof LocalDate d ? d : LocalDate.MIN;
        return new RuleBase(root, label, "sha256:" + hash(root), coveredFrom, parameters, container, buildMillis);
    }

    /** The {@code coveredFrom} of {@code root}'s {@code ruleset.yaml} as a build would read it, without building. */
    public static LocalDate coveredFrom(Path root) {
        return readRuleset(root, new java.util.ArrayList<>()).get("coveredFrom") instanceof LocalDate d ? d : LocalDate.MIN;
    }

    private static KieSessionConfiguration sessionConfiguration() {
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        return conf;
    }

    static ReleaseId nextReleaseId(KieServices ks) {
        return ks.newReleaseId("vn.ansinh.rules", "ruleset", "1.0." + BUILDS.incrementAndGet());
    }

    static Map<?, ?> readRuleset(Path root, List<String> problems) {
        Path file = root.resolve("ruleset.yaml");
        if (!Files.exists(file)) {
            problems.add("ruleset.yaml is missing (label, coveredFrom)");
            return Map.of();
        }
        Object doc = Yamls.read(file);
        if (!(doc instanceof Map<?, ?> m) || !(m.get("coveredFrom") instanceof LocalDate)) {
            problems.add("ruleset.yaml needs 'label' and 'coveredFrom' (YYYY-MM-DD)");
            return doc instanceof Map<?, ?> m2 ? m2 : Map.of();
        }
        return m;
    }

    static void checkReasonCodes(String file, String drl, Map<String, ?> reasons, List<String> problems) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("rule ") || lines[i].trim().startsWith("//")) {
                continue;
            }
            Matcher m = REASON_CODE.matcher(lines[i]);
            while (m.find()) {
                String code = m.group(1) != null ? m.group(1) : m.group(2);
                if (!reasons.containsKey(code)) {
                    problems.add(file + ":" + (i + 1) + ": reason code '" + code + "' is not in reasons/*.yaml");
                }
            }
        }
    }

    /** Every parameter a rule names must exist in {@code parameters/} (area thresholds as {@code name.rural/urban}). */
    static void checkParameterNames(String file, String drl, ParameterTable parameters, List<String> problems) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("rule ") || lines[i].trim().startsWith("//")) {
                continue;
            }
            Matcher m = PARAMETER.matcher(lines[i]);
            while (m.find()) {
                String name = m.group(1);
                Map<String, ParameterTable.Parameter> known = parameters.parameters();
                if (!known.containsKey(name) && !(known.containsKey(name + ".rural") && known.containsKey(name + ".urban"))) {
                    problems.add(file + ":" + (i + 1) + ": parameter '" + name + "' is not defined in parameters/*.yaml");
                }
            }
        }
    }

    /**
     * SHA-256 over the relative path and content of every file in {@code rules/} except the casework calendar.
     * Links are followed: a rules folder mounted as a link (ConfigMap, deployment link) must hash what it holds.
     */
    static String hash(Path root) {
        try (Stream<Path> s = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("calendar/")) {
                    continue;
                }
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Forgets the compiled module once a newer rule base has replaced this one. The container itself is left to
     * the garbage collector so that evaluations still running on it finish normally.
     */
    public void dispose() {
        KieServices.Factory.get().getRepository().removeKieModule(container.getReleaseId());
    }

    /** The same compiled rule base under another label (the policy workbench's version label, recorded on decisions). */
    public RuleBase labelled(String newLabel) {
        return newLabel == null || newLabel.equals(label) ? this
                : new RuleBase(dir, newLabel, version, coveredFrom, parameters, container, buildMillis);
    }

    /**
     * A pooled session, not thread-safe: each evaluation uses its session on one rule worker only (inserts, firing,
     * dispose), and Drools then skips the locks and the synchronized propagation list it keeps for shared sessions.
     * {@code halt} from the caller's thread after a time-out is still seen by the firing loop.
     */
    KieSession newSession() { return sessions.newKieSession(SESSION); }
    KieBase kieBase() { return kieBase; }
    public Path dir() { return dir; }
    public String label() { return label; }
    public String version() { return version; }
    public LocalDate coveredFrom() { return coveredFrom; }
    public ParameterTable parameters() { return parameters; }
    public int ruleCount() { return ruleCount; }
    public long buildMillis() { return buildMillis; }
}
