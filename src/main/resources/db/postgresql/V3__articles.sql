-- Articles added while the bots run (talkbot add, feeds): every replica writes them into its own
-- corpus folder. seq orders them as stored (inserts take a lock, so seq order is commit order).
CREATE TABLE article (
    seq      BIGSERIAL   PRIMARY KEY,
    id       TEXT        NOT NULL UNIQUE,
    url      TEXT        NOT NULL DEFAULT '',
    meta     TEXT        NOT NULL,
    body     TEXT        NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX article_by_url ON article (url) WHERE url <> '';
