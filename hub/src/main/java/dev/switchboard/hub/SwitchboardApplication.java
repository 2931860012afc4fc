package dev.switchboard.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Switchboard hub: a Spring Boot application hosting one CamelContext, the built-in CRM store
 * and the admin API. Each top-level package is one feature (home, crm, verbs, routes, events,
 * errors, security, ops); their internals are package-private or in {@code internal} packages.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SwitchboardApplication {

    public static void main(String[] args) {
        SpringApplication.run(SwitchboardApplication.class, args);
    }
}
