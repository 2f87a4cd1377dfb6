-- talkbot's shared state on PostgreSQL (several replicas, one database). Versioned by Flyway:
-- append V2__..., never edit a shipped migration.

-- chats that asked for the daily summary, in the order they asked
CREATE TABLE subscription (
    platform   TEXT        NOT NULL,
    chat_id    TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    seq        BIGSERIAL   NOT NULL,
    PRIMARY KEY (platform, chat_id)
);

-- one row per chat and day: a claim taken before sending, then confirmed as sent
CREATE TABLE post (
    platform  TEXT        NOT NULL,
    chat_id   TEXT        NOT NULL,
    day       DATE        NOT NULL,
    posted_at TIMESTAMPTZ NOT NULL,
    articles  TEXT        NOT NULL DEFAULT '',
    state     TEXT        NOT NULL CHECK (state IN ('claimed', 'sent')),
    PRIMARY KEY (platform, chat_id, day)
);

-- keys handled once (Slack event ids, Telegram update ids)
CREATE TABLE seen (
    scope   TEXT        NOT NULL,
    key     TEXT        NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);

-- named counters (Telegram's next getUpdates offset)
CREATE TABLE cursor (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

-- every message taken in, until it is answered; owner and lease say which replica answers it
CREATE TABLE inbox (
    id          BIGSERIAL PRIMARY KEY,
    platform    TEXT        NOT NULL,
    key         TEXT        NOT NULL,
    chat        TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    state       TEXT        NOT NULL CHECK (state IN ('pending', 'sending', 'done')),
    outcome     TEXT,
    owner       TEXT,
    lease_until TIMESTAMPTZ,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (platform, key)
);
CREATE INDEX inbox_open ON inbox (platform, state, id) WHERE state <> 'done';
CREATE INDEX inbox_open_chat ON inbox (platform, chat, id) WHERE state <> 'done';
CREATE INDEX inbox_owner ON inbox (owner) WHERE state <> 'done';

-- questions per chat and minute, for the rate limit every replica shares
CREATE TABLE rate (
    key    TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits   INTEGER     NOT NULL,
    PRIMARY KEY (key, window_start)
);
