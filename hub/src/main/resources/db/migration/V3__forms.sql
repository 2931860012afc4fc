-- Web forms. Same SQL on H2 (PostgreSQL mode) and PostgreSQL.

-- One row per accepted submission. (form_id, idempotency_key) makes a retried or concurrent
-- duplicate submission find the first one's answer instead of creating anything new; the key is the
-- client's Idempotency-Key (or field submissionId), else the submission's own id.
CREATE TABLE form_submissions (
    id               UUID          PRIMARY KEY,
    form_id          VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    answer           TEXT          NOT NULL,   -- JSON: what the first submission was answered
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT form_submissions_key UNIQUE (form_id, idempotency_key)
);

-- Round-robin position per team: the next submission assigned to the team goes to the member at
-- next_position (modulo the team's size). Updated in the submission's transaction, so it survives
-- restarts and is shared by every node.
CREATE TABLE team_round_robin (
    team_id        VARCHAR(64)  PRIMARY KEY REFERENCES owners (id),
    next_position  BIGINT       NOT NULL
);
