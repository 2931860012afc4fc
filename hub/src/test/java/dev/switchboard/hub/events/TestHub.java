package dev.switchboard.hub.events;

import dev.switchboard.hub.SwitchboardApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a whole hub with extra configuration, for tests that need more than one context or a real engine. */
final class TestHub {

    private TestHub() {
    }

    static ConfigurableApplicationContext start(Class<?> extraConfiguration, String... properties) {
        return new SpringApplicationBuilder(SwitchboardApplication.class, extraConfiguration)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("testComponentsExcluded", new TestComponentsExcluded()))
                .properties("switchboard.events.sequencer-interval=20ms")
                .properties(properties)
                // an argument, not a default property: the home's config/application.yaml would win over
                // a default and bind 8080, which a hub running on the machine may hold
                .run("--server.port=0");
    }
}
