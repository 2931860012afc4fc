package dev.switchboard.testplugins.greet;

import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.connector.ConnectorProvider;
import dev.switchboard.sdk.connector.RouteTemplateSpec;
import org.apache.camel.Component;

/** A connector contributing the {@code greet:} component. */
public class GreetConnector implements ConnectorProvider {

    @Override
    public String id() {
        return "greet";
    }

    @Override
    public String description() {
        return "Greets the message body.";
    }

    @Override
    public Map<String, Component> components(PluginContext context) {
        return Map.of("greet", new GreetComponent());
    }

    @Override
    public List<RouteTemplateSpec> routeTemplates() {
        return List.of(new RouteTemplateSpec("greet-template", "templates/greet-template.yaml",
                "Greets whatever reaches direct:{{name}}.", List.of()));
    }
}
