"""Lowercased patterns over lowercased texts find what the IGNORECASE patterns find."""

from __future__ import annotations

import re
from re import _casefix  # type: ignore[attr-defined]

import pytest

from parsers.context import ASIDE, GOVERNING_VERBS, NP_BOUNDARY
from parsers.figure_periods import FISCAL_HINT, YEAR_BEFORE
from parsers.folding import _LOOK_ALIKES, lowercased, lowered
from parsers.periods import MONTH_RANGE, MONTHS_ENDED, TIME_WORDS, YEAR

TEXTS = (
    "Exports of Services ROSE 5% in 2024, while the EU's imports (the bulk of which are digital) fell.",
    "In the Twelve Months ended MARCH 31, 2024, and between April and June of 2025, sales fell.",
    "In FY2024-25, up from A Year Earlier, H1 revenue in the Fiscal Year rose 3 Years Before Q2.",
    "REVENUE, driven by Cloud Sales in FY2025, Reached RMB 12 billion - a record - by the end of 2030.",
    "Straße exports – about €3 bn – grew; “GMV” jumped 12% since 2019, as Apple’s sales hit US$4bn.",
    "İstanbul’s exports rose 4% in 2024.",  # "İ" grows when lowercased: matched the slow way
    "Exports of ſervices rose 4% in 2024.",  # IGNORECASE reads "ſ" as "s": the slow way too
)


def test_look_alikes_are_those_ignorecase_matches() -> None:
    expected = {chr(c) for c, others in _casefix._EXTRA_CASES.items() for c in (c, *others)} - {"i", "s"}
    assert set(_LOOK_ALIKES) == expected


def test_lowered_refuses_texts_it_would_change() -> None:
    kept, grown, look_alike = TEXTS[-3:]
    assert lowered(TEXTS[0]) == TEXTS[0].lower()
    assert lowered(kept) == kept.lower()
    assert lowered(grown) is None
    assert lowered(look_alike) is None


@pytest.mark.parametrize(
    "pattern",
    [
        ASIDE,
        GOVERNING_VERBS,
        NP_BOUNDARY,
        YEAR,
        MONTH_RANGE,
        MONTHS_ENDED,
        YEAR_BEFORE,
        TIME_WORDS,
        FISCAL_HINT,
    ],
)
def test_lowercased_pattern_finds_the_same_spans(pattern: re.Pattern[str]) -> None:
    low_pattern = lowercased(pattern)
    for text in TEXTS:
        low = lowered(text)
        if low is None:
            continue
        expected = [(m.span(), m.regs) for m in pattern.finditer(text)]
        assert [(m.span(), m.regs) for m in low_pattern.finditer(low)] == expected


def test_patterns_that_need_their_case_are_refused() -> None:
    with pytest.raises(ValueError):
        lowercased(re.compile(r"(?-i:[A-Z])\w+", re.IGNORECASE))
    with pytest.raises(ValueError):
        lowercased(re.compile(r"[A-Z]\w+"))
    assert lowercased(re.compile(r"\S+(?P<Word>[A-Z]\w)", re.IGNORECASE)).pattern == r"\S+(?P<Word>[a-z]\w)"
