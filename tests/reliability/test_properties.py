"""Properties of the number, period and figure parsers, over text Hypothesis makes up.

Whatever the text: nothing raises, every span lies in the text and holds the number it
reports, a value means the same whatever scale word writes it, and a currency
restatement points at a figure of its own sentence.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.figures import extract
from parsers.metrics import Catalog
from parsers.numbers import find_quantities
from parsers.periods import find_periods

ROOT = Path(__file__).resolve().parents[2]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))
PUBLISHED = date(2025, 11, 10)
NUMBER_WORDS = re.compile(
    r"\d|half|third|quarter|fifth|tenth|double|triple|fold|times|one|two|three|four|five|six|seven|eight|nine|ten",
    re.IGNORECASE,
)

# Text made of the pieces news prose is made of, so the parsers go deep, plus any characters.
WORDS = st.sampled_from(
    [
        "exports", "rose", "fell", "percent", "per cent", "%", "yuan", "trillion", "billion", "million",
        "bn", "$", "US$", "RMB", "€", "£", "¥", "about", "nearly", "more than", "by 2030", "in 2024",
        "last year", "the first half", "January-September", "year-on-year", "to", "from", "(", ")",
        ",", ".", "a fifth", "doubled", "four-fold", "the former", "the latter", "cross-border e-commerce",
        "digital trade", "digitally delivered services", "share", "of", "the", "and", "exceed",
        "at least", "target", "15th Five-Year Plan", "Q3", "FY2024-25", "２．９", "-", "—",
    ]
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**13).map(str),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
)
PROSE = st.lists(st.one_of(WORDS, NUMBERS, st.text(max_size=6)), max_size=60).map(" ".join)
TEXT = st.one_of(PROSE, st.text(max_size=400))
EXAMPLES = int(os.environ.get("TRADEWATCH_PROPERTY_EXAMPLES", "300"))  # `make reliability`: 3000
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_quantities_never_raise_and_their_spans_hold_a_number(text: str) -> None:
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert NUMBER_WORDS.search(text[quantity.start : quantity.end]), text[quantity.start : quantity.end]


@FAST
@given(TEXT)
def test_periods_never_raise_and_stay_in_the_sentence(text: str) -> None:
    for found in find_periods(text, PUBLISHED):
        assert 0 <= found.start <= found.end <= len(text)
        assert re.fullmatch(r"\d{4}(-(Q[1-4]|H[12]|\d{2}))?(/\d{4}(-\d{2})?)?", found.period), found.period


@FAST
@given(st.lists(TEXT, min_size=1, max_size=4).map("\n\n".join))
def test_extraction_never_raises_and_every_span_points_at_its_quote(text: str) -> None:
    found = extract(text, PUBLISHED, CATALOG)
    spans = [(f.span, f.quote, f.sentence) for f in found.figures]
    spans += [(t.span, t.quote, t.sentence) for t in found.targets]
    for (start, end), quote, sentence in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == quote and NUMBER_WORDS.search(quote)
        assert sentence in text and quote in sentence
    for figure in found.figures:
        if figure.equivalent_of is not None:
            assert found.figures[figure.equivalent_of].sentence == figure.sentence


SCALES = [("trillion", 10**12), ("billion", 10**9), ("million", 10**6)]


@FAST
@given(
    st.integers(min_value=1, max_value=99_999),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["yuan", "US dollars", "euros"]),
)
def test_a_value_is_the_same_whatever_scale_word_writes_it(
    hundredths: int, scale: int, currency: str
) -> None:
    """ "2.9 trillion" is "2,900 billion" is "2,900,000 million"."""
    value = hundredths / 100 * SCALES[scale][1]
    values = []
    for word, size in SCALES[scale:]:
        amount = value / size
        written = f"{amount:,.2f}".rstrip("0").rstrip(".")
        (quantity,) = find_quantities(f"Exports reached {written} {word} {currency} last year.")
        values.append(quantity.value)
    assert all(abs(v - value) <= 1e-9 * value for v in values), values
