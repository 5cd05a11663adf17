"""Re-parse stored raw pages after the parser or the topic changed, without fetching again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner

from flows.ingest import bounded
from flows.parsing import PageToRead, ParsePool, parse_pool, read_pages
from flows.settings import Settings, default_db_path, load_settings
from parsers.encoding import charset_from_content_type
from parsers.metrics import Catalog
from parsers.models import Figure, Target
from parsers.relevance import Topic
from warehouse import load
from warehouse.compare import compare
from warehouse.db import writing
from warehouse.load import StoredPage
from warehouse.lock import run_lock


@dataclass
class ReparseReport:
    db: str
    scanned: int = 0
    changed: int = 0
    now_relevant: int = 0
    no_longer_relevant: int = 0
    seconds: float = 0.0
    figures: int = 0
    targets: int = 0
    alerts: int = 0


@dataclass(frozen=True)
class Reparsed:
    """Rows whose parsed columns changed, and the facts extracted anew from every page."""

    changed: list[dict[str, Any]]
    extractions: list[tuple[str, tuple[Figure, ...], tuple[Target, ...]]]


def reparse_pages(
    pages: list[StoredPage], topic: Topic, catalog: Catalog, pool: ParsePool | None = None
) -> Reparsed:
    """Parse each page again, re-score it and re-extract its figures and targets."""
    readings = read_pages(
        [
            PageToRead(
                page.body, page.url, page.url, charset_from_content_type(page.content_type), page.fetched_at
            )
            for page in pages
        ],
        topic,
        catalog,
        pool,
    )
    changed = []
    extractions = []
    for page, reading in zip(pages, readings, strict=True):
        fields = load.parsed_fields(reading.article, reading.relevance)
        if fields != page.current:
            changed.append({"article_id": page.article_id, **fields})
        extractions.append((page.article_id, reading.facts.figures, reading.facts.targets))
    return Reparsed(changed=changed, extractions=extractions)


@task(name="reparse-batch", cache_policy=NO_CACHE)
def reparse_batch(
    pages: list[StoredPage], topic: Topic, catalog: Catalog, pool: ParsePool | None = None
) -> Reparsed:
    return reparse_pages(pages, topic, catalog, pool)


def _stored_batches(db: Path, since: datetime | None, size: int) -> Iterator[list[StoredPage]]:
    after = ""
    while True:
        with writing(db) as con:
            pages = load.stored_pages(con, after=after, since=since, limit=size)
        if not pages:
            return
        after = pages[-1].article_id
        yield pages


def run_reparse(settings: Settings, db: Path, since: date | None) -> ReparseReport:
    report = ReparseReport(db=str(db))
    started = datetime.now(UTC)
    cutoff = datetime.combine(since, time.min, tzinfo=UTC) if since else None
    with parse_pool(settings, _backlog(db, cutoff)) as pool:
        _reparse_batches(settings, db, cutoff, report, pool)
    with writing(db) as con:  # what changed is compared again; an unchanged fact's alert exists already
        report.alerts = compare(con, f"reparse-{started:%Y%m%dT%H%M%S}")
    report.seconds = (datetime.now(UTC) - started).total_seconds()
    return report


def _backlog(db: Path, cutoff: datetime | None) -> int:
    """Pages to re-parse in this process's worker pool; none when the tasks run elsewhere (Dask)."""
    context = FlowRunContext.get()
    if context is None or not isinstance(context.task_runner, ThreadPoolTaskRunner):
        return 0
    with writing(db) as con:
        return load.stored_page_count(con, since=cutoff)


def _reparse_batches(
    settings: Settings, db: Path, cutoff: datetime | None, report: ReparseReport, pool: ParsePool | None
) -> None:
    sizes: dict[Any, int] = {}

    def submit(pages: list[StoredPage]) -> PrefectFuture[Reparsed]:
        future = reparse_batch.submit(pages, settings.topic, settings.catalog, pool)
        sizes[future] = len(pages)
        return future

    for future in bounded(_stored_batches(db, cutoff, settings.batch_size), submit, settings.concurrency):
        report.scanned += sizes.pop(future)
        result = future.result()
        rows = result.changed
        with writing(db) as con:
            before = dict(
                con.execute(
                    "SELECT article_id, relevant FROM articles WHERE article_id IN (SELECT unnest(?))",
                    [[r["article_id"] for r in rows] or [""]],
                ).fetchall()
            )
            ids = [article for article, _, _ in result.extractions]
            said = load.facts_of(con, ids)
            load.update_parsed(con, rows)
            load.mark_copies(con, [(r["article_id"], r["text"] or "") for r in rows])
            figures, targets = load.store_extractions(con, result.extractions)
            now_said = load.facts_of(con, ids)
            changed = {r["article_id"] for r in rows} | {a for a in ids if said[a] != now_said[a]}
            load.recompare(con, sorted(changed))
        report.figures += figures
        report.targets += targets
        report.changed += len(rows)
        report.now_relevant += sum(1 for r in rows if r["relevant"] and not before.get(r["article_id"]))
        report.no_longer_relevant += sum(1 for r in rows if not r["relevant"] and before.get(r["article_id"]))


@flow(name="reparse")
def reparse(config: str | None = None, db: str | None = None, since: date | None = None) -> ReparseReport:
    """Re-parse every stored article (fetched on or after ``since``) from its kept raw HTML."""
    settings = load_settings(config)
    target = Path(db) if db else default_db_path()
    with run_lock(target, settings.lock_wait):
        return run_reparse(settings, target, since)
