/**
 * Events out of the CRM core. Changes append events to the outbox in their own transaction
 * ({@link dev.switchboard.hub.events.Outbox}); the {@link dev.switchboard.hub.events.OutboxSequencer}
 * numbers committed rows; routes consume them with {@code from: "hub:events?type=contact.created"}
 * ({@link dev.switchboard.hub.events.EventsEndpoint}, headers in
 * {@link dev.switchboard.hub.events.EventsConstants}), at least once and in order.
 *
 * <p>A subscriber (by default the consuming route's id) that the hub has never seen starts after
 * the last event sequenced at that moment: it gets what happens from then on, not the history.
 * Events committed but not yet sequenced at that moment are delivered to it. Its cursor is kept in
 * {@code outbox_cursors}, so a restart loses and repeats nothing beyond the at-least-once contract
 * (an event whose exchange was running when the hub stopped may be delivered again).
 *
 * <p>Settings: {@code switchboard.events.*} ({@link dev.switchboard.hub.events.EventsProperties}).
 * Health: the {@code outbox} component.
 */
package dev.switchboard.hub.events;
