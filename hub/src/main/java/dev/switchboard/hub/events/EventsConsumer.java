package dev.switchboard.hub.events;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the outbox for one subscriber. Each event is one exchange, processed synchronously; the
 * cursor moves after each exchange that completes without an exception (an exception the route's
 * error handling handled, e.g. by dead-lettering, counts as completed). A failed exchange ends the
 * batch with the cursor left before it, so the event is delivered again on the next poll and no
 * later event overtakes it.
 */
class EventsConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EventsConsumer.class);

    private final EventsEndpoint endpoint;
    private final OutboxReader reader;
    private final ActiveSubscribers active;
    private volatile String subscriber;

    EventsConsumer(EventsEndpoint endpoint, Processor processor, OutboxReader reader, ActiveSubscribers active) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.reader = reader;
        this.active = active;
    }

    @Override
    protected void doStart() throws Exception {
        subscriber = endpoint.subscriber() != null ? endpoint.subscriber() : getRouteId();
        if (subscriber == null || subscriber.isBlank()) {
            throw new IllegalStateException(endpoint.getEndpointUri() + " needs a route id or a subscriber option");
        }
        active.add(subscriber);
        try {
            long start = reader.position(subscriber);
            LOG.debug("hub:events subscriber {} starts after seq {}", subscriber, start);
            super.doStart();
        } catch (Exception | Error e) {
            active.remove(subscriber);
            throw e;
        }
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (subscriber != null) {
            active.remove(subscriber);
        }
    }

    @Override
    protected int poll() throws Exception {
        long cursor = reader.position(subscriber);
        long upTo = reader.lastSeq();
        if (upTo <= cursor) {
            return 0;
        }
        int limit = endpoint.maxMessagesPerPoll();
        List<OutboxEvent> events = reader.read(endpoint.filter(), cursor, upTo, limit);
        int delivered = 0;
        for (OutboxEvent event : events) {
            if (!isRunAllowed() || !deliver(event)) {
                return delivered;
            }
            reader.advance(subscriber, event.seq());
            delivered++;
        }
        if (events.size() < limit) {
            // every matching event up to upTo is done: skip the ones this subscriber does not want
            reader.advance(subscriber, upTo);
        }
        return delivered;
    }

    /** @return whether the exchange completed, so that the cursor may pass this event */
    private boolean deliver(OutboxEvent event) {
        Exchange exchange = createExchange(false);
        try {
            fill(exchange.getIn(), event);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null || exchange.isRollbackOnly()) {
                LOG.warn("hub:events subscriber {} failed on event {} ({}); it is delivered again on the next poll",
                        subscriber, event.seq(), event.eventType(), exchange.getException());
                return false;
            }
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private static void fill(Message message, OutboxEvent event) {
        message.setBody(event.payload());
        message.setHeader(EventsConstants.EVENT_ID, event.seq());
        message.setHeader(EventsConstants.EVENT_TYPE, event.eventType());
        // the event's own id as the source id: hub:activity and hub:task stay idempotent when an
        // event is delivered again (at least once + idempotent steps = an effect exactly once)
        message.setHeader(EventsConstants.SOURCE_ID, "event-" + event.seq());
        message.setHeader(EventsConstants.AGGREGATE_TYPE, event.aggregateType());
        String id = event.aggregateId().toString();
        message.setHeader(EventsConstants.AGGREGATE_ID, id);
        if (event.createdAt() != null) {
            message.setHeader(EventsConstants.CREATED_AT, event.createdAt().toString());
        }
        switch (event.aggregateType()) {
            case "contact" -> message.setHeader(EventsConstants.CONTACT_ID, id);
            case "account" -> message.setHeader(EventsConstants.ACCOUNT_ID, id);
            case "lead" -> message.setHeader(EventsConstants.LEAD_ID, id);
            default -> { }
        }
    }
}
