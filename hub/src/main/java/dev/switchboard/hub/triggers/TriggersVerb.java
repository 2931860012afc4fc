package dev.switchboard.hub.triggers;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.verbs.HubComponent;
import dev.switchboard.hub.verbs.HubEndpointFactory;
import dev.switchboard.hub.verbs.JsonBodies;
import dev.switchboard.hub.verbs.VerbEndpoint;
import dev.switchboard.sdk.model.Document;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The sales-trigger verbs.
 *
 * <ul>
 *   <li>{@code hub:triggers?source=mastodon}: the body is a {@link Document} (what {@code newsfeed:}
 *       and {@code mastodon:} emit) or a JSON document ({@code {"id","text","lang","source","url",
 *       "publishedAt","kind","title","metadata"}}); runs detection and the source's watch list,
 *       links and records, and sets the body to the JSON {@link TriggerResult}. The source is the
 *       option {@code source}, else {@code metadata.source}, else the document's kind. Bad documents
 *       (empty, too long, binary) are a {@link BadInputException}: 413 for a text over
 *       {@code max-text-length}, else 422; HTML is stripped and processed.</li>
 *   <li>{@code hub:triggers/read}: reads a {@code POST /ingest/documents} request (see
 *       {@link IngestRequest}); the body becomes the list of its documents as JSON texts.</li>
 *   <li>{@code hub:triggers/answer}: after a split over those, answers 202 {@code {"results":[...]}}.</li>
 *   <li>{@code hub:triggers/digest}: sends the day's trigger digests that are due (see {@link TriggerDigest}).</li>
 * </ul>
 */
@Component
class TriggersVerb implements HubEndpointFactory {

    /** Header set by {@code hub:triggers}: the document's id. */
    static final String DOCUMENT_ID = "SwitchboardDocumentId";

    private final TriggerRecorder recorder;
    private final IngestRequest ingest;
    private final TriggerDigest digest;
    private final JsonBodies bodies;
    private final TriggersProperties settings;

    TriggersVerb(TriggerRecorder recorder, IngestRequest ingest, TriggerDigest digest, JsonBodies bodies,
                 TriggersProperties settings) {
        this.recorder = recorder;
        this.ingest = ingest;
        this.digest = digest;
        this.bodies = bodies;
        this.settings = settings;
    }

    @Override
    public String verb() {
        return "triggers";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        Object sourceOption = parameters.remove("source");
        String source = sourceOption == null || sourceOption.toString().isBlank() ? null : sourceOption.toString();
        return switch (path) {
            case "" -> new VerbEndpoint(uri, component, exchange -> process(exchange, source));
            case "read" -> new VerbEndpoint(uri, component, ingest::read);
            case "answer" -> new VerbEndpoint(uri, component, ingest::answer);
            case "digest" -> new VerbEndpoint(uri, component, exchange -> digest.sendDue());
            default -> throw new IllegalArgumentException("unknown triggers operation 'triggers/" + path + "' in " + uri
                    + "; known: triggers, triggers/read, triggers/answer, triggers/digest");
        };
    }

    private void process(Exchange exchange, String sourceOption) {
        Document document = document(exchange);
        String source = sourceOption != null ? sourceOption
                : document.metadata().get("source") != null ? document.metadata().get("source") : document.sourceKind();
        exchange.getMessage().setHeader(DOCUMENT_ID, document.id());
        exchange.getMessage().setBody(recorder.process(document, source));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    private Document document(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof Document given) {
            return checked(given);
        }
        JsonNode node = bodies.tree(exchange);
        return DocumentInput.read(node, settings.maxTextLength());
    }

    /** A document object from a component: the same rules as a posted one, HTML stripped. */
    private Document checked(Document given) {
        if (given.id() == null || given.id().isBlank() || given.id().length() > 300) {
            throw BadInputException.invalid(java.util.List.of(new Problem("id", "required, up to 300 characters")));
        }
        if (given.text().length() > settings.maxTextLength()) {
            throw new BadInputException(413, java.util.List.of(new Problem("text", "longer than "
                    + settings.maxTextLength() + " characters (" + given.text().length() + ")")));
        }
        String problem = DocumentText.problem(given.text(), settings.maxTextLength());
        if (problem != null) {
            throw BadInputException.invalid(java.util.List.of(new Problem("text", problem)));
        }
        return new Document(given.id(), DocumentText.clean(given.text()), given.language(), given.sourceKind(),
                given.url(), given.publishedAt(), given.metadata());
    }
}
