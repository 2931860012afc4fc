package dev.switchboard.plugins.triggers.engine;

import dev.switchboard.sdk.detector.TriggerType;

/** A cue of a trigger type at tokens {@code [start, end)} of a sentence, with the confidence of its lexicon section. */
record Cue(TriggerType type, int sentence, int start, int end, double weight) {
}
