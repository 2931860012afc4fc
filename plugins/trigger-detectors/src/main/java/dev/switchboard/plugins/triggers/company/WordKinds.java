package dev.switchboard.plugins.triggers.company;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.plugins.triggers.analysis.Fold;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.analysis.Token;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.morph.Morphology;

/**
 * What kind of word a capitalized token of one document is, from the language's morphological
 * dictionary ({@link Morphology}) and the name lists: a known common word, an adjective, a place,
 * a given name, a role or title in an inflected form. Not thread-safe: one per document run.
 *
 * <p>How strong "a common word" is differs by language: a Polish or German dictionary keeps proper
 * names apart (capitalized lemma, {@code EIG}), so a word known only in lower case is a common word;
 * the Russian one writes cities and brands as plain inanimate nouns ({@code газпром}, {@code москва}),
 * and English brands are often nouns ({@code Stripe}), so there only an adjective, verb, adverb,
 * pronoun, numeral or a noun naming people counts; a German compound ({@link Morphology#compound}) never does.
 */
final class WordKinds {

    /** Letters at a word's end that hold a Slavic adjective's -sk-/-ck- with its case ending ("pomorskiej"). */
    static final int INFLECTED_ENDING = 6;

    /** A Czech past participle ("Dali", "Otevřeli"); compiled once. */
    private static final Pattern CZECH_PARTICIPLE = Pattern.compile("\\p{L}{2,}l[aiyo]?");

    /** Czech adjective endings (no Czech dictionary): {@code Neomezená}, {@code Dozorčí}, {@code První}. */
    private static final String[] CZECH_ADJECTIVE_ENDINGS = {"ý", "á", "é", "í", "ého", "ému", "ým", "ých", "ými",
            "ím", "ích", "ími", "ího", "ímu"};

    private final TextAnalysis analysis;
    private final Morphology morphology;
    private final Lexicons lexicons;
    private final String language;
    private final Map<String, Boolean> lemmaPlaces = new HashMap<>();
    private final Map<String, Boolean> roleCompounds = new HashMap<>();
    private final Map<String, Boolean> inflectedGivenNames = new HashMap<>();
    private Map<String, Integer> stems;
    private static final int MIN_MODIFIER = 3;
    private static final int MIN_ROLE = 4;

    WordKinds(TextAnalysis analysis, Morphology morphology, Lexicons lexicons) {
        this.analysis = analysis;
        this.morphology = morphology;
        this.lexicons = lexicons;
        this.language = analysis.language();
    }

    /** The dictionary's flags for the token as written; 0 for unknown words and non-words. */
    int flags(int k) {
        Token token = analysis.token(k);
        if (!token.is(Token.LETTER) || token.is(Token.DIGIT) || token.is(Token.HANDLE) || token.is(Token.HASHTAG)
                || token.is(Token.ALL_CAPS) || token.is(Token.INNER_CAPS)) {
            return 0;
        }
        String text = token.text();
        int apostrophe = Math.max(text.indexOf('\''), text.indexOf('’'));
        return morphology.flags(apostrophe > 0 ? text.substring(0, apostrophe) : text); // "It's", "Crumbs'"
    }

    /**
     * Known only as a common word of a kind that is no name: see the class comment for what counts
     * in which language. A word with a proper-name reading never is.
     */
    boolean commonWord(int k) {
        int flags = flags(k);
        if (!Morphology.common(flags)) {
            return false;
        }
        int noName = Morphology.ADJECTIVE | Morphology.VERB | Morphology.OTHER | Morphology.PERSON_NOUN;
        return switch (language) {
            case "pl", "de" -> true;
            // Russian: not only an inanimate noun (cities and brands are written as such)
            case "ru" -> (flags & noName) != 0;
            // English: no noun reading at all, or a function word or a noun of people ("Stripe" may be a brand)
            default -> (flags & noName) != 0 && ((flags & Morphology.NOUN) == 0
                    || (flags & (Morphology.OTHER | Morphology.PERSON_NOUN)) != 0);
        };
    }

    /** An adjective (a dictionary adjective with no proper reading; in Czech, an adjective ending). */
    boolean adjective(int k) {
        Token token = analysis.token(k);
        if (!token.is(Token.CAPITALIZED) || token.is(Token.ALL_CAPS) || token.is(Token.DIGIT)) {
            return false;
        }
        if ("cs".equals(language)) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            for (String ending : CZECH_ADJECTIVE_ENDINGS) {
                // a stem of three letters, or of two before a one-letter ending ("Psí bouda", "Zlý vlk")
                if (lower.endsWith(ending) && lower.length() > ending.length() + (ending.length() == 1 ? 1 : 2)) {
                    return true;
                }
            }
            return false;
        }
        int flags = flags(k);
        return (flags & Morphology.ADJECTIVE) != 0 && (flags & Morphology.PROPER) == 0;
    }

    /**
     * A clause-opening run that is a phrase of the language, not a name: its first word written in lower
     * case is an adjective of the dictionary ("Dobre wieści z…", "Kurzer Hinweis für…", "Big news from…"),
     * every other word is a common word of it, and a lower-case word follows; not an adjective of a place
     * or people. Every sentence capitalizes
     * its first word, so only its lower-case form says what it is; a name keeps its marker (legal form,
     * company head, quotes) and is not asked.
     */
    boolean openingPhrase(int start, int nameEnd, int sentenceEnd) {
        Token first = analysis.token(start);
        if (!morphology.known() || !first.is(Token.CAPITALIZED) || first.is(Token.ALL_CAPS) || first.is(Token.INNER_CAPS)
                || nameEnd >= sentenceEnd || !analysis.token(nameEnd).is(Token.LETTER)
                || !Character.isLowerCase(analysis.token(nameEnd).text().charAt(0))) {
            return false;
        }
        int lower = morphology.flags(first.text().toLowerCase(Locale.ROOT));
        if ((lower & Morphology.ADJECTIVE) == 0 || germanPlaceAdjective(start)
                || !"de".equals(language) && slavicPlaceAdjective(first.folded(), INFLECTED_ENDING)) {
            return false; // an adjective of a place or people opens names: "Pomorska Logistyka", "Kölner Verkehrsbetriebe"
        }
        for (int k = start + 1; k < nameEnd; k++) {
            if (!knownCommon(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Slavic adjectives of place and people are built with -sk- / -ck- ("krakowski", "brněnská", "pomorskiej",
     * "тверского"), found among the word's last {@code letters} letters.
     */
    static boolean slavicPlaceAdjective(String folded, int letters) {
        String tail = folded.substring(Math.max(0, folded.length() - letters));
        return tail.contains("sk") || tail.contains("ck") || tail.contains("ск") || tail.contains("цк");
    }

    /** Whether the word ends in one of the endings (all written as the word is: folded or lower case). */
    static boolean endsWithAny(String word, String[] endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the language has a dictionary (Czech has none). */
    boolean hasDictionary() {
        return morphology.known();
    }

    /**
     * Whether the word is written once in the document: no other token starts with its stem (all but
     * its last two letters, at least four), so no inflected mention of it either ("Kofola", "Kofoly").
     */
    boolean once(int k) {
        if (stems == null) {
            stems = new HashMap<>();
            for (Token token : analysis.tokens()) {
                if (token.is(Token.LETTER)) {
                    stems.merge(stem(token.folded()), 1, Integer::sum);
                }
            }
        }
        return stems.getOrDefault(stem(analysis.token(k).folded()), 0) <= 1;
    }

    private static String stem(String folded) {
        return folded.substring(0, Math.min(folded.length(), Math.max(4, folded.length() - 2)));
    }

    /** Known only as a common word, whatever its kind ("Allegro", "Деньги", "Stripe" too): weak evidence. */
    boolean knownCommon(int k) {
        return Morphology.common(flags(k));
    }

    /** An adverb, pronoun, numeral, preposition, conjunction or particle reading, and no proper one. */
    boolean functionWord(int k) {
        int flags = flags(k);
        return (flags & Morphology.OTHER) != 0 && (flags & Morphology.PROPER) == 0;
    }

    /** A lower-case word that may be a noun: one the dictionary reads as a noun, or any word without a dictionary. */
    boolean mayBeNoun(int k) {
        return !morphology.known() || (morphology.flags(analysis.token(k).text()) & Morphology.NOUN) != 0;
    }

    /** Only verb readings: no noun, adjective or proper one ("Send", "Bewirb", "Открылись"). */
    boolean verbOnly(int k) {
        int flags = flags(k);
        return (flags & Morphology.VERB) != 0
                && (flags & (Morphology.NOUN | Morphology.ADJECTIVE | Morphology.PROPER)) == 0;
    }

    /** A lower-case word with an adjective reading ("neues", "ersten"). */
    boolean lowercaseAdjective(int k) {
        Token token = analysis.token(k);
        return token.is(Token.LETTER) && !token.nameLike() && !token.is(Token.SYMBOL)
                && Character.isLowerCase(token.text().charAt(0))
                && (morphology.flags(token.text()) & Morphology.ADJECTIVE) != 0;
    }

    /** A lower-case word with a verb reading and no noun or adjective one ("enters", "otwiera"). */
    boolean verbReading(int k) {
        Token token = analysis.token(k);
        if (!token.is(Token.LETTER) || token.nameLike()) {
            return false;
        }
        int flags = morphology.flags(token.text());
        return (flags & Morphology.VERB) != 0 && (flags & (Morphology.NOUN | Morphology.ADJECTIVE)) == 0;
    }

    /** A common-noun reading (Russian and English cities and brands have one too). */
    boolean nounReading(int k) {
        return (flags(k) & Morphology.NOUN) != 0;
    }

    /**
     * German: an agent noun ending in "-er" that the dictionary knows or that ends in a known noun
     * ("Mobilfunker", "Discounter", "Versicherer"): before a name it says what the company does.
     */
    boolean germanAgentNoun(int k) {
        Token token = analysis.token(k);
        return "de".equals(language) && token.folded().endsWith("er") && token.folded().length() >= 6
                && germanNoun(k);
    }

    /**
     * German: a hyphenated compound of common words whose last part is a noun ("Online-Apotheke", "Bio-Käserei",
     * "Kassen-App", "Unverpackt-Laden"): before a name it says what kind of business or product the name is. A
     * proper noun in it ("Hansa-Apotheke", "Elbe-Werkstätten") makes it a name of its own.
     */
    boolean germanHyphenDescriptor(int k) {
        Token token = analysis.token(k);
        String text = token.text();
        int first = text.indexOf('-');
        int last = text.lastIndexOf('-');
        if (!"de".equals(language) || first <= 0 || last >= text.length() - 2 || !token.is(Token.CAPITALIZED)
                || token.is(Token.ALL_CAPS) || token.is(Token.DIGIT)) {
            return false;
        }
        String head = text.substring(last + 1);
        int headFlags = morphology.flags(Character.toUpperCase(head.charAt(0)) + head.substring(1));
        int modifier = morphology.flags(text.substring(0, first));
        int lowerModifier = morphology.flags(text.substring(0, first).toLowerCase(Locale.ROOT));
        return (headFlags & Morphology.NOUN) != 0 && (headFlags & (Morphology.PROPER | Morphology.PLACE)) == 0
                && ((modifier | lowerModifier) & (Morphology.PROPER | Morphology.PLACE)) == 0;
    }

    /**
     * German: an adjective of a town ("Kölner", "Bremer", "Münchner", "Dresdner"): "-er" on the town's
     * name, or on it without its "-en" ending.
     */
    boolean germanPlaceAdjective(int k) {
        Token token = analysis.token(k);
        String text = token.text();
        if (!"de".equals(language) || !text.endsWith("er") || text.length() < 6 || (flags(k) & Morphology.ADJECTIVE) == 0) {
            return false;
        }
        String stem = text.substring(0, text.length() - 2);
        String shorter = text.substring(0, text.length() - 3);
        for (String town : new String[] {stem, stem + "en", shorter, shorter + "en"}) {
            if ((morphology.flags(town) & Morphology.PLACE) != 0) {
                return true;
            }
        }
        return false;
    }

    /** A German noun the dictionary knows ({@code Standort}), or a compound ending in one ({@code Mittelstand}). */
    boolean germanNoun(int k) {
        int flags = flags(k);
        if ((flags & Morphology.NOUN) != 0 && (flags & Morphology.PROPER) == 0) {
            return true;
        }
        Token token = analysis.token(k);
        return flags == 0 && token.is(Token.CAPITALIZED) && !token.is(Token.ALL_CAPS) && !token.is(Token.INNER_CAPS)
                && !token.is(Token.DIGIT) && morphology.compound(token.text());
    }

    /** A place: the dictionary says so (German), or its lemma is in the place list ({@code Rzeszowa → Rzeszów}). */
    boolean place(int k) {
        int flags = flags(k);
        if ((flags & Morphology.PLACE) != 0) {
            return true;
        }
        if ((flags & Morphology.PERSON) != 0) {
            return false;
        }
        String lemma = morphology.lemma(analysis.token(k).text());
        if (lemma == null) {
            return false;
        }
        return lemmaPlaces.computeIfAbsent(lemma, l -> lexicons.names().hasWord(Fold.fold(l), Lexicons.PLACE, null));
    }

    private static final Set<String> POLISH_PLACE_PREPOSITIONS = Set.of("w", "we", "na", "z", "ze",
            "do", "przy", "od");
    private static final Set<String> CZECH_PLACE_PREPOSITIONS = Set.of("v", "ve", "na");
    /** Czech locatives of regions and towns, folded: "na Přerovsku", "v Žatci", "v Hradci", "ve Středočeském (kraji)". */
    private static final String[] CZECH_LOCATIVE_ENDINGS = {"sku", "cku", "ci", "skem", "ckem"};

    /**
     * A place by its form after a preposition of place, for towns and regions no list holds: in Polish a
     * proper noun of the dictionary that names no person ("w Chojnowie", "z Sosnowca", "na Mazowszu":
     * the dictionary's proper nouns are places, companies are rarely in it); in Czech (no dictionary) a
     * locative of a region or town ("na Přerovsku", "v Žatci", "ve Středočeském kraji"); in Russian and Czech
     * also by the endings {@link LocativePlaces} reads ("в Дзержинске", "v Trnavě").
     */
    boolean locative(int k) {
        if (k == 0 || !analysis.token(k).is(Token.CAPITALIZED) || analysis.token(k).is(Token.ALL_CAPS)) {
            return false;
        }
        if (LocativePlaces.at(analysis, k)) {
            return true; // Russian and Czech town locatives by their endings: "в Дзержинске", "v Trnavě"
        }
        String before = analysis.token(k - 1).folded();
        if ("pl".equals(language)) {
            int flags = flags(k);
            return POLISH_PLACE_PREPOSITIONS.contains(before) && (flags & Morphology.PROPER) != 0
                    && (flags & Morphology.PERSON) == 0;
        }
        if (!"cs".equals(language) || !CZECH_PLACE_PREPOSITIONS.contains(before)) {
            return false;
        }
        String folded = analysis.token(k).folded();
        for (String ending : CZECH_LOCATIVE_ENDINGS) {
            if (folded.endsWith(ending) && folded.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** A given name the dictionary knows ({@code Stefan}, {@code Пётр}), or a listed one in a Slavic case. */
    boolean givenName(int k) {
        return (flags(k) & Morphology.GIVEN_NAME) != 0 || inflectedGivenName(k);
    }

    /** Case endings of Czech, Polish and Russian given names, folded ("Martinovi", "Annou", "Анной"). */
    private static final String[] GIVEN_NAME_ENDINGS = {"ovi", "owi", "ego", "emu", "em", "ou", "ie", "ej", "a", "e",
            "u", "y", "i", "ом", "ой", "ем", "ей", "а", "у", "е", "ы", "ю", "я"};

    /**
     * Czech, Polish and Russian decline given names: a capitalized word that is a listed given name
     * with a case ending ("synovi Martinovi", "s Annou", "Анной") is one too; a feminine name in -a
     * loses its "a" first ("Anně" of Anna).
     */
    boolean inflectedGivenName(int k) {
        Token token = analysis.token(k);
        if (!("cs".equals(language) || "pl".equals(language) || "ru".equals(language))
                || !token.is(Token.CAPITALIZED) || token.is(Token.ALL_CAPS) || token.is(Token.DIGIT)) {
            return false;
        }
        return inflectedGivenNames.computeIfAbsent(token.folded(), folded -> {
            for (String ending : GIVEN_NAME_ENDINGS) {
                int stem = folded.length() - ending.length();
                // a stem of two letters only with the feminine "a" back: "Ewie", "Ewy" of Ewa
                if (stem >= 2 && folded.endsWith(ending) && (stem >= 3 && listedGivenName(folded.substring(0, stem))
                        || listedGivenName(folded.substring(0, stem) + (ending.charAt(0) < 'z' ? "a" : "а")))) {
                    return true;
                }
            }
            return false;
        });
    }

    private boolean listedGivenName(String folded) {
        return lexicons.names().hasWord(folded, Lexicons.GIVEN_NAME, null);
    }

    /** A person's name by the dictionary: given name, surname, a masculine-personal Polish proper noun. */
    boolean personName(int k) {
        int flags = flags(k);
        return (flags & Morphology.PERSON) != 0 && (flags & Morphology.PLACE) == 0;
    }

    /** A common noun naming people ({@code Klienci}, {@code Синоптики}). */
    boolean personNoun(int k) {
        return (flags(k) & Morphology.PERSON_NOUN) != 0 && (flags(k) & Morphology.PROPER) == 0;
    }

    /**
     * German: a compound that ends in a role word ("Seniorchef", "Finanzvorstand", "Vertriebsleiterin"
     * when "leiterin" is listed): a person's role, no name.
     */
    boolean roleCompound(int k) {
        Token token = analysis.token(k);
        if (!"de".equals(language) || !token.is(Token.CAPITALIZED) || token.is(Token.DIGIT)
                || token.text().indexOf('-') >= 0) {
            return false; // "Lexiq-Gründer" is the company's name with a role
        }
        return roleCompounds.computeIfAbsent(token.folded(), folded -> {
            for (int split = MIN_MODIFIER; split <= folded.length() - MIN_ROLE; split++) {
                if (lexicons.language(language).hasWord(folded.substring(split), Lexicons.FILTER, "role")) {
                    return true;
                }
            }
            return false;
        });
    }

    private final Map<String, Boolean> companyCompounds = new HashMap<>();

    /**
     * English: a word that ends in a listed company noun ("Carmaker", "cheesemaker", "E-retailer",
     * "Chipmaker"): like the noun itself, it says what kind of company the name after it is.
     */
    boolean companyCompound(int k) {
        Token token = analysis.token(k);
        if (!"en".equals(language) || !token.is(Token.LETTER) || token.is(Token.DIGIT) || token.is(Token.ALL_CAPS)
                || token.folded().length() < MIN_MODIFIER + MIN_ROLE) {
            return false;
        }
        return companyCompounds.computeIfAbsent(token.folded(), folded -> {
            for (int split = MIN_MODIFIER; split <= folded.length() - MIN_ROLE; split++) {
                if (lexicons.language(language).hasWord(folded.substring(split), Lexicons.FILTER, "company-noun")) {
                    return true;
                }
            }
            return false;
        });
    }

    private static final Set<String> CZECH_AUXILIARIES = Set.of("jsme", "jsem", "jste", "jsi");
    private static final String[] FIRST_PERSON_PLURAL = {"eme", "íme", "áme", "emy", "imy", "amy", "ymy"};

    /**
     * A Czech or Polish verb in the first person plural ("Rosteme", "Hledáme", "Dziękujemy",
     * "Szukamy"): by its ending in Czech (no dictionary), by the ending and a verb-only reading in Polish.
     */
    boolean firstPersonPluralVerb(int k) {
        String language = analysis.language();
        Token token = analysis.token(k);
        String text = token.text().toLowerCase(Locale.ROOT);
        if ("cs".equals(language) && k + 1 < analysis.tokens().size() && CZECH_AUXILIARIES.contains(analysis.token(k + 1).folded())
                && CZECH_PARTICIPLE.matcher(text).matches() && !token.is(Token.ALL_CAPS)) {
            return true; // "Dali jsme to!", "Otevřeli jsme…": a past participle and its auxiliary
        }
        if (!("cs".equals(language) || "pl".equals(language)) || text.length() < 6 || token.is(Token.ALL_CAPS)
                || token.is(Token.INNER_CAPS)) {
            return false;
        }
        for (String ending : FIRST_PERSON_PLURAL) {
            if (text.endsWith(ending)) {
                return "cs".equals(language) ? ending.endsWith("me") : ending.endsWith("my") && verbOnly(k);
            }
        }
        return false;
    }

    private static final List<String> GERMAN_ADJECTIVE_ENDINGS = List.of("ige", "iger", "iges", "liche", "licher",
            "liches", "ische", "ischer", "isches", "bare", "barer");

    /** "Riesige", "Herzliche", "Fantastische": an inflected German adjective the dictionary may not list. */
    boolean germanAdjectiveEnding(int k) {
        String folded = analysis.token(k).folded();
        return flags(k) == 0 && GERMAN_ADJECTIVE_ENDINGS.stream().anyMatch(folded::endsWith);
    }

    /** "I've", "We're", "They'll": a pronoun with a contracted verb. */
    boolean contraction(int k) {
        String folded = analysis.token(k).folded();
        int apostrophe = folded.indexOf('\'');
        if (apostrophe <= 0) {
            return false;
        }
        String rest = folded.substring(apostrophe + 1);
        return rest.equals("ve") || rest.equals("re") || rest.equals("ll") || rest.equals("d") || rest.equals("m");
    }

    /**
     * One word alone in brackets after a word, or first of a list in them, specifies what the word before it is, not
     * who: a skill, a shift, a ward ("Backend Engineer (Go)", "Nurses (Med/Surg, ICU)", "Nights (Sun–Thu)").
     */
    boolean bracketSpecifier(int start, int nameEnd) {
        List<Token> tokens = analysis.tokens();
        if (start < 2 || nameEnd != start + 1 || nameEnd >= tokens.size() || !tokens.get(start - 1).text().equals("(")
                || !tokens.get(start - 2).is(Token.LETTER)) {
            return false;
        }
        String next = tokens.get(nameEnd).text();
        return next.equals(")") || next.equals("/") || next.equals("–") || next.equals("-") || next.equals(",");
    }
}
