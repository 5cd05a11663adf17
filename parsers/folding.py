"""Case-insensitive patterns matched as case-sensitive ones against a lowercased copy of the text.

Under IGNORECASE Python's regex engine compares each letter through its case table and enters
every alternative of a group to test its first letter; the same pattern written in lower case and
matched case-sensitively against ``text.lower()`` finds the same spans in about half the time.
Two things must hold for that. Lowercasing must keep every character where it was (it does, but
for "İ", which becomes two characters). And IGNORECASE must not match a lowercased character with
a letter other than itself: it matches "ı" with "i", "ſ" with "s", "ϐ" with "β" and a few more,
which lowercasing leaves as they are. A text with either is given ``None`` by ``lowered`` and is
matched with the IGNORECASE pattern as before. Groups of a match against the copy hold lowercased
text: a caller uses only spans, or compares the groups in lower case.
"""

from __future__ import annotations

import re
import unicodedata

# Every lowercase character that IGNORECASE matches with another lowercase character ("ſ", "ı", "µ",
# Greek and Cyrillic variants; re._casefix lists them, and tests/test_folding.py checks this copy
# against it). "i" and "s" themselves are left out: they match only "ı" and "ſ" besides, and a pattern
# holding one of those is refused.
_LOOK_ALIKES = (
    "\u00b5\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3"
    "\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80"
    "\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
LOOK_ALIKE = re.compile(f"[{_LOOK_ALIKES}]")
# What lowercasing a pattern's source must leave alone, or cannot handle: escapes ("\S" is not "\s"),
# group names, inline flags ("(?-i:...)" needs the case) and characters written as codes.
_UNSAFE = re.compile(r"\(\?[aiLmsux-]+[:)]|\\[xuUN0-9]")
_KEPT = re.compile(r"\\.|\(\?P[<=]\w+")


def lowered(text: str) -> str | None:
    """``text`` lowercased, where matching a lowercased pattern against it finds what the IGNORECASE
    pattern finds in ``text``; else ``None``."""
    low = text.lower()
    if low.isascii():
        return low
    if len(low) != len(text) or LOOK_ALIKE.search(low):
        return None
    return low


def lowercased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE ``pattern`` written in lower case and compiled without IGNORECASE, for texts
    that ``lowered`` returns: it matches the same spans there, with the same groups."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _UNSAFE.search(source) or LOOK_ALIKE.search(source.lower()):
        raise ValueError(f"cannot be matched in lower case: {source[:60]}")
    pieces = []
    at = 0
    for kept in _KEPT.finditer(source):
        pieces.append(source[at : kept.start()].lower())
        pieces.append(kept.group(0))
        at = kept.end()
    pieces.append(source[at:].lower())
    return re.compile("".join(pieces), pattern.flags & ~re.IGNORECASE)


def without_accents(text: str) -> str:
    """``text`` as the English-language press writes names, without their diacritics ("Maharashtra",
    "Montreal", "cordobas"; the Vietnamese barred D of "Đồng Tháp" is a D)."""
    if text.isascii():
        return text
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
        if not unicodedata.combining(c)
    )
