"""Where a run's alerts go: a Prefect Markdown artifact, and the day's report files.

The day's files (``reports/alerts-YYYY-MM-DD.md`` and ``.html``) are rewritten after
every run with all of that day's alerts, so the last run of a day leaves its full
report; each run's artifact holds that run's alerts only.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

from flows import summaries
from warehouse.db import reading
from warehouse.queries import alerts, history

ARTIFACT_KEY = "tradewatch-alerts"


def write_report(path: Path, content: str) -> None:
    """Replace the file in one step, so a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(content)
    Path(temporary).replace(path)


def publish(db: Path, run_id: str, reports: Path, day: date | None = None) -> str:
    """Write the day's alerts into the report files; returns this run's alerts in Markdown (the artifact)."""
    day = day or datetime.now(UTC).date()
    with reading(db) as con:
        run_alerts = alerts(con, run_id=run_id)
        today = alerts(con, since=datetime.combine(day, time(), tzinfo=UTC))
        charts = {
            series: history(con, *series)
            for series in {summaries.series_of(a) for a in today}
            if series is not None
        }
    title = f"tradewatch alerts, {day:%Y-%m-%d}"
    report_md = reports / f"alerts-{day:%Y-%m-%d}.md"
    report_html = reports / f"alerts-{day:%Y-%m-%d}.html"
    write_report(report_md, summaries.markdown(today, title=title))
    write_report(report_html, summaries.html_page(today, lambda series: charts.get(series, ()), title=title))
    return summaries.markdown(run_alerts, title=f"tradewatch alerts, run {run_id}")
