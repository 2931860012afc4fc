package dev.switchboard.hub.routes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the route file watcher ({@code switchboard.routes.*}). The directory itself is
 * {@code switchboard.routes-dir}.
 *
 * @param scanInterval how often the routes directory is compared with what is loaded; default
 *                     {@code 1s}. A changed file is live within about this interval plus the
 *                     time its routes take to start.
 */
@ConfigurationProperties("switchboard.routes")
public record RoutesProperties(@DefaultValue("1s") Duration scanInterval) {

    public RoutesProperties {
        if (scanInterval == null || scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("switchboard.routes.scan-interval must be positive, was " + scanInterval);
        }
    }
}
