"""Feed and listing-page bytes to entries.

feedparser handles RSS 0.9x/1.0/2.0 and Atom but has no guard against entity
expansion, so any DOCTYPE is stripped before it sees the bytes. JSON Feed is plain
JSON and read with the standard library. Listing pages (publishers without feeds)
are read with a CSS selector for their article links.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import UTC, datetime
from typing import Any

import feedparser
from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError

from parsers.models import FeedEntry, ParsedFeed
from parsers.urls import resolve

# Entity declarations (quoted values may hold '>'), DOCTYPEs with or without an internal
# subset, and the subset's closing bracket when the DOCTYPE was cut short.
ENTITY_RE = re.compile(rb"<!ENTITY(?:\"[^\"]*\"|'[^']*'|[^>\"'])*>", re.IGNORECASE)
DOCTYPE_RE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\]\s*>|\[|>)", re.IGNORECASE | re.DOTALL)
SUBSET_END_RE = re.compile(rb"^\s*\]\s*>", re.MULTILINE)
JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/"
# feedparser flags these although the feed was read correctly (text/html served for RSS,
# an encoding declared twice): worth no warning.
BENIGN_FEED_PROBLEMS = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)


def strip_doctype(body: bytes) -> bytes:
    """Remove DOCTYPEs and entity declarations so no entity can be expanded or read from disk."""
    return SUBSET_END_RE.sub(b"", DOCTYPE_RE.sub(b"", ENTITY_RE.sub(b"", body)))


def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type.lower():
        return True
    return body.lstrip()[:1] == b"{"


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _iso_to_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _clean(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    collapsed = " ".join(text.split())
    return collapsed or None


def _summary_text(html: str | None) -> str | None:
    """Feed summaries are often HTML; relevance scoring wants their words only."""
    if not html:
        return None
    if "<" not in html:
        return _clean(html)
    return _clean(BeautifulSoup(html, "lxml").get_text(" "))


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """Read a JSON Feed (https://jsonfeed.org); items without a URL are skipped."""
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        return ParsedFeed(format="json", problem=f"not valid JSON: {exc}")
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        JSON_FEED_VERSION_PREFIX
    ):
        return ParsedFeed(format="json", problem="JSON document is not a JSON Feed (no version)")
    entries = []
    items = document.get("items")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.strip():
            continue
        guid = item.get("id")
        entries.append(
            FeedEntry(
                url=resolve(url, link),
                guid=str(guid) if guid is not None else None,
                title=_clean(item.get("title")),
                summary=_clean(item.get("summary")) or _summary_text(item.get("content_html")),
                published_at=_iso_to_datetime(item.get("date_published") or item.get("date_modified")),
            )
        )
    return ParsedFeed(format="json", entries=tuple(entries), title=_clean(document.get("title")))


def parse_xml_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Read RSS or Atom with feedparser, keeping whatever entries a malformed feed still yields."""
    # Without a content type feedparser flags every feed; file:// sources have none.
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(strip_doctype(body), response_headers=headers)
    entries = []
    for item in parsed.entries:
        link = item.get("link") or next(
            (lk.get("href") for lk in item.get("links", []) if lk.get("href")), None
        )
        if not link:
            continue
        entries.append(
            FeedEntry(
                url=resolve(url, link),
                guid=_clean(item.get("id")),
                title=_clean(item.get("title")),
                summary=_summary_text(item.get("summary")),
                published_at=_struct_to_datetime(item.get("published_parsed") or item.get("updated_parsed")),
            )
        )
    problem = None
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), BENIGN_FEED_PROBLEMS):
        problem = f"malformed feed: {parsed.get('bozo_exception')}"
    if not entries and not parsed.get("version"):
        problem = problem or "not a feed: no RSS or Atom document found"
    ttl = str(parsed.feed.get("ttl") or "").strip()
    return ParsedFeed(
        format=parsed.get("version") or "unknown",
        entries=tuple(entries),
        title=_clean(parsed.feed.get("title")),
        problem=problem,
        ttl_minutes=int(ttl) if ttl.isdigit() else None,
    )


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse any supported feed format, chosen from the content type and the first byte."""
    try:
        if _looks_like_json(body, content_type):
            return parse_json_feed(body, url)
        return parse_xml_feed(body, url, content_type)
    except Exception as exc:  # noqa: BLE001 - feedparser's fallback parser can raise on odd input
        return ParsedFeed(format="unknown", problem=f"unreadable feed: {type(exc).__name__}: {exc}")


def parse_listing(html: str, url: str, selector: str) -> ParsedFeed:
    """Article links from an HTML listing page, in page order, each once."""
    soup = BeautifulSoup(html, "lxml")
    try:
        anchors = soup.select(selector)
    except (ValueError, SelectorSyntaxError) as exc:
        return ParsedFeed(format="listing", problem=f"bad CSS selector {selector!r}: {exc}")
    seen: set[str] = set()
    entries = []
    for anchor in anchors:
        link = anchor.find("a", href=True) if anchor.name != "a" else anchor
        href = link.get("href") if link else None
        if not isinstance(href, str) or not href.strip() or href.startswith(("#", "javascript:")):
            continue
        absolute = resolve(url, href)
        if absolute in seen:
            continue
        seen.add(absolute)
        entries.append(FeedEntry(url=absolute, title=_clean(anchor.get_text(" "))))
    title = _clean(soup.title.get_text()) if soup.title else None
    problem = None if entries else f"no links matched selector {selector!r}"
    return ParsedFeed(format="listing", entries=tuple(entries), title=title, problem=problem)
