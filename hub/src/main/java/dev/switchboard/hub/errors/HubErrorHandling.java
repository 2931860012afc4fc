package dev.switchboard.hub.errors;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The one route configuration every route opts into with
 * {@code routeConfigurationId: hub-error-handling} ({@link ErrorHandling#ROUTE_CONFIGURATION_ID}).
 *
 * <ul>
 *   <li>{@link BadInputException}: the client must fix the input. Handled at once, never redelivered
 *       nor dead-lettered; answered with the exception's status and a JSON body naming each field.</li>
 *   <li>Any other exception: redelivered with exponential backoff ({@code switchboard.errors.*}),
 *       then the original incoming message is written to the dead letters and the exchange is
 *       handled: an HTTP caller gets 202 (accepted, replayable), a poller moves on.</li>
 *   <li>{@link DownstreamUnavailableException}: an outage. Redelivered the same way, then left
 *       unhandled, never dead-lettered: an outbox subscriber retries the event on its next poll
 *       until the outage ends, so a long outage delays the effect and never drops it.</li>
 * </ul>
 */
@Component
class HubErrorHandling extends RouteConfigurationBuilder {

    private final ErrorsProperties settings;
    private final BadInputReply badInputReply;
    private final DeadLetterWriter deadLetterWriter;

    HubErrorHandling(ErrorsProperties settings, BadInputReply badInputReply, DeadLetterWriter deadLetterWriter) {
        this.settings = settings;
        this.badInputReply = badInputReply;
        this.deadLetterWriter = deadLetterWriter;
    }

    @Override
    public void configuration() {
        routeConfiguration(ErrorHandling.ROUTE_CONFIGURATION_ID)
                .onException(BadInputException.class)
                    .handled(true)
                    .maximumRedeliveries(0)
                    .logExhausted(false)
                    .process(badInputReply)
                .end()
                .onException(DownstreamUnavailableException.class)
                    .handled(false)
                    .maximumRedeliveries(settings.maximumRedeliveries())
                    .redeliveryDelay(settings.redeliveryDelay().toMillis())
                    .useExponentialBackOff()
                    .backOffMultiplier(settings.backoffMultiplier())
                    .maximumRedeliveryDelay(settings.maximumRedeliveryDelay().toMillis())
                    .retryAttemptedLogLevel(LoggingLevel.DEBUG)
                    // the hub:events consumer logs the failure and the retry on its next poll
                    .logExhausted(false)
                .end()
                .onException(Exception.class)
                    .handled(true)
                    .maximumRedeliveries(settings.maximumRedeliveries())
                    .redeliveryDelay(settings.redeliveryDelay().toMillis())
                    .useExponentialBackOff()
                    .backOffMultiplier(settings.backoffMultiplier())
                    .maximumRedeliveryDelay(settings.maximumRedeliveryDelay().toMillis())
                    .onRedelivery(exchange -> exchange.setProperty(ErrorHandling.REDELIVERIES,
                            exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class)))
                    .useOriginalMessage()
                    .process(deadLetterWriter)
                .end();
    }
}
