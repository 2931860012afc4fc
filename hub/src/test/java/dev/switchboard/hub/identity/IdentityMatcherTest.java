package dev.switchboard.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import dev.switchboard.hub.TestHome;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.PersonNames;
import dev.switchboard.sdk.model.Contact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The matcher against the CRM contacts of an in-memory H2 store, contacts created through {@link CrmStore}. */
@SpringBootTest(properties = "switchboard.crm.default-phone-region=CZ")
class IdentityMatcherTest {

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        TestHome.register(registry);
    }

    @Autowired
    CrmStore store;
    @Autowired
    IdentityMatcher matcher;
    @Autowired
    JdbcTemplate jdbc;

    private UUID contact(String first, String last, String email, String phone, String company) {
        return store.upsertContact(new Contact(first, last, email, phone, null, company, Map.of())).id();
    }

    private static PersonRecord person(String first, String last, String email, String phone, String company) {
        return new PersonRecord(null, "web-form", first, last, email, phone, company, null);
    }

    @Test
    void exactEmailFirst() {
        UUID ada = contact("Ada", "Lovelace", "ada@identity.example", null, null);
        assertThat(matcher.match(person("Ada", "Lovelace", " ADA@identity.example ", null, null))).get()
                .isEqualTo(new IdentityMatch(ada, "email", 1.0, "same e-mail"));
    }

    @Test
    void phoneInNationalNotationWithAName() {
        UUID karel = contact("Karel", "Sedláček", "karel@sedlacek.example", "+420 602 111 222", null);
        assertThat(matcher.match(person("Karel", "Sedlacek", null, "602 111 222", null))).get()
                .extracting(IdentityMatch::contactId, IdentityMatch::matchedBy).containsExactly(karel, "phone");
        assertThat(matcher.match(person("Karla", "Sedláčková", null, "602111222", null))).as("family phone").isEmpty();
    }

    @Test
    void nameAndCompanyAcrossScriptsTyposAndSwaps() {
        UUID ivan = contact("Иван", "Петров", "ivan@romashka.example", null, "ООО Ромашка");
        assertThat(matcher.match(person("Petrov", "Ivan", null, null, "Romashka LLC"))).get()
                .extracting(IdentityMatch::contactId, IdentityMatch::matchedBy).containsExactly(ivan, "name");
        assertThat(matcher.match(person("Ivan", "Petrvo", null, null, "Romashka"))).get()
                .extracting(IdentityMatch::contactId).isEqualTo(ivan);
        assertThat(matcher.match(person("Ivan", "Petrov", null, null, "Other Firm"))).isEmpty();
    }

    @Test
    void officeMailboxNeedsTheName() {
        UUID jan = contact("Jan", "Dvořák", "info@kancelar.example", null, null);
        assertThat(matcher.match(person("Eva", "Malá", "info@kancelar.example", null, null))).isEmpty();
        assertThat(matcher.match(person("Jan", "Dvorak", "INFO@kancelar.example", null, null))).get()
                .extracting(IdentityMatch::contactId, IdentityMatch::matchedBy).containsExactly(jan, "email");
    }

    @Test
    void theStoreKeepsTheNameKeysOfAContact() {
        UUID id = contact("Zuzana", "Němcová", "zuzana@nemcova.example", null, null);
        assertThat(jdbc.queryForList("SELECT name_key FROM contact_name_keys WHERE contact_id = ?", String.class, id))
                .containsExactlyInAnyOrderElementsOf(PersonNames.lookupKeys("Zuzana", "Němcová"));
        store.upsertContact(new Contact(null, "Horáková", "zuzana@nemcova.example", null, null, null, Map.of()));
        assertThat(jdbc.queryForList("SELECT name_key FROM contact_name_keys WHERE contact_id = ?", String.class, id))
                .contains("horakova").doesNotContain("nemcova");
    }

    @Test
    void aCommonSurnameDoesNotCrowdOutThePerson() {
        for (int i = 0; i < 60; i++) {
            contact("Given" + (char) ('a' + i % 26) + (char) ('a' + i / 26), "Procházka", "p" + i + "@common.example", null, "Firma " + i);
        }
        UUID vaclav = contact("Václav", "Procházka", "vaclav@zeta.example", null, "Zeta Optics s.r.o.");
        assertThat(matcher.match(person("Vaclav", "Prochazka", null, null, "ZETA OPTICS"))).get()
                .extracting(IdentityMatch::contactId, IdentityMatch::matchedBy).containsExactly(vaclav, "name");
    }

    @Test
    void batchesAreClusteredWithTheSameRules() {
        assertThat(matcher.cluster(java.util.List.of(
                new PersonRecord("a", null, "Jan", "Novák", "jan@x.example", null, null, null),
                new PersonRecord("b", null, "Jan", "Novak", "JAN@x.example", null, null, null),
                new PersonRecord("c", null, "Jan", "Novák", null, null, null, null))))
                .containsExactly(Map.entry("a", "a"), Map.entry("b", "a"), Map.entry("c", "c"));
    }
}
