/**
 * Trigger detection as the hub offers it: every started detector plugin run on one document
 * ({@link dev.switchboard.hub.detection.TriggerDetection}), their answers merged into one list of
 * {@link dev.switchboard.hub.detection.FoundTrigger}s, the JSON shapes of documents in and
 * detections out ({@link dev.switchboard.hub.detection.DocumentInput},
 * {@link dev.switchboard.hub.detection.DetectionLine}), and {@code POST /api/triggers/detect}.
 * What a trigger does to the CRM (account, task, dedup window) is the {@code triggers} package's job.
 */
package dev.switchboard.hub.detection;
