/**
 * Test kit for plugin authors: checks a built plugin against the SDK without a running hub.
 *
 * <ul>
 *   <li>{@link dev.switchboard.sdk.testkit.PluginHarness} loads the built zip, directory or jar the
 *       way the hub does (compatibility, bundled classes, configuration, PF4J, Camel) and throws
 *       {@link dev.switchboard.sdk.testkit.PluginRefusedException} where the hub would refuse it;</li>
 *   <li>{@link dev.switchboard.sdk.testkit.TriggerDetectorContract} and
 *       {@link dev.switchboard.sdk.testkit.ConnectorProviderContract} are the extension points'
 *       contracts as JUnit 5 tests to extend;</li>
 *   <li>{@link dev.switchboard.sdk.testkit.PluginArchiveAssertions} checks the archive itself;</li>
 *   <li>{@link dev.switchboard.sdk.testkit.TestPluginContext}, {@link dev.switchboard.sdk.testkit.MutableClock}
 *       and {@link dev.switchboard.sdk.testkit.InMemoryMetrics} stand in for the hub's services.</li>
 * </ul>
 */
package dev.switchboard.sdk.testkit;
