-- Votes on answers (only votes: ordinary questions are never stored), once per answer and voter;
-- what the feed poller remembers between polls; the send marks of the inbox need no new column
-- (they live in inbox.outcome, as in the SQLite store).

CREATE TABLE feedback (
    answer_id    TEXT             NOT NULL,
    voter        TEXT             NOT NULL,
    up           BOOLEAN          NOT NULL,
    question     TEXT             NOT NULL,
    short_answer TEXT,
    reply        TEXT             NOT NULL,
    intent       TEXT             NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    platform     TEXT             NOT NULL,
    voted_at     TIMESTAMPTZ      NOT NULL,
    seq          BIGSERIAL        NOT NULL,
    PRIMARY KEY (answer_id, voter)
);
CREATE INDEX feedback_by_time ON feedback (voted_at);

-- each feed's validators for a conditional GET
CREATE TABLE feed (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TIMESTAMPTZ NOT NULL
);

-- entries of a feed dealt with for good, and how
CREATE TABLE feed_entry (
    feed    TEXT        NOT NULL,
    entry   TEXT        NOT NULL,
    outcome TEXT        NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (feed, entry)
);
CREATE INDEX feed_entry_by_time ON feed_entry (seen_at);
