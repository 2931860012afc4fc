-- Identity: the keys a contact is found by when deciding whether a person is already known
-- (dev.switchboard.hub.crm.PersonNames#lookupKeys): its folded name tokens (given name and surname)
-- and their one-deletion variants, so that a name within one typo, or swapped, is found by index,
-- never by a scan; a contact sharing more keys with the person is a better candidate.
-- Written by the store with every insert or change of a contact; rows of contacts created before
-- this migration are filled by the store at start.
CREATE TABLE contact_name_keys (
    name_key    VARCHAR(40)  NOT NULL,
    contact_id  UUID         NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (name_key, contact_id)
);
CREATE INDEX contact_name_keys_contact ON contact_name_keys (contact_id);
