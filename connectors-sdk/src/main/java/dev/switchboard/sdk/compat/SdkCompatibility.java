package dev.switchboard.sdk.compat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.switchboard.sdk.SdkVersion;

/**
 * The compatibility policy: a plugin whose {@code Plugin-Requires} is {@code x.y.z} (or
 * {@code >=x.y.z}) runs on an SDK {@code X.Y.Z} when {@code X == x} and {@code Y.Z >= y.z}.
 * {@code *} or an empty requirement fits any SDK of major version 1.
 */
public final class SdkCompatibility {

    private static final Pattern VERSION = Pattern.compile("^(?:>=\\s*)?(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?$");

    private SdkCompatibility() {
    }

    /**
     * @param requires the plugin's {@code Plugin-Requires}
     * @return empty when it fits {@link SdkVersion#CURRENT}; otherwise why not, naming both versions
     */
    public static Optional<String> check(String requires) {
        return check(requires, SdkVersion.CURRENT);
    }

    /** As {@link #check(String)}, against a given SDK version. */
    public static Optional<String> check(String requires, String sdkVersion) {
        if (requires == null || requires.isBlank() || requires.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher want = VERSION.matcher(requires.strip());
        Matcher have = VERSION.matcher(sdkVersion);
        if (!want.matches() || !have.matches()) {
            return Optional.of("Plugin-Requires '" + requires + "' is not a version such as 1.0.0 or >=1.0.0");
        }
        int[] w = {Integer.parseInt(want.group(1)), Integer.parseInt(want.group(2)), Integer.parseInt(want.group(3))};
        int[] h = {Integer.parseInt(have.group(1)), Integer.parseInt(have.group(2)), Integer.parseInt(have.group(3))};
        if (w[0] != h[0]) {
            return Optional.of("the plugin needs SDK " + requires.strip() + " but the hub has SDK " + sdkVersion
                    + " (a different major version)");
        }
        if (w[1] > h[1] || (w[1] == h[1] && w[2] > h[2])) {
            return Optional.of("the plugin needs SDK " + requires.strip() + " but the hub has SDK " + sdkVersion
                    + " (older): upgrade the hub");
        }
        return Optional.empty();
    }
}
