package dev.switchboard.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@link TriggerDetector} contract as tests: extend it and supply the detector, preferably
 * loaded from the built plugin through a {@link PluginHarness}:
 *
 * <pre>{@code
 * class HiringDetectorIT extends TriggerDetectorContract {
 *     private final PluginHarness harness = PluginHarness.load(Path.of(System.getProperty("plugin.archive")));
 *
 *     protected TriggerDetector detector() { return harness.extension(TriggerDetector.class); }
 *
 *     protected List<Document> positiveExamples() { return List.of(document("Acme is hiring 20 engineers.")); }
 *
 *     @AfterAll void close() { harness.close(); }
 * }
 * }</pre>
 *
 * One instance serves every test of the class ({@code PER_CLASS}), so a harness held in a field
 * is loaded once. Every detection any test sees must have its evidence span inside the text and a
 * type from {@code types()}; no call may return {@code null} or throw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TriggerDetectorContract {

    private TriggerDetector detector;

    /** The detector under test; called once per test class. */
    protected abstract TriggerDetector detector();

    /** Documents the detector must find at least one trigger in; none unless overridden. */
    protected List<Document> positiveExamples() {
        return List.of();
    }

    /** How long the detector may take for one 1 MB document; the hub uses a much shorter limit per call. */
    protected Duration largeTextTimeLimit() {
        return Duration.ofSeconds(5);
    }

    /** A document with this text, no language, from a {@code news} source. */
    protected static Document document(String text) {
        return document(text, null);
    }

    protected static Document document(String text, String language) {
        return new Document("contract-" + Integer.toHexString(text.hashCode()), text, language, "news",
                "https://example.com/item", null, Map.of());
    }

    @BeforeAll
    void obtainDetector() {
        detector = detector();
        assertNotNull(detector, "detector() returned null");
    }

    @Test
    void idIsPresentAndStable() {
        String id = detector.id();
        assertNotNull(id, "id() is null");
        assertFalse(id.isBlank(), "id() is blank");
        assertEquals(id, detector.id(), "id() changed between two calls");
        assertTrue(id.matches("[a-z0-9][a-z0-9-]*"), "id '" + id + "' should be lower case, digits and dashes");
    }

    @Test
    void languagesAndTypesAreDeclared() {
        assertNotNull(detector.languages(), "languages() is null");
        assertFalse(detector.languages().isEmpty(), "languages() is empty: name the ISO 639-1 codes it reads");
        detector.languages().forEach(code -> assertTrue(code != null && code.matches("[a-z]{2}"),
                "language '" + code + "' is not an ISO 639-1 code such as en or cs"));
        assertNotNull(detector.types(), "types() is null");
        assertFalse(detector.types().isEmpty(), "types() is empty: name the trigger types it reports");
    }

    @Test
    void emptyTextGivesNoDetections() {
        assertEquals(List.of(), detectChecked(document("")), "empty text");
        assertEquals(List.of(), detectChecked(document("", "en")), "empty text in English");
    }

    @Test
    void whitespaceOnlyTextGivesNoDetections() {
        assertEquals(List.of(), detectChecked(document(" \t\n\r\u00A0\u2003\u3000  \n")), "whitespace only");
    }

    @Test
    void largeTextIsAnsweredWithinTheTimeLimit() {
        String text = largeText();
        assertTimeoutPreemptively(largeTextTimeLimit(), () -> detectChecked(document(text, "en")),
                "a 1 MB document took longer than " + largeTextTimeLimit());
    }

    @Test
    void binaryGarbageIsHandled() {
        Random random = new Random(42);
        byte[] bytes = new byte[64 * 1024];
        random.nextBytes(bytes);
        detectChecked(document(new String(bytes, StandardCharsets.ISO_8859_1)));
        detectChecked(document(new String(bytes, StandardCharsets.UTF_8)));
        detectChecked(document("\u0000\u0001\uFFFF\uD800 lone surrogates \uDC00\uD83D", "en"));
    }

    @TestFactory
    Stream<DynamicTest> nonLatinScriptsAreHandled() {
        return Samples.SCRIPTS.entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            detectChecked(document(sample.getValue()));
            detectChecked(document(sample.getValue(), sample.getKey()));
        }));
    }

    @Test
    void mixedScriptsAreHandled() {
        String mixed = String.join(" ", Samples.SCRIPTS.values()) + " Acme Corp is hiring. Компания Acme нанимает.";
        detectChecked(document(mixed));
        detectChecked(document(mixed, "en"));
    }

    @Test
    void htmlInsteadOfTextIsHandled() {
        detectChecked(document(Samples.HTML, "en"));
        detectChecked(document("<<<>>></div><script>while(true){}</script><p", "en"));
    }

    @Test
    void positiveExamplesAreDetected() {
        for (Document example : positiveExamples()) {
            assertFalse(detectChecked(example).isEmpty(), "nothing detected in positive example: " + example.text());
        }
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialCalls() throws Exception {
        List<Document> documents = new ArrayList<>(positiveExamples());
        documents.add(document(Samples.HTML, "en"));
        Samples.SCRIPTS.forEach((language, text) -> documents.add(document(text, language)));
        List<List<Detection>> sequential = documents.stream().map(this::detectChecked).toList();

        int threads = 8;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<List<Detection>>>> calls = new ArrayList<>();
            for (int i = 0; i < threads * rounds; i++) {
                calls.add(() -> documents.stream().map(this::detectChecked).toList());
            }
            List<Future<List<List<Detection>>>> results = pool.invokeAll(calls, 60, TimeUnit.SECONDS);
            for (Future<List<List<Detection>>> result : results) {
                assertEquals(sequential, outcome(result), "a concurrent call gave another result than a sequential one");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T outcome(Future<T> future) throws InterruptedException {
        try {
            return future.get(0, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            return fail("detect threw when called concurrently: " + e.getCause(), e.getCause());
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            return fail("concurrent calls did not finish within 60 s");
        }
    }

    /** Calls {@code detect} and checks what every answer must satisfy. */
    protected final List<Detection> detectChecked(Document document) {
        List<Detection> detections;
        try {
            detections = detector.detect(document);
        } catch (RuntimeException e) {
            return fail("detect threw " + e + " for " + describe(document) + "; it must return an empty list instead", e);
        }
        assertNotNull(detections, "detect returned null for " + describe(document) + "; return an empty list");
        String text = document.text();
        for (Detection detection : detections) {
            assertNotNull(detection, "detect returned a null element for " + describe(document));
            assertTrue(detection.evidenceEnd() <= text.length(), "evidence span [" + detection.evidenceStart() + ", "
                    + detection.evidenceEnd() + ") lies outside the text (length " + text.length() + ")");
            assertTrue(detector.types().contains(detection.type()), "detected type " + detection.type()
                    + " is not among types() " + detector.types());
        }
        return detections;
    }

    private static String describe(Document document) {
        String text = document.text();
        return "a document of " + text.length() + " chars (language " + document.language() + ") starting '"
                + text.substring(0, Math.min(40, text.length())).replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static String largeText() {
        StringBuilder text = new StringBuilder(1 << 20);
        String[] sentences = {"Acme Corp is hiring twenty engineers in Prague. ", "The weather was mild. ",
                "Quarterly revenue grew by four percent. ", Samples.SCRIPTS.get("ru") + " ",
                "Globex announced a new office in Brno and is recruiting. "};
        for (int i = 0; text.length() < (1 << 20); i++) {
            text.append(sentences[i % sentences.length]);
        }
        text.setLength(1 << 20);
        return text.toString();
    }
}
