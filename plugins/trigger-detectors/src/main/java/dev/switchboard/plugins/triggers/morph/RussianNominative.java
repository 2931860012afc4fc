package dev.switchboard.plugins.triggers.morph;

import java.util.List;
import java.util.function.Predicate;

/**
 * The nominative of a Russian name made of adjectives and the noun they agree with, written in an
 * oblique case: {@code «Ягодной поляны» → Ягодная поляна}, {@code в «Фермерском дворе» → Фермерский
 * двор}, {@code Северного ветра → Северный ветер}. The noun and its adjectives must share a singular
 * reading of one gender and case in the dictionary (AOT tags: {@code ADJ:Posit:Fem:R},
 * {@code NN:Inanim:Fem:Sin:R}); the noun becomes its lemma and each adjective takes the regular
 * nominative ending of that gender ({@code -ый/-ий/-ой}, {@code -ая/-яя}, {@code -ое/-ее}). Plural
 * names ({@code «Белых лугах»}), names whose noun comes first ({@code «Дом книги»}) and words the
 * dictionary does not know are left as written.
 */
public final class RussianNominative {

    private static final String[] GENDERS = {"Masc", "Fem", "Neut"};
    private static final String[] OBLIQUE = {"R", "D", "V", "T", "P"};

    private RussianNominative() {
    }

    /** The name in the nominative, or the name as written when the rule does not apply. */
    public static String of(String name, Morphology morphology) {
        if (!morphology.russian() || name.indexOf(' ') < 0) {
            return name;
        }
        String[] words = name.split(" ");
        if (words.length > 4) {
            return name;
        }
        String whole = head(words, words.length, morphology);
        if (whole != null || words.length > 3) {
            return whole != null ? whole : name;
        }
        // a genitive after the head stays as written: «Столярной мастерской Ильина», «Мастерской Кузнецова»
        for (int length = words.length - 1; length >= 1; length--) {
            if (!genitive(morphology.readings(words[length]))
                    || (length == 1 && nominativeNoun(morphology.readings(words[0])))) {
                continue;
            }
            String head = head(words, length, morphology);
            if (head != null) {
                String[] tail = java.util.Arrays.copyOfRange(words, length, words.length);
                return head + " " + String.join(" ", tail);
            }
        }
        return name;
    }

    /** The nominative of the first {@code length} words, adjectives and their noun, or {@code null}. */
    private static String head(String[] words, int length, Morphology morphology) {
        int last = length - 1;
        List<String> noun = morphology.readings(words[last]);
        for (String gender : GENDERS) {
            for (String grammaticalCase : OBLIQUE) {
                String lemma = nounLemma(noun, gender, grammaticalCase);
                if (lemma == null) {
                    continue;
                }
                String[] out = new String[length];
                boolean agrees = true;
                for (int i = 0; i < last && agrees; i++) {
                    String adjective = adjectiveLemma(morphology.readings(words[i]), gender, grammaticalCase);
                    agrees = adjective != null;
                    out[i] = agrees ? sameCase(words[i], nominative(adjective, gender)) : null;
                }
                if (agrees) {
                    out[last] = sameCase(words[last], lemma);
                    return String.join(" ", java.util.Arrays.copyOf(out, length));
                }
            }
        }
        return null;
    }

    /** A word with a genitive reading, or one the dictionary does not know (a foreign or made-up name). */
    private static boolean genitive(List<String> readings) {
        return readings.isEmpty() || readings.stream().anyMatch(r -> r.endsWith(":R"));
    }

    /** A noun that can be a nominative singular as written: "Дом книги" stays. */
    private static boolean nominativeNoun(List<String> readings) {
        return readings.stream().anyMatch(r -> r.contains("|NN:") && r.endsWith(":Sin:Nom"));
    }

    private static String nounLemma(List<String> readings, String gender, String grammaticalCase) {
        String tail = ":" + gender + ":Sin:" + grammaticalCase;
        return lemma(readings, tag -> tag.startsWith("NN:") && !tag.startsWith("NN:Fam") && !tag.startsWith("NN:Name")
                && !tag.startsWith("NN:Patr") && tag.endsWith(tail));
    }

    private static String adjectiveLemma(List<String> readings, String gender, String grammaticalCase) {
        String tail = ":" + gender + ":" + grammaticalCase;
        return lemma(readings, tag -> (tag.startsWith("ADJ:") || tag.startsWith("Ord")) && tag.endsWith(tail));
    }

    /** The lemma of the first {@code lemma|tag} reading whose tag is wanted, or {@code null}. */
    private static String lemma(List<String> readings, Predicate<String> wanted) {
        for (String reading : readings) {
            int bar = reading.indexOf('|');
            if (wanted.test(reading.substring(bar + 1))) {
                return reading.substring(0, bar);
            }
        }
        return null;
    }

    /** The nominative singular of an adjective (its lemma is the masculine one) in the gender. */
    static String nominative(String lemma, String gender) {
        if ("Masc".equals(gender) || lemma.length() < 3) {
            return lemma;
        }
        String stem = lemma.substring(0, lemma.length() - 2);
        String ending = lemma.substring(lemma.length() - 2);
        char before = stem.charAt(stem.length() - 1);
        boolean soft = "ий".equals(ending) && before == 'н'; // синий → синяя, синее
        boolean hushing = "жшчщ".indexOf(before) >= 0;
        if ("Fem".equals(gender)) {
            return stem + (soft ? "яя" : "ая");
        }
        return stem + (soft || ("ий".equals(ending) && hushing) ? "ее" : "ое");
    }

    /** The form with the first letter's case of the word as written. */
    private static String sameCase(String written, String form) {
        if (form.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
            return form;
        }
        return Character.toUpperCase(form.charAt(0)) + form.substring(1);
    }
}
