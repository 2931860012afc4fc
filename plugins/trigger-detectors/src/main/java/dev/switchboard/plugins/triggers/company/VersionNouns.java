package dev.switchboard.plugins.triggers.company;

import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * A noun of a sequence alone before its number names a version or a grade, not a product (round 20):
 * "Version 4 von X ist live", "Version 4.0 hit the App Store", "Apprentice Technician (Level 3)". The
 * words form a closed class; a product's own name before its number is any other word ("Notably 3.0",
 * "Larkspur 3.1", "Kassenbuch 2.0"), or more than one word ("Pinecrest Notes 4.0").
 */
final class VersionNouns {

    /** Nouns that a number after them ranks in a sequence, in English and German (folded). */
    private static final Set<String> SEQUENCE_NOUNS = Set.of("version", "release", "level", "stage", "phase",
            "generation", "edition", "stufe", "ausgabe");

    private VersionNouns() {
    }

    /** Whether the one-word run {@code [runStart, runEnd)} is a sequence noun before a number. */
    static boolean versionNoun(TextAnalysis analysis, int runStart, int runEnd) {
        return runEnd - runStart == 1 && runEnd < analysis.tokens().size() && analysis.token(runEnd).is(Token.DIGIT)
                && SEQUENCE_NOUNS.contains(analysis.token(runStart).folded());
    }
}
