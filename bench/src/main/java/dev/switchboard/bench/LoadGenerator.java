package dev.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Closed-loop load on POST /hooks/contacts: each of N clients sends a request, waits for the answer,
 * sends the next. A share of the posts repeats an email the same client created before (the update
 * path, 200); the rest are new contacts (201). Every post has a new eventId, so each logs one
 * activity. The driver and the statistics are {@link ClosedLoop}'s.
 */
final class LoadGenerator {

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
    ClosedLoop.Measurement run(int clients, Duration warmup, Duration duration) throws InterruptedException {
        return ClosedLoop.run(clients, warmup, duration, i -> new Client(tag + "c" + clients + "-" + i));
    }

    /** One client: new contacts, and now and then one it created before again. */
    private final class Client implements ClosedLoop.Client {
        private final String id;
        private final List<String> emails = new ArrayList<>();
        private final ClosedLoop.Stats stats = new ClosedLoop.Stats();
        private long sequence;

        Client(String id) {
            this.id = id;
        }

        @Override
        public ClosedLoop.Stats stats() {
            return stats;
        }

        @Override
        public void loop(long deadline) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                long n = sequence++;
                boolean repeat = !emails.isEmpty() && random.nextDouble() < repeatRatio;
                String email = repeat ? emails.get(random.nextInt(emails.size())) : id + "-" + n + "@bench.example.com";
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .timeout(ClosedLoop.REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body(email, n)))
                        .build();
                try {
                    if (ClosedLoop.send(client, request, stats, repeat, "").ok() && !repeat) {
                        emails.add(email);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
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
}
