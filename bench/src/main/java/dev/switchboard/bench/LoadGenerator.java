package dev.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load on POST /hooks/contacts: each of N clients sends a request, waits for the answer,
 * sends the next. A share of the posts repeats an email the same client created before (the update
 * path, 200); the rest are new contacts (201). Every post has a new eventId, so each logs one
 * activity. Latencies go to one HdrHistogram per client, in microseconds; the first few distinct
 * error answers (non-2xx, or an I/O failure) are kept as samples.
 */
final class LoadGenerator {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int ERROR_SAMPLES = 5;

    private final HttpClient client;
    private final URI endpoint;
    private final String apiKey;
    private final double repeatRatio;
    private final String tag;

    /** {@code tag} makes this run's emails unique against earlier runs on the same database. */
    LoadGenerator(HttpClient client, URI endpoint, String apiKey, double repeatRatio, String tag) {
        this.client = client;
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.repeatRatio = repeatRatio;
        this.tag = tag;
    }

    /** A warm-up (not recorded) then a measured run, with {@code clients} concurrent clients. */
    Measurement run(int clients, Duration warmup, Duration duration) throws InterruptedException {
        List<Client> pool = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            pool.add(new Client(tag + "c" + clients + "-" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            if (!warmup.isZero()) {
                runPhase(threads, pool, warmup);
                pool.forEach(Client::resetStats);
            }
            long elapsedNanos = runPhase(threads, pool, duration);
            return Measurement.of(clients, elapsedNanos, pool);
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }

    private long runPhase(ExecutorService threads, List<Client> pool, Duration length) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (Client c : pool) {
            running.add(threads.submit(() -> c.loop(deadline)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("client failed", e.getCause());
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * One closed-loop client. Its state is touched by one thread at a time; submitting a phase and
     * waiting for its Future order those accesses.
     */
    final class Client {
        private final String id;
        private final List<String> emails = new ArrayList<>();
        private long sequence;
        final Histogram latencyMicros = new Histogram(3);
        final Map<String, Long> statusCounts = new HashMap<>();
        final List<String> errorSamples = new ArrayList<>();
        long requests;
        long errors;
        long repeats;

        Client(String id) {
            this.id = id;
        }

        void resetStats() {
            latencyMicros.reset();
            statusCounts.clear();
            errorSamples.clear();
            requests = 0;
            errors = 0;
            repeats = 0;
        }

        void loop(long deadline) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                long n = sequence++;
                boolean repeat = !emails.isEmpty() && random.nextDouble() < repeatRatio;
                String email = repeat ? emails.get(random.nextInt(emails.size())) : id + "-" + n + "@bench.example.com";
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body(email, n)))
                        .build();
                long t0 = System.nanoTime();
                String status;
                String errorBody = null;
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    status = Integer.toString(response.statusCode());
                    if (response.statusCode() / 100 != 2) {
                        errorBody = response.body();
                    }
                } catch (IOException e) {
                    status = e.getClass().getSimpleName();
                    errorBody = String.valueOf(e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                latencyMicros.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                requests++;
                statusCounts.merge(status, 1L, Long::sum);
                if (repeat) {
                    repeats++;
                }
                if (errorBody != null) {
                    errors++;
                    String sample = status + " " + Hub.abbreviate(errorBody, 300);
                    if (errorSamples.size() < ERROR_SAMPLES && !errorSamples.contains(sample)) {
                        errorSamples.add(sample);
                    }
                } else if (!repeat) {
                    emails.add(email);
                }
            }
        }

        /** A Czech mobile number of the e-mail's own, so that phones identify as uniquely as e-mails. */
        private static String phoneOf(String email) {
            return "+42073" + String.format("%07d", Math.floorMod(email.hashCode(), 10_000_000));
        }

        private String body(String email, long n) {
            return "{\"eventId\":\"evt-" + id + "-" + n + "\","
                    + "\"subject\":\"Bench event " + n + "\","
                    + "\"contact\":{\"email\":\"" + email + "\",\"firstName\":\"Ada\",\"lastName\":\"Bench" + id.hashCode()
                    + "\",\"phone\":\"" + phoneOf(email) + "\"}}";
        }
    }

    /**
     * The measured run of one concurrency level, merged over its clients; {@code answerMix} counts
     * the form scenario's answers by kind of submission and {@code matchedBy} (empty for webhooks).
     */
    record Measurement(int clients, long elapsedNanos, Histogram latencyMicros, long requests, long errors,
                       long repeats, Map<String, Long> statusCounts, List<String> errorSamples,
                       Map<String, Long> answerMix) {

        static Measurement of(int clients, long elapsedNanos, List<Client> pool) {
            Histogram merged = new Histogram(3);
            Map<String, Long> statuses = new TreeMap<>();
            List<String> samples = new ArrayList<>();
            long requests = 0;
            long errors = 0;
            long repeats = 0;
            for (Client c : pool) {
                merged.add(c.latencyMicros);
                c.statusCounts.forEach((k, v) -> statuses.merge(k, v, Long::sum));
                for (String s : c.errorSamples) {
                    if (samples.size() < ERROR_SAMPLES && !samples.contains(s)) {
                        samples.add(s);
                    }
                }
                requests += c.requests;
                errors += c.errors;
                repeats += c.repeats;
            }
            return new Measurement(clients, elapsedNanos, merged, requests, errors, repeats, statuses, samples,
                    Map.of());
        }
    }
}
