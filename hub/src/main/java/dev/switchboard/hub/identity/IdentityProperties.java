package dev.switchboard.hub.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of identity matching.
 *
 * @param maxDedupeSize the largest body {@code POST /api/identity/dedupe} accepts (default 20MB, about
 *                      200,000 records); other requests keep {@code switchboard.http.max-body-size}
 */
@ConfigurationProperties("switchboard.identity")
public record IdentityProperties(@DefaultValue("20MB") DataSize maxDedupeSize) {
}
