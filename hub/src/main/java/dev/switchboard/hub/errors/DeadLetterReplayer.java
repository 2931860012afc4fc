package dev.switchboard.hub.errors;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.springframework.stereotype.Component;

/**
 * Replays a dead letter: its stored body and headers re-enter the original route at its start,
 * through the route's own processing (so its error handling applies again), marked with
 * {@link ErrorHandling#REPLAY_OF}. Success deletes the entry; failure counts a replay on it.
 */
@Component
class DeadLetterReplayer {

    private final DeadLetterStore store;
    private final CamelContext camel;
    private final ErrorsProperties settings;

    DeadLetterReplayer(DeadLetterStore store, CamelContext camel, ErrorsProperties settings) {
        this.store = store;
        this.camel = camel;
        this.settings = settings;
    }

    ReplayOutcome replay(long id) {
        DeadLetter letter = store.find(id).orElse(null);
        if (letter == null) {
            return new ReplayOutcome(ReplayOutcome.Result.NOT_FOUND, id, "no dead letter " + id, null);
        }
        Route route = camel.getRoute(letter.routeId());
        if (route == null || route.getConsumer() == null) {
            return new ReplayOutcome(ReplayOutcome.Result.ROUTE_MISSING, id,
                    "route '" + letter.routeId() + "' is no longer present in this hub", null);
        }
        Exchange exchange = exchangeFor(letter, route);
        String error = run(route, exchange);
        if (error != null) {
            if (exchange.getProperty(ErrorHandling.DEAD_LETTER_ID) == null) {
                store.recordReplayFailure(id, error);
            }
            return new ReplayOutcome(ReplayOutcome.Result.FAILED, id, error, null);
        }
        store.delete(id);
        return new ReplayOutcome(ReplayOutcome.Result.REPLAYED, id, null, exchange.getMessage().getBody(String.class));
    }

    private static Exchange exchangeFor(DeadLetter letter, Route route) {
        Exchange exchange = route.getEndpoint().createExchange();
        exchange.getExchangeExtension().setFromEndpoint(route.getEndpoint());
        exchange.getExchangeExtension().setFromRouteId(route.getRouteId());
        exchange.getIn().setBody(letter.body());
        for (Map.Entry<String, Object> header : letter.headers().entrySet()) {
            if (!HeaderSnapshot.isSecret(header.getKey())) {
                exchange.getIn().setHeader(header.getKey(), header.getValue());
            }
        }
        exchange.setProperty(ErrorHandling.REPLAY_OF, letter.id());
        return exchange;
    }

    /** @return null when the route processed the exchange, else why it did not */
    private String run(Route route, Exchange exchange) {
        AsyncProcessor processor = AsyncProcessorConverterHelper.convert(route.getConsumer().getProcessor());
        try {
            processor.processAsync(exchange).get(settings.replayTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while replaying";
        } catch (ExecutionException e) {
            exchange.setException(e.getCause());
        } catch (TimeoutException e) {
            return "the route did not finish within " + settings.replayTimeout();
        }
        if (exchange.getException() != null) {
            return JsonReply.describe(exchange.getException());
        }
        if (exchange.getProperty(ErrorHandling.DEAD_LETTER_ID) != null) {
            return JsonReply.describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        }
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status != null && status >= 400) {
            return "the route answered " + status + ": " + exchange.getMessage().getBody(String.class);
        }
        return null;
    }
}
