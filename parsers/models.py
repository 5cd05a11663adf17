"""The records that parsing produces; frozen so they can cross threads and tasks safely."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from parsers.urls import canonical_url


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed or one link of a listing page, before its page is fetched."""

    url: str
    guid: str | None = None
    title: str | None = None
    summary: str | None = None
    published_at: datetime | None = None

    @property
    def key(self) -> str:
        """The entry's identity within its source: the GUID when the feed gives one.

        Without one, the canonical link, so a tracking parameter added to a listing's
        links does not make an old entry look new.
        """
        return self.guid or canonical_url(self.url)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed or listing page yielded; ``problem`` says what was wrong with it, if anything.

    Like feedparser's ``bozo`` flag, a problem does not discard the entries that could be
    recovered: a malformed feed with readable items still delivers them.
    """

    format: str
    entries: tuple[FeedEntry, ...] = ()
    title: str | None = None
    problem: str | None = None
    ttl_minutes: int | None = None  # RSS <ttl>: how long the publisher asks readers to cache it


@dataclass(frozen=True, slots=True)
class Article:
    """A news page reduced to the fields the warehouse keeps.

    ``problem`` is set (and ``paragraphs`` empty) when the page holds no article, for
    example a listing or an error page, so that it is recorded as such rather than
    stored as an empty article. ``paragraphs`` is the story alone (no headline, byline,
    captions or page chrome); photo captions and credits found in it are in
    ``captions``. ``updated_at`` is the last-modified time the page declares, if later
    than ``published_at``; ``extractor`` says how the body was found
    (``"profile:<site>"`` or ``"generic"``).
    """

    url: str
    canonical_url: str
    title: str | None = None
    published_at: datetime | None = None
    outlet: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    encoding: str | None = None
    problem: str | None = None
    updated_at: datetime | None = None
    captions: tuple[str, ...] = ()
    extractor: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Relevance:
    """How strongly a text is about the monitored topic, and which terms made it so."""

    score: float
    relevant: bool
    matched: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantitative statement of fact, normalised, with the sentence and span it came from.

    ``span`` is (start, end) in the article text; ``equivalent_of`` is the index (in the
    same extraction) of the figure this one only restates in another currency.
    """

    value: float
    unit: str | None
    kind: str
    period: str | None
    geo: str | None
    metric: str
    metric_key: str
    sentence: str
    span: tuple[int, int]
    approx: bool = False
    equivalent_of: int | None = None
    source: str | None = None
    share_of: str | None = None
    quote: str = ""
    catalogued: bool = False  # metric_key comes from the metric catalog, not from the words alone


@dataclass(frozen=True, slots=True)
class Target:
    """A forward-looking goal or forecast: reach ``comparator value unit`` by ``year``."""

    value: float
    unit: str | None
    comparator: str
    year: int | None
    geo: str | None
    metric: str
    metric_key: str
    issuer: str | None
    kind: str
    sentence: str
    span: tuple[int, int]
    quote: str = ""
    catalogued: bool = False
