package dev.switchboard.plugins.triggers.company;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.morph.Morphology;

/**
 * A role's genitive is a person's or an organisation's: "prezes Jana Kowalskiego" but "prezes Wodociągów
 * Podhalańskich", "jako prezes Hetman Transport". Polish and Russian dictionaries keep surnames as proper
 * names, so a run of two or more words that the dictionary knows only as common words, one of them a noun
 * that names no people, is no person even after a role: it is the organisation the role is of.
 */
final class CommonNounRuns {

    private CommonNounRuns() {
    }

    /** Whether tokens {@code [start, end)} are all common words with a noun among them, in Polish or Russian. */
    static boolean notPerson(TextAnalysis analysis, WordKinds words, int start, int end) {
        String language = analysis.language();
        if (end - start < 2 || !("pl".equals(language) || "ru".equals(language))) {
            return false;
        }
        boolean noun = false;
        for (int k = start; k < end; k++) {
            int flags = words.flags(k);
            if (!Morphology.common(flags) || words.personNoun(k)) {
                return false;
            }
            noun |= (flags & Morphology.NOUN) != 0;
        }
        return noun;
    }
}
