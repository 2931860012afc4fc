package dev.switchboard.hub.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where an endpoint URI or a route id is written in a route file's text. */
final class SourceLines {

    private SourceLines() {
    }

    /**
     * The 1-based line of the first place {@code needle} (or a shorter form of it, when Camel
     * normalized the URI) occurs in {@code text}, or {@code null}.
     */
    static Integer find(String text, String needle) {
        if (text == null || needle == null || needle.isBlank()) {
            return null;
        }
        for (String candidate : candidates(needle)) {
            int index = text.indexOf(candidate);
            if (index >= 0) {
                return lineOf(text, index);
            }
        }
        return null;
    }

    /** The 1-based line of the {@code id:} that declares {@code routeId}, or {@code null}. */
    static Integer findRouteId(String text, String routeId) {
        if (text == null || routeId == null) {
            return null;
        }
        Matcher m = Pattern
                .compile("(?m)\\bid:\\s*[\"']?" + Pattern.quote(routeId) + "[\"']?\\s*$")
                .matcher(text);
        return m.find() ? lineOf(text, m.start()) : null;
    }

    /** The URI as given, without its query, {@code scheme:rest} for {@code scheme://rest}, then the scheme. */
    private static List<String> candidates(String uri) {
        List<String> candidates = new ArrayList<>();
        candidates.add(uri);
        String withoutQuery = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        candidates.add(withoutQuery);
        int colon = withoutQuery.indexOf(':');
        if (colon > 0) {
            String scheme = withoutQuery.substring(0, colon);
            String rest = withoutQuery.substring(colon + 1);
            if (rest.startsWith("//")) {
                candidates.add(scheme + ":" + rest.substring(2));
            }
            candidates.add(scheme + ":");
        }
        return candidates;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
