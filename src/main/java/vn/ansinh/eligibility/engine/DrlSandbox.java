package vn.ansinh.eligibility.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule files run inside the server, so a DRL may only import and call the rule fact model
 * ({@code vn.ansinh.eligibility.facts}). This check runs before compilation, on text stripped of comments
 * and string literals, and names file and line of each violation.
 */
final class DrlSandbox {

    static final String FACTS_PACKAGE = "vn.ansinh.eligibility.facts.";

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+|function\\s+)?([\\w.*]+)\\s*;?");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(System|Runtime|Thread|ThreadGroup|ProcessBuilder|Process|Class|ClassLoader|getClass|forName"
            + "|reflect|MethodHandles?|Unsafe|File|Files|Path|Paths|FileInputStream|FileOutputStream|RandomAccessFile"
            + "|Socket|ServerSocket|URL|URI|HttpClient|Executors?|ExecutorService|ForkJoinPool|CompletableFuture"
            + "|Timer|ScriptEngine|ScriptEngineManager|ObjectInputStream|kcontext|drools|global|SecurityManager"
            + "|StackWalker|ProcessHandle|Compiler|InheritableThreadLocal|ThreadLocal)\\b");
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(java|javax|jakarta|sun|jdk|com|org|net|io|groovy|kotlin|vn)\\s*\\.\\s*[A-Za-z_]");

    private DrlSandbox() {
    }

    /** Violations in {@code drl} as "file:line: message" lines; empty when the file stays inside the fact model. */
    static List<String> check(String file, String drl) {
        List<String> problems = new ArrayList<>();
        String[] lines = stripCommentsAndStrings(drl).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1) + ": ";
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                String target = imp.group(2);
                if (imp.group(1) != null || !target.startsWith(FACTS_PACKAGE)) {
                    problems.add(where + "import of '" + target + "' is not allowed: rules may import only " + FACTS_PACKAGE + "*");
                }
                continue;
            }
            if (line.trim().startsWith("package ")) {
                continue;
            }
            Matcher f = FORBIDDEN.matcher(line);
            while (f.find()) {
                problems.add(where + "'" + f.group(1) + "' is not allowed in a rule: rules may use only the fact model"
                        + " (no reflection, System, Runtime, I/O, threads or engine internals)");
            }
            Matcher q = QUALIFIED.matcher(line);
            while (q.find()) {
                problems.add(where + "fully qualified name starting '" + q.group(1) + ".' is not allowed: rules may use only the fact model");
            }
        }
        return problems;
    }

    /** Replaces comments and the contents of string literals by spaces, keeping line numbers. */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                i += 2;
                while (i < s.length() && !(s.charAt(i) == '*' && i + 1 < s.length() && s.charAt(i + 1) == '/')) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                i += 2;
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < s.length() && s.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
