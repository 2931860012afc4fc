package dev.switchboard.hub.errors;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the shared error handling ({@code hub-error-handling}).
 *
 * @param maximumRedeliveries    redeliveries after the first failure before dead-lettering; default 3
 * @param redeliveryDelay        delay before the first redelivery; default 200ms
 * @param backoffMultiplier      each further delay is the previous one times this; default 2
 * @param maximumRedeliveryDelay no delay is longer; default 5s
 * @param replayTimeout          how long {@code POST /api/dead-letters/{id}/replay} waits for the route; default 60s
 */
@ConfigurationProperties("switchboard.errors")
public record ErrorsProperties(
        @DefaultValue("3") int maximumRedeliveries,
        @DefaultValue("200ms") Duration redeliveryDelay,
        @DefaultValue("2") double backoffMultiplier,
        @DefaultValue("5s") Duration maximumRedeliveryDelay,
        @DefaultValue("60s") Duration replayTimeout) {
}
