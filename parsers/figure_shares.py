"""Shares, and figures that name what they measure by pointing back.

A share has a part and a whole, and news prose often leaves one of them to the reader: "a
fifth of them", "half of that total", "the share", "8.0 percent used AI" (of the firms
surveyed), "followed by the United Kingdom (15%)"; so do "the former" and a clause that
leaves out its verb ("and imports 2.3 percent"). These rules find what such words stand for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.context import GOVERNING_VERBS, clause_start, governing_subject, points_to_share
from parsers.figure_kinds import CHANGE_CUE, RESPONDENT_VERBS, nearest_cue
from parsers.figure_metrics import DANGLING, FOLLOWED_BY, QUALIFIER_END, concepts_of, flow_last, place_only
from parsers.figure_periods import clause_bounds
from parsers.figure_state import State
from parsers.geo import PlaceMention, find_places
from parsers.metrics import Catalog, metric_key
from parsers.models import Figure, Target
from parsers.numbers import Quantity

POINTER_TO_NUMBER = re.compile(r"[^,;:]{1,40}")
VERB_NEXT = re.compile(r"\s+(?:also\s+|only\s+)?" + GOVERNING_VERBS.pattern)
FORMER_LATTER_AT = re.compile(r"\bthe\s+(former|latter)((?:'|’)s)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Referent:
    metric: str | None
    metric_key: str
    geo: str | None


def former_latter(
    body: str,
    q: Quantity,
    places: list[PlaceMention],
    previous: str,
    state: State,
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
    pointer = nearest_cue(FORMER_LATTER_AT, body[: q.start])
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
    if len([c for c in concepts_of(catalog, body, state) if c.end <= pointer.start()]) >= 2:
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


# "..., and the services sector 45.6 percent": a second subject whose verb is the first clause's; a list
# of them may run on after commas, keeping the "for" of "accounted for" ("ITO accounted for 44 percent, BPO
# for 16 percent and KPO for 40 percent").
GAPPED = re.compile(
    r"(?:\s+of\s+[^,;]{1,60}?)?(?:,?\s+(?:and|while|whereas)|,(?!\s+(?:and|while|whereas|but)\b))\s+(?:the\s+|its\s+)?(?P<part>[A-Za-z][^,;\d]{1,50}?)\s+"
    r"(?:for\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?"
)


# "and another 20 percent", "while a further 9 percent": more of the same, not a new subject; ", vs 55
# percent": the same measure compared.
NOT_A_PART = re.compile(
    r"\b(?:another|further|other|remaining|rest|more|less|only|just|over|under|than|about|around|nearly|"
    r"roughly|almost|some|vs|versus|against|compared)\b",
    re.I,
)


def gapped_part(sentence: str, last: Quantity, q: Quantity) -> str | None:
    """The subject of a clause that leaves out the verb it shares with the clause before: "exports
    grew 5.1 percent and imports 2.3 percent", "... and the services sector 45.6 percent"."""
    match = GAPPED.fullmatch(sentence, last.end, q.start)
    part = match.group("part") if match else ""
    if not part or GOVERNING_VERBS.search(part) or CHANGE_CUE.search(part) or NOT_A_PART.search(part):
        return None
    return part


def among(sentence: str, q: Quantity, metric: str) -> str | None:
    """ "Among large firms, AI adoption rose to 44 percent": the metric of that group only."""
    among = AMONG.match(sentence)
    if among is None or among.group(1).lower() in metric.lower():
        return None
    return f"{metric} among {among.group(1)}" if q.start < clause_bounds(sentence, among.end())[1] else None


# "followed by the United Kingdom (15%) and Switzerland (9%)": an item of a list with its percentage.
ENUMERATED = re.compile(
    r"(?:^\s*|.*(?:[,;]|\band|\bby|\bthen|\bwhile|\bwhereas|\bbut)\s+)(?:the\s+|The\s+)?(?P<item>[^,;()]{2,40}?)\s*"
    r"\(\s*$",
    re.DOTALL,
)


# "... and Zarqa with 7 per cent" after "followed by Irbid with 9 per cent": the next item of the list
AND_WITH = re.compile(
    r"\band\s+(?:the\s+)?(?P<item>[^,;()\d]{2,40}?)\s+with\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$"
)
LIST_GOES_ON = re.compile(r"\bfollowed\s+by\b", re.IGNORECASE)
# A closing bracket right after a percentage: "(15%)".
CLOSING_AFTER = re.compile(r"\s*\)")


def enumerated(sentence: str, q: Quantity) -> str | None:
    """The item a parenthesised percentage belongs to, when the percentage stands alone in brackets, or
    the item "followed by" names with its value ("followed by Europe with close to a third")."""
    if followed := FOLLOWED_BY.search(sentence, max(0, q.start - 90), q.start):
        return followed.group("item")
    if (
        " with " in sentence
        and (also := AND_WITH.search(sentence, max(0, q.start - 60), q.start))
        and LIST_GOES_ON.search(sentence, 0, also.start())
    ):
        return also.group("item")  # "followed by Irbid with 9 per cent and Zarqa with 7 per cent": the next
    if q.form == "signed" or not CLOSING_AFTER.match(sentence, q.end):
        return None  # "€28.4 bn (+6.7 %)": a signed percentage is a change, not an item's share
    # Matched from the start only: ``.*`` reaches any delimiter a later start would, so a search that
    # failed there would try every later start in vain, a scan of the rest each (quadratic in the length).
    match = ENUMERATED.match(sentence[: q.start])
    return match.group("item") if match else None


# A sentence that opens on the group it speaks of: its figures are that group's.
AMONG = re.compile(r"(?:Among|For|Of)\s+([^,]{3,50}?(?:s|SMEs)),\s", re.IGNORECASE)
PLURAL_AFTER = re.compile(r"\s+(?:[A-Z]{2,}s|[a-z][\w-]*[a-rt-z]s)\b(?!\s+of\b)")
SHARE_OF_THEM = re.compile(
    r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:'s|’s)\s+share\s+of\s+(?:them|those|these)\b[^,;]{0,40}?$"
)
# "a fifth of them", "about half of those exports": a share of what was just counted or measured.
PRONOUN_WHOLE = re.compile(r"\s+of\s+(?:them|those(?:\s+[a-z]+)?|these(?:\s+[a-z]+)?)\b(?!\s+of\b)", re.I)


def share_of_them(text: str, start: int, pronoun: re.Match[str], whole: str) -> tuple[str, str]:
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
    r"(?:\s+of\s+(?:the\s+)?(?P<whole>[^,;()]{2,60}?)(?<!\bthat)(?<!\bwho)(?<!\bwhich)|"
    r"\s+(?P<plural>(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*[a-rt-z]s))?"
    rf"\s+(?:(?:now|already|only|still|also|currently)\s+)?(?P<verb>{RESPONDENT_VERBS})\b"
)
# "a survey of 4,000 firms", "we surveyed exporters": who the respondents are.
SURVEYED = re.compile(
    r"\b(?:survey(?:ed)?|poll(?:ed)?|interviewed|questioned)\s+(?:of\s+)?(?:(?:about|some|more\s+than|over)\s+)?"
    r"(?:[\d,.]+\s+(?:million\s+)?)?(?P<group>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\b"
)
PRONOUN_GROUP = re.compile(r"(?:them|those|these)\b", re.IGNORECASE)
REPORTED_SPEECH = re.compile(r"^(?:said|say|says|reported|reports?)\s+(?:that\s+)?(?:they|it)\s+", re.I)


def respondent_share(
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
TOTAL_ANAPHOR = re.compile(
    r"(?:the|that|this|its|their)\s+(?:[a-z]+\s+)?total|(?:that|this)\s+(?:value|figure|amount|sum)",
    re.IGNORECASE,
)
# "rose to RM1.33 trillion, with manufacturing contributing nearly half of the total": a part, in a
# clause that hangs on the amount.
WITH_PART = re.compile(r"(?:[^.;]|\.(?=\d)){0,60}?,\s+with\s+[^,;]{1,60}")
APPOSITION = re.compile(
    r"[^.;]{0,40}?,\s+(?:or\s+|and\s+)?(?:about|around|nearly|almost|some|roughly|over|more\s+than)?\s*$"
)


def total_meant(
    whole: str, text: str, q: Quantity, last: Quantity | None, state: State, paragraph: int
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
        before = state.figures[-1].metric
        part = governing_subject(text, q.start)
        if (
            state.figures[-1].kind == "level"
            and part
            and part.lower() in before.lower()
            and not place_only(part)
        ):
            # "Games accounted for $8.4 billion, or 60 percent of the total": the amount is the part's; the
            # total is what was measured before it
            return next(
                (
                    flow_last(f.metric)
                    for f in reversed(state.figures[-12:-1])
                    if f.kind == "level" and f.equivalent_of is None and part.lower() not in f.metric.lower()
                ),
                None,
            )
        return before
    pointing = whole.split()[0].lower() in ("that", "this")  # "the total" may be a total named later
    if pointing and state.last_subject and paragraph - state.last_subject[0] <= 1:
        return state.last_subject[1]
    return None


# "the share", "that share", "share": a goal's metric that names no part or whole.
SHARE_ALONE = re.compile(r"(?:(?:the|that|this|its|their)\s+)?(?:share|proportion|ratio)", re.IGNORECASE)
# "share of X in Y", "the share of X in Y": a share named with its part and whole.
SHARE_OF_METRIC = re.compile(r"(?:the\s+)?share\s+of\s+\S", re.IGNORECASE)


def the_share(text: str, q: Quantity, state: State, paragraph: int) -> Figure | Target | None:
    """The share that "the share" stands for, when it is the subject of the verb governing ``q``:
    the last share figure or goal of this paragraph or the one before that named its part and whole."""
    if (
        state.last_share is None
        or paragraph - state.last_share[0] > 1
        or q.unit not in ("percent", "percentage_point")
    ):
        return None
    return state.last_share[1] if points_to_share(text, q.start) else None


def group_place(group: str, state: State, paragraph: int, geo: str | None) -> str | None:
    """Where a share of a counted group is, when its sentence names no place before it: where the
    group was counted ("we polled 1,200 developers across India, Brazil and Mexico. A fifth of
    them ..." is of no one place either; "China's share of them" is China's)."""
    if state.last_count is None or paragraph - state.last_count[0] > 1:
        return geo
    return state.last_count[2] if group.lower().split()[-1] in state.last_count[1].lower().split() else geo


def list_share(
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


def listed_indicator(
    q: Quantity, item: str, state: State, paragraph: int, span: tuple[int, int], quote: str
) -> Figure | None:
    """A place listed with its percentage in brackets, when no share before it in its sentence names a
    whole, has the value of the share last measured: "55.6% of people had at least basic digital skills.
    ... The Netherlands (82.7%) and Finland (82.0%) lead the Union" (the indicator, for that place)."""
    places = find_places(item)
    named = places or re.fullmatch(
        r"[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}", item
    )  # a place the gazetteer lacks
    if not named or state.last_share is None or paragraph - state.last_share[0] > 1:
        return None
    share = next((f for f in reversed(state.figures[-8:]) if f.kind == "share" and f.share_of), None)
    if share is None:
        return None
    return replace(
        share,
        value=q.value,
        geo=places[-1].name if places else None,
        span=span,
        quote=quote,
        approx=q.approx,
        equivalent_of=None,
    )


# "US$6.8 billion, of which 44% was processed outside the marketplace"; "€288.6 billion, about 40% of which
# comes from the Recovery and Resilience Facility": a share of the amount just before.
OF_WHICH_BEFORE = re.compile(
    r",\s+(?:and\s+)?of\s+(?:which|this|that)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|"
    r"over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
OF_WHICH_AFTER = re.compile(r"\s+of\s+which\b", re.IGNORECASE)
OF_WHICH_PART = re.compile(
    r",\s+of\s+which\s+(?P<part>[^,;]{2,60}?)\s+(?:made\s+up|accounted\s+for|represented|comprised|contributed)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|over\s+|more\s+than\s+)?$"
)


def of_which(text: str, q: Quantity, last: Quantity | None, state: State) -> tuple[str, str] | None:
    """(part, whole) of a share of the amount just before it, the part told by the clause after: ("what was
    processed outside the marketplace", "Tindahan Pay's total payment volume"), or named before the share."""
    if last is None or not state.figures or state.figures[-1].kind != "level":
        return None
    whole = state.figures[-1].metric
    if ", of which" in text and (named := OF_WHICH_PART.search(text, last.end, q.start)):
        return named.group(
            "part"
        ), whole  # ", of which digitally deliverable services made up about 30 per cent"
    before = OF_WHICH_BEFORE.search(text, last.end, q.start)
    after = None if before else OF_WHICH_AFTER.match(text, q.end)
    if before is None and after is None:
        return None
    start = after.end() if after else q.end
    stop = QUALIFIER_END.search(text, start)
    predicate = DANGLING.sub("", " ".join(text[start : stop.start() if stop else len(text)].split()))
    return (f"what {predicate}" if predicate else whole), whole
