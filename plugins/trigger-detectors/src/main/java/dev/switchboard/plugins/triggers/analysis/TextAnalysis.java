package dev.switchboard.plugins.triggers.analysis;

import java.util.List;

/**
 * A document's text, analysed once and shared by all detectors.
 *
 * @param text      the original text (offsets point into it)
 * @param analysed  how many of its chars were analysed (at most the configured maximum)
 * @param language  one of {@link LanguageGuesser#SUPPORTED}, or {@code null}: then there are no tokens
 * @param tokens    the tokens of {@code text[0, analysed)}
 * @param sentences the sentences, in order
 */
public record TextAnalysis(String text, int analysed, String language, List<Token> tokens, List<Sentence> sentences) {

    private static final int SAMPLE_CHARS = 4000;

    /** Nothing to analyse: empty, binary, or in a language the detectors do not read. */
    public static TextAnalysis none(String text) {
        return new TextAnalysis(text, 0, null, List.of(), List.of());
    }

    /**
     * @param givenLanguage the document's own language, trusted when supported; {@code null} to identify it
     * @param maxChars      analyse at most this many chars from the start
     */
    public static TextAnalysis of(String text, String givenLanguage, int maxChars) {
        if (text == null || text.isBlank() || looksBinary(text)) {
            return none(text == null ? "" : text);
        }
        int end = Math.min(text.length(), maxChars);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        List<Token> tokens = Tokenizer.tokenize(text, end);
        if (tokens.isEmpty()) {
            return none(text);
        }
        String language = givenLanguage != null && !givenLanguage.isBlank()
                ? LanguageGuesser.normalise(givenLanguage) : LanguageGuesser.guess(text, tokens);
        if (language == null) {
            return none(text);
        }
        return new TextAnalysis(text, end, language, tokens, SentenceSplitter.split(text, tokens));
    }

    /** Many control chars, replacement chars or unpaired surrogates in the first few KB: not text. */
    private static boolean looksBinary(String text) {
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        int bad = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD' || c == '\uFFFF'
                    || (Character.isSurrogate(c) && !pairedSurrogate(text, i))) {
                bad++;
            }
        }
        return bad > limit / 20 + 2;
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    public Token token(int index) {
        return tokens.get(index);
    }
}
