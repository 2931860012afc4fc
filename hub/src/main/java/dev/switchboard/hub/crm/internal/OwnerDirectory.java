package dev.switchboard.hub.crm.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.crm.CrmProperties.Owner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synchronizes the owners configured in {@code switchboard.crm.owners} into the store at start:
 * new ones are added, known ones updated; owners no longer configured are marked inactive (records
 * keep pointing at them).
 */
@Component
class OwnerDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerDirectory.class);

    private final JdbcTemplate jdbc;
    private final CrmProperties properties;

    OwnerDirectory(JdbcTemplate jdbc, CrmProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void synchronize() {
        List<Owner> owners = properties.owners();
        jdbc.update("UPDATE owners SET active = FALSE");
        for (Owner owner : owners) {
            int updated = jdbc.update("UPDATE owners SET kind = ?, display_name = ?, email = ?, active = TRUE WHERE id = ?",
                    owner.kind(), owner.name(), owner.email(), owner.id());
            if (updated == 0) {
                jdbc.update("INSERT INTO owners (id, kind, display_name, email, active, created_at) VALUES (?, ?, ?, ?, TRUE, ?)",
                        owner.id(), owner.kind(), owner.name(), owner.email(), OffsetDateTime.now(ZoneOffset.UTC));
            }
        }
        jdbc.update("DELETE FROM team_members");
        for (Owner team : owners) {
            for (int i = 0; i < team.members().size(); i++) {
                jdbc.update("INSERT INTO team_members (team_id, user_id, position) VALUES (?, ?, ?)",
                        team.id(), team.members().get(i), i);
            }
        }
        LOG.info("owners: {} configured", owners.size());
    }
}
