package dev.switchboard.hub.errors;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.StreamCache;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last step of {@code hub-error-handling} for errors that redelivery did not cure: writes the
 * original incoming message to {@code dead_letters} (or, for a replay, counts the failed replay on
 * its entry) and answers {@code 202 {"status":"dead-lettered","deadLetterId":N,"error":"..."}}.
 * If the entry cannot be written, the exception propagates and the exchange fails: the source keeps
 * the message (an HTTP caller gets a 5xx, a poller does not advance).
 */
@Component
class DeadLetterWriter implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterWriter.class);

    private final DeadLetterStore store;
    private final ObjectMapper json;

    DeadLetterWriter(DeadLetterStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Long replayOf = exchange.getProperty(ErrorHandling.REPLAY_OF, Long.class);
        long id;
        if (replayOf != null) {
            store.recordReplayFailure(replayOf, JsonReply.describe(cause));
            id = replayOf;
            LOG.warn("replay of dead letter {} failed again in route {}: {}", id, exchange.getFromRouteId(),
                    JsonReply.describe(cause));
        } else {
            id = store.insert(entry(exchange, cause));
            LOG.error("route {} gave up on an exchange after {} attempts; dead letter {}", exchange.getFromRouteId(),
                    attempts(exchange), id, cause);
        }
        exchange.setProperty(ErrorHandling.DEAD_LETTER_ID, id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "dead-lettered");
        answer.put("deadLetterId", id);
        answer.put("error", JsonReply.describe(cause));
        JsonReply.write(exchange, json, 202, answer);
    }

    /**
     * Keeps input that a route refused but that no client was told about (it came from a poller, a
     * feed, an outbox subscriber, not an HTTP caller): a dead letter, so that someone can see it,
     * fix what produced it and replay or delete it. The exchange is left as it is.
     */
    void park(Exchange exchange, BadInputException bad) {
        long id = store.insert(entry(exchange, bad));
        exchange.setProperty(ErrorHandling.DEAD_LETTER_ID, id);
        LOG.warn("route {} refused input from {}: {}; kept as dead letter {}", exchange.getFromRouteId(),
                exchange.getFromEndpoint() == null ? "?" : sanitize(exchange.getFromEndpoint().getEndpointUri()),
                bad.getMessage(), id);
    }

    private DeadLetter entry(Exchange exchange, Throwable cause) {
        Message original = exchange.getIn();
        Endpoint from = exchange.getFromEndpoint();
        return new DeadLetter(0, exchange.getFromRouteId(), sanitize(failedEndpoint(exchange)),
                from == null ? null : sanitize(from.getEndpointUri()),
                cause == null ? "unknown" : cause.getClass().getName(), cause == null ? null : cause.getMessage(),
                bodyText(original), HeaderSnapshot.of(original.getHeaders()), attempts(exchange),
                OffsetDateTime.now(ZoneOffset.UTC), 0, null, null);
    }

    private static String failedEndpoint(Exchange exchange) {
        String failed = exchange.getProperty(Exchange.FAILURE_ENDPOINT, String.class);
        return failed != null ? failed : exchange.getProperty(Exchange.TO_ENDPOINT, String.class);
    }

    private static int attempts(Exchange exchange) {
        Integer redeliveries = exchange.getProperty(ErrorHandling.REDELIVERIES, Integer.class);
        return 1 + (redeliveries == null ? 0 : redeliveries);
    }

    /** Stream-cached bodies are read from the start, and left rewound for whoever reads next. */
    private static String bodyText(Message message) {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof StreamCache cache) {
            cache.reset();
        }
        try {
            return message.getBody(String.class);
        } finally {
            if (body instanceof StreamCache cache) {
                cache.reset();
            }
        }
    }

    private static String sanitize(String uri) {
        return uri == null ? null : URISupport.sanitizeUri(uri);
    }
}
