package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.facts.ReasonTemplate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reason codes with citation and Vietnamese/English wording, from {@code rules/reasons/*.yaml}. */
final class ReasonCatalog {

    private ReasonCatalog() {
    }

    /** A reason's wording from a date on: the citation changes when a new instrument replaces the old one. */
    record Dated(LocalDate from, ReasonTemplate template) {
    }

    static Map<String, List<Dated>> load(Path dir, Path root, List<String> problems) {
        Map<String, List<Dated>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<?, ?>> file : Yamls.maps(dir, root, "a map of reason code to citation, vi, en", problems).entrySet()) {
            String rel = file.getKey();
            file.getValue().forEach((k, v) -> {
                String code = String.valueOf(k);
                if (!(v instanceof Map<?, ?> m) || blank(m.get("citation")) || blank(m.get("vi")) || blank(m.get("en"))) {
                    problems.add(rel + ": reason '" + code + "' needs citation, vi and en");
                } else if (out.containsKey(code)) {
                    problems.add(rel + ": reason '" + code + "' is defined twice");
                } else {
                    out.put(code, dated(code, m, rel, problems));
                }
            });
        }
        return out;
    }

    /** {@code citation} is either one text or a list of {@code {from, text}} for citations that change by date. */
    private static List<Dated> dated(String code, Map<?, ?> m, String file, List<String> problems) {
        String vi = m.get("vi").toString();
        String en = m.get("en").toString();
        if (!(m.get("citation") instanceof List<?> list)) {
            return List.of(new Dated(LocalDate.MIN, new ReasonTemplate(code, m.get("citation").toString(), vi, en)));
        }
        List<Dated> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> c && c.get("from") instanceof LocalDate from && !blank(c.get("text"))) {
                out.add(new Dated(from, new ReasonTemplate(code, c.get("text").toString(), vi, en)));
            } else {
                problems.add(file + ": reason '" + code + "': each dated citation needs 'from' and 'text'");
            }
        }
        return out;
    }

    private static boolean blank(Object o) {
        return o == null || o.toString().isBlank();
    }
}
