-- HMAC-signed web forms: every signature accepted, until it is too old to be taken anyway. A
-- replayed signature fails the primary key on every node and after a restart, which an in-memory
-- set could not promise. Rows past expires_at are deleted by the hub as it goes.
CREATE TABLE form_signatures (
    signature   VARCHAR(64)   PRIMARY KEY,   -- hex HMAC-SHA256 of "<X-Timestamp>.<raw body>"
    form_id     VARCHAR(100)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX form_signatures_expiry ON form_signatures (expires_at);
