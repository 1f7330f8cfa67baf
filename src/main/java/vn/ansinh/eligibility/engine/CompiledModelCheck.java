package vn.ansinh.eligibility.engine;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.accessor.Accumulator;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.base.accumulators.JavaAccumulatorFunctionExecutor;
import org.drools.mvel.MVELConstraint;
import org.drools.mvel.dataproviders.MVELDataProvider;
import org.drools.mvel.expr.MVELCompilationUnit;
import org.objectweb.asm.Type;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/**
 * Walks what the compiler built for one rule (the condition network's patterns, constraints, sources, accumulators
 * and evals) and verifies each expression MVEL will interpret with {@link ExpressionCheck}: the text checked is the
 * text that runs, whatever the parser made of the file. Java parts must be classes of the rule set (checked on
 * their bytecode); anything of a kind not listed here is refused rather than trusted.
 */
final class CompiledModelCheck {

    private final ExpressionCheck expressions;
    private final Set<String> generated;
    private final String file;
    private final int line;
    private final List<Finding> findings;
    private Set<String> bindings;

    CompiledModelCheck(ExpressionCheck expressions, Set<String> generated, String file, int line, List<Finding> findings) {
        this.expressions = expressions;
        this.generated = generated;
        this.file = file;
        this.line = line;
        this.findings = findings;
    }

    void check(RuleImpl rule) {
        bindings = rule.getDeclarations().keySet();
        if (rule.getTimer() != null || rule.hasCalendars()) {
            refuse("timers and calendars are not allowed");
        }
        if (rule.isSalienceDynamic()) {
            refuse("a computed salience is not allowed");
        }
        if (!(rule.getEnabled() instanceof EnabledBoolean)) {
            refuse("a computed 'enabled' is not allowed");
        }
        if (rule.hasNamedConsequences()) {
            refuse("named consequences are not allowed");
        }
        if (rule.getConsequence() == null || !compiled(rule.getConsequence())) {
            refuse("the consequence is not compiled Java code and cannot be verified");
        }
        element(rule.getLhs());
    }

    private void element(Object e) {
        if (e instanceof GroupElement g) {
            g.getChildren().forEach(this::element);
        } else if (e instanceof Pattern p) {
            pattern(p);
        } else if (e instanceof EvalCondition eval) {
            if (!compiled(eval.getEvalExpression())) {
                refuse("an eval that is not compiled Java code cannot be verified");
            }
        } else if (e instanceof Forall f) {
            f.getNestedElements().forEach(this::element);
        } else {
            refuse("'" + e.getClass().getSimpleName() + "' cannot be verified and is not allowed");
        }
    }

    private void pattern(Pattern p) {
        if (!(p.getObjectType() instanceof ClassObjectType type)
                || !AllowList.isAllowedClass(Type.getInternalName(type.getClassType()))) {
            refuse("a pattern on " + p.getObjectType() + " is not allowed");
        }
        for (Constraint c : p.getConstraints()) {
            if (c instanceof MVELConstraint m) {
                expression(m.getExpression());
            } else {
                refuse("the constraint " + c + " cannot be verified");
            }
        }
        Object source = p.getSource();
        if (source == null) {
            return;
        }
        if (source instanceof Accumulate acc) {
            for (Accumulator a : acc.getAccumulators()) {
                if (!(a instanceof JavaAccumulatorFunctionExecutor j) || !compiled(j.getExpression())) {
                    refuse("the accumulate " + a.getClass().getSimpleName() + " cannot be verified");
                }
            }
            acc.getNestedElements().forEach(this::element);
        } else if (source instanceof Collect col) {
            element(col.getSourcePattern());
        } else if (source instanceof From from && from.getDataProvider() instanceof MVELDataProvider provider) {
            expression(unitOf(provider));
        } else {
            refuse("'from " + source.getClass().getSimpleName() + "' cannot be verified and is not allowed");
        }
    }

    private static String unitOf(MVELDataProvider provider) {
        try {
            Field f = MVELDataProvider.class.getDeclaredField("unit");
            f.setAccessible(true);
            return ((MVELCompilationUnit) f.get(provider)).getExpression();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "\\ (the source expression could not be read)";
        }
    }

    private boolean compiled(Object code) {
        return code != null && generated.contains(Type.getInternalName(code.getClass()));
    }

    private void expression(String text) {
        expressions.check(text, bindings).ifPresent(this::refuse);
    }

    private void refuse(String message) {
        findings.add(new Finding(file, line, message));
    }
}
