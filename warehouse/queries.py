"""Named read queries for the CLI and reports, and the read-only SQL entry point."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb


@dataclass(frozen=True)
class Totals:
    sources: int
    entries: int
    articles: int
    relevant: int
    raw_pages: int
    fetches: int
    figures: int
    targets: int


@dataclass(frozen=True)
class ArticleLine:
    published_at: datetime | None
    relevance: float
    title: str | None
    url: str


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def totals(con: duckdb.DuckDBPyConnection) -> Totals:
    row = con.execute(
        "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM entries),"
        " (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE relevant),"
        " (SELECT count(*) FROM raw_pages), (SELECT count(*) FROM fetches),"
        " (SELECT count(*) FROM figures), (SELECT count(*) FROM targets)"
    ).fetchall()[0]
    return Totals(*row)


def latest_relevant(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[ArticleLine]:
    rows = con.execute(
        "SELECT published_at, relevance, title, url FROM relevant_articles"
        " ORDER BY published_at DESC NULLS LAST, relevance DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [ArticleLine(*row) for row in rows]


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> QueryResult:
    """Run user SQL on a read-only connection; DuckDB's own error propagates unchanged."""
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description or []]
    return QueryResult(columns=columns, rows=cursor.fetchall() if columns else [])


SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class AlertLine:
    """An alert as reports show it."""

    alert_id: str
    created_at: datetime
    run_id: str | None
    kind: str
    severity: str
    metric_key: str
    metric: str | None
    geo: str | None
    period: str | None
    unit: str | None
    old_value: float | None
    new_value: float | None
    change_pct: float | None
    summary: str
    quote: str | None
    sentence: str | None
    url: str | None
    outlet: str | None
    published_at: datetime | None
    figure_kind: str | None  # the kind of the figure the alert is about (none for targets)


@dataclass(frozen=True)
class HistoryPoint:
    period: str
    value: float
    source: str | None
    reference: bool


# Which alerts: since a time, by one run, not sent yet, at or above a severity.
_ALERT_FILTER = """
    al.severity IN (SELECT unnest(?))
    AND (? IS NULL OR al.created_at >= ?) AND (? IS NULL OR al.run_id = ?)
    AND (NOT ? OR al.delivered_at IS NULL)
"""


def _alert_filter(
    since: datetime | None, run_id: str | None, min_severity: str, undelivered: bool
) -> list[Any]:
    levels = list(SEVERITIES[: SEVERITIES.index(min_severity) + 1])
    return [levels, since, since, run_id, run_id, undelivered]


def alerts(
    con: duckdb.DuckDBPyConnection,
    *,
    since: datetime | None = None,
    run_id: str | None = None,
    min_severity: str = "low",
    undelivered: bool = False,
    limit: int | None = None,
) -> list[AlertLine]:
    """Alerts since a time, by one run or not sent yet, at or above a severity; most important first.

    ``limit`` keeps the most important: a backfill can raise a hundred thousand alerts, and
    a report of them all would be neither readable nor of bounded size.
    """
    rows = con.execute(
        f"""
        SELECT al.alert_id, al.created_at, al.run_id, al.kind, al.severity, al.metric_key, al.metric,
               al.geo, al.period, al.unit, al.old_value, al.new_value, al.change_pct, al.summary, al.quote,
               al.sentence, al.url, ar.outlet, ar.published_at, f.kind AS figure_kind
        FROM alerts al
        LEFT JOIN articles ar USING (article_id)
        LEFT JOIN figures f ON f.figure_id = al.record_id
        WHERE {_ALERT_FILTER}
        ORDER BY CASE al.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, al.metric_key,
                 al.geo, al.period, al.kind, al.alert_id
        {"LIMIT ?" if limit is not None else ""}
        """,
        [*_alert_filter(since, run_id, min_severity, undelivered), *([limit] if limit is not None else [])],
    ).fetchall()
    return [AlertLine(*row) for row in rows]


def alert_count(
    con: duckdb.DuckDBPyConnection,
    *,
    since: datetime | None = None,
    run_id: str | None = None,
    min_severity: str = "low",
) -> int:
    """How many alerts ``alerts()`` would return without a limit."""
    query = f"SELECT count(*) FROM alerts al WHERE {_ALERT_FILTER}"
    return int(con.execute(query, _alert_filter(since, run_id, min_severity, False)).fetchall()[0][0])


Series = tuple[str, str | None, str, str | None]  # metric_key, geo, kind, unit


def histories(con: duckdb.DuckDBPyConnection, series: Sequence[Series]) -> dict[Series, list[HistoryPoint]]:
    """Every recorded value of each (metric_key, geo, kind, unit) series, oldest period first: what a
    report's charts draw. One query for all of them: a busy day's report charts hundreds."""
    if not series:
        return {}
    keys, geos, kinds, units = (list(column) for column in zip(*series, strict=True))
    rows = con.execute(
        """
        SELECT m.metric_key, m.geo, m.kind, m.unit, m.period, m.value, m.source, m.origin = 'reference'
        FROM metric_history m
        JOIN (SELECT unnest(?) AS metric_key, unnest(?) AS geo, unnest(?) AS kind, unnest(?) AS unit) s
          ON s.metric_key = m.metric_key AND s.geo IS NOT DISTINCT FROM m.geo AND s.kind = m.kind
         AND s.unit IS NOT DISTINCT FROM m.unit
        WHERE m.period NOT LIKE '%/%'
        ORDER BY m.period, m.said_at
        """,
        [keys, geos, kinds, units],
    ).fetchall()
    found: dict[Series, list[HistoryPoint]] = {}
    for row in rows:
        found.setdefault(row[:4], []).append(HistoryPoint(*row[4:]))
    return found


@dataclass(frozen=True)
class Status:
    """The warehouse at a glance, for ``tradewatch status``."""

    runs: list[tuple[Any, ...]]  # started_at, status, seconds, articles_new, figures, alerts, errors
    failing: list[tuple[Any, ...]]  # source_id, failure_streak, last_success_at, resting_until, last_error
    sources: int
    healthy: int
    alerts_today: dict[str, int]
    unsent: int
    tables: dict[str, int]


def status(con: duckdb.DuckDBPyConnection) -> Status:
    runs = con.execute(
        "SELECT started_at, status, date_diff('millisecond', started_at, finished_at) / 1000.0, articles_new,"
        " figures, alerts, len(errors) FROM runs ORDER BY started_at DESC LIMIT 5"
    ).fetchall()
    failing = con.execute(
        "SELECT source_id, failure_streak, last_success_at, resting_until, last_error FROM source_health"
        " WHERE failure_streak > 0 OR gone_at IS NOT NULL ORDER BY failure_streak DESC"
    ).fetchall()
    ((sources, healthy),) = con.execute(
        "SELECT count(*), count(*) FILTER (failure_streak = 0 AND gone_at IS NULL) FROM sources WHERE enabled"
    ).fetchall()
    today = dict(
        con.execute(
            "SELECT severity, count(*) FROM alerts WHERE created_at >= current_date GROUP BY severity"
        ).fetchall()
    )
    ((unsent,),) = con.execute("SELECT count(*) FROM alerts WHERE delivered_at IS NULL").fetchall()
    tables = {
        name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        for name in ("sources", "articles", "figures", "targets", "alerts", "raw_pages", "fetches")
    }
    return Status(runs, failing, sources, healthy, today, unsent, tables)
