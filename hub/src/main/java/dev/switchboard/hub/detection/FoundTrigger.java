package dev.switchboard.hub.detection;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * One trigger in one document, after the answers of all detectors were merged.
 *
 * @param type          what kind of trigger
 * @param confidence    0 to 1, the best of the detectors that reported it
 * @param company       the company as the text names it, or {@code null}
 * @param evidence      the text that shows it, cut from the document
 * @param evidenceStart offset of the evidence in the document's text
 * @param evidenceEnd   offset after the evidence
 * @param detectorId    {@code plugin/detector} of the detector whose answer was kept
 */
public record FoundTrigger(TriggerType type, double confidence, String company, String evidence, int evidenceStart,
                           int evidenceEnd, String detectorId) {
}
