package dev.switchboard.plugins.triggers.company;


import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.morph.Morphology;

/**
 * Capitalized adjectives that describe the company named after them: where it is from or whose it
 * is ("Cornish lithium explorer X", "Cumbrian engineer X", "Podlaska spółdzielnia mleczarska X",
 * "Niemiecki X"). Such a word is written with a capital because it is derived from a place or a
 * people, not because it names the company. Not thread-safe: one per document run.
 */
final class DescriptorWords {

    /** Lower-case words between the adjective and the name: "lithium explorer", "spółdzielnia mleczarska". */
    private static final int MAX_NOUN_WORDS = 3;
    /** Shorter lower-case words are prepositions and conjunctions ("z", "na", "and"), no descriptive noun. */
    private static final int MIN_NOUN_LENGTH = 3;
    /** Letters at a word's end that hold a Slavic adjective's -sk-/-ck- and a short ending ("brněnská"). */
    private static final int BASE_ENDING = 4;
    /** English adjectives of place or people the dictionary only knows as proper: "Cumbrian", "Cornish". */
    private static final String[] ENGLISH_DEMONYM_ENDINGS = {"ian", "ish", "ese"};

    private final TextAnalysis analysis;
    private final WordKinds words;

    DescriptorWords(TextAnalysis analysis, WordKinds words) {
        this.analysis = analysis;
        this.words = words;
    }

    /**
     * A capitalized adjective, then one to three lower-case nouns, then a name, all with nothing between:
     * the adjective and the nouns say what kind of company the name is, the adjective names nothing.
     */
    boolean beforeDescribedName(int k, int end) {
        if (!placeAdjective(k)) {
            return false;
        }
        int j = k + 1;
        while (j < end && j - k <= MAX_NOUN_WORDS && descriptiveNoun(j)) {
            j++;
        }
        return j > k + 1 && j < end && j - k <= MAX_NOUN_WORDS + 1 && RunExtent.startsName(analysis.token(j))
                && !analysis.token(j).is(Token.DIGIT);
    }

    /**
     * A Polish adjective of place or people opening a name, before a word the dictionary does not know:
     * "Niemiecki Hollmann Verpackung" is Hollmann Verpackung from Germany; "Polska Grupa Zbrojeniowa" and
     * "Krakowski Kredens" (dictionary words after it) keep it, as the German "Bremer" rule does.
     */
    boolean leadsForeignName(int k, int nameEnd) {
        if (!"pl".equals(analysis.language()) || k + 1 >= nameEnd) {
            return false;
        }
        int flags = words.flags(k);
        return (flags & Morphology.ADJECTIVE) != 0 && (flags & Morphology.PERSON) == 0
                && placeAdjectiveEnding(analysis.token(k).folded()) && words.flags(k + 1) == 0;
    }

    private boolean placeAdjective(int k) {
        Token token = analysis.token(k);
        if (!token.is(Token.CAPITALIZED) || token.is(Token.ALL_CAPS) || token.is(Token.DIGIT)) {
            return false;
        }
        String folded = token.folded();
        return switch (analysis.language()) {
            case "en" -> (words.flags(k) & Morphology.PROPER) != 0 && WordKinds.endsWithAny(folded, ENGLISH_DEMONYM_ENDINGS);
            // the Polish dictionary reads a regional adjective as proper too ("Podlaska"), so any adjective reading
            case "pl", "ru" -> (words.flags(k) & Morphology.ADJECTIVE) != 0 && placeAdjectiveEnding(folded);
            case "cs" -> words.adjective(k) && placeAdjectiveEnding(folded);
            default -> false;
        };
    }

    /** The -sk-/-ck- of an adjective of place or people among its last four letters ("krakowski", "тверской"). */
    private static boolean placeAdjectiveEnding(String folded) {
        return WordKinds.slavicPlaceAdjective(folded, BASE_ENDING);
    }

    private boolean descriptiveNoun(int k) {
        Token token = analysis.token(k);
        String text = token.text();
        return token.is(Token.LETTER) && !token.is(Token.DIGIT) && !token.nameLike() && text.length() >= MIN_NOUN_LENGTH
                && Character.isLowerCase(text.charAt(0)) && !words.verbOnly(k) && !words.functionWord(k);
    }
}
