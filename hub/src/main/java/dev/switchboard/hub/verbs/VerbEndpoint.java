package dev.switchboard.hub.verbs;

import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * An endpoint for a hub verb that is a step ({@code to:}), not a source ({@code from:}): each
 * exchange is handed to {@code step}. Public so that features outside this package can offer verbs.
 */
public final class VerbEndpoint extends DefaultEndpoint {

    private final Processor step;

    public VerbEndpoint(String uri, HubComponent component, Processor step) {
        super(uri, component);
        this.step = step;
    }

    @Override
    public Producer createProducer() {
        return new DefaultProducer(this) {
            @Override
            public void process(Exchange exchange) throws Exception {
                step.process(exchange);
            }
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException(getEndpointUri() + " is a step: use it in 'to:', not in 'from:'");
    }

    @Override
    public boolean isSingleton() {
        return true;
    }
}
