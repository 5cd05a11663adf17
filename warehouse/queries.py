"""Named read queries for the CLI and reports, and the read-only SQL entry point."""

from __future__ import annotations

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
