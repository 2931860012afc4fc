package dev.switchboard.hub.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.mail.FollowUpHome;
import dev.switchboard.hub.triggers.internal.AccountLinker;
import dev.switchboard.hub.triggers.internal.LinkedAccount;
import dev.switchboard.hub.triggers.internal.TriggerStore;
import dev.switchboard.hub.detection.FoundTrigger;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Contact;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What sales-trigger recording promises, on each database (subclasses give the database): linking,
 * one transaction per document and idempotence, the dedup window, tasks, watch lists and the digest.
 * Detection is real: the {@code KeywordTriggerDetector} plugin, loaded from a plugin zip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.mail.embedded-server.enabled=false",
        "switchboard.crm.owners[0].id=jana", "switchboard.crm.owners[0].name=Jana Nováková",
        "switchboard.crm.owners[0].email=jana@example.com",
        "switchboard.crm.owners[1].id=petr", "switchboard.crm.owners[1].name=Petr",
        "switchboard.crm.owners[1].email=petr@example.com",
        "switchboard.crm.owners[2].id=olga", "switchboard.crm.owners[2].name=Olga",
        "switchboard.crm.owners[2].email=olga@example.com",
        "switchboard.triggers.digest.owners=jana,olga", "switchboard.triggers.digest.time=00:00",
        "switchboard.watch-lists.mastodon.keywords[0]=switchboard",
        "switchboard.watch-lists.mastodon.hashtags[0]=#CRM", "switchboard.watch-lists.mastodon.create-leads=true",
        "switchboard.watch-lists.forum.keywords[0]=switchboard"})
abstract class TriggersContract {

    static final int SMTP_PORT = FollowUpHome.freePort();
    static final GreenMail SMTP = startSmtp();

    @Autowired
    CrmStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountLinker linker;
    @Autowired
    TriggerEffects effects;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProducerTemplate camel;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    UUID account(String name, String domain, String owner) {
        UUID id = store.upsertAccount(new Account(name, domain, null, null,
                domain == null ? Map.of("test", name) : Map.of())).id();
        jdbc.update("UPDATE accounts SET owner_id = ? WHERE id = ?", owner, id);
        return id;
    }

    LinkedAccount link(String mention, String domain, boolean create) {
        return transactions.execute(s -> linker.link(mention, domain, create, null).orElse(null));
    }

    JsonNode post(String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(body, "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return json.readTree(answer.body());
    }

    HttpResponse<String> send(String body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ingest/documents"))
                .header("Content-Type", contentType).header("X-Api-Key", TestHome.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String doc(String id, String text, Instant published) throws IOException {
        return new ObjectMapper().writeValueAsString(Map.of("id", id, "text", text, "url",
                "https://news.example/" + id, "kind", "news", "publishedAt", published.toString()));
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void mentionsLinkAcrossLegalFormsCaseDiacriticsQuotesAndInflection() {
        UUID kruszywa = account("Polskie Kruszywa Sp. z o.o.", null, null);
        UUID skoda = account("ŠKODA AUTO a.s.", "skoda-auto.cz", null);
        UUID yandex = account("ООО «Яндекс»", null, null);
        UUID bosch = account("Robert Bosch GmbH", null, null);
        UUID initech = account("Initech, Inc.", null, null);
        UUID bahn = account("Deutsche Bahn AG", null, null);

        assertThat(link("Polskich Kruszyw", null, false).id()).isEqualTo(kruszywa);
        assertThat(link("Škodě Auto", null, false).id()).isEqualTo(skoda);
        assertThat(link("skoda auto", null, false).id()).isEqualTo(skoda);
        assertThat(link("«Яндексе»", null, false).id()).isEqualTo(yandex);
        assertThat(link("АО \"Яндекс\"", null, false).id()).isEqualTo(yandex);
        assertThat(link("Robert Bosch AG", null, false).id()).isEqualTo(bosch);
        assertThat(link("INITECH Ltd.", null, false).id()).isEqualTo(initech);
        assertThat(link("der Deutschen Bahn", null, false).id()).isEqualTo(bahn);
        assertThat(link("Someone Else", "https://www.skoda-auto.cz/news/2026", false))
                .extracting(LinkedAccount::id, LinkedAccount::linkedBy).containsExactly(skoda, "domain");
        assertThat(link("Polské Banky", null, false)).as("another company, same prefix").isNull();
        assertThat(link("Nobody Knows GmbH", null, false)).as("ignore mode").isNull();
    }

    @Test
    void severalAccountsOfOneNamePreferTheExactKeyThenTheOwnedOne() {
        account("Globex Trading", "globex-a.example", null);
        UUID owned = account("Globex Trading s.r.o.", "globex-b.example", "jana");

        assertThat(link("Globex Trading", null, false).id()).isEqualTo(owned);
    }

    @Test
    void anUnknownCompanyBecomesOneProspectFlaggedForReview() {
        LinkedAccount first = link("Hooli Dynamics s.r.o.", null, true);
        LinkedAccount again = link("HOOLI DYNAMICS", null, true);

        assertThat(first.created()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.account(first.id()).orElseThrow().needsReview()).isTrue();
        assertThat(store.account(first.id()).orElseThrow().name()).isEqualTo("Hooli Dynamics");
    }

    @Test
    void aTriggerMakesActivityTaskAndEventOnceAndReprocessingCreatesNothing() throws Exception {
        UUID acme = account("Acme Rockets s.r.o.", null, "jana");
        String body = doc("news-acme-1", "Acme Rockets raised €5M in a seed round", Instant.now());

        JsonNode first = post(body).at("/results/0");
        JsonNode second = post(body).at("/results/0");

        assertThat(first.at("/triggers/0/type").asText()).isEqualTo("funding");
        assertThat(first.at("/triggers/0/accountId").asText()).isEqualTo(acme.toString());
        assertThat(first.at("/triggers/0/collapsed").asBoolean()).isFalse();
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM triggers WHERE account_id = ?", acme)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE account_id = ? AND type = 'trigger'", acme)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT subject FROM activities WHERE account_id = ?", String.class, acme))
                .isEqualTo("Funding: Acme Rockets raised €5M in a seed round");
        assertThat(jdbc.queryForList("SELECT subject FROM tasks WHERE account_id = ? AND owner_id = 'jana'", String.class,
                acme)).containsExactly("Sales trigger (funding) at Acme Rockets s.r.o. — follow up");
        assertThat(count("SELECT COUNT(*) FROM outbox_events WHERE event_type = 'trigger.detected' AND aggregate_id = ?",
                acme)).isEqualTo(1);
    }

    @Test
    void anAccountWithoutOwnerGetsNoTask() throws Exception {
        UUID lone = account("Lonely Widgets", null, null);
        post(doc("news-lonely-1", "Lonely Widgets is hiring ten engineers", Instant.now()));

        assertThat(count("SELECT COUNT(*) FROM triggers WHERE account_id = ?", lone)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE account_id = ?", lone)).isZero();
    }

    @Test
    void twoSourcesOfOneEventCollapseWithinTheWindowAndALaterOneIsNew() throws Exception {
        UUID umbrella = account("Umbrella Labs", null, "petr");
        Instant day = Instant.now().minus(20, ChronoUnit.DAYS);
        post(doc("a-umbrella", "Umbrella Labs raised $20M (confidence 0.6)", day));
        JsonNode second = post(doc("b-umbrella", "Umbrella Labs raised twenty million (confidence 0.9)",
                day.plus(1, ChronoUnit.DAYS))).at("/results/0/triggers/0");
        JsonNode later = post(doc("c-umbrella", "Umbrella Labs raised $50M", day.plus(10, ChronoUnit.DAYS)))
                .at("/results/0/triggers/0");

        assertThat(second.at("/collapsed").asBoolean()).isTrue();
        assertThat(second.at("/confidence").asDouble()).isEqualTo(0.9);
        assertThat(later.at("/collapsed").asBoolean()).isFalse();
        assertThat(later.at("/triggerId").asText()).isNotEqualTo(second.at("/triggerId").asText());
        assertThat(count("SELECT COUNT(*) FROM triggers WHERE account_id = ?", umbrella)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE account_id = ?", umbrella)).isEqualTo(2);
        UUID first = UUID.fromString(second.at("/triggerId").asText());
        assertThat(jdbc.queryForList("SELECT document_id FROM trigger_sources WHERE trigger_id = ? ORDER BY document_id",
                String.class, first)).containsExactly("a-umbrella", "b-umbrella");
        String payload = jdbc.queryForObject("SELECT a.payload FROM activities a JOIN triggers t ON t.activity_id = a.id "
                + "WHERE t.id = ?", String.class, first);
        assertThat(json.readTree(payload).at("/sources")).hasSize(2);
        assertThat(json.readTree(payload).at("/confidence").asDouble()).isEqualTo(0.9);
    }

    /** Whether a session of the database now waits for a lock another one holds. */
    abstract boolean someoneWaitsForALock();

    @Test
    void aSecondSourceRecordedWhileTheFirstIsUncommittedWaitsAndCollapsesIntoIt() throws Exception {
        UUID wayne = account("Wayne Robotics", null, "petr");
        LinkedAccount linked = new LinkedAccount(wayne, "Wayne Robotics", "petr", false, "name");
        Instant day = Instant.now().minus(3, ChronoUnit.DAYS);
        java.util.function.Function<String, TriggerStore.Source> source = id -> new TriggerStore.Source(id,
                "https://news.example/" + id, "news", "news", 0.8, "Wayne Robotics raised $10M", day);
        FoundTrigger found = new FoundTrigger(TriggerType.FUNDING, 0.8, "Wayne Robotics", "Wayne Robotics raised $10M",
                0, 26, "test/funding");
        java.util.concurrent.CountDownLatch inserted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> transactions.execute(s -> {
                TriggerEffects.Recorded recorded = effects.record(found, linked, source.apply("wayne-a"), "en");
                inserted.countDown();
                await(release);
                return recorded;
            }));
            await(inserted);
            var second = pool.submit(() -> transactions.execute(s ->
                    effects.record(found, linked, source.apply("wayne-b"), "en")));
            // the second either finished (the race lost: a second trigger) or waits for the first one's lock
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> second.isDone() || someoneWaitsForALock());
            release.countDown();
            TriggerEffects.Recorded a = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
            TriggerEffects.Recorded b = second.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(a.collapsed()).isFalse();
            assertThat(b.collapsed()).as("the second source joins the first one's trigger").isTrue();
            assertThat(b.triggerId()).isEqualTo(a.triggerId());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM triggers WHERE account_id = ?", wayne)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE account_id = ?", wayne)).isEqualTo(1);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWatchListMentionLandsOnTheContactWithTheHandleOrANewLead() throws Exception {
        UUID contact = store.upsertContact(new Contact("Ada", "Lovelace", "ada@engines.example", null, null, null,
                Map.of("handle", "mastodon:@ada@social.example"))).id();
        camel.requestBody("hub:triggers?source=mastodon", json.writeValueAsString(Map.of("id", "toot-1",
                "text", "Trying Switchboard today", "metadata", Map.of("account", "ada@social.example"))));
        camel.requestBody("hub:triggers?source=mastodon", json.writeValueAsString(Map.of("id", "toot-2",
                "text", "Looking for a better #crm", "metadata", Map.of("account", "bob@social.example",
                        "displayName", "Bob Builder", "hashtags", "crm,tools"))));
        String forum = camel.requestBody("hub:triggers?source=forum", json.writeValueAsString(Map.of("id", "post-3",
                "text", "switchboard rocks", "metadata", Map.of("account", "carl@forum.example"))), String.class);

        assertThat(jdbc.queryForList("SELECT source_id FROM activities WHERE contact_id = ? AND type = 'social-mention'",
                String.class, contact)).containsExactly("toot-1");
        assertThat(jdbc.queryForList("SELECT l.last_name || '/' || l.source FROM leads l JOIN activities a "
                + "ON a.lead_id = l.id WHERE a.source_id = 'toot-2'", String.class)).containsExactly("Bob Builder/mastodon");
        assertThat(json.readTree(forum).at("/mentions").asInt()).isZero();
        assertThat(count("SELECT COUNT(*) FROM activities WHERE source_id = 'post-3'")).isZero();
    }

    @Test
    void theDigestMailsEachOptedInOwnerOnceADayAndNobodyElse() throws Exception {
        account("Digestible Foods", null, "jana");
        account("Petrs Own Firm", null, "petr");
        post("[" + doc("digest-1", "Digestible Foods raised €1M", Instant.now()) + ","
                + doc("digest-2", "Petrs Own Firm is hiring", Instant.now()) + "]");

        camel.requestBody("hub:triggers/digest", "");
        camel.requestBody("hub:triggers/digest", "");

        List<String> recipients = java.util.Arrays.stream(SMTP.getReceivedMessages()).map(TriggersContract::to).toList();
        assertThat(recipients).containsExactly("jana@example.com");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Sales triggers on your accounts");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("Digestible Foods");
        assertThat(count("SELECT COUNT(*) FROM trigger_digests WHERE owner_id = 'jana'")).isEqualTo(1);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
