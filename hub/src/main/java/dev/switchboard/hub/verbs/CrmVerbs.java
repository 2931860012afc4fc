package dev.switchboard.hub.verbs;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.Upserted;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Lead;
import org.apache.camel.Endpoint;
import org.springframework.stereotype.Component;

/**
 * {@code hub:crm/upsert/contact}, {@code hub:crm/upsert/account}, {@code hub:crm/upsert/lead}:
 * upsert a record by its natural keys. The body (or the part of it at the JSON Pointer in option
 * {@code from}) is the canonical record as JSON. The body itself is left as it was; the record's id
 * goes to header {@code SwitchboardContactId} (or AccountId, LeadId) and {@code SwitchboardCreated}
 * tells whether it is new.
 */
@Component
class CrmVerbs implements HubEndpointFactory {

    private final CrmStore store;
    private final JsonBodies bodies;

    CrmVerbs(CrmStore store, JsonBodies bodies) {
        this.store = store;
        this.bodies = bodies;
    }

    @Override
    public String verb() {
        return "crm";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        String pointer = new VerbOptions(uri, parameters).pointer("from");
        return switch (path) {
            case "upsert/contact" -> upsert(uri, component, pointer, Contact.class, store::upsertContact,
                    HubHeaders.CONTACT_ID, "contactId");
            case "upsert/account" -> upsert(uri, component, pointer, Account.class, store::upsertAccount,
                    HubHeaders.ACCOUNT_ID, "accountId");
            case "upsert/lead" -> upsert(uri, component, pointer, Lead.class, store::upsertLead,
                    HubHeaders.LEAD_ID, "leadId");
            default -> throw new IllegalArgumentException("unknown CRM operation 'crm/" + path + "' in " + uri
                    + "; known: crm/upsert/contact, crm/upsert/account, crm/upsert/lead");
        };
    }

    private <T> Endpoint upsert(String uri, HubComponent component, String pointer, Class<T> type,
                                Function<T, Upserted> operation, String idHeader, String resultKey) {
        String prefix = JsonBodies.label(pointer);
        return new VerbEndpoint(uri, component, exchange -> {
            JsonNode body = bodies.tree(exchange);
            T record = bodies.read(body, pointer, type);
            Upserted done;
            try {
                done = operation.apply(record);
            } catch (BadInputException e) {
                throw e.under(prefix);
            }
            UUID id = done.id();
            exchange.getMessage().setHeader(idHeader, id.toString());
            exchange.getMessage().setHeader(HubHeaders.CREATED, done.created());
            VerbResults.put(exchange, resultKey, id.toString());
            VerbResults.put(exchange, "created", done.created());
        });
    }
}
