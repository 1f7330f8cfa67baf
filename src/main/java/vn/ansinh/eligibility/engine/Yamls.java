package vn.ansinh.eligibility.engine;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Safe YAML reading for rule files: no custom tags, dates as {@link LocalDate}. */
final class Yamls {

    private Yamls() {
    }

    static Object read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return normalise(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object parse(String text) {
        return normalise(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }

    /** Files under {@code dir} ending in {@code suffix}, sorted by path so builds are reproducible. */
    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every {@code *.yaml} under {@code dir} whose top level is a map, keyed by its path relative to {@code root};
     * a file that is not valid YAML or not a map is reported in {@code problems} ("expected " + {@code expected}).
     */
    static Map<String, Map<?, ?>> maps(Path dir, Path root, String expected, List<String> problems) {
        Map<String, Map<?, ?>> out = new LinkedHashMap<>();
        for (Path file : files(dir, ".yaml")) {
            String rel = root.relativize(file).toString();
            Object doc;
            try {
                doc = read(file);
            } catch (RuntimeException e) {
                problems.add(rel + ": not valid YAML: " + e.getMessage());
                continue;
            }
            if (doc instanceof Map<?, ?> map) {
                out.put(rel, map);
            } else {
                problems.add(rel + ": expected " + expected);
            }
        }
        return out;
    }

    static Object normalise(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (o instanceof Integer i) {
            return i.longValue();
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(normalise(v)));
            return out;
        }
        return o;
    }
}
