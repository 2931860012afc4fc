package dev.switchboard.hub.verbs;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * {@code hub:reply}: replaces the body with a JSON summary of what the verbs did in this exchange,
 * such as {@code {"contactId": "...", "created": true, "activityId": "..."}}, with HTTP status 201
 * when a verb created the main record and 200 otherwise.
 */
@Component
class ReplyVerb implements HubEndpointFactory {

    private final ObjectMapper json;

    ReplyVerb(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String verb() {
        return "reply";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        return new VerbEndpoint(uri, component, exchange -> {
            Map<String, Object> result = VerbResults.of(exchange);
            exchange.getMessage().setBody(json.writeValueAsString(result));
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE,
                    Boolean.TRUE.equals(result.get("created")) ? 201 : 200);
        });
    }
}
