"""Article text to figures and policy targets.

The stages, each a module of its own: numbers (what quantities there are), periods
(when), geo (where), context (what is measured and who says so), and the rules here
that decide what each quantity is: a figure of a given kind, a target, or the
same figure restated in another currency.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from parsers.context import (
    FORMER_LATTER,
    GOVERNING_VERBS,
    POINTER_SUBJECT,
    clause_start,
    governing_subject,
    is_anaphor,
    metric_from_concepts,
    place_for,
    points_to_share,
    refers_back,
    row_label,
    share_phrases,
    source_of,
    subject_phrase,
    whole_after,
)
from parsers.geo import FISCAL_YEAR_START, PlaceMention, find_places, main_places, place_counts
from parsers.metrics import Catalog, ConceptMatch, flow_of, metric_key
from parsers.models import Figure, Target
from parsers.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    WORD_CURRENCY,
    Quantity,
    find_quantities,
    normalise,
)
from parsers.periods import (
    BASE_BEFORE,
    FISCAL_NAMED_BY_START,
    STATED_YEAR,
    TIME_WORDS,
    TimeExpression,
    canonical,
    declared_fiscal_start,
    find_periods,
    last_month,
    months,
    shift_year,
)
from parsers.sentences import Sentence, split_sentences

CURRENCY_UNIT = re.compile(r"^[A-Z]{3}$")
CAGR_CUE = re.compile(
    r"average\s+annual|annual\s+average|compound(?:ed)?\s+annual|\bCAGR\b|annuali[sz]ed|"
    r"a\s+year\s+on\s+average|on\s+average\s+(?:each|every|per)\s+year|average\s+(?:yearly\s+)?growth\s+rate",
    re.IGNORECASE,
)
RISE = (
    r"rose|ris(?:e|es|ing)|up|grew|grow(?:s|ing|th)?|increase[sd]?|increasing|gain(?:ed|s)?|jump(?:ed|s)?|"
    r"surge[sd]?|climb(?:ed|s)?|expand(?:ed|s|ing)?|higher|rebound(?:ed)?|advanc(?:ed|es)|soar(?:ed|s)?|"
    r"widen(?:ed|s|ing)?|year-on-year|yoy|y-o-y"
)
FALL = (
    r"fell|fall(?:s|ing)?|down|declin(?:e|ed|es|ing)|drop(?:ped|s)?|decrease[sd]?|decreasing|"
    r"shr[ai]nk(?:s|ing)?|contract(?:ed|s|ion)|sl(?:id|ipped|umped)|dip(?:ped)?|lower|plunge[sd]?|lost|loss|"
    r"narrow(?:ed|s|ing)?"
)
CHANGE_CUE = re.compile(rf"\b(?:{RISE}|{FALL})\b", re.IGNORECASE)
FALL_CUE = re.compile(rf"\b(?:{FALL})\b", re.IGNORECASE)
SHARE_CUE = re.compile(
    r"\b(?:share|proportion|portion|account(?:s|ed|ing)?\s+for|made\s+up|making\s+up|represent(?:s|ed|ing)?|"
    r"penetration|of\s+(?:the\s+)?(?:total|all|overall))\b",
    re.IGNORECASE,
)
ABSOLUTE_CHANGE = re.compile(
    rf"\b(?:{RISE}|{FALL})\s+(?:by\s+)?(?:about|around|nearly|almost|some|over|more\s+than|roughly)?\s*$"
    r"|\b(?:an?\s+)?(?:increase|decrease|rise|drop|decline|gain|fall)\s+of\s+(?:about|around|nearly|almost|some|over|more\s+than)?\s*$",
    re.IGNORECASE,
)
TARGET_CUE = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|goal|strive|strives|striving|plan(?:s|ned)?\s+to|seek(?:s)?\s+to|"
    r"set\s+to|pledge[sd]?|commit(?:s|ted)?|ensure|expect(?:s|ed)?|projected|forecast(?:s|ed)?|predict(?:s|ed)?|"
    r"estimated\s+to|likely\s+to|could|would|will|should|envisag(?:e|es|ed)|outlook|anticipat(?:e|es|ed))\b",
    re.IGNORECASE,
)
FORECAST_CUE = re.compile(
    r"\b(?:expect(?:s|ed)?|project(?:s|ed|ion|ions)?|forecast(?:s|ed)?|predict(?:s|ed)?|estimated\s+to|"
    r"estimates?|reckons?|likely|could|anticipat(?:e|es|ed)|outlook|may|believes?)\b",
    re.IGNORECASE,
)
POLICY_NOUN = re.compile(
    r"\b(?:guidelines?|action\s+plan|plan|blueprint|strategy|roadmap|programme|program|policy|circular|"
    r"opinions|measures|directive|initiative|white\s+paper|five-year\s+plan|digital\s+decade)\b",
    re.IGNORECASE,
)
ISSUER_SUBJECT = re.compile(
    r"(?P<i>(?:the\s+)?(?:[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|[A-Z][\w&'’.-]*))*|government|ministry|"
    r"commission|council|country|province|city))\s+(?:aims?|plans?|targets?|expects?|seeks?|strives?|"
    r"wants?|intends?|has\s+set|set\s+a\s+target|pledged|projects?|forecasts?|predicts?|estimates?)\b"
)
ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+)?(?P<i>[\w\s'’-]+?)(?=[,.;]|$|\s+(?:released|issued|published|by))"
)
COMPARATORS = (
    (
        re.compile(
            r"\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|a\s+minimum\s+of|or\s+more)\s*$",
            re.I,
        ),
        ">=",
    ),
    (
        re.compile(
            r"\b(?:at\s+most|no\s+more\s+than|not\s+(?:to\s+)?exceed|up\s+to|a\s+maximum\s+of|capped\s+at)\s*$",
            re.I,
        ),
        "<=",
    ),
    (
        re.compile(
            r"\b(?:exceed(?:ing|s)?|more\s+than|over|above|surpass(?:ing)?|top|beyond|upwards\s+of|in\s+excess\s+of)\s*$",
            re.I,
        ),
        ">",
    ),
    (re.compile(r"\b(?:below|less\s+than|under|fewer\s+than|lower\s+than)\s*$", re.I), "<"),
    (re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to)\s*$", re.I), "~"),
)
EQUIVALENT_GAP = re.compile(
    r"^\s*(?:\(\s*|,?\s*(?:or|equivalent\s+to|equal\s+to|worth)\s+|,?\s*)"
    r"(?:(?:about|around|or|roughly|approximately|some|nearly|US)\s*)?$",
    re.I,
)
RESTATED_BEFORE = re.compile(
    r"^(?:The|This|That|It|Its)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:equivalent|equal)\s+to\s+"
    r"(?:about|around|roughly|approximately|some|nearly)?\s*$"
)
SAME_PERIOD = re.compile(r"\b(?:over|during|in)\s+the\s+same\s+period\b", re.IGNORECASE)
# Longer than any article; what lies beyond is not read (and ``Extraction.truncated`` says so).
MAX_TEXT = 1_000_000
# Stored with every figure and target, so a re-extraction can tell what an older version produced.
EXTRACTOR_VERSION = "1"


@dataclass
class _State:
    """What earlier sentences established: coreference needs it."""

    published: date | None
    main_country: str | None
    main: dict[str, str]
    named: Counter[str]  # how often the text names each place
    last_geo: str | None = None
    last_geo_paragraph: int = -1
    previous_figures: list[Figure] = field(default_factory=list)  # the last sentence's: "the former"
    flow: str | None = None  # the flow the text names most: "exports" in a release on exports
    last_metric: tuple[int, str] | None = None  # (paragraph, phrase)
    last_thing: tuple[int, str] | None = None  # (paragraph, what the last count counted): what "them" is
    last_count: tuple[int, str, str | None] | None = None  # (paragraph, what was counted, where)
    last_share: tuple[int, Figure | Target] | None = None  # (paragraph, the last share): what "the share" is
    last_subject: tuple[int, str] | None = None  # (paragraph, what the last amount measured): what "it" is
    topic: str | None = None  # the catalog concept the text last named: what "exports" alone refers to
    fiscal_start: int = 1  # the month the fiscal year of the text's country begins
    fiscal_by_start: bool = False  # its fiscal years are named after the year they start in (Japan)
    stated_currency: str | None = None  # the text says all its amounts are in one currency
    lead_topic: str | None = None  # the first one it named: what a table's "Exports" row refers to
    last_period: str | None = None  # the period of the last figure: what "the same period" is
    frame: tuple[int, str] | None = None  # (paragraph, period) a paragraph set for what follows in it
    periods: Counter[str] = field(default_factory=Counter)  # the text's main period is what it omits
    last_span: str | None = None
    last_currency: tuple[int, str] | None = None
    issuer: str | None = None
    figures: list[Figure] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    concepts: dict[str, list[ConceptMatch]] = field(default_factory=dict)
    # "E-commerce gross merchandise value (GMV)": what a bare "GMV" later stands for
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Extraction:
    """Figures and targets of one text; ``skipped`` counts quantities that were read but not kept."""

    figures: tuple[Figure, ...]
    targets: tuple[Target, ...]
    skipped: int = 0
    truncated: bool = False


def _nearest_cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the last match is the nearest
        pass
    return last


# "climbed to 5.1 percent", "from 3.1 percent": a level the rate moved to or from, not the move.
LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:about|around|nearly|almost|some|roughly|just\s+over)?\s*$")
# What respondents say or do: "8.0 percent used AI", "about half reported receiving payments".
RESPONDENT_VERBS = (
    r"(?:said|say|says|reported|reports?|have|had|are|were|did|do|does|expect(?:s|ed)?|plan(?:s|ned)?|sold|"
    r"sell|use[sd]?|bought|buy|analy[sz]ed|adopted|intend(?:s|ed)?|agreed|believe[sd]?|see|saw|want(?:ed)?)"
)
# "8.0 percent used AI", "45 percent of exporters": a part of a whole.
SHARE_AFTER = rf"^\s+(?:of|now|{RESPONDENT_VERBS})\b"


def share_context(sentence: str) -> bool:
    return bool(SHARE_CUE.search(sentence))


def _kind(q: Quantity, sentence: str, window_start: int) -> str:
    before = sentence[window_start : q.start]
    after = sentence[q.end : q.end + 40]
    if q.unit == "count":
        return "count"
    if q.unit == "times":
        return "change"
    if q.unit == "percentage_point":
        return "change"
    if q.unit == "percent":
        if q.form == "signed":
            return "change"  # "+4.0%" in a table
        if q.form == "words":
            return "share"  # "a fifth of", "about half", "three out of four"
        if CAGR_CUE.search(before[-80:]):
            return "cagr"
        if re.match(r"^\s*(?:increase|rise|growth|gain|jump|decline|drop|fall|decrease)\b", after, re.I):
            return "change"  # "a 6.5 percent increase"
        if MORE_THAN_AFTER.match(after):
            return "change"  # "7.1% more than in 2023"
        if LEVEL_BEFORE.search(before[-20:]) or re.match(SHARE_AFTER, after):
            return "share" if share_context(sentence) or re.match(SHARE_AFTER, after) else "other"
        change = _nearest_cue(CHANGE_CUE, before[-60:])
        share = _nearest_cue(SHARE_CUE, before[-60:])
        if re.match(
            r"^\s*(?:year-on-year|yoy|y-o-y|from\s+a\s+year|compared|over\s+the\s+(?:same|previous))",
            after,
            re.I,
        ):
            return "change"
        if re.match(r"^\s+of\b", after) and not change:
            return "share"
        if change and (not share or change.start() > share.start()):
            return "change"
        if share or re.match(r"^\s+of\b", after):
            return "share"
        return "other"
    if ABSOLUTE_CHANGE.search(before[-40:]) or MORE_THAN_AFTER.match(after):
        return "change"  # "up 120 billion yuan", "1.1 trillion yen larger than in 2023"
    return "level"


MORE_THAN_AFTER = re.compile(
    r"^\s*(?:more|higher|less|lower|fewer|larger|bigger|smaller|greater)\s+than\b", re.IGNORECASE
)


def _signed(q: Quantity, kind: str, sentence: str, window_start: int) -> float:
    if kind != "change" or q.unit == "times":
        return q.value
    before = sentence[window_start : q.start][-60:]
    cue = _nearest_cue(CHANGE_CUE, before)
    if cue and FALL_CUE.fullmatch(cue.group(0)):
        return -q.value
    return q.value


def _period(
    q: Quantity,
    kind: str,
    exprs: list[TimeExpression],
    sentence: str,
    state: _State,
    paragraph: int,
    others: list[Quantity],
    opening: list[TimeExpression],
) -> str | None:
    # "rose to 18.2 percent, up from 17.3 percent a year earlier": the year is the other number's.
    facts = [
        e
        for e in exprs
        if not e.deadline
        and not e.base
        and not _claimed(e, q, others, sentence)
        and not _dates_event(sentence, e, q)
    ]
    low, high = _clause_bounds(sentence, q.start)
    in_clause = [e for e in facts if low <= e.start and e.end <= high]
    if kind == "count" or in_clause:
        facts = in_clause
    if q.unit == "times":  # "up 4.5 times from a decade earlier": a multiple spans from its base
        bases = [e for e in exprs if e.base and e.period[:4].isdigit()]
        end = max((int(y) for y in STATED_YEAR.findall(sentence)), default=None) or _main_year(state)
        if bases and end and end > int(bases[0].period[:4]):
            return f"{bases[0].period[:4]}/{end}"
    if kind == "cagr" or q.unit == "times":
        spans = [e for e in facts if e.span]
        if spans:
            return min(spans, key=lambda e: abs(e.start - q.start)).period
        years = sorted({int(e.period) for e in facts if e.period.isdigit()})
        if kind == "cagr" and len(years) >= 2:
            return f"{years[0]}/{years[-1]}"
        if SAME_PERIOD.search(sentence) and state.last_span:
            return state.last_span
    if not facts:
        if opening:  # "In 2024, 55.6% had basic skills, and the EU counted 10 million specialists"
            return opening[0].period
        if kind != "count" and state.frame and state.frame[0] == paragraph:
            return state.frame[1]
        if kind != "count" and state.periods:
            return state.periods.most_common(1)[0][0]
        if EVENT.search(sentence) and state.published:
            return str(state.published.year)  # "The expo drew 800 exhibitors": the year it was held
        return None

    def distance(e: TimeExpression) -> int:
        return e.start - q.end if e.start >= q.end else (q.start - e.end) + 3

    chosen = min(facts, key=distance)
    # "In the April-June quarter, X stood at 1.6; by the January-March quarter it reached 1.8": a
    # clause after a semicolon that names its own period leaves the opening behind.
    own_clause = opening and opening[0] not in facts and ";" in sentence[opening[0].end : q.start]
    if opening and chosen is not opening[0] and distance(chosen) > ADJACENT and not own_clause:
        # "In the first three quarters, trade grew 6.8% to 1.98 trillion, down from double-digit
        # growth in 2024": the opening period holds unless another is right next to the number.
        return opening[0].period
    decade = re.search(r"\ba\s+decade\s+(?:earlier|ago|before)\b", sentence[chosen.start : chosen.end], re.I)
    if decade and not STATED_YEAR.search(sentence) and (main := _main_year(state)):
        return str(main - 10)  # ten years before the text's own year, not before publication
    if (
        chosen.span
        and "-" not in chosen.period
        and kind != "change"
        and LEVEL_TO.search(sentence, 0, q.start)
    ):
        return chosen.period.split("/")[1]  # "grew by 6 points to 37% in the three years to 2024": 2024
    if chosen.since and kind == "change":  # "has doubled since 2015": from then to the text's present
        start = int(chosen.period[:4])
        years = [int(year) for year in STATED_YEAR.findall(sentence)]
        end = max((y for y in years if y > start), default=None) or _main_year(state)
        if end and end > start:
            return f"{chosen.period}/{end}"
    return chosen.period


PERIOD_ANAPHOR = re.compile(
    r"\b(?:in|during|for|over)\s+the\s+(quarter|half|month|period|same\s+period)\b"
    r"((?:\s+of)?\s+(?:last|the\s+previous|the\s+prior)\s+year|\s+a\s+year\s+(?:earlier|before|ago))?",
    re.IGNORECASE,
)
GRAIN = {"quarter": "-Q", "half": "-H", "month": "-"}


# "from 3.2 percent", "compared with a net loss of $48.6 million"; "more than doubled" is a hedge, no base.
BASE_QUANTITY = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)than|versus|vs\.?|against)\s+"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?of\s+)?(?:about\s+|some\s+)?$",
    re.I,
)
RANGE_ON = re.compile(r"\s*(?:to|through|and)\s", re.I)
# A change tacked on to the figure before it: ", up 15 percent", ", an increase of 4.6%", ", or 6.4 percent".
APPENDED = re.compile(
    r"[^,;]*?,\s+(?:up|down|(?:an?|the)\s+(?:[\w-]+\s+)?(?:increase|decrease|rise|drop|decline|gain|fall|growth)"
    r"\s+of|or|registering\s+(?:an?\s+)?(?:[\w-]+\s+)?growth\s+of)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+)?",
    re.IGNORECASE,
)
# What stands between a value and the earlier value it is compared with, in one clause.
BASE_VALUE = re.compile(
    r"(?:\s+(?:in|for|during|over|of|a|last|this)\b(?:(?!\b(?:and|while|but|whereas)\b)[^,;]){0,80}?)?,?\s+"
    r"(?:(?:up|down|rising|falling|accelerating|slowing|compared)\s+)?(?:from|with|against)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?",
    re.IGNORECASE,
)
BASE_TAIL = re.compile(r"\s*(?:in|for|during|over|as\s+of|at\s+the\s+end\s+of|at\s+end-)?\s*", re.I)
TRAILING_YEAR = re.compile(r"\b(?:trailing|past|last|rolling)\s+(?:twelve|12)\s+months\b|\bTTM\b", re.I)
YEAR_BEFORE = re.compile(
    r"\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b|\bthe\s+(?:previous|prior|preceding)\s+year\b", re.I
)


def _period_anaphora(
    sentence: str, paragraph: int, state: _State, stated: list[TimeExpression]
) -> list[TimeExpression]:
    """ "in the quarter", "during the period", "trailing twelve months", "from 17.3 percent a year earlier":
    periods named relative to the one the sentence or the text is talking about."""
    # "up from 15.9% a year ago": a year before the period talked about, not before "a year ago"
    own = [e.period for e in stated if _plain(e) and not YEAR_BEFORE.fullmatch(sentence, e.start, e.end)]
    framed = state.frame[1] if state.frame else None
    main = state.periods.most_common(1)[0][0] if state.periods else None
    current = own[0] if own else framed or main
    end = last_month(current) if current else None
    found = []
    for match in TRAILING_YEAR.finditer(sentence):
        if end:
            first = end[0] * 12 + end[1] - 12
            found.append(
                TimeExpression(
                    match.start(),
                    match.end(),
                    canonical(f"{first // 12}-{first % 12 + 1:02d}/{end[0]}-{end[1]:02d}"),
                )
            )
    for match in YEAR_BEFORE.finditer(sentence):
        if (
            current
            and not BASE_BEFORE.search(sentence[: match.start()])
            and re.search(
                r"\d\s*(?:%|per\s*cent|percent|\w+)?\s*(?:in|for|during|over)?\s*$", sentence[: match.start()]
            )
        ):
            found.append(TimeExpression(match.start(), match.end(), shift_year(current, -1)))
    for match in PERIOD_ANAPHOR.finditer(sentence):
        if BASE_BEFORE.search(sentence[: match.start() + 5]) or BASE_BEFORE.search(sentence[: match.start()]):
            continue  # "over the same period", "more than in the same period last year": a base
        grain = GRAIN.get(match.group(1).lower())
        if match.group(1).lower().startswith("same") and state.last_period:
            known = [state.last_period]  # "in the same period": the one the last figure was for
        elif grain is None:  # "the period": the one the lead reported on, unless this paragraph set its own
            known = [state.frame[1]] if state.frame and state.frame[0] == paragraph else []
            known += [p for p in state.periods if "/" not in p or "-" in p]  # insertion order: first stated
        else:
            known = [p for p, _ in state.periods.most_common() if grain in p and "/" not in p]
            if state.frame and grain in state.frame[1]:
                known.insert(0, state.frame[1])
        if known:  # "in the same period last year": a year before it
            period = shift_year(known[0], -1) if match.group(2) else known[0]
            found.append(TimeExpression(match.start(), match.end(), period))
    return found


# A fair, expo or summit that is reported on took place in the year of the report, unless stated.
# A shopping festival is no such event: it runs for weeks, and an undated one says no period.
EVENT = re.compile(r"\b(?:expo|fair|exhibitions?|summit|conference|forum)\b", re.IGNORECASE)
# How close a period must stand to a number to override the period that opens its sentence.
ADJACENT = 12
# A period adverbial opening a sentence: "In the first half of this year, ...", "Last year, ...".
OPENING_PERIOD = re.compile(r"^(?:(?:In|During|For|Over|Through)\s+)?[^,]{2,50},\s")


# "after the launch in April", "following a merger in 2023": a period that dates an event, not a figure.
EVENT_BEFORE = re.compile(
    r"\b(?:after|following|before|ahead\s+of)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE
)


# "the ministry, which said last month it would add 15 zones": a period that dates a statement.
STATEMENT_BEFORE = re.compile(
    r"\b(?:said|announced|stated|disclosed|pledged|promised|unveiled)\s+(?:on\s+\w+\s+)?$", re.IGNORECASE
)


# "fell 8.4 percent after Washington ended duty-free treatment in May": May is the event's.
EVENT_BETWEEN = re.compile(r"\b(?:after|following|ahead\s+of)\b", re.IGNORECASE)


def _dates_event(sentence: str, e: TimeExpression, q: Quantity | None = None) -> bool:
    """Whether ``e`` only says when something a figure followed or preceded happened: "advertising
    revenue rose 4.5 times after the launch in April of a new product" is not April's revenue, and
    "the ministry said last month it would add 15 zones" dates the saying."""
    if q is not None and e.start >= q.end and EVENT_BETWEEN.search(sentence, q.end, e.start):
        return True
    return bool(
        EVENT_BEFORE.search(sentence, max(0, e.start - 40), e.start)
        or STATEMENT_BEFORE.search(sentence, max(0, e.start - 30), e.start)
    )


# "... to 37%": the level a move over a span ended at.
LEVEL_TO = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|an\s+estimated\s+)?$", re.I)


def _plain(e: TimeExpression) -> bool:
    """A period a fact belongs to, not a deadline, a comparison base, a span or a start."""
    return not (e.deadline or e.base or e.span or e.since)


def _claimed(e: TimeExpression, q: Quantity, others: list[Quantity], sentence: str) -> bool:
    """ "accelerating from 3.2 percent in September": a period after a comparison base is the base's.

    "rose 5 percent to 10 billion yuan in 2024" is different: both numbers are for 2024.
    """
    # "rising to $383.5 billion in 2024-25 from $341.1 billion in the previous year, a growth of 12.4
    # percent": the period right after a base is the base's, for the numbers after it too.
    # "from $4.59 trillion in 2020 to $7.23 trillion in 2024" is a range, not a base.
    ranged = bool(RANGE_ON.match(sentence, e.end))
    for o in others:
        if o.start == q.start or o.end > e.start:  # q may be a copy with its currency resolved
            continue
        after_q = e.start >= q.end and q.end <= o.start
        right_before = not ranged and e.start - o.end <= 25 and BASE_TAIL.fullmatch(sentence, o.end, e.start)
        if (after_q or right_before) and BASE_QUANTITY.search(sentence[max(0, o.start - 30) : o.start]):
            return True
    return False


def _main_year(state: _State) -> int | None:
    if state.periods:
        end = last_month(state.periods.most_common(1)[0][0])
        return end[0] if end else None
    return state.published.year if state.published else None


CLAUSE_BREAK = re.compile(r"[;:]\s+|,\s+(?:and|while|but|whereas)\s+|\s+while\s+")


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The clause of a compound sentence that holds ``position``."""
    low, high = 0, len(sentence)
    for match in CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            low = match.end()
        elif match.start() >= position:
            high = match.start()
            break
    return low, high


def _metric(
    q: Quantity,
    sentence: Sentence,
    concepts_text: str,
    state: _State,
    catalog: Catalog,
    previous: str,
    *,
    look_after: bool = True,
    by_subject: bool = True,
) -> str:
    """The metric phrase of ``q``: its row label, what a pronoun subject points back to, the whole of a
    share the amount follows, the measure named before it, the subject of its verb, else the catalog
    concept near it.

    A goal names its metric as an object ("raise the share of X to 45 percent"), so
    targets skip the label and the subject (``by_subject=False``).
    """
    text = sentence.text
    label = row_label(text, q.start) if by_subject else None
    if label:
        return _label_metric(label, state.lead_topic)
    if by_subject and (pointed := _pointed(text, q.start, sentence.paragraph, state)):
        return pointed
    of_whole = WHOLE_OF_AMOUNT.search(text, 0, q.start)
    if of_whole:  # "22 percent of the region's total trade of $3.8 trillion": the amount is the whole's
        return of_whole.group("np")
    concepts = _concepts(catalog, concepts_text, state)
    phrase = metric_from_concepts(text, concepts, q.start, previous, look_after=look_after)
    headed = _head_metric(text, q.start, phrase, state.topic, state.abbreviations)
    if headed:
        return headed
    flow_of = FLOW_OF_BEFORE.search(text[max(0, q.start - 30) : q.start])
    whole = phrase or state.topic
    if flow_of and whole and FLOW_WORDS.search(whole):
        # "trade reached 2.63 trillion, made up of exports of 2.2 trillion and imports of ...": a part
        return f"{' '.join(FLOW_WORDS.sub(' ', whole).split())} {flow_of.group(1).lower()}"
    subject = _subject_metric(q, text, concepts, state, catalog) if by_subject else None
    if subject:
        return subject
    if phrase:
        return _with_flow(" ".join(phrase.split()), catalog, state.flow)
    return _fallback_metric(q, sentence, state, catalog)


def _head_metric(
    text: str, position: int, phrase: str | None, topic: str | None, abbreviations: dict[str, tuple[str, str]]
) -> str | None:
    """ "a surplus of $51.3 billion", "generated a gross merchandise value (GMV) of $263 billion": the
    measure named before the amount, of the concept, the subject or the topic (not of its imports)."""
    window = text[max(0, position - 60) : position]
    if not any(word in window.lower() for word in HEAD_WORDS):
        return None  # the usual case, found without running the pattern
    head = HEAD_BEFORE.search(window)
    if head is None:
        return None
    noun = head.group(1).lower()
    if noun in ("gdp", "gross domestic product"):
        return head.group(1)  # an economy's output, of the figure's place: no concept narrows it
    subject = governing_subject(text, position)
    owner = None if subject is None or _bare_flow(subject) else subject
    base = next((b for b in (phrase, owner, topic) if b and noun not in b.lower()), None)
    if base is None:
        return None
    if base is topic and head.group(1) in abbreviations:
        return head.group(1)  # "GMV Rp512tn" after "E-commerce gross merchandise value (GMV)": as defined
    base = re.sub(r"\s+(?:trade|exports?|imports?)$", "", " ".join(base.split()))
    base = re.sub(r"^(?:(?:imports?|exports?|trade)\s+(?:of|in)\s+)", "", base, flags=re.IGNORECASE)
    return f"{base} {noun}"


def _pointed(text: str, position: int, paragraph: int, state: _State) -> str | None:
    """ "it reached", "these services accounted for", "the share was": what the last figure, in this
    paragraph or the one before, measured."""
    if state.last_subject is None or paragraph - state.last_subject[0] > 1:
        return None
    return state.last_subject[1] if refers_back(text, position) else None


def _subject_metric(
    q: Quantity, text: str, concepts: list[ConceptMatch], state: _State, catalog: Catalog
) -> str | None:
    """The subject of the verb governing ``q``, with a bare "exports" completed from the topic."""
    if FORMER_LATTER.search(text[: q.start]):
        return None
    governing = governing_subject(text, q.start)
    # "with exports rising 13.4 percent", "Exports from Africa grew": a flow of the topic
    if governing and _bare_flow(governing):
        named = [c for c in concepts if c.end <= q.start]
        base = text[named[-1].start : named[-1].end] if named else state.topic
        return _of_topic(governing, base) if base else None
    if (governing or PLACE_SUBJECT.search(text, 0, q.start)) and (traded := _traded(text, q)):
        return traded  # "The EU exported ...": a place as the trader
    if governing:
        measure = MEASURE_AFTER.match(text[q.end :])
        if measure:  # "generated $81.3 billion of value added"
            return f"{governing} {measure.group(1)}"
        return _with_flow(governing, catalog, state.flow)
    return None


def _traded(text: str, q: Quantity) -> str | None:
    """ "bought $61.7 billion of digitally deliverable services": the buyer's imports of the thing
    bought, not the buyer; "sold ... of" is the seller's exports."""
    verb = TRADED_OBJECT.search(text, max(0, q.start - 30), q.start)
    thing = OBJECT_AFTER.match(text, q.end) if verb else None
    if verb is not None and thing is None and (coordinated := TRADED_BEFORE.search(text, 0, verb.start())):
        thing = coordinated  # "exported €1.1 trillion worth of software and imported €0.9 trillion": the same
    if verb is None or thing is None:
        return None
    flow = "imports" if verb.group("verb") in ("bought", "purchased", "imported") else "exports"
    return f"{thing.group('np')} {flow}"


def _bare_flow(phrase: str) -> bool:
    """ "exports", "Exports from Africa", "Kenya's imports": a flow with nothing but a place to it."""
    return bool(FLOW_WORDS.search(phrase)) and bool(BARE_FLOW.fullmatch(_placeless(phrase)))


@lru_cache(maxsize=1024)
def _placeless(phrase: str) -> str:
    """The phrase without its places: "Exports from Africa" and "Kenya's exports" are bare flows."""
    for place in reversed(find_places(phrase)):
        phrase = phrase[: place.start] + phrase[place.end :]
    return PLACE_LEFTOVER.sub("", phrase).strip()


def _fallback_metric(q: Quantity, sentence: Sentence, state: _State, catalog: Catalog) -> str:
    """No subject and no catalog concept in reach: the clause, the topic, or the paragraph's metric."""
    text = sentence.text
    subject = subject_phrase(text, q.start)
    if subject and not is_anaphor(subject):
        subject = " ".join(subject.split())
        if state.topic and FLOW_WORDS.search(subject) and not catalog.find(subject):
            return f"{state.topic} {FLOW_WORDS.search(subject).group(0).lower()}"  # type: ignore[union-attr]
        return subject
    if state.topic and (subject is None or is_anaphor(subject)):
        flow = FLOW_WORDS.search(text[clause_start(text, q.start) : q.start])
        return f"{state.topic} {flow.group(0).lower()}" if flow else state.topic
    if state.last_metric and state.last_metric[0] == sentence.paragraph:
        return state.last_metric[1]
    if q.counted:
        return q.counted
    return subject or "unknown"


def _label_metric(label: str, topic: str | None) -> str:
    """A list line's label names its metric; "Exports", "Deficit" or "Fourth quarter alone" name only
    a flow, a balance or a period of what the whole list is about."""
    if topic and PERIOD_LABEL.fullmatch(label):
        return _trade_first(topic)
    if topic and BALANCE.fullmatch(label):
        return f"{_trade_first(topic)} {label.lower()}"
    return _of_topic(label, topic) if BARE_FLOW.fullmatch(label) else label


def _trade_first(topic: str) -> str:
    """ "trade in services" -> "services trade": the form a balance or a list's total is named in."""
    return re.sub(r"^trade\s+in\s+(.+)$", r"\1 trade", topic, flags=re.IGNORECASE)


def _of_topic(flow: str, topic: str | None) -> str:
    """A bare flow of a topic: "exports of trade in goods", "digital services exports"."""
    if topic is None:
        return flow
    if FLOW_WORDS.search(topic):
        return f"{flow} of {topic}"
    return f"{topic} {flow.lower()}"


def _text_flow(text: str) -> str | None:
    """The flow the text names most: "exports", "imports" or "trade" (both, or trade alone)."""
    flows = Counter(flow_of(m.group(0)) for m in FLOW_NAMED.finditer(text))
    return flows.most_common(1)[0][0] if flows else None


def _with_flow(phrase: str, catalog: Catalog, flow: str | None = None) -> str:
    """Name the flow of a traded concept: "digitally delivered services" -> "... trade", or "... exports"
    where the figures before it were exports ("Computer services remained the largest segment" in a
    text about exports)."""
    matches = catalog.find(phrase)
    if matches and matches[0].concept.flows and not FLOW_WORDS.search(phrase):
        return f"{phrase} {flow if flow in ('exports', 'imports') else 'trade'}"
    if matches and matches[0].concept.flows and flow_of(phrase) == "trade" and "trade" not in phrase.lower():
        return f"{phrase} trade"
    return phrase


HEAD_BEFORE = re.compile(
    r"\b((?:(?:digital|online|total|net|gross)\s+)?(?:surplus|deficit|outlay|revenues?|profits?|turnover|GMV|"
    r"value\s+added|investment|spending|gross\s+merchandise\s+(?:value|volume)|gross\s+domestic\s+product|GDP))"
    r"(?:\s*\([^)]*\))?\s+"
    r"(?:of|at|was|were|reached|stood\s+at|came\s+to|totall?ed|hit)?\s*(?:about|around|nearly|some|roughly)?\s*$",
    re.IGNORECASE,
)
HEAD_WORDS = ("surplus", "deficit", "outlay", "revenue", "profit", "turnover", "gmv", "value", "investment",
              "spending", "merchandise", "domestic", "gdp")  # fmt: skip
FLOW_OF_BEFORE = re.compile(r"\b(exports|imports)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# "$81.3 billion of value added", "$263 billion in gross merchandise value": what the amount is of.
MEASURE_AFTER = re.compile(
    r"^\s+(?:of|in)\s+(value\s+added|gross\s+merchandise\s+value|GMV|revenues?|sales|profits?|"
    r"investment|deals|contracts|orders|funding|transactions|turnover|support|financing|loans|grants|subsidies|"
    r"aid)\b",
    re.IGNORECASE,
)
# "African economies bought $61.7 billion of digitally deliverable services from abroad": a flow of what
# was bought or sold.
TRADED_OBJECT = re.compile(
    r"\b(?P<verb>bought|purchased|imported|sold|exported)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$"
)
OBJECT_AFTER = re.compile(
    r"\s+(?:worth\s+)?of\s+(?P<np>(?:[\w-]+\s+){0,5}?[\w-]+)(?=\s+(?:from|to|in|abroad|overseas|last|this|during|over)\b|[,.;]|$)"
)
# "... exported $4 billion worth of games to Japan and imported $1 billion": the object of the first verb.
TRADED_BEFORE = re.compile(
    r"\b(?:bought|purchased|imported|sold|exported)\s+[^;]{1,30}?\s(?:worth\s+)?of\s+(?P<np>(?:[\w-]+\s+){0,5}?[\w-]+)"
    r"(?=\s+(?:from|to|in|abroad|overseas|last|this|during|over|and)\b|[,;]|$)(?=[^;]*\band\s+$)"
)
# "The EU exported", "Kenya bought": a place is the clause's subject.
PLACE_SUBJECT = re.compile(
    r"^(?:(?:The|the)\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?=(?:bought|purchased|imported|sold|exported)\b)"
)
SHARE_WORD = re.compile(
    r"\b(?:share|proportion|accounted\s+for|accounting\s+for|per\s*cent\s+of|percent\s+of)\b", re.I
)
FLOW_NAMED = re.compile(
    r"\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|import\s+and\s+export|exports?|imports?|trade)\b",
    re.IGNORECASE,
)
FLOW_WORDS = re.compile(r"\b(?:exports?|imports?|trade|surplus|deficit)\b", re.IGNORECASE)
BARE_FLOW = re.compile(
    r"(?:total\s+)?(?:exports?|imports?|trade|(?:exports?\s+and\s+imports?)|(?:imports?\s+and\s+exports?))",
    re.IGNORECASE,
)
PLACE_LEFTOVER = re.compile(
    r"^(?:the\s+)?(?:'s|’s)?\s+|\s+(?:from|of|in|by|to)(?:\s+the)?\s*$", re.IGNORECASE
)
BALANCE = re.compile(r"(?:trade\s+)?(?:surplus|deficit|balance)", re.IGNORECASE)
# "Fourth quarter alone", "Full year 2024", "H1": a line of a list that names only when.
PERIOD_LABEL = re.compile(
    r"(?:(?:the|first|second|third|fourth|final|full|fiscal|calendar|quarter|half|year|month|alone|only|"
    r"Q[1-4]|H[12]|FY\s?\d{2,4}|(?:19|20)\d\d|in|of)\b\s*)+",
    re.IGNORECASE,
)
NAME_AFTER = re.compile(
    r"^\s+(?:Expo|Forum|Fair|Zone|Zones|Committee|Report|Summit|Conference|Index|Centre|Center|Week|Awards?|Pilot)\b"
)


def _concepts(catalog: Catalog, text: str, state: _State) -> list[ConceptMatch]:
    """Catalog mentions of a sentence, outside proper names; memoised because every quantity asks."""
    found = state.concepts.get(text)
    if found is None:
        found = [c for c in catalog.find(text) if not _inside_name(text, c.start, c.end)]
        state.concepts[text] = found
    return found


def _inside_name(text: str, start: int, end: int) -> bool:
    """A catalog phrase that is part of a proper name ("Global Digital Trade Expo") measures nothing."""
    words = text[start:end].split()
    return all(w[:1].isupper() for w in words) and bool(NAME_AFTER.match(text[end:]))


def _counted_phrase(text: str, end: int) -> str | None:
    words = []
    for word in re.findall(r"[\w'-]+|[^\w\s]", text[end : end + 80]):
        if not re.match(r"[\w'-]*\w[\w'-]*$", word) or word.lower() in (
            "in", "of", "on", "at", "for", "from", "to", "and", "or", "with", "across", "by", "that", "which",
            "were", "was", "are", "is", "have", "has", "had", "will", "last", "this", "as", "a", "an",
        ):  # fmt: skip
            break
        words.append(word)
        if len(words) == 6:
            break
    return " ".join(words) or None


# Where the clause that qualifies a counted noun ends: punctuation, a new clause, or when it happened.
QUALIFIER_END = re.compile(
    r"[,;:.()?!—$€£¥₹]|\s[-–]\s|\b(?:while|whereas|but|according|which|who|as|because|after|since|last|this|"
    r"next|by\s+the\s+end|for\s+the\s+first\s+time|year-on-year|compared|up|down|(?:19|20)\d\d|"
    r"an?\s+(?:day|week|month|year)|and\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|nearly\s+)?\d+)\b",
    re.IGNORECASE,
)
QUALIFIER_WORDS = 10
DANGLING = re.compile(
    r"(?:(?:^|\s+)(?:in|of|on|at|for|from|to|and|or|with|by|over|the|a|an|its|their))+$", re.IGNORECASE
)


def _count_metric(text: str, end: int) -> str | None:
    """What a count counts, with the words that narrow it down.

    "120,000 businesses had registered with customs to handle cross-border e-commerce shipments":
    the count is of businesses doing that, not of businesses; the qualifier runs to the end
    of the clause or to when it happened, whichever comes first.
    """
    noun = _counted_phrase(text, end)
    if noun is None:
        return None
    after = text.index(noun, end) + len(noun)
    stop = QUALIFIER_END.search(text, after)
    words = text[after : stop.start() if stop else len(text)].split()[:QUALIFIER_WORDS]
    qualifier = DANGLING.sub("", " ".join(words))
    rate = RATE_AFTER.match(text, after)  # "40 dedicated flights a week"
    return " ".join(part for part in (noun, qualifier, rate.group(1) if rate else "") if part)


def _comparator(sentence: str, q: Quantity, previous: Target | None) -> str:
    before = sentence[max(0, q.start - 40) : q.start]
    for pattern, comparator in COMPARATORS:
        if pattern.search(before):
            return comparator
    if previous is not None and re.search(r"\b(?:and|,)\s*$", before):
        return previous.comparator
    return "="


def _stated_issuer(sentence: str) -> str | None:
    """Who the sentence itself says set or made the target."""
    according = ACCORDING_TO.search(sentence)
    if according:
        return " ".join(according.group("i").split()[:6])
    subject = ISSUER_SUBJECT.search(sentence)
    if subject and not re.fullmatch(r"(?:the\s+)?(?:It|They|He|She|We|This)", subject.group("i"), re.I):
        return subject.group("i").removeprefix("the ").strip()
    return None


def _issuer(sentence: str, state: _State) -> str | None:
    """The sentence's own issuer, else the policy document the text last named."""
    return _stated_issuer(sentence) or state.issuer


def _deadline(
    q: Quantity, exprs: list[TimeExpression], published: date | None, sentence: str
) -> TimeExpression | None:
    """The year a goal or forecast is for: "50 percent by 2035", "this year to 2.4%".

    A deadline ("by 2030") before the number holds for the whole sentence; a year that is
    not marked as one ("in 2030", "this year") counts only in the number's own clause, when
    a goal or forecast word stands before the number there; "a 2030 target of" belongs
    to the number after it.
    """
    if SUBJECT_OF_CUE.match(sentence[q.end :]):
        return None  # "three out of four expect ...": respondents, not a goal
    low, high = _clause_bounds(sentence, q.start)
    cued = bool(TARGET_CUE.search(sentence[low : q.start]))
    after = [
        e
        for e in exprs
        if q.end <= e.start < high
        and (e.deadline or (cued and _future(e, published)))
        and not GOAL_NOUN_AFTER.match(sentence[e.end :])
    ]
    if after:
        return after[0]
    if any(q.end <= e.start < min(high, q.end + 20) and not _future(e, published) for e in exprs):
        return None  # "57.7 percent in 2023": its own period is over, so it is a fact
    before = [
        e
        for e in exprs
        if e.end <= q.start
        and (
            e.deadline  # "By 2030, X will exceed 4 trillion yuan, and Y will reach ...": the whole sentence
            or (
                _future(e, published)
                and low <= e.start
                and (
                    LEADS_TO_VALUE.match(sentence[e.end : q.start])
                    or (cued and not GOAL_NOUN_AFTER.match(sentence[e.end :]))
                )
            )
        )
    ]
    if before:
        return before[-1]
    goal = STANDING_GOAL.search(sentence[max(0, q.start - 40) : q.start])
    if goal and published:  # "a GDP growth target of around 5 percent": this year's goal
        return TimeExpression(q.start, q.start, str(published.year), deadline=True)
    return None


# "forecast for trade volumes this year to 2.4%": the period runs straight into the value.
LEADS_TO_VALUE = re.compile(
    r"^\s*(?:(?:target|goal)\s+)?(?:to|at|of)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
GOAL_NOUN_AFTER = re.compile(r"^\s+(?:target|goal)s?\b", re.IGNORECASE)
SUBJECT_OF_CUE = re.compile(
    r"^\s+(?:of\s+)?(?:(?:them|those|the|surveyed|[a-z]+(?:s|ers|ents))\s+){0,3}(?:now\s+)?"
    r"(?:expect|plan|aim|intend|say|said|hope)",
    re.IGNORECASE,
)
# A goal named as a noun right before its value, with no year: set for the current year.
STANDING_GOAL = re.compile(
    r"\b(?:target|goal)\s+(?:of|at|is|was)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+|some\s+)?$",
    re.IGNORECASE,
)


def _has_deadline(exprs: list[TimeExpression]) -> bool:
    return any(e.deadline for e in exprs)


def _future(e: TimeExpression, published: date | None) -> bool:
    """Whether a period is not over at publication (this year counts as not over)."""
    end = last_month(e.period)
    return (
        published is not None
        and end is not None
        and end >= (published.year, 12 if end[1] == 12 else published.month + 1)
    )


def _cut_off(text: str, end: int) -> bool:
    """Whether a number ends the text without a full stop: truncated copy, not a figure."""
    rest = text[end:]
    return not rest.strip() and not re.search(r"[.!?\"”)%]\s*$", text[:end][-3:])


def _resolve_currency(
    q: Quantity, sentence: str, sentence_quantities: list[Quantity], state: _State, paragraph: int
) -> Quantity:
    """A bare "1.92 trillion" takes the currency of the sentence, else of the paragraph.

    A bare amount with no currency anywhere near counts things ("835 million users"); a
    paragraph's currency is only lent to billions and trillions, which people seldom count.
    "¥" is the yen in an article about Japan.
    """
    if q.unit == "CNY" and sentence[q.start : q.start + 1] in "¥￥" and state.main_country == "Japan":
        return q.with_unit("JPY")
    if q.unit is not None:
        return q
    # "S$124.5 billion ($92.9 billion) ... 119.6 billion": the restatement in dollars is an aside,
    # so the currency a bare amount takes is the one the sentence is written in.
    stated = [
        o
        for i, o in enumerate(sentence_quantities)
        if not (i and _equivalent(sentence, o, sentence_quantities[i - 1]))
    ]
    earlier = [o for o in stated if o.start < q.start and o.unit and CURRENCY_UNIT.match(o.unit)]
    if earlier:
        return q.with_unit(earlier[-1].unit)
    later = [o for o in stated if o.start > q.start and o.unit and CURRENCY_UNIT.match(o.unit)]
    if later:
        return q.with_unit(later[0].unit)
    if state.last_currency and state.last_currency[0] == paragraph and abs(q.value) >= 1e9:
        return q.with_unit(state.last_currency[1])
    if state.stated_currency and abs(q.value) >= 1e6 and not q.counted:
        return q.with_unit(state.stated_currency)  # "(All amounts in RMB unless otherwise noted.)"
    return q.with_unit("count")


# "All amounts in RMB unless otherwise noted", "Values in US dollars unless stated".
STATED_CURRENCY = re.compile(
    rf"\b(?:amounts|values|figures)\s+(?:are\s+)?(?:stated\s+|given\s+|expressed\s+)?in\s+(?:the\s+)?"
    rf"({WORD_CURRENCY}|[A-Z]{{3}})\b(?:\s+terms)?\s*(?:unless|[.,;)])",
    re.IGNORECASE,
)


def _stated_currency(text: str) -> str | None:
    match = STATED_CURRENCY.search(text)
    if match is None:
        return None
    word = " ".join(match.group(1).lower().split())
    return CURRENCY_WORDS.get(word) or CURRENCY_PREFIXES.get(word)


# "E-commerce gross merchandise value (GMV)": an abbreviation defined by the words before it.
DEFINED_ABBREVIATION = re.compile(r"\(([A-Z]{2,6})\)")
DEFINITION_WORDS = re.compile(r"[A-Za-z][\w-]*(?:'s|’s)?|[^\w\s]")
NOT_A_MODIFIER = frozenset(
    "the a an of in on at to by for from with and or its their this that these those across among".split()
)
MAX_MODIFIERS = 2


def _abbreviations(text: str) -> dict[str, tuple[str, str]]:
    """Abbreviations the text defines, each with (modifiers, spelled-out words): "E-commerce gross
    merchandise value (GMV)" -> GMV: ("E-commerce", "gross merchandise value"). The spelled-out words
    are the last ones whose initials spell the abbreviation; up to two words before them qualify it."""
    found: dict[str, tuple[str, str]] = {}
    for match in DEFINED_ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if abbreviation in found:
            continue
        tokens = DEFINITION_WORDS.findall(text, max(0, match.start() - 160), match.start())
        size = len(abbreviation)
        spelled = tokens[-size:]
        if len(spelled) < size or "".join(w[0] for w in spelled).upper() != abbreviation:
            continue
        modifiers: list[str] = []
        for word in reversed(tokens[:-size]):
            if (
                len(modifiers) == MAX_MODIFIERS
                or not word[0].isalpha()
                or word.lower() in NOT_A_MODIFIER
                or word.endswith(("'s", "’s"))
                or find_places(word)
            ):
                break
            modifiers.insert(0, word)
        found[abbreviation] = (" ".join(modifiers), " ".join(spelled))
    return found


def _spelled_out(metric: str, abbreviations: dict[str, tuple[str, str]]) -> str:
    """ "Full-year GMV" after "E-commerce gross merchandise value (GMV)" -> "Full-year E-commerce gross
    merchandise value (GMV)": a bare abbreviation takes the words that defined it."""
    if not abbreviations:
        return metric
    for abbreviation, (modifiers, spelled) in abbreviations.items():
        bare = re.search(rf"(?<![\w(]){abbreviation}(?![\w)])", metric)
        if bare is None or spelled.lower() in metric.lower():
            continue
        words = f"{spelled} ({abbreviation})"
        if modifiers and modifiers.lower() not in metric.lower():
            words = f"{modifiers} {words}"
        return metric[: bare.start()] + words + metric[bare.end() :]
    return metric


def extract(text: str, published: date | None, catalog: Catalog) -> Extraction:
    """Every figure and target in an article's text (paragraphs separated by blank lines)."""
    truncated = len(text) > MAX_TEXT
    original = text[:MAX_TEXT]
    text = normalise(original)
    # A company's own release ("the Group's revenues") reports the company's numbers, not its country's.
    corporate = len(CORPORATE.findall(text)) >= 2 or bool(TICKER.search(text[:2000]))
    counts = place_counts(text)
    about = main_places(text, counts)
    main = {} if corporate else about
    state = _State(published=published, main_country=main.get("country"), main=main, named=counts)
    state.stated_currency = _stated_currency(text)
    state.flow = _text_flow(text)
    state.abbreviations = _abbreviations(text)
    # A company's fiscal year is its country's, though its numbers are not the country's.
    country = about.get("country")
    state.fiscal_start = declared_fiscal_start(text) or FISCAL_YEAR_START.get(country or "", 1)
    state.fiscal_by_start = country in FISCAL_NAMED_BY_START
    skipped = 0
    previous_text = ""
    for sentence in split_sentences(text):
        found = len(state.figures) + len(state.targets)
        figures_before = len(state.figures)
        try:
            _sentence(sentence, previous_text, text, state, catalog)
        except (ValueError, KeyError, IndexError, OverflowError):
            skipped += 1  # an unreadable sentence is counted and skipped; the rest goes on
        state.previous_figures = state.figures[figures_before:]
        if found == len(state.figures) + len(state.targets):
            _carry_context(sentence, state, published)
        previous_text = sentence.text
        named = _concepts(catalog, sentence.text, state)
        if named:
            state.lead_topic = state.lead_topic or named[0].concept.name
            state.topic = (
                named[0].concept.name
                if len(named[0].concept.name) < 40
                else sentence.text[named[0].start : named[0].end]
            )
        if POLICY_NOUN.search(sentence.text):
            match = _nearest_cue(POLICY_NOUN, sentence.text)
            state.issuer = match.group(0).lower() if match else state.issuer
    figures, targets = state.figures, state.targets
    if original != text:  # quotes and sentences are the article's own characters (２．９, not 2.9)
        figures = [_in_original(f, original, text) for f in figures]
        targets = [_in_original(t, original, text) for t in targets]
    return Extraction(figures=tuple(figures), targets=tuple(targets), skipped=skipped, truncated=truncated)


Quoted = TypeVar("Quoted", Figure, Target)


def _in_original(item: Quoted, original: str, normalised: str) -> Quoted:
    """The item with its quote and sentence taken from the text as written.

    Normalising maps one character to one, so spans are the same in both texts; the
    sentence is the occurrence that holds the span.
    """
    start, end = item.span
    at = normalised.rfind(item.sentence, 0, start + len(item.sentence))
    sentence = original[at : at + len(item.sentence)] if at >= 0 else item.sentence
    return replace(item, quote=original[start:end], sentence=sentence)


def _sentence(sentence: Sentence, previous: str, text: str, state: _State, catalog: Catalog) -> None:
    body = sentence.text
    quantities = find_quantities(body)
    if not quantities:
        return
    first_figure = len(state.figures)
    exprs = find_periods(body, state.published, state.fiscal_start, state.fiscal_by_start)
    relative = _period_anaphora(body, sentence.paragraph, state, exprs)
    # "in the previous year" after a fiscal year is the fiscal year before, not the calendar one.
    exprs = [e for e in exprs if not any(r.start < e.end and e.start < r.end for r in relative)] + relative
    exprs.sort(key=lambda e: e.start)
    opening = OPENING_PERIOD.match(body)
    framing: list[TimeExpression] = []
    if opening:  # "In the first three quarters, ...": the frame of this sentence and the next ones
        framing = [e for e in exprs if _plain(e) and e.start <= 16 and e.end < opening.end()]
        if framing:
            state.frame = (sentence.paragraph, framing[0].period)
    places = find_places(body, partners=False)
    listed = _listed_places(body, places)
    source = source_of(body)
    target_cue = TARGET_CUE.search(body)
    last_figure_index: int | None = None
    last_figure_q: Quantity | None = None
    sentence_share: Figure | None = None
    previous_target: Target | None = None
    respondents: str | None = None  # the group the sentence's shares of respondents are of
    window = 0
    for raw in quantities:
        if _cut_off(text, sentence.start + raw.end):
            continue  # "rose to US$1" where the text ends: the number is incomplete
        q = _resolve_currency(raw, body, quantities, state, sentence.paragraph)
        span = (sentence.start + q.start, sentence.start + q.end)
        quote = text[span[0] : span[1]]
        geo = _opening_owner(body, places, q) or place_for(body, places, q.start, q.end, state.main)
        if geo is not None and geo in listed:
            geo = None  # "firms across Asia, Europe and North America": no one place's
        elif geo is None and not _owned(body, q.start):
            geo = _carried_geo(state, sentence.paragraph)
        if q.unit == "count" and (parties := PARTIES.match(body, q.end)):
            geo = _parties_place(body, places, q, parties)
        deadline = _deadline(q, exprs, state.published, body) if target_cue or _has_deadline(exprs) else None
        if deadline is not None and (deadline.deadline or target_cue):
            target = _target(q, deadline, geo, sentence, previous, previous_target, state, catalog)
            state.targets.append(target)
            if q.unit == "percent" and SHARE_OF_METRIC.match(target.metric):
                state.last_share = (sentence.paragraph, target)
            previous_target = target
            window = q.end
            continue
        if last_figure_index is None and _restates_previous(body, q, state, previous):
            last_figure_index, equivalent = len(state.figures) - 1, True
        else:
            equivalent = _equivalent(body, q, last_figure_q)
        if equivalent and last_figure_index is not None:
            base = state.figures[last_figure_index]
            state.figures.append(
                Figure(
                    value=q.value, unit=q.unit, kind=base.kind, period=base.period, geo=base.geo,
                    metric=base.metric, metric_key=base.metric_key, sentence=body, span=span,
                    approx=q.approx, equivalent_of=last_figure_index, source=base.source, quote=quote,
                    catalogued=base.catalogued,
                )
            )  # fmt: skip
            continue
        item = _enumerated(body, q) if q.unit == "percent" else None
        if item and sentence_share is not None:  # "followed by the United Kingdom (15%)": the same whole
            state.figures.append(_list_share(q, item, sentence_share, catalog, span, quote))
            window = q.end
            continue
        kind = _kind(q, body, window)
        # A place after a share names the whole: "1 percent of the world total"; a share that moved
        # ("the country's share of world exports climbed 1.2 points") is the part's too.
        if kind == "share" or q.unit == "percentage_point":
            parts = [p for p in places if not WHOLE_BEFORE.search(body[max(0, p.start - 20) : p.start])]
            part_place = place_for(body, parts, q.start, q.end, state.main, look_after=False)
            if part_place in listed:
                part_place = None  # "A, B and C together accounted for two-thirds of ...": none of them alone
            geo = part_place or _carried_geo(state, sentence.paragraph)
        value = _signed(q, kind, body, window)
        share_of = None
        pronoun = (
            (PRONOUN_WHOLE.match(body, q.end) or SHARE_OF_THEM.search(body, 0, q.start))
            if kind == "share"
            else None
        )
        answered = _respondent_share(body, q, previous, respondents) if kind == "share" else None
        if pronoun and state.last_thing and sentence.paragraph - state.last_thing[0] <= 1:
            part, share_of = _share_of_them(body, q.start, pronoun, state.last_thing[1])
            key = metric_key(catalog, part, geo, share_of=share_of)
            metric = f"share of {part} in {share_of}"
            respondents = share_of
            geo = (
                geo
                if any(p.end <= q.start for p in places)
                else _group_place(share_of, state, sentence.paragraph, geo)
            )
        elif answered and not share_phrases(body, q.start):
            metric, share_of = answered
            respondents = share_of
            geo = (
                geo
                if any(p.end <= q.start for p in places)
                else _group_place(share_of, state, sentence.paragraph, geo)
            )
            key = metric_key(catalog, metric, geo, share_of=share_of)
        elif kind == "share":
            share = share_phrases(body, q.start)
            # The part of a share is named before it; what follows ("of total exports") is the whole;
            # "three out of four SMEs accepted e-payments" names its part after it.
            part = (
                share[0]
                if share
                else (q.form == "words" and PLURAL_AFTER.match(body, q.end) and _count_metric(body, q.end))
                or _metric(q, sentence, body, state, catalog, previous, look_after=False)
            )
            share_of = share[1] if share else whole_after(body, q.end)
            if share_of and (
                total := _total_meant(share_of, body, q, last_figure_q, state, sentence.paragraph)
            ):
                part = governing_subject(body, q.start) or part
                # "the city hosts 9,000 sellers, a fifth of the national total": all sellers, not the city's
                share_of = total.removesuffix(f" in {part}")
            key = metric_key(catalog, part, geo, share_of=share_of or "")
            metric = f"share of {part} in {share_of}" if share_of else f"{part} share"
        else:
            metric = (
                _count_metric(body, q.end)
                or q.counted
                or _metric(q, sentence, body, state, catalog, previous)
                if kind == "count"
                else _metric(q, sentence, body, state, catalog, previous)
            )
            metric = _tacked_on(body, q, kind, metric, last_figure_q, state)
            if kind != "count" and _place_only(metric):
                # "Shenzhen, the largest hub, handled cross-border e-commerce trade of": the concept named;
                # "Asia posted the fastest growth, at 11.5 percent": what was just measured, of that place
                concepts = _concepts(catalog, body, state)
                named = metric_from_concepts(body, concepts, q.start, previous, look_after=False)
                if named:
                    metric = _with_flow(" ".join(named.split()), catalog, state.flow)
                elif state.last_subject and sentence.paragraph - state.last_subject[0] <= 1:
                    metric = state.last_subject[1]
                elif state.topic:  # the concept the text is about, in the flow it reports
                    metric = _with_flow(TRADE_SUFFIX.sub("", state.topic), catalog, state.flow)
            metric = _named_before(metric, text[max(0, sentence.start - ANTECEDENT_REACH) : sentence.start])
            if kind == "count" and (covered := COVERED_BY.search(body, max(0, q.start - 60), q.start)):
                metric = f"{metric} covered by {covered.group('owner')}"  # "warehouses covering 38 countries"
            elif kind == "count" and (host := _host(body, q)):
                metric = f"{metric} in {host}"  # "the export bases now host 4,000 companies"
            if q.unit == "percentage_point" and SHARE_WORD.search(body) and "share" not in metric.lower():
                metric = f"{metric} share"  # "up 0.3 percentage points": a share moved
            key = metric_key(catalog, metric, geo)
        if (shared := _the_share(body, q, state, sentence.paragraph)) is not None:
            # "the share marked a 2.3 percentage point increase": the share last named
            metric, key, share_of = shared.metric, shared.metric_key, getattr(shared, "share_of", None)
            kind = "share" if q.unit == "percent" and kind == "other" else kind
        if narrowed := _among(body, q, metric):
            metric, key = narrowed, metric_key(catalog, narrowed, geo)
        if (
            last_figure_q
            and last_figure_q.unit == q.unit
            and BASE_VALUE.fullmatch(body, last_figure_q.end, q.start)
        ):
            # "17.7 percent of GDP, up from 17.3 percent": the same measure, earlier
            prior = state.figures[-1]
            kind, metric, key, share_of = prior.kind, prior.metric, prior.metric_key, prior.share_of
        elif (
            last_figure_q
            and last_figure_q.unit == q.unit
            and (whole := state.figures[-1].share_of)
            and (gapped := _gapped_part(body, last_figure_q, q))
        ):  # "manufacturing took 48 percent of the total and the services sector 45.6 percent"
            kind, share_of = "share", whole
            metric, key = f"share of {gapped} in {whole}", metric_key(catalog, gapped, geo, share_of=whole)
        if former := _former_latter(body, q, places, previous, state, catalog, sentence.start, first_figure):
            # "The former rose 7.1 percent", "the latter's grew 6.8 percent": one of two things just named
            metric, geo = former.metric or metric, former.geo
            key = former.metric_key or metric_key(catalog, metric, geo)
        if (spelled := _spelled_out(metric, state.abbreviations)) != metric:
            metric = spelled
            key = key if share_of else metric_key(catalog, metric, geo)
        period = _period(q, kind, exprs, body, state, sentence.paragraph, quantities, framing[:1])
        figure = Figure(
            value=value, unit=q.unit, kind=kind, period=period, geo=geo, metric=metric, metric_key=key,
            sentence=body, span=span, approx=q.approx, source=source, share_of=share_of, quote=quote,
            catalogued=bool(catalog.find(metric)),
        )  # fmt: skip
        state.figures.append(figure)
        last_figure_index, last_figure_q = len(state.figures) - 1, q
        sentence_share = figure if kind == "share" and share_of else sentence_share
        if kind == "share" and SHARE_OF_METRIC.match(metric):
            state.last_share = (sentence.paragraph, figure)
        state.last_geo, state.last_geo_paragraph = geo, sentence.paragraph
        if kind != "count":
            state.last_metric = (sentence.paragraph, metric)
        if kind not in ("count", "share"):  # "the figure", "their value": an amount or its growth
            state.last_subject = (sentence.paragraph, metric)
        if kind != "share":  # "a fifth of them": the things just counted or measured
            state.last_thing = (sentence.paragraph, metric)
        if kind == "count":
            state.last_count = (sentence.paragraph, metric, geo)
        if period:
            state.last_period = period
            if "/" not in period or "-" in period:
                state.periods[period] += 1
            if "/" in period and not period.count("-"):
                state.last_span = period
        if q.unit and CURRENCY_UNIT.match(q.unit):
            state.last_currency = (sentence.paragraph, q.unit)
        window = q.end


POINTER_TO_NUMBER = re.compile(r"[^,;:]{1,40}")
VERB_NEXT = re.compile(r"\s+(?:also\s+|only\s+)?" + GOVERNING_VERBS.pattern)
FORMER_LATTER_AT = re.compile(r"\bthe\s+(former|latter)((?:'|’)s)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Referent:
    metric: str | None
    metric_key: str
    geo: str | None


def _former_latter(
    body: str,
    q: Quantity,
    places: list[PlaceMention],
    previous: str,
    state: _State,
    catalog: Catalog,
    offset: int,
    first_figure: int,
) -> _Referent | None:
    """What "the former" or "the latter" before ``q`` stands for when its clause names no two concepts:
    with "'s", one of the two places named last ("led by India and China. The former's exports"); else
    one of the two amounts measured last, in the sentence or the one before ("Brazil's market was worth
    $72 billion and Mexico's $49 billion; the latter grew by almost a quarter")."""
    if "former" not in body and "latter" not in body:
        return None
    pointer = _nearest_cue(FORMER_LATTER_AT, body[: q.start])
    if pointer is None or not POINTER_TO_NUMBER.fullmatch(body, pointer.end(), q.start):
        return None  # "the former rose", "the latter only": the pointer is the number's subject
    first = pointer.group(1).lower() == "former"
    if pointer.group(2):  # "the former's": a place
        named = [p.name for p in places if p.end <= pointer.start()]
        if len(named) < 2:
            named = [p.name for p in find_places(previous, partners=False)]
        distinct = list(dict.fromkeys(named))
        if len(distinct) < 2:
            return None
        place = distinct[-2] if first else distinct[-1]
        earlier = [f for f in state.figures[first_figure:] if f.span[1] - offset <= pointer.start()]
        if earlier and VERB_NEXT.match(body, pointer.end()):
            # "The former's exports jumped 13.2 percent, while the latter's grew 6.8 percent": that measure
            return _Referent(earlier[-1].metric, "", place)
        return _Referent(None, "", place)
    if len([c for c in _concepts(catalog, body, state) if c.end <= pointer.start()]) >= 2:
        return None  # "A and B ...; the former": the concepts named (see metric_from_concepts)
    things = _things_measured(
        [f for f in state.figures[first_figure:] if f.span[1] - offset <= pointer.start()]
    )
    if len(things) < 2:
        things = _things_measured(state.previous_figures)
    if len(things) != 2:
        return None
    metric, key, geo = things[0] if first else things[-1]
    return _Referent(metric, key, geo)


def _things_measured(figures: list[Figure]) -> list[tuple[str, str, str | None]]:
    """The distinct amounts and counts among ``figures``: (metric, key, place)."""
    kept = (f for f in figures if f.equivalent_of is None and f.kind in ("level", "count"))
    return list(dict.fromkeys((f.metric, f.metric_key, f.geo) for f in kept))


def _carried_geo(state: _State, paragraph: int) -> str | None:
    """The place of a figure whose sentence names none: the last figure's; in a new paragraph, the
    place the text names most, when the last was named once in passing ("..., and North America
    7.4 percent" does not run on into the next paragraph)."""
    last = state.last_geo
    if (
        last is None
        or state.last_geo_paragraph == paragraph
        or state.named[last] > 1
        or last in state.main.values()
    ):
        return last or state.main_country
    return state.main.get("any", last)


# "..., and the services sector 45.6 percent": a second subject whose verb is the first clause's.
GAPPED = re.compile(
    r"(?:\s+of\s+[^,;]{1,60}?)?,?\s+(?:and|while|whereas)\s+(?:the\s+|its\s+)?(?P<part>[A-Za-z][^,;\d]{1,50}?)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?"
)


# "and another 20 percent", "while a further 9 percent": more of the same, not a new subject.
NOT_A_PART = re.compile(
    r"\b(?:another|further|other|remaining|rest|more|less|only|just|over|under|than)\b", re.I
)


def _gapped_part(sentence: str, last: Quantity, q: Quantity) -> str | None:
    """The subject of a clause that leaves out the verb it shares with the clause before: "exports
    grew 5.1 percent and imports 2.3 percent", "... and the services sector 45.6 percent"."""
    match = GAPPED.fullmatch(sentence, last.end, q.start)
    part = match.group("part") if match else ""
    if not part or GOVERNING_VERBS.search(part) or CHANGE_CUE.search(part) or NOT_A_PART.search(part):
        return None
    return part


# "212 overseas warehouses covering 38 countries": the countries are counted as the warehouses' reach.
COVERED_BY = re.compile(
    r"(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*)?s)\s+(?:covering|spanning)\s+"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$"
)
# "the export bases now host more than 4,000 companies", "the initiative, which brings together 90
# economies": a count of what something holds.
HOSTS = re.compile(
    r"\b(?:hosts?|hosted|houses|housed|brings?\s+together|brought\s+together|includes|included)\s+"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$",
    re.IGNORECASE,
)
WHICH_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?P<np>[^,;]{3,80}?),\s+(?:which|that)\s+(?:now\s+|also\s+)?$"
)


def _host(text: str, q: Quantity) -> str | None:
    """What holds the things a count counts: the subject of "host", "house", "bring together"
    or "include", or, after ", which", the noun phrase it stands for (from its article on)."""
    verb = HOSTS.search(text, max(0, q.start - 40), q.start)
    if verb is None:
        return None
    which = WHICH_BEFORE.search(text, 0, verb.start())
    phrase = which.group("np") if which else text[clause_start(text, verb.start()) : verb.start()]
    if which and (article := list(re.finditer(r"\b(?:the|a|an)\s+", phrase))):
        phrase = phrase[article[-1].end() :]
    phrase = HOST_EDGES.sub("", " ".join(phrase.split()))
    return phrase if 0 < len(phrase.split()) <= MAX_HOST_WORDS and not is_anaphor(phrase) else None


HOST_EDGES = re.compile(r"^(?:the|a|an)\s+|\s+(?:now|also|currently|already|still)$", re.IGNORECASE)
MAX_HOST_WORDS = 10


# "1,700 such centres", "exports of such services": a kind of thing the text named before.
SUCH_NOUN = re.compile(r"\bsuch\s+(?P<head>[a-z][\w-]*s)\b")
ANTECEDENT_REACH = 600
NOT_MODIFIERS = frozenset(
    "the a an of in on at to by for from with and or its their his her our this that these those such some "
    "many more most other all each any both than as is are was were be been".split()
)


def _named_before(metric: str, before: str) -> str:
    """The metric with "such <things>" replaced by the things as the text last named them.

    "Global capability centres (GCCs) are a growing driver ... India hosts more than 1,700 such
    centres": the count is of global capability centres; only the words that qualify the noun
    where it was named, after any article or preposition, are taken.
    """
    such = SUCH_NOUN.search(metric)
    if such is None:
        return metric
    head = such.group("head")
    for named in reversed(list(re.finditer(rf"\b((?:[A-Za-z][\w-]*\s+){{1,4}}){head}\b", before))):
        words = named.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in NOT_MODIFIERS), default=0)
        opens = (
            cut > 0 or not before[: named.start()].strip() or before[: named.start()].rstrip()[-1] in ".!?:\n"
        )
        # "in digital services", "Global capability centres" opening a sentence: a noun with its modifiers;
        # "let online sellers stock goods" may hold a verb, so it is not taken.
        if opens and 0 < len(words) - cut <= 3:
            return metric[: such.start()] + " ".join([*words[cut:], head]) + metric[such.end() :]
    return metric


# "Among mid-sized markets, Chile and Colombia": the group the places belong to is no measure either.
AMONG_OPENING = re.compile(r"^(?:Among|Of)\s+[^,]{3,50},\s+")
TRADE_SUFFIX = re.compile(r"\s+trade$", re.IGNORECASE)
PLACE_JOINTS = re.compile(r"(?:\b(?:and|both|the)\b|[,\s])*")


@lru_cache(maxsize=1024)
def _place_only(phrase: str) -> bool:
    """Whether a metric phrase names only places ("Asia", "Chile and Colombia"): no measure at all."""
    phrase = AMONG_OPENING.sub("", phrase)
    places = find_places(phrase)
    if not places:
        return False
    rest = [phrase[a.end : b.start] for a, b in pairwise(places)]
    rest += [phrase[: places[0].start], phrase[places[-1].end :]]
    return all(PLACE_JOINTS.fullmatch(piece) for piece in rest)


def _tacked_on(
    sentence: str, q: Quantity, kind: str, metric: str, last: Quantity | None, state: _State
) -> str:
    """A count's rate ("12 million a day") and a change tacked on to the figure before it
    ("a GMV of $263 billion, up 15 percent": the GMV's growth) complete or replace the metric."""
    if kind == "count" and (rate := RATE_AFTER.match(sentence, q.end)) and rate.group(1) not in metric:
        return f"{metric} {rate.group(1)}"
    if kind == "change" and last and APPENDED.fullmatch(sentence, last.end, q.start):
        return state.figures[-1].metric
    return metric


def _among(sentence: str, q: Quantity, metric: str) -> str | None:
    """ "Among large firms, AI adoption rose to 44 percent": the metric of that group only."""
    among = AMONG.match(sentence)
    if among is None or among.group(1).lower() in metric.lower():
        return None
    return f"{metric} among {among.group(1)}" if q.start < _clause_bounds(sentence, among.end())[1] else None


# "followed by the United Kingdom (15%) and Switzerland (9%)": an item of a list with its percentage.
ENUMERATED = re.compile(
    r"(?:^|.*(?:[,;]|\band|\bby|\bthen))\s+(?:the\s+)?(?P<item>[^,;()]{2,40}?)\s*\(\s*$", re.DOTALL
)


def _enumerated(sentence: str, q: Quantity) -> str | None:
    """The item a parenthesised percentage belongs to, when the percentage stands alone in brackets."""
    if not re.match(r"\s*\)", sentence[q.end :]):
        return None
    match = ENUMERATED.search(sentence[: q.start])
    return match.group("item") if match else None


WHOLE_OF_AMOUNT = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?)\s+of\s+(?:the\s+)?"
    r"(?P<np>[^,;]{3,80}?)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# A sentence that opens on the group it speaks of: its figures are that group's.
AMONG = re.compile(r"(?:Among|For|Of)\s+([^,]{3,50}?(?:s|SMEs)),\s", re.IGNORECASE)
PLURAL_AFTER = re.compile(r"\s+(?:[A-Z]{2,}s|[a-z][\w-]*[a-rt-z]s)\b(?!\s+of\b)")
SHARE_OF_THEM = re.compile(
    r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:'s|’s)\s+share\s+of\s+(?:them|those|these)\b[^,;]{0,40}?$"
)
RATE_AFTER = re.compile(r"\s+(an?\s+(?:day|week|month|year))\b", re.IGNORECASE)
# "a fifth of them", "about half of those exports": a share of what was just counted or measured.
PRONOUN_WHOLE = re.compile(r"\s+of\s+(?:them|those(?:\s+[a-z]+)?|these(?:\s+[a-z]+)?)\b(?!\s+of\b)", re.I)


def _share_of_them(text: str, start: int, pronoun: re.Match[str], whole: str) -> tuple[str, str]:
    """(part, whole) of "women made up a fifth of them", "China's share of them rose to 5 percent" or
    "a fifth of them sell online": the part is the subject, else what the sentence says of that fraction."""
    if pronoun.groupdict().get("owner"):
        return pronoun.group("owner"), whole
    after = pronoun.end()
    low = clause_start(text, start)
    subject = governing_subject(text[low:], start - low) if GOVERNING_VERBS.search(text, low, start) else None
    if subject:
        return subject, whole
    stop = QUALIFIER_END.search(text, after)
    predicate = DANGLING.sub("", " ".join(text[after : stop.start() if stop else len(text)].split()))
    return (f"{whole} {predicate}" if predicate else whole), whole


# "three out of four surveyed firms said they ...", "two-thirds of the firms that export online said ...",
# "8.0 percent used AI": a share that is its clause's subject, then what that part of a group said or did.
RESPONDENT_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?P<whole>[^,;()]{2,60}?)(?<!\bthat)(?<!\bwho)(?<!\bwhich)|\s+(?P<plural>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s))?"
    rf"\s+(?:(?:now|already|only|still|also|currently)\s+)?(?P<verb>{RESPONDENT_VERBS})\b"
)
# "a survey of 4,000 firms", "we surveyed exporters": who the respondents are.
SURVEYED = re.compile(
    r"\b(?:survey(?:ed)?|poll(?:ed)?|interviewed|questioned)\s+(?:of\s+)?(?:(?:about|some|more\s+than|over)\s+)?"
    r"(?:[\d,.]+\s+(?:million\s+)?)?(?P<group>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\b"
)
PRONOUN_GROUP = re.compile(r"(?:them|those|these)\b", re.IGNORECASE)
REPORTED_SPEECH = re.compile(r"^(?:said|say|says|reported|reports?)\s+(?:that\s+)?(?:they|it)\s+", re.I)


def _respondent_share(
    text: str, q: Quantity, previous: str, respondents: str | None
) -> tuple[str, str] | None:
    """(metric, group) of a share of respondents: "share of <group> that <what they said or did>".

    Surveys report parts of a group by their answers, not by a noun: "8.0 percent used AI" after
    "38.9 percent of enterprises bought ..." is a share of enterprises, and "three out of four
    expect their exports to grow" after "we surveyed 4,000 firms" a share of those firms. The
    group is the one after the share, else the one the sentence already gave, else the surveyed one.
    """
    if GOVERNING_VERBS.search(text, clause_start(text, q.start), q.start):
        return None  # "accounted for 30 percent of exporters": the share is an object, not a subject
    after = RESPONDENT_AFTER.match(text, q.end)
    if after is None:
        return None
    group = after.group("whole") or after.group("plural")
    if group and PRONOUN_GROUP.fullmatch(group):
        group = governing_subject(text, q.start) or respondents
    elif not group:
        surveyed = SURVEYED.search(text, 0, q.start) or SURVEYED.search(previous)
        group = respondents or (surveyed.group("group") if surveyed else None)
    if not group:
        return None
    stop = QUALIFIER_END.search(text, after.start("verb"))
    predicate = REPORTED_SPEECH.sub("", text[after.start("verb") : stop.start() if stop else len(text)])
    predicate = DANGLING.sub("", " ".join(predicate.split()))
    group = " ".join(group.split())
    return f"share of {group} that {predicate}", group


# "about a third of the national total", "more than half of that total": a whole named before.
TOTAL_ANAPHOR = re.compile(r"(?:the|that|this|its|their)\s+(?:[a-z]+\s+)?total", re.IGNORECASE)
# "rose to RM1.33 trillion, with manufacturing contributing nearly half of the total": a part, in a
# clause that hangs on the amount.
WITH_PART = re.compile(r"[^.;]{0,40}?,\s+with\s+[^,;]{1,60}")
APPOSITION = re.compile(
    r"[^.;]{0,40}?,\s+(?:or\s+|and\s+)?(?:about|around|nearly|almost|some|roughly|over|more\s+than)?\s*$"
)


def _total_meant(
    whole: str, text: str, q: Quantity, last: Quantity | None, state: _State, paragraph: int
) -> str | None:
    """What "the total" a share is of measures.

    "the city is home to 40,000 online sellers, about a third of the national total": the amount
    just before, in apposition; "Hangzhou contributed more than half of that total": what the last
    amount measured, in this paragraph or the one before.
    """
    if not TOTAL_ANAPHOR.fullmatch(whole):
        return None
    just_before = last is not None and bool(
        APPOSITION.fullmatch(text, last.end, q.start) or WITH_PART.fullmatch(text, last.end, q.start)
    )
    if just_before and state.figures and state.figures[-1].kind in ("level", "count"):
        return state.figures[-1].metric
    pointing = whole.split()[0].lower() in ("that", "this")  # "the total" may be a total named later
    if pointing and state.last_subject and paragraph - state.last_subject[0] <= 1:
        return state.last_subject[1]
    return None


# "the share", "that share", "share": a goal's metric that names no part or whole.
SHARE_ALONE = re.compile(r"(?:(?:the|that|this|its|their)\s+)?(?:share|proportion|ratio)", re.IGNORECASE)
# "share of X in Y", "the share of X in Y": a share named with its part and whole.
SHARE_OF_METRIC = re.compile(r"(?:the\s+)?share\s+of\s+\S", re.IGNORECASE)


def _the_share(text: str, q: Quantity, state: _State, paragraph: int) -> Figure | Target | None:
    """The share that "the share" stands for, when it is the subject of the verb governing ``q``:
    the last share figure or goal of this paragraph or the one before that named its part and whole."""
    if (
        state.last_share is None
        or paragraph - state.last_share[0] > 1
        or q.unit not in ("percent", "percentage_point")
    ):
        return None
    return state.last_share[1] if points_to_share(text, q.start) else None


def _group_place(group: str, state: _State, paragraph: int, geo: str | None) -> str | None:
    """Where a share of a counted group is, when its sentence names no place before it: where the
    group was counted ("we polled 1,200 developers across India, Brazil and Mexico. A fifth of
    them ..." is of no one place either; "China's share of them" is China's)."""
    if state.last_count is None or paragraph - state.last_count[0] > 1:
        return geo
    return state.last_count[2] if group.lower().split()[-1] in state.last_count[1].lower().split() else geo


def _list_share(
    q: Quantity, item: str, share: Figure, catalog: Catalog, span: tuple[int, int], quote: str
) -> Figure:
    """An item listed after a share of a whole ("X took 31% of Y, followed by Z (15%)") is a share of Y too,
    for the same place and period."""
    whole = share.share_of or ""
    return Figure(
        value=q.value, unit=q.unit, kind="share", period=share.period, geo=share.geo,
        metric=f"share of {item} in {whole}", metric_key=metric_key(catalog, item, share.geo, share_of=whole),
        sentence=share.sentence, span=span, approx=q.approx, source=share.source, share_of=whole, quote=quote,
        catalogued=bool(catalog.find(item)),
    )  # fmt: skip


def _target(
    q: Quantity,
    deadline: TimeExpression,
    geo: str | None,
    sentence: Sentence,
    previous: str,
    previous_target: Target | None,
    state: _State,
    catalog: Catalog,
) -> Target:
    body = sentence.text
    share = share_phrases(body, q.start)
    if share:
        metric = f"share of {share[0]} in {share[1]}"
        key = metric_key(catalog, share[0], geo, share_of=share[1])
    else:
        metric = _goal_object(body, q.start) or (
            _counted_phrase(body, q.end) or q.counted or "things"
            if q.unit == "count"
            else _forecast_subject(body, q.start)
            or _metric(q, sentence, body, state, catalog, previous, by_subject=False)
        )
        key = metric_key(catalog, metric, geo)
    if q.unit == "percent" and (group := GROUP_TO_DO.match(body, q.end)):
        # "wants 75 percent of EU enterprises to use cloud computing, AI or big data by 2030": a share of the
        # group that does it
        metric = f"share of {group.group('group')} that {group.group('deed')}"
        key = metric_key(catalog, metric, geo)
    elif q.unit == "percent" and ACCOUNT_FOR.search(body, max(0, q.start - 40), q.start):
        part = _share_part(metric)
        whole = whole_after(body, q.end)
        if part and whole:  # "X could account for 60 percent of global services exports by 2030"
            metric, key = f"share of {part} in {whole}", metric_key(catalog, part, geo, share_of=whole)
    elif CURRENCY_UNIT.match(q.unit or "") and (measure := AMOUNT_OF_MEASURE.match(body, q.end)):
        metric = measure.group("measure")  # "a goal of 5 trillion yuan in annual digital trade by 2030"
        key = metric_key(catalog, metric, geo)
    elif metric == "things" and (
        named := _counted_before(body, q, state, sentence.paragraph, previous_target)
    ):
        metric, key = (
            named,
            metric_key(catalog, named, geo),
        )  # "the number of 5G base stations ... should exceed"
    if state.lead_topic and (sector := SECTOR_OWNER.match(metric)):
        # "aims to lift the sector's annual trade": the sector is what the text is about, as it first named it
        metric = f"{TRADE_SUFFIX.sub('', state.lead_topic)} {metric[sector.end() :]}"
        key = metric_key(catalog, metric, geo)
    if (carried := _forecast_metric(body, q, sentence.start, previous_target, state)) is not None:
        metric, key = carried, metric_key(catalog, carried, geo)
    elif state.last_share and sentence.paragraph - state.last_share[0] <= 1 and SHARE_ALONE.fullmatch(metric):
        # "the Commission projects that the share will reach 59.8 percent": the share last named
        metric, key = state.last_share[1].metric, state.last_share[1].metric_key
    elif measure := MEASURE_TARGET.search(body, max(0, q.start - 60), q.start):
        metric = measure.group("measure")  # "a GDP growth target of around 5 percent"
        key = metric_key(catalog, metric, geo)
    if (spelled := _spelled_out(metric, state.abbreviations)) != metric:
        metric, key = spelled, metric_key(catalog, spelled, geo)
    issuer = _issuer(body, state)
    kind = _target_kind(body, q, issuer, stated=_stated_issuer(body))
    start = sentence.start + q.start
    return Target(
        value=q.value, unit=q.unit, comparator=_comparator(body, q, previous_target),
        year=int(deadline.period.split("/")[-1][:4]), geo=geo, metric=metric, metric_key=key,
        issuer=issuer, kind=kind, sentence=body, span=(start, start + q.end - q.start),
        quote=body[q.start : q.end], catalogued=bool(catalog.find(metric)),
    )  # fmt: skip


# "75 percent of EU enterprises to use cloud computing, artificial intelligence or big data by 2030"
GROUP_TO_DO = re.compile(
    r"\s+of\s+(?P<group>(?:[\w-]+\s+){0,5}?[\w-]+)\s+to\s+(?P<deed>(?!be\b)[a-z]+\b[^;.]{0,100}?)"
    r"(?=\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|,\s+and\s|[;.]|$)"
)
ACCOUNT_FOR = re.compile(
    r"\b(?:account|accounting|make\s+up|represent)\s+(?:for\s+)?(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|"
    r"over\s+|nearly\s+|some\s+)?$"
)
SHARE_VERB_TAIL = re.compile(
    r"\s+(?:(?:could|would|will|should|may|might|to|is\s+expected\s+to|are\s+expected\s+to)\s+)?"
    r"(?:account|make|represent)\b.*$",
    re.IGNORECASE,
)
# "$500 billion in revenue by 2030", "£1 trillion of exports a year": what the amount is of.
AMOUNT_OF_MEASURE = re.compile(
    r"\s+(?:of|in)\s+(?P<measure>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?=\s+(?:by|a|per|annually|in|this|next|within|over|across|from|to|for)\b|[,.;]|$)"
)
NUMBER_OF_BEFORE = re.compile(r"\b[Tt]he\s+number\s+of\s+(?P<things>(?:[\w-]+\s+){0,3}?[\w-]+s)\b")
SECTOR_OWNER = re.compile(r"(?:the\s+)?(?:sector|industry)(?:'s|’s)\s+(?=\w)", re.IGNORECASE)


def _share_part(metric: str) -> str | None:
    """ "digitally deliverable services could account for" -> "digitally deliverable services"."""
    part = SHARE_VERB_TAIL.sub("", f" {metric}").strip()
    return part if part and not ISSUER_WORDS.fullmatch(part) else None


def _counted_before(
    body: str, q: Quantity, state: _State, paragraph: int, previous: Target | None
) -> str | None:
    """A count goal that names no things: "the number of 5G base stations ... should exceed 6.5 million";
    "the number will reach 12 million" or "a target of 20 million" after a count: what was counted."""
    named = NUMBER_OF_BEFORE.search(body, 0, q.start)
    if named:
        return named.group("things")
    if previous is not None and previous.unit == "count" and previous.sentence == body:
        return previous.metric
    if state.last_count and paragraph - state.last_count[0] <= 1:
        return state.last_count[1]
    return None


# "... to grow 4.6% in 2025 and to slow to 4.4% in 2026", "cut its forecast to 0.5% from 1.8%": the
# same forecast again, for another year or as it stood before.
FORECAST_GOES_ON = re.compile(
    r"(?:\s+(?:in|for|by)\s+(?:19|20)\d\d)?,?\s+(?:(?:(?:up|down)\s+)?from|and\s+(?:to\s+)?[a-z]+\s+to|and\s+to)"
    r"\s+(?:about\s+|around\s+|roughly\s+)?",
    re.IGNORECASE,
)
# "raised its forecast for growth in merchandise trade volumes this year to 2.4%": what is forecast.
FORECAST_FOR = re.compile(
    r"\b(?:forecast|projection|outlook|estimate)\s+for\s+(?P<what>[^,;]{3,80}?)\s+"
    r"(?:(?:this|next)\s+year\s+|(?:in|for)\s+(?:19|20)\d\d\s+)?"
    r"to\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
WHEN_ONLY = re.compile(
    r"(?:(?:19|20)\d\d|this\s+year|next\s+year|the\s+(?:year|quarter|half))", re.IGNORECASE
)


def _forecast_metric(
    text: str, q: Quantity, offset: int, previous: Target | None, state: _State
) -> str | None:
    """(metric, key) of a forecast that names what it is of only as a revision of a forecast:
    "raised its forecast for growth in X this year to 2.4%" is of growth in X; "cut its forecast
    for 2026 to 0.5%" and "... and to slow to 4.4% in 2026" are of the forecast before."""
    if previous is not None and FORECAST_GOES_ON.fullmatch(text, previous.span[1] - offset, q.start):
        return previous.metric
    revised = FORECAST_FOR.search(text, max(0, q.start - 120), q.start)
    if revised is None:
        return None
    if WHEN_ONLY.fullmatch(revised.group("what")):
        last = previous or (state.targets[-1] if state.targets else None)
        return last.metric if last else None
    return revised.group("what")


# "a GDP growth target of around 5 percent", "an export target of $30 billion": the measure a target
# names right before it (a plan's name, "the MyDIGITAL target of", names none).
MEASURE_TARGET = re.compile(
    r"\b(?:an?|the|its|their)\s+(?P<measure>(?:[A-Z]{2,}\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:target|goal)\s+of\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|some\s+)?$"
)


GOAL_CUE = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed)?|goal|strive|strives|striving|plan(?:s|ned)?\s+to|seek(?:s)?\s+to|"
    r"pledge[sd]?|commit(?:s|ted)?|should|must|set\s+(?:a|the)\s+(?:goal|target)|ensure|vow(?:s|ed)?|"
    r"we\s+will|will\s+work\s+to)\b",
    re.IGNORECASE,
)
OFFICIAL_ISSUER = re.compile(
    r"government|ministry|council|commission|guideline|plan|policy|programme|program|strategy|authorit|"
    r"department|bureau|administration|congress|parliament|state|province|city|mofcom|work\s+report",
    re.IGNORECASE,
)


# "aims to lift annual content exports to $25 billion", "bring its dispute rate below 0.5 percent":
# a goal moves a thing to a value; the thing is the metric.
GOAL_OBJECT = re.compile(
    r"\b(?:lift|raise|increase|boost|bring|take|taking|expand|cut|trim|reduce|grow|push|triple|double|"
    r"quadruple|halve|keep|hold|maintain)\s+(?P<object>[^,;]{3,90}?)\s+(?:to|above|below|beyond|past|under)\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|no\s+more\s+than\s+|nearly\s+)?$"
    # "officials expect digital services exports to top £400 billion": what is expected to move
    r"|\b(?:expects?|expected|projects?|projected|forecasts?|predicts?|sees?|wants?)\s+(?P<expected>[^,;]{3,90}?)"
    r"\s+to\s+(?:[a-z]+\s+){1,2}(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# Who sets or makes a goal or a forecast, as opposed to what it is about.
ISSUER_WORDS = re.compile(
    r"\b(?:government|ministry|commission|council|authority|authorities|company|group|firm|we|it|they|i|he|"
    r"she|authors|report|body|organi[sz]ation|agency|bank|plan|programme|program|policy|guideline|"
    r"administration|department|bureau|office|economists?|analysts?|officials?|experts?|target|goal|"
    r"ambition|aim|forecast|numbers?|she|you)\b",
    re.IGNORECASE,
)


def _goal_object(sentence: str, position: int) -> str | None:
    """What a goal raises or cuts to the value at ``position``."""
    match = GOAL_OBJECT.search(sentence, 0, position)
    if match is None:
        return None
    thing = LEADING_OBJECT.sub("", match.group("object") or match.group("expected"))
    return None if POINTER_SUBJECT.fullmatch(thing) or ISSUER_WORDS.fullmatch(thing) else thing


def _forecast_subject(sentence: str, position: int) -> str | None:
    """ "World trade in services is projected to grow 4.6%": the subject, unless it is who forecasts."""
    low = clause_start(sentence, position)
    subject = governing_subject(sentence[low:], position - low)
    if subject is None or ISSUER_WORDS.search(subject) or not CONTENT_WORD.search(_placeless(subject)):
        return None
    return None if all(word[:1].isupper() for word in subject.split()) else subject


# A word that can name a thing: not a determiner, an approximation or a connective.
CONTENT_WORD = re.compile(
    r"\b(?!(?:least|about|around|more|than|nearly|some|over|that|this|with|from)\b)[a-z]{4,}", re.I
)
LEADING_OBJECT = re.compile(r"^(?:the|its|their|a|an)\s+", re.IGNORECASE)


def _target_kind(sentence: str, q: Quantity, issuer: str | None, *, stated: str | None) -> str:
    """A goal someone set ("aims to", "should") or a forecast ("expects", "projects").

    A figure the sentence attributes to a policy document is a target, whatever the verb
    ("the country expects ... according to the guideline"). Otherwise the cue nearest
    before the number decides, so one sentence can carry a government's goal and an
    analyst's forecast; without a cue, an official issuer means a target.
    """
    if stated and POLICY_NOUN.search(stated):
        return "target"
    before = sentence[: q.start]
    goal, forecast = _nearest_cue(GOAL_CUE, before), _nearest_cue(FORECAST_CUE, before)
    if goal and (not forecast or goal.start() > forecast.start()):
        return "target"
    if forecast:
        return "forecast"
    return "target" if OFFICIAL_ISSUER.search(issuer or "") else "forecast"


# "the WTO's 164 members", "Alibaba's revenue": an organisation owns the number, no place does.
OWNER = re.compile(
    r"\b(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*|the\s+(?:company|group|firm|organi[sz]ation))(?:'s|’s)\s"
)


CORPORATE = re.compile(r"\b[Tt]he\s+(?:Company|Group|company)\b")
TICKER = re.compile(r"\((?:NASDAQ|NYSE|HKEX|SEHK|SSE|SZSE|LSE|TSE|SGX|KRX|NSE|BSE)\s*:\s*[\w.]+\)")


# "4.3 per cent of world services exports": a place in the whole of a share is not the share's.
WHOLE_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+|all\s+|total\s+)*$", re.IGNORECASE)


# "With 680 million people and 460 million internet users, ASEAN is ...": an opening phrase describes
# the subject that follows it.
WITH_OPENING = re.compile(r"(?:With|Home\s+to)\s+[^,;]{3,120},\s+(?:the\s+)?")


def _opening_owner(sentence: str, places: list[PlaceMention], q: Quantity) -> str | None:
    """The place that is the subject right after an opening "With ..." phrase holding ``q``."""
    opening = WITH_OPENING.match(sentence)
    if opening is None or q.end > opening.end():
        return None
    return next((p.name for p in places if p.start == opening.end()), None)


# "more than 90 economies", "its 166 members", "27 EU member states": the parties to an organisation
# or an agreement.
PARTIES = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){0,2}?(?:members|member\s+states|economies|signatories|parties)\b"
)

POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s+(?:(?:about|some|nearly|all)\s+)?")


def _parties_place(text: str, places: list[PlaceMention], q: Quantity, parties: re.Match[str]) -> str | None:
    """A count of the parties to something belongs to no one place, neither the one a sentence
    names ("Singapore co-convenes a group of more than 90 economies") nor the text's; only a
    place that owns or qualifies the parties themselves ("the EU's 27 member states", "30 African
    economies")."""
    inside = [
        p
        for p in places
        if (parties.start() <= p.start and p.end <= parties.end())
        or POSSESSIVE_BEFORE.fullmatch(text, p.end, q.start)
    ]
    return inside[0].name if inside else None


LIST_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_places(sentence: str, places: list[PlaceMention]) -> set[str]:
    """Places named as items of a list of three or more ("Egypt, South Africa, Morocco, Kenya and
    Nigeria", "across Asia, Europe and North America"): a figure next to them is none of theirs."""
    listed: set[str] = set()
    run = places[:1]
    for before, mention in pairwise(places):
        if LIST_JOINT.fullmatch(sentence, before.end, mention.start):
            run.append(mention)
            continue
        if len(run) >= 3:
            listed.update(p.name for p in run)
        run = [mention]
    if len(run) >= 3:
        listed.update(p.name for p in run)
    return listed


def _owned(sentence: str, position: int) -> bool:
    owner = _nearest_cue(OWNER, sentence[clause_start(sentence, position) : position])
    if owner is None:
        return False
    name = re.sub(r"(?:'s|’s)\s$", "", owner.group(0)).removeprefix("the ")
    return not find_places(name)


def _carry_context(sentence: Sentence, state: _State, published: date | None) -> None:
    """ "In the first half, trade grew steadily.": the period that the next sentences omit."""
    if TIME_WORDS.search(sentence.text):
        stated = [
            e
            for e in find_periods(sentence.text, published, state.fiscal_start, state.fiscal_by_start)
            if _plain(e)
        ]
        if stated:
            # "the second quarter of fiscal 2026, the three months ended September 30": the narrowest
            narrowest = min(stated, key=lambda e: months(e.period)).period
            state.periods[narrowest] += 1
            # A question ("How did trade do last year?") frames the answer, the next paragraph.
            asked = sentence.text.rstrip().endswith("?")
            state.frame = (sentence.paragraph + asked, narrowest)


def _restates_previous(sentence: str, q: Quantity, state: _State, previous: str) -> bool:
    """ "The shortfall, equivalent to about $45bn": the previous sentence's amount in another currency."""
    if not state.figures or state.figures[-1].sentence != previous:
        return False
    unit = state.figures[-1].unit or ""
    restated = bool(RESTATED_BEFORE.match(sentence[: q.start]))
    return restated and bool(CURRENCY_UNIT.match(unit)) and unit != q.unit


def _equivalent(sentence: str, q: Quantity, previous: Quantity | None) -> bool:
    """True when ``q`` only restates the previous amount in another currency.

    "2.9 trillion yuan ($406.6 billion)", "EUR 10 billion, or about $11 billion".
    """
    if previous is None or not q.unit or not previous.unit or q.unit == previous.unit:
        return False
    if not (CURRENCY_UNIT.match(q.unit) and CURRENCY_UNIT.match(previous.unit)):
        return False
    return bool(EQUIVALENT_GAP.match(sentence[previous.end : q.start]))
