package dev.switchboard.plugins.triggers.company;

import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * The company heads of {@code names/company-heads.txt}: a common noun that ends a name of two or more
 * capitalized words and says what kind of business it is ("Torvik Motors", "Meridian Health
 * Partners", "Kennet Building Society"). Such a name carries its company marker in itself, as "company
 * X" does before it: a name without one (a job title, a field, a common noun) must not outrank it.
 */
final class CompanyHeads {

    private static final String RESOURCE = "names/company-heads.txt";
    private static final Set<String> HEADS = Set.copyOf(NameFiles.words(RESOURCE));

    private CompanyHeads() {
    }

    /**
     * A name of two or more words, tokens {@code [start, end)}, that ends in a capitalized company head
     * ("Torvik Motors", "Kennet Building Society"; not "MEDIA GROUP" shouted, not "Motors" alone).
     */
    static boolean ends(TextAnalysis analysis, int start, int end) {
        Token last = analysis.token(end - 1);
        return end - start >= 2 && last.is(Token.CAPITALIZED) && !last.is(Token.ALL_CAPS) && contains(last.folded());
    }

    /** Whether the folded word is a company head. */
    static boolean contains(String folded) {
        return HEADS.contains(folded);
    }
}
