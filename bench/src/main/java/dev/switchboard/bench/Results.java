package dev.switchboard.bench;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** What one bench run found, as written to results-&lt;db&gt;.json. Memory in kB, latencies in ms. */
final class Results {

    private Results() {
    }

    /** One database: a fresh hub, its start-up, and every concurrency level run against it. */
    record DatabaseResult(
            String db,
            String scenario,
            String startedAt,
            String jar,
            List<String> javaOpts,
            String java,
            int cpus,
            double warmupSeconds,
            double durationSeconds,
            double repeatRatio,
            long seededContacts,
            long seedErrors,
            long seedMillis,
            List<String> seedErrorSamples,
            long startupMillis,
            long rssAfterStartKb,
            long rssAfterLoadKb,
            List<LevelResult> levels,
            String failure) {

    }

    /** One concurrency level's measured run (warm-up excluded). */
    record LevelResult(
            int clients,
            double seconds,
            long requests,
            long errors,
            long repeats,
            double throughputPerSecond,
            double meanMs,
            double p50Ms,
            double p90Ms,
            double p99Ms,
            double maxMs,
            Map<String, Long> statusCounts,
            List<String> errorSamples,
            Map<String, Long> answerMix,
            long rssAfterKb) {

        static LevelResult of(ClosedLoop.Measurement m, long rssAfterKb) {
            double seconds = m.elapsedNanos() / 1e9;
            Histogram h = m.latencyMicros();
            boolean any = h.getTotalCount() > 0;
            return new LevelResult(
                    m.clients(),
                    round(seconds, 2),
                    m.requests(),
                    m.errors(),
                    m.repeats(),
                    round(m.requests() / seconds, 1),
                    any ? round(h.getMean() / 1000.0, 2) : 0,
                    any ? ms(h.getValueAtPercentile(50)) : 0,
                    any ? ms(h.getValueAtPercentile(90)) : 0,
                    any ? ms(h.getValueAtPercentile(99)) : 0,
                    any ? ms(h.getMaxValue()) : 0,
                    m.statusCounts(),
                    m.errorSamples(),
                    m.answerMix(),
                    rssAfterKb);
        }

        private static double ms(long micros) {
            return round(micros / 1000.0, 2);
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
