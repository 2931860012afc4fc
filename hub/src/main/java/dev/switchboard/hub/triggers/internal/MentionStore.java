package dev.switchboard.hub.triggers.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.sdk.model.Lead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a social mention is about: the contact (else the lead) holding the author's handle (natural
 * key kind {@code handle}, value {@code <network>:<handle>} lower-cased), or a new lead.
 */
@Component
public class MentionStore {

    private final JdbcTemplate jdbc;
    private final CrmStore store;

    public MentionStore(JdbcTemplate jdbc, CrmStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The contact or lead with this handle: entity type ({@code contact}, {@code lead}) and id. */
    public Optional<Map.Entry<String, UUID>> holder(String handle) {
        for (String type : List.of("contact", "lead")) {
            List<UUID> ids = jdbc.queryForList("SELECT entity_id FROM natural_keys WHERE entity_type = ? "
                    + "AND key_kind = 'handle' AND key_value = ?", UUID.class, type, handle.toLowerCase(Locale.ROOT));
            if (!ids.isEmpty()) {
                return Optional.of(Map.entry(type, ids.get(0)));
            }
        }
        return Optional.empty();
    }

    /** A new lead (or the one a concurrent mention created) for the handle, named as the author calls themself. */
    public UUID lead(String handle, String displayName, String source) {
        String name = displayName == null || displayName.isBlank() ? handle : displayName.strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        String src = source.length() > 80 ? source.substring(0, 80) : source;
        return store.upsertLead(new Lead(null, name, null, null, null, src, Map.of("handle", handle))).id();
    }
}
