package dev.switchboard.hub.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read key by key, every problem collected with its line: a missing required key, a
 * value of the wrong shape, a key the schema does not know.
 */
final class YamlMap {

    private final String file;
    private final Node node;
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final List<FormProblem> problems;

    YamlMap(String file, Node node, List<FormProblem> problems, Set<String> known) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                if (!known.contains(key)) {
                    problem(tuple.getKeyNode(), "unknown key '" + key + "'; known keys: " + String.join(", ", known));
                } else {
                    entries.put(key, tuple.getValueNode());
                }
            }
        } else if (node != null) {
            problem(node, "must be a mapping of keys to values");
        }
    }

    void problem(Node at, String message) {
        problems.add(new FormProblem(file, at == null ? null : at.getStartMark().getLine() + 1, message));
    }

    Node node(String key) {
        return entries.get(key);
    }

    Node self() {
        return node;
    }

    String text(String key, boolean required) {
        Node value = entries.get(key);
        if (value == null) {
            if (required) {
                problem(node, "missing required key '" + key + "'");
            }
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? null : text;
        }
        problem(value, "'" + key + "' must be a single value");
        return null;
    }

    boolean bool(String key, boolean fallback) {
        String text = text(key, false);
        if (text == null) {
            return fallback;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problem(entries.get(key), "'" + key + "' must be true or false, not '" + text + "'");
            return fallback;
        }
        return Boolean.parseBoolean(text);
    }

    Integer integer(String key, Integer fallback, int min) {
        String text = text(key, false);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(entries.get(key), "'" + key + "' must be a whole number of at least " + min + ", not '" + text + "'");
        return fallback;
    }

    /** A list of values; a single value is a list of one. */
    List<String> texts(String key) {
        Node value = entries.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof ScalarNode scalar) {
            out.add(scalar.getValue().strip());
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(s.getValue().strip());
                } else {
                    problem(item, "'" + key + "' must list single values");
                }
            }
        } else if (value != null) {
            problem(value, "'" + key + "' must be a list of values");
        }
        return out;
    }

    /** The items of a list of mappings. */
    List<Node> items(String key) {
        Node value = entries.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(value, "'" + key + "' must be a list");
        return List.of();
    }
}
