package dev.switchboard.sdk.camel.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.config.ConfigProblem;
import org.apache.camel.Component;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** The provider: registration under the scheme, the common keys applied and checked, the plugin's repository and metrics. */
class PollingSourceConnectorProviderTest {

    private final ItemsConnectorProvider provider = new ItemsConnectorProvider();

    @Test
    void registersTheComponentItCreatesUnderItsScheme() {
        StubPluginContext context = new StubPluginContext(Map.of());

        Map<String, Component> components = provider.components(context);

        assertEquals(List.of("items"), List.copyOf(components.keySet()));
        assertTrue(components.get("items") instanceof ItemsComponent);
        assertSame(context, provider.createdWith);
    }

    @Test
    void theComponentGetsThePluginsRepositoryMetricsAndTheCommonKeys() {
        StubPluginContext context = new StubPluginContext(Map.of("user-agent", "Agent 7", "timeout", "5s", "delay", "2m"));

        ItemsComponent component = provider.component(context);

        assertSame(context.idempotentRepository(ItemsConnectorProvider.REPOSITORY), component.getIdempotentRepository());
        assertSame(context.metrics(), component.getMetrics());
        assertEquals("Agent 7", component.getUserAgent());
        assertEquals(5_000, component.getTimeout());
        assertEquals(120_000, component.getDelay());
    }

    @Test
    void theDeclaredDefaultsApplyWhenTheFileSaysNothing() {
        ItemsComponent component = provider.component(new StubPluginContext(Map.of("delay", "90s")));

        assertEquals(ItemsComponent.DEFAULT_USER_AGENT, component.getUserAgent());
        assertEquals(30_000, component.getTimeout());
        assertEquals(90_000, component.getDelay());
    }

    @Test
    void validateReportsTimeoutAndDelayAndTheConnectorAddsItsOwnProblems() {
        List<ConfigProblem> problems = provider.validate(Map.of("timeout", Duration.ZERO,
                "delay", Duration.ofMillis(500), "batch", 0));

        assertEquals(List.of("timeout: must be longer than zero, is PT0S",
                "delay: must be at least 1s (be kind to the item servers), is PT0.5S",
                "batch: must be at least 1, is 0"), problems.stream().map(ConfigProblem::toString).toList());
        assertEquals(List.of("timeout: must be longer than zero, is PT-1S"),
                provider.validate(Map.of("timeout", Duration.ofSeconds(-1))).stream().map(ConfigProblem::toString).toList());
        assertEquals(List.of(), provider.validate(Map.of("timeout", Duration.ofMillis(1), "delay", Duration.ofSeconds(1),
                "batch", 1)));
        assertEquals(List.of(), provider.validate(Map.of()));
    }

    @Test
    void aComponentFromTheProviderRemembersItemsInThePluginsRepositoryAndCountsInItsMetrics() throws Exception {
        StubPluginContext context = new StubPluginContext(Map.of());
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            provider.components(context).forEach(camel::addComponent);
            ((ItemsComponent) camel.getComponent("items")).add("news", "n1");
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("items:news?startScheduler=false").routeId("news").log("${body}");
                }
            });
            camel.start();

            assertEquals(1, ((ItemsConsumer) camel.getRoute("news").getConsumer()).poll());

            assertTrue(context.idempotentRepository(ItemsConnectorProvider.REPOSITORY).contains("news n1"));
            assertEquals(List.of("items.emitted source=news"), context.metrics.increments);
        }
    }
}
