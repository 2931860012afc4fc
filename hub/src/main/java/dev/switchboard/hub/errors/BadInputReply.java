package dev.switchboard.hub.errors;


import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Answers a {@link BadInputException} with its status and
 * {@code {"status":422,"error":"...","problems":[{"field":"contact.email","message":"..."}]}}.
 * Input that did not come from an HTTP caller (a feed entry, a social post, an outbox event) has
 * nobody to read that answer: it is also kept as a dead letter, with the reason, and logged.
 */
@Component
class BadInputReply implements Processor {

    private final ObjectMapper json;
    private final DeadLetterWriter deadLetters;

    BadInputReply(ObjectMapper json, DeadLetterWriter deadLetters) {
        this.json = json;
        this.deadLetters = deadLetters;
    }

    @Override
    public void process(Exchange exchange) {
        BadInputException bad = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, BadInputException.class);
        if (!fromHttp(exchange) && exchange.getProperty(ErrorHandling.REPLAY_OF) == null) {
            deadLetters.park(exchange, bad);
        }
        JsonReply.write(exchange, json, bad.status(), ErrorBody.of(bad));
    }

    private static boolean fromHttp(Exchange exchange) {
        String uri = exchange.getFromEndpoint() == null ? "" : exchange.getFromEndpoint().getEndpointUri();
        return uri.startsWith("platform-http:") || uri.startsWith("rest:") || uri.startsWith("http:")
                || uri.startsWith("https:");
    }
}
