package dev.switchboard.hub.forms;

import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/** An endpoint of the {@code hub:form/...} verb: a step ({@code to:}), not a source. */
final class FormStepEndpoint extends DefaultEndpoint {

    private final Processor step;

    FormStepEndpoint(String uri, Component component, Processor step) {
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
