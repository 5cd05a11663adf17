"""Topic relevance: weighted key phrases, counted with word boundaries.

Kept deliberately simple and explainable: an analyst can read in the warehouse
which phrases made an article relevant and tune the weights in config/topic.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from parsers.models import Relevance

# A phrase met many times is strong evidence, but not unbounded: one page repeating
# "e-commerce" thirty times should not outweigh several distinct topic phrases.
MAX_COUNT_PER_PHRASE = 3
TITLE_MULTIPLIER = 2.0
MAX_PAIRS = 4
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _word(word: str) -> str:
    """A word of a phrase; an acronym keeps its capitals, so "IT" (information technology) is not "it"."""
    return f"(?-i:{re.escape(word)})" if len(word) > 1 and word.isupper() else re.escape(word)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the phrases, with word boundaries, spaces and hyphens alike; acronyms in capitals only."""
    alternatives = ("[\\s-]+".join(_word(w) for w in re.split(r"[\s-]+", p.strip()) if w) for p in phrases)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Topic:
    """Weighted phrases and the score an article needs to be kept.

    ``pairs`` widens the net beyond the listed phrases: a sentence that names trade
    ("exports", "overseas sales") and something digital ("software", "online") at once
    adds ``pair_weight``, at most ``MAX_PAIRS`` times. "Korean game and webtoon exports"
    is on the topic though no phrase lists it.
    """

    phrases: tuple[tuple[str, float], ...]
    threshold: float
    trade_words: tuple[str, ...] = ()
    digital_words: tuple[str, ...] = ()
    pair_weight: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Topic:
        """From config/topic.toml; raises ``ValueError``/``TypeError`` on a malformed file."""
        phrases = data.get("phrases")
        if not isinstance(phrases, dict) or not phrases:
            raise ValueError("needs a [phrases] table of phrase = weight")
        pairs = data.get("pairs", {})
        return cls(
            phrases=tuple((str(k), float(v)) for k, v in phrases.items()),
            threshold=float(data.get("threshold", 3.0)),
            trade_words=tuple(str(w) for w in pairs.get("trade", [])),
            digital_words=tuple(str(w) for w in pairs.get("digital", [])),
            pair_weight=float(pairs.get("weight", 0.0)),
        )

    @cached_property
    def patterns(self) -> tuple[tuple[str, float, re.Pattern[str]], ...]:
        return tuple((phrase, weight, _phrase_pattern((phrase,))) for phrase, weight in self.phrases)

    @cached_property
    def pair_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        if not (self.trade_words and self.digital_words and self.pair_weight):
            return None
        return _phrase_pattern(self.trade_words), _phrase_pattern(self.digital_words)


def score(topic: Topic, text: str, title: str | None = None) -> Relevance:
    """Score a text; phrases in the title count double because headlines state the subject."""
    total = 0.0
    matched: dict[str, int] = {}
    for phrase, weight, pattern in topic.patterns:
        in_body = len(pattern.findall(text))
        in_title = len(pattern.findall(title)) if title else 0
        if not in_body and not in_title:
            continue
        matched[phrase] = in_body + in_title
        total += weight * (min(in_body, MAX_COUNT_PER_PHRASE) + TITLE_MULTIPLIER * min(in_title, 1))
    if topic.pair_patterns and total < topic.threshold:
        trade, digital = topic.pair_patterns
        pairs = sum(
            1
            for sentence in SENTENCE_END.split(f"{title or ''}. {text}")
            if trade.search(sentence) and digital.search(sentence)
        )
        if pairs:
            matched["(trade and digital in one sentence)"] = pairs
            total += topic.pair_weight * min(pairs, MAX_PAIRS)
    return Relevance(score=round(total, 3), relevant=total >= topic.threshold, matched=matched)
