package dev.switchboard.plugins.triggers.analysis;

/**
 * One word, number or symbol of a sentence.
 *
 * @param start  offset of its first char in the original text
 * @param end    offset after its last char
 * @param text   as written
 * @param folded as matched against lexicons (see {@link Fold})
 * @param shape  how it is written: a combination of the {@code *} flags below
 */
public record Token(int start, int end, String text, String folded, int shape) {

    /** Starts with an upper-case letter. */
    public static final int CAPITALIZED = 1;
    /** Two or more letters, all upper case ({@code IBM}, {@code ВТБ}). */
    public static final int ALL_CAPS = 2;
    /** An upper-case letter after the first char ({@code iRobot}, {@code PayPal}). */
    public static final int INNER_CAPS = 4;
    /** Contains a digit. */
    public static final int DIGIT = 8;
    /** A social handle ({@code @acme}); {@link #folded()} is without the {@code @}. */
    public static final int HANDLE = 16;
    /** A hashtag ({@code #hiring}); {@link #folded()} is without the {@code #}. */
    public static final int HASHTAG = 32;
    /** Punctuation or a symbol ({@code $}, {@code €}, {@code %}, {@code ,}). */
    public static final int SYMBOL = 64;
    /** Contains a letter. */
    public static final int LETTER = 128;

    public boolean is(int flag) {
        return (shape & flag) != 0;
    }

    /** Capitalized, all caps or with inner caps: may be part of a name. */
    public boolean nameLike() {
        return (shape & (CAPITALIZED | ALL_CAPS | INNER_CAPS | HANDLE)) != 0;
    }

    /** A word of letters and no digit whose first char is a lower-case letter ("banky", "třídě"; not "2x", "#tag"). */
    public boolean lowerCaseWord() {
        return is(LETTER) && !is(DIGIT) && Character.isLowerCase(text.charAt(0));
    }

    /** Quotation marks of the five languages' styles (straight, „…“, “…”, «…», ‚…‘); not the apostrophe. */
    private static final String QUOTE_MARKS = "\"„“”«»‚‘";

    /** A quotation mark: "„Nordlicht“", "«Кедр»", "\"Acme\"". */
    public boolean quote() {
        return is(SYMBOL) && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    /** A dash standing alone between fields or clauses: hyphen-minus, en dash or em dash ("Praha –", "Kurier - Łódź"). */
    public boolean dash() {
        return text.equals("-") || text.equals("–") || text.equals("—");
    }

    @Override
    public String toString() {
        return text;
    }
}
