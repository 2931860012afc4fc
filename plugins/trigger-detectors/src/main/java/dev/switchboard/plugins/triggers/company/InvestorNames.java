package dev.switchboard.plugins.triggers.company;

import java.util.Set;

import dev.switchboard.plugins.triggers.analysis.LanguageGuesser;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * Investors: a name that ends in an investor's head ("Vesna Capital", "Odra Ventures", "«Приток Капитал»")
 * or that a fund word stands just before ("fundusz Bałtyk", "Фонд прямых инвестиций
 * «Онего Партнерс»", "private equity firm Redwing Partners"). An investor gives the money, a stake or a loan; it is the
 * other party of a trigger, not the company it is about, so such a name is marked
 * {@link Candidate#GIVER}. ("Partners" alone is no investor's head: "Meridian Health Partners" is a
 * clinic.)
 */
final class InvestorNames {

    /** Folded last words of investors' names. */
    private static final Set<String> HEADS = Set.of("capital", "ventures", "vc", "investments", "invest", "equity",
            "капитал", "венчурс", "инвест", "инвестментс");
    /** Folded words that say the next name is a fund or an investor, in any case ("funduszu", "фондом"). */
    private static final Set<String> FUND_WORDS = Set.of("fond", "fondu", "fondem", "fondy", "fundusz",
            "funduszu", "funduszem", "fundusze", "funduszy", "фонд", "фонда", "фонду", "фондом", "фонды", "fonds",
            "fund", "funds", "equity", "investor", "investoren", "inwestor", "инвестор", "инвестиций", "vc",
            // "investment" before a company noun or name: "investment firm X", "investiční skupina X",
            // "grupa inwestycyjna X", "инвестиционная компания «X»", "Beteiligungsgesellschaft X"
            "investment", "investicni", "investicniho", "investicnich", "inwestycyjna", "inwestycyjnej",
            "inwestycyjny", "inwestycyjnego", "инвестиционная", "инвестиционной", "инвестиционную",
            "инвестиционный", "инвестиционного", "инвестиционным", "beteiligungsgesellschaft",
            "investmentgesellschaft", "investmentfirma", "investorengruppe", "finanzinvestor");
    /** Words looked at before the name: "fond X", "private equity firm X", "фонд прямых инвестиций «X»". */
    private static final int REACH = 3;

    private InvestorNames() {
    }

    /** Whether the name of tokens {@code [start, nameEnd)} of a sentence from {@code first} is an investor's. */
    static boolean investor(TextAnalysis analysis, int first, int start, int nameEnd) {
        if (HEADS.contains(analysis.token(nameEnd - 1).folded())) {
            return true;
        }
        for (int k = start - 1; k >= Math.max(first, start - REACH); k--) {
            Token token = analysis.token(k);
            if (FUND_WORDS.contains(token.folded())) {
                return true;
            }
            if (token.is(Token.LETTER) && (token.nameLike() && k < start - 1
                    || LanguageGuesser.isFunctionWord(analysis.language(), token.folded()))) {
                return false; // another name or a preposition between: "fund X and company Y", "Investor bei X"
            }
        }
        return false;
    }
}
