"""Prefect tasks: one per source and one per batch of articles, never one per item.

Each task wraps a plain function that does the work, so tests and benchmarks can
call the function directly and the flow pays Prefect's per-task cost only per batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.http import Fetched, Fetcher, backoff_until, max_age
from flows.parsing import PageToRead, ParsePool, read_pages
from parsers.encoding import decode_html
from parsers.feeds import parse_feed, parse_listing
from parsers.fingerprints import digest
from parsers.metrics import Catalog
from parsers.relevance import Topic
from warehouse.records import FetchedPage, PageOutcome, PendingEntry, SourcePoll, SourceState


class TransientSourceError(Exception):
    """A source failed in a way worth retrying now; carries the poll so the failure is recorded."""

    def __init__(self, poll: SourcePoll) -> None:
        super().__init__(poll.error or "transient failure")
        self.poll = poll


def _failed_poll(state: SourceState, fetched: Fetched, fetcher: Fetcher) -> SourcePoll:
    status = fetched.log.status
    gone = status == 410
    retry_at = None if gone else backoff_until(fetcher.policy, state.failure_streak + 1, fetched.retry_after)
    return SourcePoll(
        source_id=state.spec.source_id,
        fetches=(fetched.log,),
        ok=False,
        error=fetched.log.error or fetched.log.outcome,
        gone=gone,
        moved_to=fetched.permanent_redirect,
        retry_after=retry_at,
    )


def poll(state: SourceState, fetcher: Fetcher) -> SourcePoll:
    """Fetch one source (conditionally) and read its entries."""
    spec = state.spec
    fetched = fetcher.fetch(
        state.poll_url,
        purpose=spec.kind,
        source_id=spec.source_id,
        trusted=True,
        etag=state.etag,
        last_modified=state.last_modified,
    )
    validators: dict[str, Any] = {
        "etag": fetched.headers.get("etag") or state.etag,
        "last_modified": fetched.headers.get("last-modified") or state.last_modified,
        "moved_to": fetched.permanent_redirect,
        "cache_seconds": max_age(fetched.headers.get("cache-control")),
    }
    if fetched.log.outcome == "not_modified":
        return SourcePoll(source_id=spec.source_id, fetches=(fetched.log,), ok=True, **validators)
    if not fetched.ok:
        return _failed_poll(state, fetched, fetcher)
    body_hash = digest(fetched.body)
    if body_hash == state.body_hash:
        log = dataclasses.replace(fetched.log, outcome="unchanged")
        return SourcePoll(
            source_id=spec.source_id, fetches=(log,), ok=True, body_hash=body_hash, **validators
        )
    base = fetched.log.final_url or state.poll_url
    if spec.kind == "listing":
        html, _ = decode_html(fetched.body, fetched.charset)
        parsed = parse_listing(html, base, spec.selector or "a")
    else:
        parsed = parse_feed(fetched.body, base, fetched.content_type)
    if parsed.problem and not parsed.entries:
        log = dataclasses.replace(fetched.log, outcome="parse_error", error=parsed.problem)
        return SourcePoll(
            source_id=spec.source_id,
            fetches=(log,),
            ok=False,
            error=parsed.problem,
            retry_after=backoff_until(fetcher.policy, state.failure_streak + 1, None),
        )
    log = dataclasses.replace(fetched.log, error=parsed.problem)
    if parsed.ttl_minutes:  # RSS <ttl> asks the same as a max-age; the longer one wins
        validators["cache_seconds"] = max(validators["cache_seconds"] or 0.0, parsed.ttl_minutes * 60.0)
    return SourcePoll(
        source_id=spec.source_id,
        fetches=(log,),
        entries=parsed.entries,
        ok=True,
        error=parsed.problem,
        body_hash=body_hash,
        **validators,
    )


def _retry_if_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect retries a source only for failures that may clear up within seconds."""
    try:
        state.result()
    except TransientSourceError:
        return True
    except Exception:  # noqa: BLE001 - any other failure is final for this run
        return False
    return False


@task(name="poll-source", cache_policy=NO_CACHE, retry_condition_fn=_retry_if_transient)
def poll_source(state: SourceState, fetcher: Fetcher) -> SourcePoll:
    result = poll(state, fetcher)
    if not result.ok and result.fetches and _is_transient(result):
        raise TransientSourceError(result)
    return result


def _is_transient(result: SourcePoll) -> bool:
    last = result.fetches[-1]
    return last.outcome in ("timeout", "network_error") or last.status in (500, 502, 504)


def fetch_batch(
    targets: Sequence[tuple[str, tuple[PendingEntry, ...]]], fetcher: Fetcher
) -> list[FetchedPage]:
    """Fetch article pages; each target is a canonical URL and the entries that link to it."""
    pages = []
    for canonical, entries in targets:
        fetched = fetcher.fetch(entries[0].url, purpose="article", source_id=entries[0].source_id)
        pages.append(
            FetchedPage(
                url=entries[0].url,
                canonical_url=canonical,
                entries=entries,
                fetch=fetched.log,
                body=fetched.body if fetched.ok else b"",
                content_type=fetched.content_type,
                charset=fetched.charset,
                transient=fetched.transient,
            )
        )
    return pages


def parse_batch(
    pages: Sequence[FetchedPage], topic: Topic, catalog: Catalog, pool: ParsePool | None = None
) -> list[PageOutcome]:
    """Parse fetched pages, score their relevance and extract their facts; pages not fetched pass through."""
    readable = [page for page in pages if page.fetch.outcome == "ok"]
    readings = read_pages(
        [
            PageToRead(
                page.body,
                page.fetch.final_url or page.url,
                page.canonical_url,
                page.charset,
                page.fetch.fetched_at,
            )
            for page in readable
        ],
        topic,
        catalog,
        pool,
    )
    read = dict(zip(map(id, readable), readings, strict=True))
    outcomes = []
    for page in pages:
        reading = read.get(id(page))
        if reading is None:
            outcomes.append(PageOutcome(page=page))
            continue
        outcomes.append(
            PageOutcome(
                page=page,
                article=reading.article,
                relevance=reading.relevance,
                figures=reading.facts.figures,
                targets=reading.facts.targets,
            )
        )
    return outcomes


@task(name="fetch-articles", cache_policy=NO_CACHE)
def fetch_articles(
    targets: list[tuple[str, tuple[PendingEntry, ...]]], fetcher: Fetcher
) -> list[FetchedPage]:
    return fetch_batch(targets, fetcher)


@task(name="parse-articles", cache_policy=NO_CACHE)
def parse_articles(
    pages: list[FetchedPage], topic: Topic, catalog: Catalog, pool: ParsePool | None = None
) -> list[PageOutcome]:
    return parse_batch(pages, topic, catalog, pool)
