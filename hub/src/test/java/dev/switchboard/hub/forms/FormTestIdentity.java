package dev.switchboard.hub.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.identity.Clusterer;
import dev.switchboard.hub.identity.IdentityMatch;
import dev.switchboard.hub.identity.IdentityMatcher;
import dev.switchboard.hub.identity.PersonRecord;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A simple identity matcher for the form tests: exact e-mail, then exact phone. */
@TestConfiguration
class FormTestIdentity {

    @Bean
    @Primary
    IdentityMatcher exactMatcher(CrmStore store) {
        return new IdentityMatcher() {
            @Override
            public Optional<IdentityMatch> match(PersonRecord person) {
                return find(store, new ContactQuery(person.email(), null, null), person.email(), "email")
                        .or(() -> find(store, new ContactQuery(null, person.phone(), null), person.phone(), "phone"));
            }

            @Override
            public Map<String, String> cluster(List<PersonRecord> records) {
                // the forms only match one person at a time; batches cluster with the hub's own rules
                return new Clusterer("CZ").cluster(records);
            }
        };
    }

    private static Optional<IdentityMatch> find(CrmStore store, ContactQuery query, String value, String by) {
        if (value == null) {
            return Optional.empty();
        }
        List<ContactView> found = store.findContacts(query, new Page(0, 1));
        return found.stream().findFirst().map(c -> new IdentityMatch(c.id(), by, 1.0, "same " + by));
    }
}
