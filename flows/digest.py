"""The daily digest: the alert summary of the last 24 hours, once a day.

It reads the warehouse only (a poll running at the same time delays it by at most one
batch write), publishes the summary as the Prefect artifact ``tradewatch-digest`` and
as ``reports/digest-YYYY-MM-DD.md`` and ``.html``, and, when ``[notify] send`` is
``"daily-digest"``, sends the alerts not sent yet through Apprise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from flows import summaries
from flows.notify import deliver, notification_urls
from flows.publish import ARTIFACT_ALERTS, REPORT_ALERTS, alert_histories, write_reports
from flows.settings import default_db_path, load_settings
from warehouse.db import reading
from warehouse.queries import alert_count, alerts

DIGEST_KEY = "tradewatch-digest"


@dataclass(frozen=True)
class DigestReport:
    alerts: int
    high: int
    report_md: str
    report_html: str
    sent: int


@flow(name="daily-digest")
def daily_digest(
    config: str | None = None, db: str | None = None, hours: int = 24, min_severity: str = "low"
) -> DigestReport:
    """Summarise the alerts of the last ``hours`` (at or above ``min_severity``)."""
    settings = load_settings(config)
    target = Path(db) if db else default_db_path()
    now = datetime.now(UTC)
    since = now - timedelta(hours=hours)
    with reading(target) as con:
        found = alerts(con, since=since, min_severity=min_severity, limit=REPORT_ALERTS)
        total = alert_count(con, since=since, min_severity=min_severity)
        histories = alert_histories(con, found)
    title = f"tradewatch digest, {hours} hours to {now:%Y-%m-%d %H:%M} UTC"
    stem = settings.reports / f"digest-{now:%Y-%m-%d}"
    all_in = f"the alerts table (tradewatch alerts --since {since:%Y-%m-%d} --min-severity {min_severity})"
    write_reports(stem, found, histories, title, total=total, all_in=all_in)
    markdown = summaries.markdown(found[:ARTIFACT_ALERTS], title=title, total=total, all_in=all_in)
    create_markdown_artifact(key=DIGEST_KEY, markdown=markdown, description="tradewatch daily digest")
    sent = 0
    if settings.notify_send == "daily-digest":
        sent = deliver(
            target, notification_urls(settings.notify_secret_block), settings.notify_min_severity
        ).sent
    return DigestReport(
        alerts=len(found),
        high=sum(a.severity == "high" for a in found),
        report_md=str(stem.with_suffix(".md")),
        report_html=str(stem.with_suffix(".html")),
        sent=sent,
    )
