package dev.switchboard.hub.triggers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.switchboard.hub.crm.PersonNames;

/**
 * How company names are compared when a mention is linked to an account: folded (case, diacritics,
 * Cyrillic romanized, quotes and punctuation dropped), legal form stripped (s.r.o., a.s., Sp. z o.o.,
 * S.A., GmbH, AG, Inc., Ltd., ООО, АО, ...), and tolerant of inflection endings ("Polskich Kruszyw"
 * is "Polskie Kruszywa", "Škodě Auto" is "Škoda Auto", "«Яндексе»" is "Яндекс").
 *
 * <p>The same contract as the SDK's {@code CompanyNames} ({@code key}, {@code sameCompany},
 * {@code displayName}); once that is on main this class delegates to it.
 */
public final class CompanyKeys {

    /** A token shorter than this must match exactly; longer ones may differ in their ending. */
    private static final int STEM_MIN = 3;
    /** The longest inflection ending tolerated on either side (-ich, -ami, -ого). */
    private static final int ENDING_MAX = 3;
    private static final int PREFIX_LENGTH = 4;
    private static final List<List<String>> LEADING_FORMS = forms("ooo", "oao", "zao", "pao", "ao", "tov");
    private static final List<List<String>> TRAILING_FORMS = forms(
            "spol s r o", "spolecnost s rucenim omezenym", "sp z o o", "sp z oo", "spolka z o o", "sp k", "sp j",
            "gmbh co kg", "co kg", "s r o", "v o s", "k s", "a s", "s a", "s e", "sro", "as", "sa", "se",
            "gmbh", "ag", "kg", "ohg", "ug", "mbh", "inc", "ltd", "llc", "llp", "plc", "corp", "corporation",
            "limited", "co", "incorporated", "ooo", "oao", "zao", "pao", "ao", "bv", "nv", "srl", "spa", "ab");

    private CompanyKeys() {
    }

    /** The folded tokens without legal forms; empty when nothing is left. */
    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>(PersonNames.tokens(name));
        boolean stripped = true;
        while (stripped && tokens.size() > 1) {
            stripped = strip(tokens, TRAILING_FORMS, false) || strip(tokens, LEADING_FORMS, true);
        }
        return tokens;
    }

    /** The comparison key: the folded tokens without legal form, joined by spaces; {@code null} when none. */
    public static String key(String name) {
        List<String> tokens = tokens(name);
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }

    /** What candidates are looked up by: the first 4 characters of the key's first token (all of a shorter one). */
    public static String firstTokenPrefix(String key) {
        if (key == null) {
            return null;
        }
        String first = key.split(" ")[0];
        return first.substring(0, Math.min(PREFIX_LENGTH, first.length()));
    }

    /** The prefixes a mention looks up: its own, and its first 3 characters for accounts whose first word has 3. */
    public static List<String> lookupPrefixes(String key) {
        String prefix = firstTokenPrefix(key);
        if (prefix == null) {
            return List.of();
        }
        return prefix.length() > STEM_MIN ? List.of(prefix, prefix.substring(0, STEM_MIN)) : List.of(prefix);
    }

    /** The mention as a person would write the company: trimmed, without surrounding quotes. */
    public static String displayName(String mention) {
        if (mention == null) {
            return null;
        }
        String name = mention.strip().replaceAll("^[\"'«»„“”‚‘’]+|[\"'«»„“”‚‘’]+$", "").strip();
        return name.isEmpty() ? null : name;
    }

    /** Whether two names are one company: the same tokens, each equal or differing only in a short ending. */
    public static boolean sameCompany(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        if (x.isEmpty() || x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameWord(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= STEM_MIN && Character.isLetter(a.charAt(0)) && a.length() - common <= ENDING_MAX
                && b.length() - common <= ENDING_MAX && common >= Math.max(a.length(), b.length()) - ENDING_MAX;
    }

    private static boolean strip(List<String> tokens, List<List<String>> forms, boolean leading) {
        for (List<String> form : forms) {
            if (tokens.size() <= form.size()) {
                continue;
            }
            List<String> part = leading ? tokens.subList(0, form.size())
                    : tokens.subList(tokens.size() - form.size(), tokens.size());
            if (part.equals(form)) {
                part.clear();
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
