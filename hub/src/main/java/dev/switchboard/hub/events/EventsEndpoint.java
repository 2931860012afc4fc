package dev.switchboard.hub.events;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * {@code hub:events?type=...}: delivers outbox events to a route, in {@code seq} order, at least
 * once. Consumer only.
 *
 * <p>Options: {@code type} (one type, a comma list, or a prefix wildcard such as {@code contact.*};
 * absent means every type), {@code delay} (poll interval in ms), {@code maxMessagesPerPoll},
 * {@code subscriber} (the cursor's name; default the route id), plus the usual scheduled-poll
 * options ({@code initialDelay}, ...).
 */
public class EventsEndpoint extends ScheduledPollEndpoint {

    private final OutboxReader reader;
    private final ActiveSubscribers active;
    private TypeFilter filter = TypeFilter.ALL;
    private String subscriber;
    private int maxMessagesPerPoll;

    EventsEndpoint(String uri, org.apache.camel.Component component, OutboxReader reader, ActiveSubscribers active) {
        super(uri, component);
        this.reader = reader;
        this.active = active;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("hub:events can only start a route (from: hub:events?type=...); "
                + "events are published by the CRM verbs in the transaction that makes the change, not sent to "
                + getEndpointUri());
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        EventsConsumer consumer = new EventsConsumer(this, processor, reader, active);
        configureConsumer(consumer);
        return consumer;
    }

    TypeFilter filter() {
        return filter;
    }

    void filter(TypeFilter filter) {
        this.filter = filter;
    }

    /** The explicit subscriber name, or null to use the consuming route's id. */
    String subscriber() {
        return subscriber;
    }

    void subscriber(String subscriber) {
        this.subscriber = subscriber;
    }

    int maxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    void maxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }
}
