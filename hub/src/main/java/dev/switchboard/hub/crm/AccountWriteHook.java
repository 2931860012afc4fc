package dev.switchboard.hub.crm;

import java.util.UUID;

/**
 * Called by the built-in store inside the transaction that inserted or changed an account, so that
 * an index kept by another feature (the account name keys of sales-trigger linking) is written
 * with the account or not at all.
 */
public interface AccountWriteHook {

    /** The account {@code accountId} now has these values; runs in the writing transaction. */
    void written(UUID accountId, String name);
}
