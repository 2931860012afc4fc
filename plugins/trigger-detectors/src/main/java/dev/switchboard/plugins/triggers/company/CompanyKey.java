package dev.switchboard.plugins.triggers.company;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.plugins.triggers.analysis.Fold;

/**
 * Whether two mentions name the same company, forgiving case, diacritics and inflection endings
 * ("Škoda Auto" / "Škodě Auto", "Polskie Kruszywa" / "Polskich Kruszyw", "Яндекс" / "Яндексе"):
 * the same number of words, each pair equal or sharing a prefix of at least
 * {@code max(3, longer - 3)} letters. Used to report one detection per (type, company).
 */
public final class CompanyKey {

    private CompanyKey() {
    }

    static List<String> words(String name) {
        String folded = Fold.fold(name);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty() && (Character.isWhitespace(c) || c == '-')) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.size() != y.size() || x.isEmpty()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameWord(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if (shorter < 3) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(3, longer - 3);
    }
}
