"""The story's text from a page: markup clean-up, the walk into blocks, and the choice of the blocks
that make up the story, generic or located by an outlet's profile. The body stage of ``parsers.article``,
kept apart so extraction can be read and tuned without the metadata code around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from parsers.boilerplate import (
    CAPTION_WORDS,
    CHROME_WORDS,
    HARD_CHROME_WORDS,
    LABEL_RE,
    PULL_QUOTE_WORDS,
    STORY_CONTAINER_RE,
    TAIL_SECTION_RE,
    TAXONOMY_PREFIX_RE,
    is_boilerplate_text,
    is_caption_text,
)
from parsers.profiles import COMMON_CAPTIONS, COMMON_DROP, SiteProfile
from parsers.tables import table_lines

# ---------------------------------------------------------------------------------------------
# Limits
# ---------------------------------------------------------------------------------------------
# Markup beyond these sizes is cut before parsing; no news page comes close once its scripts
# and styles are gone, and the cut keeps the parse of a hostile page well under a second.
MAX_MARKUP_CHARS = 2_000_000
MAX_TAGS = 40_000
MAX_JSON_LD_CHARS = 500_000
MIN_PROFILE_CHARS = 200  # a profile body with less text falls back to the generic extractor

# ---------------------------------------------------------------------------------------------
# Markup structure
# ---------------------------------------------------------------------------------------------
# Elements cut out of the markup before parsing (JSON-LD scripts are read first): raw-text
# elements, and navigation, menus and page footers, which never hold the story. Cutting
# them before BeautifulSoup builds its tree, rather than skipping them in the walk, is
# where most of the parsing time goes: about a quarter less on the benchmark.
RAW_TEXT_ELEMENTS = (
    "script", "style", "noscript", "template", "svg", "math", "textarea", "nav", "select", "footer", "aside",
)  # fmt: skip
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
ROW_TAG = "tr"  # the tag of a block that is a data table's row, written as one line
CAPTION_TAGS = frozenset({"figcaption", "figure"})
CAMEL_CASE_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
WORD_RE = re.compile(r"[a-z]+[0-9]*|[0-9]+")
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
BR_MARK = "\ue000"
BR_SPLIT_RE = re.compile(
    BR_MARK + r"[\s" + BR_MARK + r"]*" + BR_MARK + "|" + BR_MARK + r"(?=[\u3000\xa0]{2})"
)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\xad]")
SENTENCE_END_RE = re.compile(r"[.!?。！？…:;\"”’)]\s*$")


# ---------------------------------------------------------------------------------------------
# Markup clean-up before parsing
# ---------------------------------------------------------------------------------------------
_RAW_OPEN_RE = re.compile(r"<(" + "|".join(RAW_TEXT_ELEMENTS) + r")\b([^<>]{0,2000})>|<!--", re.IGNORECASE)
_RAW_CLOSE_RES = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in RAW_TEXT_ELEMENTS}
_JSON_LD_RE = re.compile(r"application/ld\+json", re.IGNORECASE)


def strip_markup(text: str) -> tuple[str, list[str]]:
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
F_PULL_QUOTE = 32
MIN_CUT_WORDS = 8  # a cut-off last paragraph shorter than this is too little to tell from a page's chrome
MIN_REPEAT_CHARS = 30  # a shorter quotation may well recur in the story by chance
NOT_WORD_RE = re.compile(r"\W+")


@dataclass(slots=True)
class Block:
    text: str
    link_chars: int
    owner: int  # index of the element that holds it
    tag: str  # name of that element
    weight: float = 0.0  # length, with CJK characters counted as several letters
    kind: int = SHORT
    dropped: bool = False
    caption: bool = False


class Walk:
    """The body as blocks of text, and the elements that hold them (in document order)."""

    __slots__ = ("blocks", "ends", "flags", "names", "parents", "starts", "tags")

    def __init__(self) -> None:
        self.tags: list[Tag] = []
        self.names: list[str] = []
        self.parents: list[int] = []
        self.flags: list[int] = []
        self.starts: list[int] = []  # first block index of each element
        self.ends: list[int] = []  # one past its last block
        self.blocks: list[Block] = []


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
    flags = F_PULL_QUOTE if words & PULL_QUOTE_WORDS else 0
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


def _emit(walk: Walk, pieces: list[tuple[str, bool]], owner: int) -> None:
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
        walk.blocks.append(Block(text, links, owner, tag, _weight(text)))
    pieces.clear()


def _emit_table(walk: Walk, element: int, lines: list[str]) -> None:
    """A data table's rows as blocks of their own, one line a row (``parsers.tables``)."""
    for line in lines:
        walk.blocks.append(Block(line, 0, element, ROW_TAG, _weight(line)))
    walk.ends[element] = len(walk.blocks)


def _link_chars_in(segment: str, pieces: list[tuple[str, bool]]) -> int:
    """Link characters of one <br>-separated segment: link pieces whose text occurs in it."""
    return sum(len(p.strip()) for p, in_link in pieces if in_link and p.strip() and p.strip() in segment)


def _walk(roots: Iterable[Tag], caption_ids: frozenset[int] = frozenset()) -> Walk:
    """One iterative pass over the given subtrees; any depth of nesting is fine."""
    walk = Walk()
    pieces: list[tuple[str, bool]] = []
    for root in roots:
        _walk_one(walk, root, pieces, caption_ids)
    return walk


def _open_element(walk: Walk, tag: Tag, parent: int, flags: int) -> int:
    walk.tags.append(tag)
    walk.names.append(tag.name)
    walk.parents.append(parent)
    walk.flags.append(flags)
    walk.starts.append(len(walk.blocks))
    walk.ends.append(len(walk.blocks))
    return len(walk.tags) - 1


def _walk_one(walk: Walk, root: Tag, pieces: list[tuple[str, bool]], caption_ids: frozenset[int]) -> None:
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
            if flags & F_PULL_QUOTE and name in BLOCK_TAGS:
                continue  # a sentence of the story set again in large type
            if name == "table" and (lines := table_lines(child)) is not None:
                _emit(walk, pieces, owners[-1])
                _emit_table(walk, _open_element(walk, child, owners[-1], flags), lines)
                continue
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
def _classify(block: Block) -> int:
    text = block.text
    weight = block.weight
    density = block.link_chars / max(len(text), 1)
    if density > 0.5:
        return BAD
    if density > 0.3 and (block.tag == "li" or density > 0.35):
        # A sentence around a link, or a headline link with its teaser: prose inside a story,
        # chrome elsewhere, so it neither attracts nor repels the choice of the story.
        return LINKY if weight - block.link_chars >= 40 else BAD
    if is_boilerplate_text(text):
        return BAD
    if weight >= 70 and density <= 0.35 and (weight >= 150 or SENTENCE_END_RE.search(text)):
        return GOOD
    return SHORT


def _mark(walk: Walk) -> list[float]:
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
        block.caption = caption[block.owner] or is_caption_text(block.text)
    return good


def _drop_repeated_quotes(walk: Walk) -> None:
    """Drop a blockquote that repeats words of the page: a pull quote, whatever its class says.

    One pass over the elements and one over the text, however many quotations there are.
    """
    quoted = [False] * len(walk.tags)
    for index, parent in enumerate(walk.parents):
        quoted[index] = walk.names[index] == "blockquote" or (parent >= 0 and quoted[parent])
    quotes = [b for b in walk.blocks if quoted[b.owner] and not b.dropped and len(b.text) >= MIN_REPEAT_CHARS]
    if not quotes:
        return
    rest = " ".join(_words(b.text) for b in walk.blocks if not quoted[b.owner] and not b.dropped)
    for block in quotes:
        if _words(block.text) in rest:
            block.dropped = True


def _words(text: str) -> str:
    return NOT_WORD_RE.sub(" ", text.lower()).strip()


def _is_teaser(walk: Walk, position: int) -> bool:
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


def _block_score(block: Block) -> float:
    if block.dropped or block.caption:
        return 0.0
    if block.kind == GOOD:
        return block.weight - block.link_chars
    if block.kind == BAD:
        return -block.weight
    if block.kind in (LINKY, TEASER):
        return 0.0
    return -0.1 * block.weight


def _best_element(walk: Walk) -> int | None:
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


def _select_blocks(walk: Walk, first: int, last: int, title: str | None, *, trusted: bool) -> list[Block]:
    """The story's blocks between two block indexes, with short blocks judged by their neighbours."""
    blocks = walk.blocks[first:last]
    title_key = _key(title) if title else None
    keep: list[Block] = []
    candidates = [b for b in blocks if not b.dropped and not b.caption]
    kinds = [b.kind for b in candidates]
    good_positions = [i for i, kind in enumerate(kinds) if kind == GOOD]
    first_good = good_positions[0] if good_positions else len(kinds)
    last_good = good_positions[-1] if good_positions else -1
    in_tail_section = False
    for position, block in enumerate(candidates):
        if block.tag == "h1" or (title_key and _key(block.text) == title_key):
            continue
        if is_boilerplate_text(block.text):
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
            and (block.tag in ("li", ROW_TAG) or SENTENCE_END_RE.search(block.text) is not None)
        )
        if inside or between or lead_in or attached or _cut_off(walk, candidates, kinds, position):
            keep.append(block)
    return keep


def _cut_off(walk: Walk, candidates: list[Block], kinds: list[int], position: int) -> bool:
    """Whether a short block is the story's last paragraph, cut off mid-sentence by the CMS.

    It follows a paragraph of the story as a sibling of the same kind (a <p> after a <p>, a
    run of text after a run of text), reads as prose (several words, no link, no label) and
    lacks only its end, so its figures are not lost with it.
    """
    if position == 0 or kinds[position - 1] != GOOD:
        return False
    block, previous = candidates[position], candidates[position - 1]
    return (
        block.tag == previous.tag
        and walk.parents[block.owner] == walk.parents[previous.owner]
        and not block.link_chars
        and len(block.text.split()) >= MIN_CUT_WORDS
        and not LABEL_RE.match(block.text)
    )


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


def _captions(walk: Walk, first: int, last: int) -> list[str]:
    seen: list[str] = []
    for block in walk.blocks[first:last]:
        if block.caption and not block.dropped and block.text not in seen:
            seen.append(block.text)
    return seen


def generic(body: Tag, title: str | None) -> tuple[list[Block], list[str], Walk]:
    walk = _walk([body])
    _mark(walk)
    _drop_repeated_quotes(walk)
    best = _best_element(walk)
    if best is None:
        return [], [], walk
    first, last = walk.starts[best], walk.ends[best]
    return _select_blocks(walk, first, last, title, trusted=False), _captions(walk, first, last), walk


def profile_body(
    soup: BeautifulSoup, profile: SiteProfile, title: str | None
) -> tuple[list[Block], list[str], Walk] | None:
    """The story as the outlet's profile locates it, or None when that finds too little."""
    for selector in profile.body:
        roots = _outermost(select(soup, selector))
        if not roots:
            continue
        for root in roots:
            for drop in (*COMMON_DROP, *profile.drop):
                for element in select(root, drop):
                    element.decompose()
        caption_ids: set[int] = set()
        for root in roots:
            for selector_caption in (*COMMON_CAPTIONS, *profile.captions):
                caption_ids.update(id(el) for el in select(root, selector_caption))
        walk = _walk(roots, frozenset(caption_ids))
        _mark(walk)
        for block in walk.blocks:
            block.dropped = block.dropped and walk.flags[block.owner] & F_HARD_CHROME != 0
        _drop_repeated_quotes(walk)
        blocks = _select_blocks(walk, 0, len(walk.blocks), title, trusted=True)
        if sum(b.weight for b in blocks) >= MIN_PROFILE_CHARS:
            return blocks, _captions(walk, 0, len(walk.blocks)), walk
    return None


def select(root: Tag, selector: str) -> list[Tag]:
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
# Around the chosen story
# ---------------------------------------------------------------------------------------------
def head_lines(walk: Walk, blocks: list[Block]) -> list[str]:
    """Texts of the blocks just before and at the start of the story (bylines, datelines)."""
    if not blocks:
        return []
    first = blocks[0]
    start = next((i for i, b in enumerate(walk.blocks) if b is first), 0)
    return [b.text for b in walk.blocks[max(0, start - 12) : start + 4] if len(b.text) < 600]


def looks_like_listing(walk: Walk, blocks: list[Block]) -> bool:
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
