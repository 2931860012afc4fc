package dev.switchboard.hub.crm.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record ready for a keyed upsert: its normalized column values (null = not given) and its
 * natural keys in the order they are tried.
 *
 * @param entityType {@code contact}, {@code account} or {@code lead}; also the table name's singular
 * @param columns    column name to value, only the columns this upsert sets
 * @param keys       natural keys, most specific first (external ids, then e-mail, then phone)
 */
record Keyed(String entityType, Map<String, String> columns, List<NaturalKey> keys) {

    Keyed {
        columns = new LinkedHashMap<>(columns);
        columns.values().removeIf(v -> v == null);
        keys = List.copyOf(keys);
    }

    String table() {
        return entityType + "s";
    }

    /** One natural key: {@code kind} is email, phone, domain or ext:&lt;system&gt;. */
    record NaturalKey(String kind, String value) {
    }
}
