package dev.switchboard.hub.crm.internal;

import java.util.HashSet;
import java.util.Set;

import dev.switchboard.hub.crm.CrmStore.Subject;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The contacts, accounts and leads the current transaction has written or found to exist, so that
 * a later write about one of them in the same transaction (a task, an activity) does not look it up
 * again. Kept with the transaction's synchronizations: a transaction suspended by a REQUIRES_NEW one
 * keeps its own set, and the set ends with its transaction. Outside a synchronized transaction
 * nothing is remembered. The store never deletes these records, so a record once seen stays.
 */
final class KnownSubjects implements TransactionSynchronization {

    private final Set<Subject> subjects = new HashSet<>();

    private KnownSubjects() {
    }

    static boolean contains(Subject subject) {
        KnownSubjects known = current(false);
        return known != null && known.subjects.contains(subject);
    }

    static void add(Subject subject) {
        KnownSubjects known = current(true);
        if (known != null) {
            known.subjects.add(subject);
        }
    }

    private static KnownSubjects current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof KnownSubjects known) {
                return known;
            }
        }
        if (!create) {
            return null;
        }
        KnownSubjects known = new KnownSubjects();
        TransactionSynchronizationManager.registerSynchronization(known);
        return known;
    }
}
