"""Article HTML to an ``Article``: metadata from the page head, body from its densest block.

The body extractor scores each block that holds paragraphs by the amount of
non-link text in its direct paragraphs and keeps the best one, dropping the page
chrome (navigation, captions, share widgets, related lists, footers) first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from parsers.encoding import decode_html
from parsers.models import Article
from parsers.urls import canonical_url, resolve, same_site

# Elements that never hold article prose.
CHROME_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "figure",
    "figcaption",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
)
# Class or id fragments of blocks that sit inside the body container but are not the story.
CHROME_HINTS = re.compile(
    r"(^|[-_ ])(share|social|related|recommend|comment|caption|credit|breadcrumb|byline|"
    r"copyright|footer|sidebar|promo|advert|ad|newsletter|subscribe|tags|toolbar|print)([-_ ]|$)",
    re.IGNORECASE,
)
PARAGRAPH_TAGS = ("p", "h2", "h3", "li", "blockquote")
MIN_ARTICLE_CHARS = 200
MIN_PARAGRAPH_CHARS = 2
PUBLISHED_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "PubDate"),
    ("name", "date"),
    ("name", "DC.date.issued"),
    ("name", "dc.date"),
    ("property", "og:published_time"),
)
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def _meta(soup: BeautifulSoup, attr: str, name: str) -> str | None:
    tag = soup.find("meta", attrs={attr: name})
    content = tag.get("content") if isinstance(tag, Tag) else None
    return content.strip() if isinstance(content, str) and content.strip() else None


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime; a value without a time zone is taken as UTC."""
    if not value:
        return None
    match = ISO_DATE_RE.search(value)
    if not match:
        return None
    text = match.group(0).replace(" ", "T").replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _json_ld_objects(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(v for k, v in item.items() if k == "@graph")
                yield item


def _json_ld_article(soup: BeautifulSoup) -> dict[str, Any]:
    for item in _json_ld_objects(soup):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
            return item
    return {}


def _authors(ld: dict[str, Any], soup: BeautifulSoup) -> tuple[str, ...]:
    raw = ld.get("author")
    items = raw if isinstance(raw, list) else [raw] if raw else []
    names = [a.get("name") if isinstance(a, dict) else a for a in items]
    found = [n.strip() for n in names if isinstance(n, str) and n.strip()]
    if not found and (meta := _meta(soup, "name", "author")):
        found = [meta]
    return tuple(found)


def _published(soup: BeautifulSoup, ld: dict[str, Any]) -> datetime | None:
    candidates = [ld.get("datePublished")]
    candidates += [_meta(soup, attr, name) for attr, name in PUBLISHED_META]
    time_tag = soup.find("time", datetime=True)
    if isinstance(time_tag, Tag):
        candidates.append(str(time_tag.get("datetime")))
    for candidate in candidates:
        if isinstance(candidate, str) and (parsed := parse_datetime(candidate)):
            return parsed
    return None


def _title(soup: BeautifulSoup, ld: dict[str, Any]) -> str | None:
    for candidate in (_meta(soup, "property", "og:title"), ld.get("headline")):
        if isinstance(candidate, str) and candidate.strip():
            return " ".join(candidate.split())
    heading = soup.find("h1")
    if isinstance(heading, Tag) and heading.get_text(strip=True):
        return " ".join(heading.get_text(" ").split())
    if soup.title and soup.title.get_text(strip=True):
        return " ".join(soup.title.get_text(" ").split())
    return None


def _canonical(soup: BeautifulSoup, url: str) -> str:
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


def _language(soup: BeautifulSoup) -> str | None:
    html = soup.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    if not isinstance(lang, str) or not lang.strip():
        lang = _meta(soup, "http-equiv", "content-language")
    return lang.strip().lower().split("-")[0] if isinstance(lang, str) and lang.strip() else None


def _drop_chrome(root: Tag) -> None:
    for tag in root.find_all(CHROME_TAGS):
        tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        classes: Any = tag.get("class") or []
        hint = " ".join(
            [str(tag.get("id") or ""), *(classes if isinstance(classes, list) else [str(classes)])]
        )
        if hint and CHROME_HINTS.search(hint) and tag.name not in ("body", "html", "article"):
            tag.decompose()


def _text_of(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _link_chars(tag: Tag) -> int:
    return sum(len(_text_of(a)) for a in tag.find_all("a"))


def _best_container(body: Tag) -> Tag | None:
    """The block whose direct paragraphs carry the most text that is not link text."""
    scores: dict[int, tuple[float, Tag]] = {}
    for paragraph in body.find_all("p"):
        parent = paragraph.parent
        if not isinstance(parent, Tag):
            continue
        text_len = len(_text_of(paragraph))
        if text_len < MIN_PARAGRAPH_CHARS:
            continue
        useful = text_len - _link_chars(paragraph)
        previous = scores.get(id(parent), (0.0, parent))[0]
        scores[id(parent)] = (previous + max(useful, 0), parent)
    if not scores:
        return None
    return max(scores.values(), key=lambda pair: pair[0])[1]


def _paragraphs(container: Tag) -> tuple[str, ...]:
    blocks = []
    for tag in container.find_all(PARAGRAPH_TAGS):
        if tag.find_parent(PARAGRAPH_TAGS) is not None and tag.find_parent(PARAGRAPH_TAGS) in blocks:
            continue
        text = _text_of(tag)
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        if tag.name == "li" and _link_chars(tag) >= len(text) * 0.5:
            continue
        blocks.append(tag)
    return tuple(_text_of(b) for b in blocks)


def parse_article(html: bytes | str, url: str, http_charset: str | None = None) -> Article:
    """Parse one article page; never raises on bad markup."""
    if isinstance(html, bytes):
        text, encoding = decode_html(html, http_charset)
    else:
        text, encoding = html, None
    soup = BeautifulSoup(text, "lxml")
    ld = _json_ld_article(soup)
    base = Article(
        url=url,
        canonical_url=_canonical(soup, url),
        title=_title(soup, ld),
        published_at=_published(soup, ld),
        outlet=_meta(soup, "property", "og:site_name"),
        language=_language(soup),
        authors=_authors(ld, soup),
        encoding=encoding,
    )
    body = soup.body
    if body is None:
        return replace(base, problem="no article: the page has no body")
    _drop_chrome(body)
    container = _best_container(body)
    paragraphs = _paragraphs(container) if container is not None else ()
    if sum(len(p) for p in paragraphs) < MIN_ARTICLE_CHARS:
        return replace(base, problem="no article: too little running text")
    return replace(base, paragraphs=paragraphs)
