"""Policy targets and forecasts.

A quantity is a target when a deadline, or a goal or forecast word before it, makes it one
("50 percent by 2035", "expects exports to top £400 billion"). These rules read its
deadline year, its comparator, who issued it, what it is a goal for, and whether it is a
goal someone set or a forecast.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.context import POINTER_SUBJECT, clause_start, governing_subject, share_phrases, whole_after
from parsers.figure_currency import CURRENCY_UNIT
from parsers.figure_kinds import nearest_cue
from parsers.figure_metrics import TRADE_SUFFIX, counted_phrase, metric_of, placeless, spelled_out
from parsers.figure_periods import clause_bounds
from parsers.figure_shares import SHARE_ALONE
from parsers.figure_state import State
from parsers.metrics import Catalog, metric_key
from parsers.models import Target
from parsers.numbers import Quantity
from parsers.periods import TimeExpression, last_month
from parsers.sentences import Sentence

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


def _issuer(sentence: str, state: State) -> str | None:
    """The sentence's own issuer, else the policy document the text last named."""
    return _stated_issuer(sentence) or state.issuer


def deadline_of(
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
    low, high = clause_bounds(sentence, q.start)
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


def has_deadline(exprs: list[TimeExpression]) -> bool:
    return any(e.deadline for e in exprs)


def _future(e: TimeExpression, published: date | None) -> bool:
    """Whether a period is not over at publication (this year counts as not over)."""
    end = last_month(e.period)
    return (
        published is not None
        and end is not None
        and end >= (published.year, 12 if end[1] == 12 else published.month + 1)
    )


def target_of(
    q: Quantity,
    deadline: TimeExpression,
    geo: str | None,
    sentence: Sentence,
    previous: str,
    previous_target: Target | None,
    state: State,
    catalog: Catalog,
) -> Target:
    body = sentence.text
    share = share_phrases(body, q.start)
    if share:
        metric = f"share of {share[0]} in {share[1]}"
        key = metric_key(catalog, share[0], geo, share_of=share[1])
    else:
        metric = _goal_object(body, q.start) or (
            counted_phrase(body, q.end) or q.counted or "things"
            if q.unit == "count"
            else _forecast_subject(body, q.start)
            or metric_of(q, sentence, body, state, catalog, previous, by_subject=False)
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
    if (spelled := spelled_out(metric, state.abbreviations)) != metric:
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
    body: str, q: Quantity, state: State, paragraph: int, previous: Target | None
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
    text: str, q: Quantity, offset: int, previous: Target | None, state: State
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
    if subject is None or ISSUER_WORDS.search(subject) or not CONTENT_WORD.search(placeless(subject)):
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
    goal, forecast = nearest_cue(GOAL_CUE, before), nearest_cue(FORECAST_CUE, before)
    if goal and (not forecast or goal.start() > forecast.start()):
        return "target"
    if forecast:
        return "forecast"
    return "target" if OFFICIAL_ISSUER.search(issuer or "") else "forecast"
