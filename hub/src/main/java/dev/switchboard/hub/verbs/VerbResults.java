package dev.switchboard.hub.verbs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;

/** The {@link HubHeaders#RESULT} map that the writing verbs fill in and {@code hub:reply} answers with. */
final class VerbResults {

    private VerbResults() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Exchange exchange) {
        Map<String, Object> result = exchange.getProperty(HubHeaders.RESULT, Map.class);
        if (result == null) {
            result = new LinkedHashMap<>();
            exchange.setProperty(HubHeaders.RESULT, result);
        }
        return result;
    }

    static void put(Exchange exchange, String key, Object value) {
        of(exchange).put(key, value);
    }
}
