package dev.switchboard.hub.forms;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for {@code /forms/<id>} and {@code /forms/<id>/withdraw}, per form: an {@code Origin} listed in
 * the form's {@code cors} (or {@code *}) gets {@code Access-Control-Allow-Origin}; a preflight
 * ({@code OPTIONS}) is answered here, 204 when allowed and 403 when not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class FormCorsFilter extends OncePerRequestFilter {

    private static final String ALLOWED_HEADERS = "Content-Type, Idempotency-Key, X-Api-Key, X-Signature, X-Timestamp";

    private final FormRegistry registry;

    FormCorsFilter(FormRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/forms/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod());
        String[] parts = path(request).split("/");
        List<String> allowed = parts.length < 3 ? List.of()
                : registry.find(parts[2]).map(FormDefinition::corsOrigins).orElse(List.of());
        boolean ok = origin != null && (allowed.contains(origin) || allowed.contains("*"));
        if (ok) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
        }
        if (!preflight) {
            chain.doFilter(request, response);
            return;
        }
        if (!ok) {
            response.setStatus(403);
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(204);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
