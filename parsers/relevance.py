"""Topic relevance: weighted key phrases, counted with word boundaries.

Kept deliberately simple and explainable: an analyst can read in the warehouse
which phrases made an article relevant and tune the weights in config/topic.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from parsers.models import Relevance

# A phrase met many times is strong evidence, but not unbounded: one page repeating
# "e-commerce" thirty times should not outweigh several distinct topic phrases.
MAX_COUNT_PER_PHRASE = 3
TITLE_MULTIPLIER = 2.0


@dataclass(frozen=True)
class Topic:
    """Weighted phrases and the score an article needs to be kept."""

    phrases: tuple[tuple[str, float], ...]
    threshold: float

    @cached_property
    def patterns(self) -> tuple[tuple[str, float, re.Pattern[str]], ...]:
        compiled = []
        for phrase, weight in self.phrases:
            words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
            pattern = re.compile(r"(?<!\w)" + r"[\s-]+".join(words) + r"(?!\w)", re.IGNORECASE)
            compiled.append((phrase, weight, pattern))
        return tuple(compiled)


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
    return Relevance(score=round(total, 3), relevant=total >= topic.threshold, matched=matched)
