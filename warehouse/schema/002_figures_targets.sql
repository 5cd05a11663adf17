-- Article metadata added by the article parser, and the figures and targets extracted
-- from each relevant article's text, with their provenance.

ALTER TABLE articles ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE articles ADD COLUMN captions TEXT[];
ALTER TABLE articles ADD COLUMN extractor TEXT;          -- how the body was found: 'profile:<site>' or 'generic'

CREATE TABLE figures (
    figure_id          TEXT PRIMARY KEY,   -- hash of article, span and unit: stable across re-extraction
    article_id         TEXT NOT NULL,
    ordinal            INTEGER NOT NULL,   -- position among the article's figures
    value              DOUBLE NOT NULL,    -- base units: 2.9 trillion yuan -> 2.9e12
    unit               TEXT,               -- ISO 4217 code, 'percent', 'percentage_point', 'times', 'count'
    kind               TEXT NOT NULL,      -- 'level', 'change', 'cagr', 'share', 'count', 'other'
    period             TEXT,               -- '2024', '2024-Q1', '2024-H1', '2024-03', '2024-01/2024-09', '2020/2024'
    geo                TEXT,
    metric             TEXT NOT NULL,      -- the phrase measured, as worded
    metric_key         TEXT NOT NULL,      -- stable identity: '<region>.<concept>[_<flow>]'
    catalogued         BOOLEAN NOT NULL,   -- metric_key from config/metrics.toml (else derived from the words)
    share_of           TEXT,               -- for shares: the whole
    approx             BOOLEAN NOT NULL,
    equivalent_of      TEXT,               -- figure_id of the figure this one restates in another currency
    source             TEXT,               -- who the sentence attributes it to
    sentence           TEXT NOT NULL,
    span_start         INTEGER NOT NULL,   -- character offsets in articles.text
    span_end           INTEGER NOT NULL,
    quote              TEXT NOT NULL,
    extractor_version  TEXT NOT NULL,
    extracted_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX figures_article ON figures (article_id);
CREATE INDEX figures_metric ON figures (metric_key);

CREATE TABLE targets (
    target_id          TEXT PRIMARY KEY,
    article_id         TEXT NOT NULL,
    ordinal            INTEGER NOT NULL,
    value              DOUBLE NOT NULL,
    unit               TEXT,
    comparator         TEXT NOT NULL,      -- '>', '>=', '=', '<=', '<', '~'
    year               INTEGER,            -- the deadline
    geo                TEXT,
    metric             TEXT NOT NULL,
    metric_key         TEXT NOT NULL,
    catalogued         BOOLEAN NOT NULL,
    issuer             TEXT,
    kind               TEXT NOT NULL,      -- 'target' or 'forecast'
    sentence           TEXT NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    quote              TEXT NOT NULL,
    extractor_version  TEXT NOT NULL,
    extracted_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX targets_article ON targets (article_id);

-- Every figure with the article it came from, for analysts.
CREATE VIEW figures_with_articles AS
SELECT f.metric_key, f.metric, f.geo, f.period, f.kind, f.value, f.unit, f.approx,
       f.equivalent_of IS NOT NULL AS is_equivalent, f.quote, f.sentence,
       a.published_at, a.outlet, a.title, a.canonical_url AS url, f.figure_id, f.article_id
FROM figures f JOIN articles a USING (article_id);

-- Metrics the catalog does not know yet: candidates for config/metrics.toml.
CREATE VIEW unknown_metrics AS
SELECT metric_key, any_value(metric) AS example_metric, count(*) AS figures,
       count(DISTINCT article_id) AS articles, max(extracted_at) AS last_seen
FROM (SELECT metric_key, metric, article_id, extracted_at, catalogued FROM figures
      UNION ALL
      SELECT metric_key, metric, article_id, extracted_at, catalogued FROM targets)
WHERE NOT catalogued
GROUP BY metric_key
ORDER BY figures DESC;

ALTER TABLE runs ADD COLUMN figures INTEGER NOT NULL DEFAULT 0;   -- figures extracted from new articles
ALTER TABLE runs ADD COLUMN targets INTEGER NOT NULL DEFAULT 0;
