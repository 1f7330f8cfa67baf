package vn.ansinh.eligibility.engine;

import org.drools.base.definitions.impl.KnowledgePackageImpl;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one check every rule set passes before it is used — at start-up, on reload and from the policy workbench.
 * In order: parameters and reasons; the rule files' text and parsed structure ({@link DrlSandbox},
 * {@link DrlStructureCheck}), before anything is compiled; compilation with the classic compiler; what the compiler
 * produced ({@link BytecodeCheck} on the generated classes, {@link CompiledModelCheck} on the condition network);
 * and last the scenarios of {@code tests/}, run under the evaluation limits. A refused rule set is never used:
 * the result carries no rule base, only findings with file and line.
 */
public final class RuleSetValidation {

    private static final String SOURCE_PREFIX = "src/main/resources/rules/";

    /** Either an accepted rule base (no findings) or the findings that refuse it. */
    public record Result(RuleBase ruleBase, List<Finding> findings) {

        public boolean accepted() {
            return ruleBase != null;
        }

        /** The accepted rule base, or {@link RuleSetException} with the findings. */
        public RuleBase orThrow() {
            if (ruleBase == null) {
                throw RuleSetException.of(findings);
            }
            return ruleBase;
        }
    }

    /** The layers of the check; all run in production, tests switch some off to show each holds on its own. */
    enum Layer { TEXT, STRUCTURE, COMPILED }

    private RuleSetValidation() {
    }

    /** Validates and compiles the rule set in {@code dir}; never throws for a problem of the rule set itself. */
    public static Result validate(Path dir, EvaluationLimits limits) {
        return validate(dir, limits, EnumSet.allOf(Layer.class));
    }

    static Result validate(Path dir, EvaluationLimits limits, Set<Layer> layers) {
        long start = System.nanoTime();
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return refused(List.of(new Finding("", 0, "rules directory not found: " + root)));
        }
        List<String> problems = new ArrayList<>();
        Map<?, ?> ruleset = RuleBase.readRuleset(root, problems);
        Map<String, List<ReasonCatalog.Dated>> reasons = ReasonCatalog.load(root.resolve("reasons"), root, problems);
        ParameterTable parameters = ParameterTable.load(root.resolve("parameters"), root, reasons, problems);
        List<Path> drls = new ArrayList<>(Yamls.files(root.resolve("classification"), ".drl"));
        drls.addAll(Yamls.files(root.resolve("programs"), ".drl"));
        if (drls.isEmpty()) {
            problems.add("no rule files (*.drl) in classification/ or programs/");
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, DrlStructureCheck.Parsed> parsed = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Path drl : drls) {
            String rel = root.relativize(drl).toString().replace('\\', '/');
            String text = RuleBase.read(drl);
            if (layers.contains(Layer.TEXT)) {
                problems.addAll(DrlSandbox.check(rel, text));
            }
            List<Finding> structure = new ArrayList<>();
            DrlStructureCheck.check(rel, text, structure).ifPresent(p -> parsed.put(rel, p));
            if (layers.contains(Layer.STRUCTURE)) {
                findings.addAll(structure);
            }
            RuleBase.checkReasonCodes(rel, text, reasons, problems);
            RuleBase.checkParameterNames(rel, text, parameters, problems);
            kfs.write(SOURCE_PREFIX + rel, text);
        }
        problems.forEach(p -> findings.add(Finding.parse(p)));
        if (!findings.isEmpty()) {
            return refused(findings);
        }
        ReleaseId releaseId = RuleBase.nextReleaseId(ks);
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs, RuleBase.class.getClassLoader()).buildAll(DrlProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
            findings.add(new Finding(path, Math.max(0, m.getLine()), m.getText().strip()));
        }
        if (!findings.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return refused(findings);
        }
        KieContainer container = ks.newKieContainer(releaseId, RuleBase.class.getClassLoader());
        if (layers.contains(Layer.COMPILED)) {
            checkCompiled(container, parsed, findings);
        }
        if (!findings.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return refused(findings);
        }
        RuleBase base = RuleBase.of(root, ruleset, parameters, container, (System.nanoTime() - start) / 1_000_000);
        findings.addAll(ScenarioLimits.check(base, limits, root.resolve("tests"), parsed));
        if (!findings.isEmpty()) {
            base.dispose();
            return refused(findings);
        }
        return new Result(base, List.of());
    }

    private static Result refused(List<Finding> findings) {
        return new Result(null, findings.stream().distinct().toList());
    }

    private static void checkCompiled(KieContainer container, Map<String, DrlStructureCheck.Parsed> parsed, List<Finding> findings) {
        for (KiePackage kp : container.getKieBase().getKiePackages()) {
            KnowledgePackageImpl pkg = (KnowledgePackageImpl) kp;
            JavaDialectRuntimeData java = (JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java");
            Map<String, byte[]> store = java == null ? Map.of() : java.getStore();
            Set<String> generated = new HashSet<>();
            store.keySet().forEach(k -> generated.add(k.replaceFirst("\\.class$", "")));
            Map<String, LineMappings> lines = pkg.getDialectRuntimeRegistry().getLineMappings();
            Map<String, BytecodeCheck.Origin> ruleClasses = new HashMap<>();
            String packageFile = "";
            for (Rule r : kp.getRules()) {
                RuleImpl rule = (RuleImpl) r;
                String file = fileOf(rule);
                packageFile = file;
                DrlStructureCheck.Parsed p = parsed.get(file);
                int ruleLine = p == null ? 0 : p.ruleLines().getOrDefault(rule.getName(), 0);
                ExpressionCheck expressions = p == null ? new ExpressionCheck(Set.of(), Set.of())
                        : new ExpressionCheck(p.members(), p.factClasses());
                new CompiledModelCheck(expressions, generated, file, ruleLine, findings).check(rule);
                String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().getClass().getName();
                String ruleClass = consequence.replaceFirst("DefaultConsequenceInvoker$", "");
                LineMappings mapping = lines.get(ruleClass);
                ruleClasses.put(ruleClass.replace('.', '/'), new BytecodeCheck.Origin(file, ruleLine,
                        p == null || mapping == null ? 0 : p.consequenceLines().getOrDefault(rule.getName(), 0),
                        mapping == null ? 0 : mapping.getOffset(),
                        p == null ? List.of() : p.evalLines().getOrDefault(rule.getName(), List.of())));
            }
            String fallbackFile = packageFile;
            BytecodeCheck bytecode = new BytecodeCheck(generated, ruleClasses, findings);
            store.forEach((name, bytes) -> bytecode.check(name.replaceFirst("\\.class$", ""), bytes,
                    BytecodeCheck.Origin.of(fallbackFile)));
        }
    }

    private static String fileOf(RuleImpl rule) {
        String path = rule.getResource() == null ? "" : rule.getResource().getSourcePath();
        return path.replaceFirst("^(src/main/resources/)?rules/", "");
    }
}
