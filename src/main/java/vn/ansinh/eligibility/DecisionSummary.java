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
