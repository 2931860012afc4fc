package dev.switchboard.sdk.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names as texts mention them: a clean display name, a comparison key, and whether two
 * mentions name the same company.
 *
 * <p>A detector reports the company as the text names it, often inflected and decorated:
 * {@code „Polskich Kruszyw“ Sp. z o.o.}, {@code ООО «Ромашки»}, {@code der Deutschen Bahn}.
 * {@link #displayName} removes the decoration, {@link #key} folds what is left for exact
 * comparison, and {@link #sameCompany} also forgives case endings. All three are pure, thread-safe,
 * JDK-only, and never throw: {@code null} counts as the empty string.
 *
 * <p><b>Legal forms</b> (Czech, Slovak, Polish, German, English and international, Russian: {@code
 * s.r.o.}, {@code a.s.}, {@code Sp. z o.o.}, {@code S.A.}, {@code GmbH & Co. KG}, {@code AG},
 * {@code UG (haftungsbeschränkt)}, {@code Inc.}, {@code Ltd.}, {@code LLC}, {@code PLC}, {@code
 * N.V.}, {@code S.p.A.}, {@code Oy}, {@code AB}, {@code A/S}, {@code ООО}, {@code ПАО}, ...) are
 * removed only as whole words at the end, or, for the Russian forms, at the start; with or without
 * dots and spaces ({@code sp. z o. o.}). Forms that are also ordinary words ({@code AS}, {@code SE},
 * {@code Spa}) are removed only when written as a legal form: with dots, or in capitals.
 */
public final class CompanyNames {

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /** Quotation marks of the five languages, and the ASCII ones, removed at either end of a name. */
    private static final String QUOTES = "\"'`´„“”«»‚‘’‹›「」『』";

    /** Separators a name may trail after its legal form was cut ({@code Acme, Inc.}). */
    private static final String TRAILING_PUNCTUATION = ",;:&-–—";

    /** Apostrophes vanish from keys, so a possessive stays one word ({@code Bosch's ~ boschs}). */
    private static final String APOSTROPHES = "'’ʼ‘`´";

    /** Conjunctions dropped between words of a key: {@code Procter & Gamble = Procter and Gamble}. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "und", "et", "a", "i", "и");

    /** Letters a handle may add to the name it stands for ({@code @PixelForgeGames}). */
    private static final int MAX_HANDLE_SUFFIX = 5;

    private CompanyNames() {
    }

    /**
     * The name without surrounding quotes, legal forms and stray separators, whitespace trimmed and
     * collapsed; case and diacritics kept. {@code „Polskie Kruszywa“ Sp. z o.o.} gives {@code Polskie
     * Kruszywa}, {@code ООО «Ромашка»} gives {@code Ромашка}, {@code Acme, Inc.} gives {@code Acme}.
     * A name that is nothing but a legal form stays as it is.
     */
    public static String displayName(String mention) {
        if (mention == null) {
            return "";
        }
        String name = Normalizer.normalize(mention, Normalizer.Form.NFC);
        String before;
        do {
            before = name;
            name = stripEnds(collapse(name));
            name = stripLegalForms(name);
        } while (!name.equals(before));
        return name;
    }

    /**
     * The comparison key: the {@link #displayName} in NFKC, lower case ({@link Locale#ROOT}), Latin
     * diacritics removed ({@code ł → l}, {@code ß → ss}, {@code ø → o}, {@code æ → ae}), Cyrillic
     * kept except {@code ё → е}; apostrophes dropped; every other character that is neither a letter
     * nor a digit ({@code & - . " ,}) becomes a space; the conjunctions {@code and und et a i и}
     * between two words dropped, so that {@code Procter & Gamble}, {@code Procter and Gamble} and
     * {@code Procter und Gamble} share the key {@code procter gamble}; whitespace collapsed.
     * Empty for a blank or {@code null} name.
     */
    public static String key(String name) {
        String display = displayName(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC));
        String folded = Folding.fold(display.toLowerCase(Locale.ROOT));
        StringBuilder spaced = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                spaced.appendCodePoint(cp);
            } else if (APOSTROPHES.indexOf(cp) < 0) {
                spaced.append(' ');
            }
        });
        List<String> words = words(spaced.toString());
        List<String> kept = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            boolean inside = i > 0 && i < words.size() - 1;
            if (!(inside && CONJUNCTIONS.contains(words.get(i)))) {
                kept.add(words.get(i));
            }
        }
        return String.join(" ", kept);
    }

    /**
     * Whether two mentions name the same company, forgiving case endings. True when
     * <ol>
     * <li>their {@link #key keys} are equal, or equal once spaces are removed ({@code Coca-Cola ~
     * CocaCola}); or</li>
     * <li>the keys have the same number of words and each pair is the same word up to a case ending:
     * equal, or a common stem of at least 3 letters followed by at most 1 letter in the shorter word
     * and at most 2 in the longer (3 for a known ending such as {@code -owi}, {@code -ami}, {@code
     * -ому}), or a stem of at least 2 letters followed by {@code -ka -ha -ga -ta -na -ny -ky} in one
     * word and the form a consonant alternation or the genitive plural makes of it in the other
     * ({@code bance ~ banka}, {@code Hucie ~ Huta}, {@code Železáren ~ Železárny}).
     * {@code Polskich Kruszyw ~ Polskie Kruszywa}, {@code Škodě ~ Škoda}, {@code «Газпрома» ~
     * Газпром}, {@code Bosch's ~ Bosch}, {@code Deutschen Bahn ~ Deutsche Bahn}; but not {@code Ika ~
     * Ikea} (the stem must have 3 letters and cover all but the endings), not {@code Tesla ~ Tesco};
     * or</li>
     * <li>rule 2 holds once leading articles ({@code the der die das des dem den}) and generic words
     * that name the kind of organisation, not which one ({@code Group}, {@code Gruppe}, {@code Grupa},
     * {@code Skupina}, {@code группа}, {@code Holding}, {@code Company}, {@code Konzern}, {@code
     * firma}, {@code společnost}, {@code spółka}, {@code компания}, in any case form) are removed from
     * the start, and generic words and web domain endings ({@code cz}, {@code pl}, {@code com}, ...)
     * from the end of both: {@code der Deutschen Bahn ~ Deutsche Bahn}, {@code Seznamu ~ Seznam.cz},
     * {@code Grupy Azoty ~ Azoty}, {@code společnosti Kofola ~ Kofola}, {@code Volkswagen-Konzerns ~
     * Volkswagen}; or</li>
     * <li>one of them is a social media handle or hashtag (a single word starting with {@code @} or
     * {@code #}) whose key, spaces removed, is the other's key, spaces removed, followed by at most 5
     * letters or digits: {@code @Tidepool_app ~ Tidepool}, {@code @GreenLoopHQ ~ GreenLoop},
     * {@code @Oatful_UK ~ Oatful}.</li>
     * </ol>
     * Short names can still collide ({@code Petr ~ Petra}, {@code Prima ~ Primark}); that is accepted:
     * the rule compares a mention with a known company, it does not look companies up. False for a
     * blank or {@code null} name.
     */
    public static boolean sameCompany(String a, String b) {
        String keyA = key(a);
        String keyB = key(b);
        if (keyA.isEmpty() || keyB.isEmpty()) {
            return false;
        }
        if (keyA.equals(keyB) || keyA.replace(" ", "").equals(keyB.replace(" ", ""))) {
            return true;
        }
        List<String> wordsA = words(keyA);
        List<String> wordsB = words(keyB);
        return Inflection.sameWords(wordsA, wordsB)
                || Inflection.sameWords(Inflection.core(wordsA), Inflection.core(wordsB))
                || isHandle(a) && !isHandle(b) && handleOf(keyA, keyB)
                || isHandle(b) && !isHandle(a) && handleOf(keyB, keyA);
    }

    private static boolean isHandle(String mention) {
        String trimmed = mention.strip();
        return (trimmed.startsWith("@") || trimmed.startsWith("#")) && !WHITESPACE.matcher(trimmed).find();
    }

    /** Whether the handle ({@code @Oatful_UK}) is the name plus a short suffix ({@code uk}, {@code hq}, {@code app}). */
    private static boolean handleOf(String handleKey, String nameKey) {
        String handle = handleKey.replace(" ", "");
        String name = nameKey.replace(" ", "");
        return name.length() >= 3 && handle.startsWith(name) && handle.length() - name.length() <= MAX_HANDLE_SUFFIX;
    }

    private static String stripLegalForms(String name) {
        List<String> words = words(name);
        int leading = LegalForms.leadingLength(words);
        int trailing = LegalForms.trailingLength(words.subList(leading, words.size()));
        if (leading == 0 && trailing == 0) {
            return name;
        }
        return String.join(" ", words.subList(leading, words.size() - trailing));
    }

    private static String stripEnds(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (QUOTES.indexOf(name.charAt(start)) >= 0 || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (QUOTES.indexOf(name.charAt(end - 1)) >= 0 || name.charAt(end - 1) == ' '
                || TRAILING_PUNCTUATION.indexOf(name.charAt(end - 1)) >= 0)) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    private static List<String> words(String text) {
        String collapsed = collapse(text);
        return collapsed.isEmpty() ? List.of() : Arrays.asList(collapsed.split(" "));
    }
}
