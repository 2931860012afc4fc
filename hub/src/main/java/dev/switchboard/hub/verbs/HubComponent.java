package dev.switchboard.hub.verbs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;
import org.springframework.stereotype.Component;

/**
 * The {@code hub} Camel component: the CRM-specific steps routes use, such as
 * {@code hub:crm/upsert/contact}, {@code hub:activity}, {@code hub:task}, {@code hub:reply} and
 * {@code from: hub:events?type=contact.created}. Registered as the Spring bean {@code hub}, which
 * Camel resolves by scheme.
 */
@Component("hub")
public class HubComponent extends DefaultComponent {

    private final Map<String, HubEndpointFactory> factories;

    public HubComponent(List<HubEndpointFactory> factories) {
        this.factories = factories.stream().collect(Collectors.toMap(HubEndpointFactory::verb, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two hub verbs named '" + a.verb() + "'");
                }, TreeMap::new));
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int slash = remaining.indexOf('/');
        String verb = slash < 0 ? remaining : remaining.substring(0, slash);
        String path = slash < 0 ? "" : remaining.substring(slash + 1);
        HubEndpointFactory factory = factories.get(verb);
        if (factory == null) {
            throw new IllegalArgumentException("unknown hub verb '" + verb + "' in " + uri
                    + "; the hub offers: " + String.join(", ", factories.keySet()));
        }
        return factory.create(uri, this, path, parameters);
    }
}
