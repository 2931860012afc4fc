package dev.switchboard.hub.crm.internal;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.switchboard.hub.crm.CrmStore.Upserted;
import dev.switchboard.hub.events.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one upsert every keyed entity shares. Inside the caller's transaction: find the entity by its
 * first natural key that is known, lock its row and set the given columns that differ; or insert it
 * and claim its keys. The natural_keys primary key settles concurrent inserts: the loser gets a
 * DuplicateKeyException and its caller retries the whole transaction, which then finds the winner.
 * Events: {@code <entity>.created} with every column, {@code <entity>.updated} with the changed ones.
 */
final class KeyedUpsert {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;

    KeyedUpsert(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    Upserted apply(Keyed record) {
        Set<Keyed.NaturalKey> taken = new HashSet<>();
        UUID existing = find(record, taken);
        if (existing == null) {
            return insert(record, taken);
        }
        Map<String, Object> current = jdbc.queryForMap(
                "SELECT * FROM " + record.table() + " WHERE id = ? FOR UPDATE", existing);
        Map<String, String> changed = new LinkedHashMap<>();
        record.columns().forEach((column, value) -> {
            if (!Objects.equals(value, current.get(column))) {
                changed.put(column, value);
            }
        });
        if (!changed.isEmpty()) {
            update(record.table(), existing, changed);
            outbox.append(record.entityType() + ".updated", record.entityType(), existing,
                    Map.of("id", existing, "changed", camelCase(changed)));
        }
        claimMissing(record, existing);
        return new Upserted(existing, false, !changed.isEmpty());
    }

    /**
     * The entity that owns the first of the record's keys that is known, or null. A match on a weaker
     * key (a phone) is not taken when the record also carries a stronger key of a kind (an e-mail)
     * that the matched entity already has with another value: two people sharing a family phone or
     * an office line stay two contacts.
     */
    private UUID find(Keyed record, Set<Keyed.NaturalKey> taken) {
        List<Keyed.NaturalKey> keys = record.keys();
        Map<Keyed.NaturalKey, UUID> owners = owners(record.entityType(), keys);
        for (int i = 0; i < keys.size(); i++) {
            Keyed.NaturalKey key = keys.get(i);
            UUID owner = owners.get(key);
            if (owner == null) {
                continue;
            }
            if (!conflicts(record.entityType(), owner, keys.subList(0, i))) {
                return owner;
            }
            taken.add(key);
        }
        return null;
    }

    /**
     * The owners of the keys that are held, in one round trip: one index look-up per key joined by
     * {@code UNION ALL} (a single {@code OR} over the keys is no index look-up on H2).
     */
    private Map<Keyed.NaturalKey, UUID> owners(String entityType, List<Keyed.NaturalKey> keys) {
        Map<Keyed.NaturalKey, UUID> owners = new HashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            // each row says by its position which key it answers
            parts.add("SELECT " + i + " AS k, entity_id FROM natural_keys WHERE entity_type = ? AND key_kind = ? AND key_value = ?");
            args.add(entityType);
            args.add(keys.get(i).kind());
            args.add(keys.get(i).value());
        }
        jdbc.query(String.join(" UNION ALL ", parts), (ResultSet rs) -> {
            owners.putIfAbsent(keys.get(rs.getInt(1)), rs.getObject(2, UUID.class));
        }, args.toArray());
        return owners;
    }

    /** Whether the entity holds a key of the same kind as one of {@code stronger}: then with another value, as those were not found. */
    private boolean conflicts(String entityType, UUID entity, List<Keyed.NaturalKey> stronger) {
        for (Keyed.NaturalKey key : stronger) {
            Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM natural_keys WHERE entity_type = ? AND entity_id = ? "
                    + "AND key_kind = ?", Integer.class, entityType, entity, key.kind());
            if (held != null && held > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A new entity claims every key nobody held when it was looked up: if a concurrent transaction
     * claimed one meanwhile, the insert fails with a DuplicateKeyException and the retry finds the
     * winner. Keys already held by another entity (a shared phone) are left with it.
     */
    private Upserted insert(Keyed record, Set<Keyed.NaturalKey> taken) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> columns = new ArrayList<>(List.of("id", "created_at", "updated_at"));
        List<Object> values = new ArrayList<>(List.of(id, now, now));
        record.columns().forEach((column, value) -> {
            columns.add(column);
            values.add(value);
        });
        jdbc.update("INSERT INTO " + record.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)", values.toArray());
        for (Keyed.NaturalKey key : record.keys()) {
            if (!taken.contains(key)) {
                claim(record.entityType(), key, id);
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.putAll(camelCase(record.columns()));
        outbox.append(record.entityType() + ".created", record.entityType(), id, payload);
        return new Upserted(id, true, true);
    }

    private void update(String table, UUID id, Map<String, String> changed) {
        List<Object> values = new ArrayList<>(changed.values());
        values.add(OffsetDateTime.now(ZoneOffset.UTC));
        values.add(id);
        jdbc.update("UPDATE " + table + " SET " + String.join(" = ?, ", changed.keySet()) + " = ?, updated_at = ? WHERE id = ?",
                values.toArray());
    }

    /** Keys the entity carries that nobody has claimed yet become its own; claimed ones stay with their owner. */
    private void claimMissing(Keyed record, UUID id) {
        for (Keyed.NaturalKey key : record.keys()) {
            Integer known = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM natural_keys WHERE entity_type = ? AND key_kind = ? AND key_value = ?",
                    Integer.class, record.entityType(), key.kind(), key.value());
            if (known == null || known == 0) {
                claim(record.entityType(), key, id);
            }
        }
    }

    private void claim(String entityType, Keyed.NaturalKey key, UUID id) {
        jdbc.update("INSERT INTO natural_keys (entity_type, key_kind, key_value, entity_id) VALUES (?, ?, ?, ?)",
                entityType, key.kind(), key.value(), id);
    }

    /** The external ids of an entity, by source system. */
    Map<String, String> externalIds(String entityType, UUID id) {
        return externalIds(entityType, List.of(id)).getOrDefault(id, new LinkedHashMap<>());
    }

    /** The external ids of these entities, by source system, in one query; entities without any are left out. */
    Map<UUID, Map<String, String>> externalIds(String entityType, Collection<UUID> ids) {
        Map<UUID, Map<String, String>> byEntity = new HashMap<>();
        if (ids.isEmpty()) {
            return byEntity;
        }
        List<Object> args = new ArrayList<>(List.of(entityType));
        args.addAll(ids);
        jdbc.query("SELECT entity_id, key_kind, key_value FROM natural_keys WHERE entity_type = ? AND entity_id IN ("
                        + "?, ".repeat(ids.size() - 1) + "?) AND (key_kind LIKE 'ext:%' OR key_kind = 'handle') "
                        + "ORDER BY key_kind",
                (ResultSet rs) -> {
                    String kind = rs.getString(2);
                    byEntity.computeIfAbsent(rs.getObject(1, UUID.class), e -> new LinkedHashMap<>())
                            .put(kind.startsWith("ext:") ? kind.substring(4) : kind, rs.getString(3));
                }, args.toArray());
        return byEntity;
    }

    static Map<String, String> camelCase(Map<String, String> columns) {
        Map<String, String> named = new LinkedHashMap<>();
        columns.forEach((column, value) -> named.put(camelCase(column), value));
        return named;
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
