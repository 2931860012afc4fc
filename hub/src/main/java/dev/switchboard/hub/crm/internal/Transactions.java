package dev.switchboard.hub.crm.internal;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write in its own transaction, again when it lost a race on a unique constraint: the
 * retried transaction sees the winner's committed row and updates it instead.
 */
final class Transactions {

    static final int ATTEMPTS = 4;

    private final TransactionTemplate template;

    Transactions(TransactionTemplate template) {
        this.template = template;
    }

    <T> T write(Supplier<T> work) {
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (DuplicateKeyException e) {
                last = e;
            }
        }
        throw last;
    }
}
