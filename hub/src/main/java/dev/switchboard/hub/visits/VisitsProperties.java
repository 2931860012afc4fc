package dev.switchboard.hub.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code POST /track}.
 *
 * @param rateLimitPerMinute requests one client address may make per minute; default 120
 */
@ConfigurationProperties("switchboard.visits")
public record VisitsProperties(@DefaultValue("120") int rateLimitPerMinute) {
}
