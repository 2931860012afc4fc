package dev.switchboard.hub.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which event types a subscriber wants: all (no {@code type} option), one type, a comma-separated
 * list, and prefix wildcards such as {@code contact.*}, in any mix. Turned into SQL so that a
 * subscriber to a rare type does not read every event.
 */
record TypeFilter(List<String> exact, List<String> prefixes) {

    static final TypeFilter ALL = new TypeFilter(List.of(), List.of());

    TypeFilter {
        exact = List.copyOf(exact);
        prefixes = List.copyOf(prefixes);
    }

    /** @param spec the {@code type} option; null or blank means every type */
    static TypeFilter parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return ALL;
        }
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String part : Arrays.stream(spec.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (part.equals("*")) {
                return ALL;
            } else if (part.endsWith("*")) {
                prefixes.add(part.substring(0, part.length() - 1));
            } else if (part.contains("*")) {
                throw new IllegalArgumentException("hub:events type '" + part
                        + "': a wildcard may only end a type, as in contact.*");
            } else {
                exact.add(part);
            }
        }
        return new TypeFilter(exact, prefixes);
    }

    boolean matchesAll() {
        return exact.isEmpty() && prefixes.isEmpty();
    }

    /** A condition on {@code event_type}, with {@code ?} for each of {@link #sqlArguments()}. */
    String sqlCondition() {
        if (matchesAll()) {
            return "TRUE";
        }
        List<String> terms = new ArrayList<>();
        if (!exact.isEmpty()) {
            terms.add("event_type IN (" + String.join(", ", exact.stream().map(t -> "?").toList()) + ")");
        }
        prefixes.forEach(p -> terms.add("event_type LIKE ? ESCAPE '!'"));
        return "(" + String.join(" OR ", terms) + ")";
    }

    List<Object> sqlArguments() {
        List<Object> args = new ArrayList<>(exact);
        prefixes.forEach(p -> args.add(p.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
        return args;
    }
}
