package dev.switchboard.plugins.triggers.company;

import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

import java.util.List;
import java.util.Set;

/**
 * Czech and Russian capitalize only a name's first word: a capitalized adjective, up to two lower-case
 * adjectives and a lower-case noun of a kind of company ({@code names/slavic-name-heads.txt}) are one name
 * in any case ("Finanční ředitelkou Pražské úvěrové banky…", "Třinecké železárny shánějí…",
 * "собрание акционеров Сибирской мельничной компании"); in Russian a lower-case noun in the genitive
 * plural after the head is its product ("Симбирский завод погрузчиков"). The head is the name's company
 * marker, as a company noun before a name is; but a name right after the head makes them its descriptor.
 * Polish capitalizes every word of such a name: not here.
 */
final class LowercaseNameHeads {

    private static final String RESOURCE = "names/slavic-name-heads.txt";
    private static final List<String> HEADS = NameFiles.words(RESOURCE);
    private static final int MAX_ENDING = 4;
    private static final int MAX_ADJECTIVES = 2;
    private static final String[] CZECH_ADJECTIVE_ENDINGS = {"ý", "á", "é", "í", "ého", "ému", "ým", "ých", "ými",
            "ou", "ím", "ích", "ími", "ího", "ímu"};
    private static final String[] RUSSIAN_ADJECTIVE_ENDINGS = {"ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие",
            "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими"};
    /** Russian genitive plural endings of a product noun after the head ("погрузчиков", "металлоконструкций"). */
    private static final String[] RUSSIAN_GENITIVE_PLURAL = {"ов", "ев", "ий"};

    private LowercaseNameHeads() {
    }

    /**
     * The end of the name that a run of one capitalized adjective at {@code runStart} opens (and maybe a
     * lower-case word after it), past its
     * lower-case adjectives, head and (Russian) product noun; {@code runEnd} when no head follows.
     */
    static int extend(TextAnalysis analysis, int runStart, int runEnd, int end) {
        String language = analysis.language();
        if (runEnd - runStart > 2 || !("cs".equals(language) || "ru".equals(language))
                || !adjective(analysis.token(runStart), language) || runEnd - runStart == 2 && !lowercaseWord(analysis, runStart + 1)) {
            return runEnd; // one adjective, or one and the lower-case word another rule took ("Pražské úvěrové")
        }
        int k = runStart + 1;
        while (k < end && k - runStart <= MAX_ADJECTIVES && lowercaseWord(analysis, k) && !head(analysis.token(k), language)
                && adjective(analysis.token(k), language)) {
            k++;
        }
        if (k >= end || !lowercaseWord(analysis, k) || !head(analysis.token(k), language)) {
            return runEnd;
        }
        k++;
        if ("ru".equals(language) && k < end && lowercaseWord(analysis, k)
                && WordKinds.endsWithAny(analysis.token(k).text(), RUSSIAN_GENITIVE_PLURAL) && analysis.token(k).text().length() > 5) {
            k++;
        }
        return k < end && nameAfter(analysis.token(k)) ? runEnd : Math.max(k, runEnd);
    }

    /**
     * A name right after the head makes the words before it a descriptor ("Кондитерская фабрика «Красный
     * пряник»", "Olomoucká strojírna Haněk Engineering", "Rodinný pivovar Černý kohout"), not the name.
     */
    private static boolean nameAfter(Token next) {
        String text = next.text();
        return Character.isUpperCase(text.charAt(0)) || next.is(Token.SYMBOL) && "«„\"“(".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Whether tokens {@code [start, end)} end in a lower-case name head after their first word (in Russian
     * also before a last product noun); a capitalized word after the head ("u Kapitálové banky Morava")
     * leaves the name unmarked, as without this rule.
     */
    static boolean headed(TextAnalysis analysis, int start, int end) {
        String language = analysis.language();
        int from = Math.max(start + 1, "ru".equals(language) ? end - 2 : end - 1);
        for (int k = from; k < end; k++) {
            if (lowercaseWord(analysis, k) && head(analysis.token(k), language)
                    && !(lender(analysis.token(k)) && start > 0 && FROM_LENDER.contains(analysis.token(start - 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of borrowing: "si půjčí u Orlické banky", "úvěr od …", "кредит у / от …". */
    private static final Set<String> FROM_LENDER = Set.of("u", "od", "у", "от");

    /**
     * A bank after a preposition of borrowing is the lender ("si půjčí u Orlické banky"), the other party
     * of a loan: its head is no company marker there.
     */
    private static boolean lender(Token token) {
        return token.folded().startsWith("bank") || token.folded().startsWith("банк");
    }

    /** A head noun by its stem, not an adjective of the same stem ("spořitelní", "банковский"). */
    private static boolean head(Token token, String language) {
        if (adjective(token, language)) {
            return false;
        }
        String folded = token.folded();
        for (String stem : HEADS) {
            if (folded.startsWith(stem) && folded.length() - stem.length() <= MAX_ENDING) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjective(Token token, String language) {
        String text = token.text();
        return text.length() > 4 && WordKinds.endsWithAny(text, "ru".equals(language) ? RUSSIAN_ADJECTIVE_ENDINGS : CZECH_ADJECTIVE_ENDINGS);
    }

    private static boolean lowercaseWord(TextAnalysis analysis, int k) {
        return analysis.token(k).lowerCaseWord();
    }
}
