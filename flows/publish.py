"""Where a run's alerts go: a Prefect Markdown artifact, and the day's report files.

The day's files (``reports/alerts-YYYY-MM-DD.md`` and ``.html``) are rewritten after
every run that raised alerts, with all of that day's alerts, so the last run of a day
leaves its full report; each run's artifact holds that run's alerts only.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path

import duckdb

from flows import summaries
from warehouse.db import reading
from warehouse.queries import AlertLine, HistoryPoint, Series, alert_count, alerts, histories

ARTIFACT_KEY = "tradewatch-alerts"
# A first run over a new source can raise a hundred thousand alerts. The Prefect artifact
# lists the most severe 200 (Prefect refuses events of a few megabytes), the day's report
# the most severe 2,000 (all of them made a 10,000-article backfill's report take 1.2 GB
# to write, and no one reads that far); each says how many there were and where they all are.
ARTIFACT_ALERTS = 200
REPORT_ALERTS = 2000


def write_report(path: Path, content: str) -> None:
    """Replace the file in one step, so a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(content)
    Path(temporary).replace(path)


def alert_histories(
    con: duckdb.DuckDBPyConnection, found: Sequence[AlertLine]
) -> Callable[[Series], Sequence[HistoryPoint]]:
    """The charted series' histories for the HTML page, read while the connection is open."""
    charts = histories(con, summaries.charted_series(found))
    return lambda series: charts.get(series, ())


def write_reports(
    stem: Path,
    found: Sequence[AlertLine],
    histories: Callable[[Series], Sequence[HistoryPoint]],
    title: str,
    *,
    total: int | None = None,
    all_in: str = "the alerts table",
) -> str:
    """Write ``stem.md`` and ``stem.html`` for these alerts; returns the Markdown.

    ``total`` is how many there were when these are only the most severe; ``all_in`` where all are.
    """
    markdown = summaries.markdown(found, title=title, total=total, all_in=all_in)
    write_report(stem.with_suffix(".md"), markdown)
    page = summaries.html_page(found, histories, title=title, total=total, all_in=all_in)
    write_report(stem.with_suffix(".html"), page)
    return markdown


def publish(db: Path, run_id: str, reports: Path, day: date | None = None) -> str:
    """Write the day's alerts into the report files; returns this run's alerts in Markdown (the artifact).

    A run that raised nothing leaves the day's files as they are: rebuilding them (every
    alert of the day, with its charted history) would make a quiet run cost as much as
    the day's busiest.
    """
    day = day or datetime.now(UTC).date()
    stem = reports / f"alerts-{day:%Y-%m-%d}"
    since = datetime.combine(day, time(), tzinfo=UTC)
    with reading(db) as con:
        run_total = alert_count(con, run_id=run_id)
        run_alerts = alerts(con, run_id=run_id, limit=ARTIFACT_ALERTS)
        if run_total or not stem.with_suffix(".html").exists():
            today = alerts(con, since=since, limit=REPORT_ALERTS)
            write_reports(
                stem,
                today,
                alert_histories(con, today),
                f"tradewatch alerts, {day:%Y-%m-%d}",
                total=alert_count(con, since=since),
                all_in=f"the alerts table (tradewatch alerts --since {day:%Y-%m-%d})",
            )
    return summaries.markdown(
        run_alerts,
        title=f"tradewatch alerts, run {run_id}",
        total=run_total,
        all_in=f"the day's report and the alerts table (tradewatch alerts --run {run_id})",
    )
