package dev.switchboard.hub.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.crm.PersonNames;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.CrmStore.Upserted;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.events.JdbcOutbox;
import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Activity;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Lead;
import dev.switchboard.sdk.model.Task;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the built-in store promises, run against each database it supports: subclasses give a
 * fresh, empty database per test class.
 */
abstract class CrmStoreContract {

    protected JdbcTemplate jdbc;
    protected JdbcCrmStore store;

    protected abstract DataSource dataSource();

    @BeforeEach
    void freshSchema() {
        DataSource dataSource = dataSource();
        Flyway flyway = Flyway.configure().dataSource(dataSource).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO owners (id, kind, display_name, active, created_at) VALUES ('jana', 'user', 'Jana', TRUE, CURRENT_TIMESTAMP)");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new JdbcCrmStore(jdbc, tx, new JdbcOutbox(jdbc, new ObjectMapper().findAndRegisterModules(), () -> { }),
                new ObjectMapper(), new CrmProperties("CZ", List.of()));
    }

    private static Contact contact(String first, String last, String email, String phone) {
        return new Contact(first, last, email, phone, null, null, Map.of());
    }

    private int events(String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_events WHERE event_type = ?", Integer.class, type);
    }

    @Test
    void upsertingTheSameContactTwiceCreatesOneWithOneEvent() {
        Upserted first = store.upsertContact(contact("Ada", "Lovelace", "ada@example.com", null));
        Upserted second = store.upsertContact(contact("Ada", "Lovelace", "ada@example.com", null));

        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new Upserted(first.id(), false, false));
        assertThat(events("contact.created")).isEqualTo(1);
        assertThat(events("contact.updated")).isZero();
    }

    @Test
    void emailAndPhoneAreMatchedNormalized() {
        Upserted byEmail = store.upsertContact(contact("Ada", null, "  Ada@Example.COM ", "+420 601 123 456"));

        assertThat(store.upsertContact(contact(null, null, "ada@example.com", null)).id()).isEqualTo(byEmail.id());
        assertThat(store.upsertContact(contact(null, null, null, "601 123 456")).id())
                .as("a national number in the default region CZ is the same E.164 number").isEqualTo(byEmail.id());
        assertThat(store.contact(byEmail.id()).orElseThrow())
                .extracting("email", "phoneE164").containsExactly("ada@example.com", "+420601123456");
        assertThat(store.findContacts(new ContactQuery(null, "00420601123456", null), new Page(0, 10))).hasSize(1);
        assertThat(store.findContacts(new ContactQuery("ADA@example.com", null, null), new Page(0, 10))).hasSize(1);
    }

    @Test
    void anExternalIdWinsOverEmailAndNewKeysAreClaimed() {
        Upserted erp = store.upsertContact(new Contact("Ada", null, null, null, null, null, Map.of("erp", "C-1")));
        Upserted other = store.upsertContact(contact("Bob", null, "bob@example.com", null));

        Upserted again = store.upsertContact(new Contact(null, "Lovelace", "ada@example.com", null, null, null,
                Map.of("erp", "C-1")));

        assertThat(again.id()).isEqualTo(erp.id()).isNotEqualTo(other.id());
        assertThat(again.changed()).isTrue();
        assertThat(store.upsertContact(contact(null, null, "ada@example.com", null)).id())
                .as("the e-mail became the contact's key").isEqualTo(erp.id());
        assertThat(store.contact(erp.id()).orElseThrow().externalIds()).containsEntry("erp", "C-1");
    }

    @Test
    void twoPeopleSharingAPhoneStayTwoContacts() {
        Upserted jan = store.upsertContact(contact("Jan", "Novák", "jan@example.com", "+420 601 555 000"));
        Upserted eva = store.upsertContact(contact("Eva", "Nováková", "eva@example.com", "+420 601 555 000"));
        Upserted byPhoneOnly = store.upsertContact(contact(null, null, null, "601 555 000"));

        assertThat(eva.id()).as("a known phone with another person's e-mail is a new contact").isNotEqualTo(jan.id());
        assertThat(store.contact(jan.id()).orElseThrow().email()).isEqualTo("jan@example.com");
        assertThat(store.contact(eva.id()).orElseThrow().phoneE164()).isEqualTo("+420601555000");
        assertThat(byPhoneOnly.id()).as("the phone alone still finds its first owner").isEqualTo(jan.id());
        assertThat(store.upsertContact(contact("Eva", null, "eva@example.com", null)).id()).isEqualTo(eva.id());
    }

    @Test
    void anUpdateSetsOnlyGivenFieldsAndReportsWhatChanged() throws Exception {
        Upserted created = store.upsertContact(new Contact("Ada", "Lovelace", "ada@example.com", null, "CTO", "Acme", Map.of()));

        Upserted updated = store.upsertContact(new Contact(null, null, "ada@example.com", null, "CEO", null, Map.of()));

        assertThat(updated.changed()).isTrue();
        assertThat(store.contact(created.id()).orElseThrow())
                .extracting("firstName", "lastName", "title", "company")
                .containsExactly("Ada", "Lovelace", "CEO", "Acme");
        String payload = jdbc.queryForObject("SELECT payload FROM outbox_events WHERE event_type = 'contact.updated'", String.class);
        assertThat(new ObjectMapper().readTree(payload).get("changed").toString()).isEqualTo("{\"title\":\"CEO\"}");
    }

    @Test
    void badFieldsAreAllReportedTogether() {
        assertThatThrownBy(() -> store.upsertContact(contact("Ada", null, "not-an-address", "12")))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problems()).extracting(BadInputException.Problem::field)
                            .containsExactlyInAnyOrder("email", "phone");
                });
        assertThatThrownBy(() -> store.upsertContact(contact("Ada", "Lovelace", null, null)))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.getMessage()).contains("needs at least one of email, phone or externalIds"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contacts", Integer.class)).isZero();
    }

    @Test
    void concurrentUpsertsOfOnePersonCreateOneContact() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            String email = "race" + round + "@example.com";
            for (int t = 0; t < threads; t++) {
                String first = "T" + t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    ids.add(store.upsertContact(contact(first, null, email, null)).id());
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(ids).hasSize(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contacts", Integer.class)).isEqualTo(20);
        assertThat(events("contact.created")).isEqualTo(20);
    }

    @Test
    void anActivityIsLoggedOncePerSourceIdAndTheTimelineIsNewestFirst() {
        UUID contact = store.upsertContact(contact("Ada", null, "ada@example.com", null)).id();
        Subject on = new Subject(Subject.Kind.CONTACT, contact);
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            store.logActivity(on, new Activity("webhook", "web", t0.plusSeconds(i * 60L), "event " + i, null,
                    "{\"n\":" + i + "}", "shop", "evt-" + i));
        }
        Upserted repeated = store.logActivity(on, new Activity("webhook", "web", t0, "event 0", null, null, "shop", "evt-0"));

        assertThat(repeated.created()).isFalse();
        assertThat(events("activity.logged")).isEqualTo(5);
        assertThat(store.timeline(on, new Page(0, 2))).extracting("subject").containsExactly("event 4", "event 3");
        assertThat(store.timeline(on, new Page(4, 2))).extracting("subject").containsExactly("event 0");
        assertThat(store.timeline(on, new Page(0, 1)).get(0).payload()).isEqualTo("{\"n\":4}");
    }

    @Test
    void anActivityOnAMissingContactIsRefusedAndWritesNoEvent() {
        Subject nobody = new Subject(Subject.Kind.CONTACT, UUID.randomUUID());
        assertThatThrownBy(() -> store.logActivity(nobody,
                new Activity("call", "phone", Instant.now(), "hi", null, null, "pbx", "c-1")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no contact with id");
        assertThat(events("activity.logged")).isZero();
    }

    @Test
    void tasksNeedAKnownOwnerAndAreListedByOwner() {
        UUID contact = store.upsertContact(contact("Ada", null, "ada@example.com", null)).id();
        Subject about = new Subject(Subject.Kind.CONTACT, contact);

        assertThatThrownBy(() -> store.createTask(new Task("Call back", "nobody", null), about, "r", "1"))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("ownerId"));
        Upserted task = store.createTask(new Task("Call back", "jana", Instant.now()), about, "r", "1");
        Upserted again = store.createTask(new Task("Call back", "jana", Instant.now()), about, "r", "1");

        assertThat(again.id()).isEqualTo(task.id());
        assertThat(store.tasks("jana", "open", new Page(0, 10))).singleElement()
                .extracting("subject", "contactId").containsExactly("Call back", contact);
        assertThat(events("task.created")).isEqualTo(1);
    }

    @Test
    void accountsAreKeyedByNormalizedDomainAndLeadsByEmail() {
        Upserted acme = store.upsertAccount(new Account("Acme s.r.o.", "https://www.ACME.cz/about", null, "cz", Map.of()));
        Upserted same = store.upsertAccount(new Account("ACME", "acme.cz", null, null, Map.of()));
        assertThat(same.id()).isEqualTo(acme.id());
        assertThat(store.account(acme.id()).orElseThrow()).extracting("name", "domain", "country")
                .containsExactly("ACME", "acme.cz", "CZ");
        assertThatThrownBy(() -> store.upsertAccount(new Account(null, "acme.cz", null, null, Map.of())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("name");

        Upserted lead = store.upsertLead(new Lead("Eva", null, "eva@example.com", null, "Acme", "web-form", Map.of()));
        assertThat(store.upsertLead(new Lead(null, null, "EVA@example.com", null, null, null, Map.of())).id())
                .isEqualTo(lead.id());
    }

    @Test
    void textSearchFindsByNameCompanyOrEmail() {
        store.upsertContact(new Contact("Ada", "Lovelace", "ada@example.com", null, null, "Analytical Engines", Map.of()));
        store.upsertContact(contact("Bob", "Builder", "bob@example.com", null));

        assertThat(store.findContacts(new ContactQuery(null, null, "love"), new Page(0, 10))).extracting("firstName")
                .containsExactly("Ada");
        assertThat(store.findContacts(new ContactQuery(null, null, "ENGINES"), new Page(0, 10))).hasSize(1);
        assertThat(store.findContacts(new ContactQuery(null, null, "example.com"), new Page(0, 10))).hasSize(2);
    }

    @Test
    void identityCandidatesComeByEmailPhoneAndSurnameKeysAndKeysFollowTheSurname() {
        UUID ada = store.upsertContact(contact("Ada", "Lovelace", "ada@example.com", "+420 601 000 001")).id();
        UUID jan = store.upsertContact(contact("Jan", "Novák", "jan@example.com", null)).id();
        store.upsertContact(contact("Eva", "Malá", "eva@example.com", null));
        assertThat(store.identityCandidates("ada@example.com", null, List.of(), 10)).extracting(c -> c.id()).containsExactly(ada);
        assertThat(store.identityCandidates(null, "+420601000001", List.of(), 10)).extracting(c -> c.id()).containsExactly(ada);
        assertThat(store.identityCandidates(null, null, PersonNames.lookupKeys("Novka", "Jan"), 10))
                .as("one typo, swapped").extracting(c -> c.id()).containsExactly(jan);
        store.upsertContact(contact(null, "Dvořák", "jan@example.com", null));
        assertThat(store.identityCandidates(null, null, PersonNames.lookupKeys("Petr", "Novák"), 10)).isEmpty();
        assertThat(store.identityCandidates(null, null, PersonNames.lookupKeys("Jan", "Dvorak"), 10))
                .extracting(c -> c.id()).containsExactly(jan);
        jdbc.update("DELETE FROM contact_name_keys");
        assertThat(store.identityCandidates(null, null, PersonNames.lookupKeys("Jan", "Dvorak"), 10)).isEmpty();
        store.backfillNameKeys();
        assertThat(store.identityCandidates(null, null, PersonNames.lookupKeys("Jan", "Dvorak"), 10))
                .as("keys of contacts stored before them are filled at start").extracting(c -> c.id()).containsExactly(jan);
    }
}
