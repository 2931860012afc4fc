package dev.switchboard.plugins.triggers.morph;

import java.util.Locale;

/**
 * How one dictionary writes its tags and its proper names, read into {@link Morphology} flags.
 * <ul>
 * <li>Polish (PoliMorf, NKJP tags, {@code subst:sg:gen:m3}, several joined by {@code +}): proper names
 * have a capitalized lemma ({@code Rzeszowa → Rzeszów}); a masculine-personal ({@code m1}) proper
 * noun is a person; a common noun in {@code m1} names people ({@code klienci}, {@code producent}).</li>
 * <li>Russian (AOT, all lower case, {@code NN:Inanim:Fem:Sin:Nom}): {@code NN:Name} given names,
 * {@code NN:Fam} surnames, {@code NN:Patr} patronymics; {@code NN:Anim} nouns name people or animals;
 * other proper names (cities, brands) are plain inanimate nouns.</li>
 * <li>German (Morphy, {@code SUB:NOM:SIN:MAS}, {@code EIG:DAT:SIN:NEU:ART:STD}): {@code EIG} proper
 * names with their kind: {@code VOR} given name, {@code NAC} surname, {@code PER} person, {@code STD
 * GEB COU GEO MOU WAT} places.</li>
 * <li>English (Penn tags): {@code NNP NNPS} proper names, without their kind.</li>
 * </ul>
 */
enum Tagset {
    POLISH, RUSSIAN, GERMAN, ENGLISH;

    static Tagset of(String language) {
        return switch (language) {
            case "pl" -> POLISH;
            case "ru" -> RUSSIAN;
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            default -> throw new IllegalArgumentException("no tagset for " + language);
        };
    }

    /** Whether the dictionary keeps proper names capitalized (Russian is all lower case). */
    boolean caseSensitive() {
        return this != RUSSIAN;
    }

    /**
     * The flags of one dictionary entry: its tag (several joined by {@code +} in Polish) and whether
     * its lemma is capitalized. Reads the tag in place, without copying it.
     */
    int flags(boolean capitalizedLemma, CharSequence tag) {
        int flags = 0;
        int from = 0;
        int length = tag.length();
        while (from < length) {
            int to = from;
            while (to < length && tag.charAt(to) != '+') {
                to++;
            }
            flags |= switch (this) {
                case POLISH -> polish(capitalizedLemma, tag, from, to);
                case RUSSIAN -> russian(tag, from, to);
                case GERMAN -> german(tag, from, to);
                case ENGLISH -> english(tag, from, to);
            };
            from = to + 1;
        }
        return flags;
    }

    private static boolean startsWith(CharSequence tag, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (tag.charAt(from + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(CharSequence tag, int from, int to, String part) {
        for (int at = from; at + part.length() <= to; at++) {
            if (startsWith(tag, at, to, part)) {
                return true;
            }
        }
        return false;
    }

    private static String pos(CharSequence tag, int from, int to) {
        int colon = from;
        while (colon < to && tag.charAt(colon) != ':') {
            colon++;
        }
        return tag.subSequence(from, colon).toString();
    }

    private static int polish(boolean proper, CharSequence tag, int from, int to) {
        boolean personal = contains(tag, from, to, ":m1");
        if (proper) {
            return Morphology.PROPER | (personal ? Morphology.PERSON : 0);
        }
        // the plural nominative of a masculine-personal noun names people ("klienci", "pracownicy")
        boolean people = personal && startsWith(tag, from, to, "subst:pl:nom");
        return switch (pos(tag, from, to)) {
            case "subst", "depr" -> people ? Morphology.NOUN | Morphology.PERSON_NOUN : Morphology.NOUN;
            case "adj", "adja", "adjp", "adjc" -> Morphology.ADJECTIVE;
            case "fin", "bedzie", "aglt", "praet", "impt", "imps", "inf", "pcon", "pant", "ger", "pact", "ppas",
                 "winien", "pred", "verb" -> Morphology.VERB;
            case "interj", "brev", "burk", "xxx", "ign" -> 0; // an interjection may well be a name ("Crumbs")
            default -> Morphology.OTHER;
        };
    }

    private static int russian(CharSequence tag, int from, int to) {
        if (startsWith(tag, from, to, "NN:Name")) {
            return Morphology.PROPER | Morphology.PERSON | Morphology.GIVEN_NAME;
        }
        if (startsWith(tag, from, to, "NN:Fam")) {
            return Morphology.PROPER | Morphology.PERSON | Morphology.SURNAME;
        }
        if (startsWith(tag, from, to, "NN:Patr")) {
            return Morphology.PROPER | Morphology.PERSON;
        }
        if (startsWith(tag, from, to, "NN:Anim:") || (to - from == 7 && startsWith(tag, from, to, "NN:Anim"))) {
            return Morphology.NOUN | Morphology.PERSON_NOUN;
        }
        if (startsWith(tag, from, to, "NN")) {
            return Morphology.NOUN;
        }
        if (startsWith(tag, from, to, "ADJ") || startsWith(tag, from, to, "Ord")) {
            return Morphology.ADJECTIVE;
        }
        if (startsWith(tag, from, to, "VB") || startsWith(tag, from, to, "PT") || startsWith(tag, from, to, "DPT")) {
            return Morphology.VERB;
        }
        return startsWith(tag, from, to, "ABR") || startsWith(tag, from, to, "INTERJECTION") ? 0 : Morphology.OTHER;
    }

    private static int german(CharSequence tag, int from, int to) {
        if (startsWith(tag, from, to, "SUB")) {
            return Morphology.NOUN;
        }
        if (startsWith(tag, from, to, "EIG")) {
            return Morphology.PROPER | germanProper(tag, from, to);
        }
        if (startsWith(tag, from, to, "ADJ") || startsWith(tag, from, to, "PA1") || startsWith(tag, from, to, "PA2")) {
            return Morphology.ADJECTIVE;
        }
        if (startsWith(tag, from, to, "VER")) {
            return Morphology.VERB;
        }
        return startsWith(tag, from, to, "ABK") || startsWith(tag, from, to, "INJ") ? 0 : Morphology.OTHER;
    }

    private static int germanProper(CharSequence tag, int from, int to) {
        int flags = 0;
        if (contains(tag, from, to, ":VOR")) {
            flags |= Morphology.PERSON | Morphology.GIVEN_NAME;
        }
        if (contains(tag, from, to, ":NAC")) {
            flags |= Morphology.PERSON | Morphology.SURNAME;
        }
        if (contains(tag, from, to, ":PER")) {
            flags |= Morphology.PERSON;
        }
        for (String place : GERMAN_PLACES) {
            if (contains(tag, from, to, place)) {
                flags |= Morphology.PLACE;
            }
        }
        return flags;
    }

    private static final String[] GERMAN_PLACES = {":STD", ":GEB", ":COU", ":GEO", ":MOU", ":WAT"};

    private static int english(CharSequence tag, int from, int to) {
        if (startsWith(tag, from, to, "NNP")) {
            return Morphology.PROPER;
        }
        if (startsWith(tag, from, to, "NN")) {
            return Morphology.NOUN;
        }
        if (startsWith(tag, from, to, "JJ")) {
            return Morphology.ADJECTIVE;
        }
        if (startsWith(tag, from, to, "VB") || (to - from == 2 && startsWith(tag, from, to, "MD"))) {
            return Morphology.VERB;
        }
        boolean interjection = to - from == 2 && (startsWith(tag, from, to, "UH") || startsWith(tag, from, to, "FW"));
        return to == from || !Character.isLetter(tag.charAt(from)) || interjection ? 0 : Morphology.OTHER;
    }

    String lower(String word) {
        return word.toLowerCase(this == RUSSIAN ? Locale.forLanguageTag("ru") : Locale.ROOT);
    }
}
