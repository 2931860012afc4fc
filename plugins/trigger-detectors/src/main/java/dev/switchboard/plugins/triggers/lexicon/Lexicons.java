package dev.switchboard.plugins.triggers.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.switchboard.plugins.triggers.analysis.LanguageGuesser;
import dev.switchboard.sdk.detector.TriggerType;

/**
 * Every lexicon the detectors use, loaded once per class loader: for each language one lexicon of
 * cues ({@code lexicon/<type>-<lang>.txt}, group = type code) and filters
 * ({@code lexicon/filters-<lang>.txt}, group {@value #FILTER}), and one language-independent
 * lexicon of names ({@code names/*.txt}).
 */
public final class Lexicons {

    /** Group of the entries of {@code filters-<lang>.txt}. */
    public static final String FILTER = "filter";
    /** Groups of the name lists. */
    public static final String PLACE = "place";
    /**
     * Group of the towns from GeoNames ({@code names/geonames-places.txt}) and of the regions ({@code names/regions.txt}):
     * a place too, but only where the name stands alone, since many company names begin with their town or region
     * ("Stourbridge Glass", "Moss &amp; Thorne", "Kernow Kelp").
     */
    public static final String TOWN = "town";
    public static final String GIVEN_NAME = "given";
    public static final String STOP = "stop";
    public static final String LEGAL_FORM = "legal";
    public static final String MONEY = "money";
    public static final String DATE = "date";
    /** Group of {@code names/ordinals.txt}: ordinal numerals in every case ("second", "druhou", "третья", "zweite"). */
    public static final String ORDINAL = "ordinal";
    /** Group of {@code names/platforms.txt}: stores, systems and technologies ("Google Play", "iOS", "Azure"). */
    public static final String PLATFORM = "platform";

    private static volatile Lexicons shared;

    private final Map<String, Lexicon> byLanguage;
    private final Lexicon names;

    private Lexicons(Map<String, Lexicon> byLanguage, Lexicon names) {
        this.byLanguage = byLanguage;
        this.names = names;
    }

    /** The lexicons from this plugin's resources, loaded on first use. */
    public static Lexicons shared() {
        Lexicons result = shared;
        if (result == null) {
            synchronized (Lexicons.class) {
                result = shared;
                if (result == null) {
                    result = load(Lexicons.class.getClassLoader());
                    shared = result;
                }
            }
        }
        return result;
    }

    static Lexicons load(ClassLoader loader) {
        Map<String, Lexicon> byLanguage = new HashMap<>();
        for (String language : LanguageGuesser.SUPPORTED) {
            Map<String, String> files = new LinkedHashMap<>();
            for (TriggerType type : TriggerType.values()) {
                files.put("lexicon/" + type.code() + "-" + language + ".txt", type.code());
            }
            files.put("lexicon/filters-" + language + ".txt", FILTER);
            byLanguage.put(language, Lexicon.load(loader, files));
        }
        Map<String, String> nameFiles = new LinkedHashMap<>();
        nameFiles.put("names/places.txt", PLACE);
        nameFiles.put("names/geonames-places.txt", TOWN);
        nameFiles.put("names/regions.txt", TOWN);
        nameFiles.put("names/given-names.txt", GIVEN_NAME);
        nameFiles.put("names/stop.txt", STOP);
        nameFiles.put("names/legal-forms.txt", LEGAL_FORM);
        nameFiles.put("names/money.txt", MONEY);
        nameFiles.put("names/dates.txt", DATE);
        nameFiles.put("names/ordinals.txt", ORDINAL);
        nameFiles.put("names/platforms.txt", PLATFORM);
        return new Lexicons(Map.copyOf(byLanguage), Lexicon.load(loader, nameFiles));
    }

    /** Cues and filters of one supported language. */
    public Lexicon language(String language) {
        Lexicon lexicon = byLanguage.get(language);
        if (lexicon == null) {
            throw new IllegalArgumentException("no lexicon for language '" + language + "'");
        }
        return lexicon;
    }

    public Lexicon names() {
        return names;
    }
}
