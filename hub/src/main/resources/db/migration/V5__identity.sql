-- Identity: the keys a contact is found by when deciding whether a person is already known
-- (dev.switchboard.hub.crm.PersonNames#blockingKeys): its folded surname tokens and their
-- one-deletion variants, so that a surname within one typo is found by index, never by a scan.
-- Written by the store with every insert or change of a contact; rows of contacts created before
-- this migration are filled by the store at start.
CREATE TABLE contact_name_keys (
    name_key    VARCHAR(40)  NOT NULL,
    contact_id  UUID         NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (name_key, contact_id)
);
CREATE INDEX contact_name_keys_contact ON contact_name_keys (contact_id);
