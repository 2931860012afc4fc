package dev.switchboard.hub.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.PersonNames;
import org.springframework.stereotype.Service;

/**
 * The {@link IdentityMatcher} over the CRM contacts: looks up candidates by index only (same
 * e-mail, same phone, a surname within one typo of a name token) and applies the
 * {@link PersonComparator} rules; the strongest rule wins (e-mail, then phone, then name), then
 * the higher score. Batches are clustered in memory by {@link Clusterer}, with the same rules.
 */
@Service
class CrmIdentityMatcher implements IdentityMatcher {

    /** Candidates read per kind of key; name candidates come best first, and a person has a handful of real ones. */
    static final int CANDIDATE_LIMIT = 50;
    private static final List<String> RULES = List.of("email", "phone", "name");

    private final CrmStore store;
    private final String phoneRegion;
    private final PersonComparator comparator = new PersonComparator();

    CrmIdentityMatcher(CrmStore store, CrmProperties properties) {
        this.store = store;
        this.phoneRegion = properties.defaultPhoneRegion();
    }

    @Override
    public Optional<IdentityMatch> match(PersonRecord person) {
        PreparedPerson incoming = PreparedPerson.of(person, phoneRegion);
        List<ContactView> contacts = store.identityCandidates(incoming.email(), incoming.phone(),
                PersonNames.lookupKeys(person.firstName(), person.lastName()), CANDIDATE_LIMIT);
        List<PreparedPerson> candidates = contacts.stream().map(this::prepare).toList();
        boolean shared = incoming.email() != null && sharedMailbox(incoming, candidates);
        List<IdentityMatch> matches = new ArrayList<>();
        for (PreparedPerson candidate : candidates) {
            comparator.compare(incoming, candidate, shared).ifPresent(link -> matches.add(
                    new IdentityMatch(UUID.fromString(candidate.recordId()), link.matchedBy(), link.score(), link.reason())));
        }
        return matches.stream().min(Comparator.comparingInt((IdentityMatch m) -> RULES.indexOf(m.matchedBy()))
                .thenComparing(Comparator.comparingDouble(IdentityMatch::score).reversed())
                .thenComparing(m -> m.contactId().toString()));
    }

    @Override
    public Map<String, String> cluster(List<PersonRecord> records) {
        return new Clusterer(phoneRegion).cluster(records);
    }

    /** The incoming e-mail is shared when it is a role address or the people using it (with this person) have different names. */
    private static boolean sharedMailbox(PreparedPerson incoming, List<PreparedPerson> candidates) {
        List<PreparedPerson> users = new ArrayList<>(List.of(incoming));
        candidates.stream().filter(c -> incoming.email().equals(c.email())).forEach(users::add);
        List<Integer> all = java.util.stream.IntStream.range(0, users.size()).boxed().toList();
        return !Clusterer.sharedMailboxes(users, Map.of(incoming.email(), all)).isEmpty();
    }

    private PreparedPerson prepare(ContactView c) {
        return c.phoneE164() != null ? PreparedPerson.withE164(asPerson(c), c.phoneE164())
                : PreparedPerson.of(asPerson(c), phoneRegion);
    }

    private static PersonRecord asPerson(ContactView c) {
        return new PersonRecord(c.id().toString(), "crm", c.firstName(), c.lastName(), c.email(),
                c.phoneE164() != null ? c.phoneE164() : c.phone(), c.company(), null);
    }
}
