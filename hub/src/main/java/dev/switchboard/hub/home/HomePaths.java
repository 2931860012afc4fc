package dev.switchboard.hub.home;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * After the configuration files are read, anchors every relative Switchboard path at the home
 * directory and derives the embedded database URL from the data directory, unless the operator
 * configured {@code spring.datasource.url} (for PostgreSQL, say).
 */
public class HomePaths implements EnvironmentPostProcessor, Ordered {

    /** Path settings and their defaults, relative to the home directory. */
    static final Map<String, String> PATHS = Map.of(
            "switchboard.data-dir", "data",
            "switchboard.routes-dir", "routes",
            "switchboard.config-dir", "config",
            "switchboard.plugins-dir", "plugins");

    /**
     * H2 in PostgreSQL mode so that one set of migrations and queries serves both databases;
     * WRITE_DELAY=0 hands every commit to the operating system at once, so that a killed process
     * loses nothing it has acknowledged.
     */
    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path home = Path.of(environment.getRequiredProperty("switchboard.home"));
        Map<String, Object> values = new HashMap<>();
        PATHS.forEach((key, fallback) -> values.put(key,
                home.resolve(environment.getProperty(key, fallback)).normalize().toString()));
        if (!environment.containsProperty("spring.datasource.url")) {
            Path database = Path.of((String) values.get("switchboard.data-dir")).resolve("switchboard");
            values.put("spring.datasource.url", "jdbc:h2:file:" + database + H2_OPTIONS);
            values.put("spring.datasource.username", "sa");
            values.put("spring.datasource.password", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("switchboardPaths", values));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
