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


@dataclass(frozen=True, slots=True)
class Article:
    """A news page reduced to the fields the warehouse keeps.

    ``problem`` is set (and ``paragraphs`` empty) when the page holds no article, for
    example a listing or an error page, so that it is recorded as such rather than
    stored as an empty article.
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

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Relevance:
    """How strongly a text is about the monitored topic, and which terms made it so."""

    score: float
    relevant: bool
    matched: dict[str, int] = field(default_factory=dict)
