package dev.switchboard.hub.identity.web;

import java.util.OptionalLong;

import dev.switchboard.hub.identity.IdentityProperties;
import dev.switchboard.hub.web.RequestBodyLimit;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Batches for {@code POST /api/identity/dedupe} may be as large as {@code switchboard.identity.max-dedupe-size}. */
@Component
class DedupeUploadLimit implements RequestBodyLimit {

    private final long limit;

    DedupeUploadLimit(IdentityProperties properties) {
        this.limit = properties.maxDedupeSize().toBytes();
    }

    @Override
    public OptionalLong limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean dedupe = "POST".equals(request.getMethod()) && path.equals("/api/identity/dedupe");
        return dedupe ? OptionalLong.of(limit) : OptionalLong.empty();
    }
}
