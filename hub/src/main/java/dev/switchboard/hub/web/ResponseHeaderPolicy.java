package dev.switchboard.hub.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * What a route's HTTP answer may carry back. Camel copies message headers into the HTTP response,
 * and a route's message still holds the request's headers: without this policy the answer would
 * echo the caller's {@code X-Api-Key}, cookies and the hub's internal headers. Outbound, it drops
 * Camel's and Switchboard's own headers, request-only headers, and anything that looks like a
 * credential; a route sets any other header it wants to answer with. Inbound, Camel's own
 * headers are never taken from a request.
 */
@Component
class ResponseHeaderPolicy extends DefaultHeaderFilterStrategy implements CamelContextConfiguration {

    private static final Set<String> REQUEST_ONLY = Set.of("accept", "accept-encoding", "accept-language",
            "accept-charset", "user-agent", "host", "origin", "referer", "connection", "content-length",
            "transfer-encoding", "expect", "te", "upgrade", "keep-alive", "idempotency-key", "breadcrumbid",
            "forwarded", "via", "cache-control", "pragma", "if-match", "if-none-match", "if-modified-since",
            "access-control-request-method", "access-control-request-headers");
    private static final Pattern SECRET = Pattern.compile("authorization|api-?key|cookie|token|secret|password|signature|credential");
    private static final Pattern INTERNAL = Pattern.compile("^(camel|switchboard|org\\.apache\\.camel|x-forwarded-).*");

    ResponseHeaderPolicy() {
        setLowerCase(true);
        setOutFilterStartsWith("Camel", "camel", "org.apache.camel.");
        setInFilterStartsWith("Camel", "camel", "org.apache.camel.");
    }

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, org.apache.camel.Exchange exchange) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return super.applyFilterToCamelHeaders(headerName, headerValue, exchange)
                || REQUEST_ONLY.contains(name) || SECRET.matcher(name).find() || INTERNAL.matcher(name).matches();
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.getComponent("platform-http", PlatformHttpComponent.class).setHeaderFilterStrategy(this);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // the strategy is in place before any route starts
    }
}
