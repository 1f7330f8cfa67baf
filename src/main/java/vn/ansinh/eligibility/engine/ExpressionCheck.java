package vn.ansinh.eligibility.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies an expression that Drools hands to MVEL at run time (pattern constraints, bindings, {@code from}
 * sources, arguments of accumulate functions): these are interpreted, never compiled into the rule set's classes,
 * so they are checked on their tokens. Accepted: literals, the operators of comparisons and arithmetic, names of
 * the rule's bindings, {@code this}, the imported fact classes (for their constants), and member names that
 * {@link AllowList#expressionMembers} allows. Everything else is refused: {@code new}, casts to other classes,
 * {@code .class}, array or map literals, assignments, blocks, inline casts ({@code #}), Unicode escapes.
 */
final class ExpressionCheck {

    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this");
    private static final Set<String> OPERATOR_WORDS = Set.of("contains", "not", "memberOf", "in", "excludes");
    private static final Set<String> SYMBOLS = Set.of("==", "!=", "<=", ">=", "<", ">", "&&", "||", "!", "+", "-",
            "*", "/", "%", "(", ")", ",", ".");

    private final Set<String> members;
    private final Set<String> classes;

    /**
     * @param members member names allowed after a dot or as a property of the pattern
     * @param classes simple names of the fact classes the file imports
     */
    ExpressionCheck(Set<String> members, Set<String> classes) {
        this.members = members;
        this.classes = classes;
    }

    /** Why {@code expression} cannot be verified, or empty when it stays inside the allow-list. */
    Optional<String> check(String expression, Set<String> bindings) {
        List<String> tokens = new ArrayList<>();
        Optional<String> lexical = tokenize(expression, tokens);
        if (lexical.isPresent()) {
            return lexical;
        }
        String previous = "";
        for (String t : tokens) {
            if (isName(t)) {
                boolean member = previous.equals(".");
                if (member ? !members.contains(t) : !(KEYWORDS.contains(t) || OPERATOR_WORDS.contains(t)
                        || bindings.contains(t) || classes.contains(t) || members.contains(t))) {
                    return Optional.of("'" + t + "' in '" + expression.strip() + "' is not allowed: an expression may use"
                            + " only the rule's bindings, the fact model and plain values");
                }
            } else if (t.equals(".") && !(isName(previous) || previous.equals(")") || previous.startsWith("\""))) {
                return Optional.of("'" + expression.strip() + "' cannot be verified");
            } else if ((t.equals("+") || t.equals("-")) && previous.equals(t)) {
                return Optional.of("'" + t + t + "' (assignment) is not allowed in '" + expression.strip() + "'");
            }
            previous = t;
        }
        return Optional.empty();
    }

    private static boolean isName(String t) {
        return !t.isEmpty() && (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_' || t.charAt(0) == '$');
    }

    private static Optional<String> tokenize(String s, List<String> out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c < 128 && (Character.isLetter(c) || c == '_' || c == '$')) {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) < 128 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.'
                        || s.charAt(j) == '_' || "BIbdDFfLl".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add("0");
                i = j;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\') {
                        if (j + 1 >= s.length() || "\"'\\ntr".indexOf(s.charAt(j + 1)) < 0) {
                            return Optional.of("escape sequence in a string of '" + s.strip() + "' is not allowed");
                        }
                        j++;
                    }
                    j++;
                }
                if (j >= s.length()) {
                    return Optional.of("unterminated string in '" + s.strip() + "'");
                }
                out.add("\"");
                i = j + 1;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                String one = String.valueOf(c);
                if (SYMBOLS.contains(two)) {
                    out.add(two);
                    i += 2;
                } else if (SYMBOLS.contains(one)) {
                    out.add(one);
                    i++;
                } else {
                    return Optional.of("'" + (c == '\\' ? "\\" : one) + "' is not allowed in the expression '" + s.strip() + "'");
                }
            }
        }
        return Optional.empty();
    }
}
