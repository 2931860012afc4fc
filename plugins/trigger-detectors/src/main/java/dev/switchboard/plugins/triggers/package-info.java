/**
 * The {@code trigger-detectors} PF4J plugin: five {@link dev.switchboard.sdk.detector.TriggerDetector}
 * extensions ({@code hiring}, {@code funding}, {@code product_launch} as {@code product-launch},
 * {@code expansion}, {@code leadership-change}) reading English, Czech, Polish, Russian and German.
 * They share one {@link dev.switchboard.plugins.triggers.engine.TriggerEngine}, which analyses each
 * document once for all five. See the module's README for what each recognises and refuses.
 */
package dev.switchboard.plugins.triggers;
