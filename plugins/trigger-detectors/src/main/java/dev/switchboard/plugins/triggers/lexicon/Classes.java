package dev.switchboard.plugins.triggers.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.plugins.triggers.analysis.Sentence;
import dev.switchboard.plugins.triggers.analysis.Token;

/**
 * Token classes of one sentence for the pseudo-patterns: {@code <number>} any token with a digit,
 * {@code <count>} such a token that is no year, amount or percentage ("40 welders"),
 * {@code <year>} 1900..2099 written as four digits (also with a decade or ordinal ending: "1970s",
 * "1970er", "2004-м"), {@code <percent>} a number with {@code %} or a
 * percent word, {@code <money>} a currency or magnitude word and the numbers next to one
 * ({@code $ 5M}, {@code 2 mld. Kč}, {@code 10 Mio. Euro}; a capitalized currency word without a number before another
 * capitalized word is a name: "Złoty Kłos"), {@code <place>} a name from the place list, or a GeoNames town or a region
 * standing alone, {@code <date>} a word of the date list (a month, a weekday, "today", "tomorrow": "from Monday", "od 1.
 * dubna", "ab sofort"), {@code <ordinal>} an ordinal numeral ("third", "druhou"), {@code <version>} a version
 * number after a name ("Tally 2.0"), {@code <rise>} the greater count that ends a rise from one count to another ("from
 * 45 to 120", "von 9 auf 25", "ze 24 na zhruba 60", "z 30 do 50", "с 45 до 120"; not a fall, not years or amounts),
 * {@code <mail>} the domain of an e-mail address, right after its local part ("careers" {@code @pollinate.io}: "jobs
 * <mail>" is an address for applications).
 */
public final class Classes implements TokenClasses {

    private static final int NEAR = 2;

    private final int offset;
    private final short[] flags;

    private static final short NUMBER = 1;
    private static final short YEAR = 2;
    private static final short PERCENT = 4;
    private static final short MONEY = 8;
    private static final short PLACE = 16;
    private static final short DATE = 32;
    private static final short ORDINAL = 64;
    private static final short VERSION = 128;
    private static final short RISE = 256;
    /** The from-word of a rise ("from", "von", "ze", "с"): where the people it counts may stand before it. */
    private static final short RISE_START = 512;
    private static final short MAIL = 1024;
    /** Folded words that open a rise's first count, and that join it to the second. */
    private static final Set<String> RISE_FROM = Set.of("from", "von", "z", "ze", "od", "с", "со");
    private static final Set<String> RISE_TO = Set.of("to", "auf", "na", "do", "до");
    /** Words a rise may have between its parts: a noun after the first count, a hedge before the second ("rund"). */
    private static final int RISE_WORDS = 2;
    /** The name lists whose words are a class: a GeoNames town or a region only where it stands alone. */
    private static final Map<String, Short> NAME_GROUPS = Map.of(Lexicons.PLACE, PLACE, Lexicons.TOWN, PLACE,
            Lexicons.DATE, DATE, Lexicons.ORDINAL, ORDINAL);
    /** A version number: "3.0", "2.1", "v2.0" (one digit after the dot: "10.30" is a time). */
    private static final Pattern VERSION_NUMBER = Pattern.compile("v?\\d{1,2}\\.\\d|v\\d{1,2}");
    /** Folded words before a version number ("verzi 3.0"). */
    private static final Set<String> VERSION_WORDS = Set.of("version", "verze", "verzi", "wersja", "wersji", "wersje",
            "версия", "версии", "версию");

    private Classes(int offset, int size) {
        this.offset = offset;
        this.flags = new short[size];
    }

    static Classes of(List<Token> tokens, Sentence sentence, List<Match> names) {
        Classes classes = new Classes(sentence.firstToken(), sentence.size());
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = tokens.get(i);
            if (token.is(Token.DIGIT)) {
                classes.set(i, NUMBER);
                if (isYear(token.text())) {
                    classes.set(i, YEAR);
                }
            }
            if (token.is(Token.HANDLE) && i > sentence.firstToken() && tokens.get(i - 1).end() == token.start()
                    && tokens.get(i - 1).is(Token.LETTER)) {
                classes.set(i, MAIL); // "careers@pollinate.io": a local part, then the domain as a handle
            }
            String folded = token.folded();
            if (version(tokens, sentence, i)) {
                classes.set(i, VERSION);
            }
            if (folded.equals("%") || folded.startsWith("percent") || folded.startsWith("procent")
                    || folded.startsWith("процент") || folded.startsWith("prozent")) {
                classes.set(i, PERCENT);
                if (i > sentence.firstToken() && tokens.get(i - 1).is(Token.DIGIT)) {
                    classes.set(i - 1, PERCENT);
                }
            }
        }
        boolean[] moneyWord = new boolean[sentence.size()];
        for (Match match : names) {
            if (match.entry().group().equals(Lexicons.MONEY)) {
                for (int i = match.start(); i < match.end(); i++) {
                    moneyWord[i - sentence.firstToken()] = true;
                }
            }
        }
        for (Match match : names) {
            String group = match.entry().group();
            if (group.equals(Lexicons.MONEY)) {
                classes.markMoney(tokens, sentence, match.start(), match.end(), moneyWord);
            } else if (!group.equals(Lexicons.TOWN) || standsAlone(tokens, sentence, match)) {
                short flag = NAME_GROUPS.getOrDefault(group, (short) 0);
                for (int i = match.start(); i < match.end() && flag != 0; i++) {
                    classes.set(i, flag);
                }
            }
        }
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            int start = classes.is(TokenPattern.Kind.COUNT, i) ? riseFrom(tokens, sentence, classes, i) : -1;
            if (start >= 0) {
                classes.set(i, RISE);
                classes.set(start, RISE_START);
            }
        }
        return classes;
    }

    /**
     * A version number after a name, a closing quote or a version word ("Pebblebox 3.0", "«Кедр 2.0»", "verzi 3.0",
     * "v2.0"); not a percentage ("4.6 %") or a date ("Ab 1.9. gilt", "od 1.9.": a lower-case word or nothing named
     * before it).
     */
    private static boolean version(List<Token> tokens, Sentence sentence, int i) {
        Token token = tokens.get(i);
        if (!token.is(Token.DIGIT)) {
            return false; // most tokens: no digit, no version
        }
        String text = token.text().toLowerCase(Locale.ROOT);
        if (!VERSION_NUMBER.matcher(text).matches()) {
            return false;
        }
        if (text.startsWith("v")) {
            return true;
        }
        if (i + 1 < sentence.endToken()) {
            Token next = tokens.get(i + 1);
            if (next.text().equals("%")) {
                return false; // "4.6%"
            }
            if (next.text().equals(".") && next.start() == token.end() && i + 2 < sentence.endToken()
                    && (tokens.get(i + 2).is(Token.DIGIT) || tokens.get(i + 2).lowerCaseWord())) {
                return false; // "Ab 1.9. gilt", "1.9. 2025": a date
            }
        }
        if (i == sentence.firstToken()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.nameLike() && !before.is(Token.DIGIT) || "»“\"".contains(before.text())
                || VERSION_WORDS.contains(before.folded());
    }

    /**
     * The from-word of the rise count {@code i} ends, or -1: before it (past at most {@value #RISE_WORDS} lower-case
     * words, "rund", "zhruba") a to-word, before that (past at most one word, "from 45 staff to") a smaller count, and
     * a from-word right before that count.
     */
    private static int riseFrom(List<Token> tokens, Sentence sentence, Classes classes, int i) {
        int to = i - 1;
        while (to > sentence.firstToken() && i - to <= RISE_WORDS && tokens.get(to).lowerCaseWord()
                && !RISE_TO.contains(tokens.get(to).folded())) {
            to--;
        }
        if (to <= sentence.firstToken() || !RISE_TO.contains(tokens.get(to).folded())) {
            return -1;
        }
        for (int n = to - 1; n > sentence.firstToken() && to - n <= 2; n--) {
            if (classes.is(TokenPattern.Kind.COUNT, n)) {
                long from = count(tokens.get(n).text());
                boolean rise = RISE_FROM.contains(tokens.get(n - 1).folded()) && from >= 0 && count(tokens.get(i).text()) > from;
                return rise ? n - 1 : -1;
            }
            if (!tokens.get(n).lowerCaseWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the token is the from-word of a rise ("von" of "von 45 auf 120"). */
    public boolean riseStart(int token) {
        return has(token, RISE_START);
    }

    /**
     * The value of a count written in digits, with group separators before each three digits ("1,200", "1 200",
     * "1.200", "45"), or -1 for anything else ("45-strong", "2.5", "3x").
     */
    private static long count(String text) {
        long value = 0;
        int sinceSeparator = -1; // digits since the last separator, -1 before the first one
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                value = value * 10 + (c - '0');
                sinceSeparator = sinceSeparator < 0 ? -1 : sinceSeparator + 1;
                if (value > 999_999_999) {
                    return -1;
                }
            } else if (k > 0 && (c == ',' || c == '.' || c == '\u00a0' || c == '\u202f' || c == ' ' || c == '\'')
                    && (sinceSeparator < 0 || sinceSeparator == 3)) {
                sinceSeparator = 0;
            } else {
                return -1;
            }
        }
        return text.isEmpty() || sinceSeparator >= 0 && sinceSeparator != 3 ? -1 : value;
    }

    /**
     * A town's or region's name that is no part of a longer name: no capitalized word stands next to it, no "&amp;"
     * joins it and no quote holds it ("Daventry warehouse", "#Olomouc #novakavarna", "in Kent"; not "Stourbridge
     * Glass", "Moss &amp; Thorne", "Tłocznia Warmia", "«Нивы Черноземья»").
     */
    private static boolean standsAlone(List<Token> tokens, Sentence sentence, Match match) {
        if (match.start() > sentence.firstToken()) {
            Token before = tokens.get(match.start() - 1);
            if (joins(before) || before.quote() || nameWord(before) && !before.is(Token.ALL_CAPS)) {
                return false; // "Tłocznia Warmia", "Solární Vysočina", "«Нивы Черноземья»": the place ends a name
            }
        }
        if (match.end() >= sentence.endToken()) {
            return true;
        }
        Token next = tokens.get(match.end());
        return !joins(next) && !next.quote() && !nameWord(next); // "Stourbridge Glass", "«Черноземье»"
    }

    private static boolean joins(Token token) {
        return token.text().equals("&");
    }

    /** A capitalized word of a name, not a tag or handle after it ("#Olomouc #novakavarna"). */
    private static boolean nameWord(Token token) {
        return token.is(Token.LETTER) && token.nameLike() && !token.is(Token.HASHTAG) && !token.is(Token.HANDLE);
    }

    private void markMoney(List<Token> tokens, Sentence sentence, int start, int end, boolean[] moneyWord) {
        int from = Math.max(sentence.firstToken(), start - NEAR);
        int to = Math.min(sentence.endToken(), end + NEAR);
        boolean number = false;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(Token.DIGIT) && !has(i, YEAR) && !has(i, PERCENT)) {
                set(i, MONEY);
                number = true;
            }
        }
        // a capitalized currency word without a number before another capitalized word that is no
        // currency or magnitude is a name ("Złoty Kłos", "Euro Bau"), not an amount ("eine Milliarde Euro")
        boolean name = !number && tokens.get(start).is(Token.CAPITALIZED) && end < sentence.endToken()
                && tokens.get(end).is(Token.CAPITALIZED) && !moneyWord[end - sentence.firstToken()];
        if (!name) {
            for (int i = start; i < end; i++) {
                set(i, MONEY);
            }
        }
    }

    /**
     * Four digits 1900..2099, alone or with a decade or ordinal ending: "1970s", "1970's", "1970er",
     * "1970er-Jahren", "2004-м", "1990-х", "2010-е".
     */
    private static boolean isYear(String text) {
        if (text.length() < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        return year >= 1900 && year <= 2099 && yearEnding(text.substring(4));
    }

    private static boolean yearEnding(String ending) {
        if (ending.isEmpty() || ending.equals("s") || ending.equals("'s") || ending.equals("’s")
                || ending.equals("er") || ending.startsWith("er-")) {
            return true;
        }
        if (ending.length() < 2 || ending.length() > 4 || ending.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < ending.length(); i++) {
            if (!Character.UnicodeBlock.of(ending.charAt(i)).equals(Character.UnicodeBlock.CYRILLIC)) {
                return false;
            }
        }
        return true;
    }

    /** The year a {@code <year>} token names. */
    public static int year(Token token) {
        return Integer.parseInt(token.text(), 0, 4, 10);
    }

    private void set(int token, short flag) {
        flags[token - offset] |= flag;
    }

    private boolean has(int token, short flag) {
        int i = token - offset;
        return i >= 0 && i < flags.length && (flags[i] & flag) != 0;
    }

    public boolean place(int token) {
        return has(token, PLACE);
    }

    public boolean year(int token) {
        return has(token, YEAR);
    }

    public boolean percent(int token) {
        return has(token, PERCENT);
    }

    @Override
    public boolean is(TokenPattern.Kind kind, int token) {
        return switch (kind) {
            case NUMBER -> has(token, NUMBER);
            case COUNT -> has(token, NUMBER) && !has(token, YEAR) && !has(token, MONEY) && !has(token, PERCENT);
            case YEAR -> has(token, YEAR);
            case PERCENT -> has(token, PERCENT);
            case MONEY -> has(token, MONEY);
            case PLACE -> has(token, PLACE);
            case DATE -> has(token, DATE);
            case ORDINAL -> has(token, ORDINAL);
            case VERSION -> has(token, VERSION);
            case RISE -> has(token, RISE);
            case MAIL -> has(token, MAIL);
            default -> false;
        };
    }
}
