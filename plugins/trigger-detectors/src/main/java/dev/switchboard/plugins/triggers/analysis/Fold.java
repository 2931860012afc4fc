package dev.switchboard.plugins.triggers.analysis;

import java.text.Normalizer;

/**
 * Folding for matching: lower case, diacritics removed from Latin letters ({@code ř}→{@code r},
 * {@code ł}→{@code l}, {@code ö}→{@code o}), {@code ß}→{@code ss}, {@code ё}→{@code е}; Cyrillic
 * otherwise only lower-cased. A precomputed table covers U+0000..U+04FF, so folding a token costs
 * one array read per char.
 */
public final class Fold {

    private static final int TABLE_SIZE = 0x0500;
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = computeFold((char) c);
        }
    }

    private Fold() {
    }

    private static char computeFold(char c) {
        char lower = Character.toLowerCase(c);
        switch (lower) {
            case 'ł': return 'l';
            case 'đ': return 'd';
            case 'ø': return 'o';
            case 'ħ': return 'h';
            case 'ı': return 'i';
            case 'ё': return 'е';
            default: break;
        }
        if (lower < 0x80 || (lower >= 0x0400 && lower < 0x0500)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return base < 0x0250 ? base : lower;
    }

    /** The folded form of one char ({@code ß} folds to {@code s}; {@link #fold(CharSequence, int, int)} writes {@code ss}). */
    public static char fold(char c) {
        return c < TABLE_SIZE ? TABLE[c] : Character.toLowerCase(c);
    }

    /** The folded form of {@code text[start, end)}. */
    public static String fold(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 2);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == 'ß' || c == 'ẞ') {
                out.append("ss");
            } else if (c == '’' || c == 'ʼ') {
                out.append('\'');
            } else {
                out.append(fold(c));
            }
        }
        return out.toString();
    }

    public static String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }
}
