package dev.switchboard.plugins.triggers.company;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

import java.util.Set;

/**
 * A possessive pronoun that opens a name is the writer's voice, no part of the name: a post signed
 * "Vaše Pražírna X", "Wasza Piekarnia X" is signed by X. Czech, Polish and Russian.
 */
final class OpeningPossessives {

    /** Folded (no diacritics) "your" and "our" of Czech, Polish and Russian. */
    private static final Set<String> POSSESSIVES = Set.of("vase", "vas", "vasi", "nase", "nas", "nasi", "wasza",
            "wasz", "wasze", "nasza", "nasz", "nasze", "ваш", "ваша", "ваше", "наш", "наша", "наше");

    private OpeningPossessives() {
    }

    /**
     * The name's first token past an opening possessive pronoun; {@code start} when there is none, or when
     * the name is quoted: a quote holds the whole name ("«Наш двор»").
     */
    static int skip(TextAnalysis analysis, Candidate candidate, int start) {
        Token first = analysis.token(start);
        return !candidate.has(Candidate.QUOTED) && candidate.nameEnd() - start >= 2 && first.is(Token.CAPITALIZED) && !first.is(Token.ALL_CAPS)
                && POSSESSIVES.contains(first.folded()) ? start + 1 : start;
    }
}
