package dev.switchboard.plugins.triggers.company;

import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * A descriptor that is itself described is no part of the name after it. German: a noun
 * after an adjective ("die kleine Rösterei Bohnenglück", "das Münchner Ingenieurbüro Krämer &amp; Seidl",
 * "Zürcher Kaffeerösterei X") is an apposition saying what kind of company follows; a name is not
 * modified inside itself. A bare descriptor ("Molkerei Bergwiesen", "Stadtwerke Aurach") stays, and so
 * does one before a place or a lone surname ("die kleine Bäckerei Huber"), and a first word when the
 * rest ends in a common noun of its own ("die Kölner Rheinstern Versicherung": brand and head). English: a hyphenated
 * participle opening the run ("Family-owned X", "Venture-backed X") says who owns or runs the company.
 */
final class ModifiedDescriptors {

    /** Participles that, after a hyphen, describe a company's owner, base or backers. */
    private static final Set<String> PARTICIPLES = Set.of("owned", "based", "run", "backed", "led", "listed",
            "funded", "founded", "headquartered", "operated", "managed");

    private ModifiedDescriptors() {
    }

    /** Where the name of the run begins once a described descriptor at {@code start} is cut off. */
    static int off(TextAnalysis analysis, WordKinds words, int runStart, int start, int nameEnd) {
        if (nameEnd - start < 2 || !analysis.token(start + 1).is(Token.CAPITALIZED)) {
            return start;
        }
        if (participle(analysis.token(start))) {
            return start + 1;
        }
        if (!"de".equals(analysis.language()) || start == 0 || !words.germanNoun(start)
                || words.place(start + 1) || nameEnd == start + 2 && words.personName(start + 1)
                || words.knownCommon(nameEnd - 1)) {
            return start;
        }
        int before = start - 1;
        boolean modified = words.germanPlaceAdjective(before) || before < runStart && words.lowercaseAdjective(before);
        return modified ? start + 1 : start;
    }

    private static boolean participle(Token token) {
        String folded = token.folded();
        int hyphen = folded.lastIndexOf('-');
        return hyphen > 0 && PARTICIPLES.contains(folded.substring(hyphen + 1));
    }
}
