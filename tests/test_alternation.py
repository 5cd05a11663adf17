"""Gathered alternations match exactly what the written ones do."""

from __future__ import annotations

import re

import pytest

from parsers.alternation import gathered

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
