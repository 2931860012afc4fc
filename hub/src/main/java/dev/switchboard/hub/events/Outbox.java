package dev.switchboard.hub.events;

import java.util.UUID;

/**
 * Appends change events to the outbox. Must be called inside the transaction that makes the change,
 * so that the event is committed if and only if the change is.
 */
public interface Outbox {

    /**
     * @param eventType     dotted name: {@code contact.created}, {@code activity.logged}, ...
     * @param aggregateType {@code contact}, {@code account}, {@code lead}: events of one aggregate are delivered in order
     * @param aggregateId   the contact, account or lead the event is about
     * @param payload       serialized to JSON
     */
    void append(String eventType, String aggregateType, UUID aggregateId, Object payload);
}
