package dev.switchboard.sdk.camel.polling;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.impl.DefaultCamelContext;

/**
 * A polling source for the tests: {@code items:<name>} polls a list of item ids the test fills with
 * {@link #add}. Parameters named {@code keep-*} stay out of the endpoint (as a feed keeps its URL's
 * own query), {@code secret} is refused before anything else, and {@code batch} must be at least 1.
 */
class ItemsComponent extends PollingSourceComponent<ItemsEndpoint> {

    static final String DEFAULT_USER_AGENT = "Items test connector";
    static final long DEFAULT_DELAY_MILLIS = 60_000;

    private final Map<String, List<String>> sources = new ConcurrentHashMap<>();
    /** What {@link #newEndpoint} saw of the parameters, and the endpoint's delay when configureEndpoint ran. */
    volatile Map<String, Object> parametersAtNewEndpoint;
    volatile long delayAtConfigureEndpoint;

    ItemsComponent() {
        super(DEFAULT_USER_AGENT, DEFAULT_DELAY_MILLIS);
    }

    /** A started CamelContext with the component registered as {@code items} and the beans bound. */
    static DefaultCamelContext startCamel(ItemsComponent component, Map<String, Object> beans) {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.addComponent("items", component);
        beans.forEach(camel.getRegistry()::bind);
        camel.start();
        return camel;
    }

    void add(String source, String... ids) {
        sources.computeIfAbsent(source, s -> new CopyOnWriteArrayList<>()).addAll(List.of(ids));
    }

    List<String> items(String source) {
        return sources.getOrDefault(source, List.of());
    }

    @Override
    protected ItemsEndpoint newEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        if (parameters.containsKey("secret")) {
            throw new IllegalArgumentException("items endpoint " + remaining + ": option 'secret' is refused");
        }
        parametersAtNewEndpoint = Map.copyOf(parameters);
        return new ItemsEndpoint(uri, this);
    }

    @Override
    protected void configureEndpoint(ItemsEndpoint endpoint, String remaining, Map<String, Object> parameters) {
        delayAtConfigureEndpoint = endpoint.getDelay();
        parameters.keySet().removeIf(name -> name.startsWith("keep-"));
        endpoint.setName(remaining);
        if (endpoint.getBatch() < 1) {
            throw new IllegalArgumentException("items endpoint " + remaining + ": batch must be at least 1");
        }
    }
}
