package com.example.testplugins.echo;

import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.apache.camel.Component;
import org.pf4j.Extension;

/** A connector with an {@code echo:} component and one route template, for the harness tests. */
@Extension
public class EchoConnector implements ConnectorProvider {

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String description() {
        return "Answers every message with a greeting, once per distinct body.";
    }

    @Override
    public List<ConfigOption> configuration() {
        return List.of(
                ConfigOption.required("greeting", ConfigType.STRING, "put before every body"),
                ConfigOption.optional("max-items", ConfigType.INT, "10", "how many bodies to remember"),
                ConfigOption.optional("poll-interval", ConfigType.DURATION, "5m", "how often to poll"),
                ConfigOption.optional("endpoint", ConfigType.URI, "https://echo.example/", "where to echo"),
                ConfigOption.optional("verbose", ConfigType.BOOLEAN, "false", "log every body"),
                ConfigOption.secret("api-token", "the echo service's token"));
    }

    @Override
    public List<ConfigProblem> validate(Map<String, Object> values) {
        Object max = values.get("max-items");
        return max instanceof Integer n && n <= 0 ? List.of(new ConfigProblem("max-items", "must be positive")) : List.of();
    }

    @Override
    public Map<String, Component> components(PluginContext context) {
        return Map.of("echo", new EchoComponent(context));
    }

    @Override
    public List<RouteTemplateSpec> routeTemplates() {
        return List.of(new RouteTemplateSpec("echo-source", "templates/echo-source.yaml",
                "Echoes what arrives on a direct endpoint", List.of(
                        ConfigOption.required("name", ConfigType.STRING, "the direct endpoint's name"),
                        ConfigOption.optional("target", ConfigType.STRING, "mock:echoed", "where answers go"))));
    }
}
