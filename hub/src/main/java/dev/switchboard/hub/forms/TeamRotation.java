package dev.switchboard.hub.forms;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The round-robin turns of teams. Turns are counted in memory, so concurrent submissions never wait
 * on each other for one (a counter row locked until each submission commits made them queue). The
 * rotation survives restarts without a row of its own: at a team's first turn after start, it
 * continues after the member who owns the team's newest lead (the owner a turn gives is stored on
 * the lead). Turns are fair only approximately: a turn taken by a submission that is then rolled
 * back is not given back, and a lead owned by a member for another reason counts as that member's
 * turn at the next start. One hub instance per database is assumed; instances sharing one would
 * each rotate on their own.
 */
@Component
class TeamRotation {

    private final JdbcTemplate jdbc;
    private final Map<String, AtomicLong> turns = new ConcurrentHashMap<>();

    TeamRotation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member whose turn it is (the turn is taken), or {@code null} for a team without members. */
    String next(String team, List<String> members) {
        if (members.isEmpty()) {
            return null;
        }
        AtomicLong turn = turns.computeIfAbsent(team, t -> new AtomicLong(afterNewestLead(members)));
        return members.get((int) Math.floorMod(turn.getAndIncrement(), (long) members.size()));
    }

    /** The position after the member who owns the newest of the leads the members own; 0 when none. */
    private long afterNewestLead(List<String> members) {
        List<String> owner = jdbc.queryForList("SELECT owner_id FROM leads WHERE owner_id IN ("
                        + String.join(", ", Collections.nCopies(members.size(), "?"))
                        + ") ORDER BY created_at DESC, id DESC LIMIT 1", String.class, members.toArray());
        return owner.isEmpty() ? 0 : members.indexOf(owner.get(0)) + 1;
    }
}
