-- Comparing new figures and targets with existing records, and the alerts that raises.

-- How precisely a figure was stated, in its own units: "2.9 trillion" is 2.9e12 +- 0.05e12.
-- Two values agree when they differ by no more than the coarser one's precision.
ALTER TABLE figures ADD COLUMN precision DOUBLE;
-- "in US dollar terms": the currency a growth rate was computed in, so rates in yuan and
-- in dollar terms are never compared with each other.
ALTER TABLE figures ADD COLUMN basis TEXT;
-- The same period a year earlier ("2024-H1" -> "2023-H1"): what a year-on-year rate compares with.
ALTER TABLE figures ADD COLUMN prior_period TEXT;
ALTER TABLE targets ADD COLUMN precision DOUBLE;

-- The article this one is a syndicated copy of: its figures neither confirm nor contradict.
ALTER TABLE articles ADD COLUMN copy_of TEXT;
-- When its figures and targets were compared with the records before them (NULL: not yet).
ALTER TABLE articles ADD COLUMN compared_at TIMESTAMPTZ;
-- Articles stored before comparison existed were already seen: they are history, not news.
UPDATE articles SET compared_at = current_timestamp;

-- A bottom-k MinHash sketch of each article's word 3-grams, one row per hash: near-copies
-- under another URL share most of their rows, so finding them is an indexed join.
CREATE TABLE article_sketches (
    article_id  TEXT NOT NULL,
    h           BIGINT NOT NULL,
    PRIMARY KEY (article_id, h)
);
CREATE INDEX article_sketches_h ON article_sketches (h);

-- Official statistics loaded by the user (`tradewatch load-reference`): they are existing
-- records like any other, and win when a news figure disagrees with them.
CREATE TABLE reference_figures (
    reference_id  TEXT PRIMARY KEY,        -- hash of metric_key, geo, period, kind, unit and source
    metric_key    TEXT NOT NULL,
    geo           TEXT,
    period        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    value         DOUBLE NOT NULL,
    unit          TEXT,
    precision     DOUBLE NOT NULL,
    source        TEXT NOT NULL,
    url           TEXT,
    loaded_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX reference_key ON reference_figures (metric_key);

CREATE TABLE alerts (
    alert_id      TEXT PRIMARY KEY,        -- hash of the fact: a rerun or a reparse never alerts twice
    created_at    TIMESTAMPTZ NOT NULL,
    run_id        TEXT,
    kind          TEXT NOT NULL,           -- new_metric, new_period, revision, conflict, inconsistent,
                                           -- new_target, target_changed, target_progress, forecast_outcome
    severity      TEXT NOT NULL,           -- high, medium, low
    metric_key    TEXT NOT NULL,
    metric        TEXT,
    geo           TEXT,
    period        TEXT,
    unit          TEXT,
    old_value     DOUBLE,
    new_value     DOUBLE,
    change_pct    DOUBLE,
    record_id     TEXT,                    -- the new figure_id or target_id
    compared_id   TEXT,                    -- the earlier figure, target or reference record
    compared_with TEXT,                    -- 'figure', 'target' or 'reference'
    article_id    TEXT,
    url           TEXT,
    sentence      TEXT,
    quote         TEXT,
    summary       TEXT NOT NULL,
    delivered_at  TIMESTAMPTZ              -- when it was sent to the configured notification targets
);
CREATE INDEX alerts_created ON alerts (created_at);

-- Figures that can be compared: on-topic articles, not a copy of another, not a restatement
-- in a second currency. Reference records join them with a NULL article.
CREATE VIEW comparable_figures AS
SELECT f.figure_id AS record_id, 'figure' AS record_kind, f.article_id, f.metric_key, f.metric, f.geo,
       f.period, f.prior_period, f.kind, f.unit, coalesce(f.basis, '') AS basis, f.value, f.catalogued,
       coalesce(f.precision, abs(f.value) * 0.005) AS precision,
       coalesce(nullif(f.source, ''), a.outlet, a.canonical_url) AS publisher,
       coalesce(a.published_at, a.fetched_at) AS said_at, a.canonical_url AS url, f.sentence, f.quote,
       a.compared_at
FROM figures f JOIN articles a USING (article_id)
WHERE a.relevant AND a.copy_of IS NULL AND f.equivalent_of IS NULL AND f.period IS NOT NULL;

-- The current best value of each fact, with how many sources said it: a reference record
-- when there is one, else the latest news figure.
CREATE VIEW latest_figures AS
WITH everything AS (
    SELECT metric_key, geo, period, kind, unit, value, publisher AS source, url, said_at, FALSE AS reference
    FROM comparable_figures
    UNION ALL
    SELECT metric_key, geo, period, kind, unit, value, source, url, loaded_at, TRUE
    FROM reference_figures
)
SELECT metric_key, geo, period, kind, unit,
       arg_max(value, (reference, said_at)) AS value,
       arg_max(source, (reference, said_at)) AS source,
       arg_max(url, (reference, said_at)) AS url,
       bool_or(reference) AS from_reference,
       count(DISTINCT source) AS sources,
       max(said_at) AS last_said_at
FROM everything
GROUP BY ALL;

-- Every value of every metric and period, with who said it and where.
CREATE VIEW metric_history AS
SELECT metric_key, geo, period, kind, unit, value, publisher AS source, said_at, url, quote, 'news' AS origin
FROM comparable_figures
UNION ALL
SELECT metric_key, geo, period, kind, unit, value, source, loaded_at, url, NULL, 'reference'
FROM reference_figures
ORDER BY metric_key, geo, period, said_at;

-- Each target with the latest actual value of its metric.
CREATE VIEW target_tracker AS
SELECT t.metric_key, t.geo, t.issuer, t.kind, t.comparator, t.value AS target_value, t.unit, t.year,
       actual.value AS latest_value, actual.period AS latest_period, actual.source AS latest_source,
       a.canonical_url AS url, t.quote, t.target_id
FROM targets t
JOIN articles a USING (article_id)
LEFT JOIN LATERAL (
    SELECT l.value, l.period, l.source
    FROM latest_figures l
    WHERE l.metric_key = t.metric_key AND l.geo IS NOT DISTINCT FROM t.geo
      AND l.unit IS NOT DISTINCT FROM t.unit AND l.kind IN ('level', 'share', 'count')
      AND l.period NOT LIKE '%/%'
    ORDER BY l.period DESC
    LIMIT 1
) actual ON TRUE
WHERE a.relevant AND a.copy_of IS NULL;

-- Alerts, most important and most recent first, for a daily read.
CREATE VIEW alert_digest AS
SELECT created_at::DATE AS day, severity, kind, metric_key, geo, period, summary, url, alert_id
FROM alerts
ORDER BY day DESC, CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, metric_key, kind;

ALTER TABLE runs ADD COLUMN alerts INTEGER NOT NULL DEFAULT 0;
