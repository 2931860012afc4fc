package dev.switchboard.sdk.testkit;

import java.util.List;

/**
 * The hub would refuse this plugin. The message says why and how to fix it; {@link #problems()}
 * lists each reason (every configuration problem, every bundled package) separately.
 */
public class PluginRefusedException extends RuntimeException {

    private final List<String> problems;

    public PluginRefusedException(String reason, List<String> problems) {
        super(problems.isEmpty() ? reason : reason + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public PluginRefusedException(String reason, Throwable cause) {
        super(reason + ": " + cause.getMessage(), cause);
        this.problems = List.of(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    public PluginRefusedException(String reason) {
        this(reason, List.of());
    }

    /** Each reason on its own; empty when the message says it all. */
    public List<String> problems() {
        return problems;
    }
}
