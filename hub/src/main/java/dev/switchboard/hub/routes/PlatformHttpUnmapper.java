package dev.switchboard.hub.routes;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.HttpEndpointModel;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.PlatformHttpListener;
import org.apache.camel.component.platform.http.springboot.CamelRequestHandlerMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Removes the Spring MVC mappings of a {@code platform-http} consumer when its route stops, so that
 * a removed route answers 404 instead of 500.
 *
 * <p>Why: camel-platform-http-starter 4.17's {@link CamelRequestHandlerMapping} registers a mapping
 * when a consumer starts, but its {@code unregisterHttpEndpoint} is empty, so the mapping keeps
 * pointing at the stopped consumer (see apache/camel-spring-boot#1298 and
 * eclipse-dirigible/dirigible#2798). Camel's {@link PlatformHttpComponent} calls every registered
 * {@link PlatformHttpListener} when a consumer stops; this one does the unregistering.
 */
@Component
class PlatformHttpUnmapper implements PlatformHttpListener {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformHttpUnmapper.class);

    private final CamelRequestHandlerMapping mapping;

    PlatformHttpUnmapper(ObjectProvider<CamelRequestHandlerMapping> mapping, CamelContext camelContext) {
        this.mapping = mapping.getIfAvailable();
        if (this.mapping != null) {
            camelContext.getComponent("platform-http", PlatformHttpComponent.class).addPlatformHttpListener(this);
        }
    }

    @Override
    public void registerHttpEndpoint(HttpEndpointModel model) {
        // CamelRequestHandlerMapping registers the mapping itself
    }

    @Override
    public void unregisterHttpEndpoint(HttpEndpointModel model) {
        if (model.getConsumer() == null) {
            return;
        }
        List<RequestMappingInfo> stale = mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBean() == model.getConsumer())
                .map(Map.Entry::getKey).toList();
        stale.forEach(mapping::unregisterMapping);
        LOG.debug("platform-http {} stopped; removed {} request mappings", model.getUri(), stale.size());
    }
}
