package dev.switchboard.plugins.triggers.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a token stream into sentences: after {@code . ! ? …} when the next token starts a
 * sentence (upper case, digit, quote, handle), unless the dot ends an abbreviation or an initial
 * ({@code Inc.}, {@code mld.}, {@code Gebr.}, {@code J.}), a day of a date ({@code am 15. Oktober}, {@code 3. März}) or
 * "about" before a number ({@code ok. 50 mln}); after {@code ).} whatever the case of the next word (a lower-case
 * brand opens the next sentence: "Remote (UK). northbeam builds…"); at
 * every line break; and after {@value #MAX_TOKENS} tokens, so that a text without punctuation never
 * makes one huge sentence.
 */
public final class SentenceSplitter {

    static final int MAX_TOKENS = 80;

    /** Folded words after which a dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of(
            "inc", "ltd", "corp", "co", "mr", "mrs", "ms", "dr", "prof", "ing", "mgr", "bc", "phd", "jr", "sr", "st",
            "vs", "etc", "e.g", "i.e", "approx", "no", "nr", "tzv", "napr", "resp", "mld", "mil", "mln", "tys", "tis",
            "kc", "zl", "r", "s.r.o", "a.s", "o.o", "spol", "sp", "s.a", "ul", "c", "tj", "dr", "hab", "inz", "mgr",
            "млн", "млрд", "тыс", "руб", "г", "гг", "т.е", "т.д", "ул", "им", "mio", "mrd", "ca", "z.b", "u.a", "bzw",
            "ggf", "gmbh", "ag", "str", "abs", "okr", "woj", "pl", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
            "gebr", "k")); // Polish "k." = "koło" (near): "Stryków k. Łodzi"

    /**
     * Folded words that abbreviate "about" before a number ("ok. 50 mln zł", "přibl. 40", "ungef. 300"): a dot
     * after them ends no sentence when a number follows; elsewhere ("It's ok. We…") it may.
     */
    private static final Set<String> BEFORE_NUMBER = Set.of("ok", "pribl", "ungef", "прибл", "ок");

    /** Folded abbreviations of "year" after a year: Polish "r.", Russian "г.". */
    private static final Set<String> YEAR_WORDS = Set.of("r", "г");

    /** Quotes that open a quotation in our languages. */
    private static final String OPENING_QUOTES = "„«\"“";

    /** Folded month names that are written capitalized after a day with a dot ("15. Oktober", "1. March"). */
    private static final Set<String> MONTHS = Set.copyOf(List.of(
            "januar", "janner", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember", "january", "february", "march", "may", "june", "july", "october", "december"));

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsHere(text, tokens, i) || i + 1 - first >= MAX_TOKENS) {
                sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsHere(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (hasLineBreak(text, token.end(), next.start())) {
            return true;
        }
        if (!token.is(Token.SYMBOL)) {
            return false;
        }
        char c = token.text().charAt(0);
        if (c == '!' || c == '?' || c == '…') {
            return startsSentence(next) || next.is(Token.SYMBOL);
        }
        if (c != '.' || i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (yearBeforeQuote(tokens, i)) {
            return true;
        }
        if (before.end() == token.start() && !before.is(Token.SYMBOL)
                && (ABBREVIATIONS.contains(before.folded()) || isInitial(before))) {
            return false;
        }
        if (isDay(before) && before.end() == token.start() && MONTHS.contains(next.folded())) {
            return false;
        }
        if (before.end() == token.start() && BEFORE_NUMBER.contains(before.folded()) && next.is(Token.DIGIT)) {
            return false;
        }
        if (before.is(Token.SYMBOL) && before.text().equals(")") && !next.is(Token.SYMBOL)) {
            return true;
        }
        return startsSentence(next);
    }

    /**
     * "… w drugim kwartale 2027 r. „To …" / "… в 2026 г. «Это …": the abbreviation of "year" after a year ends the
     * sentence when an opening quote follows (a quotation starts). Elsewhere "2025 r. – X …" or "W 2015 r. firma …"
     * stays one sentence, so that a past year still dates its clause.
     */
    private static boolean yearBeforeQuote(List<Token> tokens, int dot) {
        if (dot < 2 || dot + 1 >= tokens.size()) {
            return false;
        }
        Token year = tokens.get(dot - 2);
        Token word = tokens.get(dot - 1);
        Token next = tokens.get(dot + 1);
        return YEAR_WORDS.contains(word.folded()) && word.end() == tokens.get(dot).start()
                && year.is(Token.DIGIT) && year.text().length() == 4
                && next.is(Token.SYMBOL) && OPENING_QUOTES.indexOf(next.text().charAt(0)) >= 0;
    }

    /** One or two digits: the day of a date written "15. Oktober". */
    private static boolean isDay(Token token) {
        String text = token.text();
        return token.is(Token.DIGIT) && text.length() <= 2 && Character.isDigit(text.charAt(0))
                && Character.isDigit(text.charAt(text.length() - 1));
    }

    private static boolean isInitial(Token token) {
        return token.text().length() == 1 && token.is(Token.CAPITALIZED);
    }

    private static boolean startsSentence(Token next) {
        if (next.is(Token.SYMBOL)) {
            char c = next.text().charAt(0);
            return "\"'„“”«»‚‘(–—-•*".indexOf(c) >= 0;
        }
        return next.is(Token.CAPITALIZED) || next.is(Token.DIGIT) || next.is(Token.HANDLE) || next.is(Token.HASHTAG)
                || next.is(Token.ALL_CAPS);
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
