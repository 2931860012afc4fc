package dev.switchboard.hub.crm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * How names are folded for comparison and candidate look-up: NFC, Cyrillic in its BGN/PCGN
 * romanization (Иван Петров → ivan petrov, Жуков → zhukov), any other script to Latin, accents
 * removed (Nováková → novakova, Łukasz → lukasz, Strauß → strauss), lower case, punctuation as spaces,
 * and x as ks (Alexey and Aleksey are one romanization apart).
 *
 * <p>Blocking keys let a store find contacts whose name is within one edit of a name token
 * without scanning: a token and every variant of it with one character deleted. Two tokens within
 * Damerau-Levenshtein distance 1 always share one of these keys.
 */
public final class PersonNames {

    /** Tokens shorter than this get no typo variants (Jan, Li): one edit changes them too much. */
    public static final int TYPO_MIN_LENGTH = 4;
    private static final int MAX_KEY_LENGTH = 40;
    private static final Transliterator TO_LATIN = Transliterator.getInstance(
            "Russian-Latin/BGN; Any-Latin; Latin-ASCII");

    private PersonNames() {
    }

    /** The folded form, or {@code null} for null or text without letters or digits. */
    public static String fold(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (!isAscii(text)) {
            synchronized (TO_LATIN) {
                text = TO_LATIN.transliterate(text);
            }
            text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        String folded = text.toLowerCase(Locale.ROOT).replace("x", "ks").replaceAll("[^a-z0-9]+", " ").strip();
        return folded.isEmpty() ? null : folded;
    }

    /** The tokens of the folded form; empty for null. */
    public static List<String> tokens(String value) {
        String folded = fold(value);
        return folded == null ? List.of() : List.of(folded.split(" "));
    }

    /** The keys of one name part: its tokens and their one-deletion variants (the clusterer indexes surnames by them). */
    public static Set<String> blockingKeys(String lastName) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : tokens(lastName)) {
            keys.addAll(variants(token));
        }
        return keys;
    }

    /** The keys of a person, stored for contacts and looked up for people: those of every name token, given or family. */
    public static Set<String> lookupKeys(String firstName, String lastName) {
        Set<String> keys = new LinkedHashSet<>(blockingKeys(lastName));
        keys.addAll(blockingKeys(firstName));
        return keys;
    }

    private static List<String> variants(String token) {
        if (token.length() < 2) {
            return List.of();
        }
        String t = token.length() > MAX_KEY_LENGTH ? token.substring(0, MAX_KEY_LENGTH) : token;
        List<String> variants = new ArrayList<>();
        variants.add(t);
        if (t.length() >= TYPO_MIN_LENGTH) {
            for (int i = 0; i < t.length(); i++) {
                variants.add(t.substring(0, i) + t.substring(i + 1));
            }
        }
        return variants;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
