package dev.switchboard.plugins.triggers.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifies which of the five supported languages a text is in, from its script and its function
 * words: Cyrillic is Russian (unless it has Ukrainian-only letters); Latin text scores English,
 * Czech, Polish and German by function words and by letters only one of them uses ({@code ř ů ě}
 * Czech, {@code ą ę ł ś ż} Polish, {@code ä ö ü ß} German). Text whose letters are mostly of
 * another script, or mixed without a dominant Latin or Cyrillic share, has no language ({@code null}):
 * the detectors say nothing about it.
 */
public final class LanguageGuesser {

    /** The languages the detectors read. */
    public static final Set<String> SUPPORTED = Set.of("en", "cs", "pl", "ru", "de");

    private static final int SAMPLE_CHARS = 4000;
    private static final double DOMINANT_SHARE = 0.7;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", words("how", "why", "what", "when", "big", "great", "thrilled", "excited", "proud", "happy", "some", "after", "today", "i", "i'm", "we're", "our", "my", "so", "but", "if", "all", "more", "here", "there", "just", "the", "and", "is", "of", "to", "will", "has", "have", "for", "with", "its", "new", "a", "an",
                    "in", "on", "are", "we", "our", "at", "by", "from", "that", "this", "it", "as", "be", "was"),
            "cs", words("nase", "nas", "jsem", "jsme", "mame", "diky", "za", "kdyz", "tak", "proto", "pro", "dnes", "letos", "po", "pred", "nyni", "konecne", "uz", "ted", "my", "vsechno", "hledame", "hurá", "hura", "jak", "proc", "co", "kde", "tento", "tato", "toto", "a", "je", "se", "na", "ve", "v", "ze", "pro", "s", "do", "ktery", "ktera", "ktere", "jsou",
                    "bude", "by", "k", "od", "po", "tak", "jako", "take", "jeho", "jejich", "si", "z", "nove", "novy",
                    "uz", "jak", "ale", "nebo", "spolecnost", "firma", "let", "roce"),
            "pl", words("nasz", "nasza", "nasze", "mamy", "dzieki", "dlatego", "gdy", "kiedy", "jestesmy", "jestem", "dzis", "teraz", "po", "przed", "w", "my", "wreszcie", "juz", "ten", "ta", "to", "jak", "dlaczego", "co", "gdzie", "pieniadze", "szukamy", "rosniemy", "i", "w", "sie", "na", "z", "jest", "ze", "do", "nie", "od", "dla", "oraz", "ktory", "ktora",
                    "ktore", "przez", "jak", "po", "tak", "jego", "ich", "sa", "bedzie", "o", "spolka", "firma", "roku",
                    "nowy", "nowe", "tez", "juz", "lub"),
            "ru", words("мы", "наш", "наша", "наши", "друзья", "сегодня", "теперь", "когда", "почему", "как", "что", "где", "год", "рассказываю", "этот", "эта", "это", "вот", "ура", "фонд", "в", "и", "на", "с", "не", "что", "по", "для", "от", "о", "из", "к", "это", "как", "а", "так",
                    "также", "его", "ее", "их", "будет", "у", "за", "при", "после", "до", "уже", "этом", "году"),
            "de", words("wir", "unser", "unsere", "heute", "jetzt", "endlich", "nach", "vor", "wie", "warum", "was", "wann", "dieser", "diese", "dieses", "mit", "seit", "ab", "der", "die", "das", "und", "ist", "mit", "von", "den", "fur", "ein", "eine", "im", "auf",
                    "dem", "des", "zu", "sich", "nicht", "auch", "wird", "bei", "nach", "wir", "sie", "es", "neue",
                    "neuen", "aus", "uber", "sucht", "einen", "als", "zum", "zur"));

    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    private LanguageGuesser() {
    }

    /** The given language when supported (region suffix ignored: {@code en-GB}), else {@code null} for an unsupported one. */
    public static String normalise(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip().toLowerCase(Locale.ROOT);
        if (code.length() > 2 && (code.charAt(2) == '-' || code.charAt(2) == '_')) {
            code = code.substring(0, 2);
        }
        return SUPPORTED.contains(code) ? code : null;
    }

    /** Whether a folded word is one of the language's most common function words. */
    public static boolean isFunctionWord(String language, String folded) {
        Set<String> words = language == null ? null : FUNCTION_WORDS.get(language);
        return words != null && words.contains(folded);
    }

    /** One of {@link #SUPPORTED}, or {@code null} when the text is in none of them or is not text. */
    public static String guess(String text, List<Token> tokens) {
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        int ukrainian = 0;
        int[] marks = new int[3];
        int limit = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
                countMark(Character.toLowerCase(c), marks);
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
                    ukrainian++;
                }
            } else {
                other++;
            }
        }
        int letters = latin + cyrillic + other;
        if (letters < 2 || other > letters / 10) {
            return null;
        }
        if (cyrillic >= letters * DOMINANT_SHARE) {
            return ukrainian > 1 ? null : "ru";
        }
        if (latin < letters * DOMINANT_SHARE) {
            return null;
        }
        return latinLanguage(tokens, marks);
    }

    private static void countMark(char c, int[] marks) {
        if ("řůěčťďň".indexOf(c) >= 0) {
            marks[0]++;
        } else if ("ąęłśźżńć".indexOf(c) >= 0) {
            marks[1]++;
        } else if ("äöüß".indexOf(c) >= 0) {
            marks[2]++;
        }
    }

    private static String latinLanguage(List<Token> tokens, int[] marks) {
        String[] languages = {"en", "cs", "pl", "de"};
        double[] score = {0, Math.min(marks[0], 10) * 1.5, Math.min(marks[1], 10) * 1.5, Math.min(marks[2], 10) * 1.0};
        int counted = 0;
        for (Token token : tokens) {
            if (counted++ > 600) {
                break;
            }
            if (!token.is(Token.LETTER)) {
                continue;
            }
            for (int l = 0; l < languages.length; l++) {
                if (FUNCTION_WORDS.get(languages[l]).contains(token.folded())) {
                    score[l] += 1;
                }
            }
        }
        int best = 0;
        for (int l = 1; l < languages.length; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        return languages[best];
    }
}
