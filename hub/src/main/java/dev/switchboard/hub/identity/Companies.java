package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.switchboard.hub.crm.PersonNames;

/**
 * Company names compared without their legal form and punctuation: "ACME, s.r.o.", "Acme spol. s r.o."
 * and "ACME" are one company; so are "ООО «Ромашка»" and "Romashka LLC".
 */
final class Companies {

    /** Legal forms written before the name (Russian: ООО «Ромашка»). */
    private static final List<List<String>> LEADING_FORMS = forms("ooo", "oao", "zao", "pao", "ao", "ip", "tov", "pp", "sia", "uab");
    /** Legal forms as folded token sequences, longest first; stripped at the end of a name. */
    private static final List<List<String>> LEGAL_FORMS = forms(
            "spol s r o", "spolecnost s rucenim omezenym", "sp z o o", "spolka z o o", "sp k", "sp j",
            "gmbh co kg", "gmbh co kgaa", "co kg", "s r o", "v o s", "k s", "a s", "s a", "s e", "sp z oo",
            "sro", "as", "sa", "se", "gmbh", "ag", "kg", "ohg", "ug", "mbh", "ev",
            "inc", "ltd", "llc", "llp", "plc", "corp", "corporation", "limited", "company", "co", "incorporated",
            "e k", "e kfm", "gbr", "kgaa", "ug haftungsbeschrankt", "jsc", "pjsc", "ojsc", "cjsc", "tov", "pp",
            "ooo", "oao", "zao", "pao", "ao", "bv", "nv", "srl", "spa", "oy", "ab", "as", "kft", "doo", "sas",
            "d o o", "d d", "s r l", "sia", "uab", "ou", "ad", "ead", "ood", "eood", "zrt", "nyrt", "bt", "sarl");

    /**
     * Keys already computed: every identity look-up prepares its candidates' companies, and a CRM
     * has far fewer companies than contacts. Bounded: cleared when full.
     */
    private static final Map<String, Optional<String>> KEYS = new ConcurrentHashMap<>();
    private static final int KEYS_CACHE_SIZE = 20_000;
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();

    private Companies() {
    }

    /** The company's folded name without legal forms, or {@code null} when nothing is left. */
    static String key(String company) {
        if (company == null) {
            return null;
        }
        Optional<String> key = KEYS.get(company);
        if (key == null) {
            key = Optional.ofNullable(computeKey(company));
            if (KEYS.size() >= KEYS_CACHE_SIZE) {
                KEYS.clear();
            }
            KEYS.put(company, key);
        }
        return key.orElse(null);
    }

    private static String computeKey(String company) {
        List<String> tokens = computeWords(company);
        return tokens.isEmpty() ? null : String.join("", tokens);
    }

    /**
     * Same key, or keys of 4 or more letters (no digits) within one typo, or the same name in
     * another romanization (Tekhnosfera, Technosfera, Техносфера: {@link PersonNames#skeleton}).
     */
    static boolean compatible(String keyA, String keyB) {
        if (keyA == null || keyB == null) {
            return false;
        }
        return keyA.equals(keyB) || (NameSimilarity.typoTolerant(keyA, keyB) && NameSimilarity.withinOneEdit(keyA, keyB))
                || (Math.min(keyA.length(), keyB.length()) >= 5 && NameSimilarity.sameSound(keyA, keyB));
    }

    /**
     * Whether one company name (as written) is the other's short form: its first words ("Redbrick" of "Redbrick Software plc", "Nordlicht" of
     * "Nordlicht Software GmbH", at least 4 letters), or the initials of the other's first words
     * ("PH Wisła" of "Przedsiębiorstwo Handlowe Wisła S.A.").
     */
    static boolean shortForm(String companyA, String companyB) {
        if (companyA == null || companyB == null) {
            return false;
        }
        List<String> ta = words(companyA);
        List<String> tb = words(companyB);
        return shortForm(ta, tb) || shortForm(tb, ta);
    }

    /** The folded words of the name without its legal forms (cached like {@link #KEYS}). */
    private static List<String> words(String company) {
        List<String> known = WORDS.get(company);
        if (known == null) {
            known = List.copyOf(computeWords(company));
            if (WORDS.size() >= KEYS_CACHE_SIZE) {
                WORDS.clear();
            }
            WORDS.put(company, known);
        }
        return known;
    }

    private static List<String> computeWords(String company) {
        List<String> tokens = new ArrayList<>(PersonNames.tokens(company));
        tokens.removeIf(t -> t.equals("and"));
        boolean stripped = true;
        while (stripped && tokens.size() > 1) {
            stripped = strip(tokens);
        }
        return tokens;
    }

    private static boolean shortForm(List<String> shorter, List<String> longer) {
        if (shorter.isEmpty() || shorter.size() >= longer.size()) {
            return false;
        }
        if (longer.subList(0, shorter.size()).equals(shorter) && shorter.get(0).length() >= 4) {
            return true;
        }
        String initials = shorter.get(0);
        if (initials.length() < 2 || initials.length() >= longer.size() || shorter.size() < 2) {
            return false;
        }
        for (int i = 0; i < initials.length(); i++) {
            if (longer.get(i).charAt(0) != initials.charAt(i)) {
                return false;
            }
        }
        return longer.subList(initials.length(), longer.size()).equals(shorter.subList(1, shorter.size()));
    }

    /** Strips one legal form from the end or the start of the tokens; whether it did. */
    private static boolean strip(List<String> tokens) {
        for (List<String> form : LEGAL_FORMS) {
            if (tokens.size() > form.size() && tokens.subList(tokens.size() - form.size(), tokens.size()).equals(form)) {
                tokens.subList(tokens.size() - form.size(), tokens.size()).clear();
                return true;
            }
        }
        for (List<String> form : LEADING_FORMS) {
            if (tokens.size() > form.size() && tokens.subList(0, form.size()).equals(form)) {
                tokens.subList(0, form.size()).clear();
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> forms(String... forms) {
        return Arrays.stream(forms).map(f -> List.of(f.split(" ")))
                .sorted((x, y) -> Integer.compare(y.size(), x.size())).toList();
    }
}
