"""Gathered alternations match exactly what the written ones do."""

from __future__ import annotations

import re

import pytest

from parsers.alternation import gathered, gathered_words

TEXT = (
    "Exports rose 5%, imports Rose too; sales reached a peak and Reached it again. The firm holds 30% "
    "and a rise of 2 was seen, with shipments jump 3% and raked in $5 bn; REACHES, rises, risen. "
    "ARose, brings in, bring in, brought in, total about 5, total of 6."
)


@pytest.mark.parametrize(
    ("pattern", "changed"),
    [
        (r"\b(?:rose|rise|rises|reached|reach|grew)\b", True),
        (r"\b(?:(?<=\w\s)holds|rose|(?<!a)rise|raked\s+in|(?:brought|brings|bring)\s+in)\b", True),
        (r"\b(?:jump(?=\s+\d)|total(?=\s+(?:about|\d))|rise)", True),
        (r"(?:Rose|rose|rise)", False),  # both cases of one letter: the order between them counts
        (r"(?:rose|(rise))", False),  # a capturing group would be renumbered
        (r"(?:r?ose|rise)", False),  # an alternative that may start with another letter
        (r"(?:\w+ose|rise)", False),
    ],
)
def test_gathered_matches_as_written(pattern: str, changed: bool) -> None:
    rewritten = gathered(pattern)
    assert (rewritten != pattern) is changed
    for flags in (0, re.IGNORECASE):
        written, faster = re.compile(pattern, flags), re.compile(rewritten, flags)
        assert [m.span() for m in faster.finditer(TEXT)] == [m.span() for m in written.finditer(TEXT)]
        for start in range(len(TEXT)):
            found, expected = faster.match(TEXT, start), written.match(TEXT, start)
            assert (found and found.span()) == (expected and expected.span())


def test_gathered_keeps_order_within_a_letter() -> None:
    assert gathered(r"(?:reach|reached|grew)") == r"(?:r(?:each|eached)|g(?:rew))"


@pytest.mark.parametrize(
    ("words", "changed"),
    [
        (["us$", "usd", "$us", "rs.", "$", "r", "rmb"], True),
        (["lakh crore", "billion", "bn", "b"], True),
        (["Rose", "rose", "rise"], False),  # a capital first letter: left as written
        (["kes", "\u212aes", "yen"], False),  # the Kelvin sign is a "k" in any case
    ],
)
def test_gathered_words_match_as_written(words: list[str], changed: bool) -> None:
    plain = "|".join(re.escape(word) for word in words)
    rewritten = gathered_words(words)
    assert (rewritten != plain) is changed
    text = (
        "US$5, $us 4, USD 3, Rs. 2, RMB 1, R 9, $7, lakh crore, Billion, bn, b, rise, Rose, KES, \u212aes, "
    )
    for flags in (0, re.IGNORECASE):
        written, faster = re.compile(f"(?:{plain})x?", flags), re.compile(f"(?:{rewritten})x?", flags)
        for start in range(len(text)):
            found, expected = faster.match(text, start), written.match(text, start)
            assert (found and found.span()) == (expected and expected.span())
