package dev.switchboard.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * The closed-loop driver every scenario shares: N clients each send a request, wait for the
 * answer, send the next; a warm-up phase (not recorded), then a measured phase. Each client keeps
 * its own {@link Stats} (latencies in an HdrHistogram, in microseconds; statuses; the first few
 * distinct error answers), merged into one {@link Measurement} per level.
 */
final class ClosedLoop {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final int ERROR_SAMPLES = 5;

    private ClosedLoop() {
    }

    /** One client of a scenario: sends requests until the deadline, recording into its {@link Stats}. */
    interface Client {

        /** Runs until {@code deadline} ({@link System#nanoTime()}) or until interrupted. */
        void loop(long deadline);

        Stats stats();
    }

    /** What one client saw. Touched by one thread at a time: submitting a phase and waiting for it order the accesses. */
    static final class Stats {
        final Histogram latencyMicros = new Histogram(3);
        final Map<String, Long> statusCounts = new HashMap<>();
        final Map<String, Long> answerMix = new HashMap<>();
        final List<String> errorSamples = new ArrayList<>();
        long requests;
        long errors;
        long repeats;

        void reset() {
            latencyMicros.reset();
            statusCounts.clear();
            answerMix.clear();
            errorSamples.clear();
            requests = 0;
            errors = 0;
            repeats = 0;
        }
    }

    /** One answer: its status (the HTTP code, or the I/O exception's name) and body; {@code ok} for a 2xx. */
    record Answer(String status, String body, boolean ok) {
    }

    /**
     * Sends one request and records it: latency, status, whether it repeated an earlier person, and
     * for a failure an error sample {@code "<status> <tag><body>"}.
     */
    static Answer send(HttpClient client, HttpRequest request, Stats stats, boolean repeat, String tag)
            throws InterruptedException {
        long t0 = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            answer = new Answer(Integer.toString(response.statusCode()), response.body(), response.statusCode() / 100 == 2);
        } catch (IOException e) {
            answer = new Answer(e.getClass().getSimpleName(), String.valueOf(e.getMessage()), false);
        }
        stats.latencyMicros.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
        stats.requests++;
        stats.statusCounts.merge(answer.status(), 1L, Long::sum);
        if (repeat) {
            stats.repeats++;
        }
        if (!answer.ok()) {
            stats.errors++;
            String sample = answer.status() + " " + tag + Hub.abbreviate(answer.body(), 300);
            if (stats.errorSamples.size() < ERROR_SAMPLES && !stats.errorSamples.contains(sample)) {
                stats.errorSamples.add(sample);
            }
        }
        return answer;
    }

    /** A warm-up (not recorded) then a measured run, with {@code clients} concurrent clients made by {@code newClient}. */
    static Measurement run(int clients, Duration warmup, Duration duration, IntFunction<Client> newClient)
            throws InterruptedException {
        List<Client> pool = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            pool.add(newClient.apply(i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            if (!warmup.isZero()) {
                runPhase(threads, pool, warmup);
                pool.forEach(c -> c.stats().reset());
            }
            long elapsedNanos = runPhase(threads, pool, duration);
            return Measurement.of(clients, elapsedNanos, pool.stream().map(Client::stats).toList());
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }

    private static long runPhase(ExecutorService threads, List<Client> pool, Duration length) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (Client c : pool) {
            running.add(threads.submit(() -> c.loop(deadline)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("client failed", e.getCause());
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * The measured run of one concurrency level, merged over its clients; {@code answerMix} counts
     * the form scenario's answers by kind of submission and {@code matchedBy} (empty for webhooks).
     */
    record Measurement(int clients, long elapsedNanos, Histogram latencyMicros, long requests, long errors,
                       long repeats, Map<String, Long> statusCounts, List<String> errorSamples,
                       Map<String, Long> answerMix) {

        static Measurement of(int clients, long elapsedNanos, List<Stats> pool) {
            Histogram merged = new Histogram(3);
            Map<String, Long> statuses = new TreeMap<>();
            Map<String, Long> mix = new TreeMap<>();
            List<String> samples = new ArrayList<>();
            long requests = 0;
            long errors = 0;
            long repeats = 0;
            for (Stats s : pool) {
                merged.add(s.latencyMicros);
                s.statusCounts.forEach((k, v) -> statuses.merge(k, v, Long::sum));
                s.answerMix.forEach((k, v) -> mix.merge(k, v, Long::sum));
                for (String sample : s.errorSamples) {
                    if (samples.size() < ERROR_SAMPLES && !samples.contains(sample)) {
                        samples.add(sample);
                    }
                }
                requests += s.requests;
                errors += s.errors;
                repeats += s.repeats;
            }
            return new Measurement(clients, elapsedNanos, merged, requests, errors, repeats, statuses, samples, mix);
        }
    }
}
