/**
 * Switchboard connectors SDK: the public, versioned contract between the hub and its plugins.
 *
 * <p>{@link dev.switchboard.sdk.SdkVersion} names the version a plugin is built against; the
 * {@code model} package holds the canonical records every connector maps to and from.
 */
package dev.switchboard.sdk;
