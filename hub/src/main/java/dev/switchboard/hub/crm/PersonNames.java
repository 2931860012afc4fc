package dev.switchboard.hub.crm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * How names are folded for comparison and candidate look-up: NFC, Cyrillic in its BGN/PCGN
 * romanization (Иван Петров → ivan petrov, Жуков → zhukov), any other script to Latin, accents
 * removed (Nováková → novakova, Łukasz → lukasz, Strauß → strauss), lower case, apostrophes and the
 * romanized soft and hard signs dropped inside a word (Ольга → olga, not "ol ga"; O'Brien → obrien),
 * other punctuation as spaces, and x as ks (Alexey and Aleksey are one romanization apart).
 *
 * <p>A {@link #skeleton} goes further, for names romanized by different conventions: Щербаков is
 * Shcherbakov, Ščerbakov, Szczerbakow or Schtscherbakow depending on who wrote it down.
 *
 * <p>Blocking keys let a store find contacts whose name is within one edit of a name token
 * without scanning: a token and every variant of it with one character deleted. Two tokens within
 * Damerau-Levenshtein distance 1 always share one of these keys.
 */
public final class PersonNames {

    /** Tokens shorter than this get no typo variants (Jan, Li): one edit changes them too much. */
    public static final int TYPO_MIN_LENGTH = 4;
    private static final int MAX_KEY_LENGTH = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Apostrophes and the BGN/PCGN soft and hard signs (ʹ ʺ) between letters: part of the word. */
    private static final Pattern IN_WORD_SIGNS = Pattern.compile("(?<=\\p{L})['’ʼʹʺ`´]+(?=\\p{L})");
    /**
     * Spellings of one sound in the romanizations of Slavic names (English, Czech, Polish, German),
     * longest first, each to one letter: ш щ ч ж х, the iotated vowels (ё as e: Fjodorowa, Fedorova), v/w.
     */
    private static final String[][] SOUNDS = {
            {"schtsch", "s"}, {"shtch", "s"}, {"shch", "s"}, {"szcz", "s"}, {"tsch", "c"}, {"sch", "s"},
            {"sz", "s"}, {"sc", "s"}, {"sh", "s"}, {"cz", "c"}, {"tch", "c"}, {"ch", "c"}, {"zh", "z"}, {"kh", "h"},
            {"ts", "c"}, {"tz", "c"}, {"ph", "f"}, {"w", "v"}, {"y", "i"}, {"j", "i"}, {"io", "e"}};
    /** A transliterator per thread: one is not safe for concurrent use, and a shared one made them queue. */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance(
            "Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    /**
     * Folded forms of short values (names, companies, cities) already computed: they repeat, and
     * folding one costs tens of microseconds. Longer text (a document) is folded each time.
     */
    private static final Map<String, Optional<String>> FOLDED = new ConcurrentHashMap<>();
    /** Skeletons already computed: batch dedupe compares the same name tokens again and again. Bounded like {@link #FOLDED}. */
    private static final Map<String, String> SKELETONS = new ConcurrentHashMap<>();
    /** Entries {@link #FOLDED} holds at most; when full it starts over, a bound without bookkeeping. */
    private static final int FOLDED_CACHE_SIZE = 50_000;
    /** Values longer than this are not cached. */
    private static final int FOLDED_CACHE_MAX_LENGTH = 120;

    private PersonNames() {
    }

    /** The folded form, or {@code null} for null or text without letters or digits. */
    public static String fold(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > FOLDED_CACHE_MAX_LENGTH) {
            return computeFold(value);
        }
        Optional<String> folded = FOLDED.get(value);
        if (folded == null) {
            folded = Optional.ofNullable(computeFold(value));
            if (FOLDED.size() >= FOLDED_CACHE_SIZE) {
                FOLDED.clear();
            }
            FOLDED.put(value, folded);
        }
        return folded.orElse(null);
    }

    private static String computeFold(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (!isAscii(text)) {
            text = TO_LATIN.get().transliterate(text);
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        }
        text = text.toLowerCase(Locale.ROOT).replace("x", "ks");
        text = IN_WORD_SIGNS.matcher(text).replaceAll(""); // after romanization: Ольга → olʹga → olga
        String folded = NOT_ALNUM.matcher(text).replaceAll(" ").strip();
        return folded.isEmpty() ? null : folded;
    }

    /**
     * A folded token reduced to how it sounds across romanizations: {@link #SOUNDS} to one letter
     * each, a word-initial i before e dropped (Yershov, Jeršov, Ershov), doubled letters single
     * (Yuriy, Jurij, Yuri, Juri → iuri). Shevchenko, Ševčenko, Szewczenko and Schewtschenko are one
     * skeleton. Not a key on its own: two skeletons compare only where the names also agree otherwise.
     */
    public static String skeleton(String token) {
        String known = SKELETONS.get(token);
        if (known == null) {
            known = computeSkeleton(token);
            if (SKELETONS.size() >= FOLDED_CACHE_SIZE) {
                SKELETONS.clear();
            }
            SKELETONS.put(token, known);
        }
        return known;
    }

    private static String computeSkeleton(String token) {
        String s = token;
        for (String[] sound : SOUNDS) {
            if (s.contains(sound[0])) {
                s = s.replace(sound[0], sound[1]);
            }
        }
        if (s.startsWith("ie")) {
            s = s.substring(1);
        }
        StringBuilder single = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                single.append(s.charAt(i));
            }
        }
        return single.toString();
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
        String skeleton = skeleton(t);
        if (skeleton.length() >= 2 && !skeleton.equals(t)) {
            variants.add(skeleton); // meets the same skeleton, or a name already written that way (Ševčenko)
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
