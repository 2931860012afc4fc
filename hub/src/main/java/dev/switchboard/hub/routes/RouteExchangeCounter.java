package dev.switchboard.hub.routes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.stereotype.Component;

/**
 * Counts finished exchanges per route, by the route the exchange started in. Camel's own per-route
 * statistics need JMX management (camel-management), which the hub does not ship; this notifier
 * is registered on the CamelContext because it is a Spring bean of type EventNotifier.
 */
@Component
class RouteExchangeCounter extends EventNotifierSupport {

    /** Exchanges of one route: total finished, and failed among them (including failures the error handling handled). */
    record Counts(long total, long failed) {
        static final Counts NONE = new Counts(0, 0);
    }

    private final Map<String, LongAdder[]> counters = new ConcurrentHashMap<>();

    RouteExchangeCounter() {
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeCompletedEvent || event instanceof ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        String routeId = ((CamelEvent.ExchangeEvent) event).getExchange().getFromRouteId();
        if (routeId == null) {
            return;
        }
        LongAdder[] adders = counters.computeIfAbsent(routeId, id -> new LongAdder[] {new LongAdder(), new LongAdder()});
        adders[0].increment();
        // failed: the exchange ended in an error, unhandled or handled by the shared error handling
        // (dead-lettered, or answered with a 4xx)
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        if (event instanceof ExchangeFailedEvent || exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
            adders[1].increment();
        }
    }

    /** The counts of {@code routeId} since it was last {@link #reset(String) reset}. */
    Counts counts(String routeId) {
        LongAdder[] adders = counters.get(routeId);
        return adders == null ? Counts.NONE : new Counts(adders[0].sum(), adders[1].sum());
    }

    /** Forgets the counts of a route that was removed or replaced. */
    void reset(String routeId) {
        counters.remove(routeId);
    }
}
