"""Paragraphs and sentences with their character offsets in the article text.

Offsets matter more than elegance here: every figure is quoted back with the exact
span it came from. The splitter knows news abbreviations ("Sept.", "U.S.", "No.")
and decimal points, which are the usual traps.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof gen gov sen rep st no nos vs "
    "etc inc ltd co corp jr sr dept est approx fig e.g i.e u.s u.k u.n a.m p.m rs rp kshs nu gs excl "
    "incl".split()
)
# Two cell separators (pipes or tabs) on one line, or one on each of two lines running ("Ireland |
# 318.6" over "Germany | 229.4"); anchored on the separator so that a long line without any is
# rejected in linear time.
TABLE_ROW = re.compile(r"[|\t][^\n|\t]+[|\t]|[|\t][^\n|\t]*\n[^\n|\t]*[|\t]")
# What may stand between a line's colon and its value: a hedge, a currency ("Exports: about US$1.2bn").
VALUE_OPENING = (
    # ("Trade balance: surplus of R16,8 billion": which way a balance went, before its value)
    r"(?:(?:a\s+)?(?:surplus|deficit)\s+of\s+)?"
    r"(?:(?:about|around|approximately|nearly|some|roughly|over|more\s+than)\s+)?"
    r"(?:[A-Z]{1,4}\$?|[$€£¥₹₺₦₩₱₡]|Rs\.?|Ps\.|KSh|Rp|RM)?\s?"
)
# A move named before a list line's value ("Mobile data traffic: up 17.2%", "Orders: down by 3%").
MOVE_OPENING = r"(?:(?:up|down)\s+(?:by\s+)?)?"
# The marks a list's lines open with (a hyphen, a dash or an asterisk too).
BULLETS = "•·▪●◦‣○□■"
_BULLET = re.compile(rf"[{BULLETS}*–-]\s")
# A sentence ends at . ! ? before a capital; a list line ("Exports, 2024: $4.6 trillion (+9%)")
# also ends at its line break when it closes with a bracket, a percent sign or a colon, and
# a line break before a bullet or a "Label: value" or "Label - value" line always ends one. Every boundary
# starts with a space or a closing quote or bracket: the look-ahead for them spares the rest at every other
# character. The three kinds of line that a line break always ends before share one reading of the break:
# at a space inside a line it fails once, not three times (each kind starts with no space, so the break
# and the spaces after it are the same whichever kind follows).
_BOUNDARY = re.compile(
    r"(?=[\s\"'”’)])"
    r"(?:(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=[)%:;])[ \t]*\n\s*(?=[\"'“‘(•*-]?[A-Z0-9])"
    rf"|[ \t]*\n\s*(?={_BULLET.pattern}"  # every bullet of a list starts a statement of its own
    # "Revenue: 18.6 billion", "Trade balance: surplus of R16,8 billion", "Employees: about 53,000", "Mobile
    # data traffic: up 17.2%"
    rf"|[A-Z][^:\n]{{1,60}}:\s*{MOVE_OPENING}{VALUE_OPENING}[+-]?\d"
    r"|[A-Z][^:\n]{0,60}?\s[-–—]\s+\d[\d,.]*[ \t]*(?:\n|$)))"  # "Q2 - 236.1"
)


# A paragraph's first line that is a heading over the prose below it ("The stakes", "2. Parcels and tariffs",
# "4.2 Digital services exports"):
# a few capitalised words with no stop, no clause mark and no function word at its end, then a line
# that starts a sentence. (A line wrapped inside a sentence ends in a word that needs the next one.) A live
# blog's time stamp over its entry ("17:30 IST", "9.15am") is one too.
HEADING_LINE = re.compile(
    r"(?:(?:\d{1,2}(?:\.\d{1,2})*\.?[ ]+)?[A-Z][\w'’&/-]*(?:[ ][\w'’&/-]+){0,5}"
    r"(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bof)(?<!\bto)(?<!\bin)(?<!\bfor)(?<!\band)(?<!\bwith)(?<!\bon)(?<!\bat)"
    r"(?<!\bby)(?<!\bfrom)"
    r"|\d{1,2}:\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,4})?"
    r"|\d{1,2}\.\d{2}[ ]?[AaPp]\.?[Mm]\.?(?:[ ][A-Z]{2,4})?)"
    r"[ \t]*\n(?=[\"“‘(]?[A-Z])"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it belongs to


# A block: from a non-space character up to a line break that a blank line follows. Runs of
# characters other than line breaks are matched at once, not one alternation per character.
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blocks separated by blank lines (a lone line break stays inside a paragraph)."""
    return [match.span() for match in _PARAGRAPH.finditer(text)]


# The last word before a final full stop. Starting only where a run of letters and dots starts
# finds the same word as starting anywhere in it, without re-reading the run from each letter.
_LAST_WORD = re.compile(r"(?<![A-Za-z.])([A-Za-z.]+)\.$")


# How far from its end a chunk is searched for its last word first: the word is a run that ends it.
_TAIL = 40
# What the run of _LAST_WORD is made of.
_RUN_CHARACTERS = frozenset(string.ascii_letters + ".")


# "Table 2. E-commerce parcels dispatched by quarter, 2024": a caption's number, not a sentence's end
NUMBERED_CAPTION = re.compile(
    r"(?:^|\n)[ \t]*(?:Table|Chart|Figure|Exhibit|Graph|Box)\s+\d{1,2}(?:\.\d{1,2})?\.$"
)


def _ends_with_abbreviation(chunk: str) -> bool:
    if chunk.endswith(" B/."):
        return True  # (Panama's balboa sign, "B/. 1.2 billion")
    if chunk[-1:] == "." and NUMBERED_CAPTION.search(chunk, max(0, len(chunk) - 24)):
        return True
    # (a match runs to the end of the chunk, so the search starts near the end; only where a run of letters
    # and dots reaches back past that start does the whole chunk need searching)
    tail = max(0, len(chunk) - _TAIL)
    word = _LAST_WORD.search(chunk, tail)
    if word is None and tail and chunk[tail - 1] in _RUN_CHARACTERS:
        word = _LAST_WORD.search(chunk)
    if not word or chunk[word.start() - 1 : word.start()].isdigit():
        return False  # ("to $6,412m.": a scale written onto its number ends the sentence as any word does)
    token = word.group(1).lower().rstrip(".")
    return token in ABBREVIATIONS or bool(re.fullmatch(r"[a-z]", token))


# No news sentence is longer; a longer run (a table flattened into one line, garbage) is
# cut into pieces so that the work per sentence stays bounded.
MAX_SENTENCE = 1000
_PIECE_END = re.compile(r"[;,|\t]\s*")


def _bounded(sentence: Sentence) -> list[Sentence]:
    if len(sentence.text) <= MAX_SENTENCE:
        return [sentence]
    pieces, start = [], sentence.start
    end_of_sentence = sentence.end
    text = sentence.text
    offset = 0
    while end_of_sentence - start > MAX_SENTENCE:
        window = text[offset : offset + MAX_SENTENCE]
        cuts = [m.end() for m in _PIECE_END.finditer(window)]
        cut = cuts[-1] if cuts and cuts[-1] > MAX_SENTENCE // 2 else MAX_SENTENCE
        pieces.append(Sentence(start, start + cut, text[offset : offset + cut], sentence.paragraph))
        start, offset = start + cut, offset + cut
    pieces.append(Sentence(start, end_of_sentence, text[offset:], sentence.paragraph))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of every paragraph, in order (none longer than ``MAX_SENTENCE``)."""
    return [piece for sentence in _split(text) for piece in _bounded(sentence)]


def _split(text: str) -> list[Sentence]:
    sentences = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        # Most paragraphs hold no separator at all; finding one is cheaper than the pattern.
        separated = text.find("|", p_start, p_end) >= 0 or text.find("\t", p_start, p_end) >= 0
        if separated and TABLE_ROW.search(text, p_start, p_end):
            # A table pasted as text: every line is a statement of its own.
            for line in re.finditer(r"[^\n]+", text[p_start:p_end]):
                if line.group(0).strip():
                    start, end = p_start + line.start(), p_start + line.end()
                    sentences.append(Sentence(start, end, text[start:end], index))
            continue
        start = p_start
        if (heading := HEADING_LINE.match(text, p_start, p_end)) is not None:
            end = text.index("\n", p_start)
            sentences.append(Sentence(p_start, end, text[p_start:end], index))
            start = heading.end()
        for boundary in _BOUNDARY.finditer(text, start, p_end):
            head = text[start : boundary.start()].rstrip("\"'”’)")
            # (a bullet on the next line starts a statement even after "to $6,412m.")
            if _ends_with_abbreviation(head) and not _BULLET.match(text, boundary.end()):
                continue
            sentences.append(Sentence(start, boundary.start(), text[start : boundary.start()], index))
            start = boundary.end()
        if start < p_end:
            sentences.append(Sentence(start, p_end, text[start:p_end], index))
    return sentences
