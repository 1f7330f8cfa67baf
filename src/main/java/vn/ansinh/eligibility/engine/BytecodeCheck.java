package vn.ansinh.eligibility.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the classes the compiler produced from the rule files (the Java code of consequences, {@code eval}s and
 * accumulate arguments) and refuses every reference outside {@link AllowList}: each class, method and field named
 * by an instruction, a class literal, a lambda or method reference, a loop (a backward jump: a rule runs in
 * bounded time), and any class that is neither a rule's code nor one of the invokers Drools generates for it.
 * What text checks cannot see (Unicode escapes, split names, reflection through class literals) ends up here as
 * what it really is.
 */
final class BytecodeCheck {

    /** The largest array a rule may create (the varargs of a call, a few values): memory stays bounded. */
    static final int MAX_ARRAY = 64;

    private static final String INVOKER_INTERFACE = "org/drools/base/rule/accessor/CompiledInvoker";

    /**
     * Where a generated class came from: its file, the rule's line, the line of its consequence's first code in the file and in
     * the generated source (Drools' line mapping), and the lines of the rule's {@code eval}s in order.
     */
    record Origin(String file, int ruleLine, int consequenceLine, int consequenceOffset, List<Integer> evalLines) {

        /** Lines of the generated rule class between Drools' mapping offset and the consequence's first code. */
        private static final int HEADER = 4;

        static Origin of(String file) {
            return new Origin(file, 0, 0, 0, List.of());
        }

        int line(String method, int generatedLine) {
            java.util.regex.Matcher eval = java.util.regex.Pattern.compile("eval(\\d+)").matcher(method);
            if (eval.matches() && Integer.parseInt(eval.group(1)) < evalLines.size()) {
                return evalLines.get(Integer.parseInt(eval.group(1)));
            }
            if (method.equals("defaultConsequence") && consequenceLine > 0) {
                return Math.max(consequenceLine, consequenceLine + generatedLine - consequenceOffset - HEADER);
            }
            return ruleLine;
        }
    }

    private final Set<String> generated;
    private final Map<String, Origin> ruleClasses;
    private final List<Finding> findings;

    /**
     * @param generated   internal names of every class in the rule set's store
     * @param ruleClasses internal name of each rule's class (holding its consequence and eval code) and its origin
     */
    BytecodeCheck(Set<String> generated, Map<String, Origin> ruleClasses, List<Finding> findings) {
        this.generated = generated;
        this.ruleClasses = ruleClasses;
        this.findings = findings;
    }

    void check(String internalName, byte[] bytecode, Origin fallback) {
        ClassReader reader = new ClassReader(bytecode);
        boolean invoker = isInvoker(internalName, reader.getInterfaces());
        Origin origin = ruleClasses.getOrDefault(invoker ? ruleClassOf(internalName) : internalName, fallback);
        if (!invoker && !ruleClasses.containsKey(internalName)) {
            findings.add(new Finding(origin.file(), origin.ruleLine(), "code outside a rule's 'when' and 'then' (a function, a class"
                    + " or an inner class '" + internalName.substring(internalName.lastIndexOf('/') + 1) + "') is not allowed"));
            return;
        }
        reader.accept(new Checker(invoker, origin), ClassReader.SKIP_FRAMES);
    }

    private boolean isInvoker(String name, String[] interfaces) {
        String rule = ruleClassOf(name);
        return rule != null && List.of(interfaces).contains(INVOKER_INTERFACE);
    }

    /** The rule class an invoker belongs to: its name without a {@code …Invoker} suffix free of '$'. */
    private String ruleClassOf(String name) {
        for (String rule : ruleClasses.keySet()) {
            if (name.startsWith(rule) && name.length() > rule.length()) {
                String suffix = name.substring(rule.length());
                if (suffix.matches("[A-Za-z0-9]+Invoker")) {
                    return rule;
                }
            }
        }
        return null;
    }

    private final class Checker extends ClassVisitor {

        private final boolean invoker;
        private final Origin origin;
        private final Set<String> reported = new HashSet<>();
        private int line;
        private String method = "";

        Checker(boolean invoker, Origin origin) {
            super(Opcodes.ASM9);
            this.invoker = invoker;
            this.origin = origin;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            if (!"java/lang/Object".equals(superName)) {
                refuse("extends '" + superName + "'");
            }
            for (String i : interfaces) {
                if (!invoker) {
                    refuse("implements '" + i + "'");
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if (!invoker && !(name.equals("serialVersionUID") && descriptor.equals("J"))) {
                refuse("a field '" + name + "'");
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if (!invoker) {
                for (Type t : Type.getArgumentTypes(descriptor)) {
                    type(t.getDescriptor());
                }
            }
            method = name;
            line = 0;
            return new MethodVisitor(Opcodes.ASM9) {
                private final Set<Label> seen = new HashSet<>();
                /** The int the previous instruction pushed, if it was a constant: the only size an array may have. */
                private Integer constant;

                @Override
                public void visitLabel(Label label) {
                    seen.add(label);
                    constant = null; // a jump may arrive here with another value on the stack
                }

                @Override
                public void visitInsn(int opcode) {
                    constant = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? opcode - Opcodes.ICONST_0 : null;
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    if (opcode == Opcodes.NEWARRAY) {
                        arraySize();
                    }
                    constant = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? operand : null;
                }

                @Override
                public void visitVarInsn(int opcode, int varIndex) {
                    constant = null;
                }

                @Override
                public void visitIincInsn(int varIndex, int increment) {
                    constant = null;
                }

                private void arraySize() {
                    if (!invoker && (constant == null || constant > MAX_ARRAY)) {
                        refuse("an array whose size is not a constant of at most " + MAX_ARRAY);
                    }
                    constant = null;
                }

                @Override
                public void visitLineNumber(int l, Label start) {
                    line = l;
                }

                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    constant = null;
                    backward(label);
                }

                @Override
                public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                    constant = null;
                    backward(dflt);
                    for (Label l : labels) {
                        backward(l);
                    }
                }

                @Override
                public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                    visitTableSwitchInsn(0, 0, dflt, labels);
                }

                private void backward(Label target) {
                    if (!invoker && seen.contains(target)) {
                        refuse("a loop: a rule must finish in bounded time (no while, for or do)");
                    }
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                    constant = null;
                    member(owner, name, descriptor, "method");
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                    constant = null;
                    member(owner, name, descriptor, "field");
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode == Opcodes.ANEWARRAY) {
                        arraySize();
                    }
                    constant = null;
                    type(Type.getObjectType(type).getDescriptor());
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int dims) {
                    if (!invoker) {
                        refuse("a multi-dimensional array");
                    }
                    type(descriptor);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        type(Type.getObjectType(type).getDescriptor());
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant = value instanceof Integer i ? i : null;
                    if (value instanceof Type t && !invoker && !(t.getSort() == Type.OBJECT
                            && t.getInternalName().startsWith(AllowList.FACTS))) {
                        // a fact's class literal is what 'update' and 'modify' pass; no allowed member takes a Class
                        refuse("the class literal '" + t.getClassName() + ".class'");
                    } else if (value instanceof Handle || value instanceof ConstantDynamic) {
                        refuse("a method handle");
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
                    constant = null;
                    if (!bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                        refuse("a lambda or method reference");
                    }
                }
            };
        }

        private void member(String owner, String name, String descriptor, String kind) {
            if (invoker) {
                if (!(generated.contains(owner) || owner.startsWith("org/drools/") || owner.startsWith("org/kie/")
                        || AllowList.isAllowedMember(owner, name, descriptor)
                        || owner.equals("java/lang/Object") && name.equals("getClass"))) {
                    refuse("the " + kind + " " + owner.replace('/', '.') + "." + name);
                }
                return;
            }
            if (generated.contains(owner) || !AllowList.isAllowedForRuleCode(owner)
                    || !AllowList.isAllowedMember(owner, name, descriptor)) {
                refuse("the " + kind + " " + owner.replace('/', '.') + "." + name);
            }
        }

        private void type(String descriptor) {
            Type t = Type.getType(descriptor);
            Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
            if (e.getSort() == Type.OBJECT && !invoker && !AllowList.isAllowedForRuleCode(e.getInternalName())) {
                refuse("the class " + e.getClassName());
            }
        }

        private void refuse(String what) {
            if (reported.add(what)) {
                findings.add(new Finding(origin.file(), origin.line(method, line), what + " is not allowed in a rule:"
                        + " rules may use only the fact model and plain values (no reflection, System, Runtime, I/O,"
                        + " threads or engine internals)"));
            }
        }
    }
}
