"""Stable identities for articles, pages and texts, derived from content rather than counters.

Keys made from content make every write idempotent: a rerun computes the same key
and the warehouse's ON CONFLICT clause turns the second insert into a no-op.
"""

from __future__ import annotations

import hashlib
import heapq
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


# Word 3-grams: an edited headline or a dropped paragraph changes few of them.
SHINGLE = 3
# A sketch keeps this many of the smallest shingle hashes (a bottom-k MinHash sketch):
# two texts share about 2J/(1+J) of them where J is the share of 3-grams they have in common.
SKETCH_SIZE = 64
# Below this many words a sketch says too little to call two texts copies.
MIN_WORDS = 40


def sketch(text: str) -> tuple[int, ...]:
    """The smallest hashes of the text's word 3-grams (signed 64-bit, for DuckDB BIGINT); empty if short.

    Two syndicated copies (a new headline, a byline, a trimmed paragraph, a typo) share
    most of their sketch; two stories on one subject share almost none.
    """
    words = _NON_WORD.sub(" ", text.lower()).split()
    if len(words) < MIN_WORDS:
        return ()
    shingles = (" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1))
    hashes = {int.from_bytes(hashlib.blake2b(s, digest_size=8).digest(), signed=True) for s in shingles}
    return tuple(heapq.nsmallest(SKETCH_SIZE, hashes))
