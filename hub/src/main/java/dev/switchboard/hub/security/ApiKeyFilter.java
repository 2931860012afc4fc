package dev.switchboard.hub.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.errors.ErrorBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the admin key in header {@code X-Api-Key} on every path that is not public: the admin
 * API, actuator endpoints other than health, and the HTTP endpoints of routes. CORS preflight
 * requests pass, so that a browser can ask before it sends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    /**
     * Health for probes; {@code /track} for browsers posting page views (no secrets, rate-limited);
     * {@code /forms/**}: each web form authenticates itself (api-key, hmac or public).
     */
    private static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health", "/actuator/health/**", "/track",
            "/forms/**");

    private final AdminKey key;
    private final ObjectMapper json;
    private final List<String> publicPaths;
    private final AntPathMatcher matcher = new AntPathMatcher();

    ApiKeyFilter(AdminKey key, ObjectMapper json, SecurityProperties properties) {
        this.key = key;
        this.json = json;
        this.publicPaths = new ArrayList<>(ALWAYS_PUBLIC);
        this.publicPaths.addAll(properties.publicPaths());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean open = publicPaths.stream().anyMatch(p -> matcher.match(p, path))
                || ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null);
        if (open || key.matches(request.getHeader(HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setContentType("application/json");
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        String reason = request.getHeader(HEADER) == null ? "missing header " + HEADER : "wrong key in header " + HEADER;
        json.writeValue(response.getOutputStream(), ErrorBody.of(401, reason + ": this path needs the admin key"));
    }
}
