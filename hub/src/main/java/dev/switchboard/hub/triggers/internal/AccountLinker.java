package dev.switchboard.hub.triggers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.Normalization;
import dev.switchboard.sdk.model.Account;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Resolves a company mention to a CRM account, inside the caller's transaction.
 *
 * <ol>
 *   <li>By domain: a domain named with the mention (its URL, {@code www.acme.cz}) is looked up in
 *       {@code accounts.domain}.</li>
 *   <li>By name, by index only: candidates share the mention's {@link CompanyKeys#key} or the prefix
 *       of its first word ({@code account_name_keys}); each is confirmed with
 *       {@link CompanyKeys#sameCompany}.</li>
 *   <li>Several confirmed: the one with the exact key first, then one with an owner or that is a
 *       customer, then the oldest, then the smallest id (deterministic).</li>
 *   <li>None: a prospect account named as mentioned, flagged {@code needs_review}, owned by the
 *       default owner (or nobody); its external id {@code switchboard-prospect} = the key, so that two
 *       documents naming the same unknown company make one prospect; its name is the mention's display
 *       name (quotes and legal form removed). In {@code ignore} mode: nothing.</li>
 * </ol>
 */
@Component
public class AccountLinker {

    /** Prospects carry their name key under this external-id system. */
    public static final String PROSPECT_SYSTEM = "switchboard-prospect";
    private static final int EXACT_LIMIT = 50;
    private static final int PREFIX_LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final CrmStore store;

    public AccountLinker(JdbcTemplate jdbc, CrmStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** A confirmed candidate and why it ranks where it does. */
    private record Candidate(UUID id, String name, String ownerId, boolean customer, boolean exactKey,
                             java.sql.Timestamp createdAt) {
    }

    /**
     * @param mention          the company as the text names it, or {@code null}
     * @param domain           a domain or URL given for the company, or {@code null}
     * @param createProspect   whether an unknown company becomes a prospect account
     * @param defaultOwner     the prospect's owner, or {@code null}
     */
    public Optional<LinkedAccount> link(String mention, String domain, boolean createProspect, String defaultOwner) {
        Optional<LinkedAccount> byDomain = byDomain(domain);
        if (byDomain.isPresent()) {
            return byDomain;
        }
        String key = CompanyKeys.key(mention);
        if (key == null) {
            return Optional.empty();
        }
        Optional<LinkedAccount> byName = byName(mention, key);
        if (byName.isPresent() || !createProspect) {
            return byName;
        }
        return Optional.of(prospect(mention, key, defaultOwner));
    }

    /** The account holding this domain, if the text is a domain or URL at all. */
    public Optional<LinkedAccount> byDomain(String domainOrUrl) {
        String domain;
        try {
            domain = Normalization.domain(domainOrUrl);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        if (domain == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, name, owner_id FROM accounts WHERE domain = ? "
                        + "ORDER BY CASE WHEN owner_id IS NULL THEN 1 ELSE 0 END, customer DESC, created_at, id LIMIT 1",
                (rs, n) -> new LinkedAccount(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("owner_id"), false, "domain"), domain).stream().findFirst();
    }

    private Optional<LinkedAccount> byName(String mention, String key) {
        List<Candidate> confirmed = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        for (Map<String, Object> row : candidates("k.name_key = ?", List.of(key), EXACT_LIMIT)) {
            confirmed.add(candidate(row, true));
            seen.add((UUID) row.get("id"));
        }
        List<String> prefixes = CompanyKeys.lookupPrefixes(key);
        String in = "k.first_token_prefix IN (" + "?, ".repeat(prefixes.size() - 1) + "?)";
        for (Map<String, Object> row : candidates(in, prefixes, PREFIX_LIMIT)) {
            if (!seen.contains((UUID) row.get("id")) && CompanyKeys.sameCompany(mention, (String) row.get("name"))) {
                confirmed.add(candidate(row, false));
            }
        }
        return confirmed.stream().min(Comparator.comparing((Candidate c) -> !c.exactKey())
                        .thenComparing(c -> c.ownerId() == null && !c.customer())
                        .thenComparing(Candidate::createdAt)
                        .thenComparing(Candidate::id))
                .map(c -> new LinkedAccount(c.id(), c.name(), c.ownerId(), false, "name"));
    }

    private List<Map<String, Object>> candidates(String where, List<String> args, int limit) {
        List<Object> values = new ArrayList<>(args);
        values.add(limit);
        return jdbc.queryForList("SELECT a.id, a.name, a.owner_id, a.customer, a.created_at, k.name_key "
                + "FROM account_name_keys k JOIN accounts a ON a.id = k.account_id WHERE " + where
                + " ORDER BY a.id LIMIT ?", values.toArray());
    }

    private static Candidate candidate(Map<String, Object> row, boolean exact) {
        Object created = row.get("created_at");
        java.sql.Timestamp at = created instanceof java.time.OffsetDateTime odt ? java.sql.Timestamp.from(odt.toInstant())
                : created instanceof java.sql.Timestamp ts ? ts : new java.sql.Timestamp(0);
        return new Candidate((UUID) row.get("id"), (String) row.get("name"), (String) row.get("owner_id"),
                Boolean.TRUE.equals(row.get("customer")), exact, at);
    }

    private LinkedAccount prospect(String mention, String key, String defaultOwner) {
        String name = CompanyKeys.displayName(mention);
        name = name.length() > 300 ? name.substring(0, 300) : name;
        String externalId = key.length() > 300 ? key.substring(0, 300) : key;
        CrmStore.Upserted done = store.upsertAccount(new Account(name, null, null, null,
                Map.of(PROSPECT_SYSTEM, externalId)));
        if (done.created()) {
            jdbc.update("UPDATE accounts SET needs_review = TRUE, owner_id = ? WHERE id = ?", defaultOwner, done.id());
        }
        String owner = jdbc.queryForObject("SELECT owner_id FROM accounts WHERE id = ?", String.class, done.id());
        return new LinkedAccount(done.id(), name, owner, done.created(), "prospect");
    }
}
