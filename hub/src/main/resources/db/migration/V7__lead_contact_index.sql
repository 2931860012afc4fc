-- Web form intake looks up the open lead of a matched contact (leads.contact_id) on every
-- submission of a known person; without an index that was a scan of every lead.
CREATE INDEX leads_contact ON leads (contact_id);
