package dev.switchboard.hub.verbs;

import java.util.List;
import java.util.Map;

/** Reads a verb's URI options, removing each one it reads so that Camel reports any left over as unknown. */
final class VerbOptions {

    private final String uri;
    private final Map<String, Object> parameters;

    VerbOptions(String uri, Map<String, Object> parameters) {
        this.uri = uri;
        this.parameters = parameters;
    }

    String text(String name, String fallback) {
        Object value = parameters.remove(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    String required(String name) {
        String value = text(name, null);
        if (value == null) {
            throw new IllegalArgumentException(uri + " needs the option '" + name + "'");
        }
        return value;
    }

    String oneOf(String name, String fallback, List<String> allowed) {
        String value = text(name, fallback);
        if (value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(uri + ": option '" + name + "' is '" + value + "'; allowed: "
                    + String.join(", ", allowed));
        }
        return value;
    }

    /** A JSON Pointer option ({@code /contact}); "" or absent means the whole body. */
    String pointer(String name) {
        String value = text(name, "");
        if (!value.isEmpty() && !value.startsWith("/")) {
            throw new IllegalArgumentException(uri + ": option '" + name + "' is a JSON Pointer and starts with '/', got '"
                    + value + "'");
        }
        return value;
    }
}
