package dev.switchboard.hub.triggers.internal;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.sdk.text.CompanyNames;

/**
 * How a company mention is looked up among the accounts: the SDK's {@link CompanyNames} rules
 * (legal forms, case, diacritics, quotes, inflection endings), plus the index keys that find
 * candidates without a scan. An account is indexed by its {@link #key} and the {@link #firstTokenPrefix}
 * of it; a mention looks up its key and the prefixes of its first two words (4 and 3 characters),
 * so that "Škodě Auto" finds "ŠKODA AUTO a.s." (skod) and "der Deutschen Bahn" or "společnosti
 * Kofola" find "Deutsche Bahn" and "Kofola"; every candidate is confirmed with {@link #sameCompany}.
 */
public final class CompanyKeys {

    private static final int PREFIX_LENGTH = 4;
    private static final int SHORT_PREFIX = 3;
    private static final int WORDS_LOOKED_UP = 2;

    private CompanyKeys() {
    }

    /** {@link CompanyNames#key}, or {@code null} when the name folds to nothing. */
    public static String key(String name) {
        String key = CompanyNames.key(name);
        return key.isEmpty() ? null : key;
    }

    /** The first 4 characters of the key's first word (all of a shorter one); {@code null} for a null key. */
    public static String firstTokenPrefix(String key) {
        if (key == null) {
            return null;
        }
        String first = key.split(" ")[0];
        return first.substring(0, Math.min(PREFIX_LENGTH, first.length()));
    }

    /** The prefixes a mention's key looks up: of its first two words, 4 characters and 3 (for accounts whose first word has 3). */
    public static List<String> lookupPrefixes(String key) {
        List<String> prefixes = new ArrayList<>();
        if (key == null) {
            return prefixes;
        }
        String[] words = key.split(" ");
        for (int i = 0; i < Math.min(WORDS_LOOKED_UP, words.length); i++) {
            String word = words[i];
            String prefix = word.substring(0, Math.min(PREFIX_LENGTH, word.length()));
            add(prefixes, prefix);
            if (prefix.length() > SHORT_PREFIX) {
                add(prefixes, prefix.substring(0, SHORT_PREFIX));
            }
        }
        return prefixes;
    }

    /** {@link CompanyNames#displayName}, or {@code null} when nothing is left. */
    public static String displayName(String mention) {
        String name = CompanyNames.displayName(mention);
        return name.isBlank() ? null : name;
    }

    /** {@link CompanyNames#sameCompany}. */
    public static boolean sameCompany(String a, String b) {
        return CompanyNames.sameCompany(a, b);
    }

    private static void add(List<String> prefixes, String prefix) {
        if (!prefixes.contains(prefix)) {
            prefixes.add(prefix);
        }
    }
}
