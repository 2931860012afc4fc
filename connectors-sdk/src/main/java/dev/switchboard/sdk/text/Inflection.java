package dev.switchboard.sdk.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two folded words ({@link CompanyNames#key}) are forms of one word, and which words of a
 * company name do not identify the company.
 *
 * <p>The rule: the words are equal, or both have at least 3 letters and differ only in endings after
 * a common prefix (the stem): either the stem has at least 3 letters, at most 1 letter of the
 * shorter word and at most 2 of the longer follow it, or 3 when those 3 are a known case ending
 * ({@code -owi}, {@code -ami}, {@code -ego}, {@code -ому}, ...); or, after a stem of at least 2
 * letters, one word ends in {@code -ka -ha -ga -ta -na -ny -ky} and the other in the ending a
 * consonant alternation or the genitive plural's inserted vowel makes of it ({@code banka ~ bance},
 * {@code Polska ~ Polsce}, {@code Praha ~ Praze}, {@code Huta ~ Hucie}, {@code železárny ~
 * železáren}, {@code ромашка ~ ромашек}).
 *
 * <p>So {@code polskich ~ polskie}, {@code kruszyw ~ kruszywa}, {@code skoda ~ skode},
 * {@code газпрома ~ газпром}, {@code ромашки ~ ромашка}, {@code orlen ~ orlenowi}, {@code boschs ~
 * bosch} match, and {@code ika ~ ikea}, {@code tesla ~ tesco}, {@code kofola ~ kofax}, {@code orlen
 * ~ orlenpak} do not. A name that is another plus one or two letters still matches it
 * ({@code prima ~ primark}, {@code petr ~ petra}), and so does a name whose vowel before the last
 * consonant another name drops ({@code kvitek ~ kvitko}, {@code orel ~ orla}): endings cannot be told
 * from such names without a dictionary.
 */
final class Inflection {

    /** Case endings of three letters (folded), Czech, Polish and Russian. */
    private static final Set<String> LONG_ENDINGS = Set.of(
            "owi", "ovi", "ami", "emi", "imi", "ymi", "ach", "ech", "ich", "ych", "ego", "emu", "eho",
            "iej", "iem", "cie", "zie",
            "ами", "ями", "ому", "ему", "ого", "его", "ыми", "ими");

    /**
     * Two-letter endings that change the end of the stem, and the endings they become: Czech and
     * Polish consonants softening before the locative/dative {@code -e} ({@code banka → bance},
     * {@code Praha → Praze}, {@code Praga → Pradze}, {@code Huta → Hucie}), and the vowel that the
     * genitive plural inserts ({@code Železárny → Železáren}, {@code Mlékárna → Mlékáren},
     * {@code Žabka → Žabek}, {@code Ромашка → Ромашек}).
     */
    private static final Map<String, Set<String>> ALTERNATIONS = Map.of(
            "ka", Set.of("ce", "ek"), "ha", Set.of("ze"), "ga", Set.of("ze", "dze"), "ta", Set.of("cie"),
            "na", Set.of("en"), "ny", Set.of("en"), "ky", Set.of("ek"),
            "ка", Set.of("ек"), "ки", Set.of("ек"));

    /**
     * Adjective endings of Russian, two letters and more, all cases and genders (folded: {@code ё → е}):
     * two forms of one adjective differ in these alone ({@code книжная ~ книжной}, {@code северный ~
     * северного}).
     */
    private static final Set<String> RUSSIAN_ADJECTIVE_ENDINGS = Set.of(
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
            "ом", "ем", "ую", "юю", "ей", "ых", "их", "ыми", "ими");

    /** Vowels that come and go before a word's last consonant ({@code Kvítek ~ Kvítku}, {@code Колосок ~ Колоска}). */
    private static final Set<String> MOBILE_VOWELS = Set.of("e", "ie", "е", "о", "ё");

    /**
     * Web domain endings of names such as {@code Alza.cz}, {@code Booking.com} or {@code Parkuj.to}: {@code Alza.cz ~
     * Alzy}: the country endings of the five languages' countries and generic endings that are no word a name ends in
     * (not "shop", "tv" or "online": "Kawa Shop" is no "Kawa").
     */
    private static final Set<String> DOMAINS = Set.of(
            "cz", "sk", "pl", "de", "at", "ch", "ru", "uk", "com", "net", "org", "eu", "io", "ai", "app", "co", "to",
            "рф");

    /** Words that name the kind of organisation, not the organisation ({@code Grupa Azoty ~ Azoty}). */
    private static final List<String> GENERIC = List.of(
            "group", "groupe", "gruppe", "grupa", "grupo", "skupina", "группа", "holding", "holdings",
            "company", "companies", "firma", "фирма", "spolecnost", "spolka", "unternehmen", "konzern",
            "koncern", "концерн", "компания", "компаний");

    /** Articles that may precede a name in running text ({@code der Deutschen Bahn}). */
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "das", "des", "dem", "den");

    private Inflection() {
    }

    /** The same number of words, each pair {@link #sameWord the same word}. */
    static boolean sameWords(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean alternates(String hard, String soft) {
        return ALTERNATIONS.getOrDefault(hard, Set.of()).contains(soft);
    }

    static boolean sameWord(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() < 3) {
            return false;
        }
        int stem = commonPrefix(shorter, longer);
        int restShort = shorter.length() - stem;
        int restLong = longer.length() - stem;
        if (restShort <= 1) {
            return stem >= 3 && (restLong <= 2 || restLong == 3 && LONG_ENDINGS.contains(longer.substring(stem)));
        }
        // an alternation changes the end of the stem, so the common stem may have 2 letters (Huta ~ Hucie)
        String restX = x.substring(stem);
        String restY = y.substring(stem);
        return stem >= 2 && (alternates(restX, restY) || alternates(restY, restX)
                || mobileVowel(restX, restY) || mobileVowel(restY, restX))
                || stem >= 3 && RUSSIAN_ADJECTIVE_ENDINGS.contains(restX) && RUSSIAN_ADJECTIVE_ENDINGS.contains(restY);
    }

    /**
     * A vowel before the last consonant that the other forms drop: {@code withVowel} is that vowel and
     * consonant, {@code without} the consonant and an ending of one to three letters ({@code Kvítek ~
     * Kvítku}, {@code Wędrowiec ~ Wędrowca}, {@code Orel ~ Orla}, {@code Колосок ~ Колоска}); or the
     * genitive plural, which inserts it ({@code Stavby ~ Staveb}, {@code окна ~ окон}).
     */
    private static boolean mobileVowel(String withVowel, String without) {
        if (withVowel.length() < 2 || without.length() < 2 || without.length() > 4) {
            return false;
        }
        char consonant = withVowel.charAt(withVowel.length() - 1);
        String vowel = withVowel.substring(0, withVowel.length() - 1);
        return MOBILE_VOWELS.contains(vowel) && without.charAt(0) == consonant && !isVowel(consonant)
                && isVowel(without.charAt(1));
    }

    private static boolean isVowel(char c) {
        return "aeiouyаеёиоуыэюя".indexOf(c) >= 0;
    }

    /**
     * The words that identify the company: leading articles and generic words, and trailing generic
     * words and domain endings, removed; never all of them.
     */
    static List<String> core(List<String> words) {
        int from = 0;
        int to = words.size();
        while (from < to - 1 && (ARTICLES.contains(words.get(from)) || isGeneric(words.get(from)))) {
            from++;
        }
        while (to - 1 > from && (isGeneric(words.get(to - 1)) || DOMAINS.contains(words.get(to - 1)))) {
            to--;
        }
        return words.subList(from, to);
    }

    private static boolean isGeneric(String word) {
        return GENERIC.stream().anyMatch(generic -> sameWord(generic, word));
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
