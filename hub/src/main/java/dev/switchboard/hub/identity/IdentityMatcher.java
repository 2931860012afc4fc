package dev.switchboard.hub.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether records describe the same person: by normalized e-mail, then phone, then name and
 * company, insensitive to accents, transliteration and one-character typos, and aware that an
 * office mailbox or a family phone is shared by several people.
 */
public interface IdentityMatcher {

    /** The existing contact this person is, if any. */
    Optional<IdentityMatch> match(PersonRecord person);

    /**
     * Clusters a batch: records of one person share a cluster id.
     *
     * @return record id to cluster id, for every record (a record alone is its own cluster)
     */
    Map<String, String> cluster(List<PersonRecord> records);
}
