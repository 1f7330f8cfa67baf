package vn.ansinh.eligibility.engine;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the scenario files of {@code rules/tests/**.yaml} (name, asOf, household, expected) through a rule
 * engine and reports every mismatch. Only the keys written under {@code expected} are compared; a list
 * (socialAllowance, careSupport, socialPension, funeralSupport) must match entry for entry, nothing missing, nothing extra.
 */
public final class ScenarioRunner {

    /** One scenario as written by policy staff. */
    public record Scenario(String file, String name, LocalDate asOf, Map<String, Object> household,
                           Map<String, Object> expected) {
    }

    /** The result of one scenario: empty mismatches means it passed. */
    public record Result(Scenario scenario, List<String> mismatches) {

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    private static final List<String> LISTS = List.of("socialAllowance", "careSupport", "socialPension", "funeralSupport");
    private static final List<String> OBJECTS = List.of("poverty", "meritHousing", "poorHousing");

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** Reads every scenario under {@code dir}; each file holds a list of scenarios. */
    @SuppressWarnings("unchecked")
    public static List<Scenario> load(Path dir) {
        List<Scenario> out = new ArrayList<>();
        Path base = dir.toAbsolutePath().normalize();
        for (Path file : Yamls.files(base, ".yaml")) {
            String rel = base.relativize(file).toString();
            Object doc = Yamls.read(file);
            if (!(doc instanceof List<?> list)) {
                throw new RuleSetException(List.of("tests/" + rel + ": expected a list of scenarios"));
            }
            for (Object o : list) {
                Map<String, Object> s = (Map<String, Object>) o;
                out.add(new Scenario(rel, String.valueOf(s.get("name")), (LocalDate) s.get("asOf"),
                        (Map<String, Object>) s.get("household"), (Map<String, Object>) s.getOrDefault("expected", Map.of())));
            }
        }
        return out;
    }

    public List<Result> run(RuleEngine engine, List<Scenario> scenarios) {
        List<Result> results = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            results.add(new Result(s, check(engine, s)));
        }
        return results;
    }

    /** Evaluates the scenario's household as the API would, throwing what the engine throws. */
    EvaluationResult evaluate(RuleEngine engine, Scenario s) {
        HouseholdFacts facts = mapper.convertValue(plain(s.household()), HouseholdFacts.class);
        return engine.evaluate(facts, s.asOf());
    }

    @SuppressWarnings("unchecked")
    private List<String> check(RuleEngine engine, Scenario s) {
        List<String> mismatches = new ArrayList<>();
        Object expectedError = s.expected().get("error");
        EvaluationResult result;
        try {
            result = evaluate(engine, s);
        } catch (InvalidFactsException e) {
            return expect(expectedError, 400, e.errors().toString());
        } catch (NotCoveredException e) {
            return expect(expectedError, 422, e.getMessage());
        } catch (RuntimeException e) {
            return List.of("failed: " + e);
        }
        if (expectedError != null) {
            return List.of("expected error " + expectedError + " but got a decision");
        }
        Map<String, Object> actual = mapper.convertValue(result, Map.class);
        for (String key : OBJECTS) {
            if (s.expected().get(key) instanceof Map<?, ?> exp) {
                compareObject(key, (Map<String, Object>) exp, (Map<String, Object>) actual.get(key), mismatches);
            }
        }
        for (String key : LISTS) {
            if (s.expected().containsKey(key)) {
                compareList(key, (List<Map<String, Object>>) s.expected().get(key),
                        (List<Map<String, Object>>) actual.get(key), mismatches);
            }
        }
        if (s.expected().get("healthInsurance") instanceof Map<?, ?> hi) {
            compareHealth((Map<String, Object>) hi, (List<Map<String, Object>>) actual.get("healthInsurance"), mismatches);
        }
        return mismatches;
    }

    private static List<String> expect(Object expectedError, int status, String detail) {
        if (expectedError != null && same(expectedError, status)) {
            return List.of();
        }
        return List.of("unexpected error " + status + ": " + detail);
    }

    private static void compareObject(String key, Map<String, Object> expected, Map<String, Object> actual, List<String> out) {
        expected.forEach((k, v) -> {
            Object a = actual == null ? null : actual.get(k);
            if (!same(v, a)) {
                out.add(key + "." + k + ": expected " + v + " but was " + a);
            }
        });
    }

    private static void compareList(String key, List<Map<String, Object>> expected, List<Map<String, Object>> actual,
                                    List<String> out) {
        List<Map<String, Object>> remaining = new ArrayList<>(actual == null ? List.of() : actual);
        for (Map<String, Object> e : expected == null ? List.<Map<String, Object>>of() : expected) {
            Map<String, Object> match = null;
            for (Map<String, Object> a : remaining) {
                if (e.entrySet().stream().allMatch(x -> matches(x.getKey(), x.getValue(), a))) {
                    match = a;
                    break;
                }
            }
            if (match == null) {
                out.add(key + ": expected " + e + " but got " + summary(remaining));
            } else {
                remaining.remove(match);
            }
        }
        if (!remaining.isEmpty()) {
            out.add(key + ": unexpected " + summary(remaining));
        }
    }

    /** {@code failedReasons: [CODE, …]} in an expected entry: each code is among the entry's failed reasons. */
    @SuppressWarnings("unchecked")
    private static boolean matches(String key, Object expected, Map<String, Object> actual) {
        if (!"failedReasons".equals(key)) {
            return same(expected, actual.get(key));
        }
        List<String> failed = new ArrayList<>();
        if (actual.get("reasons") instanceof List<?> reasons) {
            for (Object r : reasons) {
                if (r instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get("passed"))) {
                    failed.add(String.valueOf(m.get("code")));
                }
            }
        }
        return expected instanceof List<?> codes && codes.stream().map(String::valueOf).allMatch(failed::contains);
    }

    private static void compareHealth(Map<String, Object> expected, List<Map<String, Object>> actual, List<String> out) {
        for (Map<String, Object> a : actual) {
            String member = String.valueOf(a.get("memberId"));
            Object exp = expected.containsKey(member) ? expected.get(member) : expected.get("all");
            if (exp != null && !same(exp, a.get("support"))) {
                out.add("healthInsurance." + member + ": expected " + exp + " but was " + a.get("support"));
            }
        }
    }

    private static List<String> summary(List<Map<String, Object>> entries) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            Map<String, Object> copy = new LinkedHashMap<>(e);
            copy.remove("reasons");
            out.add(copy.toString());
        }
        return out;
    }

    /** Values are equal when their text is equal, numbers compared by value (2 equals 2.0). */
    static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Number && actual instanceof Number) {
            return new BigDecimal(expected.toString()).compareTo(new BigDecimal(actual.toString())) == 0;
        }
        return expected.toString().equals(actual.toString());
    }

    /** Dates to ISO text so the JSON mapper reads the household exactly as the API would. */
    private static Object plain(Object o) {
        if (o instanceof LocalDate d) {
            return d.toString();
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(ScenarioRunner::plain).toList();
        }
        return o;
    }
}
