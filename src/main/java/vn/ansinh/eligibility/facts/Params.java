package vn.ansinh.eligibility.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters in force on one date, resolved once from the dated files in {@code rules/parameters/}
 * and shared by every household evaluated as of a date in the same period. Rules read every threshold,
 * coefficient and amount through this object, never as literals.
 */
public final class Params {

    private final LocalDate periodStart;
    private final HashMap<String, Object> values;
    private final HashMap<String, ReasonTemplate> reasons;
    private final HashMap<String, long[]> byArea = new HashMap<>();
    /** Each list parameter's entries as text (what {@link #listHas} compares), resolved once per period. */
    private final HashMap<String, Set<String>> listTexts = new HashMap<>();

    /*
     * The rules look parameters up by name millions of times a run (every alpha constraint naming one, for every
     * member): the names are kept interned, so that the literal a compiled rule passes finds its entry by identity
     * instead of comparing the text.
     */
    public Params(LocalDate periodStart, Map<String, Object> values, Map<String, ReasonTemplate> reasons) {
        this.periodStart = periodStart;
        this.values = new HashMap<>(values.size() * 2);
        values.forEach((name, value) -> this.values.put(name.intern(), value));
        this.reasons = new HashMap<>(reasons.size() * 2);
        reasons.forEach((code, template) -> this.reasons.put(code.intern(), template));
        // Area-specific thresholds resolved once per period: name -> {rural, urban}.
        values.forEach((name, value) -> {
            if (value instanceof Number n && (name.endsWith(".rural") || name.endsWith(".urban"))) {
                String base = name.substring(0, name.lastIndexOf('.')).intern();
                long[] pair = byArea.computeIfAbsent(base, k -> new long[]{Long.MIN_VALUE, Long.MIN_VALUE});
                pair[name.endsWith(".urban") ? 1 : 0] = n.longValue();
            }
            if (value instanceof List<?> list) {
                Set<String> texts = new HashSet<>(list.size() * 2);
                for (Object o : list) {
                    texts.add(String.valueOf(o));
                }
                listTexts.put(name.intern(), texts);
            }
        });
    }

    /** True when parameter {@code name} has a value on this date (the provision it belongs to is in force). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public long num(String name) {
        return ((Number) get(name)).longValue();
    }

    public double coef(String name) {
        return ((Number) get(name)).doubleValue();
    }

    /** A parameter that differs by area: {@code name.rural} or {@code name.urban}. */
    public long byArea(String name, Area area) {
        long[] pair = byArea.get(name);
        long v = pair == null ? Long.MIN_VALUE : pair[area == Area.URBAN ? 1 : 0];
        if (v == Long.MIN_VALUE) {
            throw new IllegalStateException("Parameter '" + name + "." + area.name().toLowerCase()
                    + "' has no value in the period from " + periodStart);
        }
        return v;
    }

    public LocalDate date(String name) {
        Object v = get(name);
        return v instanceof LocalDate d ? d : LocalDate.parse(v.toString());
    }

    public String text(String name) {
        return String.valueOf(get(name));
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String name) {
        return (List<Object>) get(name);
    }

    /** True when the list parameter {@code name} contains {@code value} (compared by name); a list not in force is empty. */
    public boolean listHas(String name, Object value) {
        if (value == null || !values.containsKey(name)) {
            return false;
        }
        String key = value instanceof Enum<?> e ? e.name() : value.toString();
        Set<String> texts = listTexts.get(name);
        if (texts != null) {
            return texts.contains(key);
        }
        for (Object o : list(name)) {
            if (key.equals(String.valueOf(o))) {
                return true;
            }
        }
        return false;
    }

    /** True when the list parameter contains any of the given codes. */
    public boolean listHasAny(String name, List<String> codes) {
        for (String c : codes) {
            if (listHas(name, c)) {
                return true;
            }
        }
        return false;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public Map<String, Object> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    ReasonTemplate template(String code) {
        ReasonTemplate t = reasons.get(code);
        return t != null ? t : ReasonTemplate.unknown(code);
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("Parameter '" + name + "' has no value in the period from " + periodStart);
        }
        return v;
    }
}
