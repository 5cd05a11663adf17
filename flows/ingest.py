"""The ingestion flow: sources -> entries -> article pages -> parsed articles -> warehouse.

The flow is the only writer. Worker tasks fetch and parse; each result is written
by the flow in its own short transaction as soon as it arrives, so a crash loses at
most one batch and the next run starts from the entries still marked pending.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

import duckdb
from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture, as_completed

from flows.http import Fetcher, backoff_until
from flows.notify import deliver, notification_urls
from flows.parsing import ParsePool, parse_pool
from flows.publish import ARTIFACT_KEY, publish
from flows.report import run_markdown, run_table
from flows.settings import Settings, default_db_path, load_settings
from flows.tasks import TransientSourceError, fetch_articles, parse_articles, poll_source
from warehouse import load
from warehouse.compare import compare
from warehouse.db import writing
from warehouse.health import health_alerts
from warehouse.load import BatchCounts
from warehouse.lock import run_lock
from warehouse.records import FetchedPage, FetchLog, PageOutcome, PendingEntry, SourcePoll, SourceState

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class RunReport:
    """What one run did; also written to the ``runs`` table."""

    run_id: str
    db: str
    status: str = "running"
    sources_ok: int = 0
    sources_failed: int = 0
    sources_skipped: int = 0
    entries_new: int = 0
    fetches: int = 0
    articles: BatchCounts = field(default_factory=BatchCounts)
    alerts: int = 0
    errors: list[str] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None

    def counts(self) -> dict[str, int]:
        """The integer columns of ``runs``."""
        return {
            "sources_ok": self.sources_ok,
            "sources_failed": self.sources_failed,
            "sources_skipped": self.sources_skipped,
            "entries_new": self.entries_new,
            "fetches": self.fetches,
            "alerts": self.alerts,
            **asdict(self.articles),
        }


def _skip_reason(state: SourceState, at: datetime) -> str | None:
    if not state.spec.enabled:
        return "disabled in config"
    if state.gone_at is not None:
        return f"gone (HTTP 410 on {state.gone_at:%Y-%m-%d})"
    if state.retry_after is not None and state.retry_after > at:
        if state.failure_streak == 0:
            return (
                f"not due until {state.retry_after:%Y-%m-%d %H:%M} UTC (its publishing rate, TTL or max-age)"
            )
        return f"backing off until {state.retry_after:%Y-%m-%d %H:%M} UTC"
    return None


def bounded(
    items: Iterable[T], submit: Callable[[T], PrefectFuture[R]], limit: int
) -> Iterator[PrefectFuture[R]]:
    """Submit work with at most ``limit`` futures in flight, yielding each as it completes.

    Bounding the window keeps memory flat however large the backlog is.
    """
    in_flight: list[PrefectFuture[R]] = []
    for item in items:
        in_flight.append(submit(item))
        if len(in_flight) >= limit:
            done = next(as_completed(in_flight))
            in_flight.remove(done)
            yield done
    for done in as_completed(in_flight):
        yield done


def _batches(targets: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(targets), size):
        yield targets[start : start + size]


def _poll_sources(
    settings: Settings, db: Path, report: RunReport, fetcher: Fetcher, due: list[SourceState]
) -> None:
    poller = poll_source.with_options(retries=settings.task_retries, retry_delay_seconds=settings.retry_delay)
    by_future: dict[Any, SourceState] = {}

    def submit(state: SourceState) -> PrefectFuture[SourcePoll]:
        future = poller.submit(state, fetcher)
        by_future[future] = state
        return future

    for future in bounded(due, submit, settings.concurrency):
        state = by_future.pop(future)
        try:
            result = future.result()
        except TransientSourceError as exc:
            result = exc.poll
        except Exception as exc:  # noqa: BLE001 - a bug in one source's handling must not stop the run
            result = _unexpected_failure(settings, state, exc)
        result = _record_poll(db, report, result, settings, state)
        report.fetches += len(result.fetches)
        if result.ok:
            report.sources_ok += 1
        else:
            report.sources_failed += 1
            report.errors.append(f"{state.spec.source_id}: {result.error}")


def _unexpected_failure(
    settings: Settings, state: SourceState, exc: BaseException, fetches: tuple[FetchLog, ...] = ()
) -> SourcePoll:
    return SourcePoll(
        source_id=state.spec.source_id,
        fetches=fetches,
        ok=False,
        error=f"{type(exc).__name__}: {exc}",
        retry_after=backoff_until(settings.fetch, state.failure_streak + 1, None),
    )


def _record_poll(
    db: Path, report: RunReport, result: SourcePoll, settings: Settings, state: SourceState
) -> SourcePoll:
    """Store a poll; if its entries cannot be stored, store the failure instead, so the run goes on."""
    try:
        with writing(db) as con:
            interval = (settings.fetch.min_interval, settings.fetch.max_interval)
            report.entries_new += load.record_poll(con, report.run_id, result, interval)
    except Exception as exc:  # noqa: BLE001 - one source's bad data must not stop the others
        result = _unexpected_failure(settings, state, exc, result.fetches)
        with writing(db) as con:
            load.record_poll(con, report.run_id, result)
    return result


def _article_targets(db: Path, settings: Settings) -> list[tuple[str, tuple[PendingEntry, ...]]]:
    """Pending entries grouped by canonical URL; those already stored are linked, not fetched."""
    with writing(db) as con:
        pending = load.pending_entries(con, [s.source_id for s in settings.sources])
        known = load.known_articles(con, (e.canonical_url for e in pending))
        load.link_entries(con, [(e, known[e.canonical_url]) for e in pending if e.canonical_url in known])
    grouped: dict[str, list[PendingEntry]] = {}
    for entry in pending:
        if entry.canonical_url not in known:
            grouped.setdefault(entry.canonical_url, []).append(entry)
    return [(url, tuple(entries)) for url, entries in grouped.items()]


def _failed_batch(batch: list[tuple[str, tuple[PendingEntry, ...]]], exc: BaseException) -> list[PageOutcome]:
    """Outcomes for a batch whose processing broke: its entries stay pending for the next run."""
    at = datetime.now(UTC)
    error = f"{type(exc).__name__}: {exc}"
    return [
        PageOutcome(
            page=FetchedPage(
                url=entries[0].url,
                canonical_url=canonical,
                entries=entries,
                fetch=FetchLog(
                    purpose="article", url=entries[0].url, outcome="error", fetched_at=at, error=error
                ),
                transient=True,
            )
        )
        for canonical, entries in batch
    ]


def _fetch_articles(settings: Settings, db: Path, report: RunReport, fetcher: Fetcher) -> None:
    targets = _article_targets(db, settings)
    with parse_pool(settings, len(targets)) as pool:
        _read_articles(settings, db, report, fetcher, targets, pool)


def _read_articles(
    settings: Settings,
    db: Path,
    report: RunReport,
    fetcher: Fetcher,
    targets: list[tuple[str, tuple[PendingEntry, ...]]],
    pool: ParsePool | None,
) -> None:
    by_future: dict[Any, list[tuple[str, tuple[PendingEntry, ...]]]] = {}

    def submit(batch: list[tuple[str, tuple[PendingEntry, ...]]]) -> PrefectFuture[list[PageOutcome]]:
        pages = fetch_articles.submit(batch, fetcher)
        # Prefect resolves the upstream future before the parse task starts.
        future = parse_articles.submit(
            cast("list[FetchedPage]", pages), settings.topic, settings.catalog, pool
        )
        by_future[future] = batch
        return future

    for future in bounded(_batches(targets, settings.batch_size), submit, settings.concurrency):
        batch = by_future.pop(future)
        try:
            outcomes = future.result()
        except Exception as exc:  # noqa: BLE001 - recorded against the batch's entries
            outcomes = _failed_batch(batch, exc)
            report.errors.append(f"article batch failed: {type(exc).__name__}: {exc}")
        own = fetcher.drain_own_requests()
        try:
            with writing(db) as con:
                report.articles.add(load.store_pages(con, report.run_id, outcomes, settings.max_attempts))
                load.record_fetches(con, report.run_id, own)
        except Exception as exc:  # noqa: BLE001 - the batch is recorded as failed, the run goes on
            report.errors.append(f"could not store an article batch: {type(exc).__name__}: {exc}")
            with writing(db) as con:
                report.articles.add(
                    load.store_pages(con, report.run_id, _failed_batch(batch, exc), settings.max_attempts)
                )
        report.fetches += len(outcomes) + len(own)


@contextmanager
def recorded_run(db: Path) -> Iterator[RunReport]:
    """A row in ``runs`` for the block, named after the Prefect flow run when there is one,
    and closed with the block's outcome and counts however it ends."""
    context = FlowRunContext.get()
    flow_run_id = str(context.flow_run.id) if context and context.flow_run else None
    report = RunReport(run_id=flow_run_id or uuid.uuid4().hex, db=str(db))
    with writing(db) as con:
        load.start_run(con, report.run_id, flow_run_id)
    try:
        yield report
        report.status = "completed"
    except BaseException:
        report.status = "failed"
        raise
    finally:
        report.finished_at = datetime.now(UTC)
        with writing(db) as con:
            load.finish_run(con, report.run_id, report.status, report.counts(), report.errors)


def _due(settings: Settings, db: Path, report: RunReport) -> list[SourceState]:
    """The sources to poll now; the others are counted as skipped, with the reason."""
    with writing(db) as con:
        load.sync_sources(con, settings.sources)
        states = load.source_states(con, settings.sources)
    due = []
    for state in states:
        reason = _skip_reason(state, report.started_at)
        if reason:
            report.sources_skipped += 1
            report.errors.append(f"{state.spec.source_id}: skipped, {reason}")
        else:
            due.append(state)
    return due


def ingest(settings: Settings, db: Path, *, alerts: bool = True) -> RunReport:
    """Run one poll of every due source and store what is new.

    ``alerts=False`` is for a worker's spool: the loader that merges every worker's
    batches compares them with the whole warehouse instead.
    """
    with recorded_run(db) as report:
        due = _due(settings, db, report)
        with Fetcher(settings.fetch) as fetcher:
            _poll_sources(settings, db, report, fetcher, due)
            _fetch_articles(settings, db, report, fetcher)
        if alerts:
            with writing(db) as con:
                report.alerts = raise_alerts(con, settings, report.run_id)
    return report


def raise_alerts(con: duckdb.DuckDBPyConnection, settings: Settings, run_id: str) -> int:
    """The new figures and targets against the records before them, then the sources' health."""
    added = compare(con, run_id)
    at = datetime.now(UTC)
    return added + health_alerts(con, run_id, settings.failing_after, settings.silence_hours, at)


def publish_run(report: RunReport) -> None:
    """The run's counts as a Markdown and a table artifact in Prefect's UI."""
    create_markdown_artifact(
        key="tradewatch-run", markdown=run_markdown(report), description="tradewatch run"
    )
    create_table_artifact(
        key="tradewatch-run-counts", table=run_table(report), description="tradewatch run counts"
    )


def publish_alerts(settings: Settings, target: Path, report: RunReport) -> None:
    """Reports, artifact and messages: the run's data is committed, so a failure here is logged, not raised.

    Whatever was not reported or sent is in the warehouse; the next run's report and
    delivery pick it up.
    """
    logger = get_run_logger()
    try:
        markdown = publish(target, report.run_id, settings.reports)
        create_markdown_artifact(key=ARTIFACT_KEY, markdown=markdown, description="tradewatch alerts")
        if settings.notify_send == "each-run":
            delivery = deliver(
                target, notification_urls(settings.notify_secret_block), settings.notify_min_severity
            )
            if delivery.error:  # the alerts stay unsent and go out with the next run's
                logger.warning("alerts not delivered (%d waiting): %s", delivery.pending, delivery.error)
    except Exception as exc:  # noqa: BLE001 - reporting must not turn a completed run into a failed one
        logger.warning("alert report or delivery failed: %s: %s", type(exc).__name__, exc)
        report.errors.append(f"alert report or delivery failed: {type(exc).__name__}: {exc}")


@flow(name="poll-sources")
def poll_sources(
    config: str | None = None,
    db: str | None = None,
    sources: list[str] | None = None,
    listings: list[list[str]] | None = None,
    tags: list[str] | None = None,
) -> RunReport:
    """Poll the configured sources once and store new relevant articles.

    ``sources`` (feed URLs) and ``listings`` ([URL, CSS selector] pairs) replace the
    configured list when given; ``tags`` polls only the configured sources with one of them.
    """
    settings = load_settings(
        config, source_urls=sources, listings=[(u, s) for u, s in listings or []], tags=tags
    )
    target = Path(db) if db else default_db_path()
    with run_lock(target, settings.lock_wait):
        report = ingest(settings, target)
    publish_run(report)
    publish_alerts(settings, target, report)
    get_run_logger().info(
        "run %s: %d sources ok, %d failed, %d new entries, %d new articles (%d relevant), %d alerts",
        report.run_id,
        report.sources_ok,
        report.sources_failed,
        report.entries_new,
        report.articles.articles_new,
        report.articles.articles_relevant,
        report.alerts,
    )
    return report
