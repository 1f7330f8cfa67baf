package vn.ansinh.eligibility.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.ansinh.eligibility.EvaluationResult;

/**
 * A decision's outcomes as "program|member → value" (poverty status — without the 2015 subtype —, each member's allowance category, care,
 * pension, health-insurance support, the two housing outcomes): what a status change is compared on. Stored with
 * a bulk decision as lines ({@code eligibility_decision.outcomes}); read back from an older decision's result JSON.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** A status change: program, member ('' for the household), before and after (null when absent). */
    public record Change(String program, String member, String before, String after) {
    }

    public static Map<String, String> of(EvaluationResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        if (r.poverty() != null) {
            out.put("poverty|", r.poverty().status() == null ? "-" : r.poverty().status().name());
        }
        r.socialAllowance().forEach(a -> out.merge("socialAllowance|" + a.memberId(), a.category(), (x, y) -> x + "," + y));
        r.careSupport().forEach(c -> out.put("careSupport|" + c.memberId(), c.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE"));
        r.socialPension().forEach(p -> out.put("socialPension|" + p.memberId(), pension(p.eligible(), p.paid())));
        r.healthInsurance().forEach(h -> out.put("healthInsurance|" + h.memberId(), String.valueOf(h.support())));
        if (r.meritHousing() != null) {
            out.put("meritHousing|", String.valueOf(r.meritHousing().outcome()));
        }
        if (r.poorHousing() != null) {
            out.put("poorHousing|", String.valueOf(r.poorHousing().outcome()));
        }
        return out;
    }

    /** The same keys read from a stored result (a decision made before outcomes were stored). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> of(Map<String, Object> result) {
        Map<String, String> out = new LinkedHashMap<>();
        if (result.get("poverty") instanceof Map<?, ?> p) {
            Object status = p.get("status");
            out.put("poverty|", status == null ? "-" : String.valueOf(status));
        }
        for (Map<String, Object> a : list(result, "socialAllowance")) {
            out.merge("socialAllowance|" + a.get("memberId"), String.valueOf(a.get("category")), (x, y) -> x + "," + y);
        }
        for (Map<String, Object> c : list(result, "careSupport")) {
            out.put("careSupport|" + c.get("memberId"), Boolean.FALSE.equals(c.get("eligible")) ? "NOT_ELIGIBLE" : "ELIGIBLE");
        }
        for (Map<String, Object> s : list(result, "socialPension")) {
            out.put("socialPension|" + s.get("memberId"), pension(Boolean.TRUE.equals(s.get("eligible")), Boolean.TRUE.equals(s.get("paid"))));
        }
        for (Map<String, Object> h : list(result, "healthInsurance")) {
            out.put("healthInsurance|" + h.get("memberId"), String.valueOf(h.get("support")));
        }
        for (String key : List.of("meritHousing", "poorHousing")) {
            if (result.get(key) instanceof Map<?, ?> housing) {
                out.put(key + "|", String.valueOf(((Map<String, Object>) housing).get("outcome")));
            }
        }
        return out;
    }

    public static String lines(Map<String, String> outcomes) {
        StringBuilder b = new StringBuilder();
        outcomes.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    public static Map<String, String> parse(String lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    /** What differs between two decisions' outcomes, by key in a stable order. */
    public static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        List<Change> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String b = before.get(key);
            String a = after.get(key);
            if (b == null ? a != null : !b.equals(a)) {
                int bar = key.indexOf('|');
                out.add(new Change(key.substring(0, bar), key.substring(bar + 1), b, a));
            }
        }
        return out;
    }

    private static String pension(boolean eligible, boolean paid) {
        return paid ? "PAID" : eligible ? "ELIGIBLE" : "NOT_ELIGIBLE";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> result, String key) {
        return result.get(key) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
