"""Long alternations of words, rewritten so that the regex engine tries fewer of them.

Python's engine tries the alternatives of a group one after the other at every position
it reaches, and under IGNORECASE it cannot skip one by its first letter without entering
it. ``gathered`` writes "rose|rise|grew|reached" as "r(?:ose|ise|eached)|g(?:rew)": at a
position only the words that begin with its letter are tried. The rewritten pattern
matches exactly what the written one does; the source keeps the readable word lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable

QUANTIFIERS = frozenset("?*+{")
# The groups a pattern may have: non-capturing ones (with or without flags) and look-arounds.
OPENINGS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?i", "(?-i", "(?a", "(?s", "(?m")


def _syntax(pattern: str) -> list[int]:
    """The indexes of the characters of ``pattern`` that are neither escaped nor inside a character class."""
    indexes = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
        elif pattern[i] == "[":  # "[]a]" and "[^]a]" hold a "]"
            i += 2 if pattern.startswith("^", i + 1) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        else:
            indexes.append(i)
            i += 1
    return indexes


def _groups(pattern: str) -> list[tuple[int, int, int]]:
    """Where each group of ``pattern`` opens and closes (the indexes of its brackets), and how many groups
    hold it."""
    spans = []
    opened: list[int] = []
    for i in _syntax(pattern):
        if pattern[i] == "(":
            opened.append(i)
        elif pattern[i] == ")":
            spans.append((opened.pop(), i, len(opened)))
    return spans


def _split(body: str) -> list[str]:
    """The alternatives of a group's body, split at its own bars (not those of groups inside it)."""
    cuts = []
    depth = 0
    for i in _syntax(body):
        depth += {"(": 1, ")": -1}.get(body[i], 0)
        if body[i] == "|" and depth == 0:
            cuts.append(i)
    starts = [0, *(c + 1 for c in cuts)]
    ends = [*cuts, len(body)]
    return [body[a:b] for a, b in zip(starts, ends, strict=True)]


def _lead(alternative: str) -> int:
    """How long the look-behinds that open ``alternative`` are."""
    at = 0
    while alternative.startswith(("(?<=", "(?<!"), at):
        closing = next((b for a, b, _ in _groups(alternative) if a == at), None)
        if closing is None:
            return at
        at = closing + 1
    return at


def _expanded(alternative: str) -> list[str]:
    """``alternative`` with a group of words that opens it spread out: "(?:brought|bring)\\s+in" ->
    "brought\\s+in", "bring\\s+in" (tried in the same order, so the same one matches)."""
    at = _lead(alternative)
    if not alternative.startswith("(?:", at):
        return [alternative]
    closing = next(b for a, b, _ in _groups(alternative) if a == at)
    if alternative[closing + 1 : closing + 2] in QUANTIFIERS or "(" in alternative[at + 3 : closing]:
        return [alternative]
    head, tail = alternative[:at], alternative[closing + 1 :]
    return [head + word + tail for word in _split(alternative[at + 3 : closing])]


def _gathered_body(body: str) -> str:
    """The alternatives of ``body`` gathered under the character they start with, or ``body`` as it was
    when gathering could change what matches."""
    alternatives = [e for a in _split(body) for e in _expanded(a)]
    gathered: dict[str, list[str]] = {}
    for alternative in alternatives:
        at = _lead(alternative)
        first = alternative[at : at + 1]
        if not (first.isascii() and first.isalnum()) or alternative[at + 1 : at + 2] in QUANTIFIERS:
            return body  # an alternative that may start with several characters: the order matters
        gathered.setdefault(first, []).append(alternative)
    if len({first.lower() for first in gathered}) < len(gathered):
        return body  # "R..." and "r..." could both match under IGNORECASE: the order between them matters
    written = []
    for first, group in gathered.items():
        if all(_lead(a) == 0 for a in group):
            written.append(f"{first}(?:{'|'.join(a[1:] for a in group)})")
        else:  # a look-behind sees the text before the letter: look for the letter ahead instead
            written.append(f"(?={first})(?:{'|'.join(group)})")
    return "|".join(written)


def gathered(pattern: str) -> str:
    """``pattern`` with the alternatives of each of its outermost non-capturing groups gathered under
    their first character, where every alternative starts with a letter or a digit of its own
    (after look-behinds, or as the words of a group that opens it). In every gathering the
    alternatives keep their order, and no two gatherings can match at one position (with or without
    IGNORECASE), so the pattern matches as it did. A pattern with a capturing group is returned
    as it is, for reordering would renumber its groups; not for VERBOSE patterns."""
    spans = _groups(pattern)
    if any(not pattern.startswith(OPENINGS, a) for a, _, _ in spans):
        return pattern
    for a, b, _ in sorted(
        (span for span in spans if span[2] == 0 and pattern.startswith("(?:", span[0])), reverse=True
    ):
        pattern = pattern[: a + 3] + _gathered_body(pattern[a + 3 : b]) + pattern[b:]
    return pattern


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of the ``gathered`` pattern: a drop-in for a long alternation of words."""
    return re.compile(gathered(pattern), flags)


def gathered_words(words: list[str], escape: Callable[[str], str] = re.escape) -> str:
    """An alternation of the literal ``words``, in their order, gathered under their first characters
    behind a look-ahead for those characters: "usd|us\\$|\\$" -> "(?=[u\\$])(?:u(?:sd|s\\$)|\\$)".

    A currency or scale word is tried as an optional group before or after every number; written
    plainly, each of a hundred words is entered in turn even where none can start. Each gathering keeps
    its words' order and no two gatherings can match at one position (their first characters differ in
    any case), so the longest word still wins; words with a capital first character are left as they
    are. ``escape`` writes one word, character by character.
    """
    plain = "|".join(escape(word) for word in words)
    firsts = list(dict.fromkeys(word[:1] for word in words))
    if not all(first and first == first.lower() for first in firsts) or any(
        a != b and re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in firsts for b in firsts
    ):
        return plain
    gathered: dict[str, list[str]] = {first: [] for first in firsts}
    for word in words:
        gathered[word[0]].append(escape(word[1:]))
    branches = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in gathered.items())
    return f"(?=[{''.join(re.escape(first) for first in firsts)}])(?:{branches})"
