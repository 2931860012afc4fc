package dev.switchboard.plugins.triggers.company;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

import java.util.Locale;
import java.util.Set;

/**
 * A town or region by its locative form after "в / во / на" (Russian) or "v / ve / na" (Czech), for
 * places no list holds. Russian writes company names in quotes, so an unquoted capitalized word in the
 * locative of a town ("в Дзержинске", "в Горно-Алтайске") or an adjective in the locative before a
 * lower-case noun ("в Уральском федеральном округе", "в Тверской области") is where something
 * happens, no company. Czech town locatives in "-vě" ("v Trnavě", "v Ostravě"), street adjectives
 * in "-ově" before a lower-case noun ("na Gočárově třídě"), and an adjective in "-ém" before a
 * capitalized noun ("v Novém Boru") likewise.
 */
final class LocativePlaces {

    private static final Set<String> RUSSIAN_PREPOSITIONS = Set.of("в", "во", "на");
    private static final Set<String> CZECH_PREPOSITIONS = Set.of("v", "ve", "na");
    /** Russian locatives of towns in -ск, -цк, -град, -бург: "Томске", "Калининграде", "Оренбурге". */
    private static final String[] RUSSIAN_TOWN_ENDINGS = {"ске", "цке", "граде", "бурге"};
    /** Russian adjective locatives (masculine, neuter, feminine) of -ский/-цкий: "Уральском", "Тверской". */
    private static final String[] RUSSIAN_ADJECTIVE_ENDINGS = {"ском", "цком", "ской", "цкой"};
    private static final int MIN_LETTERS = 5;

    private LocativePlaces() {
    }

    /** Whether the capitalized token at {@code k} is a place by its locative form after a preposition of place. */
    static boolean at(TextAnalysis analysis, int k) {
        if (k == 0 || k >= analysis.tokens().size()) {
            return false;
        }
        Token token = analysis.token(k);
        if (!token.is(Token.CAPITALIZED) || token.is(Token.ALL_CAPS) || token.text().length() < MIN_LETTERS) {
            return false;
        }
        String before = analysis.token(k - 1).folded();
        String word = lastPart(analysis, k).toLowerCase(Locale.ROOT);
        return switch (analysis.language()) {
            case "ru" -> RUSSIAN_PREPOSITIONS.contains(before) && russian(analysis, k, word);
            case "cs" -> CZECH_PREPOSITIONS.contains(before) && czech(analysis, k, word);
            default -> false;
        };
    }

    private static boolean russian(TextAnalysis analysis, int k, String word) {
        if (WordKinds.endsWithAny(word, RUSSIAN_TOWN_ENDINGS)) {
            return true;
        }
        return WordKinds.endsWithAny(word, RUSSIAN_ADJECTIVE_ENDINGS) && lowercaseAfter(analysis, k);
    }

    private static boolean czech(TextAnalysis analysis, int k, String word) {
        if (word.endsWith("ově")) {
            return lowercaseAfter(analysis, k); // "na Gočárově třídě"; "v Petrově" alone may be a name
        }
        if (word.endsWith("vě")) {
            return true; // "v Trnavě", "v Jihlavě" ("ve Fintoře" may be a company: "-ře" is not taken)
        }
        return word.endsWith("ém") && capitalizedAfter(analysis, k); // "v Novém Boru", "ve Velkém Meziříčí"
    }

    /** A hyphenated place is inflected at its end: "Горно-Алтайске", split or not by the tokenizer. */
    private static String lastPart(TextAnalysis analysis, int k) {
        int size = analysis.tokens().size();
        if (k + 2 < size && "-".equals(analysis.token(k + 1).text()) && analysis.token(k + 2).is(Token.CAPITALIZED)
                && analysis.token(k + 1).start() == analysis.token(k).end()) {
            return analysis.token(k + 2).text();
        }
        return analysis.token(k).text();
    }

    private static boolean lowercaseAfter(TextAnalysis analysis, int k) {
        if (k + 1 >= analysis.tokens().size()) {
            return false;
        }
        return analysis.token(k + 1).lowerCaseWord();
    }

    private static boolean capitalizedAfter(TextAnalysis analysis, int k) {
        return k + 1 < analysis.tokens().size() && analysis.token(k + 1).is(Token.CAPITALIZED);
    }
}
