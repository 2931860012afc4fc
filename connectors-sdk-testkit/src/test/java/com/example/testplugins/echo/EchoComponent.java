package com.example.testplugins.echo;

import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code echo:<name>}: sets the body to the greeting and the body, and the header {@code duplicate}
 * when the same body was seen before (remembered across restarts in an idempotent repository).
 */
public class EchoComponent extends DefaultComponent {

    private final PluginContext context;

    public EchoComponent(PluginContext context) {
        this.context = context;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        return new EchoEndpoint(uri, this);
    }

    private final class EchoEndpoint extends DefaultEndpoint {

        EchoEndpoint(String uri, EchoComponent component) {
            super(uri, component);
        }

        @Override
        public Producer createProducer() {
            IdempotentRepository seen = context.idempotentRepository("seen");
            String greeting = context.config().string("greeting").orElseThrow();
            return new DefaultProducer(this) {
                @Override
                public void process(Exchange exchange) {
                    String body = exchange.getMessage().getBody(String.class);
                    exchange.getMessage().setHeader("duplicate", !seen.add(body));
                    exchange.getMessage().setHeader("at", context.clock().instant().toString());
                    exchange.getMessage().setBody(greeting + " " + body);
                    context.metrics().increment("echo.messages", "endpoint", getEndpointUri());
                }
            };
        }

        @Override
        public Consumer createConsumer(Processor processor) {
            throw new UnsupportedOperationException("echo: can only be sent to");
        }
    }
}
