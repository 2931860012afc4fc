package dev.switchboard.plugins.triggers.company;

import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * A noun of a sequence alone before its number names a version or a grade, not a product:
 * "Version 4 von X ist live", "Version 4.0 hit the App Store", "Apprentice Technician (Level 3)". The
 * words form a closed class; a product's own name before its number is any other word ("Notably 3.0",
 * "Larkspur 3.1", "Kassenbuch 2.0"), or more than one word ("Pinecrest Notes 4.0").
 */
final class VersionNouns {

    /** Nouns that a number after them ranks in a sequence, in English and German (folded). */
    private static final Set<String> SEQUENCE_NOUNS = Set.of("version", "release", "level", "stage", "phase",
            "generation", "edition", "stufe", "ausgabe");

    /** Numbers in and after names, compiled once: a short number ("Сектор 42"), a dotted version ("2.0"), a model number. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern DOTTED_VERSION = Pattern.compile("\\d{1,2}(\\.\\d{1,2})+");
    private static final Pattern MODEL_NUMBER = Pattern.compile("[2-9]|1\\d");

    private VersionNouns() {
    }

    /** One to three digits: a number that may be part of a name ("«Сектор 42»"), unlike a version. */
    static boolean shortNumber(String text) {
        return SHORT_NUMBER.matcher(text).matches();
    }

    /** A dotted version number: "2.0", "4.1.2". */
    static boolean dottedVersion(String text) {
        return DOTTED_VERSION.matcher(text).matches();
    }

    /** A small model number after a product's name ("X 3 ist da"): 2 to 19. */
    static boolean modelNumber(String text) {
        return MODEL_NUMBER.matcher(text).matches();
    }

    /** Whether the one-word run {@code [runStart, runEnd)} is a sequence noun before a number. */
    static boolean versionNoun(TextAnalysis analysis, int runStart, int runEnd) {
        return runEnd - runStart == 1 && runEnd < analysis.tokens().size() && analysis.token(runEnd).is(Token.DIGIT)
                && SEQUENCE_NOUNS.contains(analysis.token(runStart).folded());
    }
}
