package dev.switchboard.testplugins.greet;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/** Replaces the body with {@code Hello, <body>}. */
public class GreetProducer extends DefaultProducer {

    GreetProducer(GreetEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody("Hello, " + exchange.getMessage().getBody(String.class));
    }
}
