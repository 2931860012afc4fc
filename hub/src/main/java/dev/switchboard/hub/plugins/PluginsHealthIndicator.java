package dev.switchboard.hub.plugins;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code plugins}: {@code UP} when every plugin archive loaded and none failed;
 * otherwise {@code DEGRADED} (answered 200: the hub itself works) listing each failed or refused
 * plugin with its reason.
 */
@Component("pluginsHealthIndicator")
class PluginsHealthIndicator implements HealthIndicator {

    private final PluginRegistry registry;

    PluginsHealthIndicator(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        List<PluginInfo> plugins = registry.list();
        List<PluginInfo> troubled = registry.troubled();
        long started = plugins.stream().filter(p -> p.state() == PluginStatus.STARTED).count();
        if (troubled.isEmpty()) {
            return Health.up().withDetail("plugins", plugins.size()).withDetail("started", started).build();
        }
        return Health.status(new Status("DEGRADED", "plugins failed or were refused"))
                .withDetail("plugins", plugins.size())
                .withDetail("started", started)
                .withDetail("problems", troubled.stream()
                        .map(p -> p.id() + " (" + p.archive() + ") " + p.state() + ": " + p.lastError()).toList())
                .build();
    }
}
