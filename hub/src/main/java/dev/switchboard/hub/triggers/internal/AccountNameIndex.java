package dev.switchboard.hub.triggers.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.hub.crm.AccountWriteHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code account_name_keys} table: each account's {@link CompanyKeys#key} and first-token
 * prefix, rewritten in the transaction that writes the account, and filled at start for accounts
 * written before it existed (or by another adapter).
 */
@Component
public class AccountNameIndex implements AccountWriteHook {

    private static final Logger LOG = LoggerFactory.getLogger(AccountNameIndex.class);
    private static final int BACKFILL_BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public AccountNameIndex(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void written(UUID accountId, String name) {
        jdbc.update("DELETE FROM account_name_keys WHERE account_id = ?", accountId);
        // a name that folds to nothing (only a legal form, only symbols) gets an empty key: never found by name
        String key = CompanyKeys.key(name);
        jdbc.update("INSERT INTO account_name_keys (account_id, name_key, first_token_prefix) VALUES (?, ?, ?)",
                accountId, key == null ? "" : truncate(key, 300), key == null ? "" : CompanyKeys.firstTokenPrefix(key));
    }

    /** Accounts without keys get theirs, in batches of their own transactions; returns how many. */
    @EventListener(ApplicationReadyEvent.class)
    public int backfill() {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> {
                List<Map<String, Object>> rows = jdbc.queryForList("SELECT a.id, a.name FROM accounts a WHERE NOT EXISTS "
                        + "(SELECT 1 FROM account_name_keys k WHERE k.account_id = a.id) ORDER BY a.id LIMIT ?",
                        BACKFILL_BATCH);
                rows.forEach(row -> written((UUID) row.get("id"), (String) row.get("name")));
                return rows.size();
            });
            if (done == null || done == 0) {
                break;
            }
            total += done;
        }
        if (total > 0) {
            LOG.info("account name keys: {} accounts indexed", total);
        }
        return total;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
