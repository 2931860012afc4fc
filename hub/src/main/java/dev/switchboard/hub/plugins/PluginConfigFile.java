package dev.switchboard.hub.plugins;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A plugin's configuration file ({@code config/plugins/<id>.yaml}) read as YAML nodes, so that
 * every key keeps its line. A missing file is an empty configuration.
 *
 * @param name     the file as problems name it ({@code config/plugins/feed.yaml})
 * @param values   key to value: text, or a list of texts
 * @param lines    key to its 1-based line
 * @param problems what is wrong with the file as a whole (syntax, shape)
 */
record PluginConfigFile(String name, Map<String, Object> values, Map<String, Integer> lines,
                        List<ConfigurationProblem> problems) {

    static PluginConfigFile read(Path file, String name) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new PluginConfigFile(name, values, lines, problems);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    readEntry(name, tuple, values, lines, problems);
                }
            } else if (root != null) {
                problems.add(new ConfigurationProblem(name, line(root.getStartMark()), null,
                        "the file must be a map of keys to values"));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new ConfigurationProblem(name, mark == null ? null : line(mark), null,
                    "not valid YAML: " + e.getProblem()));
        } catch (IOException e) {
            problems.add(new ConfigurationProblem(name, null, null, "cannot be read: " + e.getMessage()));
        }
        return new PluginConfigFile(name, values, lines, problems);
    }

    private static void readEntry(String name, NodeTuple tuple, Map<String, Object> values, Map<String, Integer> lines,
                                  List<ConfigurationProblem> problems) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
            problems.add(new ConfigurationProblem(name, line(tuple.getKeyNode().getStartMark()), null,
                    "keys must be plain names"));
            return;
        }
        String key = keyNode.getValue();
        lines.put(key, line(keyNode.getStartMark()));
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            values.put(key, scalar.getValue());
        } else if (value instanceof SequenceNode sequence
                && sequence.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
            values.put(key, sequence.getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList());
        } else {
            problems.add(new ConfigurationProblem(name, line(value.getStartMark()), key,
                    "must be a value or a list of values, not a map"));
        }
    }

    private static Integer line(Mark mark) {
        return mark == null ? null : mark.getLine() + 1;
    }

    /** A problem about {@code key}, with the key's line when the file has it. */
    ConfigurationProblem problem(String key, String message) {
        return new ConfigurationProblem(name, key == null ? null : lines.get(key), key, message);
    }
}
