-- Initial schema: sources and their polling state, the fetch log, feed entries,
-- articles with their URLs, sources and raw pages, and the run log.

CREATE TABLE sources (
    source_id       TEXT PRIMARY KEY,       -- id from config, or derived from the URL
    name            TEXT,
    url             TEXT NOT NULL,
    kind            TEXT NOT NULL,          -- 'feed' or 'listing'
    selector        TEXT,                   -- CSS selector of article links (listing only)
    tags            TEXT[],
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    etag            TEXT,                   -- validators for the next conditional GET
    last_modified   TEXT,
    body_hash       TEXT,                   -- hash of the last body, for servers with stale validators
    moved_to        TEXT,                   -- target of a permanent redirect, polled instead of url
    gone_at         TIMESTAMPTZ,            -- set on HTTP 410: the source is no longer polled
    failure_streak  INTEGER NOT NULL DEFAULT 0,
    retry_after     TIMESTAMPTZ,            -- not polled before this time (429/503 or back-off)
    last_polled_at  TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE SEQUENCE fetch_ids START 1;

CREATE TABLE fetches (
    fetch_id     BIGINT PRIMARY KEY DEFAULT nextval('fetch_ids'),
    run_id       TEXT NOT NULL,
    source_id    TEXT,
    purpose      TEXT NOT NULL,             -- 'feed', 'listing', 'article' or 'robots'
    url          TEXT NOT NULL,
    final_url    TEXT,
    status       INTEGER,                   -- HTTP status, NULL when no response arrived
    outcome      TEXT NOT NULL,             -- 'ok', 'not_modified', 'unchanged', 'http_error', ...
    bytes        BIGINT NOT NULL DEFAULT 0,
    duration_ms  DOUBLE,
    error        TEXT,
    fetched_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE entries (
    source_id      TEXT NOT NULL,
    entry_key      TEXT NOT NULL,           -- feed GUID, else the link
    url            TEXT NOT NULL,
    canonical_url  TEXT NOT NULL,
    title          TEXT,
    summary        TEXT,
    published_at   TIMESTAMPTZ,
    first_seen_at  TIMESTAMPTZ NOT NULL,
    first_run_id   TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending', -- 'pending', 'done', 'refused', 'failed'
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    article_id     TEXT,
    PRIMARY KEY (source_id, entry_key)
);

CREATE TABLE articles (
    article_id     TEXT PRIMARY KEY,        -- hash of canonical_url
    url            TEXT NOT NULL,           -- the URL it was first fetched from
    canonical_url  TEXT NOT NULL,
    title          TEXT,
    published_at   TIMESTAMPTZ,
    fetched_at     TIMESTAMPTZ NOT NULL,
    outlet         TEXT,
    language       TEXT,
    authors        TEXT[],
    relevance      DOUBLE,
    relevant       BOOLEAN NOT NULL DEFAULT FALSE,
    matched_terms  TEXT[],
    content_hash   TEXT,                    -- hash of the words of text, for syndicated copies
    text           TEXT,
    problem        TEXT,                    -- why no text was taken ('no article: ...'), else NULL
    page_hash      TEXT,                    -- the raw page this row was parsed from
    first_run_id   TEXT NOT NULL
);
CREATE INDEX articles_canonical ON articles (canonical_url);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE article_urls (
    url         TEXT PRIMARY KEY,           -- any canonicalised URL known to lead to the article
    article_id  TEXT NOT NULL
);

CREATE TABLE article_sources (
    article_id  TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    entry_key   TEXT,
    linked_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, source_id)
);

CREATE TABLE raw_pages (
    page_hash     TEXT PRIMARY KEY,         -- hash of the raw bytes
    article_id    TEXT NOT NULL,
    url           TEXT NOT NULL,
    final_url     TEXT,
    fetched_at    TIMESTAMPTZ NOT NULL,
    content_type  TEXT,
    compression   TEXT NOT NULL,            -- 'zlib'
    size          BIGINT NOT NULL,          -- uncompressed bytes
    body          BLOB NOT NULL
);

CREATE TABLE runs (
    run_id               TEXT PRIMARY KEY,
    flow_run_id          TEXT,
    started_at           TIMESTAMPTZ NOT NULL,
    finished_at          TIMESTAMPTZ,
    status               TEXT NOT NULL,     -- 'running', 'completed', 'failed', 'interrupted'
    sources_ok           INTEGER NOT NULL DEFAULT 0,
    sources_failed       INTEGER NOT NULL DEFAULT 0,
    sources_skipped      INTEGER NOT NULL DEFAULT 0,
    entries_new          INTEGER NOT NULL DEFAULT 0,
    articles_new         INTEGER NOT NULL DEFAULT 0,
    articles_relevant    INTEGER NOT NULL DEFAULT 0,
    articles_duplicate   INTEGER NOT NULL DEFAULT 0,
    articles_failed      INTEGER NOT NULL DEFAULT 0,
    fetches              INTEGER NOT NULL DEFAULT 0,
    errors               TEXT[]
);

CREATE VIEW relevant_articles AS
SELECT a.article_id, a.published_at, a.outlet, a.title, a.canonical_url AS url, a.relevance,
       a.matched_terms, list(DISTINCT s.source_id ORDER BY s.source_id) AS sources
FROM articles a LEFT JOIN article_sources s USING (article_id)
WHERE a.relevant
GROUP BY ALL;

CREATE VIEW fetch_problems AS
SELECT f.fetched_at, f.run_id, f.source_id, f.purpose, f.url, f.status, f.outcome, f.error
FROM fetches f
WHERE f.outcome NOT IN ('ok', 'not_modified', 'unchanged');
