package dev.switchboard.sdk.connector;

import java.util.List;

import dev.switchboard.sdk.config.ConfigOption;

/**
 * A route template a connector ships: a Camel YAML DSL file with a {@code routeTemplate} inside the
 * plugin, whose parameters are typed and documented here. Routes instantiate it with
 * {@code templatedRoute} (or {@code kamelet:<id>}).
 *
 * @param id          the template id, as in the YAML file
 * @param resource    the YAML file's path inside the plugin ({@code templates/feed-source.yaml})
 * @param description what a route built from it does
 * @param parameters  its parameters: name, type, required, default, secret, description
 */
public record RouteTemplateSpec(String id, String resource, String description, List<ConfigOption> parameters) {

    public RouteTemplateSpec {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
