package dev.switchboard.sdk.text;

import java.text.Normalizer;
import java.util.Map;

/**
 * Removes Latin diacritics from lower-case text and leaves other scripts alone, except Cyrillic
 * {@code ё}, which becomes {@code е} as Russian writers do themselves. Cyrillic {@code й} keeps its
 * breve: it is a letter of its own, not {@code и} with a mark.
 */
final class Folding {

    /** Latin letters that are not a base letter plus a combining mark, so NFD does not split them. */
    private static final Map<Integer, String> LETTERS = Map.of(
            (int) 'ß', "ss", (int) 'ł', "l", (int) 'ø', "o", (int) 'đ', "d", (int) 'ð', "d",
            (int) 'æ', "ae", (int) 'œ', "oe", (int) 'þ', "th", (int) 'ı', "i", (int) 'ħ', "h");

    private static final int COMBINING_DIAERESIS = 0x0308;

    private Folding() {
    }

    static String fold(String lowerCase) {
        String decomposed = Normalizer.normalize(lowerCase, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int base = -1;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (!dropMark(base, cp)) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            base = cp;
            String replacement = LETTERS.get(cp);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean dropMark(int base, int mark) {
        if (base < 0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(base);
        return script == Character.UnicodeScript.LATIN
                || base == 'е' && mark == COMBINING_DIAERESIS;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
