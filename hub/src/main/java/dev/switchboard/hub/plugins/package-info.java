/**
 * The plugin platform: PF4J plugins from {@code switchboard.plugins-dir} contribute Camel components
 * and route templates ({@code ConnectorProvider}), sales-trigger detectors ({@code TriggerDetector})
 * and field transforms ({@code FieldTransform}).
 *
 * <p>Contract: a plugin that does not fit (wrong SDK version, bundled host classes, id clash,
 * corrupt archive, not on the allow-list) is refused with a reason and listed; a plugin whose
 * configuration ({@code config/plugins/<id>.yaml}) has problems, or whose start throws, is
 * {@code FAILED} with every problem listed; nothing a plugin does stops the hub. A plugin sees only
 * its own classes, the SDK, Camel, PF4J, slf4j and the JDK. {@code /api/plugins} lists, uploads,
 * stops, starts, reloads and deletes plugins while the hub runs; {@link
 * dev.switchboard.hub.plugins.Detectors} runs the started detectors under a time limit.
 */
package dev.switchboard.hub.plugins;
