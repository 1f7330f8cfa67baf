package vn.ansinh.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The outcomes of a decision as comparable one-line facts (used to show what changed between rule sets). */
final class DecisionSummary {

    private DecisionSummary() {
    }

    @SuppressWarnings("unchecked")
    static List<String> of(Map<String, Object> result) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> poverty = (Map<String, Object>) result.get("poverty");
        if (poverty != null) {
            lines.add("poverty: " + poverty.get("standard") + " " + poverty.get("status")
                    + (poverty.get("poorSubtype") == null ? "" : " " + poverty.get("poorSubtype")));
        }
        for (Map<String, Object> a : list(result, "socialAllowance")) {
            lines.add("socialAllowance " + a.get("memberId") + ": " + a.get("category") + " " + a.get("monthlyAmount"));
        }
        for (Map<String, Object> c : list(result, "careSupport")) {
            lines.add("careSupport " + c.get("memberId") + ": " + c.get("monthlyAmount"));
        }
        for (Map<String, Object> p : list(result, "socialPension")) {
            lines.add("socialPension " + p.get("memberId") + ": eligible=" + p.get("eligible") + " paid=" + p.get("paid")
                    + " " + p.get("monthlyAmount"));
        }
        for (Map<String, Object> h : list(result, "healthInsurance")) {
            lines.add("healthInsurance " + h.get("memberId") + ": " + h.get("support"));
        }
        for (String key : List.of("meritHousing", "poorHousing")) {
            Map<String, Object> housing = (Map<String, Object>) result.get(key);
            if (housing != null) {
                lines.add(key + ": " + housing.get("outcome") + " grant=" + housing.get("grantAmount")
                        + (housing.containsKey("loanMax") ? " loan=" + housing.get("loanMax") : ""));
            }
        }
        return lines;
    }

    /** The outcomes that differ between two results, each with its part of both (in the order of {@link #of}). */
    static List<DecisionComparison.Change> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Map<String, Object>> was = parts(before);
        Map<String, Map<String, Object>> now = parts(after);
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<DecisionComparison.Change> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> b = was.get(key);
            Map<String, Object> a = now.get(key);
            if (b == null || a == null || !line(key, b).equals(line(key, a))) {
                String part = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
                Map<String, Object> any = b != null ? b : a;
                Object member = any.get("memberId");
                out.add(new DecisionComparison.Change(part, member == null ? null : String.valueOf(member), b, a));
            }
        }
        return out;
    }

    /** Each outcome of a result by its key ({@code poverty}, {@code socialAllowance <member>}, …). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> parts(Map<String, Object> result) {
        Map<String, Map<String, Object>> parts = new java.util.LinkedHashMap<>();
        if (result.get("poverty") instanceof Map<?, ?> poverty) {
            parts.put("poverty", (Map<String, Object>) poverty);
        }
        for (String key : List.of("socialAllowance", "careSupport", "socialPension", "healthInsurance")) {
            for (Map<String, Object> m : list(result, key)) {
                parts.put(key + " " + m.get("memberId"), m);
            }
        }
        for (String key : List.of("meritHousing", "poorHousing")) {
            if (result.get(key) instanceof Map<?, ?> housing) {
                parts.put(key, (Map<String, Object>) housing);
            }
        }
        return parts;
    }

    /** The part's comparable line, as {@link #of} writes it. */
    private static String line(String key, Map<String, Object> part) {
        String program = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
        Map<String, Object> result = program.equals("poverty") || program.endsWith("Housing")
                ? Map.of(program, part) : Map.of(program, List.of(part));
        List<String> lines = of(result);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    static List<String> differences(List<String> before, List<String> after) {
        List<String> out = new ArrayList<>();
        before.stream().filter(l -> !after.contains(l)).forEach(l -> out.add("− " + l));
        after.stream().filter(l -> !before.contains(l)).forEach(l -> out.add("+ " + l));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> result, String key) {
        Object v = result.get(key);
        return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
