package dev.switchboard.hub.crm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.switchboard.hub.crm.PersonNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The identity blocking keys of contacts ({@code contact_name_keys}: {@link PersonNames#lookupKeys}
 * of the given name and surname, so a swapped or mistyped name is found too): rewritten inside the
 * transaction that inserts or changes a contact, and read to find the candidates for a person.
 */
final class ContactNameKeys {

    /** Keys looked up at once; a person has a few dozen at most. */
    private static final int MAX_LOOKUP_KEYS = 200;

    private final JdbcTemplate jdbc;

    ContactNameKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the keys of a contact with those of its current names. */
    void refresh(UUID contactId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT first_name, last_name FROM contacts WHERE id = ?", contactId);
        jdbc.update("DELETE FROM contact_name_keys WHERE contact_id = ?", contactId);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> names = rows.get(0);
        insert(contactId, (String) names.get("first_name"), (String) names.get("last_name"));
    }

    /**
     * Writes the keys of a contact inserted in this transaction with these names: it has no keys
     * yet, and its names are the ones just written, so neither a look-up nor a delete is needed.
     */
    void insertNew(UUID contactId, String firstName, String lastName) {
        insert(contactId, firstName, lastName);
    }

    private void insert(UUID contactId, String firstName, String lastName) {
        List<Object[]> keys = new ArrayList<>();
        for (String key : PersonNames.lookupKeys(firstName, lastName)) {
            keys.add(new Object[] {key, contactId});
        }
        if (!keys.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO contact_name_keys (name_key, contact_id) VALUES (?, ?)", keys);
        }
    }

    /** Fills the keys of contacts that have a name and no keys yet (created before the keys existed); returns how many. */
    int backfill() {
        List<UUID> missing = jdbc.queryForList("SELECT c.id FROM contacts c WHERE (c.last_name IS NOT NULL "
                + "OR c.first_name IS NOT NULL) AND NOT EXISTS "
                + "(SELECT 1 FROM contact_name_keys k WHERE k.contact_id = c.id)", UUID.class);
        missing.forEach(this::refresh);
        return missing.size();
    }

    /**
     * Ids of contacts with the e-mail, the phone, or one of the keys: at most {@code limit} of each
     * kind, by index look-ups only. By keys, those sharing the most come first: a Jan Novák before
     * the other Nováks, and those before a Nowak.
     */
    Set<UUID> candidates(String email, String phoneE164, Collection<String> nameKeys, int limit) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (email != null) {
            ids.addAll(jdbc.queryForList("SELECT id FROM contacts WHERE email = ? ORDER BY id LIMIT ?", UUID.class,
                    email, limit));
        }
        if (phoneE164 != null) {
            ids.addAll(jdbc.queryForList("SELECT id FROM contacts WHERE phone_e164 = ? ORDER BY id LIMIT ?", UUID.class,
                    phoneE164, limit));
        }
        List<Object> keys = new ArrayList<>(nameKeys.stream().limit(MAX_LOOKUP_KEYS).toList());
        if (!keys.isEmpty()) {
            keys.add(limit);
            ids.addAll(jdbc.queryForList("SELECT contact_id FROM contact_name_keys WHERE name_key IN ("
                    + "?, ".repeat(keys.size() - 2) + "?) GROUP BY contact_id ORDER BY COUNT(*) DESC, contact_id LIMIT ?",
                    UUID.class, keys.toArray()));
        }
        return ids;
    }
}
