"""Reading fetched pages: article text, relevance and facts, in the flow's threads or in worker processes.

Parsing is pure Python and CPU-bound, so threads share one interpreter lock with the
flow that writes each batch: a backlog of hundreds of pages runs at the speed of one
core. A backlog that large is read by a pool of worker processes instead, beside the
flow's writes. A small one (a routine half-hourly run) stays in the threads, because
starting processes costs more than it saves.

This module imports no Prefect: a worker process starts with only what parsing needs.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from flows.settings import Settings
from parsers.article import parse_article
from parsers.figures import Extraction, extract
from parsers.metrics import Catalog
from parsers.models import Article, Relevance
from parsers.relevance import Topic, score


class PageToRead(NamedTuple):
    """What reading a page needs: its body, how it was found, and when it was fetched
    (a dateline without a year takes the latest year not after that)."""

    body: bytes
    url: str
    canonical_url: str
    charset: str | None
    fetched_at: datetime


@dataclass(frozen=True)
class Reading:
    """A page as read: the article, its relevance (none without text) and its facts."""

    article: Article
    relevance: Relevance | None
    facts: Extraction


def extract_facts(article: Article, relevant: bool, catalog: Catalog) -> Extraction:
    """Figures and targets of a relevant article; off-topic articles yield none by design."""
    if not relevant or not article.paragraphs:
        return Extraction(figures=(), targets=())
    published = (article.published_at or datetime.now(UTC)).date()
    return extract(article.text, published, catalog)


def read_page(page: PageToRead, topic: Topic, catalog: Catalog) -> Reading:
    """Parse, score and extract one page; a page that breaks the parser keeps the reason as its problem."""
    try:
        article = parse_article(page.body, page.url, page.charset, seen_at=page.fetched_at)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the batch
        article = Article(url=page.url, canonical_url=page.canonical_url, problem=f"parse error: {exc}")
    relevance = score(topic, article.text, article.title) if article.paragraphs else None
    facts = extract_facts(article, bool(relevance and relevance.relevant), catalog)
    return Reading(article=article, relevance=relevance, facts=facts)


# The topic and catalog of a worker process, sent once when it starts rather than with every batch.
_worker_topic: Topic | None = None
_worker_catalog: Catalog | None = None


def _start_worker(topic: Topic, catalog: Catalog) -> None:
    global _worker_topic, _worker_catalog
    _worker_topic, _worker_catalog = topic, catalog


def _read_in_worker(pages: Sequence[PageToRead]) -> list[Reading]:
    assert _worker_topic is not None and _worker_catalog is not None
    return [read_page(page, _worker_topic, _worker_catalog) for page in pages]


class ParsePool:
    """Worker processes that read batches of pages for the flow's parse tasks.

    If a worker dies (the pool breaks), the batch and every later one are read in the
    calling thread instead: slower, but the run goes on.
    """

    def __init__(self, topic: Topic, catalog: Catalog, processes: int) -> None:
        self.topic, self.catalog = topic, catalog
        # A fork server, not fork: the flow's process has threads (Prefect's, the HTTP
        # client's, DuckDB's), and forking a threaded process can copy a held lock.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", __name__])
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=processes, mp_context=context, initializer=_start_worker, initargs=(topic, catalog)
        )

    def read(self, pages: Sequence[PageToRead]) -> list[Reading]:
        if self._executor is not None:
            try:
                return self._executor.submit(_read_in_worker, list(pages)).result()
            except BrokenProcessPool:
                broken, self._executor = self._executor, None
                broken.shutdown(wait=False, cancel_futures=True)
        return [read_page(page, self.topic, self.catalog) for page in pages]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)


def read_pages(
    pages: Sequence[PageToRead], topic: Topic, catalog: Catalog, pool: ParsePool | None = None
) -> list[Reading]:
    """Read pages in worker processes when there is a pool, else here."""
    if pool is not None:
        return pool.read(pages)
    return [read_page(page, topic, catalog) for page in pages]


@contextmanager
def parse_pool(settings: Settings, backlog: int) -> Iterator[ParsePool | None]:
    """A pool for a backlog of more than ``settings.process_backlog`` pages, with two processes or more."""
    if settings.parse_processes < 2 or backlog <= settings.process_backlog:
        yield None
        return
    pool = ParsePool(settings.topic, settings.catalog, settings.parse_processes)
    try:
        yield pool
    finally:
        pool.close()
