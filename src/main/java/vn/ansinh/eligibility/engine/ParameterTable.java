package vn.ansinh.eligibility.engine;

import vn.ansinh.common.Dated;
import vn.ansinh.eligibility.facts.Params;
import vn.ansinh.eligibility.facts.ReasonTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every dated parameter of {@code rules/parameters/**.yaml}: a value holds from its {@code from} date until
 * the next value's {@code from} (or its own {@code to}); a {@code null} value ends the parameter. Each value
 * carries its legal {@code reference}. {@link #at(LocalDate)} gives the snapshot of a date, cached per period.
 */
public final class ParameterTable {

    /** One dated value of a parameter. */
    public record Value(LocalDate from, LocalDate to, Object value, String reference, String file) implements Dated {
    }

    /** A parameter with its description, unit and dated values. */
    public record Parameter(String name, String description, String unit, List<Value> values) {
    }

    private final Map<String, Parameter> parameters;
    private final LocalDate[] boundaries;
    private final AtomicReferenceArray<Params> snapshots;
    private final Map<String, List<ReasonCatalog.Dated>> reasons;

    private ParameterTable(Map<String, Parameter> parameters, Map<String, List<ReasonCatalog.Dated>> reasons) {
        this.parameters = parameters;
        this.reasons = reasons;
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(LocalDate.MIN);
        for (Parameter p : parameters.values()) {
            for (Value v : p.values()) {
                dates.add(v.from());
                if (v.to() != null) {
                    dates.add(v.to().plusDays(1));
                }
            }
        }
        reasons.values().forEach(list -> list.forEach(d -> dates.add(d.from())));
        this.boundaries = dates.toArray(LocalDate[]::new);
        this.snapshots = new AtomicReferenceArray<>(boundaries.length);
    }

    /** Reads every {@code *.yaml} under {@code dir}; problems are added to {@code problems}. */
    static ParameterTable load(Path dir, Path root, Map<String, List<ReasonCatalog.Dated>> reasons, List<String> problems) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Map<?, ?>> file : Yamls.maps(dir, root, "a map of parameter name to definition", problems).entrySet()) {
            String rel = file.getKey();
            for (Map.Entry<?, ?> e : file.getValue().entrySet()) {
                String name = String.valueOf(e.getKey());
                if (parameters.containsKey(name)) {
                    problems.add(rel + ": parameter '" + name + "' is also defined in " + parameters.get(name).values().get(0).file());
                    continue;
                }
                Parameter p = parse(name, e.getValue(), rel, problems);
                if (p != null) {
                    parameters.put(name, p);
                }
            }
        }
        return new ParameterTable(parameters, reasons);
    }

    @SuppressWarnings("unchecked")
    private static Parameter parse(String name, Object def, String file, List<String> problems) {
        if (!(def instanceof Map<?, ?> m) || !(m.get("values") instanceof List<?> list) || list.isEmpty()) {
            problems.add(file + ": parameter '" + name + "' needs a non-empty 'values' list");
            return null;
        }
        List<Value> values = new ArrayList<>();
        LocalDate previous = null;
        for (Object o : list) {
            Map<String, Object> v = (Map<String, Object>) o;
            Object from = v.get("from");
            Object to = v.get("to");
            Object reference = v.get("reference");
            if (!(from instanceof LocalDate f)) {
                problems.add(file + ": parameter '" + name + "': each value needs a 'from' date (YYYY-MM-DD)");
                return null;
            }
            if (to != null && !(to instanceof LocalDate)) {
                problems.add(file + ": parameter '" + name + "': 'to' must be a date");
                return null;
            }
            if (v.get("value") != null && (reference == null || reference.toString().isBlank())) {
                problems.add(file + ": parameter '" + name + "' value from " + f + " has no legal 'reference'");
            }
            if (previous != null && !f.isAfter(previous)) {
                problems.add(file + ": parameter '" + name + "': values must be in date order (" + f + ")");
            }
            previous = f;
            values.add(new Value(f, (LocalDate) to, v.get("value"), reference == null ? null : reference.toString(), file));
        }
        return new Parameter(name, String.valueOf(m.get("description")), m.get("unit") == null ? null : m.get("unit").toString(),
                List.copyOf(values));
    }

    /** The parameters in force on {@code date}. */
    public Params at(LocalDate date) {
        int i = periodIndex(date);
        Params p = snapshots.get(i);
        if (p == null) {
            p = new Params(boundaries[i], Collections.unmodifiableMap(valuesAt(date)), reasonsAt(date));
            snapshots.compareAndSet(i, null, p);
        }
        return p;
    }

    private int periodIndex(LocalDate date) {
        int lo = 0;
        int hi = boundaries.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (boundaries[mid].isAfter(date)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    private Map<String, Object> valuesAt(LocalDate date) {
        Map<String, Object> out = new HashMap<>();
        for (Parameter p : parameters.values()) {
            Value v = valueAt(p, date);
            if (v != null && v.value() != null) {
                out.put(p.name(), v.value());
            }
        }
        return out;
    }

    private Map<String, ReasonTemplate> reasonsAt(LocalDate date) {
        Map<String, ReasonTemplate> out = new HashMap<>();
        reasons.forEach((code, versions) -> {
            ReasonTemplate t = versions.get(0).template();
            for (ReasonCatalog.Dated d : versions) {
                if (!d.from().isAfter(date)) {
                    t = d.template();
                }
            }
            out.put(code, t);
        });
        return out;
    }

    private static Value valueAt(Parameter p, LocalDate date) {
        return Dated.inForce(p.values(), date).orElse(null);
    }

    /** The value of {@code name} on {@code date} with its reference, or null when none is in force. */
    public Value value(String name, LocalDate date) {
        Parameter p = parameters.get(name);
        return p == null ? null : valueAt(p, date);
    }

    /** A numeric parameter on a date, or null when none is in force. */
    public BigDecimal number(String name, LocalDate date) {
        Value v = value(name, date);
        return v == null || !(v.value() instanceof Number n) ? null : new BigDecimal(n.toString());
    }

    public Map<String, Parameter> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
