package dev.switchboard.hub.verbs;

/** Headers and exchange properties the hub verbs read and set. */
public final class HubHeaders {

    /** Set by {@code hub:crm/upsert/contact}: the contact's id. Read by {@code hub:activity} and {@code hub:task}. */
    public static final String CONTACT_ID = "SwitchboardContactId";
    /** Set by {@code hub:crm/upsert/account}: the account's id. */
    public static final String ACCOUNT_ID = "SwitchboardAccountId";
    /** Set by {@code hub:crm/upsert/lead}: the lead's id. */
    public static final String LEAD_ID = "SwitchboardLeadId";
    /** Set by every writing verb: true when it created a record, false when it found one. */
    public static final String CREATED = "SwitchboardCreated";
    /** Set by {@code hub:activity}: the activity's id. */
    public static final String ACTIVITY_ID = "SwitchboardActivityId";
    /** Set by {@code hub:task}: the task's id. */
    public static final String TASK_ID = "SwitchboardTaskId";
    /**
     * Read by {@code hub:activity} and {@code hub:task} when no {@code sourceIdField} is given: the
     * source's own id of the touchpoint, which makes logging it idempotent. Falls back to the
     * {@code Idempotency-Key} request header.
     */
    public static final String SOURCE_ID = "SwitchboardSourceId";
    /** The HTTP request header a client sets so that a retried request creates nothing new. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Exchange property: what the verbs did, as a JSON-ready map; {@code hub:reply} answers with it. */
    public static final String RESULT = "SwitchboardResult";

    private HubHeaders() {
    }
}
