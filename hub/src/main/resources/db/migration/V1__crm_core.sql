-- Switchboard CRM core. One script for H2 (PostgreSQL mode) and PostgreSQL: keep to the SQL both
-- speak (UUID, TIMESTAMP WITH TIME ZONE, TEXT, identity columns, no partial indexes, no ON CONFLICT).

-- Owners: the users and teams that own accounts, contacts, leads, opportunities and tasks.
CREATE TABLE owners (
    id            VARCHAR(64)  PRIMARY KEY,   -- login of a user, or key of a team
    kind          VARCHAR(8)   NOT NULL CHECK (kind IN ('user', 'team')),
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE team_members (
    team_id   VARCHAR(64) NOT NULL REFERENCES owners (id),
    user_id   VARCHAR(64) NOT NULL REFERENCES owners (id),
    position  INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, user_id)
);

-- Organizations.
CREATE TABLE accounts (
    id               UUID         PRIMARY KEY,
    name             VARCHAR(300) NOT NULL,
    domain           VARCHAR(253),
    phone_e164       VARCHAR(20),
    country          VARCHAR(2),
    owner_id         VARCHAR(64)  REFERENCES owners (id),
    customer         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounts_domain ON accounts (domain);

-- Persons.
CREATE TABLE contacts (
    id               UUID         PRIMARY KEY,
    first_name       VARCHAR(200),
    last_name        VARCHAR(200),
    email            VARCHAR(320),
    phone            VARCHAR(40),
    phone_e164       VARCHAR(20),
    title            VARCHAR(200),
    company          VARCHAR(300),
    account_id       UUID         REFERENCES accounts (id),
    owner_id         VARCHAR(64)  REFERENCES owners (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contacts_email ON contacts (email);
CREATE INDEX contacts_phone ON contacts (phone_e164);
CREATE INDEX contacts_account ON contacts (account_id);
CREATE INDEX contacts_last_name ON contacts (last_name);

CREATE TABLE leads (
    id               UUID         PRIMARY KEY,
    first_name       VARCHAR(200),
    last_name        VARCHAR(200),
    email            VARCHAR(320),
    phone            VARCHAR(40),
    phone_e164       VARCHAR(20),
    company          VARCHAR(300),
    status           VARCHAR(20)  NOT NULL DEFAULT 'new',
    source           VARCHAR(80),
    owner_id         VARCHAR(64)  REFERENCES owners (id),
    contact_id       UUID         REFERENCES contacts (id),
    account_id       UUID         REFERENCES accounts (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX leads_email ON leads (email);
CREATE INDEX leads_owner ON leads (owner_id);

-- Natural keys: what makes an upsert idempotent. One row per (entity type, kind, value), claimed by
-- the first entity that carries it; the primary key is the unique constraint that settles races.
-- kind: 'email' (normalized), 'phone' (E.164), 'domain', 'ext:<source system>' (an external id).
CREATE TABLE natural_keys (
    entity_type  VARCHAR(16)  NOT NULL CHECK (entity_type IN ('contact', 'account', 'lead')),
    key_kind     VARCHAR(90)  NOT NULL,
    key_value    VARCHAR(320) NOT NULL,
    entity_id    UUID         NOT NULL,
    PRIMARY KEY (entity_type, key_kind, key_value)
);
CREATE INDEX natural_keys_entity ON natural_keys (entity_id);

CREATE TABLE opportunities (
    id           UUID          PRIMARY KEY,
    account_id   UUID          REFERENCES accounts (id),
    contact_id   UUID          REFERENCES contacts (id),
    name         VARCHAR(300)  NOT NULL,
    stage        VARCHAR(40)   NOT NULL,
    amount       NUMERIC(18, 2),
    currency     VARCHAR(3),
    probability  SMALLINT      CHECK (probability BETWEEN 0 AND 100),
    close_date   DATE,
    owner_id     VARCHAR(64)   REFERENCES owners (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX opportunities_account ON opportunities (account_id);

-- One timeline for every touchpoint: web form, web visit, e-mail in/out, call, social mention,
-- ERP order and invoice, trigger. (source_system, source_id) makes every consumer idempotent.
CREATE TABLE activities (
    id             UUID          PRIMARY KEY,
    contact_id     UUID          REFERENCES contacts (id),
    account_id     UUID          REFERENCES accounts (id),
    lead_id        UUID          REFERENCES leads (id),
    type           VARCHAR(40)   NOT NULL,
    channel        VARCHAR(40)   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    subject        VARCHAR(500),
    summary        TEXT,
    payload        TEXT,          -- JSON
    source_system  VARCHAR(80)   NOT NULL,
    source_id      VARCHAR(300)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT activities_source UNIQUE (source_system, source_id)
);
CREATE INDEX activities_contact_timeline ON activities (contact_id, occurred_at);
CREATE INDEX activities_account_timeline ON activities (account_id, occurred_at);
CREATE INDEX activities_lead_timeline ON activities (lead_id, occurred_at);

CREATE TABLE consents (
    id            UUID          PRIMARY KEY,
    contact_id    UUID          REFERENCES contacts (id),
    lead_id       UUID          REFERENCES leads (id),
    purpose       VARCHAR(80)   NOT NULL,
    granted       BOOLEAN       NOT NULL,
    text_version  VARCHAR(80),
    source        VARCHAR(200)  NOT NULL,
    ip            VARCHAR(45),
    user_agent    VARCHAR(500),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX consents_contact ON consents (contact_id, purpose, occurred_at);

CREATE TABLE tasks (
    id            UUID          PRIMARY KEY,
    owner_id      VARCHAR(64)   NOT NULL REFERENCES owners (id),
    subject       VARCHAR(500)  NOT NULL,
    status        VARCHAR(20)   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    due_at        TIMESTAMP WITH TIME ZONE,
    contact_id    UUID          REFERENCES contacts (id),
    account_id    UUID          REFERENCES accounts (id),
    lead_id       UUID          REFERENCES leads (id),
    source_system VARCHAR(80),
    source_id     VARCHAR(300),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT tasks_source UNIQUE (source_system, source_id)
);
CREATE INDEX tasks_owner ON tasks (owner_id, status, due_at);

-- Sales triggers detected in news and social posts, on an account.
CREATE TABLE triggers (
    id               UUID          PRIMARY KEY,
    account_id       UUID          REFERENCES accounts (id),
    type             VARCHAR(40)   NOT NULL,
    confidence       NUMERIC(4, 3) NOT NULL,
    company_mention  VARCHAR(300),
    evidence         TEXT,
    source_url       VARCHAR(2000),
    detected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX triggers_account ON triggers (account_id, detected_at);

-- Change events, written in the same transaction as the change. id orders inserts; seq is given
-- by the sequencer once the row is visible (committed), so readers never skip a late committer.
CREATE TABLE outbox_events (
    id              BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    seq             BIGINT        UNIQUE,
    event_type      VARCHAR(80)   NOT NULL,
    aggregate_type  VARCHAR(16)   NOT NULL,
    aggregate_id    UUID          NOT NULL,
    payload         TEXT          NOT NULL,   -- JSON
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How far each subscriber (a route consuming hub:events) has read, by seq.
CREATE TABLE outbox_cursors (
    subscriber   VARCHAR(200)  PRIMARY KEY,
    position     BIGINT        NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Exchanges that failed after every redelivery, kept for inspection and replay.
CREATE TABLE dead_letters (
    id                  BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    route_id            VARCHAR(200)  NOT NULL,
    endpoint_uri        VARCHAR(2000),          -- the endpoint that failed
    from_uri            VARCHAR(2000),          -- the route's consumer, where a replay re-enters
    exception_class     VARCHAR(300)  NOT NULL,
    exception_message   TEXT,
    body                TEXT,
    headers             TEXT,                   -- JSON object
    attempts            INTEGER       NOT NULL,
    failed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    replays             INTEGER       NOT NULL DEFAULT 0,
    last_replay_at      TIMESTAMP WITH TIME ZONE,
    last_replay_error   TEXT
);
CREATE INDEX dead_letters_route ON dead_letters (route_id, failed_at);
