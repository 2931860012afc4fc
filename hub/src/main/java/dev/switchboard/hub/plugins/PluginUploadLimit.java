package dev.switchboard.hub.plugins;

import java.util.OptionalLong;

import dev.switchboard.hub.web.RequestBodyLimit;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Plugin uploads ({@code POST /api/plugins}) may be as large as {@code switchboard.plugins.max-upload-size}. */
@Component
class PluginUploadLimit implements RequestBodyLimit {

    private final long limit;

    PluginUploadLimit(PluginsProperties properties) {
        this.limit = properties.maxUploadSize().toBytes();
    }

    @Override
    public OptionalLong limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean upload = "POST".equals(request.getMethod()) && (path.equals("/api/plugins") || path.equals("/api/plugins/"));
        return upload ? OptionalLong.of(limit) : OptionalLong.empty();
    }
}
