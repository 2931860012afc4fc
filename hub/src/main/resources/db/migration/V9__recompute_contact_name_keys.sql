-- The name keys of contacts changed: romanized soft signs no longer split a name (Ольга is olga,
-- not "ol ga"), and each token also has its sound skeleton (Shevchenko, Ševčenko, Szewczenko).
-- Emptying the table makes the start-up backfill compute every contact's keys anew.
DELETE FROM contact_name_keys;
