"""Stable identities for articles, pages and texts, derived from content rather than counters.

Keys made from content make every write idempotent: a rerun computes the same key
and the warehouse's ON CONFLICT clause turns the second insert into a no-op.
"""

from __future__ import annotations

import hashlib
import re

_NON_WORD = re.compile(r"\W+")


def digest(data: bytes | str, length: int = 32) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:length]


def article_id(canonical: str) -> str:
    """An article's key: its canonical URL, hashed to a fixed width."""
    return digest(canonical, 20)


def content_hash(text: str) -> str:
    """A hash of the words only, so re-wrapped or re-punctuated copies of one text collide."""
    return digest(_NON_WORD.sub(" ", text.lower()).strip())
