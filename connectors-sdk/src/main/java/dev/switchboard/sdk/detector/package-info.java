/**
 * Sales-trigger detectors: a {@link dev.switchboard.sdk.detector.TriggerDetector} reads a
 * {@link dev.switchboard.sdk.model.Document} (a news item, a social post) and reports buying signals
 * such as hiring or funding, with the company as mentioned and the evidence.
 */
package dev.switchboard.sdk.detector;
