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
 * Resolves the Switchboard home directory before any configuration file is read, so that the
 * configuration itself can come from {@code <home>/config/}.
 *
 * <p>The home is taken from {@code switchboard.home} (system property or command line), else the
 * environment variable {@code SWITCHBOARD_HOME}, else the working directory. Configuration is read
 * from the jar's defaults, then {@code <home>/config/application.yaml} when it exists, unless the
 * operator set {@code spring.config.location} explicitly.
 */
public class HomeLocation implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "switchboardHome";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("switchboard.home");
        if (configured == null || configured.isBlank()) {
            configured = environment.getProperty("SWITCHBOARD_HOME");
        }
        Path home = (configured == null || configured.isBlank() ? Path.of("") : Path.of(configured))
                .toAbsolutePath().normalize();
        ConfigFileCheck.requireValidYaml(home.resolve("config").resolve("application.yaml"));
        ConfigFileCheck.requireValidYaml(home.resolve("config").resolve("application.yml"));
        Map<String, Object> values = new HashMap<>();
        values.put("switchboard.home", home.toString());
        if (!environment.containsProperty("spring.config.location")) {
            values.put("spring.config.location",
                    "optional:classpath:/,optional:file:" + home.resolve("config") + "/");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, values));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
