package dev.switchboard.hub.plugins;

import dev.switchboard.sdk.compat.SdkCompatibility;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * PF4J's version checks with the SDK's compatibility policy ({@link SdkCompatibility}): a plugin
 * that requires {@code 1.0.0} runs on SDK {@code 1.x.y} with {@code x.y >= 0.0}, not only on
 * {@code 1.0.0} exactly as PF4J's default would have it.
 */
final class SdkVersionManager implements VersionManager {

    private final DefaultVersionManager comparison = new DefaultVersionManager();

    @Override
    public boolean checkVersionConstraint(String version, String constraint) {
        return SdkCompatibility.check(constraint, version).isEmpty();
    }

    @Override
    public int compareVersions(String v1, String v2) {
        return comparison.compareVersions(v1, v2);
    }
}
