package dev.switchboard.hub.events;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The subscribers whose {@code hub:events} consumers run in this hub right now. Health reports lag
 * for these only: a cursor left behind by a removed route is not a backlog anyone waits for.
 */
@Component
class ActiveSubscribers {

    private final Set<String> names = ConcurrentHashMap.newKeySet();

    /** Two consumers sharing one cursor would each skip what the other took: refused. */
    void add(String subscriber) {
        if (!names.add(subscriber)) {
            throw new IllegalStateException("hub:events subscriber '" + subscriber
                    + "' is already consuming in this hub; give each route its own subscriber name");
        }
    }

    void remove(String subscriber) {
        names.remove(subscriber);
    }

    Set<String> names() {
        return new TreeSet<>(names);
    }
}
