package dev.switchboard.plugins.triggers.morph;

import java.util.List;
import java.util.Map;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What the dictionary of a document's language says about a word: its kinds of reading (the
 * {@code int} flags below, OR-ed over all its readings) and a lemma. One per document run: it holds a
 * morfologik {@link DictionaryLookup} (not thread-safe), made on its first look-up. What it reads is
 * kept in its language's cache, shared by all runs ({@value #CACHE_LIMIT} words at most), so a word
 * is read from the automaton once per plugin start.
 *
 * <p>A word is looked up as written (proper names: {@code Rzeszowa}, {@code Halle}, {@code Standort}
 * in German) and, when capitalized, in lower case too (the common word a sentence start capitalizes:
 * {@code Środki}, {@code Regular}, {@code Umso}); Russian only in lower case. In German an unknown
 * word whose end is a known noun ({@code Mittel|stand}, {@code Finanz|vorstand}) is a compound
 * ({@link #compound}): probably a common noun, but company names are built the same way
 * ({@code Code|werk}), so it counts as weak evidence only.
 */
public final class Morphology {

    /** A common-noun reading. */
    public static final int NOUN = 1;
    /** An adjective or participle reading. */
    public static final int ADJECTIVE = 2;
    /** A verb reading. */
    public static final int VERB = 4;
    /** An adverb, pronoun, numeral, preposition, conjunction or particle reading. */
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

    static final int CACHE_LIMIT = 200_000;
    private static final int COMMON = NOUN | ADJECTIVE | VERB | OTHER;
    private static final int MIN_COMPOUND_HEAD = 3;
    private static final int MIN_COMPOUND_MODIFIER = 3;

    /** No dictionary: every word unknown. */
    public static final Morphology NONE = new Morphology(null, null, null, null);

    /** What the dictionary says of one word; {@code compound} is 0 until asked, then 1 (no) or 2 (yes). */
    record Word(int flags, String lemma, byte compound) {
    }

    private static final Word UNKNOWN = new Word(0, null, (byte) 0);

    private final Tagset tagset;
    private final Dictionary dictionary;
    private final Map<String, Word> cache;
    private final Map<String, Boolean> compounds;
    private DictionaryLookup lookup;

    Morphology(Tagset tagset, Dictionary dictionary, Map<String, Word> cache, Map<String, Boolean> compounds) {
        this.tagset = tagset;
        this.dictionary = dictionary;
        this.cache = cache;
        this.compounds = compounds;
    }

    /** Whether a dictionary stands behind this reader. */
    public boolean known() {
        return dictionary != null;
    }

    /** The flags of all readings of the word as written; 0 when unknown. */
    public int flags(String word) {
        return word(word).flags();
    }

    /** The lemma of its proper-name reading, else of its first reading; {@code null} when unknown. */
    public String lemma(String word) {
        return word(word).lemma();
    }

    /**
     * Every reading of the word in lower case as {@code lemma|tag} strings (not cached: for the few
     * words of a chosen name); empty when unknown.
     */
    public List<String> readings(String word) {
        if (dictionary == null || word == null || word.isEmpty() || !lettersOnly(word)) {
            return List.of();
        }
        List<String> found = new java.util.ArrayList<>();
        for (WordData data : lookup(tagset.lower(word))) {
            found.add(data.getStem() + "|" + data.getTag());
        }
        return found;
    }

    /** Whether this is the Russian dictionary. */
    public boolean russian() {
        return tagset == Tagset.RUSSIAN;
    }

    /** Known only as a common word: some common reading, no proper one. */
    public static boolean common(int flags) {
        return (flags & COMMON) != 0 && (flags & PROPER) == 0;
    }

    /**
     * German: an unknown capitalized word whose end is a known noun ({@code Mittel|stand}); false in
     * other languages and for known words.
     */
    public boolean compound(String word) {
        if (tagset != Tagset.GERMAN || word == null || word.length() < MIN_COMPOUND_MODIFIER + MIN_COMPOUND_HEAD
                || !Character.isUpperCase(word.charAt(0)) || flags(word) != 0 || !lettersOnly(word)) {
            return false;
        }
        Boolean known = compounds.get(word);
        if (known == null) {
            known = readCompound(word);
            if (compounds.size() < CACHE_LIMIT) {
                compounds.put(word, known);
            }
        }
        return known;
    }

    private Word word(String word) {
        if (dictionary == null || word == null || word.isEmpty() || !lettersOnly(word)) {
            return UNKNOWN;
        }
        Word found = cache.get(word);
        if (found == null) {
            found = read(word);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(word, found);
            }
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
                CharSequence stem = data.getStem();
                boolean capitalized = stem.length() > 0 && Character.isUpperCase(stem.charAt(0));
                int one = tagset.flags(capitalized, data.getTag());
                flags |= one;
                if (lemma == null) {
                    lemma = stem.toString();
                }
                if ((one & PROPER) != 0 && properLemma == null) {
                    properLemma = stem.toString();
                }
            }
        }
        if (!tagset.caseSensitive() || !lower.equals(word)) {
            for (WordData data : lookup(lower)) {
                flags |= tagset.flags(false, data.getTag());
                if (lemma == null) {
                    lemma = data.getStem().toString();
                }
            }
        }
        return flags == 0 && lemma == null ? UNKNOWN : new Word(flags, properLemma != null ? properLemma : lemma, (byte) 0);
    }

    private boolean readCompound(String word) {
        for (int split = MIN_COMPOUND_MODIFIER; split <= word.length() - MIN_COMPOUND_HEAD; split++) {
            String head = Character.toUpperCase(word.charAt(split)) + word.substring(split + 1);
            for (WordData data : lookup(head)) {
                if ((tagset.flags(false, data.getTag()) & NOUN) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<WordData> lookup(String word) {
        if (lookup == null) {
            lookup = new DictionaryLookup(dictionary);
        }
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
