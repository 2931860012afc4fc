package dev.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    ClosedLoop.Measurement run(int clients, Duration warmup, Duration duration) throws InterruptedException {
        return ClosedLoop.run(clients, warmup, duration, i -> new Client(tag + "c" + clients + "-" + i, i));
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

    /** One client: the mix of new and known people described above. */
    private final class Client implements ClosedLoop.Client {
        private final String id;
        private final SplittableRandom random;
        private final ClosedLoop.Stats stats = new ClosedLoop.Stats();
        private long sequence;

        Client(String id, int number) {
            this.id = id;
            this.random = new SplittableRandom(id.hashCode() * 31L + number);
        }

        @Override
        public ClosedLoop.Stats stats() {
            return stats;
        }

        @Override
        public void loop(long deadline) {
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
                        .timeout(ClosedLoop.REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", formKey)
                        .header("Idempotency-Key", id + "-" + n)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                ClosedLoop.Answer answer;
                try {
                    answer = ClosedLoop.send(client, request, stats, !kind.equals("new"), kind + " ");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                String outcome = "error";
                if (answer.ok()) {
                    Matcher m = MATCHED_BY.matcher(answer.body());
                    outcome = m.find() && m.group(2) != null ? m.group(2) : "none";
                }
                stats.answerMix.merge(kind + " -> " + outcome, 1L, Long::sum);
            }
        }
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
