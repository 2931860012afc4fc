package dev.switchboard.hub.identity;

import java.util.List;

import dev.switchboard.hub.crm.PersonNames;

/**
 * How two name parts (given names, or surnames) relate, token by token: equal, within one typo
 * (Damerau-Levenshtein distance 1, on tokens of {@value PersonNames#TYPO_MIN_LENGTH} or more
 * characters and no digits; or the same name in another romanization, {@link #sameSound}; or one
 * given name by {@link GivenNames}: counted as a typo), an initial, unknown (one side has none), or in conflict. A masculine/feminine pair
 * (Petr/Petra, Novotný/Novotná, Kowalski/Kowalska, Petrov/Petrova) is a conflict, not a typo.
 */
final class NameSimilarity {

    /** The relation of two name parts, weakest evidence first after {@code CONFLICT}. */
    enum Part { CONFLICT, UNKNOWN, INITIAL, TYPO, SAME;

        boolean compatible() {
            return this == INITIAL || this == TYPO || this == SAME;
        }
    }

    private NameSimilarity() {
    }

    static Part compare(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Part.UNKNOWN;
        }
        if (a.equals(b) || String.join("", a).equals(String.join("", b))) {
            return Part.SAME;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        Part worst = Part.SAME;
        for (String token : shorter) {
            Part best = Part.CONFLICT;
            for (String other : longer) {
                Part p = token(token, other);
                best = p.ordinal() > best.ordinal() ? p : best;
            }
            worst = best.ordinal() < worst.ordinal() ? best : worst;
        }
        return worst;
    }

    /**
     * {@link #compare} for given names, where a final e also makes a feminine name of a masculine
     * one (Christian and Christiane, Louis and Louise, Jan and Jane) unless the table says they are
     * one name (Ann and Anne). Not for surnames: Clark and Clarke are one family name.
     */
    static Part compareGiven(List<String> a, List<String> b) {
        Part part = compare(a, b);
        if (part.compatible()) {
            for (String x : a) {
                for (String y : b) {
                    if (Math.min(x.length(), y.length()) >= 3 && (x.equals(y + "e") || y.equals(x + "e"))
                            && !GivenNames.same(x, y)) {
                        return Part.CONFLICT;
                    }
                }
            }
        }
        return part;
    }

    static Part token(String a, String b) {
        if (a.equals(b)) {
            return Part.SAME;
        }
        if ((a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b))) {
            return Part.INITIAL;
        }
        if (GivenNames.distinct(a, b)) {
            return Part.CONFLICT;
        }
        if (typoTolerant(a, b) && !genderPair(a, b) && withinOneEdit(a, b)) {
            return Part.TYPO;
        }
        if (sameSound(a, b) || GivenNames.same(a, b) || shortForm(a, b) || feminineForms(a, b)) {
            return Part.TYPO;
        }
        return Part.CONFLICT;
    }

    /**
     * A name cut short: Max of Maximilian, Fran of Francis, Alex of Alexander (three letters or more,
     * at least two cut off), but not when what is cut off is a feminine ending: Daniel is not
     * Danielle, Paul not Pauline, Jan not Janina; nor when it turns a name that does not end in -a
     * into one that does, the feminine ending of most of the hub's languages: Franz is not
     * Franziska (the table knows the short forms of both, such as Alex of Alexander and Alexandra).
     */
    static boolean shortForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && longer.length() - shorter.length() >= 2 && longer.startsWith(shorter)
                && !hasDigit(longer) && !FEMININE_ENDINGS.contains(longer.substring(shorter.length()))
                && !(longer.endsWith("a") && !shorter.endsWith("a"));
    }

    /** What a feminine given name adds to a masculine one (Danielle, Pauline, Janina, Henriette, Jarka). */
    private static final java.util.Set<String> FEMININE_ENDINGS = java.util.Set.of("le", "lle", "ne", "tte", "ette",
            "ina", "ine", "na", "ka", "ia", "ie", "ova", "ea");

    /**
     * Two feminine forms of one surname: Russian Sokolova and its Czech form Sokolovová, Kuznetsova
     * and Kuzněcovová (the Czech ending -ová added to a name that already has one).
     */
    static boolean feminineForms(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5 && (shorter.endsWith("ova") || shorter.endsWith("eva") || shorter.endsWith("ina"))
                && longer.equals(shorter.substring(0, shorter.length() - 1) + "ova");
    }

    /** Whether two surnames (any token of each) are the masculine and feminine form of one name. */
    static boolean genderForms(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (genderPair(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One name romanized by two conventions: the same {@link PersonNames#skeleton sound skeleton}, or
     * skeletons of 5 or more letters within one typo but for an added ending (Solovieva, Solovyova,
     * Solovjova); never a masculine/feminine pair (Jevgenij, Jevgenija; Daniel, Danielle).
     */
    static boolean sameSound(String a, String b) {
        if (Math.min(a.length(), b.length()) < 3 || hasDigit(a) || hasDigit(b) || genderPair(a, b)) {
            return false;
        }
        String sa = PersonNames.skeleton(a);
        String sb = PersonNames.skeleton(b);
        if (genderPair(sa, sb)) {
            return false;
        }
        // an added ending is no spelling variant but another form: Daniel and Daniele(lle), Ivan and Ivana;
        // but a Latvian masculine -s is the same name (Sergejs, Ivanovs: Sergei, Ivanov)
        return sa.equals(sb) || latvianS(sa, sb) || latvianS(sb, sa)
                || (Math.min(sa.length(), sb.length()) >= 5 && !sa.startsWith(sb) && !sb.startsWith(sa)
                && withinOneEdit(sa, sb));
    }

    /** Whether {@code longer} is {@code shorter} with the Latvian masculine ending -s (skeletons, 4 letters or more). */
    private static boolean latvianS(String shorter, String longer) {
        return shorter.length() >= 4 && longer.length() == shorter.length() + 1 && longer.endsWith("s")
                && !shorter.endsWith("s") && longer.startsWith(shorter);
    }

    /** Typos are tolerated in words of {@value PersonNames#TYPO_MIN_LENGTH} or more letters; never in numbers (Plant 12, Plant 13). */
    static boolean typoTolerant(String a, String b) {
        return Math.min(a.length(), b.length()) >= PersonNames.TYPO_MIN_LENGTH && !hasDigit(a) && !hasDigit(b);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two differ only by a feminine ending: +a (Petr/Petra, Ivanov/Ivanova), Czech and
     * Slovak +ova (Novák/Nováková, Kováč/Kováčová), or a final y/a, i/a (Černý/Černá, Kowalski/Kowalska),
     * j/a (Andrej/Andrea) or o/a (Mario/Maria, Paolo/Paola).
     */
    static boolean genderPair(String a, String b) {
        if (a.equals(b + "a") || b.equals(a + "a")) {
            return true;
        }
        if (a.length() >= 3 && b.length() >= 3 && (a.equals(b + "ova") || b.equals(a + "ova"))) {
            return true;
        }
        if (a.length() < 2 || a.length() != b.length() || !a.regionMatches(0, b, 0, a.length() - 1)) {
            return false;
        }
        String ends = "" + a.charAt(a.length() - 1) + b.charAt(b.length() - 1);
        return ends.equals("ya") || ends.equals("ay") || ends.equals("ia") || ends.equals("ai")
                || ends.equals("ja") || ends.equals("aj") || ends.equals("oa") || ends.equals("ao");
    }

    /**
     * Whether the Damerau-Levenshtein distance (optimal string alignment) is at most 1: one
     * character substituted, inserted, deleted, or two neighbours swapped. Linear, no allocation:
     * batch dedupe asks it for millions of pairs.
     */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1)
                    || (i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2));
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment), or {@code max + 1} as soon as it is
     * known to exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }
}
