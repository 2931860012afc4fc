package dev.switchboard.plugins.triggers.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s in one linear pass (no regular expressions). A word is a run of
 * letters, digits and combining marks; {@code . - ' ’ & _} inside a word keep it together
 * ({@code Rohlik.cz}, {@code Coca-Cola}, {@code s.r.o}, {@code 2,5} between digits, {@code we're}).
 * {@code @handle} and {@code #hashtag} are one token each. Every other visible char is a one-char
 * symbol token; whitespace and control chars separate tokens and are dropped.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int end) {
        List<Token> tokens = new ArrayList<>(Math.max(16, end / 5));
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (isWordChar(c) || ((c == '@' || c == '#') && i + 1 < end && isWordChar(text.charAt(i + 1)))) {
                i = word(text, i, end, tokens);
            } else {
                if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSurrogate(c)
                        && c != '\u00A0' && c != '\uFEFF' && !Character.isSpaceChar(c)) {
                    tokens.add(new Token(i, i + 1, String.valueOf(c), String.valueOf(c), Token.SYMBOL));
                }
                i++;
            }
        }
        return tokens;
    }

    private static int word(String text, int start, int end, List<Token> tokens) {
        int i = start;
        int shape = 0;
        char first = text.charAt(start);
        if (first == '@') {
            shape |= Token.HANDLE;
            i++;
        } else if (first == '#') {
            shape |= Token.HASHTAG;
            i++;
        }
        int bodyStart = i;
        while (i < end) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < end && isWordChar(text.charAt(i + 1)) && i > bodyStart
                    && (c != ',' || (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))))) {
                i++;
            } else {
                break;
            }
        }
        shape |= shape(text, bodyStart, i);
        String folded = Fold.fold(text, bodyStart, i);
        tokens.add(new Token(start, i, text.substring(start, i), folded, shape));
        return i;
    }

    private static int shape(String text, int start, int end) {
        int shape = 0;
        int upper = 0;
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i == start) {
                        shape |= Token.CAPITALIZED;
                    } else if (i > start && Character.isLowerCase(text.charAt(i - 1))) {
                        shape |= Token.INNER_CAPS;
                    }
                }
            } else if (Character.isDigit(c)) {
                shape |= Token.DIGIT;
            }
        }
        if (letters > 0) {
            shape |= Token.LETTER;
        }
        if (letters >= 2 && upper == letters) {
            shape |= Token.ALL_CAPS;
        }
        return shape;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '-' || c == '\'' || c == '’' || c == '&' || c == '_' || c == ',' || c == '‐';
    }
}
