package vn.ansinh.eligibility.engine;

/**
 * One reason a rule set is refused: the file relative to {@code rules/}, the line (0 when the problem belongs to
 * the whole file or rule set) and a message for policy staff.
 */
public record Finding(String file, int line, String message) {

    static Finding parse(String problem) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([^:\\s]+):(-?\\d+): (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(problem);
        if (m.matches()) {
            return new Finding(m.group(1), Math.max(0, Integer.parseInt(m.group(2))), m.group(3));
        }
        int colon = problem.indexOf(": ");
        if (colon > 0 && !problem.substring(0, colon).contains(" ")) {
            return new Finding(problem.substring(0, colon), 0, problem.substring(colon + 2));
        }
        return new Finding("", 0, problem);
    }

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
