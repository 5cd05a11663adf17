"""Alerts about the pipeline itself: a source that keeps failing, and news that stopped coming.

They go in the same ``alerts`` table and summaries as the alerts about figures, so the
people who read the summaries learn that the monitor itself needs attention.
"""

from __future__ import annotations

from datetime import datetime

import duckdb

from warehouse.compare import Alert, insert_alerts


def health_alerts(
    con: duckdb.DuckDBPyConnection, run_id: str, failing_after: int, silence_hours: float, now: datetime
) -> int:
    """``source_failing`` for each source failing ``failing_after`` polls in a row, and ``silence``
    when no source brought a new relevant article for ``silence_hours``; once per episode each."""
    alerts = []
    failing = con.execute(
        "SELECT source_id, coalesce(name, url), failure_streak, last_success_at, last_error FROM sources"
        " WHERE enabled AND gone_at IS NULL AND failure_streak >= ?",
        [failing_after],
    ).fetchall()
    for source_id, name, streak, last_success, error in failing:
        since = f"since {last_success:%Y-%m-%d %H:%M} UTC" if last_success else "ever"
        alerts.append(
            Alert(
                kind="source_failing",
                severity="medium",
                fact=(source_id, last_success),
                metric_key=f"source:{source_id}",
                metric=name,
                summary=f"Source failing: {source_id} ({name}) has failed {streak} polls in a row, "
                f"no success {since}; last error: {' '.join(str(error or '').split())[:200]}",
            )
        )
    ((latest, articles),) = con.execute(
        "SELECT max(fetched_at), count(*) FROM articles WHERE relevant"
    ).fetchall()
    if articles and (now - latest).total_seconds() > silence_hours * 3600:
        alerts.append(
            Alert(
                kind="silence",
                severity="medium",
                fact=(latest,),
                metric_key="pipeline",
                summary=f"No new relevant article from any source since {latest:%Y-%m-%d %H:%M} UTC "
                f"(more than {silence_hours:g} hours)",
            )
        )
    return insert_alerts(con, alerts, run_id)
