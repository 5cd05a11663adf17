"""Rows that cross between the flows and the warehouse.

They are plain frozen dataclasses so the flows can build them in worker threads and
the warehouse can write them in one batch from the main thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from parsers.models import Article, FeedEntry, Figure, Relevance, Target


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A source as configured by the user."""

    source_id: str
    url: str
    kind: str = "feed"
    name: str | None = None
    selector: str | None = None
    tags: tuple[str, ...] = ()
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class SourceState:
    """A configured source with what earlier polls learned about it."""

    spec: SourceSpec
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    moved_to: str | None = None
    gone_at: datetime | None = None
    failure_streak: int = 0
    retry_after: datetime | None = None

    @property
    def poll_url(self) -> str:
        """Where to poll: the target of a recorded permanent redirect, else the configured URL."""
        return self.moved_to or self.spec.url


@dataclass(frozen=True, slots=True)
class FetchLog:
    """One HTTP request (or local file read) and how it ended."""

    purpose: str
    url: str
    outcome: str
    fetched_at: datetime
    source_id: str | None = None
    final_url: str | None = None
    status: int | None = None
    bytes: int = 0
    duration_ms: float | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SourcePoll:
    """The result of polling one source: its requests, its entries and its new state."""

    source_id: str
    fetches: tuple[FetchLog, ...]
    entries: tuple[FeedEntry, ...] = ()
    ok: bool = False
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    moved_to: str | None = None
    gone: bool = False
    retry_after: datetime | None = None
    cache_seconds: float | None = None  # how long the publisher asks not to be polled again (TTL, max-age)


@dataclass(frozen=True, slots=True)
class PendingEntry:
    """An entry whose article has not been stored yet (new, or left over from an earlier run)."""

    source_id: str
    entry_key: str
    url: str
    canonical_url: str
    attempts: int = 0


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """An article page as fetched, before parsing: the raw bytes are kept for re-parsing."""

    url: str
    canonical_url: str
    entries: tuple[PendingEntry, ...]
    fetch: FetchLog
    body: bytes = b""
    content_type: str | None = None
    charset: str | None = None
    transient: bool = False


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """A fetched page with its parsed article and relevance (both None when the fetch failed)."""

    page: FetchedPage
    article: Article | None = None
    relevance: Relevance | None = None
    figures: tuple[Figure, ...] = ()
    targets: tuple[Target, ...] = ()
