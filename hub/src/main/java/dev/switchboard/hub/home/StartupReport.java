package dev.switchboard.hub.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Creates the data directory and logs where the hub reads and writes each kind of file. */
@Component
class StartupReport implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final SwitchboardProperties paths;
    private final Environment environment;

    StartupReport(SwitchboardProperties paths, Environment environment) {
        this.paths = paths;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            Files.createDirectories(paths.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + paths.dataDir(), e);
        }
        LOG.info("Switchboard home:    {}", paths.home());
        LOG.info("data directory:      {}", paths.dataDir());
        LOG.info("database:            {}", redact(environment.getProperty("spring.datasource.url", "")));
        LOG.info("routes directory:    {}", paths.routesDir());
        LOG.info("config directory:    {}", paths.configDir());
        LOG.info("plugins directory:   {}", paths.pluginsDir());
        LOG.info("HTTP port:           {}", environment.getProperty("server.port", "8080"));
    }

    /** JDBC URLs may carry a password parameter; it never reaches the log. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
