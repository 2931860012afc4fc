package dev.switchboard.plugins.triggers.morph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What the dictionary of a document's language says about a word: its kinds of reading (the
 * {@code int} flags below, OR-ed over all its readings) and a lemma. One per document run: it holds a
 * morfologik {@link DictionaryLookup} (not thread-safe) and a cache of the words looked up.
 *
 * <p>A word is looked up as written (proper names: {@code Rzeszowa}, {@code Halle}, {@code Standort}
 * in German) and, when capitalized, in lower case too (the common word a sentence start capitalizes:
 * {@code Środki}, {@code Regular}, {@code Umso}); Russian only in lower case. In German an unknown
 * word whose end is a known noun ({@code Mittel|stand}, {@code Finanz|vorstand}) is a
 * {@link #COMPOUND}: probably a common noun, but company names are built the same way
 * ({@code Code|werk}), so it counts as weak evidence only.
 */
public final class Morphology {

    /** A common-noun reading. */
    public static final int NOUN = 1;
    /** An adjective or participle reading. */
    public static final int ADJECTIVE = 2;
    /** A verb reading. */
    public static final int VERB = 4;
    /** An adverb, pronoun, numeral, preposition, conjunction, particle or interjection reading. */
    public static final int OTHER = 8;
    /** A proper-name reading (any kind). */
    public static final int PROPER = 16;
    /** A person's name: given name, surname, patronymic, or a masculine-personal Polish proper noun. */
    public static final int PERSON = 32;
    public static final int GIVEN_NAME = 64;
    public static final int SURNAME = 128;
    /** A place: a German city, region, country, mountain or water. */
    public static final int PLACE = 256;
    /** A common noun naming people ({@code klienci}, {@code синоптики}). */
    public static final int PERSON_NOUN = 512;
    /** German: unknown, but its end is a known noun. */
    public static final int COMPOUND = 1024;

    private static final int COMMON = NOUN | ADJECTIVE | VERB | OTHER;
    private static final int MIN_COMPOUND_HEAD = 3;
    private static final int MIN_COMPOUND_MODIFIER = 3;

    /** No dictionary: every word unknown. */
    public static final Morphology NONE = new Morphology(null, null);

    private record Word(int flags, String lemma) {
    }

    private final Tagset tagset;
    private final DictionaryLookup lookup;
    private final Map<String, Word> cache;

    Morphology(Tagset tagset, Dictionary dictionary) {
        this.tagset = tagset;
        this.lookup = dictionary == null ? null : new DictionaryLookup(dictionary);
        this.cache = dictionary == null ? Map.of() : new HashMap<>();
    }

    /** Whether a dictionary stands behind this reader. */
    public boolean known() {
        return lookup != null;
    }

    /** The flags of all readings of the word as written; 0 when unknown. */
    public int flags(String word) {
        return word(word).flags();
    }

    /** The lemma of its proper-name reading, else of its first reading; {@code null} when unknown. */
    public String lemma(String word) {
        return word(word).lemma();
    }

    /** Known only as a common word: some common reading, no proper one. */
    public static boolean common(int flags) {
        return (flags & COMMON) != 0 && (flags & PROPER) == 0;
    }

    private static final Word UNKNOWN = new Word(0, null);

    private Word word(String word) {
        if (lookup == null || word == null || word.isEmpty() || !lettersOnly(word)) {
            return UNKNOWN;
        }
        Word found = cache.get(word);
        if (found == null) {
            found = read(word);
            cache.put(word, found);
        }
        return found;
    }

    private Word read(String word) {
        int flags = 0;
        String lemma = null;
        String properLemma = null;
        String lower = tagset.lower(word);
        if (tagset.caseSensitive()) {
            for (WordData data : lookup(word)) {
                int one = tagset.flags(data.getStem().toString(), String.valueOf(data.getTag()));
                flags |= one;
                lemma = lemma == null ? data.getStem().toString() : lemma;
                if ((one & PROPER) != 0 && properLemma == null) {
                    properLemma = data.getStem().toString();
                }
            }
        }
        if (!tagset.caseSensitive() || !lower.equals(word)) {
            for (WordData data : lookup(lower)) {
                flags |= tagset.flags(data.getStem().toString(), String.valueOf(data.getTag()));
                lemma = lemma == null ? data.getStem().toString() : lemma;
            }
        }
        if (flags == 0 && tagset == Tagset.GERMAN && Character.isUpperCase(word.charAt(0))) {
            flags = compound(word);
        }
        return flags == 0 && lemma == null ? UNKNOWN : new Word(flags, properLemma != null ? properLemma : lemma);
    }

    /** German: the longest known noun the word ends with, after a modifier of some letters. */
    private int compound(String word) {
        for (int split = MIN_COMPOUND_MODIFIER; split <= word.length() - MIN_COMPOUND_HEAD; split++) {
            String head = Character.toUpperCase(word.charAt(split)) + word.substring(split + 1);
            for (WordData data : lookup(head)) {
                if ((tagset.flags(data.getStem().toString(), String.valueOf(data.getTag())) & NOUN) != 0) {
                    return COMPOUND;
                }
            }
        }
        return 0;
    }

    private List<WordData> lookup(String word) {
        return lookup.lookup(word); // the returned WordData are reused by the next lookup: read them at once
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
