package dev.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.PluginHarness;
import dev.switchboard.sdk.testkit.eval.LabeledItem;
import dev.switchboard.sdk.testkit.eval.LabeledSet;
import org.HdrHistogram.Histogram;

/**
 * {@code --scenario detect}: the throughput of the trigger-detectors plugin as the hub loads it. The
 * built zip ({@code <repo-root>/plugins/target/dist/trigger-detectors-*.zip}) is loaded through the
 * testkit's {@link PluginHarness}; all five detectors run on each document, one after the other, on
 * ONE thread, over a corpus: the texts of {@code eval/triggers/dev-set.jsonl} when present, else
 * {@value #GENERATED} generated news-like texts of 200–1,000 chars in the five languages. Each call
 * gets a new {@link Document} instance (as each hub call does), so the plugin's per-document cache
 * only serves the five detectors of one document. After {@code --warmup}, {@code --duration} is
 * measured: documents per second and the p50/p99/max time per document in microseconds.
 */
final class DetectBench {

    static final int GENERATED = 2_000;

    private DetectBench() {
    }

    static int run(Options options) throws IOException {
        Path zip = pluginZip(options.repoRoot());
        List<String> corpus = corpus(options.repoRoot());
        double averageChars = corpus.stream().mapToInt(String::length).average().orElse(0);
        Main.log(String.format("detect: %s, %d documents (avg %.0f chars), 1 thread, warm-up %d ms, measuring %d ms",
                zip.getFileName(), corpus.size(), averageChars, options.warmup().toMillis(), options.duration().toMillis()));
        try (PluginHarness harness = PluginHarness.load(zip)) {
            List<TriggerDetector> detectors = harness.extensions(TriggerDetector.class);
            loop(detectors, corpus, options.warmup().toNanos(), null);
            Histogram histogram = new Histogram(60_000_000L, 3);
            long start = System.nanoTime();
            long[] found = new long[1];
            long documents = loop(detectors, corpus, options.duration().toNanos(), histogram, found);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%ndetect scenario: %d detectors, %d documents in %.1f s, %d detections%n",
                    detectors.size(), documents, seconds, found[0]);
            System.out.printf("  throughput   %,.0f documents/s (one thread)%n", documents / seconds);
            System.out.printf("  per document p50 %d µs, p99 %d µs, max %d µs%n", histogram.getValueAtPercentile(50),
                    histogram.getValueAtPercentile(99), histogram.getMaxValue());
        }
        return 0;
    }

    private static long loop(List<TriggerDetector> detectors, List<String> corpus, long nanos, Histogram histogram) {
        return loop(detectors, corpus, nanos, histogram, new long[1]);
    }

    private static long loop(List<TriggerDetector> detectors, List<String> corpus, long nanos, Histogram histogram,
                             long[] found) {
        long end = System.nanoTime() + nanos;
        long count = 0;
        while (System.nanoTime() < end) {
            for (String text : corpus) {
                Document document = new Document("bench-" + count, text, null, "news", null, null, Map.of());
                long t0 = System.nanoTime();
                for (TriggerDetector detector : detectors) {
                    found[0] += detector.detect(document).size();
                }
                if (histogram != null) {
                    histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000));
                }
                count++;
            }
        }
        return count;
    }

    private static Path pluginZip(Path root) throws IOException {
        Path dist = root.resolve("plugins/target/dist");
        try (Stream<Path> files = Files.isDirectory(dist) ? Files.list(dist) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches("trigger-detectors-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no trigger-detectors-*.zip in " + dist
                            + "; build it first: ./mvnw -pl plugins/trigger-detectors -am package"));
        }
    }

    private static List<String> corpus(Path root) throws IOException {
        Path devSet = root.resolve("eval/triggers/dev-set.jsonl");
        if (Files.isRegularFile(devSet)) {
            return LabeledSet.read(devSet).stream().map(LabeledItem::text).toList();
        }
        return generated(new Random(42));
    }

    /** News-like texts: 3–10 sentences drawn from one language's pool, cut to 200–1,000 chars. */
    static List<String> generated(Random random) {
        List<String> texts = new ArrayList<>();
        List<List<String>> pools = List.of(SamplePools.EN, SamplePools.CS, SamplePools.PL, SamplePools.RU, SamplePools.DE);
        while (texts.size() < GENERATED) {
            List<String> pool = pools.get(texts.size() % pools.size());
            StringBuilder text = new StringBuilder();
            int sentences = 3 + random.nextInt(8);
            for (int i = 0; i < sentences && text.length() < 1_000; i++) {
                text.append(pool.get(random.nextInt(pool.size()))).append(' ');
            }
            if (text.length() >= 200) {
                texts.add(text.substring(0, Math.min(text.length(), 1_000)).strip());
            }
        }
        return texts;
    }
}
