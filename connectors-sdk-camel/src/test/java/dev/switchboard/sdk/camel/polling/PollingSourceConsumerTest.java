package dev.switchboard.sdk.camel.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Consumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Polling through a real route. The scheduler is off ({@code startScheduler=false}): each test
 * calls {@code poll()} itself, so every poll has ended when it returns.
 */
class PollingSourceConsumerTest {

    private static final String URI = "items:alpha?startScheduler=false&exceptionHandler=#errors";

    private final RecordingExceptionHandler errors = new RecordingExceptionHandler();
    private final StubPluginContext.RecordingMetrics metrics = new StubPluginContext.RecordingMetrics();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    /** Item ids whose next exchange fails once. */
    private final Set<String> failOnce = Collections.synchronizedSet(new HashSet<>());
    private DefaultCamelContext camel;
    private ItemsComponent component;

    @BeforeEach
    void start() {
        component = new ItemsComponent();
        component.setMetrics(metrics);
        camel = ItemsComponent.startCamel(component, Map.of("errors", errors));
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private ItemsConsumer route(String uri) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("items").process(exchange -> {
                    String id = exchange.getMessage().getHeader(ItemsConsumer.HEADER_ITEM, String.class);
                    if (failOnce.remove(id)) {
                        throw new IllegalStateException("sink down for " + id);
                    }
                    received.add(exchange.getMessage().getBody(String.class));
                });
            }
        });
        return (ItemsConsumer) camel.getRoute("items").getConsumer();
    }

    @Test
    void emitsEachNewItemOnceAndRecordsItAsSeen() throws Exception {
        component.add("alpha", "1", "2", "3");
        ItemsConsumer consumer = route(URI);

        assertEquals(3, consumer.poll());
        assertEquals(List.of("item 1", "item 2", "item 3"), received);
        IdempotentRepository seen = component.getIdempotentRepository();
        assertTrue(seen.contains("alpha 1") && seen.contains("alpha 2") && seen.contains("alpha 3"));

        assertEquals(0, consumer.poll());
        component.add("alpha", "4");
        assertEquals(1, consumer.poll());

        assertEquals(List.of("item 1", "item 2", "item 3", "item 4"), received);
        assertEquals(Collections.nCopies(4, "items.emitted source=alpha"), metrics.increments);
        assertEquals(List.of(), errors.messages);
    }

    @Test
    void aFailedItemGoesToTheExceptionHandlerIsNotRecordedAndComesAgainWithTheNextPoll() throws Exception {
        component.add("alpha", "1", "2", "3");
        failOnce.add("2");
        ItemsConsumer consumer = route(URI);

        assertEquals(2, consumer.poll());

        assertEquals(List.of("item 1", "item 3"), received);
        assertEquals(List.of("items alpha: item 2 failed; it comes again with the next poll | sink down for 2"),
                errors.messages);
        assertFalse(component.getIdempotentRepository().contains("alpha 2"));
        assertEquals(2, metrics.increments.size(), "only items that went through are counted");

        assertEquals(1, consumer.poll());
        assertEquals(List.of("item 1", "item 3", "item 2"), received);
        assertTrue(component.getIdempotentRepository().contains("alpha 2"));
    }

    @Test
    void itemsSeenInAnEarlierRunAreNotEmittedAgain() throws Exception {
        component.getIdempotentRepository().add("alpha 1");
        component.add("alpha", "1", "2");
        ItemsConsumer consumer = route(URI);

        assertEquals(1, consumer.poll());
        assertEquals(List.of("item 2"), received);
    }

    @Test
    void theEndpointsOwnRepositoryComesBeforeTheComponents() throws Exception {
        MemoryIdempotentRepository own = new MemoryIdempotentRepository();
        own.start();
        camel.getRegistry().bind("own", own);
        component.add("alpha", "1");
        ItemsConsumer consumer = route(URI + "&idempotentRepository=#own");

        assertEquals(1, consumer.poll());

        assertTrue(own.contains("alpha 1"));
        assertFalse(component.getIdempotentRepository().contains("alpha 1"));
        own.stop();
    }

    @Test
    void withoutMetricsNothingIsCountedAndItemsStillGoThrough() throws Exception {
        component.setMetrics(null);
        component.add("alpha", "1");
        ItemsConsumer consumer = route(URI);

        assertEquals(1, consumer.poll());
        assertEquals(List.of("item 1"), received);
        assertEquals(List.of(), metrics.increments);
    }

    @Test
    void aConsumerWithoutARepositoryDoesNotStartAndSaysWhy() throws Exception {
        ItemsComponent unstarted = new ItemsComponent();
        unstarted.setCamelContext(camel);
        ItemsEndpoint endpoint = (ItemsEndpoint) unstarted.createEndpoint("items:beta");
        Consumer consumer = endpoint.createConsumer(exchange -> { });

        IllegalStateException refused = assertThrows(IllegalStateException.class, consumer::start);

        assertEquals("items beta: no idempotent repository (start the component first)", refused.getMessage());
    }
}
