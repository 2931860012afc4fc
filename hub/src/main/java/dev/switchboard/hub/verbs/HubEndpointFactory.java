package dev.switchboard.hub.verbs;

import java.util.Map;

import org.apache.camel.Endpoint;

/**
 * Makes the endpoints of one hub verb: {@code hub:<verb>/<path>?<options>}. Each feature
 * contributes its verbs as Spring beans; {@link HubComponent} dispatches on the verb.
 */
public interface HubEndpointFactory {

    /** The first path segment this factory answers for: {@code crm}, {@code activity}, {@code events}, ... */
    String verb();

    /**
     * @param uri        the whole endpoint URI
     * @param component  the hub component
     * @param path       what follows {@code <verb>/}, or "" when nothing does
     * @param parameters the URI options; a factory removes the ones it used, and any left over are
     *                   reported to the route author as unknown options
     */
    Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) throws Exception;
}
