package dev.switchboard.hub.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Replaces an exchange's message with a JSON answer and an HTTP status. */
final class JsonReply {

    private JsonReply() {
    }

    /**
     * The request's headers are dropped: they belong to the request (and, after useOriginalMessage,
     * would otherwise be echoed to the caller, Content-Length included).
     */
    static void write(Exchange exchange, ObjectMapper json, int status, Object body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            message.setBody(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the error answer as JSON", e);
        }
    }

    /** The text a caller sees for an exception: its message, or its class when it has none. */
    static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        return error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getMessage();
    }
}
