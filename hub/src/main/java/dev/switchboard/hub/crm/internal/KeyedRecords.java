package dev.switchboard.hub.crm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.sdk.model.Account;
import dev.switchboard.sdk.model.Contact;
import dev.switchboard.sdk.model.Lead;

/**
 * Turns canonical records into {@link Keyed} rows: normalizes every field, and collects every
 * problem (field by field) before refusing the record with one {@link BadInputException}.
 */
final class KeyedRecords {

    /**
     * The external-id system whose value is a social handle, {@code <network>:<handle>}
     * ({@code mastodon:@ada@example.social}): stored lower-cased as natural key kind {@code handle},
     * which is how a social mention finds its contact.
     */
    static final String HANDLE = "handle";

    private final String phoneRegion;

    KeyedRecords(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    Keyed contact(Contact c) {
        Fields f = new Fields();
        f.text("first_name", "firstName", c.firstName(), 200);
        f.text("last_name", "lastName", c.lastName(), 200);
        f.normalized("email", "email", c.email(), Normalization::email);
        f.text("phone", "phone", c.phone(), 40);
        f.normalized("phone_e164", "phone", c.phone(), v -> Normalization.phone(v, phoneRegion));
        f.text("title", "title", c.title(), 200);
        f.text("company", "company", c.company(), 300);
        return f.keyed("contact", c.externalIds(), "email", "phone_e164");
    }

    Keyed lead(Lead l) {
        Fields f = new Fields();
        f.text("first_name", "firstName", l.firstName(), 200);
        f.text("last_name", "lastName", l.lastName(), 200);
        f.normalized("email", "email", l.email(), Normalization::email);
        f.text("phone", "phone", l.phone(), 40);
        f.normalized("phone_e164", "phone", l.phone(), v -> Normalization.phone(v, phoneRegion));
        f.text("company", "company", l.company(), 300);
        f.text("source", "source", l.source(), 80);
        return f.keyed("lead", l.externalIds(), "email", "phone_e164");
    }

    Keyed account(Account a) {
        Fields f = new Fields();
        f.text("name", "name", a.name(), 300);
        f.normalized("domain", "domain", a.domain(), Normalization::domain);
        f.normalized("phone_e164", "phone", a.phone(), v -> Normalization.phone(v, phoneRegion));
        f.normalized("country", "country", a.country(), KeyedRecords::country);
        Keyed keyed = f.keyed("account", a.externalIds(), "domain");
        if (!keyed.columns().containsKey("name")) {
            throw BadInputException.invalid(List.of(new Problem("name", "an account needs a name")));
        }
        return keyed;
    }

    private static String country(String value) {
        String code = Normalization.text(value);
        if (code != null && !code.matches("(?i)[a-z]{2}")) {
            throw new IllegalArgumentException("not a two-letter ISO 3166 country code: '" + value + "'");
        }
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    /** Collects normalized columns and problems for one record. */
    private static final class Fields {

        private final Map<String, String> columns = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        void text(String column, String field, String value, int maxLength) {
            String text = Normalization.text(value);
            if (text != null && text.length() > maxLength) {
                problems.add(new Problem(field, "longer than " + maxLength + " characters"));
            }
            columns.put(column, text);
        }

        void normalized(String column, String field, String value, Function<String, String> normalizer) {
            try {
                columns.put(column, normalizer.apply(value));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field, e.getMessage()));
            }
        }

        Keyed keyed(String entityType, Map<String, String> externalIds, String... keyColumns) {
            List<Keyed.NaturalKey> keys = new ArrayList<>();
            externalIds.forEach((system, id) -> {
                String s = Normalization.text(system);
                String v = Normalization.text(id);
                if (s == null || v == null || s.length() > 80 || v.length() > 300) {
                    problems.add(new Problem("externalIds." + system,
                            "needs a system name (up to 80 characters) and an id (up to 300)"));
                } else if (s.equals(HANDLE)) {
                    keys.add(new Keyed.NaturalKey(HANDLE, v.toLowerCase(java.util.Locale.ROOT)));
                } else {
                    keys.add(new Keyed.NaturalKey("ext:" + s, v));
                }
            });
            for (String column : keyColumns) {
                String value = columns.get(column);
                if (value != null) {
                    keys.add(new Keyed.NaturalKey(column.equals("phone_e164") ? "phone" : column, value));
                }
            }
            if (!problems.isEmpty()) {
                throw BadInputException.invalid(problems);
            }
            if (keys.isEmpty()) {
                throw BadInputException.invalid(List.of(new Problem(null, "a " + entityType + " needs at least one of "
                        + String.join(", ", List.of(keyColumns)).replace("phone_e164", "phone") + " or externalIds")));
            }
            return new Keyed(entityType, columns, keys);
        }
    }
}
