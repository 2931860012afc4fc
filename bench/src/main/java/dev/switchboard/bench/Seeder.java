package dev.switchboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seeds the existing contacts of the form scenario through the hub's own webhook
 * ({@code POST /hooks/contacts}, admin key), so that every contact gets exactly the identity keys
 * (e-mail, phone, name keys) the hub computes itself: people 0 to count-1 of {@link People}, with
 * their company. Parallel closed-loop posters; progress every 10 s.
 */
final class Seeder {


    private final HttpClient client;
    private final URI endpoint;
    private final String adminKey;

    Seeder(HttpClient client, URI endpoint, String adminKey) {
        this.client = client;
        this.endpoint = endpoint;
        this.adminKey = adminKey;
    }

    /** What seeding did: contacts posted, failed, and how long it took. */
    record SeedResult(long count, long errors, long millis, List<String> errorSamples) {
        double perSecond() {
            return millis > 0 ? count * 1000.0 / millis : 0;
        }
    }

    SeedResult seed(long count, int parallel, String db) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                running.add(threads.submit(() -> {
                    for (long index = next.getAndIncrement(); index < count && !Thread.currentThread().isInterrupted();
                            index = next.getAndIncrement()) {
                        String error = post(index);
                        if (error != null) {
                            errors.incrementAndGet();
                            if (samples.size() < 5) {
                                samples.add(error);
                            }
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            long lastReport = start;
            for (Future<?> f : running) {
                while (true) {
                    try {
                        f.get(1, TimeUnit.SECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException notYet) {
                        long now = System.nanoTime();
                        if (now - lastReport >= TimeUnit.SECONDS.toNanos(10)) {
                            lastReport = now;
                            double seconds = (now - start) / 1e9;
                            long d = done.get();
                            Main.log(String.format("%s: seeding %,d / %,d contacts (%.0f/s, %d errors, ~%.0f s left)",
                                    db, d, count, d / seconds, errors.get(), (count - d) / Math.max(1, d / seconds)));
                        }
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("seeding failed", e.getCause());
                    }
                }
            }
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(ClosedLoop.REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new SeedResult(done.get(), errors.get(), millis, List.copyOf(samples));
    }

    /** Posts person {@code index}; null when the hub answered 2xx, else an error sample. */
    private String post(long index) {
        People.Person p = People.person(index);
        String body = "{\"eventId\":\"seed-" + index + "\",\"subject\":\"Imported from the old CRM\","
                + "\"contact\":{\"email\":\"" + p.email() + "\",\"firstName\":\"" + p.firstName()
                + "\",\"lastName\":\"" + p.lastName() + "\",\"phone\":\"" + p.phone()
                + "\",\"company\":\"" + p.company() + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(ClosedLoop.REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Api-Key", adminKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null
                    : response.statusCode() + " " + Hub.abbreviate(response.body(), 300);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
