package dev.switchboard.sdk;

/**
 * The version of this SDK, following semantic versioning: a plugin built against {@code x.y.z}
 * runs on any hub whose SDK has the same major version and a minor version at least {@code y}.
 */
public final class SdkVersion {

    /** The SDK version this artifact implements. */
    public static final String CURRENT = "1.0.0";

    private SdkVersion() {
    }
}
