package dev.switchboard.hub.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Records what test routes consume from {@code hub:events}, for assertions that wait on it. */
final class Received {

    /** One delivered exchange. */
    record Delivery(String route, long seq, String type, String aggregateId, String body, Map<String, Object> headers) {
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    Processor recorder() {
        return exchange -> deliveries.add(of(exchange));
    }

    List<Delivery> by(String route) {
        return deliveries.stream().filter(d -> d.route().equals(route)).toList();
    }

    List<Delivery> by(String route, String aggregateId) {
        return by(route).stream().filter(d -> aggregateId.equals(d.aggregateId())).toList();
    }

    private static Delivery of(Exchange exchange) {
        var in = exchange.getIn();
        return new Delivery(exchange.getFromRouteId(), in.getHeader(EventsConstants.EVENT_ID, Long.class),
                in.getHeader(EventsConstants.EVENT_TYPE, String.class),
                in.getHeader(EventsConstants.AGGREGATE_ID, String.class), in.getBody(String.class),
                Map.copyOf(in.getHeaders()));
    }
}
