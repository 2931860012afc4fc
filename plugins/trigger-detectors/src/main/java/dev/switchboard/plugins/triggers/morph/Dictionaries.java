package dev.switchboard.plugins.triggers.morph;

import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;

/**
 * The morfologik dictionaries of the plugin's {@code lib/} jars, read once per class loader (so once
 * per plugin start) and shared read-only by all detectors: a {@link Dictionary} is immutable; each
 * document run reads it through its own {@link Morphology} (a morfologik {@code DictionaryLookup} is
 * not thread-safe); the words read are kept in a thread-safe cache per language.
 *
 * <table>
 * <caption>Dictionaries</caption>
 * <tr><th>language</th><th>resource</th><th>jar</th></tr>
 * <tr><td>pl</td><td>{@value #POLISH}</td><td>org.carrot2:morfologik-polish (PoliMorf)</td></tr>
 * <tr><td>ru</td><td>{@value #RUSSIAN}</td><td>org.languagetool:language-ru (AOT)</td></tr>
 * <tr><td>de</td><td>{@value #GERMAN}</td><td>de.danielnaber:german-pos-dict (Morphy)</td></tr>
 * <tr><td>en</td><td>{@value #ENGLISH}</td><td>org.languagetool:english-pos-dict</td></tr>
 * </table>
 * Czech has none (no such dictionary in Maven Central); a language whose dictionary is missing gets
 * {@link Morphology#NONE}: every word unknown.
 */
public final class Dictionaries {

    static final String POLISH = "morfologik/stemming/polish/polish.dict";
    static final String RUSSIAN = "org/languagetool/resource/ru/russian.dict";
    static final String GERMAN = "org/languagetool/resource/de/german.dict";
    static final String ENGLISH = "org/languagetool/resource/en/english.dict";

    private static final System.Logger LOG = System.getLogger(Dictionaries.class.getName());
    private static volatile Dictionaries shared;

    private final Map<String, Dictionary> byLanguage;
    /** Per language: the words read so far, shared by all document runs (bounded, see {@link Morphology}). */
    private final Map<String, Map<String, Morphology.Word>> words = new HashMap<>();
    private final Map<String, Map<String, Boolean>> compounds = new HashMap<>();
    private final long loadMillis;

    private Dictionaries(Map<String, Dictionary> byLanguage, long loadMillis) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.loadMillis = loadMillis;
        for (String language : byLanguage.keySet()) {
            words.put(language, new ConcurrentHashMap<>());
            compounds.put(language, new ConcurrentHashMap<>());
        }
    }

    /** The dictionaries of this plugin's class loader, read on first use. */
    public static Dictionaries shared() {
        Dictionaries result = shared;
        if (result == null) {
            synchronized (Dictionaries.class) {
                result = shared;
                if (result == null) {
                    result = load(Dictionaries.class.getClassLoader());
                    shared = result;
                }
            }
        }
        return result;
    }

    static Dictionaries load(ClassLoader loader) {
        long start = System.nanoTime();
        Map<String, Dictionary> found = new HashMap<>();
        read(loader, "pl", POLISH, found);
        read(loader, "ru", RUSSIAN, found);
        read(loader, "de", GERMAN, found);
        read(loader, "en", ENGLISH, found);
        return new Dictionaries(found, (System.nanoTime() - start) / 1_000_000);
    }

    private static void read(ClassLoader loader, String language, String resource, Map<String, Dictionary> into) {
        URL url = loader.getResource(resource);
        if (url == null) {
            LOG.log(System.Logger.Level.WARNING, "no " + language + " dictionary (" + resource + "): its words count as unknown");
            return;
        }
        try {
            into.put(language, Dictionary.read(url));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the " + language + " dictionary " + url
                    + ": its words count as unknown", e);
        }
    }

    /** Whether the language has a dictionary. */
    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    /** How long reading all dictionaries took. */
    public long loadMillis() {
        return loadMillis;
    }

    /** A new reader of the language's dictionary for one document run; {@link Morphology#NONE} without one. */
    public Morphology morphology(String language) {
        Dictionary dictionary = language == null ? null : byLanguage.get(language);
        return dictionary == null ? Morphology.NONE
                : new Morphology(Tagset.of(language), dictionary, words.get(language), compounds.get(language));
    }
}
