package dev.switchboard.hub.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox sequencer and the {@code hub:events} consumers.
 *
 * @param sequencerInterval  how often the sequencer numbers newly committed outbox rows; a local
 *                           commit also nudges it at once; default 150ms
 * @param sequencerBatchSize most rows numbered per sequencer run; default 500
 * @param pollDelay          default {@code delay} of a {@code hub:events} consumer; default 200ms
 * @param maxMessagesPerPoll default {@code maxMessagesPerPoll} of a {@code hub:events} consumer; default 100
 * @param lagThreshold       the outbox health turns DEGRADED when an undelivered event is older; default 5m
 */
@ConfigurationProperties("switchboard.events")
public record EventsProperties(
        @DefaultValue("150ms") Duration sequencerInterval,
        @DefaultValue("500") int sequencerBatchSize,
        @DefaultValue("200ms") Duration pollDelay,
        @DefaultValue("100") int maxMessagesPerPoll,
        @DefaultValue("5m") Duration lagThreshold) {

    /** The defaults, for code that runs without Spring binding. */
    public static EventsProperties defaults() {
        return new EventsProperties(Duration.ofMillis(150), 500, Duration.ofMillis(200), 100, Duration.ofMinutes(5));
    }
}
