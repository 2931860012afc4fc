package dev.switchboard.plugins.triggers.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.morph.Dictionaries;
import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/**
 * Runs the detection of all five types once per document and hands each detector its type. The
 * hub calls the five detectors with the same {@link Document} instance (often on different
 * threads), so results are kept in a small cache of {@value #CACHE_SLOTS} slots keyed by document
 * identity; two threads computing the same document at once both compute it, with the same result.
 * Thread-safe. Never throws from {@link #detect}: a failure of the analysis (a bug) is an empty result.
 */
public final class TriggerEngine {

    static final int CACHE_SLOTS = 64;
    private static final Map<Settings, TriggerEngine> ENGINES = new ConcurrentHashMap<>();

    private final Settings settings;
    private final Lexicons lexicons;
    private final Dictionaries dictionaries;
    private final AtomicReferenceArray<Cached> cache = new AtomicReferenceArray<>(CACHE_SLOTS);

    private record Cached(Document document, Map<TriggerType, List<Detection>> detections) {
    }

    TriggerEngine(Settings settings, Lexicons lexicons, Dictionaries dictionaries) {
        this.settings = settings;
        this.lexicons = lexicons;
        this.dictionaries = dictionaries;
    }

    /** The engine shared by all detectors with these settings. */
    public static TriggerEngine forSettings(Settings settings) {
        return ENGINES.computeIfAbsent(settings, s -> new TriggerEngine(s, Lexicons.shared(), Dictionaries.shared()));
    }

    public Settings settings() {
        return settings;
    }

    /** The detections of one type; empty, never null. */
    public List<Detection> detect(Document document, TriggerType type) {
        if (document == null) {
            return List.of();
        }
        int slot = (System.identityHashCode(document) & 0x7fffffff) % CACHE_SLOTS;
        Cached cached = cache.get(slot);
        if (cached == null || cached.document() != document) {
            cached = new Cached(document, detectAll(document));
            cache.set(slot, cached);
        }
        return cached.detections().getOrDefault(type, List.of());
    }

    private Map<TriggerType, List<Detection>> detectAll(Document document) {
        try {
            return DocumentRun.detect(document, settings, lexicons, dictionaries);
        } catch (RuntimeException | StackOverflowError e) {
            return Map.of();
        }
    }
}
