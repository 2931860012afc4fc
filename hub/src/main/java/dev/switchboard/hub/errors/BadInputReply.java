package dev.switchboard.hub.errors;


import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Answers a {@link BadInputException} with its status and
 * {@code {"status":422,"error":"...","problems":[{"field":"contact.email","message":"..."}]}}.
 */
@Component
class BadInputReply implements Processor {

    private final ObjectMapper json;

    BadInputReply(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void process(Exchange exchange) {
        BadInputException bad = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, BadInputException.class);
        JsonReply.write(exchange, json, bad.status(), ErrorBody.of(bad));
    }
}
