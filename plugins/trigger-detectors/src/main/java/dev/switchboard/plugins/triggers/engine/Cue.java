package dev.switchboard.plugins.triggers.engine;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * A cue of a trigger type at tokens {@code [start, end)} of a sentence, with the confidence of its
 * lexicon section; for a pair, {@code [gapStart, gapEnd)} are the words between its two parts (empty
 * for a single entry), where the company may stand ("fördert das Unternehmen Quantix mit … Millionen").
 * A {@code named} cue (a {@code [named]} entry: "12 mln zł dla …") counts only when a company is found.
 */
record Cue(TriggerType type, int sentence, int start, int end, double weight, int gapStart, int gapEnd, boolean named) {

    Cue(TriggerType type, int sentence, int start, int end, double weight) {
        this(type, sentence, start, end, weight, end, end, false);
    }
}
