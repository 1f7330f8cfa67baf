package vn.ansinh.common;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Generates request bodies and parameter values from the API description: first a plausible body, then, field by
 * field, the same body with one bad value in that field — nulls, wrong types, huge strings, out-of-range numbers,
 * odd dates, nulls inside arrays, huge and deep arrays. Deterministic for a given seed.
 */
final class BadInput {

    static final String HUGE = "x".repeat(100_000);
    private static final List<Object> ODD_DATES = List.of("0000-01-01", "-0001-01-01", "9999-12-31", "+10000-01-01",
            20240101, "2024-02-30", "", "01/07/2024", "1899-12-31", LocalDate.now(Formats.PROVINCE).plusYears(1).toString(),
            "2024-07-01T00:00:00");
    private static final List<Object> ODD_MONTHS = List.of("0000-01", "2000-01", "1900-01", "9999-12", "+10000-01",
            "2024-13", "2024-7", "", 202407, "abc");
    private static final List<Object> ODD_INTEGERS = List.of("1", 1.5, -1, 0, 2147483648L,
            new BigInteger("9223372036854775808"), new BigInteger("-9223372036854775809"), 12_000_001_200_000L, true,
            "abc", 1e308);
    private static final List<Object> ODD_NUMBERS = List.of("1", -1, 1e308, -1e308, "abc", true, 0);
    private static final List<Object> ODD_BOOLEANS = List.of("true", 1, "yes", 0.5);

    /** One generated request body and what was wrong with it. */
    record Body(String what, Object value) {
    }

    /** JSON text sent as it is (deeper than a JSON writer would write). */
    record Raw(String json) {
    }

    private final ApiDescription api;
    private final Function<String, Object> known;
    private final Random random;

    /** @param known plausible values by property name (ids of the test's own records, codes), or null */
    BadInput(ApiDescription api, Function<String, Object> known, long seed) {
        this.api = api;
        this.known = known;
        this.random = new Random(seed);
    }

    Object sample(JsonNode schema, String name, int depth) {
        JsonNode s = api.resolve(schema);
        Object given = name == null ? null : known.apply(name);
        if (given != null) {
            return copy(given);
        }
        switch (ApiDescription.type(s)) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth > 6) {
                    return object;
                }
                for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                    object.put(p.getKey(), sample(p.getValue(), p.getKey(), depth + 1));
                }
                if (object.isEmpty() && s.path("additionalProperties").isObject()) {
                    JsonNode values = s.get("additionalProperties");
                    String key = "array".equals(ApiDescription.type(api.resolve(values))) ? "caseIds" : "key";
                    object.put(key, sample(values, key, depth + 1));
                }
                return object;
            }
            case "array" -> {
                List<Object> list = new ArrayList<>();
                if (depth <= 6 && !"string".equals(ApiDescription.type(api.resolve(s.path("items"))))) {
                    list.add(sample(s.path("items"), null, depth + 1));
                }
                return list;
            }
            case "integer" -> {
                return 1;
            }
            case "number" -> {
                return 1.0;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                if (s.has("enum")) {
                    return s.get("enum").get(0).asString();
                }
                if ("date".equals(s.path("format").asString(""))) {
                    return "2024-07-01";
                }
                if ("date-time".equals(s.path("format").asString(""))) {
                    return "2024-07-01T08:00:00Z";
                }
                return isMonth(name) ? "2024-07" : "Giá trị thử";
            }
        }
    }

    /** The sample body, then one body per field and bad value, then bodies that are wrong as a whole. */
    List<Body> bodies(JsonNode schema) {
        Object sample = sample(schema, null, 0);
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("sample", sample));
        walk(schema, sample, new ArrayList<>(), null, (path, fieldSchema, name) -> {
            for (Object bad : badValues(fieldSchema, name, sample, path)) {
                bodies.add(new Body(path + " = " + abbreviate(bad), with(sample, path, bad)));
            }
        });
        bodies.add(new Body("null body", null));
        bodies.add(new Body("array body", List.of()));
        bodies.add(new Body("string body", "x"));
        bodies.add(new Body("deep array body", new Raw("[".repeat(5_000) + "]".repeat(5_000))));
        bodies.add(new Body("malformed body", new Raw("{\"a\":")));
        bodies.add(new Body("empty body", new Raw("")));
        bodies.add(new Body("body over the size limit", Map.of("x", "y".repeat(3_000_000))));
        return bodies;
    }

    /** Bad values for a query or path parameter. */
    List<String> badParameters(JsonNode schema, String name) {
        JsonNode s = api.resolve(schema);
        List<String> values = new ArrayList<>(List.of("abc", "-1", "0", "1.5", "2147483648", "99999999999999999999",
                "%", "_", "%25_", "' or '1'='1", "x".repeat(10_000), "0000-01", "2000-01", "9999-12-31", junk(20)));
        if (s.has("enum")) {
            values.add(s.get("enum").get(0).asString().toLowerCase(Locale.ROOT));
        }
        values.add("");
        return values;
    }

    private interface FieldVisitor {
        void visit(List<Object> path, JsonNode schema, String name);
    }

    private void walk(JsonNode schema, Object value, List<Object> path, String name, FieldVisitor visitor) {
        JsonNode s = api.resolve(schema);
        if (!path.isEmpty()) {
            visitor.visit(List.copyOf(path), s, name);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                JsonNode child = s.path("properties").path((String) e.getKey());
                if (child.isMissingNode()) {
                    child = s.path("additionalProperties");
                }
                path.add(e.getKey());
                walk(child, e.getValue(), path, (String) e.getKey(), visitor);
                path.remove(path.size() - 1);
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            path.add(0);
            walk(s.path("items"), list.get(0), path, name, visitor);
            path.remove(path.size() - 1);
        }
    }

    private List<Object> badValues(JsonNode s, String name, Object sample, List<Object> path) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        String format = s.path("format").asString("");
        switch (ApiDescription.type(s)) {
            case "object" -> values.addAll(List.of(List.of(), "x", Map.of()));
            case "array" -> {
                values.addAll(List.of("x", Map.of(), Collections.singletonList(null), deep(200)));
                Object item = get(sample, path) instanceof List<?> l && !l.isEmpty() ? l.get(0) : "x";
                values.add(Collections.nCopies(10_000, item));
                values.add(Collections.nCopies(60, item));
            }
            case "integer" -> values.addAll(ODD_INTEGERS);
            case "number" -> values.addAll(ODD_NUMBERS);
            case "boolean" -> values.addAll(ODD_BOOLEANS);
            default -> {
                values.addAll(List.of(12345, true, Map.of(), List.of("x"), HUGE, "x".repeat(2_001), junk(40), "   "));
                if ("date".equals(format) || "date-time".equals(format)) {
                    values.addAll(ODD_DATES);
                } else if (isMonth(name)) {
                    values.addAll(ODD_MONTHS);
                }
                if (s.has("enum")) {
                    values.addAll(List.of("NOPE", 0, s.get("enum").get(0).asString().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return values;
    }

    private static boolean isMonth(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith("month");
    }

    private String junk(int length) {
        StringBuilder sb = new StringBuilder();
        String alphabet = "aẠđĐ%_'\"\\<>&;\u0000\u0007\u200b\uFEFF\uD83D\uDE00 \t\n{}[]";
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static Object deep(int levels) {
        Object value = List.of();
        for (int i = 0; i < levels; i++) {
            value = List.of(value);
        }
        return value;
    }

    private static Object get(Object root, List<Object> path) {
        Object current = root;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Object with(Object root, List<Object> path, Object value) {
        Object copy = copy(root);
        Object parent = get(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((List<Object>) parent).set(i, value);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
