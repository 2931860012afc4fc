package dev.switchboard.hub.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigValidator;
import dev.switchboard.sdk.config.PluginConfig;
import dev.switchboard.sdk.connector.ConnectorProvider;

/**
 * Validates {@code config/plugins/<id>.yaml} against the options the plugin's extensions declare
 * (their union; the first declaration of a key wins) and each connector's own {@code validate},
 * collecting every problem with file, key and line. Secrets are resolved from the environment
 * ({@code ${NAME}}) and never appear in a problem.
 */
final class PluginConfigCheck {

    private final Path configDir;
    private final Path home;
    private final Supplier<Map<String, String>> environment;

    PluginConfigCheck(Path configDir, Path home, Supplier<Map<String, String>> environment) {
        this.configDir = configDir;
        this.home = home;
        this.environment = environment;
    }

    /** The outcome: {@code config} is usable only when {@code problems} is empty. */
    record Outcome(PluginConfig config, List<ConfigurationProblem> problems) {
    }

    Outcome check(String pluginId, PluginExtensions extensions) {
        Path file = configDir.resolve("plugins").resolve(pluginId + ".yaml");
        PluginConfigFile yaml = PluginConfigFile.read(file, displayName(file));
        List<ConfigurationProblem> problems = new ArrayList<>(yaml.problems());
        Map<String, ConfigOption> options = new LinkedHashMap<>();
        extensions.options().forEach(option -> options.putIfAbsent(option.name(), option));
        ConfigValidator.Result result = ConfigValidator.validate(options.values(), yaml.values(), environment.get());
        result.problems().forEach(p -> problems.add(yaml.problem(p.key(), p.message())));
        Map<String, Object> typed = TypedValues.of(result.config(), options.values());
        for (ConnectorProvider connector : extensions.connectors()) {
            for (ConfigProblem p : validate(connector, typed)) {
                problems.add(yaml.problem(p.key(), p.message()));
            }
        }
        return new Outcome(result.config(), List.copyOf(problems));
    }

    private static List<ConfigProblem> validate(ConnectorProvider connector, Map<String, Object> values) {
        try {
            List<ConfigProblem> problems = connector.validate(values);
            return problems == null ? List.of() : problems;
        } catch (RuntimeException e) {
            return List.of(new ConfigProblem(null, "connector " + connector.id() + " failed to validate the "
                    + "configuration: " + PluginInspector.describe(e)));
        }
    }

    private String displayName(Path file) {
        return (file.startsWith(home) ? home.relativize(file) : file).toString().replace('\\', '/');
    }
}
