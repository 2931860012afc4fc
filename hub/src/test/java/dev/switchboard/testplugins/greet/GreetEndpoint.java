package dev.switchboard.testplugins.greet;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** The endpoint of {@link GreetComponent}: producer only. */
public class GreetEndpoint extends DefaultEndpoint {

    GreetEndpoint(String uri, GreetComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        return new GreetProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("greet: has no consumer");
    }
}
