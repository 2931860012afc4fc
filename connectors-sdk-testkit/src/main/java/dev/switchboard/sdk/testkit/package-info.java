/**
 * Test kit for plugin authors: harnesses and contract tests that check a plugin against the SDK
 * without a running hub.
 */
package dev.switchboard.sdk.testkit;
