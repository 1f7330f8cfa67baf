package vn.ansinh.eligibility.engine;

import org.objectweb.asm.Type;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What code compiled from a rule file may reach. Classes: the fact model, value types of {@code java.lang},
 * {@code java.time}, {@code java.math}, the collections and streams of {@code java.util}. Members: those of an
 * allowed class whose every parameter and result type is allowed too (so nothing hands out a {@code Class},
 * a class loader or a reflective handle), less a few named ones that read the clock, run without bound or
 * start threads. The Drools runtime is allowed only as far as a consequence needs it ({@code insert},
 * {@code update}, {@code delete} on the knowledge helper), never {@code KieRuntime}, the rule or the session.
 */
final class AllowList {

    static final String FACTS = "vn/ansinh/eligibility/facts/";

    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "Integer", "Long", "Short", "Byte",
            "Double", "Float", "Boolean", "Character", "Number", "Math", "StrictMath", "StringBuilder", "CharSequence",
            "Comparable", "Enum", "Iterable", "Void", "Throwable", "Exception", "RuntimeException",
            "IllegalArgumentException", "IllegalStateException", "ArithmeticException", "NullPointerException",
            "IndexOutOfBoundsException", "UnsupportedOperationException", "NumberFormatException", "ClassCastException");
    private static final Set<String> JAVA_UTIL = Set.of("Collection", "List", "ArrayList", "LinkedList", "Set",
            "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "Map", "Map$Entry", "HashMap",
            "LinkedHashMap", "TreeMap", "SortedMap", "NavigableMap", "Collections", "Arrays", "Objects", "Optional",
            "OptionalInt", "OptionalLong", "OptionalDouble", "Iterator", "ListIterator", "Deque", "ArrayDeque", "Queue",
            "EnumMap", "StringJoiner", "NoSuchElementException", "SequencedCollection", "SequencedSet", "SequencedMap",
            "stream/Stream", "stream/IntStream", "stream/LongStream", "stream/DoubleStream", "stream/BaseStream",
            "stream/Collectors", "stream/Collector");
    /** Members refused even on allowed classes: the clock, unbounded work, thread pools, monitors. */
    private static final Set<String> DENIED_MEMBERS = Set.of("getClass", "getDeclaringClass", "wait", "notify",
            "notifyAll", "finalize", "clone", "now", "repeat", "nCopies", "range", "rangeClosed", "iterate", "generate",
            "parallel", "parallelStream", "setAll", "parallelSetAll", "parallelPrefix", "parallelSort", "describeConstable",
            "resolveConstantDesc", "class", "forName", "getClassLoader", "currentThread", "intern", "random", "shuffle",
            "printStackTrace",
            // one call that allocates or computes without bound, no loop needed: widths, capacities, exponents
            "indent", "ensureCapacity", "setLength", "copyOf", "copyOfRange", "pow",
            "shiftLeft", "toPlainString", "toBigInteger", "toBigIntegerExact", "scaleByPowerOfTen");
    /** What a consequence may ask the Drools knowledge helper ({@code drools}): change facts, nothing else. */
    private static final Set<String> KNOWLEDGE_HELPER = Set.of("insert", "insertLogical", "update", "delete",
            "retract", "modify");
    static final String KNOWLEDGE_HELPER_CLASS = "org/drools/core/rule/consequence/KnowledgeHelper";
    private static final Set<String> DROOLS_TYPES_FOR_RULE_CODE = Set.of(KNOWLEDGE_HELPER_CLASS,
            "org/kie/api/runtime/rule/FactHandle", "org/drools/base/rule/consequence/ConsequenceContext", "org/drools/base/rule/accessor/FieldValue",
            "org/drools/mvel/field/FieldFactory");
    private static final String BIT_MASKS = "org/drools/util/bitmask/";
    private static final Set<String> FIELD_FACTORY = Set.of("getInstance", "getFieldValue");

    private AllowList() {
    }

    /** A class (internal name, e.g. {@code java/lang/String}) that rule code may name. */
    static boolean isAllowedClass(String internalName) {
        String name = internalName;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.length() == 1 && "ZBCSIJFDV".contains(name)) {
            return true;
        }
        if (name.startsWith(FACTS) && name.indexOf('/', FACTS.length()) < 0) {
            return true;
        }
        if (name.startsWith("java/lang/") && JAVA_LANG.contains(name.substring("java/lang/".length()))) {
            return true;
        }
        if (name.startsWith("java/util/") && JAVA_UTIL.contains(name.substring("java/util/".length()))) {
            return true;
        }
        return name.startsWith("java/time/") && !name.startsWith("java/time/zone/")
                || name.startsWith("java/math/");
    }

    /** A type descriptor all of whose classes are allowed. */
    static boolean isAllowedDescriptor(String descriptor) {
        Type t = Type.getType(descriptor);
        if (t.getSort() == Type.METHOD) {
            if (!isAllowedType(t.getReturnType())) {
                return false;
            }
            for (Type arg : t.getArgumentTypes()) {
                if (!isAllowedType(arg)) {
                    return false;
                }
            }
            return true;
        }
        return isAllowedType(t);
    }

    private static boolean isAllowedType(Type t) {
        Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        return e.getSort() != Type.OBJECT || isAllowedClass(e.getInternalName());
    }

    /** A field or method of {@code owner} that code compiled from a rule may use. */
    static boolean isAllowedMember(String owner, String name, String descriptor) {
        if (DENIED_MEMBERS.contains(name)) {
            return false;
        }
        if (owner.equals(KNOWLEDGE_HELPER_CLASS)) {
            return KNOWLEDGE_HELPER.contains(name);
        }
        if (owner.equals("org/drools/mvel/field/FieldFactory")) {
            return FIELD_FACTORY.contains(name);
        }
        if (owner.startsWith(BIT_MASKS) && owner.indexOf('/', BIT_MASKS.length()) < 0) {
            return true; // the property masks 'update' and 'modify' pass: plain bit sets
        }
        if (owner.startsWith("[")) {
            return name.equals("clone") || name.equals("length");
        }
        if (owner.equals("java/lang/String") && (name.equals("format") || name.equals("formatted"))) {
            return false; // a width is a size the rule chooses: String.format("%01999999999d", 1)
        }
        if (name.equals("<init>") && descriptor.startsWith("(I")
                && (owner.startsWith("java/util/") || owner.equals("java/lang/StringBuilder"))) {
            return false; // an initial capacity is a size the rule chooses: new ArrayList(Integer.MAX_VALUE - 8)
        }
        return isAllowedClass(owner) && isAllowedDescriptor(descriptor);
    }

    /** A class rule code may name in a type instruction, a signature or a member reference. */
    static boolean isAllowedForRuleCode(String internalName) {
        String element = Type.getObjectType(internalName).getSort() == Type.ARRAY
                ? Type.getObjectType(internalName).getElementType().getInternalName() : internalName;
        return isAllowedClass(internalName) || DROOLS_TYPES_FOR_RULE_CODE.contains(element)
                || element.startsWith(BIT_MASKS) && element.indexOf('/', BIT_MASKS.length()) < 0;
    }

    /**
     * The member names a constraint, binding or {@code from} expression may use after a dot or as a property of
     * the pattern: public members of the fact classes reachable from {@code factClasses} whose types are allowed,
     * and a fixed set of read-only members of the allowed value types.
     */
    static Set<String> expressionMembers(List<Class<?>> factClasses) {
        Set<String> names = new HashSet<>(VALUE_MEMBERS);
        Set<String> tainted = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(factClasses);
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c) || !isAllowedClass(Type.getInternalName(c)) || !c.getName().startsWith("vn.")) {
                continue;
            }
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Enum.class || m.isSynthetic()) {
                    continue;
                }
                boolean ok = isAllowedDescriptor(Type.getMethodDescriptor(m));
                for (String n : List.of(m.getName(), property(m.getName()))) {
                    (ok ? names : tainted).add(n);
                }
                if (ok && m.getReturnType().getName().startsWith("vn.")) {
                    todo.push(m.getReturnType());
                }
            }
            for (Field f : c.getFields()) {
                if (Modifier.isPublic(f.getModifiers())) {
                    (isAllowedDescriptor(Type.getDescriptor(f.getType())) ? names : tainted).add(f.getName());
                }
            }
        }
        names.removeAll(tainted);
        names.removeAll(DENIED_MEMBERS);
        names.remove("");
        return names;
    }

    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return "";
    }

    /** Read-only members of String, numbers, BigDecimal, dates and collections, as constraints use them. */
    private static final Set<String> VALUE_MEMBERS = Set.of("size", "isEmpty", "contains", "containsKey",
            "containsValue", "containsAll", "get", "getOrDefault", "indexOf", "intValue", "longValue", "doubleValue",
            "floatValue", "shortValue", "byteValue", "booleanValue", "compareTo", "equals", "hashCode", "toString",
            "length", "startsWith", "endsWith", "trim", "strip", "toUpperCase", "toLowerCase", "substring", "charAt",
            "isBlank", "name", "ordinal", "signum", "abs", "negate", "add", "subtract", "multiply", "max", "min",
            "scale", "precision", "getYear", "getMonthValue", "getDayOfMonth", "getDayOfYear", "year", "monthValue",
            "dayOfMonth", "dayOfYear", "isBefore", "isAfter", "isEqual", "plusDays", "plusMonths", "plusYears",
            "minusDays", "minusMonths", "minusYears", "lengthOfMonth", "isLeapYear", "empty", "blank");
}
