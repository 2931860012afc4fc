package dev.switchboard.hub.events;

/** Headers of the exchanges a {@code hub:events} consumer creates. The body is the event's payload, a JSON string. */
public final class EventsConstants {

    /** The event's {@code seq}: its position in the delivery order, unique and increasing ({@code Long}). */
    public static final String EVENT_ID = "SwitchboardEventId";
    /**
     * {@code event-<seq>}, set as {@link dev.switchboard.hub.verbs.HubHeaders#SOURCE_ID} so that the
     * verbs a subscriber route calls are idempotent when the event is delivered again.
     */
    public static final String SOURCE_ID = dev.switchboard.hub.verbs.HubHeaders.SOURCE_ID;
    /** The event type, e.g. {@code contact.created} ({@code String}). */
    public static final String EVENT_TYPE = "SwitchboardEventType";
    /** {@code contact}, {@code account} or {@code lead} ({@code String}). */
    public static final String AGGREGATE_TYPE = "SwitchboardAggregateType";
    /** The id of the contact, account or lead the event is about (UUID as {@code String}). */
    public static final String AGGREGATE_ID = "SwitchboardAggregateId";
    /** Set to the aggregate id when the aggregate is a contact. */
    public static final String CONTACT_ID = "SwitchboardContactId";
    /** Set to the aggregate id when the aggregate is an account. */
    public static final String ACCOUNT_ID = "SwitchboardAccountId";
    /** Set to the aggregate id when the aggregate is a lead. */
    public static final String LEAD_ID = "SwitchboardLeadId";
    /** When the event was appended (ISO-8601 {@code String}). */
    public static final String CREATED_AT = "SwitchboardEventCreatedAt";

    private EventsConstants() {
    }
}
