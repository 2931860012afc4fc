package dev.switchboard.hub.events;

import java.util.Map;

import dev.switchboard.hub.verbs.HubComponent;
import dev.switchboard.hub.verbs.HubEndpointFactory;
import org.apache.camel.Endpoint;
import org.springframework.stereotype.Component;

/**
 * The {@code events} hub verb: {@code from: "hub:events?type=contact.created"}. See
 * {@link EventsEndpoint} for the options and {@link EventsConstants} for the headers.
 */
@Component
class EventsEndpointFactory implements HubEndpointFactory {

    private final OutboxReader reader;
    private final ActiveSubscribers active;
    private final EventsProperties settings;

    EventsEndpointFactory(OutboxReader reader, ActiveSubscribers active, EventsProperties settings) {
        this.reader = reader;
        this.active = active;
        this.settings = settings;
    }

    @Override
    public String verb() {
        return "events";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        if (!path.isEmpty()) {
            throw new IllegalArgumentException("hub:events takes no path, got '" + path + "' in " + uri
                    + "; choose events with the type option: hub:events?type=contact.created");
        }
        EventsEndpoint endpoint = new EventsEndpoint(uri, component, reader, active);
        endpoint.filter(TypeFilter.parse(text(parameters.remove("type"))));
        endpoint.subscriber(text(parameters.remove("subscriber")));
        endpoint.maxMessagesPerPoll(number(uri, "maxMessagesPerPoll", parameters.remove("maxMessagesPerPoll"),
                settings.maxMessagesPerPoll()));
        endpoint.setDelay(number(uri, "delay", parameters.remove("delay"), (int) settings.pollDelay().toMillis()));
        return endpoint;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static int number(String uri, String option, Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.toString().trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("hub:events option " + option + " must be a positive whole number, got '"
                + value + "' in " + uri);
    }
}
