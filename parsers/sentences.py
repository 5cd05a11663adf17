"""Paragraphs and sentences with their character offsets in the article text.

Offsets matter more than elegance here: every figure is quoted back with the exact
span it came from. The splitter knows news abbreviations ("Sept.", "U.S.", "No.")
and decimal points, which are the usual traps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof gen gov sen rep st no nos vs "
    "etc inc ltd co corp jr sr dept est approx fig e.g i.e u.s u.k u.n a.m p.m".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it belongs to


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blocks separated by blank lines (a lone line break stays inside a paragraph)."""
    spans = []
    for match in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        spans.append((match.start(), match.end()))
    return spans


def _ends_with_abbreviation(chunk: str) -> bool:
    word = re.search(r"([A-Za-z.]+)\.$", chunk)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in ABBREVIATIONS or bool(re.fullmatch(r"[a-z]", token))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of every paragraph, in order."""
    sentences = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for boundary in _BOUNDARY.finditer(text, p_start, p_end):
            head = text[start : boundary.start()].rstrip("\"'”’)")
            if _ends_with_abbreviation(head):
                continue
            sentences.append(Sentence(start, boundary.start(), text[start : boundary.start()], index))
            start = boundary.end()
        if start < p_end:
            sentences.append(Sentence(start, p_end, text[start:p_end], index))
    return sentences
