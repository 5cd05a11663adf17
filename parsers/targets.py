"""Policy targets and forecasts.

A quantity is a target when a deadline, or a goal or forecast word before it, makes it one
("50 percent by 2035", "expects exports to top £400 billion"). These rules read its
deadline year, its comparator, who issued it, what it is a goal for, and whether it is a
goal someone set or a forecast.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.alternation import compiled
from parsers.context import (
    HEDGE_WORDS,
    POINTER_SUBJECT,
    clause_start,
    governing_subject,
    row_label,
    share_phrases,
    whole_after,
)
from parsers.figure_currency import CURRENCY_UNIT
from parsers.figure_kinds import MOVED_BY, RULE_AFTER, nearest_cue
from parsers.figure_metrics import (
    PERIOD_LABEL,
    POINTER_ONLY,
    TRADE_SUFFIX,
    counted_phrase,
    metric_of,
    placeless,
    pointed_figure,
    put_at,
    spelled_out,
    without_list_mark,
)
from parsers.figure_periods import NOW_ENDS, clause_bounds, label_start
from parsers.figure_shares import SHARE_ALONE
from parsers.figure_state import State
from parsers.folding import lowercased, lowered
from parsers.issuers import issuer_by_default, stated_issuer
from parsers.metrics import Catalog, metric_key
from parsers.models import Figure, Target
from parsers.numbers import COUNTING_UNITS, Quantity
from parsers.periods import TARGET_PRICE, TimeExpression, last_month
from parsers.sentences import Sentence

# The cue words but "projects", which needs the case of the word after it.
# What a plan says a measure "is to" do: "the digital economy is to account for 20% of GDP in 2025".
_PLANNED_VERBS = r"account|reach|rise|grow|exceed|hit|top|climb|increase|double|triple|surpass"
# "The Group plans capital expenditure of approximately RMB650 million in 2025": money a plan will spend
_PLANNED_SPENDING = r"plan(?:s|ned)?\s+(?:capital\s+expenditure|capex|investments?|spending)"
_CUE_WORDS = (
    r"aim(?:s|ed|ing)?|target(?:s|ed|ing)?|goal|strive|strives|striving|plan(?:s|ned)?\s+to|plan\s+is|seek(?:s)?\s+to|"
    r"set\s+to|pledge[sd]?|commit(?:s|ted)?(?=\s+(?:itself\s+|themselves\s+)?to\b)|ensure|expect(?:s|ed)?|"
    r"intends?\s+to|"  # ("Tashkent intends to supply at least 70 percent of this volume")
    r"projected|projections?|forecast(?:s|ed)?|predict(?:s|ed)?|"
    r"estimated\s+to|likely\s+to|could|would|will|should|shall|envisag(?:e|es|ed)|outlook|guidance|"
    r"anticipat(?:e|es|ed)|guid(?:es|ed|ing)\s+(?:to|for)|"
    # ("The Strategy's interim milestone of USD 2 billion of IT services exports in 2027")
    r"ambitions?|aspirations?|milestones?|wants?|calls?\s+for|base\s+case|central\s+case|pencil(?:s|led)?\s+in|"
    rf"{_PLANNED_SPENDING}|(?:is|are)\s+to\s+(?:{_PLANNED_VERBS})"
)
# "projects online retail sales to reach", "project full-year exports at", "projects cross-border online
# spending by Central Asian cardholders of": the verb, not a noun
_PROJECTS_CUE = (
    r"(?<!\bthe\s)(?<!\ba\s)projects?(?=\s+(?:that\s|the\s|its\s|their\s|(?-i:[A-Z])|"
    r"[a-z][\w-]*(?:\s+[\w-]+){0,6}?\s+(?:to|at)\s|[a-z][\w-]*(?:\s+[\w-]+){0,6}?\s+of\s"
    # ("projects a more cautious US$ 210 million for 2026": an amount after a hedge)
    r"|an?\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z]{0,3}\$|[$€£¥₹])\s?\d))"
)
# "(?=[abcefgilmopstw])" is implied by every cue word; said first, it spares the long alternation at
# each position that starts none of them.
TARGET_CUE = compiled(rf"(?=[abcefgilmopstw])\b(?:{_CUE_WORDS}|{_PROJECTS_CUE})\b", re.IGNORECASE)
# The cue words but "projects", matched in a lowercased sentence where that finds the same: faster.
LOWERCASE_CUE = lowercased(compiled(rf"(?=[abcefgilmopstw])\b(?:{_CUE_WORDS})\b", re.IGNORECASE))


def has_target_cue(sentence: str) -> bool:
    """Whether TARGET_CUE matches anywhere in ``sentence``: where "project" is absent (as in most
    sentences) only the other cue words can, and their lowercase copy finds them in the lowercased
    sentence."""
    low = lowered(sentence)
    if low is None or "project" in low:
        return TARGET_CUE.search(sentence) is not None
    return LOWERCASE_CUE.search(low) is not None


FORECAST_CUE = re.compile(
    r"\b(?:expect(?:s|ed)?|project(?:s|ed|ion|ions)?|forecast(?:s|ed)?|predict(?:s|ed)?|estimated\s+to|"
    r"estimates?|reckons?|likely|could|anticipat(?:e|es|ed)|outlook|may|believes?|baseline|scenario|"
    r"base\s+case)\b",
    re.IGNORECASE,
)
POLICY_NOUN = compiled(
    r"\b(?:guidelines?|action\s+plan|plan|blueprint|strategy|roadmap|programme|program|policy|circular|"
    r"opinions|measures|directive|initiative|white\s+paper|five-year\s+plan|digital\s+decade)\b",
    re.IGNORECASE,
)
BODY_NAME_END = re.compile(r"\boffice$", re.IGNORECASE)
# Words POLICY_NOUN cannot match without: most sentences hold none, and looking for them is cheaper.
POLICY_WORDS = ("guideline", "plan", "blueprint", "strategy", "roadmap", "program", "policy", "circular",
                "opinions", "measures", "directive", "initiative", "paper", "decade")  # fmt: skip
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
            r"\b(?:at\s+most|(?:no|not)\s+more\s+than|not\s+(?:to\s+)?exceed|up\s+to|a\s+maximum\s+of|capped\s+at|"
            r"as\s+(?:much|many|high)\s+as)\s*$",
            re.I,
        ),
        "<=",
    ),
    (
        re.compile(
            r"\b(?:exceed(?:ing|s)?|more\s+than|over|above|surpass(?:ing)?|top|beyond|upwards\s+of|in\s+excess\s+of|pass|past|"
            r"cross(?:es|ing)?|clear(?:s|ing)?)\s*$",
            re.I,
        ),
        ">",
    ),
    (re.compile(r"\b(?:below|less\s+than|under|fewer\s+than|lower\s+than)\s*$", re.I), "<"),
    (re.compile(r"\|\s*(?:>=|≥)\s?$"), ">="),  # "| >5,000 |": a table's cell of a goal
    (re.compile(r"\|\s*>\s?$"), ">"),
    (re.compile(r"\|\s*(?:<=|≤)\s?$"), "<="),
    (re.compile(r"\|\s*<\s?$"), "<"),
    (
        re.compile(r"(?:\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to)|~)\s*$", re.I),
        "~",
    ),
)
# "more than half of GDP": a hedge that the words of the quantity hold themselves
LEADING_HEDGE = re.compile(r"(?:about|around|nearly|almost|roughly|over|more\s+than)\s+", re.IGNORECASE)
# "between US$54 billion and US$55 billion", "US$280bn-300bn", "$2.05 bln-2.15 bln": the two ends of a range
RANGE_LOW = re.compile(r"\bbetween\s*$", re.IGNORECASE)
# The currency a range's second end may repeat: "RM70 billion-RM75 billion", "US$280bn-US$300bn", "Rs. 1.3
# billion to Rs. 1.5 billion".
RANGE_SIGN = r"(?:[A-Z]{0,3}\$|[A-Z]{3}\s|RM|Rs\.?\s?|Ps\.|R|[€£¥₹])"
RANGE_CURRENCY = rf"{RANGE_SIGN}?"
RANGE_HIGH = re.compile(
    r"\bbetween\s+\S+(?:\s+\S+){0,2}?\s+and\s*$|"
    rf"\d[\w$%]*(?:\s(?:bln|mln|trln|billion|million|trillion))?\s?[-–]\s?{RANGE_CURRENCY}$",
    re.I,
)
RANGE_DASH_AFTER = re.compile(rf"\s?[-–]\s?{RANGE_CURRENCY}\d")
# "$600 billion to $1 trillion by 2030": a range written with "to" (not "from $5 billion to $6 billion")
# (the sign an amount opens with: "US$", "CNY ", "Ps.", "€")
RANGE_TO_AFTER = re.compile(rf"\s+to\s+(?:about\s+|around\s+)?{RANGE_SIGN}?\d")
RANGE_TO_BEFORE = re.compile(
    rf"(?<![\w$.,]){RANGE_SIGN}?(?!(?:19|20)\d\d\s)\d[\d.,]*\s*(?:billion|million|trillion|bn|tn|mn|percent|%)?"
    r"\s+to\s+"
    r"(?:about\s+|around\s+)?(?:[A-Z]{0,3}\$|[A-Z]{3}\s?)?$",
    re.IGNORECASE,
)
# "from about 25,000", "up from an estimated 18%": a value a change or a goal starts from.
FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,2}?(?:[A-Z]{0,3}\$|[€£¥₹])?$", re.IGNORECASE)


# A goal's measure that is only a rate of growth, of nothing named.
BARE_GROWTH = re.compile(
    r"\s*(?:annual\s+|yearly\s+)?(?:growth|increase|expansion)(?:\s+rate)?\s*", re.IGNORECASE
)
# "ABComm, which projects R$234.9 billion for the full year": a forecast verb named in place of a measure.
VERB_ONLY = re.compile(
    r"(?:^|\s)(?:projects|expects|forecasts|estimates|predicts|sees)"
    r"(?:\s+an?\s+(?:more\s+)?(?:modest|conservative|cautious|optimistic|higher|lower|bigger|smaller))?$"
    r"|^\s*(?:could|will|may|might|should)\s*$",  # "and could more than double": a modal alone
    re.IGNORECASE,
)


def _comparator(sentence: str, q: Quantity, previous: Target | None) -> str:
    before = sentence[max(0, q.start - 40) : q.start]
    if RANGE_LOW.search(before) or RANGE_DASH_AFTER.match(sentence, q.end):
        return ">="
    if RANGE_TO_AFTER.match(sentence, q.end) and not FROM_BEFORE.search(before):
        return ">="
    if RANGE_HIGH.search(before):
        return "<="
    if (low := RANGE_TO_BEFORE.search(before)) and not FROM_BEFORE.search(before, 0, low.start()):
        return "<="
    if lead := LEADING_HEDGE.match(sentence, q.start):
        before += lead.group(0)
    for pattern, comparator in COMPARATORS:
        if pattern.search(before):
            return comparator
    if previous is not None and previous.unit == q.unit and re.search(r"\b(?:and|,)\s*$", before):
        # ("exceed 45 percent by 2029 and 50 percent by 2035"; not "exports of at least US$150 million and
        # 2,000 registered businesses", a goal of another measure)
        return previous.comparator
    return "="


def deadline_of(
    q: Quantity, exprs: list[TimeExpression], published: date | None, sentence: str
) -> TimeExpression | None:
    """The year a goal or forecast is for: "50 percent by 2035", "this year to 2.4%".

    A deadline ("by 2030") before the number holds for the whole sentence; a year that is
    not marked as one ("in 2030", "this year") counts only in the number's own clause, when
    a goal or forecast word stands before the number there; "a 2030 target of" belongs
    to the number after it.
    """
    if (
        SUBJECT_OF_CUE.match(sentence[q.end :])
        or HAS_DONE.match(sentence, q.end)
        or DONE_BEFORE.search(sentence, max(0, q.start - 50), q.start)
        # "Order intake reached €701 million, which gives us a backlog as we enter the new fiscal year"
        or (
            REACHED_BEFORE.search(sentence, max(0, q.start - 30), q.start)
            and not TARGET_CUE.search(sentence, 0, q.start)
        )
    ):
        return None  # "three out of four expect": respondents; "71 members have endorsed": a fact
    low, high = clause_bounds(sentence, q.start)
    # "IT exports in 2025 (ministry projection): US$1.5 billion": a label's time and cue are its value's
    low = label_start(sentence, low, q.start)
    head = sentence.rfind("\n", 0, low) + 1
    if low - head <= CUE_LABEL_LENGTH and sentence[head:low].rstrip().endswith(":"):
        # "My base case: ICT-enabled exports clear $760bn in 2025": a label saying a forecast follows
        low = head if TARGET_CUE.search(sentence, head, low) else low
    if NOW_AFTER.match(sentence, q.end) or (
        (now := NOW_BEFORE.search(sentence, low, q.start))
        and not TARGET_CUE.search(sentence, now.end(), q.start)
        and not NOW_THEN_TO.fullmatch(sentence, now.end(), q.start)  # "from 9.7% currently to 19.4% by 2031"
    ):
        return None  # "up from 32 percent now", "women currently hold fewer than one in five": today's value
    # "the 70% target set for 2025": a value the noun "target" or "goal" follows is a goal itself
    # (searched to the end: "projects R$234.9 billion" needs what follows "projects" to read it as a verb)
    cue = TARGET_CUE.search(sentence, low)
    time_from = low  # where a time of the goal's own clause may stand
    if (
        not (cue and cue.start() < q.start)
        and AND_BEFORE.search(sentence, max(0, low - 6), low)
        and (modal := TARGET_CUE.search(sentence, 0, low))
    ):
        # "We will keep ..., and raise the share to 8.5 percent this year": the verbs share "will"
        # ("expects parcels to exceed 450 million for the full year 2025, and throughput to grow by more
        # than 15%": and the time the first clause gives, after the verb they share)
        cue, time_from = modal, modal.end()
    cued = bool((cue and cue.start() < q.start) or GOAL_NOUN_AFTER.match(sentence[q.end :]))
    # "0.9% projected in August": the month the forecast was made, not the value's period
    dated = [e for e in exprs if not MADE_WHEN.search(sentence, max(0, e.start - 16), e.start)]
    after = [
        e
        for e in dated
        if q.end <= e.start < high
        and not e.base
        and (e.deadline or (cued and _future(e, published)))
        and not GOAL_NOUN_AFTER.match(sentence[e.end :])
    ]
    if (
        after
        and TARGET_CUE.search(sentence, q.end, after[0].start)
        and re.search(r"\d", sentence[q.end : after[0].start])
        and any(e.end <= q.start and (e.deadline or _future(e, published)) for e in dated)
    ):
        # "raised its 2025 guidance to US$1.55 billion and said it expects US$2 billion in 2026": the later
        # year is the second forecast's, when a year before the value can be its own
        after = []
    if after:
        gap = sentence[q.end : after[0].start]
        if GOAL_VALUE_AHEAD.search(gap) or any(
            q.end <= e.start < after[0].start and not _future(e, published) and not e.base for e in dated
        ):
            # "10 million in 2024, well short of the target of 20 million by 2030", "85 percent of the
            # target of 30 million by the end of 2024": the deadline is the later value's, this one is a fact
            # ("more than doubled from the 2025 level by 2030" names a base, no period of its own)
            return None
        return after[0]
    if (
        cued
        and not any(e.deadline and e.end <= q.start for e in dated)
        and (
            shared := next(
                (
                    e
                    for e in dated
                    if e.deadline
                    and e.start > q.end
                    and (
                        SHARED_DEADLINE.fullmatch(sentence, q.end, e.start)
                        or (
                            SECOND_GOAL_DEADLINE.fullmatch(sentence, q.end, e.start)
                            and not any(q.end <= o.start < e.start for o in dated)
                        )
                    )
                ),
                None,
            )
        )
    ):
        # "targets an average cost of no more than 1% for retail payments, and of no more than 3% for
        # remittances, by 2027": two goals coordinated before the deadline they share
        return shared
    if any(
        q.end <= e.start < high
        and (e.start < q.end + 20 or DONE_PARTICIPLE.fullmatch(sentence, q.end, e.start))
        and not _future(e, published)
        and not re.search(r"\d", sentence[q.end : e.start])  # "~US$171bn, vs US$149bn in 2024": the other's
        for e in dated
    ):
        # "57.7 percent in 2023", "GH¢265 million collected on low-value consignments in 2024": its own period
        # is over, so it is a fact
        return None
    if PAST_POSSESSIVE.search(sentence, max(0, q.start - 20), q.start):
        return None  # "growing more than 20 percent from last year's US$475.07 billion": a fact, the base
    if MADE_AFTER.match(sentence, q.end):
        # "raised its forecast for this year to 2.4%, up from 0.9% projected in August": the earlier forecast
        made = [e for e in dated if e.end <= q.start and _future(e, published)]
        if made:
            return made[-1]
    if (
        (semicolon := sentence.rfind(";", 0, q.start)) >= 0
        and not TARGET_CUE.search(sentence, semicolon, high)
        and any(semicolon < e.start < high and not e.base and not _future(e, published) for e in dated)
    ):
        # "aims for 75% of enterprises to use cloud computing by 2030; only 45.2% of enterprises bought cloud
        # services in 2023": a clause of its own, on a time that is over, states a fact
        return None
    before = [
        e
        for e in exprs
        if e.end <= q.start
        and not _own_cell(sentence, e.end, q.start)
        and (
            e.deadline  # "By 2030, X will exceed 4 trillion yuan, and Y will reach ...": the whole sentence
            or (
                _future(e, published)
                and time_from <= e.start
                and (
                    LEADS_TO_VALUE.match(sentence[e.end : q.start])
                    or (cued and not GOAL_NOUN_AFTER.match(sentence[e.end :]))
                )
            )
            # "guidance for FY26: we expect TPV of A$22 billion": a period a colon opens the clause with
            or (_future(e, published) and cued and COLON_OPENS.fullmatch(sentence, e.end, low) is not None)
        )
    ]
    if before:
        return before[-1]
    goal = STANDING_GOAL.search(sentence[max(0, q.start - 40) : q.start])
    if goal and published:  # "a GDP growth target of around 5 percent": this year's goal
        return TimeExpression(q.start, q.start, str(published.year), deadline=True)
    return None


# "| Price (11 Nov close): ": a cell of a line of labelled values, which holds its own value
LABELLED_CELL = re.compile(r"\|[^|:\n]{1,40}:\s*")


def _own_cell(sentence: str, start: int, end: int) -> bool:
    """Whether a labelled cell of its own stands between a time and a value: "12-month target price: ¥3,450 |
    Price (11 Nov close): ¥2,812" dates the target price, not the price."""
    bar = sentence.rfind("|", start, end)
    return bar >= 0 and LABELLED_CELL.fullmatch(sentence, bar, end) is not None


# "The targets set for 2025 by the master plan are:", "Goals by 2030:": a caption over a list of goals.
GOAL_CAPTION = re.compile(
    r"\b(?:targets?|goals?|objectives?|aims|projections?|forecasts?|outlook)\b[^:]*?\b((?:19|20)\d\d)\b[^:]*:\s*$",
    re.IGNORECASE,
)


GOAL_CAPTION_RELATIVE = re.compile(
    r"\b(?:targets?|goals?|objectives?)\b[^:]*?\b(this|next)\s+year\b[^:]*:\s*$", re.IGNORECASE
)
# "strives to", "endeavours to", "intends to": a commitment's own verbs, in captions over its list of goals.
COMMITS_TO = r"(?:strives?|endeavou?rs?|intends?|commits?|pledges?)\s+to"
# "Under the strategy, the government will, during 2025-30:": a caption over what is to be done by the end
# of a plan's years.
GOAL_CAPTION_FUTURE = re.compile(
    # ("For the year ending 30 June 2026, the company expects:": what it expects by then)
    # ("The Board proposes, with effect from 1 July 2026, to:": what it proposes to do by then)
    r"\b(?:will|shall|plans?\s+to|aims?\s+to|is\s+to|are\s+to|seeks?\s+to|expects?|projects?|forecasts?|"
    rf"anticipates?|sees|proposes?|{COMMITS_TO})\b[^:]*?\b(?:19|20)\d\d"
    r"(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b[^:]*:\s*$",
    re.IGNORECASE,
)


# "For the year ending 30 June 2026, the company expects:": the year first, then who expects what by then.
GOAL_CAPTION_AHEAD = re.compile(
    r"\b((?:19|20)\d\d)\b[^:]{0,60}?\b(?:expects?|projects?|forecasts?|anticipates?|sees|will|aims?\s+to|"
    rf"plans?\s+to|{COMMITS_TO})\b[^:]{{0,30}}:\s*$",
    re.IGNORECASE,
)


# ", according to industry body Nasscom, which expects their number to reach 2,400 by 2030": a goal or
# forecast in a relative clause, about what the sentence said before it.
RELATIVE_GOAL_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:now\s+|also\s+)?(?=\w)" + TARGET_CUE.pattern)


# "rose 19 per cent last year to US$39.2bn and could more than double by the end of the decade": a value a
# past verb reached, before "and" and the verb of what may come.
PAST_THEN_MODAL = re.compile(
    r"\b(?:rose|grew|fell|reached|climbed|jumped|increased|totall?ed|amounted\s+to|stood\s+at)\b[^,;]{0,60}$"
)
MODAL_AFTER = re.compile(
    r"\s+and\s+(?:could|will|may|might|should|(?:is|are)\s+(?:expected|projected|forecast)\s+to)\b"
)


def reached_before_modal(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` is what a past verb reached, with what may come told after it: a fact, whatever the
    sentence's deadline ("rose 19 per cent last year to US$39.2bn and could more than double by 2030")."""
    return MODAL_AFTER.match(sentence, q.end) is not None and bool(
        PAST_THEN_MODAL.search(sentence, max(0, q.start - 80), q.start)
    )


def before_relative_goal(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` comes before a relative clause that sets a goal or forecast and holds every deadline of
    the sentence: "India now hosts more than 1,800 GCCs ..., which expects their number to reach 2,400 by
    2030" (1,800 is a fact, however the clause after it looks ahead)."""
    if "which" not in sentence and "who" not in sentence:
        return False
    clause = RELATIVE_GOAL_CLAUSE.search(sentence, q.end)
    return clause is not None and not GOAL_WORD_BEFORE.search(sentence, 0, q.start)


# A goal word before a value ("aims to reach 5,000 firms, which ..."): the value is the goal's.
GOAL_WORD_BEFORE = re.compile(
    r"\b(?:aims?|targets?|goals?|plans?|seeks?|expects?|projects?|forecasts?|wants?|envisages?|will|should|to)\b"
    r"[^,;]*$",
    re.IGNORECASE,
)


# "2. Targets for FY2030-31", "4. Targets (by end-2029)": a heading over a list of goals, with no colon;
# "Guidance for fiscal year 2026 (July 2025 - June 2026)": over a company's forecasts.
GOAL_HEADING = re.compile(
    r"^\s*(?:\d{1,2}\.\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|goals?|objectives?|guidance|outlook)\b[^.:\n]{0,40}?"
    r"(?<![\w-])(?:FY\s?|end-)?((?:19|20)\d\d)(?:\s*[-–/]\s*(\d\d))?\b[^.:\n]{0,30}$",
    re.IGNORECASE,
)


def goal_caption(line: str, published: date | None) -> str | None:
    """The year a caption over a list of goals sets them for, when it is still to come."""
    if (heading := GOAL_HEADING.match(line)) and len(line) <= 80:
        split = heading.group(2)  # "FY2030-31": the year it ends in
        year = f"{heading.group(1)[:2]}{split}" if split else heading.group(1)
        return year if published is None or int(year) >= published.year else None
    if not line.rstrip().endswith(":"):
        return None
    if caption := GOAL_CAPTION.search(line):
        year = caption.group(1)
    elif ahead := GOAL_CAPTION_AHEAD.search(line):
        year = ahead.group(1)
    elif future := GOAL_CAPTION_FUTURE.search(line):
        end = future.group(1) or YEAR_IN.findall(line)[0]
        year = end if len(end) == 4 else f"20{end}"
    elif published and (relative := GOAL_CAPTION_RELATIVE.search(line)):
        # "The main targets we have set for economic and social development this year are:"
        year = str(published.year + (relative.group(1).lower() == "next"))
    else:
        return None
    return year if published is None or int(year) >= published.year else None


YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


RANGE_JOIN = re.compile(r"\s*(?:to|[-–])\s*")


def carried_deadline(
    q: Quantity,
    exprs: list[TimeExpression],
    sentence: Sentence,
    text: str,
    previous_target: Target | None,
    state: State,
) -> TimeExpression | None:
    """The deadline of a goal that names none, from the goal just before it.

    "... a GDP growth target of around 5 percent and a deficit-to-GDP ratio of about 4 percent": the
    second value joins the first goal in its sentence. "By 2030, X will reach 4 trillion yuan. No fewer
    than 100 firms will be cultivated": a sentence without a period of its own, with a goal or forecast
    word in the value's clause, goes on with the goal that ended the sentence before, in its paragraph.
    """
    body = sentence.text
    if previous_target is not None and GOAL_CHANGE.fullmatch(
        body, previous_target.span[1] - sentence.start, q.start
    ):
        return _year_of(previous_target)  # "$299 bln in 2025, up 14 pct from last year": the goal's growth
    if previous_target is not None and RANGE_JOIN.fullmatch(
        body, previous_target.span[1] - sentence.start, q.start
    ):
        return _year_of(previous_target)  # "an operating margin of 20% to 22%": the range's high end
    low, high = clause_bounds(body, q.start)
    if any(q.end <= e.start < high for e in exprs):
        return None
    if previous_target is not None and (
        COORDINATE_VALUE.fullmatch(body, previous_target.span[1] - sentence.start, q.start)
        # "is projected to generate $40 billion in revenues, a 5% increase, and employ around 1.9 million"
        or GOAL_GOES_ON.fullmatch(body, previous_target.span[1] - sentence.start, q.start)
    ):
        return _year_of(previous_target)
    if (
        previous_target is not None
        and previous_target.span[1] - sentence.start <= low
        and not any(low <= e.start < high for e in exprs)
        and TARGET_CUE.search(body, low, q.start)
    ):
        # "X is forecast to reach $100bn this year, while profit is set to climb by about a quarter": a
        # forecast in a clause of its own, with no period, shares the year of the one before it
        return _year_of(previous_target)
    if state.targets and SAME_PERIOD.match(body, q.end):
        return _year_of(previous_target or state.targets[-1])  # "... and 50,000 firms over the same period"
    # ("the planned removal of the €150 customs duty exemption would raise costs": a rule's bar, no goal)
    if exprs or not state.targets or not TARGET_CUE.search(body, low, high) or RULE_AFTER.match(body, q.end):
        return None
    last = state.targets[-1]
    if last is previous_target:
        return _year_of(last)  # "... will be fostered, and data centres will use about 30 percent"
    if "\n\n" in text[last.span[1] : sentence.start] or not _sentence_before(text, sentence.start, last):
        return None
    return _year_of(last)


# "... $40 billion in revenues, a 5% increase, and employ around": a second verb, in the present, of the
# subject of the goal before.
GOAL_GOES_ON = re.compile(
    r"[^,;.\d]{0,20}?,?\s+and\s+(?:to\s+|will\s+)?(?!(?:rose|grew|fell|was|were|had)\b)[a-z]+(?<!ed)\s+"
    r"(?:about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+|roughly\s+|some\s+)?"
)
# "$40 billion in revenues, a 5% increase": a change appended to an amount, as a noun after it.
APPENDED_BEFORE = re.compile(r"[^,;.]{0,25},\s+(?:an?\s+)?")
CHANGE_NOUN_AFTER = re.compile(r"\s*(?:increase|rise|gain|growth|jump|decline|drop|fall)\b", re.IGNORECASE)
# "last year's US$475.07 billion", "2024's $3.1 billion": an amount of a time already past.
PAST_POSSESSIVE = re.compile(
    r"\b(?:last\s+year|(?:19|20)\d\d)['’]s\s+(?:[A-Z]{0,3}\$|[€£¥₹])?$", re.IGNORECASE
)
# "is expected to generate GMV of $299 bln in 2025, up 14 pct from last year": the change the goal implies.
GOAL_CHANGE = re.compile(
    r"[^,;.]{0,25},\s+(?:(?:up|down|rising|falling|growing)\s+(?:by\s+)?|"
    # "will reach A$98 billion by 2030, a compound annual growth rate of 7.0% from 2025": the rate it implies
    # ("to reach US$90 billion by 2030, growing at a compound annual rate of about 13%")
    r"(?:(?:growing|rising)\s+at\s+)?(?:an?\s+)?(?:(?:compound|average)\s+)?(?:annual\s+)?(?:growth\s+)?rate\s+of\s+)"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?",
    re.IGNORECASE,
)
# "to at least 50,000 over the same period", "in the same timeframe": the deadline of the goal before.
SAME_PERIOD = re.compile(
    # ("puts them at USD 2.9 billion in the same year")
    r"(?:\s+[a-z]+){0,3}?\s+(?:over|in|within|during|by(?:\s+the\s+end\s+of)?)\s+the\s+same\s+"
    r"(?:period|timeframe|time\s*frame|year)\b",
    re.IGNORECASE,
)


def _sentence_before(text: str, start: int, last: Target) -> bool:
    """Whether ``last`` stands in the sentence right before ``start``."""
    at = text.rfind(last.sentence, 0, start)
    return 0 <= at <= last.span[0] and not text[at + len(last.sentence) : start].strip()


def _year_of(target: Target) -> TimeExpression:
    return TimeExpression(0, 0, str(target.year), deadline=True)


# ", and e-commerce adjusted EBITDA of about", " and a deficit-to-GDP ratio of about": a second measure,
# with no verb of its own, after a goal (", towards the upper end of previous guidance, and an adjusted
# EBITDA margin of around": after an aside on the first).
COORDINATE_VALUE = re.compile(
    r"(?:,\s+[^,;.\d]{1,60}?)?,?\s+and\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?!(?:was|were|is|are|stood|rose|grew|fell|reached|totall?ed|"
    r"came|amounted|increased|declined|dropped|jumped|climbed|hit)\b)[\w'’-]+\s+){1,6}?(?:of|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|at\s+least\s+|more\s+than\s+|~\s*)?"
)


# ", and digitally delivered services should account for more than half of services trade by ": a second
# goal with its own subject and modal, whose deadline ends the sentence both share.
SECOND_GOAL_DEADLINE = re.compile(
    r"[^.;\d]{0,40}?,\s+and\s+[^.;\d]{1,80}?\b(?:should|will|shall|must|is\s+to|are\s+to)\b[^.;\d]{0,80}?"
    r"(?:\b(?:by|before)\s+(?:the\s+end\s+of\s+)?|\s)",
    re.IGNORECASE,
)
# ", and of no more than 3% for remittances, by ": a second goal, the last before the deadline both share.
SHARED_DEADLINE = re.compile(
    r"[^.;\d]{0,60}?,?\s+and\s+(?:of\s+|to\s+|at\s+)?(?:(?:no\s+more|less|more|fewer)\s+than\s+|"
    r"at\s+(?:least|most)\s+|about\s+|around\s+|below\s+|above\s+|over\s+|under\s+)?(?:[A-Z]{0,3}\$|[€£¥₹])?"
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent)?[^.;\d]{0,60}?,?\s*(?:(?:by|before)\s+(?:the\s+end\s+of\s+)?)?",
    re.IGNORECASE,
)


# "32 percent now", "40 countries at present": a value as it stands, not as it is meant to be.
NOW_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:now|at\s+present|currently|today)\b" + NOW_ENDS)
NOW_BEFORE = re.compile(r"\b(?:currently|at\s+present)\b", re.IGNORECASE)
NOW_THEN_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+)?(?:[A-Z]{0,3}\$|[€£¥₹$])?")


# "forecast for trade volumes this year to 2.4%": the period runs straight into the value.
LEADS_TO_VALUE = re.compile(
    r"^\s*(?:(?:target|goal)\s+)?(?:to|at|of)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# "... 71 WTO members have endorsed", "25.5 million MSMEs had joined": what has happened is a fact.
# (not a second verb of the goal's subject: "aims to lift e-exports to $10bn by 2028 and has simplified ...")
HAS_DONE = re.compile(
    r"\s+(?:(?!and\b)[\w-]+\s+){0,4}?(?:have|has|had)\s+(?:already\s+|now\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un)\b"
)
# "has so far opened 9 depots", "have signed 41 agreements": a number a present perfect verb takes is done.
DONE_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+|now\s+)?[a-z]+(?:ed|en|wn|un)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
CUE_LABEL_LENGTH = 40
# "collected on low-value consignments", "recorded by the customs office": what was done with a value, before
# the time it was done in
DONE_PARTICIPLE = re.compile(
    r"\s+(?:collected|recorded)\b[^\d,;:]{0,50}",
    re.IGNORECASE,
)
AND_BEFORE = re.compile(r",?\s*and\s*$")
# A past tense that states a value reached: a fact, whatever the clauses after it look ahead to.
REACHED_BEFORE = re.compile(
    rf"\b(?:reached|totall?ed|stood\s+at|came\s+to|amounted\s+to)\s+(?:{HEDGE_WORDS})?$",
    re.IGNORECASE,
)
# "well short of the target of 20 million", "against a goal of at least 80%": a goal's own value follows.
GOAL_VALUE_AHEAD = re.compile(
    r"\b(?:target|goal)s?\s+(?:of|is|was|at)\s+(?:[a-z]+\s+){0,3}?(?:[A-Z]{0,3}[$€£¥₹])?\d", re.IGNORECASE
)
MADE_WHEN = re.compile(
    r"\b(?:projected|forecast|predicted|estimated|expected)\s+(?:(?:in|on|at)\s+(?:the\s+)?)?$"
)
MADE_AFTER = re.compile(r"\s+(?:projected|forecast|predicted|estimated)\s+(?:in|on|at|earlier|previously)\b")
GOAL_NOUN_AFTER = re.compile(
    # ("US$3 billion. The annual IT export goal the Ministry has set for 2030": a "by the numbers" item
    # whose caption calls it a goal)
    r"^\s+(?:target|goal)s?\b|^\.\s+(?:the\s+)?(?:annual\s+)?(?P<measure>(?:[\w-]+\s+){0,3}?)(?:target|goal)s?\b",
    re.IGNORECASE,
)
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


COLON_OPENS = re.compile(r"\s*:\s*")
# What a goal's metric is when the words before its value name no measure: a hedge, "now", a conjunction.
NO_MEASURE = re.compile(r"(?:between|now|and|about|around|then|unknown)", re.IGNORECASE)


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
        # "the sector's contribution to GDP": the sector the text is about, as it first named it
        sharer = state.lead_topic if share[0] in ("sector", "industry") and state.lead_topic else share[0]
        metric = f"share of {sharer} in {share[1]}"
        key = metric_key(catalog, sharer, geo, share_of=share[1])
    else:
        # ("a projection puts the deficit at about 8 trillion yen in 2030": what it puts at the amount, unless
        # that points back, "puts the sector's value at": what the sector is is read below)
        put = put_at(body, q, state)
        goal = _goal_object(body, q.start) or (put if put and not POINTED_OWNER.match(put) else None)
        if (captioned := GOAL_NOUN_AFTER.match(body[q.end :])) and captioned.group("measure"):
            goal = captioned.group("measure").strip()  # "US$3 billion. The annual IT export goal": IT export
        # (a forecast in a table's cell measures what its row and caption name, as a figure there would)
        cell = metric_of(q, sentence, body, state, catalog, previous) if "|" in body else None
        # "Operating margin: 10% or higher" under "Targets for fiscal 2027:": the line's label names the goal
        label = row_label(body, q.start) if ":" in body and not cell else None
        metric = (
            cell
            or (label if label and not PERIOD_LABEL.fullmatch(label) else None)
            or goal
            or (
                _things_named(body, q) or row_label(body, q.start) or "things"  # "- Cloud engineers: 30,000"
                if q.unit == "count" and not _in_unit(q)  # not "40 million TEU"
                else _unit_counts(body, q)
                or _forecast_subject(body, q.start)
                or (q.counted if _in_unit(q) else None)  # "The authority aims to handle 10 million TEU"
                or metric_of(q, sentence, body, state, catalog, previous, by_subject=False)
            )
        )
        key = metric_key(catalog, metric, geo)
        if _in_unit(q) and (unit := q.counted or "") not in metric:
            # "expects container throughput to reach 2.2 million TEUs": the throughput, in its unit (one
            # series whether the unit is named or not)
            metric = f"{metric} in {unit}"
        if (
            goal
            and q.unit == "percent"
            and not SHARE_ALONE.fullmatch(goal)
            and (whole := whole_after(body, q.end))
        ):
            # "lifting e-commerce to 10 per cent of retail trade": the share of what the goal moves
            metric, key = f"share of {goal} in {whole}", metric_key(catalog, goal, geo, share_of=whole)
    if q.unit == "percent" and (group := GROUP_TO_DO.match(body, q.end)):
        # "wants 75 percent of EU enterprises to use cloud computing, AI or big data by 2030": a share of the
        # group that does it
        deed = (
            f"that {group.group('deed')}"
            if group.group("deed")
            else group.group("state") or group.group("doing")
        )
        metric = f"share of {group.group('group')} {deed}"
        key = metric_key(catalog, metric, geo)
    elif (
        q.unit == "percent"
        and not metric.startswith("share of ")  # named as a share already ("wants e-commerce to account for")
        and ACCOUNT_FOR.search(body, max(0, q.start - 40), q.start)
    ):
        part = _share_part(metric)
        whole = whole_after(body, q.end)
        if part and whole:  # "X could account for 60 percent of global services exports by 2030"
            metric, key = f"share of {part} in {whole}", metric_key(catalog, part, geo, share_of=whole)
    elif CURRENCY_UNIT.match(q.unit or "") and (spent := _spending(body, q)):
        metric, key = spent, metric_key(catalog, spent, geo)  # "plans to spend A$210 million on new depots"
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
    elif metric == "things" and (forecast_for := _forecast_subject(body, q.start)):
        # "expects ... the Armenian headline index to pass 250": what a bare number is forecast for
        metric, key = forecast_for, metric_key(catalog, forecast_for, geo)
    if (
        previous_target is not None
        and previous_target.sentence == body
        and COORDINATED_VERB.fullmatch(body, previous_target.span[1] - sentence.start, q.start)
    ):
        # "exports will grow about 7% a year and exceed $6 trillion by 2030": the same subject's goal
        metric, key = previous_target.metric, previous_target.metric_key
    elif (
        previous_target is not None
        and previous_target.sentence == body
        and q.unit == "percent"
        and (
            GOAL_CHANGE.fullmatch(body, previous_target.span[1] - sentence.start, q.start)
            or (
                APPENDED_BEFORE.fullmatch(body, previous_target.span[1] - sentence.start, q.start)
                and CHANGE_NOUN_AFTER.match(body, q.end)
            )
        )
    ):
        # "to generate $40 billion in revenues, a 5% increase": the growth of what the goal's amount measures
        metric, key = previous_target.metric, previous_target.metric_key
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
        metric = measure.group("measure") or measure.group(
            "listed"
        )  # "a GDP growth target of around 5 percent"
        key = metric_key(catalog, metric, geo)
    elif (fact := _measured_before(body, q, state)) is not None:
        metric, key = fact.metric, fact.metric_key
    elif (POINTER_ONLY.fullmatch(metric.strip()) or VERB_ONLY.search(metric)) and (
        pointed := pointed_figure(state, body, previous, share=q.unit == "percent")
    ):
        # "expects that number to pass 3,000", "aims to cut that cost below 3%": what was just measured
        metric, key = pointed.metric, pointed.metric_key
    if q.form == "words" and q.unit == "times" and (multiplied := MULTIPLIED.match(body, q.end)):
        metric = multiplied.group("object")  # "aims to triple the number of AI practitioners"
        key = metric_key(catalog, metric, geo)
    elif q.form == "words" and q.unit == "times" and (subject := MULTIPLIED_SUBJECT.search(body, 0, q.start)):
        metric = subject.group(
            "subject"
        )  # "wants the number of data centres in the country to double by 2030"
        key = metric_key(catalog, metric, geo)
    elif (
        previous_target is None
        and state.targets
        and state.targets[-1].sentence == previous
        and PRONOUN_GOES_ON.search(body, clause_start(body, q.start), q.start)
    ):
        # "... to exceed $6 trillion by 2030. If AI adoption accelerates, it could exceed $7 trillion."
        metric, key = state.targets[-1].metric, state.targets[-1].metric_key
    if previous_target is not None and previous_target.sentence == body and NO_MEASURE.fullmatch(metric):
        # "regional GMV of US$330bn in 2025 and between US$600bn and US$700bn by 2030": the same measure
        metric, key = previous_target.metric, previous_target.metric_key
    if (
        BARE_GROWTH.fullmatch(metric)
        and q.unit == "percent"
        and state.targets
        and state.targets[-1].sentence in (body, previous)
        and state.targets[-1].unit != "percent"
    ):
        # "we expect online goods sales of around €81 billion. For 2026 we forecast growth of 3 to 4%": the
        # growth of the measure forecast just before
        metric = f"{state.targets[-1].metric} growth"
        key = metric_key(catalog, metric, geo)
    if previous_target is not None and RANGE_HIGH.search(body, max(0, q.start - 40), q.start):
        # "to between $200 billion and $300 billion": the top of a range is of what its bottom is
        metric, key = previous_target.metric, previous_target.metric_key
    if (
        q.unit == "percent"
        and GOAL_OF_BEFORE.search(body, max(0, q.start - 30), q.start)
        and (after := SHARE_NOUN_AFTER.match(body, q.end))
    ):
        metric = after.group("np")  # "a new goal of 80% non-cash payments by 2030": the share of payments
        key = metric_key(catalog, metric, geo)
    shown, keyed = spelled_out(metric, state.abbreviations)
    if keyed != metric:
        metric, key = shown, metric_key(catalog, keyed, geo)
    stated, by_name = stated_issuer(body, q.end, sentence.start, state)
    line_start = body.rfind("\n", 0, q.start) + 1
    line_end = body.find("\n", q.end)
    kind = (
        _target_kind(
            body, q, (stated if by_name else None) or state.issuer, stated=stated if by_name else None
        )
        # (a cell of a table; not a line under "14:05 | Barbados sets a goal" in a live blog)
        if "|" not in body[line_start : line_end if line_end >= 0 else len(body)]
        # a table's cell: a forecast, unless its caption calls its numbers goals, or its column's heading does
        # ("Indicator | Baseline (2023) | Target (2029)")
        else "target"
        if state.table
        and (
            TABLE_OF_GOALS.search(state.table[2])
            or any(ATTRIBUTE_HEADING.fullmatch(heading) for heading in state.table[1])
            or (
                (column := body.count("|", line_start, q.start)) < len(state.table[1])
                and TABLE_OF_GOALS.search(state.table[1][column])
            )
        )
        else "forecast"
    )
    if (
        state.goal_list
        and 0 <= sentence.paragraph - state.goal_list[0] <= 1
        and (deadline.end, deadline.period) == (0, state.goal_list[1])  # dated by the caption
        and not has_target_cue(body)
    ):
        # "2. raising the number of exporting digital SMEs to 8,600;" under "... sets three objectives ...:"
        kind = state.goal_list[2]
    if TARGET_PRICE.search(body, max(0, q.start - 40), q.start):
        # "12-month target price: €14.20": an analyst's forecast of the share's price
        metric, key, kind = "target price", metric_key(catalog, "target price", geo), "forecast"
    issuer = stated or (
        # ("management expects GMV of ..." in a company's own report: the company's, not a programme it named)
        state.corporate_name
        if state.corporate and state.corporate_name and COMPANY_SUBJECT.search(body, 0, q.start)
        else issuer_by_default(sentence.start, kind, state)
    )
    if state.corporate_name and (issuer is None or COMPANY_VOICE.fullmatch(issuer)):
        issuer = (
            state.corporate_name
        )  # "Management now targets", "we expect" in a company's report: the company
    if issuer and STAFF.fullmatch(issuer) and (whose := STAFF_OF.search(state.text)):
        issuer = whose.group(1) or whose.group(2)  # "Staff project growth of 2.7 percent" by "IMF staff"
    elif issuer and UNNAMED_EXPERTS.fullmatch(issuer):
        issuer = None  # "Local researchers expect ... to grow by 4-6%": no one named
    start = sentence.start + q.start
    falls = q.unit in ("percent", "percentage_point") and bool(
        FALL_BY.search(body, max(0, q.start - 40), q.start)
        # "cut the cost of clearing a parcel by 40 percent": what a goal lowers by that much falls
        or ((lowered := MOVED_BY.search(body, max(0, q.start - 90), q.start)) and lowered.group("down"))
    )
    comparator = _comparator(body, q, previous_target)
    if falls and comparator in RANGE_FLIPPED:
        comparator = RANGE_FLIPPED[comparator]  # "to fall 10%-15%": -15 at the least, -10 at the most
    metric = without_list_mark(metric)  # "- B2C e-commerce revenue reaching": no bullet
    # ("Beyond next year, our goal is to reach NZ$500 million in ARR": an opening phrase is no part of it)
    metric = OPENING_PHRASE.sub("", metric) or metric
    if GOAL_NAMED_ONLY.match(metric):
        # "Our target for this year is $1 billion in IT exports": the goal is named, not what it measures
        measure = AMOUNT_OF_MEASURE.match(body, q.end)
        last = state.figures[-1].metric if state.figures else None
        named = measure.group("measure") if measure else state.lead_topic or last
        if named:
            metric, key = named, metric_key(catalog, named, geo)
    elif BARE_GROWTH.fullmatch(metric) and (output := _output_measured(state, sentence.start)):
        # "Real GDP grew by 4.7 percent in 2024. Growth is projected to ease to 3.1 percent": of real GDP
        metric = f"{output} growth"
        key = metric_key(catalog, metric, geo)
    elif BARE_GROWTH.fullmatch(metric) and q.unit == "percent" and (amount := _amount_measured(state)):
        # "Exports of digitally deliverable services reached USD 4.6 billion in 2024 ... We forecast growth of
        # 9-11% in 2025": the growth of the last amount the text measured
        metric = f"{amount} growth"
        key = metric_key(catalog, metric, geo)
    elif INFINITIVE_ONLY.match(metric) and previous_target is not None and previous_target.sentence == body:
        # "projected to ease to 3.1 percent in 2025 and to be in a range of 3-3.5 percent in 2026": the same
        metric, key = previous_target.metric, previous_target.metric_key
    return Target(
        value=-q.value if falls else q.value, unit=q.unit, comparator=comparator,
        year=_deadline_year(deadline, body), geo=geo, metric=metric, metric_key=key,
        issuer=issuer, kind=kind, sentence=body, span=(start, start + q.end - q.start),
        quote=body[q.start : q.end], catalogued=bool(catalog.find(metric)),
    )  # fmt: skip


# "by fiscal 2030", "in FY26": a fiscal year named by one year, the year a goal for it is dated by.
NAMED_FISCAL = re.compile(
    r"\b(?:fiscal(?:\s+year)?|FY)\s*'?(?P<year>(?:19|20)?\d\d)\b(?![-/–]\d)", re.IGNORECASE
)


def _deadline_year(deadline: TimeExpression, sentence: str) -> int:
    """The year a goal is due: the last year of its deadline, or the year a fiscal year is named by ("by
    fiscal 2030" is 2030, though the year runs to March 2031)."""
    if "/" in deadline.period and (named := NAMED_FISCAL.search(sentence, deadline.start, deadline.end)):
        year = named.group("year")
        return int(year) if len(year) == 4 else 2000 + int(year)
    return int(deadline.period.split("/")[-1][:4])


OPENING_PHRASE = re.compile(r"^(?:Beyond|After|Over|For|By|In|From|Within|Looking)\s+[^,]{2,40},\s+(?=\S)")
# "Growth", "growth": a rate of growth of nothing named, in a text on an economy's output
BARE_GROWTH = re.compile(r"(?:the\s+)?(?:economic\s+)?growth", re.IGNORECASE)
# "to be in a range", "to remain at": a verb of being where the measure should be (the clause goes on from
# the one before; not "to build a digital economy", which names its own)
INFINITIVE_ONLY = re.compile(r"to\s+(?:be|remain|stay)\b(?:\s+[a-z]+){0,3}$")
# "Real GDP", "GDP": what a bare growth rate just after a figure of it is of
OUTPUT_MEASURE = re.compile(r"\b(?:real\s+)?GDP\b", re.IGNORECASE)


def _output_measured(state: State, start: int) -> str | None:
    """The GDP a figure just before measured, as it named it ("Real GDP")."""
    for figure in reversed(state.figures):
        if figure.span[0] < start - GROWTH_REACH:
            return None
        if found := OUTPUT_MEASURE.search(figure.metric):
            return found.group(0)
    return None


GROWTH_REACH = 400  # how far back a bare "growth" looks for the output it is of


def _amount_measured(state: State) -> str | None:
    """What the last amount of money the text gave measured."""
    return next((f.metric for f in reversed(state.figures) if CURRENCY_UNIT.match(f.unit or "")), None)


GOAL_NAMED_ONLY = re.compile(
    r"^(?:(?:our|its|their|the|this|a|an)\s+)?(?:[\w-]+\s+)?(?:target|goal|aim|ambition|forecast|projection|"
    r"guidance|outlook)s?\b"
    # "For this year our plan is US$1.8-2 billion": only when, and whose
    r"|^(?:for\s+)?(?:this|next|the\s+(?:current|coming))\s+(?:fiscal\s+)?year,?\s+(?:our|its|their)$",
    re.IGNORECASE,
)
# "expects volumes to fall about 20% this year": a forecast fall is a negative change.
FALL_BY = re.compile(
    r"\b(?:fall|falls|drop|drops|decline|declines|shrink|shrinks|contract|contracts|decrease|decreases|dip|dips|"
    # ("are projected to fall by a further 12%")
    r"slide|slides)\s+(?:by\s+)?(?:a\s+further\s+|another\s+)?(?:between\s+)?(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|some\s+|more\s+than\s+|"
    r"as\s+much\s+as\s+|~\s*)?"
    # (the top of a range: "fall 10%-15%", "fall by between 8% and 12%")
    r"(?:\d[\d.]*\s?%?\s?(?:[-–]\s?|(?:and|to)\s+))?$",
    re.IGNORECASE,
)
RANGE_FLIPPED = {">=": "<=", "<=": ">="}
# "brands with overseas sales exceeding 100 million yuan each": a bar each counted thing clears, not a
# goal or a figure of its own.
PER_ITEM_BAR = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,4}?(?:of|exceeding|above|over|topping|surpassing)\s+"
    r"(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+)?$",
    re.IGNORECASE,
)


# "half of the $2 trillion overall export target": how one goal relates to another it names.
SHARE_OF_GOAL = re.compile(
    r"\s+(?:of\s+)?the\s+(?:[A-Z]{0,3}[$€£¥₹]\s?)?\d[\d.,]*\s*(?:[a-z]+\s+){0,4}?(?:target|goal)\b",
    re.IGNORECASE,
)


def no_value_of_its_own(sentence: str, q: Quantity) -> bool:
    """A number in a goal sentence that is neither a goal nor a figure: a bar each counted thing clears
    ("cultivate 50 brands with annual overseas sales of more than 1 billion yuan each"), or the share one
    goal is of another ("$1 trillion by 2030, half of the $2 trillion overall export target").
    """
    if q.unit == "percent" and SHARE_OF_GOAL.match(sentence, q.end):
        return True
    return bool(re.match(r"\s+(?:each|apiece)\b", sentence[q.end :])) and bool(
        PER_ITEM_BAR.search(sentence, max(0, q.start - 80), q.start)
    )


# "75 percent of EU enterprises to use cloud computing, artificial intelligence or big data by 2030",
# "80% of adults should have at least basic digital skills"
GROUP_TO_DO = re.compile(
    # ("75% of enterprises using cloud computing, big data or AI by 2030": the deed as a participle)
    r"\s+of\s+(?P<group>(?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:(?:to|should|must|shall|will|would)\s+"
    # ("80% of public services to be available online by 2027": what they are to be)
    r"(?:be\s+(?P<state>[a-z]+\b[^;.]{0,100}?)|(?P<deed>(?!be\b)[a-z]+\b[^;.]{0,100}?))|(?P<doing>(?:using|selling|buying|exporting|having|adopting)\b[^;.]{0,100}?))"
    r"(?=\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|,\s+and\s|[;.]|$)"
)
GOAL_OF_BEFORE = re.compile(r"\b(?:goal|target|aim|ambition)\s+of\s+(?:about\s+|around\s+|at\s+least\s+)?$")
# "80% non-cash payments by 2030": the thing a goal's percentage is a share of, named right after it
SHARE_NOUN_AFTER = re.compile(
    r"\s+(?P<np>(?!of\b|by\b|in\b|for\b)[a-z][\w-]*(?:\s+(?!by\b|in\b)[a-z][\w-]*){0,3})(?=\s+by\s|\s+in\s+(?:19|20)|[,;.]|$)"
)
ACCOUNT_FOR = re.compile(
    r"\b(?:account|accounting|make\s+up|represent|contribute|constitute)\s+(?:for\s+)?(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|"
    r"over\s+|nearly\s+|some\s+)?$"
)
SHARE_VERB_TAIL = re.compile(
    r"\s+(?:(?:could|would|will|should|may|might|to|is\s+expected\s+to|are\s+expected\s+to)\s+)?"
    r"(?:account|make|represent|contribute|constitute)\b.*$",
    re.IGNORECASE,
)
# "... about 7% a year and exceed", ", and to reach": a second verb of the subject of the goal before.
COORDINATED_VERB = re.compile(
    r"(?:\s+(?:a|per|each)\s+year)?,?\s+and\s+(?:to\s+|will\s+|could\s+|should\s+)?[a-z]+\s+"
    r"(?:to\s+)?(?:about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+|roughly\s+)?"
    # "..., implying a compound annual growth rate of 10.7 per cent": the same goal, restated as growth
    r"|[^,;]*,\s+(?:implying|meaning|which\s+(?:would\s+)?(?:implies|imply|means|mean))\b[^,;]*"
    # "$28 billion-$29 billion", "between $3.1 billion and $3.3 billion": the other end of a range
    r"|\s?[-–]\s?(?:[A-Z]{0,3}\$|[€£¥₹])?|\s+(?:and|to)\s+"
)
# "$500 billion in revenue by 2030", "£1 trillion of exports a year": what the amount is of.
AMOUNT_OF_MEASURE = re.compile(
    # (not a time: "$41bn in the current fiscal year", "30 billion yuan in the same year")
    r"\s+(?:of|in)\s+(?!(?:the\s+)?(?:current|same|coming|next|this|last|fiscal|financial|year|quarter|half|"
    r"month|period)\b)(?P<measure>(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,3}(?:[a-z][\w-]*|[A-Z]{2,5}))"
    r"(?=\s+(?:by|a|per|annually|in|this|next|within|over|across|from|to|for)\b|[,.;\"”]|$)"
)
# "plans to spend A$210 million on capital projects", "will invest €1.2 billion in warehouses": money a
# goal puts into something is spending on it or investment in it.
SPEND_BEFORE = re.compile(
    r"\b(?P<verb>spend|spending|invest|investing)\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|more\s+than\s+|"
    r"at\s+least\s+|nearly\s+)?$",
    re.IGNORECASE,
)
SPENT_ON = re.compile(
    r"\s+(?P<prep>on|in)\s+(?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)"
    r"(?=\s+(?:by|this|next|over|within|in\s+(?:19|20)\d\d|in\s+the\b|to|and|through|until)\b|[,.;]|$)"
)


def _spending(body: str, q: Quantity) -> str | None:
    """ "spend A$210 million on capital projects" -> "spending on capital projects"."""
    verb = SPEND_BEFORE.search(body, max(0, q.start - 30), q.start)
    on = SPENT_ON.match(body, q.end) if verb else None
    if verb is None or on is None:
        return None
    noun = "investment" if verb.group("verb").lower().startswith("invest") else "spending"
    return f"{noun} {on.group('prep')} {on.group('what')}"


NUMBER_OF_BEFORE = re.compile(r"\b[Tt]he\s+number\s+of\s+(?P<things>(?:[\w-]+\s+){0,3}?[\w-]+s)\b")
# "Local researchers", "Most analysts", "Economists": people of a kind, no body named
UNNAMED_EXPERTS = re.compile(
    r"(?:(?:local|some|many|most|other|independent|private|market|industry)\s+)?"
    r"(?:researchers|analysts|economists|experts|observers|forecasters)",
    re.IGNORECASE,
)
# "Staff", a mission's word for itself, and the body whose staff it is: "IMF staff", "an International
# Monetary Fund (IMF) staff team"
STAFF = re.compile(r"(?:the\s+)?(?:mission\s+)?staff", re.IGNORECASE)
STAFF_OF = re.compile(r"\b([A-Z]{2,6})\s+staff\b|\(([A-Z]{2,6})\)\s+staff\b")
TABLE_OF_GOALS = re.compile(r"\b(?:targets?|goals?|objectives?)\b", re.IGNORECASE)
# "Indicator | 2025 | 2030 | Attribute": a plan's table of indicators, each "expected" or "binding", all goals
ATTRIBUTE_HEADING = re.compile(r"(?:indicator\s+)?(?:attribute|nature)s?", re.IGNORECASE)
# The company speaking of itself in its own report or call: "Management", "the company", "we".
COMPANY_VOICE = re.compile(
    r"(?:the\s+)?(?:management(?:\s+team)?|company|group|firm|board|executives|we|our\s+[\w-]+)",
    re.IGNORECASE,
)
COMPANY_SUBJECT = re.compile(r"\b(?:[Mm]anagement|[Tt]he\s+(?:[Cc]ompany|[Gg]roup|[Bb]oard|[Ff]irm)|[Ww]e)\b")
POINTED_OWNER = re.compile(r"(?:the\s+)?(?:sector|industry|its|their|it)(?:'s|’s)?\s", re.IGNORECASE)
SECTOR_OWNER = re.compile(r"(?:the\s+)?(?:sector|industry)(?:'s|’s)\s+(?=\w)", re.IGNORECASE)


def _share_part(metric: str) -> str | None:
    """ "digitally deliverable services could account for" -> "digitally deliverable services"."""
    part = SHARE_VERB_TAIL.sub("", f" {metric}").strip()
    return part if part and not ISSUER_WORDS.fullmatch(part) else None


# "triple the number of AI practitioners to 15,000": what a goal multiplies.
MULTIPLIED = re.compile(
    r"\s+(?!(?:by|within|before|over|in)\b)(?:the\s+number\s+of\s+|the\s+|its\s+|their\s+)?(?P<object>[a-zA-Z][^,;.]{2,60}?)"
    r"(?=\s+(?:to|by|in|within|from|over|and)\b|[,.;]|$)"
)
# "calls for intra-African trade in digital services to double by 2030": what doubles is the cue's object.
MULTIPLIED_SUBJECT = re.compile(
    r"\b(?:wants?|calls?\s+for|expects?|needs?|sees?|forecasts?|projects?|predicts?)\s+(?:the\s+)?"
    r"(?P<subject>[^,;]{3,80}?)\s+to\s+$"
)
# "it could exceed $7 trillion", "forecasts the figure will exceed" after a goal: the goal's measure again.
PRONOUN_GOES_ON = re.compile(
    r"\b(?:it|they|(?:the|that|this)\s+(?:figure|number|total|sum|value))\s+(?:could|would|will|may|might|should|is\s+expected\s+to)\s+(?:[a-z]+\s+){0,2}"
    r"(?:about\s+|around\s+|more\s+than\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
GOAL_OF_BEFORE = re.compile(
    r"\b(?:target|goal)\s+of\s+(?:about\s+|around\s+|at\s+least\s+|some\s+)?$", re.IGNORECASE
)


# "plans to have at least 50 running by end-2027": a word of doing after a count says what the things
# do, not what they are.
DOING = re.compile(r"[a-z]+ing")


# "train 10,000 small businesses", "connect 25,000 schools to broadband": a count goal that does something to
# the things it counts is a goal for the things done to.
DEED_BEFORE = re.compile(
    r"\b(?P<deed>train|connect|hire|upskill|certify|onboard)(?:s|ing|e?d)?\s+"
    r"(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$",
    re.IGNORECASE,
)
DONE_TO = {"train": "trained", "connect": "connected", "hire": "hired", "upskill": "upskilled",
           "certify": "certified", "onboard": "onboarded"}  # fmt: skip
CONNECTED_TO = re.compile(r"\s+to\s+(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+by\b|[,.;]|$)")


def _things_named(body: str, q: Quantity) -> str | None:
    """The things a count goal names right after its number, if it names any, and what it does to them."""
    named = counted_phrase(body, q.end) or q.counted
    if named is None or DOING.fullmatch(named):
        return None
    deed = DEED_BEFORE.search(body, max(0, q.start - 30), q.start)
    if deed is None:
        return named
    done = f"{named} {DONE_TO[deed.group('deed').lower()]}"
    at = body.find(named, q.end)
    to = CONNECTED_TO.match(body, at + len(named)) if at >= 0 else None
    return f"{done} to {to.group('what')}" if to else done


def _measured_before(body: str, q: Quantity, state: State) -> Figure | None:
    """ "about 10 percent of GDP in 2023, on track to meet the plan's target of 10 percent by 2025": the
    goal is for what the fact before it in the sentence measured, in the same unit."""
    if not GOAL_OF_BEFORE.search(body, max(0, q.start - 30), q.start) or not state.figures:
        return None
    fact = state.figures[-1]
    return fact if fact.sentence == body and fact.unit == q.unit and fact.kind != "count" else None


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
    if previous is not None and (
        FORECAST_GOES_ON.fullmatch(text, previous.span[1] - offset, q.start) or MADE_AFTER.match(text, q.end)
    ):
        return previous.metric  # also "..., well above the 3% projected in May": the forecast it replaced
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
    # "now expects revenue growth of 18-20%, as well as TPV of €235bn-240bn": a second measure expected
    # (not a verb's object: "Harnessing Digital, the national strategy, sets a goal of 75%")
    r"|(?:\band|\bas\s+well\s+as|,)\s+(?!(?:we|they|it|he|she|against|a|an|the|its|their|our|sets?|has|have|is|"
    r"are|was|were|aims?|targets?|wants?|plans?|seeks?)\b)"
    r"(?P<listed>(?:[A-Z]{2,6}|[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2})\s+of\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|some\s+)?(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)?$"
)


GOAL_CUE = compiled(
    r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|goals?|objectives?|strive|strives|striving|plan(?:s|ned)?\s+to|"
    rf"seek(?:s)?\s+to|{_PLANNED_SPENDING}|"
    # "commits €1.3 billion to AI" allocates money; "has committed to reaching 1.2 million jobs" sets a goal
    r"pledge[sd]?|commit(?:s|ted)?(?=\s+(?:itself\s+|themselves\s+)?to\b)|should|must|"
    r"set\s+(?:a|the)\s+(?:goal|target)|ensure|vow(?:s|ed)?|"
    r"we\s+will|will\s+work\s+to|ambitions?|aspirations?|milestones?|wants?|calls?\s+for|envisag(?:e|es|ed)|"
    # "online trade is to reach 17% by 2030", "that share is meant to reach 20% by 2029": what is planned
    rf"(?:is|are)\s+(?:meant\s+|due\s+)?to\s+(?:{_PLANNED_VERBS}|be))\b",
    re.IGNORECASE,
)
# "the 20 million that the Digital Decade policy programme aims for": a value named as someone's goal
AIMED_AFTER = re.compile(r"\s+(?:that|which)\s+[^,;.]{0,60}?\baims?\s+(?:for|at)\b", re.IGNORECASE)
OFFICIAL_ISSUER = re.compile(
    r"government|ministry|council|commission|guideline|plan|policy|programme|program|strategy|authorit|"
    r"department|bureau|administration|congress|parliament|state|province|city|mofcom|work\s+report",
    re.IGNORECASE,
)


# "aims to lift annual content exports to $25 billion", "bring its dispute rate below 0.5 percent":
# a goal moves a thing to a value; the thing is the metric.
# ("a goal of lifting e-commerce exports to between $200 billion and $300 billion": the verb may end in -ing)
GOAL_OBJECT = re.compile(
    r"\b(?:lift(?:ing)?|rais(?:e|ing)|increas(?:e|ing)|boost(?:ing)?|bring(?:ing)?|take|taking|expand(?:ing)?|"
    r"cut(?:ting)?|trim(?:ming)?|reduc(?:e|ing)|grow(?:ing)?|push(?:ing)?|tripl(?:e|ing)|doubl(?:e|ing)|"
    r"quadrupl(?:e|ing)|halv(?:e|ing)|keep(?:ing)?|hold(?:ing)?|maintain(?:ing)?)\s+(?P<object>it|them|[^,;]{3,90}?)\s+"
    r"(?:to|above|below|beyond|past|under)\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|no\s+more\s+than\s+|nearly\s+|between\s+)?$"
    # "officials expect digital services exports to top £400 billion": what is expected to move
    # (not "are expected to stand at": what is expected stands before the verb)
    r"|\b(?:expects?|expected|projects?|projected|forecasts?|predicts?|sees?|wants?)\s+(?!to\s)(?P<expected>[^,;]{3,90}?)"
    r"\s+(?:to\s+(?:[a-z]+\s+){1,2}|at\s+)(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$"
    # "the goal is for the IT industry to reach 10% of GDP", "aims for cross-border volume to make up half":
    # what the goal is for
    r"|\b(?:goal|aim|target|plan|ambition)s?\s+(?:is\s+)?for\s+(?P<meant>[^,;]{3,60}?)\s+to\s+"
    r"(?:reach|hit|exceed|top|pass|make\s+up|account\s+for|contribute|grow\s+to|rise\s+to)\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?$",
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


# "is targeting an underlying EBITDA margin of at least 13%", "expects revenue growth of 15%": the measure
# a goal or forecast verb names right before the value.
MEASURE_OF = re.compile(
    r"\b(?:target(?:s|ing)?|expects?|forecasts?|projects?|sees?|aim(?:s|ed|ing)?\s+for|guid(?:e|es|ed|ing)\s+to|"
    # ("plans capital expenditure of": a verb, before what it plans, in lower case)
    r"(?-i:plans?(?=[ \t]+[a-z]))(?!\s+(?:targets?|aims?|sets?|calls?|envisages?)\b)|"
    r"pencil(?:s|led)?\s+in)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?"  # ("now expects 2025 TPV of US$112bn")
    # ("projects cross-border online spending by Central Asian cardholders of $5.6-5.9 billion")
    r"(?P<measure>(?!to\s)[a-z][\w-]*(?:\s+(?!to\s)[\w-]+){0,6}?)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|between\s+)?$",
    re.IGNORECASE,
)


# "• TPV of A$46bn–48bn" under "For the year ending 30 June 2026, the company expects:": a list line naming
# its measure before the value.
LINE_MEASURE_OF = re.compile(
    r"\s*[-•*–]\s+(?P<measure>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+|between\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)?$"
)


ASIDE = re.compile(r"\([^()]*\)")


def _goal_object(sentence: str, position: int) -> str | None:
    """What a goal raises or cuts to the value at ``position``, or the measure it names before it.

    An aside in brackets ("content (games, anime, manga and streaming rights) to reach") is read as blank.
    """
    if "(" in sentence:
        sentence = ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    match = GOAL_OBJECT.search(sentence, 0, position)
    if match is None:
        measure = MEASURE_OF.search(sentence, max(0, position - 80), position) or LINE_MEASURE_OF.match(
            sentence[:position]
        )
        return measure.group("measure") if measure else None
    thing = LEADING_OBJECT.sub("", match.group("object") or match.group("expected") or match.group("meant"))
    if inside := GOAL_INSIDE.search(thing):
        # "expect X to grow by 7 percent in 2026 and to exceed": X; "expects revenue growth of at least 15%
        # in 2026 and aims to reach 10 million": a goal of its own, not one thing
        thing = thing[: thing.find(" to ", 0, inside.start())] if " to " in thing[: inside.start()] else ""
    if thing in ("it", "them"):
        return thing  # "aims to raise it to 95%": what was just measured (the pointer is followed later)
    if (
        not thing
        or POINTER_SUBJECT.fullmatch(thing)
        or ISSUER_WORDS.fullmatch(thing)
        or RATE_ONLY.fullmatch(thing)
    ):
        return None
    return thing


# "should grow at an average annual rate of above 12 per cent": how fast, not what grows
RATE_ONLY = re.compile(
    r"(?:at\s+)?(?:an?\s+)?(?:(?:average|compound)\s+)?(?:annual\s+|yearly\s+)?(?:growth\s+)?rate(?:\s+of)?",
    re.IGNORECASE,
)


def _in_unit(q: Quantity) -> bool:
    """Whether a count is in a unit ("TEU", "MW") rather than of things named."""
    return q.unit == "count" and (q.counted or "").lower() in COUNTING_UNITS


def _unit_counts(sentence: str, q: Quantity) -> str | None:
    """What a goal in a unit measures, named after it: "60 MW of IT capacity"."""
    return of.group("what") if _in_unit(q) and (of := UNIT_OF.match(sentence, q.end)) else None


# "60 MW of IT capacity online": what a unit counts
UNIT_OF = re.compile(
    r"(?:\s+[A-Za-z]{1,4})?\s+of\s+(?P<what>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"(?=\s+(?:online|by|in|to|at|for)\b|[,.;]|$)"
)
GOAL_INSIDE = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _forecast_subject(sentence: str, position: int) -> str | None:
    """ "World trade in services is projected to grow 4.6%": the subject, unless it is who forecasts."""
    low = clause_start(sentence, position)
    subject = governing_subject(sentence[low:], position - low)
    if subject is not None:
        # ", saying full-year exports are expected to", "is for exports to reach"
        subject = CASE_FOR.sub("", REPORTING_PARTICIPLE.sub("", subject))
    if not subject or ISSUER_WORDS.search(subject) or not CONTENT_WORD.search(placeless(subject)):
        return None
    return None if all(word[:1].isupper() for word in subject.split()) else subject


# ", saying ...", ", adding that ...": the verb that reports a forecast, no part of what it is of.
REPORTING_PARTICIPLE = re.compile(r"^(?:saying|adding|noting|stating|warning)\s+(?:that\s+)?", re.IGNORECASE)
# "Our central case is for exports to reach": the "for" that opens what the case is about.
CASE_FOR = re.compile(r"^for\s+", re.IGNORECASE)
# A word that can name a thing: not a determiner, an approximation or a connective.
CONTENT_WORD = re.compile(
    r"\b(?!(?:least|about|around|more|than|nearly|some|over|that|this|with|from)\b)[a-z]{4,}", re.I
)
LEADING_OBJECT = re.compile(r"^(?:the|its|their|a|an)\s+", re.IGNORECASE)


# Where a goal cue after a number stops being the number's: at the next comma, not only where clause_bounds
# splits a compound sentence ("... would reach 3.3 trillion yuan by 2027, falling short of the plan's goal").
CLAUSE_END = re.compile(r"[,;:]")


def _target_kind(sentence: str, q: Quantity, issuer: str | None, *, stated: str | None) -> str:
    """A goal someone set ("aims to", "should") or a forecast ("expects", "projects").

    A figure the sentence attributes to a policy document is a target, whatever the verb
    ("the country expects ... according to the guideline"). Otherwise the cue nearest
    before the number decides, so one sentence can carry a government's goal and an
    analyst's forecast; without a cue, an official issuer means a target.
    """
    if (
        # (a document's, not a body named after policy: "The Fiscal Policy Office projects that ...")
        (stated and POLICY_NOUN.search(stated) and not BODY_NAME_END.search(stated))
        or GOAL_NOUN_AFTER.match(sentence[q.end :])
        or AIMED_AFTER.match(sentence, q.end)
    ):
        return "target"  # "... according to the guideline", "the 70% target set for 2025"
    before = sentence[: q.start]
    goal, forecast = nearest_cue(GOAL_CUE, before), nearest_cue(FORECAST_CUE, before)
    if goal and (not forecast or goal.start() > forecast.start()):
        return "target"
    if not forecast and not goal:
        # "at least 90 per cent of SMEs should reach a basic level by 2030": the first cue after the number,
        # in its clause (not "..., falling short of the plan's goal")
        end = CLAUSE_END.search(sentence, q.end)
        clause_end = end.start() if end else len(sentence)
        goal_after = GOAL_CUE.search(sentence, q.end, clause_end)
        forecast_after = FORECAST_CUE.search(sentence, q.end, clause_end)
        if goal_after and (not forecast_after or goal_after.start() < forecast_after.start()):
            return "target"
    if forecast or FORECAST_CUE.search(sentence, q.end):
        return "forecast"  # "... would reach 12 million by 2030, the Commission estimates"
    return "target" if OFFICIAL_ISSUER.search(issuer or "") else "forecast"
