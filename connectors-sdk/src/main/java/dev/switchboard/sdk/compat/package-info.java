/**
 * Whether a plugin fits this SDK: the version policy for {@code Plugin-Requires}, and the check
 * that a plugin archive does not bundle classes the hub provides.
 */
package dev.switchboard.sdk.compat;
