"""What a page says about its story: title, authors, dates, canonical URL, language and outlet, from
meta tags, JSON-LD and the outlet's profile. The metadata stage of ``parsers.article``, kept apart
because it reads the page head and a few named elements, not the run of the story's text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from parsers.body import select
from parsers.datelines import (
    date_from_url,
    dateline_date,
    parse_date_text,
    year_from_url,
    zone,
)
from parsers.profiles import SiteProfile
from parsers.urls import canonical_url, resolve, same_site

BYLINE_RE = re.compile(
    r"^\s*By\s+(?P<names>[A-Z][\w.'’ -]{1,80}?)\s*"
    r"(?:\||\(|in\s+[A-Z]|from\s+[A-Z]|[,–—-]\s*(?:China Daily|Xinhua)|$)"
)

PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "og:published_time",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "citation_publication_date",
    "firstpublishedtime",
)
UPDATED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "lastpublishedtime",
)
# ISO 639-1 codes: a declared language outside this list ("utf-8" in a Content-Language
# header, "x-default") is a mistake of the page, not a language.
LANGUAGE_CODES = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de "
    "dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id "
    "ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu "
    "lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu "
    "rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr "
    "ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split()
)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
ARTICLE_TYPES_RE = re.compile(r"(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$")


# ---------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------
def metas(soup: BeautifulSoup) -> dict[str, str]:
    """Every meta tag's content, keyed by its lower-cased name, property, itemprop or http-equiv."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        attrs = tag.attrs
        content = attrs.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs.get(attr)
            if isinstance(key, str) and key.strip():
                found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_objects(scripts: list[str]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        try:
            data = json.loads(script.strip().removeprefix("<!--").removesuffix("-->"))
        except (ValueError, RecursionError):
            continue
        stack = [data]
        seen = 0
        while stack and seen < 500:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if graph is not None:
                    stack.append(graph)
                yield item


def json_ld_article(scripts: list[str]) -> dict[str, Any]:
    for item in _json_ld_objects(scripts):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ARTICLE_TYPES_RE.search(k) for k in kinds):
            return item
    return {}


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _names(raw: Any) -> list[str]:
    items = raw if isinstance(raw, list) else [raw] if raw else []
    names = []
    for item in items[:20]:
        name = item.get("name") if isinstance(item, dict) else item
        cleaned = _clean(name)
        if cleaned and not cleaned.startswith(("http://", "https://")):
            names.append(cleaned)
    return names


def _split_byline(text: str) -> list[str]:
    match = BYLINE_RE.match(text)
    if not match:
        return []
    raw = match.group("names").strip(" ,")
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", raw) if n.strip()]
    return [n.title() if n.isupper() else n for n in names if 1 < len(n) <= 60]


def authors(
    ld: dict[str, Any], metas: dict[str, str], bylines: list[str], *, bylines_first: bool
) -> tuple[str, ...]:
    """Authors from JSON-LD, then the byline (first, on a profiled site) or the author meta tag."""
    found = _names(ld.get("author"))
    if not found and bylines_first:
        found = next((names for line in bylines if (names := _split_byline(line))), [])
    meta = metas.get("author") or metas.get("article:author") or metas.get("byl")
    if not found and meta and not meta.startswith(("http://", "https://")):
        found = _split_byline(meta if meta.lower().startswith("by ") else f"By {meta}") or [meta]
    if not found:
        for line in bylines:
            if names := _split_byline(line):
                found = names
                break
    unique: list[str] = []
    for name in found:
        if name not in unique:
            unique.append(name)
    return tuple(unique)


def title(
    soup: BeautifulSoup, ld: dict[str, Any], metas: dict[str, str], profile: SiteProfile | None
) -> str | None:
    if profile:
        for selector in profile.titles:
            element = _select_one(soup, selector)
            if element is not None and (text := _clean(element.get_text(" "))):
                return text
    for candidate in (metas.get("og:title"), ld.get("headline"), metas.get("twitter:title")):
        if text := _clean(candidate):
            return text
    heading = soup.find("h1")
    if isinstance(heading, Tag) and (text := _clean(heading.get_text(" "))):
        return text
    if soup.title and (text := _clean(soup.title.get_text(" "))):
        return text
    return None


def _select_one(soup: BeautifulSoup, selector: str) -> Tag | None:
    found = select(soup, selector)
    return found[0] if found else None


def canonical(soup: BeautifulSoup, url: str) -> str:
    """The page's declared canonical URL, when it is believable.

    Only a canonical on the page's own site, and not its home page, is taken: CMSs
    that point every page at the front page, or copies that point at another outlet,
    would otherwise merge distinct articles. Copies across sites are caught by their
    text instead.
    """
    link = soup.find("link", rel="canonical", href=True)
    href = link.get("href") if isinstance(link, Tag) else None
    if isinstance(href, str) and href.strip():
        declared = canonical_url(resolve(url, href))
        if same_site(declared, url) and urlsplit(declared).path not in ("", "/"):
            return declared
    return canonical_url(url)


def language(soup: BeautifulSoup, ld: dict[str, Any], metas: dict[str, str]) -> str | None:
    html = soup.find("html")
    candidates = [html.get("lang") if isinstance(html, Tag) else None]
    candidates += [metas.get("content-language"), metas.get("og:locale"), ld.get("inLanguage")]
    for lang in candidates:
        if isinstance(lang, str) and lang.strip():
            code = re.split(r"[-_]", lang.strip().lower())[0]
            if code in LANGUAGE_CODES:
                return code
    return None


def outlet(ld: dict[str, Any], metas: dict[str, str], profile: SiteProfile | None) -> str | None:
    if profile:
        return profile.outlet
    publisher = ld.get("publisher")
    names = _names(publisher)
    for candidate in (metas.get("og:site_name"), names[0] if names else None, metas.get("application-name")):
        if text := _clean(candidate):
            return text
    return None


def parse_datetime(value: str | None, tz: tzinfo = UTC) -> datetime | None:
    """An ISO 8601 or written date; a value without a time zone is read in ``tz`` (UTC by default)."""
    if not value or not isinstance(value, str):
        return None
    return parse_date_text(value.strip(), tz)


def _first_date(values: Iterable[Any], tz: tzinfo) -> datetime | None:
    for value in values:
        if isinstance(value, str) and (parsed := parse_datetime(value, tz)):
            return parsed
    return None


def dates(
    soup: BeautifulSoup,
    ld: dict[str, Any],
    metas: dict[str, str],
    profile: SiteProfile | None,
    head: list[str],
    url: str,
    seen_at: datetime | None = None,
) -> tuple[datetime | None, datetime | None]:
    """Published and updated times, from the most to the least explicit statement of them.

    A date written without its year ("BEIJING, Oct 12 (Wire) -") takes the latest year that
    does not put it after the best evidence of when the page was out: the URL's date, else
    ``seen_at`` (when the page was fetched, or its feed entry's date), else now; a year alone
    in the URL is taken as it is.
    """
    tz = zone(profile.timezone if profile else None)
    published = _first_date([ld.get("datePublished"), *(metas.get(k) for k in PUBLISHED_META)], tz)
    updated = _first_date([ld.get("dateModified"), *(metas.get(k) for k in UPDATED_META)], tz)
    if published is None:
        times = soup.find_all("time")
        ordered = sorted(times, key=lambda t: 0 if "published" in str(t.attrs).lower() else 1)
        published = _first_date((t.get("datetime") for t in ordered), tz)
    url_date = date_from_url(url)
    year_hint = None if url_date else year_from_url(url)
    now = url_date or seen_at
    if published is None and profile:
        for selector in profile.dates:
            element = _select_one(soup, selector)
            if element is None:
                continue
            text = element.get("datetime") if element.name == "time" else None
            text = text if isinstance(text, str) else element.get_text(" ")
            labelled = re.search(r"(?:published|posted|released|updated)\s*[:：]?", text, re.I)
            parsed = parse_date_text(
                text[labelled.end() :] if labelled else text, tz, year_hint=year_hint, now=now
            )
            if parsed is None:
                parsed = dateline_date(text, tz, year_hint=year_hint, now=now)
            if parsed:
                published = parsed
                if labelled and labelled.group(0).lower().startswith("updated") and updated is None:
                    updated = parsed
                break
    if published is None:
        for line in head:
            if parsed := dateline_date(line, tz, year_hint=year_hint, now=now):
                published = parsed
                break
    if published is None:
        # A short line at the head of the story that is mostly a date ("2025-11-10 09:30 Source: ..."),
        # trusted when it agrees with the URL's date or the URL has none. Its year must be written:
        # "Water supply suspended on July 26" in a headline dates an event, not the page.
        for line in head:
            dated = len(line) <= 80 and YEAR_RE.search(line)
            parsed = parse_date_text(line, tz, year_hint=year_hint, now=now) if dated else None
            if parsed and (url_date is None or parsed.date() == url_date.date()):
                published = parsed
                break
    if published is None:
        published = url_date
    if updated is not None and published is not None and updated <= published:
        updated = None
    return published, updated


def byline_texts(soup: BeautifulSoup, profile: SiteProfile | None) -> list[str]:
    texts = []
    for selector in profile.bylines if profile else ():
        element = _select_one(soup, selector)
        if element is not None and (text := _clean(element.get_text(" "))):
            texts.append(text)
    return texts
