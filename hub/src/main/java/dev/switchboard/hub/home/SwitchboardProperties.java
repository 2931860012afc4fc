package dev.switchboard.hub.home;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub finds its files. Every path is absolute here: relative settings were anchored at
 * {@code home} by {@link HomePaths}.
 *
 * @param home        {@code SWITCHBOARD_HOME}, default the working directory
 * @param dataDir     embedded database, generated admin key; default {@code <home>/data}
 * @param routesDir   {@code *.camel.yaml} route files; default {@code <home>/routes}
 * @param configDir   forms, mappings, detector and plugin settings; default {@code <home>/config}
 * @param pluginsDir  plugin archives; default {@code <home>/plugins}
 */
@ConfigurationProperties("switchboard")
public record SwitchboardProperties(Path home, Path dataDir, Path routesDir, Path configDir, Path pluginsDir) {
}
