package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A version as policy staff read it: parameters as dated tables, rules with their reasons, scenarios, and differences. */
public record VersionBrowse(List<Parameter> parameters, List<Rule> rules, List<Reason> reasons, List<Scenario> scenarios) {

    public record Parameter(String file, String name, String description, String unit, List<Value> values) {
    }

    /** {@code unconfirmed}: the reference says the value or date is not yet confirmed against the legal text. */
    public record Value(LocalDate from, LocalDate to, String value, String reference, boolean unconfirmed) {
    }

    public record Rule(String file, int line, String name, List<String> reasonCodes) {
    }

    public record Reason(String file, String code, String citation, String vi, String en) {
    }

    public record Scenario(String file, String name, LocalDate asOf, List<String> inputs, List<String> expected) {
    }

    public record FileChange(String path, String change) {
    }

    public record ValueChange(String parameter, LocalDate from, String before, String after) {
    }

    public record Diff(List<FileChange> files, List<ValueChange> values) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"([A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)+)\"");

    static VersionBrowse of(SortedMap<String, String> files) {
        List<Parameter> parameters = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        files.forEach((path, text) -> {
            if (path.startsWith("parameters/") && path.endsWith(".yaml")) {
                parameters.addAll(parameters(path, text));
            } else if (path.endsWith(".drl")) {
                rules.addAll(rules(path, text));
            } else if (path.startsWith("reasons/") && path.endsWith(".yaml") && load(text) instanceof Map<?, ?> m) {
                m.forEach((code, def) -> {
                    if (def instanceof Map<?, ?> d) {
                        reasons.add(new Reason(path, String.valueOf(code), text(d.get("citation")), text(d.get("vi")), text(d.get("en"))));
                    }
                });
            } else if (path.startsWith("tests/") && path.endsWith(".yaml") && load(text) instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> s) {
                        scenarios.add(new Scenario(path, text(s.get("name")), date(s.get("asOf")), lines(s.get("household")),
                                lines(s.get("expected"))));
                    }
                }
            }
        });
        return new VersionBrowse(parameters, rules, reasons, scenarios);
    }

    static Diff diff(SortedMap<String, String> before, SortedMap<String, String> after) {
        List<FileChange> files = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String p : paths) {
            if (!before.containsKey(p)) {
                files.add(new FileChange(p, "ADDED"));
            } else if (!after.containsKey(p)) {
                files.add(new FileChange(p, "REMOVED"));
            } else if (!before.get(p).equals(after.get(p))) {
                files.add(new FileChange(p, "CHANGED"));
            }
        }
        Map<String, Map<LocalDate, String>> a = values(of(before));
        Map<String, Map<LocalDate, String>> b = values(of(after));
        List<ValueChange> values = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            Map<LocalDate, String> x = a.getOrDefault(name, Map.of());
            Map<LocalDate, String> y = b.getOrDefault(name, Map.of());
            TreeSet<LocalDate> dates = new TreeSet<>(x.keySet());
            dates.addAll(y.keySet());
            for (LocalDate d : dates) {
                if (!Objects.equals(x.get(d), y.get(d))) {
                    values.add(new ValueChange(name, d, x.get(d), y.get(d)));
                }
            }
        }
        return new Diff(files, values);
    }

    private static Map<String, Map<LocalDate, String>> values(VersionBrowse browse) {
        Map<String, Map<LocalDate, String>> out = new LinkedHashMap<>();
        for (Parameter p : browse.parameters()) {
            Map<LocalDate, String> byDate = new LinkedHashMap<>();
            p.values().forEach(v -> byDate.put(v.from(), v.value() + (v.to() == null ? "" : " → " + v.to())));
            out.put(p.name(), byDate);
        }
        return out;
    }

    private static List<Parameter> parameters(String path, String text) {
        List<Parameter> out = new ArrayList<>();
        if (!(load(text) instanceof Map<?, ?> m)) {
            return out;
        }
        m.forEach((name, def) -> {
            if (def instanceof Map<?, ?> d && d.get("values") instanceof List<?> list) {
                List<Value> values = new ArrayList<>();
                for (Object o : list) {
                    if (o instanceof Map<?, ?> v) {
                        String reference = text(v.get("reference"));
                        values.add(new Value(date(v.get("from")), date(v.get("to")), display(v.get("value")), reference,
                                reference != null && reference.toUpperCase().contains("UNCONFIRMED")));
                    }
                }
                out.add(new Parameter(path, String.valueOf(name), text(d.get("description")), text(d.get("unit")), values));
            }
        });
        return out;
    }

    private static List<Rule> rules(String path, String text) {
        List<Rule> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String name = null;
        int line = 0;
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher r = RULE.matcher(lines[i]);
            if (r.find()) {
                if (name != null) {
                    out.add(new Rule(path, line, name, List.copyOf(codes)));
                }
                name = r.group(1);
                line = i + 1;
                codes.clear();
                continue;
            }
            Matcher c = CODE.matcher(lines[i]);
            while (name != null && c.find()) {
                if (!codes.contains(c.group(1))) {
                    codes.add(c.group(1));
                }
            }
        }
        if (name != null) {
            out.add(new Rule(path, line, name, List.copyOf(codes)));
        }
        return out;
    }

    /** A nested map or list as readable lines "key: value" (no braces), one per leaf. */
    private static List<String> lines(Object o) {
        List<String> out = new ArrayList<>();
        flatten("", o, out);
        return out;
    }

    private static void flatten(String prefix, Object o, List<String> out) {
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + " › " + k, v, out));
        } else if (o instanceof List<?> l) {
            if (l.isEmpty()) {
                out.add(prefix + ": —");
            }
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + " " + (i + 1), l.get(i), out);
            }
        } else {
            out.add(prefix + ": " + display(o));
        }
    }

    private static String display(Object o) {
        if (o instanceof Date d) {
            return vn.ansinh.common.Formats.date(d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        if (o instanceof Number n) {
            return vn.ansinh.common.Formats.number(n);
        }
        return o == null ? "—" : String.valueOf(o);
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static Object load(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
