package dev.switchboard.testplugins.greet;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/** {@code greet:<name>}: a producer that prefixes the body with a greeting. */
public class GreetComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        return new GreetEndpoint(uri, this);
    }
}
