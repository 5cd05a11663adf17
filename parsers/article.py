"""Article HTML to an ``Article``: metadata from the page head, the story from its body.

Steps, each cheap and none able to raise on hostile input:

1. Decode (``parsers.encoding``), drop control characters, cut scripts, styles and
   comments out of the markup (keeping JSON-LD aside) and cap what is left, so a
   5 MB one-line page or binary garbage costs a fraction of a second (``parsers.body``).
2. Parse with BeautifulSoup on lxml, then walk the body once, iteratively (so any
   depth of nesting is fine), turning it into *blocks*: runs of text between
   block-level boundaries, each with its length, its link text and the element
   that holds it. Elements whose class or id says share bar, comments, related
   stories, caption and so on are flagged on the way (``parsers.body``, with the
   words and patterns of ``parsers.boilerplate``).
3. Pick the story. A known outlet (``parsers.profiles``) names its body element;
   otherwise, and whenever that yields too little text, the generic extractor
   classifies every block as prose, short or boilerplate (length, link density,
   sentence punctuation) and takes the element whose blocks add up to the most
   prose net of boilerplate. Inside it, prose is kept, short blocks are kept when
   their neighbours are prose, and boilerplate lines recognised by the patterns
   of ``parsers.boilerplate`` (captions and photo credits, editor lines, repeated
   bylines, copyright and share lines) are dropped; captions are kept apart in
   ``Article.captions``.
4. Dates come from JSON-LD, meta tags, ``<time>``, the outlet's date element, the
   story's dateline and finally the URL (``parsers.metadata``).

This module runs those stages in order and judges whether the result is an article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bs4 import BeautifulSoup

from parsers import body, metadata
from parsers.encoding import decode_html
from parsers.models import Article
from parsers.profiles import profile_for
from parsers.urls import canonical_url

MIN_ARTICLE_CHARS = 200  # less running text than this is not an article
BINARY_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
NO_ARTICLE_TITLE_RE = re.compile(
    r"\b(?:404|not found|page not found|error|forbidden|access denied|no longer available|"
    r"页面不存在|找不到)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------
def parse_article(
    html: bytes | str, url: str, http_charset: str | None = None, *, seen_at: datetime | None = None
) -> Article:
    """Parse one article page; never raises, whatever the input.

    ``seen_at`` is when the page is known to have been out (fetched, or dated by its feed
    entry): a dateline without a year is not put after it. Without it, now is the limit,
    which is wrong for a page re-read long after it was fetched.
    """
    try:
        return _parse(html, url, http_charset, seen_at)
    except Exception as exc:  # noqa: BLE001 - a hostile page must become a problem, not a crash
        try:
            canonical = canonical_url(url)
        except Exception:  # noqa: BLE001
            canonical = url
        return Article(
            url=url, canonical_url=canonical, problem=f"no article: unreadable page ({type(exc).__name__})"
        )


def _looks_binary(html: bytes | str) -> bool:
    """Whether the input is binary data rather than markup: many control characters near its start."""
    sample = html[:65536]
    if not sample:
        return False
    if isinstance(sample, bytes):
        controls = len(sample) - len(sample.translate(None, BINARY_BYTES))
    else:
        controls = len(body.CONTROL_RE.findall(sample)) + sample.count("\ufffd")
    return controls > 0.01 * len(sample) + 16


def _parse(html: bytes | str, url: str, http_charset: str | None, seen_at: datetime | None) -> Article:
    if _looks_binary(html):
        return Article(
            url=url, canonical_url=canonical_url(url), problem="no article: binary content, not a page"
        )
    if isinstance(html, bytes):
        text, encoding = decode_html(html, http_charset)
    else:
        text, encoding = html, None
    markup, json_ld = body.strip_markup(text)
    soup = BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    profile = profile_for(url)
    ld = metadata.json_ld_article(json_ld)
    metas = metadata.metas(soup)
    title = metadata.title(soup, ld, metas, profile)
    byline_texts = metadata.byline_texts(soup, profile)
    base = Article(
        url=url,
        canonical_url=metadata.canonical(soup, url),
        title=title,
        outlet=metadata.outlet(ld, metas, profile),
        language=metadata.language(soup, ld, metas) or (profile.language if profile else None),
        encoding=encoding,
    )
    root = soup.body or soup
    problem = None
    blocks: list[body.Block] = []
    captions: list[str] = []
    extractor = "generic"
    profiled = body.profile_body(soup, profile, title) if profile else None
    if profiled is not None and profile is not None:
        blocks, captions, walk = profiled
        extractor = f"profile:{profile.name}"
    else:
        blocks, captions, walk = body.generic(root, title)
        if body.looks_like_listing(walk, blocks):
            problem = "no article: the page lists links to other pages"
    paragraphs = [b.text for b in blocks]
    # The lines around the head of the story hold its byline and dateline, whether or not
    # they were kept: "By ZHANG WEI | China Daily", "(China Daily) 10:22, November 10, 2025".
    head = body.head_lines(walk, blocks)
    bylines = byline_texts + [line for line in head if metadata.BYLINE_RE.match(line)]
    published, updated = metadata.dates(soup, ld, metas, profile, [*bylines, *head], url, seen_at)
    article = replace(
        base,
        published_at=published,
        updated_at=updated,
        authors=metadata.authors(ld, metas, bylines, bylines_first=profile is not None),
        extractor=extractor,
    )
    weight = sum(b.weight for b in blocks)
    if problem is None and weight < MIN_ARTICLE_CHARS:
        problem = "no article: too little running text"
    if problem is None and weight < 3 * MIN_ARTICLE_CHARS and title and NO_ARTICLE_TITLE_RE.search(title):
        problem = "no article: the page is an error page"
    if problem is not None:
        return replace(article, problem=problem)
    return replace(article, paragraphs=tuple(paragraphs), captions=tuple(captions))
