package vn.ansinh.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The outcomes of a decision as comparable one-line facts (used to show what changed between rule sets). */
final class DecisionSummary {

    private DecisionSummary() {
    }

    /** One outcome of a result: its part ({@code poverty}, {@code socialAllowance}, …) and whose (null: the household's). */
    private record Part(String name, Object memberId) {
    }

    static List<String> of(Map<String, Object> result) {
        List<String> lines = new ArrayList<>();
        parts(result).forEach((part, values) -> lines.add(line(part, values)));
        return lines;
    }

    /** The outcomes that differ between two results, each with its part of both (in the order of {@link #of}). */
    static List<DecisionComparison.Change> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<Part, Map<String, Object>> was = parts(before);
        Map<Part, Map<String, Object>> now = parts(after);
        java.util.Set<Part> keys = new java.util.LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<DecisionComparison.Change> out = new ArrayList<>();
        for (Part part : keys) {
            Map<String, Object> b = was.get(part);
            Map<String, Object> a = now.get(part);
            if (b == null || a == null || !line(part, b).equals(line(part, a))) {
                out.add(new DecisionComparison.Change(part.name(),
                        part.memberId() == null ? null : String.valueOf(part.memberId()), b, a));
            }
        }
        return out;
    }

    /** Each outcome of a result, in the order: poverty, the members' programs, housing. */
    @SuppressWarnings("unchecked")
    private static Map<Part, Map<String, Object>> parts(Map<String, Object> result) {
        Map<Part, Map<String, Object>> parts = new java.util.LinkedHashMap<>();
        if (result.get("poverty") instanceof Map<?, ?> poverty) {
            parts.put(new Part("poverty", null), (Map<String, Object>) poverty);
        }
        for (String key : List.of("socialAllowance", "careSupport", "socialPension", "healthInsurance")) {
            for (Map<String, Object> m : list(result, key)) {
                parts.put(new Part(key, m.get("memberId")), m);
            }
        }
        for (String key : List.of("meritHousing", "poorHousing")) {
            if (result.get(key) instanceof Map<?, ?> housing) {
                parts.put(new Part(key, null), (Map<String, Object>) housing);
            }
        }
        return parts;
    }

    /** An outcome as one comparable line. */
    private static String line(Part part, Map<String, Object> v) {
        String whose = isMemberPart(part.name()) ? part.name() + " " + part.memberId() : part.name();
        return whose + ": " + switch (part.name()) {
            case "poverty" -> v.get("standard") + " " + v.get("status")
                    + (v.get("poorSubtype") == null ? "" : " " + v.get("poorSubtype"));
            case "socialAllowance" -> v.get("category") + " " + v.get("monthlyAmount");
            case "careSupport" -> String.valueOf(v.get("monthlyAmount"));
            case "socialPension" -> "eligible=" + v.get("eligible") + " paid=" + v.get("paid") + " " + v.get("monthlyAmount");
            case "healthInsurance" -> String.valueOf(v.get("support"));
            default -> v.get("outcome") + " grant=" + v.get("grantAmount")
                    + (v.containsKey("loanMax") ? " loan=" + v.get("loanMax") : "");
        };
    }

    private static boolean isMemberPart(String name) {
        return !name.equals("poverty") && !name.endsWith("Housing");
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
