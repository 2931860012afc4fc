package dev.switchboard.hub.crm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.hub.crm.AccountView;
import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.hub.crm.TaskView;
import dev.switchboard.hub.crm.TimelineEntry;
import dev.switchboard.hub.errors.BadInputException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read side of the built-in store. */
final class CrmReads {

    private static final String CONTACT_COLUMNS = "id, first_name, last_name, email, phone, phone_e164, title, "
            + "company, account_id, owner_id, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final KeyedUpsert keys;
    private final String phoneRegion;

    CrmReads(JdbcTemplate jdbc, KeyedUpsert keys, String phoneRegion) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.phoneRegion = phoneRegion;
    }

    Optional<ContactView> contact(UUID id) {
        return jdbc.query("SELECT " + CONTACT_COLUMNS + " FROM contacts WHERE id = ?", this::mapContact, id)
                .stream().findFirst();
    }

    /** The contacts with these ids, in the order of {@code ids}, in one query; ids without a contact are left out. */
    List<ContactView> contacts(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ContactView> byId = new java.util.HashMap<>();
        Map<UUID, Map<String, String>> externalIds = keys.externalIds("contact", ids);
        jdbc.query("SELECT " + CONTACT_COLUMNS + " FROM contacts WHERE id IN (" + "?, ".repeat(ids.size() - 1) + "?)",
                (ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    byId.put(id, mapContact(rs, externalIds.getOrDefault(id, Map.of())));
                }, ids.toArray());
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    List<ContactView> findContacts(ContactQuery query, Page page) {
        StringBuilder sql = new StringBuilder("SELECT " + CONTACT_COLUMNS + " FROM contacts WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        try {
            String email = Normalization.email(query.email());
            if (email != null) {
                sql.append(" AND email = ?");
                args.add(email);
            }
            String phone = Normalization.phone(query.phone(), phoneRegion);
            if (phone != null) {
                sql.append(" AND phone_e164 = ?");
                args.add(phone);
            }
        } catch (IllegalArgumentException e) {
            throw BadInputException.malformed(query.email() != null && e.getMessage().contains("e-mail") ? "email" : "phone",
                    e.getMessage());
        }
        String text = Normalization.text(query.text());
        if (text != null) {
            sql.append(" AND (LOWER(first_name) LIKE ? OR LOWER(last_name) LIKE ? OR email LIKE ? OR LOWER(company) LIKE ?)");
            String like = "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            args.addAll(List.of(like, like, like, like));
        }
        sql.append(" ORDER BY updated_at DESC, id LIMIT ? OFFSET ?");
        args.add(page.limit());
        args.add(page.offset());
        return jdbc.query(sql.toString(), this::mapContact, args.toArray());
    }

    Optional<AccountView> account(UUID id) {
        return jdbc.query("SELECT id, name, domain, phone_e164, country, owner_id, customer, needs_review, created_at, updated_at "
                + "FROM accounts WHERE id = ?", (rs, n) -> new AccountView(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("domain"), rs.getString("phone_e164"), rs.getString("country"),
                rs.getString("owner_id"), rs.getBoolean("customer"), rs.getBoolean("needs_review"), keys.externalIds("account", id),
                instant(rs, "created_at"), instant(rs, "updated_at")), id).stream().findFirst();
    }

    List<TimelineEntry> timeline(Subject subject, Page page) {
        return jdbc.query("SELECT id, type, channel, occurred_at, subject, summary, payload, source_system, source_id, "
                        + "contact_id, account_id, lead_id FROM activities WHERE " + subject.kind().column() + " = ? "
                        + "ORDER BY occurred_at DESC, created_at DESC LIMIT ? OFFSET ?",
                (rs, n) -> new TimelineEntry(rs.getObject("id", UUID.class), rs.getString("type"),
                        rs.getString("channel"), instant(rs, "occurred_at"), rs.getString("subject"),
                        rs.getString("summary"), rs.getString("payload"), rs.getString("source_system"),
                        rs.getString("source_id"), rs.getObject("contact_id", UUID.class),
                        rs.getObject("account_id", UUID.class), rs.getObject("lead_id", UUID.class)),
                subject.id(), page.limit(), page.offset());
    }

    List<TaskView> tasks(String ownerId, String status, Page page) {
        StringBuilder sql = new StringBuilder("SELECT id, owner_id, subject, status, due_at, contact_id, account_id, "
                + "lead_id, created_at FROM tasks WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (ownerId != null && !ownerId.isBlank()) {
            sql.append(" AND owner_id = ?");
            args.add(ownerId.strip());
        }
        if (status != null && !status.isBlank()) {
            sql.append(" AND status = ?");
            args.add(status.strip());
        }
        sql.append(" ORDER BY due_at, created_at LIMIT ? OFFSET ?");
        args.add(page.limit());
        args.add(page.offset());
        return jdbc.query(sql.toString(), (rs, n) -> new TaskView(rs.getObject("id", UUID.class),
                rs.getString("owner_id"), rs.getString("subject"), rs.getString("status"), instant(rs, "due_at"),
                rs.getObject("contact_id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getObject("lead_id", UUID.class), instant(rs, "created_at")), args.toArray());
    }

    private ContactView mapContact(ResultSet rs, int row) throws SQLException {
        return mapContact(rs, keys.externalIds("contact", rs.getObject("id", UUID.class)));
    }

    private static ContactView mapContact(ResultSet rs, Map<String, String> externalIds) throws SQLException {
        return new ContactView(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("phone_e164"), rs.getString("title"),
                rs.getString("company"), rs.getObject("account_id", UUID.class), rs.getString("owner_id"), externalIds,
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
