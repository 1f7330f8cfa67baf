package vn.ansinh.eligibility.engine;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule file with the parser the compiler uses and refuses, with file and line, every construct whose code
 * would run outside the checked consequences: MVEL dialect, functions, queries, globals, declared types, function
 * and accumulate imports, entry points, windows, timers, dynamic attributes, custom accumulate code and named
 * consequences. Constraint, binding, {@code from} and accumulate-argument expressions are verified by
 * {@link ExpressionCheck}; Java code (consequences, {@code eval}) is checked later on its bytecode.
 */
final class DrlStructureCheck {

    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "dialect");
    private static final Pattern BINDING = Pattern.compile("^\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*:(?!=)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    /** What the parsed file tells the later checks: its package, rules (by name) and their lines. */
    record Parsed(String packageName, Map<String, Integer> ruleLines, Map<String, List<Integer>> evalLines,
                  Map<String, Integer> consequenceLines, Set<String> factClasses, Set<String> members) {
    }

    private final String file;
    private final List<Finding> findings;
    private final Set<String> factClasses = new HashSet<>();
    private ExpressionCheck expressions;
    private final Map<String, List<Integer>> evalLines = new java.util.HashMap<>();
    private final Map<String, Integer> consequenceLines = new java.util.HashMap<>();
    private String[] lines = new String[0];
    private List<Integer> evals;

    private DrlStructureCheck(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
    }

    /** Checks {@code drl}, adding findings; returns what was parsed (empty when it does not parse). */
    static Optional<Parsed> check(String file, String drl, List<Finding> findings) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            findings.add(new Finding(file, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        if (parser.hasErrors() || pkg == null) {
            return Optional.empty(); // the compiler reports these with file and line
        }
        DrlStructureCheck check = new DrlStructureCheck(file, findings);
        check.lines = drl.split("\n", -1);
        return Optional.of(check.check(pkg));
    }

    private Parsed check(PackageDescr pkg) {
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (!target.startsWith(DrlSandbox.FACTS_PACKAGE) || target.substring(DrlSandbox.FACTS_PACKAGE.length()).contains(".")) {
                refuse(i, "import of '" + target + "' is not allowed: rules may import only " + DrlSandbox.FACTS_PACKAGE + "*");
            } else if (target.endsWith("*")) {
                refuse(i, "import each fact class by name (import " + DrlSandbox.FACTS_PACKAGE + "MemberFact;), not '*'");
            } else {
                factClasses.add(target.substring(DrlSandbox.FACTS_PACKAGE.length()));
            }
        }
        pkg.getFunctionImports().forEach(d -> refuse(d, "'import function' is not allowed"));
        pkg.getAccumulateImports().forEach(d -> refuse(d, "'import accumulate' is not allowed"));
        pkg.getGlobals().forEach(d -> refuse(d, "'global' is not allowed: rules read only facts and parameters"));
        pkg.getFunctions().forEach(d -> refuse(d, "'function' is not allowed: write the logic in the rule or in the fact model"));
        pkg.getTypeDeclarations().forEach(d -> refuse(d, "'declare' is not allowed: facts are defined by the fact model"));
        pkg.getEnumDeclarations().forEach(d -> refuse(d, "'declare enum' is not allowed"));
        pkg.getEntryPointDeclarations().forEach(d -> refuse(d, "entry points are not allowed"));
        pkg.getWindowDeclarations().forEach(d -> refuse(d, "windows are not allowed"));
        for (AttributeDescr a : pkg.getAttributes()) {
            checkAttribute(a);
        }
        List<Class<?>> types = factClassesLoaded();
        Set<String> members = AllowList.expressionMembers(types);
        expressions = new ExpressionCheck(members, factClasses);
        Map<String, Integer> ruleLines = new java.util.HashMap<>();
        for (RuleDescr r : pkg.getRules()) {
            ruleLines.put(r.getName(), r.getLine());
            evals = new ArrayList<>();
            checkRule(r);
            evalLines.put(r.getName(), List.copyOf(evals));
            consequenceLines.put(r.getName(), firstCodeLine(r.getConsequenceLine()));
        }
        return new Parsed(pkg.getName(), ruleLines, evalLines, consequenceLines, Set.copyOf(factClasses), members);
    }

    /** The line of the consequence's first code: the compiler drops the blank text after {@code then}. */
    private int firstCodeLine(int thenLine) {
        if (thenLine < 1 || thenLine > lines.length) {
            return thenLine;
        }
        String rest = lines[thenLine - 1];
        int then = rest.lastIndexOf("then");
        int line = thenLine;
        rest = then >= 0 ? rest.substring(then + 4) : rest;
        while (rest.isBlank() && line < lines.length) {
            rest = lines[line];
            line++;
        }
        return line;
    }

    private List<Class<?>> factClassesLoaded() {
        List<Class<?>> out = new ArrayList<>();
        for (String simple : factClasses) {
            try {
                out.add(Class.forName(DrlSandbox.FACTS_PACKAGE + simple, false, RuleBase.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // the compiler reports an unknown import
            }
        }
        return out;
    }

    private void checkRule(RuleDescr r) {
        if (r.isQuery()) {
            refuse(r, "'query' is not allowed");
        }
        for (AttributeDescr a : r.getAttributes().values()) {
            checkAttribute(a);
        }
        if (!r.getNamedConsequences().isEmpty()) {
            refuse(r, "named consequences ('then[...]', 'do[...]', 'break[...]') are not allowed");
        }
        Set<String> bindings = new HashSet<>();
        collectBindings(r.getLhs(), bindings);
        walk(r.getLhs(), bindings, r.getLine());
    }

    private void checkAttribute(AttributeDescr a) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        if (!ATTRIBUTES.contains(name)) {
            refuse(a, "attribute '" + name + "' is not allowed (allowed: " + String.join(", ", ATTRIBUTES.stream().sorted().toList()) + ")");
        } else if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
            refuse(a, "dialect " + value + " is not allowed: rules are written in the Java dialect");
        } else if (name.equals("salience") && !INTEGER.matcher(value).matches()) {
            refuse(a, "salience must be a whole number, not the expression '" + value + "'");
        }
    }

    private void collectBindings(BaseDescr d, Set<String> out) {
        if (d instanceof PatternDescr p) {
            if (p.getIdentifier() != null) {
                out.add(p.getIdentifier());
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    Matcher m = BINDING.matcher(e.getExpression());
                    if (m.matches()) {
                        out.add(m.group(1));
                    }
                }
            }
            if (p.getSource() instanceof AccumulateDescr acc) {
                acc.getFunctions().stream().filter(f -> f.getBind() != null).forEach(f -> out.add(f.getBind()));
                collectBindings(acc.getInput(), out);
            } else if (p.getSource() instanceof CollectDescr col) {
                collectBindings(col.getInputPattern(), out);
            }
        } else if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
            for (Object c : ce.getDescrs()) {
                collectBindings((BaseDescr) c, out);
            }
        }
    }

    private void walk(BaseDescr d, Set<String> bindings, int line) {
        int here = d.getLine() > 0 ? d.getLine() : line;
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                || d instanceof ForallDescr) {
            for (Object c : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                walk((BaseDescr) c, bindings, here);
            }
        } else if (d instanceof PatternDescr p) {
            checkPattern(p, bindings, here);
        } else if (d instanceof EvalDescr) { // Java, compiled and checked on its bytecode
            evals.add(here);
        } else {
            refuse(here, "'" + d.getClass().getSimpleName().replace("Descr", "") + "' cannot be verified and is not allowed");
        }
    }

    private void checkPattern(PatternDescr p, Set<String> bindings, int line) {
        String type = p.getObjectType();
        String qualified = type.contains(".") ? type
                : factClasses.contains(type) ? DrlSandbox.FACTS_PACKAGE + type : "java.lang." + type;
        if (!AllowList.isAllowedClass(qualified.replace('.', '/'))) {
            refuse(line, "pattern on '" + type + "' is not allowed: rules match only facts and plain values");
        }
        if (!p.getBehaviors().isEmpty()) {
            refuse(line, "windows ('over window:…') are not allowed");
        }
        for (BaseDescr c : p.getDescrs()) {
            int at = c.getLine() > 0 ? c.getLine() : line;
            if (c instanceof ExprConstraintDescr e) {
                Matcher m = BINDING.matcher(e.getExpression());
                expression(m.matches() ? m.group(2) : e.getExpression(), bindings, at);
            } else {
                refuse(at, "constraint '" + c.getText() + "' cannot be verified");
            }
        }
        PatternSourceDescr source = p.getSource();
        if (source == null) {
            return;
        }
        if (source instanceof FromDescr from) {
            expression(from.getDataSource().getText(), bindings, line);
        } else if (source instanceof AccumulateDescr acc) {
            if (!acc.isExternalFunction()) {
                refuse(line, "accumulate with its own code (init/action/result) is not allowed: use count, sum, min, max,"
                        + " average, collectList or collectSet");
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                    refuse(line, "accumulate function '" + f.getFunction() + "' is not allowed");
                }
                for (String param : f.getParams()) {
                    expression(param, bindings, line);
                }
            }
            walk(acc.getInput(), bindings, line);
        } else if (source instanceof CollectDescr col) {
            walk(col.getInputPattern(), bindings, line);
        } else {
            refuse(line, "'from " + source.getText() + "' (" + source.getClass().getSimpleName().replace("Descr", "")
                    + ") is not allowed");
        }
    }

    private void expression(String text, Set<String> bindings, int line) {
        expressions.check(text, bindings).ifPresent(problem -> refuse(line, problem));
    }

    private void refuse(BaseDescr d, String message) {
        refuse(d.getLine(), message);
    }

    private void refuse(int line, String message) {
        findings.add(new Finding(file, Math.max(0, line), message));
    }
}
