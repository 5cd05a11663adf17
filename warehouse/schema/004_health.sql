-- Operations at a glance: how each source is doing.

CREATE VIEW source_health AS
SELECT s.source_id, s.name, s.kind, s.enabled,
       s.last_polled_at, s.last_success_at, s.failure_streak,
       CASE WHEN s.gone_at IS NOT NULL THEN NULL
            WHEN s.retry_after > now() THEN s.retry_after END AS resting_until,
       s.gone_at, s.moved_to, s.last_error,
       coalesce(recent.entries, 0) / 4.0 AS items_per_week,   -- over the last four weeks
       recent.latest_entry
FROM sources s
LEFT JOIN (
    SELECT source_id, count(*) AS entries, max(first_seen_at) AS latest_entry
    FROM entries WHERE first_seen_at >= now() - INTERVAL 28 DAY
    GROUP BY source_id
) recent USING (source_id)
ORDER BY s.failure_streak DESC, s.source_id;
