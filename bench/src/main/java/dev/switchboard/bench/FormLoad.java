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
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load on {@code POST /forms/bench-form} (JSON, {@code X-Api-Key} of the form, a new
 * {@code Idempotency-Key} per submission). The mix: {@code 50%} new people (people beyond the
 * seeded ones), {@code 30%} a seeded contact again with its own e-mail, name and company
 * ({@code existing-email}), {@code 20%} a seeded contact by name and company only, with a new
 * e-mail, no phone, and half of the time without accents ({@code existing-name}); marketing
 * consent on half of all submissions. Each answer's {@code matchedBy} is counted per kind.
 */
final class FormLoad {

    static final String FORM_ID = "bench-form";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int ERROR_SAMPLES = 5;
    private static final Pattern MATCHED_BY = Pattern.compile("\"matchedBy\"\\s*:\\s*(null|\"([^\"]*)\")");

    private final HttpClient client;
    private final URI endpoint;
    private final String formKey;
    private final long seeded;
    private final String tag;
    /** The next new person's index: after the seeded ones, never reused on this hub. */
    private final AtomicLong nextNew;

    FormLoad(HttpClient client, URI endpoint, String formKey, long seeded, String tag) {
        this.client = client;
        this.endpoint = endpoint;
        this.formKey = formKey;
        this.seeded = seeded;
        this.tag = tag;
        this.nextNew = new AtomicLong(seeded);
    }

    LoadGenerator.Measurement run(int clients, Duration warmup, Duration duration) throws InterruptedException {
        List<Client> pool = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            pool.add(new Client(tag + "c" + clients + "-" + i, i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            if (!warmup.isZero()) {
                runPhase(threads, pool, warmup);
                pool.forEach(Client::resetStats);
            }
            long elapsedNanos = runPhase(threads, pool, duration);
            return measurement(clients, elapsedNanos, pool);
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

    /** The JSON of one submission (no quotes or backslashes can occur in the generated values). */
    static String body(String firstName, String lastName, String email, String phone, String company,
                       boolean consent, long n) {
        StringBuilder b = new StringBuilder(320).append('{');
        b.append("\"firstName\":\"").append(firstName).append("\",");
        b.append("\"lastName\":\"").append(lastName).append("\",");
        b.append("\"email\":\"").append(email).append("\",");
        if (phone != null) {
            b.append("\"phone\":\"").append(phone).append("\",");
        }
        b.append("\"company\":\"").append(company).append("\",");
        b.append("\"visitAt\":\"2026-12-").append(String.format("%02d", 1 + n % 28)).append("T10:00\",");
        b.append("\"message\":\"Please call me about a demo.\",");
        b.append("\"consentMarketing\":").append(consent);
        return b.append('}').toString();
    }

    final class Client {
        private final String id;
        private final SplittableRandom random;
        private long sequence;
        final Histogram latencyMicros = new Histogram(3);
        final Map<String, Long> statusCounts = new HashMap<>();
        final Map<String, Long> answerMix = new HashMap<>();
        final List<String> errorSamples = new ArrayList<>();
        long requests;
        long errors;
        long repeats;

        Client(String id, int number) {
            this.id = id;
            this.random = new SplittableRandom(id.hashCode() * 31L + number);
        }

        void resetStats() {
            latencyMicros.reset();
            statusCounts.clear();
            answerMix.clear();
            errorSamples.clear();
            requests = 0;
            errors = 0;
            repeats = 0;
        }

        void loop(long deadline) {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                long n = sequence++;
                double r = random.nextDouble();
                boolean consent = random.nextBoolean();
                String kind;
                String body;
                if (r < 0.5 || seeded == 0) {
                    kind = "new";
                    People.Person p = People.person(nextNew.getAndIncrement());
                    body = body(p.firstName(), p.lastName(), p.email(), p.phone(), p.company(), consent, n);
                } else if (r < 0.8) {
                    kind = "existing-email";
                    People.Person p = People.person(random.nextLong(seeded));
                    body = body(p.firstName(), p.lastName(), p.email(), p.phone(), p.company(), consent, n);
                } else {
                    kind = "existing-name";
                    People.Person p = People.person(random.nextLong(seeded));
                    boolean plain = random.nextBoolean();
                    String first = plain ? People.stripAccents(p.firstName()) : p.firstName();
                    String last = plain ? People.stripAccents(p.lastName()) : p.lastName();
                    String email = People.ascii(p.firstName()) + "." + People.ascii(p.lastName()) + "." + id + "-" + n
                            + "@post.example.net";
                    body = body(first, last, email, null, p.company(), consent, n);
                }
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", formKey)
                        .header("Idempotency-Key", id + "-" + n)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                long t0 = System.nanoTime();
                String status;
                String answer = null;
                String errorBody = null;
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    status = Integer.toString(response.statusCode());
                    if (response.statusCode() / 100 != 2) {
                        errorBody = response.body();
                    } else {
                        answer = response.body();
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
                if (!kind.equals("new")) {
                    repeats++;
                }
                if (errorBody != null) {
                    errors++;
                    answerMix.merge(kind + " -> error", 1L, Long::sum);
                    String sample = status + " " + kind + " " + Hub.abbreviate(errorBody, 300);
                    if (errorSamples.size() < ERROR_SAMPLES && !errorSamples.contains(sample)) {
                        errorSamples.add(sample);
                    }
                } else {
                    Matcher m = MATCHED_BY.matcher(answer);
                    String matchedBy = m.find() && m.group(2) != null ? m.group(2) : "none";
                    answerMix.merge(kind + " -> " + matchedBy, 1L, Long::sum);
                }
            }
        }
    }

    private static LoadGenerator.Measurement measurement(int clients, long elapsedNanos, List<Client> pool) {
        Histogram merged = new Histogram(3);
        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Long> mix = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        long requests = 0;
        long errors = 0;
        long repeats = 0;
        for (Client c : pool) {
            merged.add(c.latencyMicros);
            c.statusCounts.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            c.answerMix.forEach((k, v) -> mix.merge(k, v, Long::sum));
            for (String s : c.errorSamples) {
                if (samples.size() < ERROR_SAMPLES && !samples.contains(s)) {
                    samples.add(s);
                }
            }
            requests += c.requests;
            errors += c.errors;
            repeats += c.repeats;
        }
        return new LoadGenerator.Measurement(clients, elapsedNanos, merged, requests, errors, repeats, statuses,
                samples, mix);
    }

    /** The form file the bench writes into the hub's home: visit-booking's fields, api-key auth, no rate limit. */
    static String formYaml(String secretEnv) {
        return """
                # Written by switchboard-bench: the visit-booking fields without its per-IP rate limit.
                # api-key auth (no rate limit); no meeting, no confirmation mail, no nurture list.
                title: Bench form
                defaultPhoneRegion: CZ
                fields:
                  - {name: firstName, type: text, maxLength: 100}
                  - {name: lastName, type: text, required: true, maxLength: 100}
                  - {name: email, type: email, required: true}
                  - {name: phone, type: phone}
                  - {name: company, type: text, maxLength: 200}
                  - {name: visitAt, type: datetime}
                  - {name: message, type: text, maxLength: 2000}
                  - {name: consentMarketing, type: boolean}
                consents:
                  - purpose: marketing
                    field: consentMarketing
                    text: I would like to receive news and offers by e-mail. I can unsubscribe at any time.
                    textVersion: marketing-2026-01
                owners:
                  default:
                    team: sales-cz
                followUpDue: PT4H
                timeZone: Europe/Prague
                auth:
                  mode: api-key
                  secret: ${%s}
                """.formatted(secretEnv);
    }
}
