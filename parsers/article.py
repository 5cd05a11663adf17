"""Article HTML to an ``Article``: metadata from the page head, the story from its body.

Steps, each cheap and none able to raise on hostile input:

1. Decode (``parsers.encoding``), drop control characters, cut scripts, styles and
   comments out of the markup (keeping JSON-LD aside) and cap what is left, so a
   5 MB one-line page or binary garbage costs a fraction of a second.
2. Parse with BeautifulSoup on lxml, then walk the body once, iteratively (so any
   depth of nesting is fine), turning it into *blocks*: runs of text between
   block-level boundaries, each with its length, its link text and the element
   that holds it. Elements whose class or id says share bar, comments, related
   stories, caption and so on are flagged on the way.
3. Pick the story. A known outlet (``parsers.profiles``) names its body element;
   otherwise, and whenever that yields too little text, the generic extractor
   classifies every block as prose, short or boilerplate (length, link density,
   sentence punctuation) and takes the element whose blocks add up to the most
   prose net of boilerplate. Inside it, prose is kept, short blocks are kept when
   their neighbours are prose, and boilerplate lines recognised by the patterns
   below (captions and photo credits, editor lines, repeated bylines, copyright
   and share lines) are dropped; captions are kept apart in ``Article.captions``.
4. Dates come from JSON-LD, meta tags, ``<time>``, the outlet's date element, the
   story's dateline and finally the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from parsers.datelines import (
    date_from_url,
    dateline_date,
    parse_date_text,
    year_from_url,
    zone,
)
from parsers.encoding import decode_html
from parsers.models import Article
from parsers.profiles import COMMON_CAPTIONS, COMMON_DROP, SiteProfile, profile_for
from parsers.urls import canonical_url, resolve, same_site

# ---------------------------------------------------------------------------------------------
# Limits
# ---------------------------------------------------------------------------------------------
# Markup beyond these sizes is cut before parsing; no news page comes close once its scripts
# and styles are gone, and the cut keeps the parse of a hostile page well under a second.
MAX_MARKUP_CHARS = 2_000_000
MAX_TAGS = 40_000
MAX_JSON_LD_CHARS = 500_000
MIN_ARTICLE_CHARS = 200  # less running text than this is not an article
MIN_PROFILE_CHARS = 200  # a profile body with less text falls back to the generic extractor

# ---------------------------------------------------------------------------------------------
# Markup structure
# ---------------------------------------------------------------------------------------------
# Raw-text elements cut out of the markup before parsing (JSON-LD scripts are read first).
RAW_TEXT_ELEMENTS = ("script", "style", "noscript", "template", "svg", "math", "textarea")
# Elements that never hold article prose; the walk does not enter them.
SKIP_TAGS = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "label",
        "map",
        "audio",
        "video",
        "dialog",
        "title",
        "meta",
        "link",
        "nav",
        "aside",
        "footer",
        "menu",
        "header",
    }
)
# Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
    }
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CAPTION_TAGS = frozenset({"figcaption", "figure"})

# Class and id words of page chrome. An element so named is dropped with what it holds, unless
# its name also says it is the story, or it holds most of the page's prose (then it is a layout
# wrapper such as "has-sidebar", not chrome).
CHROME_WORDS = frozenset(
    {
        "share",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "related",
        "relatednews",
        "recommend",
        "recommended",
        "recommendations",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "sidebar",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promotion",
        "advert",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adv",
        "adslot",
        "sponsor",
        "sponsored",
        "toolbar",
        "tools",
        "tags",
        "tag",
        "taglist",
        "keywords",
        "print",
        "byline",
        "author",
        "authors",
        "bio",
        "pagination",
        "pager",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "masthead",
        "outbrain",
        "taboola",
        "popular",
        "trending",
        "mostread",
        "readmore",
        "more",
        "widget",
        "login",
        "copyright",
        "rating",
        "meta",
        "disclaimer",
        "editor",
        "bianji",
        "modal",
        "popup",
        "offscreen",
        "skip",
        "banner",
        "gallery",
        "slideshow",
        "carousel",
        "player",
        "podcast",
        "timestamp",
        "dateline",
        "date",
        "time",
        "updated",
        "published",
        "rollover",
        "teaser",
        "teasers",
        "excerpt",
        "tooltip",
        "popover",
        "hovercard",
        "flyout",
        "dropdown",
    }
)
# Words of blocks that are never part of the story, even when they hold much of the page's text.
HARD_CHROME_WORDS = frozenset(
    {
        "comment",
        "comments",
        "disqus",
        "replies",
        "respond",
        "reply",
        "discussion",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
    }
)
# Class words that name a taxonomy or a state of the page rather than a part of it
# (WordPress: "tag-economy", "category-news", "postid-12"); skipped when reading hints.
TAXONOMY_PREFIX_RE = re.compile(
    r"^(?:tag|tags|category|categories|format|type|status|postid|post-id|page-id|section|topic|"
    r"node-type|term|level|lang|template)-",
    re.IGNORECASE,
)
CAPTION_WORDS = frozenset(
    {
        "caption",
        "captions",
        "figcaption",
        "credit",
        "credits",
        "photocredit",
        "pictext",
        "imgdesc",
        "picdesc",
        "photodesc",
        "imgtitle",
        "imagecaption",
        "photocaption",
    }
)
# Containers that name themselves the story body get this much extra weight.
STORY_CONTAINER_RE = re.compile(
    r"(?:^|[\s_-])(?:article[-_]?body|articlebody|article[-_]?content|article[-_]?text|story[-_]?body|"
    r"story[-_]?content|entry[-_]?content|post[-_]?content|post[-_]?body|post[-_]?entry|content[-_]?body|"
    r"body[-_]?text|article__body|article-body__content|rich[-_]?text|text[-_]?content|"
    r"field--name-body|td-post-content|single[-_]?content|news[-_]?content|detail[-_]?content)(?:$|[\s_-])",
    re.IGNORECASE,
)
CAMEL_CASE_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
WORD_RE = re.compile(r"[a-z]+[0-9]*|[0-9]+")
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
BR_MARK = "\ue000"
BR_SPLIT_RE = re.compile(
    BR_MARK + r"[\s" + BR_MARK + r"]*" + BR_MARK + "|" + BR_MARK + r"(?=[\u3000\xa0]{2})"
)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
BINARY_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\xad]")

# ---------------------------------------------------------------------------------------------
# Boilerplate lines: general rules, matched against a whole block's text.
# ---------------------------------------------------------------------------------------------
_CREDIT_AGENCY = (
    r"(?:Xinhua|China Daily|CGTN|ECNS|CNS|China News Service|IC|VCG|CFP|Getty Images?|Reuters|AP|AFP|EPA|"
    r"Bloomberg|Shutterstock|People's Daily|Global Times|Visual China|IC Photo|Handout|File)"
)
CAPTION_PATTERNS = (
    # "[Photo/Xinhua]", "[Photo by Li Ming/For China Daily]", "[Photo provided to China Daily]"
    re.compile(r"\[(?:Photo|Photos|Image|Video|Graphic|Infographic|File photo)\b[^\]]{0,120}\]\s*\W*$", re.I),
    # "... LIN YUNLONG/FOR CHINA DAILY", "... ZOU HONG/CHINA DAILY"
    re.compile(r"\b[A-Z][A-Z .'-]{1,40}/\s*(?:FOR\s+)?CHINA DAILY\s*\W*$"),
    # "(Xinhua/Li Ming)", "(Photo by Li Ming/Xinhua)", "(CFP)", "(AP Photo/Mark Schiefelbein)"
    re.compile(r"\((?:[^()]{0,60}/\s*)?" + _CREDIT_AGENCY + r"(?:\s*Photo)?(?:\s*/[^()]{1,60})?\)\s*\W*$"),
    re.compile(r"\((?:[^()]{0,20}Photo[^()]{0,60})\)\s*\W*$", re.I),
    # "Photo taken on Nov 9, 2025 shows ...", "File photo shows ...", "Aerial drone photo ..."
    re.compile(
        r"^(?:An? |The )?(?:\w+ ){0,3}(?:photo|picture|image|screenshot)s? (?:taken|shows|showing|from)\b",
        re.I,
    ),
    re.compile(r"^(?:File )?(?:photo|picture|image)s?\s*(?:shows|taken|:)", re.I),
    # "Photo: VCG", "Photo: Courtesy of ...", "Photo/IC", "Credit: ...", "Image source: ..."
    re.compile(
        r"^(?:Photo|Photos|Photograph|Image|Picture|Pic|Graphic|Illustration|Credit|Source|Video)"
        r"(?: source| credit| by)?\s*[:/]\s*.{0,80}$",
        re.I,
    ),
    re.compile(r"^(?:Photo|Image|Illustration)s? (?:by|courtesy of|provided by)\b.{0,80}$", re.I),
    re.compile(r"(?:Photo|Image|Illustration): [^.]{1,60}$"),
    re.compile(r"\b(?:Getty Images|Shutterstock|AFP via Getty Images)\s*$"),
    # Chinese captions: "图为……", "（图片来源：……）", "（记者 王明 摄）", "新华社记者 李明 摄".
    re.compile(
        r"^图\s*[为：:]|[（(](?:图片来源|图源|摄影|供图)[：:][^）)]{0,40}[）)]\s*$|\S{1,12}\s*摄[）)]?\s*$"
    ),
)
BOILERPLATE_PATTERNS = (
    # "(Web editor: Zhang Kaiwei, Liang Jun)", "Editor: Li Ming", "Source: Xinhua", "Responsible editor: ..."
    re.compile(
        r"^[(\[（]?\s*(?:Web editor|Editor|Editors|Edited by|Responsible editor|Chief editor|Source|"
        r"Translator|Translated by|Reporter|Contributor|Proofread by|责任编辑|编辑|来源|校对)s?\s*[:：|]"
        r".{0,120}[)\]）]?\s*$",
        re.I,
    ),
    re.compile(r"^[(\[（]\s*(?:Web editor|Editor|Source)s?\b[^)\]）]{0,120}[)\]）]\s*$", re.I),
    # Copyright footers.
    re.compile(r"^(?:copyright|©|\(c\))\s", re.I),
    re.compile(r"\b(?:all rights reserved|版权所有|unauthorized reproduction)\b", re.I),
    # Share, print and follow widgets, navigation words.
    re.compile(
        r"^(?:share|share this(?: article| story)?|share on \w+|print|email|e-mail|tweet|like|"
        r"follow us(?: on .*)?|facebook|twitter|linkedin|whatsapp|wechat|weibo|reddit|pinterest|telegram|"
        r"copy link|font size|a\s*\+|a\s*-|close|back to top|top|next|previous|prev|more|read more|see more|"
        r"load more|show more|comments?|\d+ comments?|leave a comment|advert(?:isement)?s?|advertising|"
        r"sponsored|"
        r"related(?: (?:articles?|stories|news|content|links|coverage|posts))?|read next|read also|"
        r"you may also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending|"
        r"subscribe(?: now| to .*)?|sign up(?: .*)?|newsletter|download (?:the )?app.*|"
        r"(?:ecns|cgtn|xinhua|china daily) app download|scan the qr code.*)\W*$",
        re.I,
    ),
    # Bylines repeated in the body: "By ZHANG WEI | China Daily", "By Li Ming in Beijing".
    re.compile(
        r"^By\s+(?:[A-Z][\w.'’-]*\.?\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\.?\s*){1,4})*"
        r"(?:\s*(?:[|,–—-]|in|from)\s*[^.!?]{0,60})?$"
    ),
    # A date on its own line: "10 November 2025", "Wednesday, Nov. 12, 2025 10:22 AM".
    re.compile(
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
        r"(?:[ ,|]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?)?(?:\s*[A-Z]{2,4})?$"
    ),
    re.compile(r"^(?:Written by|Reported by|Story by|Text by|Reporting by)\s+.{0,100}$", re.I),
    re.compile(r"^(?:Updated|Published|Posted|Last updated|Modified)\s*[:：]?\s*.{0,60}\d.{0,30}$", re.I),
)
# Notices that are boilerplate whatever their length: cookie and consent banners.
NOTICE_PATTERNS = (
    re.compile(
        r"\b(?:(?:uses?|use of|accept|allow|necessary|store[sd]?|these|third-party)\s+(?:\w+\s+){0,2}cookies|"
        r"cookie (?:policy|settings|consent|preferences))\b",
        re.I,
    ),
)
# Headings that open a related-stories section: the heading and the rest of the body are dropped.
TAIL_SECTION_RE = re.compile(
    r"^(?:related(?: (?:articles?|stories|news|content|links|coverage|reading|posts))?|"
    r"read more|more (?:on|from|stories|news).{0,40}|you may also like|recommended(?: reading)?|"
    r"further reading|see also|also read|most (?:read|popular|viewed)|latest news|trending(?: now)?)\W*$",
    re.I,
)
# "READ MORE: ...", "Related: ...", "Watch: ...": a label that introduces a link to another page.
LABEL_RE = re.compile(r"^\W*[A-Za-z][\w ]{0,24}[:：|»>]\s")
BYLINE_RE = re.compile(
    r"^\s*By\s+(?P<names>[A-Z][\w.'’ -]{1,80}?)\s*"
    r"(?:\||\(|in\s+[A-Z]|from\s+[A-Z]|[,–—-]\s*(?:China Daily|Xinhua)|$)"
)
NO_ARTICLE_TITLE_RE = re.compile(
    r"\b(?:404|not found|page not found|error|forbidden|access denied|no longer available|"
    r"页面不存在|找不到)\b",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(r"[.!?。！？…:;\"”’)]\s*$")

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
ARTICLE_TYPES_RE = re.compile(r"(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$")


# ---------------------------------------------------------------------------------------------
# Markup clean-up before parsing
# ---------------------------------------------------------------------------------------------
_RAW_OPEN_RE = re.compile(r"<(" + "|".join(RAW_TEXT_ELEMENTS) + r")\b([^<>]{0,2000})>|<!--", re.IGNORECASE)
_RAW_CLOSE_RES = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in RAW_TEXT_ELEMENTS}
_JSON_LD_RE = re.compile(r"application/ld\+json", re.IGNORECASE)


def _strip_markup(text: str) -> tuple[str, list[str]]:
    """Markup without scripts, styles and comments, and the JSON-LD scripts' contents.

    A linear scan (each search starts where the last one ended), so unclosed tags in a
    huge page cannot make it quadratic.
    """
    text = CONTROL_RE.sub(" ", text) if CONTROL_RE.search(text) else text
    out: list[str] = []
    json_ld: list[str] = []
    pos = 0
    while True:
        match = _RAW_OPEN_RE.search(text, pos)
        if match is None:
            out.append(text[pos:])
            break
        out.append(text[pos : match.start()])
        if match.group(0) == "<!--":
            end = text.find("-->", match.end())
            pos = len(text) if end < 0 else end + 3
            continue
        name = match.group(1).lower()
        close = _RAW_CLOSE_RES[name].search(text, match.end())
        if name == "script" and _JSON_LD_RE.search(match.group(2) or ""):
            body_end = close.start() if close else len(text)
            if body_end - match.end() <= MAX_JSON_LD_CHARS:
                json_ld.append(text[match.end() : body_end])
        pos = close.end() if close else len(text)
    markup = "".join(out)
    if len(markup) > MAX_MARKUP_CHARS:
        markup = markup[:MAX_MARKUP_CHARS]
    if markup.count("<") > MAX_TAGS:
        cut = 0
        for _ in range(MAX_TAGS):
            cut = markup.find("<", cut + 1)
        markup = markup[:cut]
    return markup, json_ld


# ---------------------------------------------------------------------------------------------
# Blocks: the walk over the body
# ---------------------------------------------------------------------------------------------
GOOD, SHORT, BAD, LINKY, TEASER = 2, 1, 0, 3, 4
# Element flags.
F_CHROME = 1
F_HARD_CHROME = 2
F_CAPTION = 8
F_STORY_CONTAINER = 16


@dataclass(slots=True)
class _Block:
    text: str
    link_chars: int
    owner: int  # index of the element that holds it
    tag: str  # name of that element
    weight: float = 0.0  # length, with CJK characters counted as several letters
    kind: int = SHORT
    dropped: bool = False
    caption: bool = False


class _Walk:
    """The body as blocks of text, and the elements that hold them (in document order)."""

    __slots__ = ("blocks", "ends", "flags", "names", "parents", "starts", "tags")

    def __init__(self) -> None:
        self.tags: list[Tag] = []
        self.names: list[str] = []
        self.parents: list[int] = []
        self.flags: list[int] = []
        self.starts: list[int] = []  # first block index of each element
        self.ends: list[int] = []  # one past its last block
        self.blocks: list[_Block] = []


def _hint_flags(attrs: dict[str, Any]) -> int:
    """Flags from an element's class and id: chrome, comments, story container, caption."""
    raw_class = attrs.get("class")
    raw_id = attrs.get("id")
    if not raw_class and not raw_id:
        return 0
    parts: list[str] = []
    for raw in (raw_class, raw_id):
        if isinstance(raw, str):
            parts.extend(raw.split())
        elif isinstance(raw, list):
            parts.extend(str(item) for item in raw)
    hint = " ".join(part for part in parts if not TAXONOMY_PREFIX_RE.match(part))
    if not hint.strip():
        return 0
    words = set(WORD_RE.findall(CAMEL_CASE_RE.sub(" ", hint).lower()))
    # Joined forms too ("relatedNews" -> "relatednews", "article-body" -> "articlebody").
    words.update(re.sub(r"[^a-z0-9]", "", part.lower()) for part in hint.split())
    flags = 0
    if STORY_CONTAINER_RE.search(hint):
        flags |= F_STORY_CONTAINER
    if words & CAPTION_WORDS:
        flags |= F_CAPTION
    if words & HARD_CHROME_WORDS:
        flags |= F_HARD_CHROME | F_CHROME
    elif words & CHROME_WORDS:
        flags |= F_CHROME
    return flags


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return isinstance(style, str) and HIDDEN_STYLE_RE.search(style) is not None


def _weight(text: str) -> float:
    if text.isascii():
        return float(len(text))
    return len(text) + 2.0 * len(CJK_RE.findall(text))


def _emit(walk: _Walk, pieces: list[tuple[str, bool]], owner: int) -> None:
    """Turn the text gathered since the last block boundary into blocks (split at <br><br>)."""
    raw = "".join(p for p, _ in pieces)
    if not raw or raw.isspace():
        pieces.clear()
        return
    link_total = sum(len(p) for p, in_link in pieces if in_link)
    segments = BR_SPLIT_RE.split(raw) if BR_MARK in raw else [raw]
    tag = walk.names[owner]
    for segment in segments:
        text = " ".join(INVISIBLE_RE.sub("", segment.replace(BR_MARK, " ")).split())
        if not text:
            continue
        links = min(len(text), link_total) if len(segments) == 1 else _link_chars_in(segment, pieces)
        walk.blocks.append(_Block(text, links, owner, tag, _weight(text)))
    pieces.clear()


def _link_chars_in(segment: str, pieces: list[tuple[str, bool]]) -> int:
    """Link characters of one <br>-separated segment: link pieces whose text occurs in it."""
    return sum(len(p.strip()) for p, in_link in pieces if in_link and p.strip() and p.strip() in segment)


def _walk(roots: Iterable[Tag], caption_ids: frozenset[int] = frozenset()) -> _Walk:
    """One iterative pass over the given subtrees; any depth of nesting is fine."""
    walk = _Walk()
    pieces: list[tuple[str, bool]] = []
    for root in roots:
        _walk_one(walk, root, pieces, caption_ids)
    return walk


def _open_element(walk: _Walk, tag: Tag, parent: int, flags: int) -> int:
    walk.tags.append(tag)
    walk.names.append(tag.name)
    walk.parents.append(parent)
    walk.flags.append(flags)
    walk.starts.append(len(walk.blocks))
    walk.ends.append(len(walk.blocks))
    return len(walk.tags) - 1


def _walk_one(walk: _Walk, root: Tag, pieces: list[tuple[str, bool]], caption_ids: frozenset[int]) -> None:
    top = _open_element(walk, root, -1, _hint_flags(root.attrs) & ~(F_CHROME | F_HARD_CHROME))
    # Stack of (children iterator, element index or -1 for a transparent inline element, is a link).
    stack: list[tuple[Iterator[Any], int, bool]] = [(iter(root.contents), top, False)]
    owners = [top]
    link_depth = 0
    while stack:
        children, index, is_link = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_link:
                link_depth -= 1
            if index >= 0:
                _emit(walk, pieces, index)
                walk.ends[index] = len(walk.blocks)
                owners.pop()
            continue
        if isinstance(child, Tag):
            name = child.name
            if name in SKIP_TAGS:
                continue
            attrs = child.attrs
            if name == "br":
                pieces.append((BR_MARK, False))
                continue
            if attrs and _is_hidden(attrs):
                continue
            flags = _hint_flags(attrs) if attrs else 0
            if id(child) in caption_ids or name in CAPTION_TAGS:
                flags |= F_CAPTION
            link = name == "a"
            if name not in BLOCK_TAGS and flags & F_CHROME and not flags & F_STORY_CONTAINER:
                continue  # a share button, an ad label or a hover card inside a line of text
            if name in BLOCK_TAGS or flags & F_CAPTION:
                _emit(walk, pieces, owners[-1])
                element = _open_element(walk, child, owners[-1], flags)
                owners.append(element)
                stack.append((iter(child.contents), element, link))
            else:
                stack.append((iter(child.contents), -1, link))
            if link:
                link_depth += 1
        elif type(child) is NavigableString:
            pieces.append((str(child), link_depth > 0))


# ---------------------------------------------------------------------------------------------
# Classifying blocks and choosing the story
# ---------------------------------------------------------------------------------------------
def _is_caption_text(text: str) -> bool:
    return len(text) < 600 and any(p.search(text) for p in CAPTION_PATTERNS)


def _is_boilerplate_text(text: str) -> bool:
    if len(text) < 400 and any(p.search(text) for p in BOILERPLATE_PATTERNS):
        return True
    return len(text) < 2000 and any(p.search(text) for p in NOTICE_PATTERNS)


def _classify(block: _Block) -> int:
    text = block.text
    weight = block.weight
    density = block.link_chars / max(len(text), 1)
    if density > 0.5:
        return BAD
    if density > 0.3 and (block.tag == "li" or density > 0.35):
        # A sentence around a link, or a headline link with its teaser: prose inside a story,
        # chrome elsewhere, so it neither attracts nor repels the choice of the story.
        return LINKY if weight - block.link_chars >= 40 else BAD
    if _is_boilerplate_text(text):
        return BAD
    if weight >= 70 and density <= 0.35 and (weight >= 150 or SENTENCE_END_RE.search(text)):
        return GOOD
    return SHORT


def _mark(walk: _Walk) -> list[float]:
    """Classify blocks, resolve chrome and caption flags, and return each element's prose weight."""
    blocks = walk.blocks
    count = len(walk.tags)
    good = [0.0] * count
    paragraphs = [0] * count
    for block in blocks:
        block.kind = _classify(block)
    teasers = [p for p, block in enumerate(blocks) if block.kind == GOOD and _is_teaser(walk, p)]
    for position in teasers:
        blocks[position].kind = TEASER
    for block in blocks:
        if block.kind == GOOD:
            good[block.owner] += block.weight - block.link_chars
            paragraphs[block.owner] += 1
    for index in range(count - 1, 0, -1):
        parent = walk.parents[index]
        if parent >= 0:
            good[parent] += good[index]
            paragraphs[parent] += paragraphs[index]
    total = max(good[0], 1.0) if count else 1.0
    dropped = [False] * count
    caption = [False] * count
    for index in range(count):
        flags = walk.flags[index]
        parent = walk.parents[index]
        inherited_drop = dropped[parent] if parent >= 0 else False
        inherited_caption = caption[parent] if parent >= 0 else False
        # A "chrome" name on an element that holds most of the page's paragraphs is a layout
        # wrapper ("has-sidebar", "page-with-ads"), not chrome.
        wrapper = good[index] >= 0.5 * total and paragraphs[index] >= 3
        chrome = bool(flags & F_CHROME) and (
            bool(flags & F_HARD_CHROME) or not (flags & F_STORY_CONTAINER or wrapper)
        )
        dropped[index] = inherited_drop or chrome
        caption[index] = inherited_caption or (bool(flags & F_CAPTION) and good[index] < 0.5 * total)
    for block in blocks:
        block.dropped = dropped[block.owner]
        block.caption = caption[block.owner] or _is_caption_text(block.text)
    return good


def _is_teaser(walk: _Walk, position: int) -> bool:
    """Whether a paragraph is the summary under a headline link, both in one small item (a teaser).

    The headline may be up to three blocks back, with a byline or a date in between.
    """
    block = walk.blocks[position]
    if block.weight > 600:
        return False
    mine = set()
    owner = block.owner
    for _ in range(4):
        if owner < 0:
            break
        mine.add(owner)
        owner = walk.parents[owner]
    for back in range(position - 1, max(position - 4, -1), -1):
        previous = walk.blocks[back]
        text = previous.text
        if not (15 <= len(text) <= 200 and previous.link_chars >= 0.8 * len(text)):
            if len(text) < 80:
                continue  # a date or a byline between the headline and the summary
            return False
        owner = previous.owner
        for _ in range(4):
            if owner < 0:
                return False
            if owner in mine:
                item = walk.blocks[walk.starts[owner] : walk.ends[owner]]
                small = len(item) <= 6 and sum(1 for b in item if b.kind == GOOD) == 1
                return small and walk.names[owner] not in ("body", "html", "article", "main")
            owner = walk.parents[owner]
        return False
    return False


def _block_score(block: _Block) -> float:
    if block.dropped or block.caption:
        return 0.0
    if block.kind == GOOD:
        return block.weight - block.link_chars
    if block.kind == BAD:
        return -block.weight
    if block.kind in (LINKY, TEASER):
        return 0.0
    return -0.1 * block.weight


def _best_element(walk: _Walk) -> int | None:
    """The element whose blocks add up to the most prose, net of boilerplate."""
    count = len(walk.tags)
    if not count:
        return None
    scores = [0.0] * count
    for block in walk.blocks:
        scores[block.owner] += _block_score(block)
    for index in range(count - 1, 0, -1):
        parent = walk.parents[index]
        if parent >= 0:
            scores[parent] += scores[index]
    best, best_score = None, 0.0
    for index in range(count):
        score = scores[index]
        if score <= 0:
            continue
        flags = walk.flags[index]
        if flags & F_STORY_CONTAINER:
            score *= 1.15
        elif walk.names[index] == "article" or walk.tags[index].get("itemprop") == "articleBody":
            score *= 1.1
        if score >= best_score:
            best, best_score = index, score
    return best


def _select_blocks(walk: _Walk, first: int, last: int, title: str | None, *, trusted: bool) -> list[_Block]:
    """The story's blocks between two block indexes, with short blocks judged by their neighbours."""
    blocks = walk.blocks[first:last]
    title_key = _key(title) if title else None
    keep: list[_Block] = []
    candidates = [b for b in blocks if not b.dropped and not b.caption]
    kinds = [b.kind for b in candidates]
    good_positions = [i for i, kind in enumerate(kinds) if kind == GOOD]
    first_good = good_positions[0] if good_positions else len(kinds)
    last_good = good_positions[-1] if good_positions else -1
    in_tail_section = False
    for position, block in enumerate(candidates):
        if block.tag == "h1" or (title_key and _key(block.text) == title_key):
            continue
        if _is_boilerplate_text(block.text):
            continue
        kind = kinds[position]
        if len(block.text) < 80 and TAIL_SECTION_RE.match(block.text):
            # "Related stories", "More from ...": skip the list that follows, up to the next prose.
            in_tail_section = True
            continue
        if in_tail_section:
            if kind != GOOD or block.link_chars or block.tag == "li":
                continue
            in_tail_section = False
        if kind == GOOD or (kind == LINKY and (trusted or first_good < position < last_good)):
            keep.append(block)
            continue
        if kind == LINKY:
            continue
        if kind == TEASER:
            if trusted or _neighbour(kinds, position, 1) == GOOD:
                keep.append(block)
            continue
        if kind == BAD:
            interior = (
                first_good < position < last_good
                and block.tag not in ("li", "div")
                and block.link_chars <= 0.75 * len(block.text)
                and not LABEL_RE.match(block.text)
            )
            if (trusted or interior) and block.link_chars < len(block.text):
                keep.append(block)
            continue
        if trusted:
            keep.append(block)
            continue
        before = _neighbour(kinds, position, -1)
        after = _neighbour(kinds, position, 1)
        heading = block.tag in HEADING_TAGS
        # A short line inside the story (a subheading, a list item, a quote) is kept; at its
        # edges, only next to prose and when it reads like part of the story.
        inside = first_good < position < last_good
        between = before == GOOD and after == GOOD
        lead_in = heading and after == GOOD and before != BAD
        attached = (
            GOOD in (before, after)
            and not block.link_chars
            and (block.tag == "li" or SENTENCE_END_RE.search(block.text) is not None)
        )
        if inside or between or lead_in or attached:
            keep.append(block)
    return keep


def _neighbour(kinds: list[int], position: int, step: int) -> int | None:
    """The kind of the nearest block that is not short, in one direction."""
    index = position + step
    while 0 <= index < len(kinds):
        if kinds[index] != SHORT:
            return GOOD if kinds[index] in (LINKY, TEASER) else kinds[index]
        index += step
    return None


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _captions(walk: _Walk, first: int, last: int) -> list[str]:
    seen: list[str] = []
    for block in walk.blocks[first:last]:
        if block.caption and not block.dropped and block.text not in seen:
            seen.append(block.text)
    return seen


def _generic(body: Tag, title: str | None) -> tuple[list[_Block], list[str], _Walk]:
    walk = _walk([body])
    _mark(walk)
    best = _best_element(walk)
    if best is None:
        return [], [], walk
    first, last = walk.starts[best], walk.ends[best]
    return _select_blocks(walk, first, last, title, trusted=False), _captions(walk, first, last), walk


def _profile_body(
    soup: BeautifulSoup, profile: SiteProfile, title: str | None
) -> tuple[list[_Block], list[str], _Walk] | None:
    """The story as the outlet's profile locates it, or None when that finds too little."""
    for selector in profile.body:
        roots = _outermost(_select(soup, selector))
        if not roots:
            continue
        for root in roots:
            for drop in (*COMMON_DROP, *profile.drop):
                for element in _select(root, drop):
                    element.decompose()
        caption_ids: set[int] = set()
        for root in roots:
            for selector_caption in (*COMMON_CAPTIONS, *profile.captions):
                caption_ids.update(id(el) for el in _select(root, selector_caption))
        walk = _walk(roots, frozenset(caption_ids))
        _mark(walk)
        for block in walk.blocks:
            block.dropped = block.dropped and walk.flags[block.owner] & F_HARD_CHROME != 0
        blocks = _select_blocks(walk, 0, len(walk.blocks), title, trusted=True)
        if sum(b.weight for b in blocks) >= MIN_PROFILE_CHARS:
            return blocks, _captions(walk, 0, len(walk.blocks)), walk
    return None


def _select(root: Tag, selector: str) -> list[Tag]:
    """Elements matching a CSS selector; none for a selector the matcher rejects."""
    try:
        return list(root.select(selector))
    except Exception:  # noqa: BLE001 - a bad selector in the table must not stop parsing
        return []


def _outermost(elements: list[Tag]) -> list[Tag]:
    chosen: list[Tag] = []
    ids: set[int] = set()
    for element in elements:
        parent = element.parent
        nested = False
        while parent is not None:
            if id(parent) in ids:
                nested = True
                break
            parent = parent.parent
        if not nested:
            chosen.append(element)
            ids.add(id(element))
    return chosen


# ---------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------
def _metas(soup: BeautifulSoup) -> dict[str, str]:
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


def _json_ld_article(scripts: list[str]) -> dict[str, Any]:
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


def _authors(
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


def _title(
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
    found = _select(soup, selector)
    return found[0] if found else None


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


def _language(soup: BeautifulSoup, ld: dict[str, Any], metas: dict[str, str]) -> str | None:
    html = soup.find("html")
    candidates = [html.get("lang") if isinstance(html, Tag) else None]
    candidates += [metas.get("content-language"), metas.get("og:locale"), ld.get("inLanguage")]
    for lang in candidates:
        if isinstance(lang, str) and lang.strip():
            code = re.split(r"[-_]", lang.strip().lower())[0]
            if code in LANGUAGE_CODES:
                return code
    return None


def _outlet(ld: dict[str, Any], metas: dict[str, str], profile: SiteProfile | None) -> str | None:
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


def _dates(
    soup: BeautifulSoup,
    ld: dict[str, Any],
    metas: dict[str, str],
    profile: SiteProfile | None,
    head: list[str],
    url: str,
) -> tuple[datetime | None, datetime | None]:
    tz = zone(profile.timezone if profile else None)
    published = _first_date([ld.get("datePublished"), *(metas.get(k) for k in PUBLISHED_META)], tz)
    updated = _first_date([ld.get("dateModified"), *(metas.get(k) for k in UPDATED_META)], tz)
    if published is None:
        times = soup.find_all("time")
        ordered = sorted(times, key=lambda t: 0 if "published" in str(t.attrs).lower() else 1)
        published = _first_date((t.get("datetime") for t in ordered), tz)
    url_date = date_from_url(url, tz)
    year_hint = url_date.year if url_date else year_from_url(url)
    if published is None and profile:
        for selector in profile.dates:
            element = _select_one(soup, selector)
            if element is None:
                continue
            text = element.get("datetime") if element.name == "time" else None
            text = text if isinstance(text, str) else element.get_text(" ")
            labelled = re.search(r"(?:published|posted|released|updated)\s*[:：]?", text, re.I)
            parsed = parse_date_text(text[labelled.end() :] if labelled else text, tz, year_hint=year_hint)
            if parsed is None:
                parsed = dateline_date(text, tz, year_hint=year_hint)
            if parsed:
                published = parsed
                if labelled and labelled.group(0).lower().startswith("updated") and updated is None:
                    updated = parsed
                break
    if published is None:
        for line in head:
            if parsed := dateline_date(line, tz, year_hint=year_hint):
                published = parsed
                break
    if published is None:
        # A short line at the head of the story that is mostly a date ("2025-11-10 09:30 Source: ..."),
        # trusted when it agrees with the URL's date or the URL has none.
        for line in head:
            parsed = parse_date_text(line, tz, year_hint=year_hint) if len(line) <= 80 else None
            if parsed and (url_date is None or parsed.date() == url_date.date()):
                published = parsed
                break
    if published is None:
        published = url_date
    if updated is not None and published is not None and updated <= published:
        updated = None
    return published, updated


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------
def parse_article(html: bytes | str, url: str, http_charset: str | None = None) -> Article:
    """Parse one article page; never raises, whatever the input."""
    try:
        return _parse(html, url, http_charset)
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
        controls = len(CONTROL_RE.findall(sample)) + sample.count("\ufffd")
    return controls > 0.01 * len(sample) + 16


def _parse(html: bytes | str, url: str, http_charset: str | None) -> Article:
    if _looks_binary(html):
        return Article(
            url=url, canonical_url=canonical_url(url), problem="no article: binary content, not a page"
        )
    if isinstance(html, bytes):
        text, encoding = decode_html(html, http_charset)
    else:
        text, encoding = html, None
    markup, json_ld = _strip_markup(text)
    soup = BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    profile = profile_for(url)
    ld = _json_ld_article(json_ld)
    metas = _metas(soup)
    title = _title(soup, ld, metas, profile)
    byline_texts = _byline_texts(soup, profile)
    base = Article(
        url=url,
        canonical_url=_canonical(soup, url),
        title=title,
        outlet=_outlet(ld, metas, profile),
        language=_language(soup, ld, metas) or (profile.language if profile else None),
        encoding=encoding,
    )
    body = soup.body or soup
    problem = None
    blocks: list[_Block] = []
    captions: list[str] = []
    extractor = "generic"
    profiled = _profile_body(soup, profile, title) if profile else None
    if profiled is not None and profile is not None:
        blocks, captions, walk = profiled
        extractor = f"profile:{profile.name}"
    else:
        blocks, captions, walk = _generic(body, title)
        if _looks_like_listing(walk, blocks):
            problem = "no article: the page lists links to other pages"
    paragraphs = [b.text for b in blocks]
    # The lines around the head of the story hold its byline and dateline, whether or not
    # they were kept: "By ZHANG WEI | China Daily", "(China Daily) 10:22, November 10, 2025".
    head = _head_lines(walk, blocks)
    bylines = byline_texts + [line for line in head if BYLINE_RE.match(line)]
    published, updated = _dates(soup, ld, metas, profile, [*bylines, *head], url)
    metadata = replace(
        base,
        published_at=published,
        updated_at=updated,
        authors=_authors(ld, metas, bylines, bylines_first=profile is not None),
        extractor=extractor,
    )
    weight = sum(b.weight for b in blocks)
    if problem is None and weight < MIN_ARTICLE_CHARS:
        problem = "no article: too little running text"
    if problem is None and weight < 3 * MIN_ARTICLE_CHARS and title and NO_ARTICLE_TITLE_RE.search(title):
        problem = "no article: the page is an error page"
    if problem is not None:
        return replace(metadata, problem=problem)
    return replace(metadata, paragraphs=tuple(paragraphs), captions=tuple(captions))


def _head_lines(walk: _Walk, blocks: list[_Block]) -> list[str]:
    """Texts of the blocks just before and at the start of the story (bylines, datelines)."""
    if not blocks:
        return []
    first = blocks[0]
    start = next((i for i, b in enumerate(walk.blocks) if b is first), 0)
    return [b.text for b in walk.blocks[max(0, start - 12) : start + 4] if len(b.text) < 600]


def _byline_texts(soup: BeautifulSoup, profile: SiteProfile | None) -> list[str]:
    texts = []
    for selector in profile.bylines if profile else ():
        element = _select_one(soup, selector)
        if element is not None and (text := _clean(element.get_text(" "))):
            texts.append(text)
    return texts


def _looks_like_listing(walk: _Walk, blocks: list[_Block]) -> bool:
    """Whether the chosen text is teasers between headline links, as on a section front."""
    if not blocks:
        return False
    first = walk.blocks.index(blocks[0])
    last = walk.blocks.index(blocks[-1])
    headline_links = 0
    switches = 0
    previous = None
    for block in walk.blocks[first : last + 1]:
        if block.dropped or block.caption:
            continue
        is_link = block.link_chars >= 0.8 * len(block.text) and len(block.text) >= 15
        if is_link:
            headline_links += 1
        current = "link" if is_link else ("text" if block.kind == GOOD else previous)
        if previous is not None and current != previous:
            switches += 1
        previous = current
    good = sum(1 for b in blocks if b.kind == GOOD)
    return headline_links >= 5 and headline_links >= good and switches >= 8
