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

    /** The flags of one dictionary entry: its lemma and tag. */
    int flags(String lemma, String tag) {
        int flags = 0;
        for (String one : tag.split("\\+")) {
            flags |= switch (this) {
                case POLISH -> polish(lemma, one);
                case RUSSIAN -> russian(one);
                case GERMAN -> german(one);
                case ENGLISH -> english(one);
            };
        }
        return flags;
    }

    private static int polish(String lemma, String tag) {
        int colon = tag.indexOf(':');
        String pos = colon < 0 ? tag : tag.substring(0, colon);
        boolean proper = !lemma.isEmpty() && Character.isUpperCase(lemma.charAt(0));
        boolean personal = tag.contains(":m1");
        // the plural nominative of a masculine-personal noun names people ("klienci", "pracownicy")
        boolean people = personal && tag.startsWith("subst:pl:nom");
        int flags = switch (pos) {
            case "subst", "depr" -> people ? Morphology.NOUN | Morphology.PERSON_NOUN : Morphology.NOUN;
            case "adj", "adja", "adjp", "adjc" -> Morphology.ADJECTIVE;
            case "fin", "bedzie", "aglt", "praet", "impt", "imps", "inf", "pcon", "pant", "ger", "pact", "ppas",
                 "winien", "pred", "verb" -> Morphology.VERB;
            case "interj", "brev", "burk", "xxx", "ign" -> 0; // an interjection may well be a name ("Crumbs")
            default -> Morphology.OTHER;
        };
        if (proper) {
            flags = Morphology.PROPER | (personal ? Morphology.PERSON : 0);
        }
        return flags;
    }

    private static int russian(String tag) {
        if (tag.startsWith("NN:Name")) {
            return Morphology.PROPER | Morphology.PERSON | Morphology.GIVEN_NAME;
        }
        if (tag.startsWith("NN:Fam")) {
            return Morphology.PROPER | Morphology.PERSON | Morphology.SURNAME;
        }
        if (tag.startsWith("NN:Patr")) {
            return Morphology.PROPER | Morphology.PERSON;
        }
        if (tag.startsWith("NN:Anim:") || tag.equals("NN:Anim")) {
            return Morphology.NOUN | Morphology.PERSON_NOUN;
        }
        if (tag.startsWith("NN")) {
            return Morphology.NOUN;
        }
        if (tag.startsWith("ADJ") || tag.startsWith("Ord")) {
            return Morphology.ADJECTIVE;
        }
        if (tag.startsWith("VB") || tag.startsWith("PT") || tag.startsWith("DPT")) {
            return Morphology.VERB;
        }
        return tag.startsWith("ABR") || tag.startsWith("INTERJECTION") ? 0 : Morphology.OTHER;
    }

    private static int german(String tag) {
        String pos = tag.length() >= 3 ? tag.substring(0, 3) : tag;
        return switch (pos) {
            case "SUB" -> Morphology.NOUN;
            case "EIG" -> Morphology.PROPER | germanProper(tag);
            case "ADJ", "PA1", "PA2" -> Morphology.ADJECTIVE;
            case "VER" -> Morphology.VERB;
            case "ABK", "INJ" -> 0;
            default -> Morphology.OTHER;
        };
    }

    private static int germanProper(String tag) {
        int flags = 0;
        for (String part : tag.split(":")) {
            switch (part) {
                case "VOR", "VOR*" -> flags |= Morphology.PERSON | Morphology.GIVEN_NAME;
                case "NAC" -> flags |= Morphology.PERSON | Morphology.SURNAME;
                case "PER" -> flags |= Morphology.PERSON;
                case "STD", "GEB", "COU", "GEO", "MOU", "WAT" -> flags |= Morphology.PLACE;
                default -> { }
            }
        }
        return flags;
    }

    private static int english(String tag) {
        if (tag.startsWith("NNP")) {
            return Morphology.PROPER;
        }
        if (tag.startsWith("NN")) {
            return Morphology.NOUN;
        }
        if (tag.startsWith("JJ")) {
            return Morphology.ADJECTIVE;
        }
        if (tag.startsWith("VB") || tag.equals("MD")) {
            return Morphology.VERB;
        }
        return tag.isEmpty() || !Character.isLetter(tag.charAt(0)) || tag.equals("UH") || tag.equals("FW")
                ? 0 : Morphology.OTHER;
    }

    String lower(String word) {
        return word.toLowerCase(this == RUSSIAN ? Locale.forLanguageTag("ru") : Locale.ROOT);
    }
}
