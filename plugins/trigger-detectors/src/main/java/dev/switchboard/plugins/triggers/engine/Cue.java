package dev.switchboard.plugins.triggers.engine;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * A cue of a trigger type at tokens {@code [start, end)} of a sentence, with the confidence of its
 * lexicon section; for a pair, {@code [gapStart, gapEnd)} are the words between its two parts (empty
 * for a single entry), where the company may stand ("fördert das Unternehmen Quantix mit … Millionen").
 * A {@code named} cue (a {@code [named]} entry: "12 mln zł dla …") counts only when a company is found.
 * An {@code apply} cue (an {@code [apply]} entry: the application line of a job ad, "Životopisy posílejte na
 * prace@x.cz") needs the document's main company and takes it: the address or the hashtag next to it says
 * where to apply, not who hires; with no main company it is nothing ("Životopis pošlete ve formátu PDF").
 * An {@code availability} cue (a {@code [from]} and an {@code [offer]} entry: "from 1 April you can grab …") says
 * that something becomes available, not what: {@link DocumentRun} keeps it only where no other type says it.
 */
record Cue(TriggerType type, int sentence, int start, int end, double weight, int gapStart, int gapEnd, boolean named,
           boolean apply, boolean availability) {

    Cue(TriggerType type, int sentence, int start, int end, double weight) {
        this(type, sentence, start, end, weight, end, end, false, false, false);
    }
}
