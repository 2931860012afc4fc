package dev.switchboard.sdk.camel.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating endpoints: defaults, URI options with units, the connector's hooks and refusals; the component's repository. */
class PollingSourceComponentTest {

    private DefaultCamelContext camel;
    private ItemsComponent component;

    @BeforeEach
    void start() {
        component = new ItemsComponent();
        camel = ItemsComponent.startCamel(component, Map.of());
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private ItemsEndpoint endpoint(String uri) {
        return camel.getEndpoint(uri, ItemsEndpoint.class);
    }

    @Test
    void withoutConfigurationEndpointsGetTheConnectorsDefaults() {
        ItemsEndpoint endpoint = endpoint("items:alpha");

        assertEquals(ItemsComponent.DEFAULT_USER_AGENT, endpoint.getUserAgent());
        assertEquals(PollingSourceComponent.DEFAULT_TIMEOUT_MILLIS, endpoint.getTimeout());
        assertEquals(ItemsComponent.DEFAULT_DELAY_MILLIS, endpoint.getDelay());
        assertSame(component.getIdempotentRepository(), endpoint.getIdempotentRepository());
        assertEquals("alpha", endpoint.sourceName());
        assertEquals("items", endpoint.scheme());
    }

    @Test
    void theComponentsPropertiesAreTheDefaultsOfEveryEndpoint() {
        component.setUserAgent("Configured agent");
        component.setTimeout(5_000);
        component.setDelay(120_000);

        ItemsEndpoint endpoint = endpoint("items:alpha");

        assertEquals("Configured agent", endpoint.getUserAgent());
        assertEquals(5_000, endpoint.getTimeout());
        assertEquals(120_000, endpoint.getDelay());
    }

    @Test
    void uriOptionsOverrideTheDefaultsAndTimesMayCarryAUnit() {
        component.setTimeout(5_000);

        ItemsEndpoint endpoint = endpoint("items:beta?delay=90s&initialDelay=2s&timeout=1500&userAgent=Own agent&batch=3");

        assertEquals(90_000, endpoint.getDelay());
        assertEquals(2_000, endpoint.getInitialDelay());
        assertEquals(1_500, endpoint.getTimeout());
        assertEquals("Own agent", endpoint.getUserAgent());
        assertEquals(3, endpoint.getBatch());
        assertEquals(3_600_000, endpoint("items:gamma?delay=1h&timeout=30s").getDelay());
        assertEquals(30_000, endpoint("items:gamma?delay=1h&timeout=30s").getTimeout());
    }

    @Test
    void newEndpointSeesTheUriAsWrittenAndConfigureEndpointSeesItsOptionsSet() {
        endpoint("items:beta?delay=90s");

        assertEquals("90s", component.parametersAtNewEndpoint.get("delay"));
        assertEquals(90_000, component.delayAtConfigureEndpoint);
    }

    @Test
    void parametersTheConnectorTakesAreNoOptionsAndUnknownOnesAreRefused() {
        assertEquals("delta", endpoint("items:delta?keep-page=2").sourceName());

        Exception unknown = assertThrows(Exception.class, () -> endpoint("items:delta?colour=blue"));
        assertTrue(stackTrace(unknown).contains("colour"), stackTrace(unknown));
    }

    @Test
    void theConnectorsRefusalsReachTheRoute() {
        assertTrue(stackTrace(assertThrows(Exception.class, () -> endpoint("items:x?secret=abc")))
                .contains("items endpoint x: option 'secret' is refused"));
        assertTrue(stackTrace(assertThrows(Exception.class, () -> endpoint("items:x?batch=0")))
                .contains("items endpoint x: batch must be at least 1"));
        assertTrue(stackTrace(assertThrows(Exception.class, () -> endpoint("items:x?delay=soon"))).contains("soon"));
    }

    @Test
    void endpointsOnlyConsume() {
        ItemsEndpoint endpoint = endpoint("items:alpha");

        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class, endpoint::createProducer);
        assertEquals("items endpoints only consume: use them in from:, not in to:", refused.getMessage());
    }

    @Test
    void withoutARepositoryTheComponentKeepsOneInMemoryWhileItRuns() {
        MemoryIdempotentRepository own = assertInstanceOf(MemoryIdempotentRepository.class,
                component.getIdempotentRepository());
        assertTrue(own.isStarted());

        camel.stop();

        assertTrue(own.isStopped());
    }

    @Test
    void aRepositoryItIsGivenIsStartedButLeftRunningWhenItStops() {
        camel.stop();
        MemoryIdempotentRepository given = new MemoryIdempotentRepository();
        component = new ItemsComponent();
        component.setIdempotentRepository(given);
        camel = ItemsComponent.startCamel(component, Map.of());

        assertSame(given, component.getIdempotentRepository());
        assertTrue(given.isStarted());
        camel.stop();
        assertTrue(given.isStarted(), "the repository belongs to whoever gave it");
        given.stop();
    }

    static String stackTrace(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
