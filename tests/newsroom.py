"""Publishing articles straight into a real warehouse, for the comparison and alert tests.

Each article goes through the real extractor and the real loader, then the comparison
runs as it does at the end of a flow run; only the HTTP fetching is left out.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parsers.figures import extract
from parsers.metrics import Catalog
from parsers.models import Article, Relevance
from parsers.urls import canonical_url
from warehouse import load
from warehouse.compare import compare
from warehouse.db import reading, writing
from warehouse.records import FetchedPage, FetchLog, PageOutcome, PendingEntry

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))


def outcome(url: str, text: str, published: str, outlet: str) -> PageOutcome:
    """A fetched and parsed article page, as the parse task hands it to the loader."""
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    entry = PendingEntry(source_id="s1", entry_key=url, url=url, canonical_url=canonical_url(url), attempts=0)
    log = FetchLog(purpose="article", url=url, outcome="ok", fetched_at=when, status=200)
    page = FetchedPage(
        url=url, canonical_url=entry.canonical_url, entries=(entry,), fetch=log, body=text.encode()
    )
    article = Article(
        url=url, canonical_url=entry.canonical_url, title=text[:40], published_at=when, outlet=outlet,
        paragraphs=tuple(p for p in text.split("\n\n") if p.strip()),
    )  # fmt: skip
    found = extract(article.text, when.date(), CATALOG)
    return PageOutcome(
        page=page, article=article, relevance=Relevance(score=9, relevant=True),
        figures=found.figures, targets=found.targets,
    )  # fmt: skip


def publish(db: Path, *articles: tuple[str, str, str, str], run_id: str = "run") -> int:
    """Store (url, text, published, outlet) articles as one batch and compare; returns the alerts added."""
    with writing(db) as con:
        con.execute(
            "INSERT INTO sources (source_id, url, kind) VALUES ('s1', 'http://s.test/', 'feed')"
            " ON CONFLICT DO NOTHING"
        )
        load.store_pages(con, run_id, [outcome(*a) for a in articles], max_attempts=3)
        return compare(con, run_id)


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    """The rows of one query, read with the same shared lock the CLI readers take."""
    with reading(db) as con:
        return con.execute(sql).fetchall()


def alerts(db: Path) -> list[tuple[str, str | None, float | None, float | None]]:
    """(kind, period, old_value, new_value) of every alert, in a stable order."""
    found = rows(db, "SELECT kind, period, old_value, new_value FROM alerts ORDER BY kind, period, new_value")
    return [(k, p, o, n) for k, p, o, n in found]
