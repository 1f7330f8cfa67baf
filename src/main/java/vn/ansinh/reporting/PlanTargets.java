package vn.ansinh.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the plan's targets and the list of new-countryside communes from {@code rules/plan/}; re-reads edited files. */
@Component
class PlanTargets {

    record Plan(List<Target> targets, int elderlyAge, Set<String> newCountrysideCommunes, String communesSource) {
    }

    private final Path dir;
    private volatile Plan plan;
    private volatile FileTime loadedStamp;

    PlanTargets(@Value("${ansinh.rules.dir:rules}") String rulesDir) {
        this.dir = Path.of(rulesDir).resolve("plan");
        plan();
    }

    Plan plan() {
        FileTime stamp = stamp();
        if (plan == null || !stamp.equals(loadedStamp)) {
            plan = load();
            loadedStamp = stamp;
        }
        return plan;
    }

    List<Target> targets() {
        return plan().targets();
    }

    Target target(String id) {
        return targets().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private FileTime stamp() {
        try {
            FileTime a = Files.getLastModifiedTime(dir.resolve("targets.yaml"));
            FileTime b = Files.getLastModifiedTime(dir.resolve("new-countryside-communes.yaml"));
            return a.compareTo(b) > 0 ? a : b;
        } catch (IOException e) {
            throw new UncheckedIOException("rules/plan/targets.yaml and new-countryside-communes.yaml are needed", e);
        }
    }

    private Plan load() {
        Map<?, ?> doc = yaml("targets.yaml");
        List<Target> targets = ((List<?>) doc.get("targets")).stream().map(o -> target((Map<?, ?>) o)).toList();
        int elderlyAge = ((Number) ((Map<?, ?>) doc.get("elderlyAge")).get("value")).intValue();
        Map<?, ?> communes = yaml("new-countryside-communes.yaml");
        Set<String> codes = Set.copyOf(((List<?>) communes.get("communes")).stream().map(String::valueOf).toList());
        return new Plan(targets, elderlyAge, codes, String.valueOf(communes.get("source")));
    }

    private Map<?, ?> yaml(String file) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(dir.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Target target(Map<?, ?> m) {
        Object from = m.get("from");
        return new Target(text(m, "id"), text(m, "section"), text(m, "indicator"), text(m, "indicatorEn"),
                Target.Comparison.valueOf(text(m, "comparison")), number(m.get("value")), text(m, "unit"),
                m.get("baselineYear") == null ? null : ((Number) m.get("baselineYear")).intValue(),
                ((Number) m.get("dueYear")).intValue(), text(m, "department"),
                Target.Source.valueOf(text(m, "source")), text(m, "kind"), text(m, "measure"),
                number(m.get("threshold")), text(m, "communes"), Boolean.TRUE.equals(m.get("lowerBound")),
                from instanceof java.util.Date d ? LocalDate.ofInstant(d.toInstant(), java.time.ZoneOffset.UTC)
                        : from == null ? null : LocalDate.parse(from.toString()),
                text(m, "reference"));
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static BigDecimal number(Object v) {
        return v == null ? null : new BigDecimal(v.toString());
    }
}
