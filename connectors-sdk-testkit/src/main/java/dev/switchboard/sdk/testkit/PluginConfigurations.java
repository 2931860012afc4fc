package dev.switchboard.sdk.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.config.PluginConfig;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.detector.TriggerDetector;

/** A plugin's configuration: the union of what its extensions declare, validated all at once. */
final class PluginConfigurations {

    private PluginConfigurations() {
    }

    /** Every option the plugin's extensions declare; one extension's option shared by another must agree on its type. */
    static List<ConfigOption> options(LoadedPlugin plugin) {
        Map<String, ConfigOption> byName = new LinkedHashMap<>();
        Map<String, String> declaredBy = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (TriggerDetector detector : plugin.extensions(TriggerDetector.class)) {
            add(detector.configuration(), "detector " + detector.id(), byName, declaredBy, conflicts);
        }
        for (ConnectorProvider provider : plugin.extensions(ConnectorProvider.class)) {
            add(provider.configuration(), "connector " + provider.id(), byName, declaredBy, conflicts);
        }
        if (!conflicts.isEmpty()) {
            throw new PluginRefusedException("plugin " + plugin.wrapper().getPluginId() + " declares the same "
                    + "configuration key twice in different ways", conflicts);
        }
        return List.copyOf(byName.values());
    }

    private static void add(List<ConfigOption> options, String owner, Map<String, ConfigOption> byName,
                            Map<String, String> declaredBy, List<String> conflicts) {
        for (ConfigOption option : options == null ? List.<ConfigOption>of() : options) {
            ConfigOption earlier = byName.putIfAbsent(option.name(), option);
            if (earlier == null) {
                declaredBy.put(option.name(), owner);
            } else if (earlier.type() != option.type() || earlier.secret() != option.secret()) {
                conflicts.add(option.name() + ": " + declaredBy.get(option.name()) + " says " + earlier.type()
                        + (earlier.secret() ? " (secret)" : "") + ", " + owner + " says " + option.type()
                        + (option.secret() ? " (secret)" : ""));
            }
        }
    }

    /** @throws PluginRefusedException listing every problem, each naming its key */
    static PluginConfig validate(LoadedPlugin plugin, List<ConfigOption> options, Map<String, Object> raw,
                                 Map<String, String> environment, String source) {
        String id = plugin.wrapper().getPluginId();
        ConfigValidator.Result result = ConfigValidator.validate(options, raw, environment);
        if (!result.valid()) {
            throw refused(id, source, result.problems());
        }
        Map<String, Object> typed = ConfigFiles.typedValues(result.config(), options);
        List<ConfigProblem> problems = new ArrayList<>();
        for (ConnectorProvider provider : plugin.extensions(ConnectorProvider.class)) {
            try {
                List<ConfigProblem> found = provider.validate(Map.copyOf(typed));
                problems.addAll(found == null ? List.of() : found);
            } catch (RuntimeException e) {
                problems.add(new ConfigProblem(null, "connector " + provider.id() + " threw while validating "
                        + "(validate must return problems, not throw): " + e));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(id, source, problems);
        }
        return result.config();
    }

    private static PluginRefusedException refused(String id, String source, List<ConfigProblem> problems) {
        return new PluginRefusedException("plugin " + id + " is refused: its configuration (" + source
                + ") has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"),
                problems.stream().map(ConfigProblem::toString).toList());
    }
}
