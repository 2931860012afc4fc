package dev.switchboard.sdk.camel.polling;

import dev.switchboard.sdk.Incubating;
import dev.switchboard.sdk.PluginContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * The consumer of a polling source endpoint. The connector implements {@link #poll()}: fetch what
 * the source has, drop what {@link #isSeen} knows, {@link #emit} the rest (oldest first, as a rule),
 * and return how many went through. A source that cannot be read fails the poll with an exception
 * naming it; Camel's consumer error handling logs it (or the endpoint's {@code exceptionHandler} gets
 * it) and polls again after {@code delay}.
 *
 * <p>The contract this base keeps: an item is recorded as seen, under the key the connector gives,
 * only after its exchange completed without an exception. A failed item goes to the endpoint's
 * exception handler and is not recorded, so the next poll emits it again. Items are thus delivered
 * at least once: a crash between an exchange's end and its record also emits the item again.
 *
 * <p>Seen keys live in the endpoint's {@code idempotentRepository}, else the component's (the
 * plugin's durable repository, kept across restarts). Make a key unique across the plugin's
 * endpoints: prefix the item's id with what the endpoint polls.
 */
@Incubating
public abstract class PollingSourceConsumer extends ScheduledPollConsumer {

    private final PollingSourceEndpoint endpoint;
    private IdempotentRepository seen;

    protected PollingSourceConsumer(PollingSourceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    /**
     * Finds the repository of seen keys, then starts polling. A connector that prepares a client or
     * a parser at start does so before calling {@code super.doStart()}.
     *
     * @throws IllegalStateException when neither the endpoint nor the component has a repository (the
     *                               component is not started)
     */
    @Override
    protected void doStart() throws Exception {
        seen = endpoint.getIdempotentRepository() != null ? endpoint.getIdempotentRepository()
                : endpoint.getComponent().getIdempotentRepository();
        if (seen == null) {
            throw new IllegalStateException(endpoint.scheme() + " " + endpoint.sourceName()
                    + ": no idempotent repository (start the component first)");
        }
        super.doStart();
    }

    /** Whether an item with this key went through before (in this run or an earlier one). */
    protected final boolean isSeen(String key) {
        return seen.contains(key);
    }

    /**
     * Sends one item through the route and waits for it. When the exchange completes without an
     * exception the key is recorded as seen; otherwise the exception goes to the endpoint's exception
     * handler with the message "{@code <item> failed; it comes again with the next poll}" and nothing
     * is recorded.
     *
     * @param key     the item's seen key
     * @param item    the item as the failure message names it: {@code "feed https://example.com/rss: entry 42"}
     * @param message fills the exchange's message: body and headers
     * @return whether the item went through and is now recorded as seen
     */
    protected final boolean emit(String key, String item, java.util.function.Consumer<Message> message) {
        Exchange exchange = createExchange(false);
        message.accept(exchange.getMessage());
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException(item + " failed; it comes again with the next poll", exchange,
                        exchange.getException());
                return false;
            }
            seen.add(key);
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /**
     * Adds one to a counter of the plugin's metrics, if the component has them.
     *
     * @param metric the dotted name, prefixed with the connector's ({@code feed.entries})
     * @param tags   key, value pairs ({@code "feed", "https://example.com/rss"})
     */
    protected final void increment(String metric, String... tags) {
        PluginContext.PluginMetrics metrics = endpoint.getComponent().getMetrics();
        if (metrics != null) {
            metrics.increment(metric, tags);
        }
    }
}
