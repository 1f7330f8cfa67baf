package vn.ansinh.eligibility.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;

/**
 * Writes one scenario of {@code tests/*.yaml} from a household's facts and the outputs it got: the facts as the
 * evaluation contract states them, with the household's and members' register ids replaced by neutral ones (H, M1,
 * M2, …; facts carry no name or CCCD), and every output the scenario runner compares as the expected value — the
 * starting point policy staff then adjust to what the law should give.
 */
public final class ScenarioWriter {

    private static final List<String> OBJECTS = List.of("poverty", "meritHousing", "poorHousing");
    private static final List<String> LISTS = List.of("socialAllowance", "careSupport", "socialPension", "funeralSupport");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioWriter() {
    }

    @SuppressWarnings("unchecked")
    public static String entry(String name, LocalDate asOf, HouseholdFacts facts, EvaluationResult result) {
        Map<String, String> ids = new LinkedHashMap<>();
        facts.members().forEach(m -> ids.put(m.id(), "M" + (ids.size() + 1)));
        Map<String, Object> household = withoutEmpty(JSON.convertValue(facts, Map.class));
        household.put("id", "H");
        List<Map<String, Object>> members = (List<Map<String, Object>>) household.getOrDefault("members", List.of());
        for (Map<String, Object> m : members) {
            m.put("id", ids.getOrDefault(String.valueOf(m.get("id")), String.valueOf(m.get("id"))));
            if (m.get("parentIds") instanceof List<?> parents) {
                m.put("parentIds", parents.stream().map(p -> ids.getOrDefault(String.valueOf(p), String.valueOf(p))).toList());
            }
        }
        Map<String, Object> actual = JSON.convertValue(result, Map.class);
        Map<String, Object> expected = new LinkedHashMap<>();
        for (String key : OBJECTS) {
            if (actual.get(key) instanceof Map<?, ?> object) {
                expected.put(key, scalars((Map<String, Object>) object, ids));
            }
        }
        for (String key : LISTS) {
            List<Map<String, Object>> entries = new ArrayList<>();
            if (actual.get(key) instanceof List<?> list) {
                list.forEach(e -> entries.add(scalars((Map<String, Object>) e, ids)));
            }
            expected.put(key, entries);
        }
        Map<String, Object> health = new LinkedHashMap<>();
        if (actual.get("healthInsurance") instanceof List<?> list) {
            for (Object e : list) {
                Map<String, Object> entry = (Map<String, Object>) e;
                health.put(ids.getOrDefault(String.valueOf(entry.get("memberId")), String.valueOf(entry.get("memberId"))),
                        entry.get("support"));
            }
        }
        expected.put("healthInsurance", health);
        return "- name: " + quoted(name) + "\n  asOf: " + asOf + "\n  household:\n" + block(household)
                + "  expected:\n" + block(expected);
    }

    /** The values a scenario compares: scalars only (reasons and nested lists are the engine's explanation). */
    private static Map<String, Object> scalars(Map<String, Object> object, Map<String, String> ids) {
        Map<String, Object> out = new LinkedHashMap<>();
        object.forEach((k, v) -> {
            if (v == null || v instanceof Map || v instanceof List) {
                return;
            }
            out.put(k, "memberId".equals(k) ? ids.getOrDefault(String.valueOf(v), String.valueOf(v)) : plain(v));
        });
        return out;
    }

    /** The facts without the nulls, false flags and empty lists a request would omit (the record's defaults). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutEmpty(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v == null || Boolean.FALSE.equals(v) || (v instanceof List<?> l && l.isEmpty())) {
                return;
            }
            if (v instanceof Map<?, ?> m) {
                out.put(k, withoutEmpty((Map<String, Object>) m));
            } else if (v instanceof List<?> l) {
                out.put(k, l.stream().map(e -> e instanceof Map<?, ?> m ? withoutEmpty((Map<String, Object>) m) : e).toList());
            } else {
                out.put(k, plain(v));
            }
        });
        return out;
    }

    /** YAML has no decimal type: a coefficient is written as the number it reads (1.5, 2). */
    private static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal n = d.stripTrailingZeros();
            return n.scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
        }
        return value;
    }

    private static String block(Map<String, Object> map) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        String text = new Yaml(options).dump(map);
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        return out.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
