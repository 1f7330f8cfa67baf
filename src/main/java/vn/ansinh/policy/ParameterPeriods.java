package vn.ansinh.policy;

import java.time.LocalDate;
import vn.ansinh.common.BundleTexts;
import vn.ansinh.common.Formats;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Dated parameter values that overlap or leave a gap: a value with a {@code to} date must end the day before the
 * next value's {@code from} (a value without {@code to} runs until the next one). Found with the line of the value.
 */
final class ParameterPeriods {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");

    private ParameterPeriods() {
    }

    static List<Finding> check(String file, String yaml) {
        List<Finding> out = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
        } catch (RuntimeException e) {
            return out; // the rule-set check reports unreadable YAML
        }
        if (!(root instanceof MappingNode parameters)) {
            return out;
        }
        for (NodeTuple parameter : parameters.getValue()) {
            String name = scalar(parameter.getKeyNode());
            if (parameter.getValueNode() instanceof MappingNode def) {
                Node values = value(def, "values");
                if (values instanceof SequenceNode list) {
                    periods(file, name, list, out);
                }
            }
        }
        return out;
    }

    private static void periods(String file, String name, SequenceNode list, List<Finding> out) {
        LocalDate previousTo = null;
        for (Node entry : list.getValue()) {
            if (!(entry instanceof MappingNode m)) {
                continue;
            }
            LocalDate from = date(value(m, "from"));
            LocalDate to = date(value(m, "to"));
            int line = entry.getStartMark().getLine() + 1;
            if (from != null && to != null && to.isBefore(from)) {
                out.add(new Finding(file, line, TEXTS.text("policy.period.toBeforeFrom", name, Formats.date(to), Formats.date(from))));
            }
            if (from != null && previousTo != null) {
                if (!from.isAfter(previousTo)) {
                    out.add(new Finding(file, line, TEXTS.text("policy.period.overlap", name, Formats.date(from),
                            Formats.date(previousTo))));
                } else if (from.isAfter(previousTo.plusDays(1))) {
                    out.add(new Finding(file, line, TEXTS.text("policy.period.gap", name, Formats.date(previousTo.plusDays(1)),
                            Formats.date(from.minusDays(1)))));
                }
            }
            previousTo = to;
        }
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private static LocalDate date(Node n) {
        String text = scalar(n);
        if (text == null || text.isBlank() || text.equals("null") || text.equals("~")) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
