"""The period a figure is for.

A quantity takes the period stated nearest to it in its own clause, unless that period
dates a comparison base, an event or a statement; failing that, the one its sentence opens
with, its paragraph set, or the text mostly reports on. Periods named relative to another
("in the same period", "a year earlier", "trailing twelve months") are resolved here too.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from parsers import folding
from parsers.context import DATA_REFER, HEDGE_WORDS, LABELLED_BRACKET, LIST_MARK, TOTAL_NOUNS
from parsers.datelines import DAY_MONTH_RE, MONTH_DAY_RE
from parsers.figure_kinds import CAGR_CUE, INTEREST_RATE_BEFORE, rule_term, tax_rate
from parsers.figure_state import State
from parsers.geo import COUNTRIES, FISCAL_YEAR_START, find_places
from parsers.numbers import ANY_DIGIT, MONTHS, Quantity, folded
from parsers.periods import (
    BASE_BEFORE,
    COUNT_WORDS,
    MONTH_NUMBERS,
    STATED_YEAR,
    TIME_WORDS,
    TimeExpression,
    canonical,
    find_periods,
    fiscal_year,
    last_month,
    months,
    shift_year,
)
from parsers.sentences import BULLETS, VALUE_OPENING, Sentence

# What a multiple compares with, right after it: "(twice) the level recorded in 2015", "its level of".
LEVEL_OF = re.compile(r"\s*(?:the|its|their)\s+level(?:\s+recorded)?(?:\s+of)?\s+", re.IGNORECASE)
# ("That works out at average growth of 11.6 percent a year")
THAT_IS = re.compile(
    r"\s*(?:That|This)(?:\s+is|['’]s|\s+represents|\s+amounts\s+to|\s+works\s+out\s+(?:at|to)|\s+means)\b"
)
OVER_THE_YEARS = re.compile(
    rf"\bover\s+(?:the|those|these)\s+(\d{{1,2}}|{'|'.join(COUNT_WORDS)})\s+years\b", re.IGNORECASE
)
SAME_PERIOD = re.compile(r"\b(?:over|during|in)\s+the\s+same\s+period\b", re.IGNORECASE)


def period_of(
    q: Quantity,
    kind: str,
    exprs: list[TimeExpression],
    sentence: str,
    state: State,
    paragraph: int,
    others: list[Quantity],
    opening: list[TimeExpression],
) -> str | None:
    """The period of ``q``; see the module docstring for the order the candidates are tried in."""
    period = _own_period(q, kind, exprs, sentence, state, paragraph, others, opening)
    if (
        kind == "change"
        and period
        and period.isdigit()
        and not (q.unit == "times" and YEAR_LEVEL_AFTER.match(sentence, q.end))
    ):
        # "up 4.2 percentage points from 2021" said of 2023: a change over years spans from its base
        # (not "1.8 times their 2019 level": now's value set against then's, of now)
        bases = [e for e in exprs if e.base and e.period.isdigit()]
        # a base follows its value, unless it opens the sentence
        after = [e for e in bases if e.start >= q.end]
        base = after[0].period if after else bases[-1].period if bases else period
        if int(period) - int(base) >= 2:
            return f"{base}/{period}"
        # "rose from 12.4% in 2021 to 15.8% in 2024, an increase of 3.4 percentage points", "reached US$29.7
        # billion in 2025, up 58% from US$18.8 billion in 2020": the change between the two levels dated
        years = {int(e.period) for e in exprs if e.period.isdigit() and not e.deadline}
        if (
            len(years) == 2
            and int(period) == max(years)
            and max(years) - min(years) >= 2
            and sum(other is not q for other in others) >= 2
            and FROM_WORD.search(sentence)
        ):
            return f"{min(years)}/{period}"
    return period


FROM_WORD = re.compile(r"\bfrom\b", re.IGNORECASE)


# "- Active buyers of 58.3 million": a line of a bulleted list.
LIST_LINE_MARK = re.compile(rf"\s*[{BULLETS}*–—-]\s")
LABELLED_LINE = re.compile(r"[A-Z][^:\n]{1,60}:\s")  # "Container throughput: 214,600 TEU"
LINE_FOLLOWS = re.compile(r"[ \t]*\n[ \t]*\S")
# A table after a blank line: its rows are what the short line before it captions.
TABLE_FOLLOWS = re.compile(r"[ \t]*\n[ \t]*\n[^\n]*\|")
CAPTION_REACH = 100


def _own_period(
    q: Quantity,
    kind: str,
    exprs: list[TimeExpression],
    sentence: str,
    state: State,
    paragraph: int,
    others: list[Quantity],
    opening: list[TimeExpression],
) -> str | None:
    if q.unit != "count" and VALUE_BAR.search(sentence, max(0, q.start - 30), q.start):
        return None  # "parcels valued at up to €15,000": a bar, of no period
    if CURRENTLY_AFTER.match(sentence, q.end):
        return None  # "from 26% currently", "from 12 per cent now": how things stand
    if rule_term(sentence, q):
        return None  # "a handling fee of €2 per item", "the €150 duty exemption": a term of a rule, in force
    # "rose to 18.2 percent, up from 17.3 percent a year earlier": the year is the other number's.
    facts = [
        e
        for e in exprs
        if not e.deadline
        # ("brought in $3.04bn over July-June": the stretch an amount was earned over, no comparison base)
        and (
            not e.base
            or (kind in ("level", "count") and OVER_RIGHT_AFTER.fullmatch(sentence, q.end, e.start))
            # ("over the previous year's $268 billion": that year's amount, the base of the change before it)
            or (kind in ("level", "count") and YEARS_GAP.fullmatch(sentence, e.end, q.start))
        )
        and not _claimed(e, q, others, sentence)
        and not _dates_event(sentence, e, q)
        # "23.5% of world exports, up 8 points since 2005": "since" starts a change, it dates no level
        and (not e.since or kind in ("change", "cagr") or q.unit == "times" or not _between(q, e, others))
        # "rose 3 percent, and I expect it to pass 42 percent in 2027": no fact is dated after its report (but
        # "the draft budget allocates 3.8 trillion so'm to ... in 2026" is money given for that year)
        and (
            not _after(e.period, state.published)
            or BUDGETED_BEFORE.search(sentence, max(0, q.start - 40), q.start)
        )
        # "2.3 times the result of last year's festival": a time owning a thing after the number is that
        # thing's, not the number's (but "55% in last year's edition" is of that edition's time)
        and not (
            e.start > q.end
            and POSSESSIVE_AFTER.match(sentence, e.end)
            and not TIME_PREPOSITION_BEFORE.search(sentence, max(0, e.start - 8), e.start)
        )
    ]
    if state.published and CUMULATIVE.search(sentence, max(0, q.start - 12), q.start):
        # "launched in late 2022, has handled a cumulative 13.4 billion yuan": from the start to now
        begun = [e for e in exprs if FOUNDED_BEFORE.search(sentence, max(0, e.start - 40), e.start)]
        if begun and state.published.year > int(begun[-1].period[:4]):
            return f"{begun[-1].period[:4]}/{state.published.year}"
    low, high = clause_bounds(sentence, q.start)
    low = label_start(sentence, low, q.start)
    # ", two of which opened in the second half": a relative clause after the number tells of its own time
    if "which" in sentence and (relative := RELATIVE_CLAUSE.search(sentence, q.end, high)):
        high = relative.start()
    in_clause = [e for e in facts if low <= e.start and e.end <= high]
    if (
        kind in ("level", "count", "share")
        and (said_now := NOW_VERB.search(sentence, max(low, q.start - 40), q.start))
        and not any(said_now.start() < e.start < q.start for e in in_clause)
    ):
        # "A leatherworker who started selling wallets in 2019 now ships to 41 countries": what holds now,
        # whatever time the clause told of before it
        return None
    if not in_clause and (
        STANDS_NOW.search(sentence, max(0, q.start - 40), q.start)
        or (
            kind in ("level", "count", "share")
            and (
                SAID_TO_HOLD_NOW.search(sentence, max(low, q.start - 60), q.start)
                or (
                    (today := HOLDS_TODAY_AFTER.search(sentence, q.end, high))
                    and not REPORTED_BETWEEN.search(sentence, q.end, today.start())
                )
            )
        )
    ):
        # "currently stands at 27%", "Women now make up 35% of our workforce", "now accounts for half of the
        # country's exports": how things stand, of no period
        return None
    if kind == "count" or in_clause:
        facts = in_clause
    elif high < len(sentence):
        # "came to 2.71 trillion yuan, and in the first four months of this year they grew": a period that
        # opens a later clause is that clause's
        facts = [e for e in facts if e.start < high or not OPENS_CLAUSE.fullmatch(sentence, high, e.start)]
    level = LEVEL_OF.match(sentence, q.end) if q.unit == "times" else None
    base_year = next((e.period[:4] for e in exprs if level and e.start == level.end()), "")
    if base_year.isdigit() and (end := _compared_year(state, base_year)) and end > int(base_year):
        return f"{base_year}/{end}"  # "$1.1 trillion, twice the level recorded in 2015": from then to now
    if q.unit == "times":  # "up 4.5 times from a decade earlier": a multiple spans from its base
        bases = [e for e in exprs if e.base and e.period[:4].isdigit()]
        later = [e for e in bases if e.start >= q.end]  # "larger than in 2023 and 3 times its size in 2014"
        if bases and (until := _multiple_end(exprs, state)):
            if YEAR_LEVEL_AFTER.match(sentence, q.end):
                return until
            span = _span_from((later or bases)[0].period, until)
            if span:
                return span
    if q.unit == "times" and (then := _earlier_level(q, exprs, others, sentence)) and state.periods:
        # "worth 11.2 trillion yuan in 2012, meaning a more than four-fold expansion": from that level, years
        # before, to the period the text mostly reports on
        now = state.periods.most_common(1)[0][0]
        if (span := _span_from(then.period, now)) and int(now[:4]) - int(then.period[:4]) >= 2:
            return span
    if (
        not facts
        and kind in ("change", "cagr")
        and THAT_IS.match(sentence)
        and len(levels := {f.period[:4] for f in state.previous_figures if f.period and "/" not in f.period})
        == 2
    ):
        # "These reached US$8.94 billion in 2025, compared with US$5.12 billion in 2020. That is an increase
        # of 75%": the growth between the two levels just given
        return "/".join(sorted(levels))
    if (
        not facts
        and kind in ("change", "cagr")
        and state.last_period
        and (over := OVER_THE_YEARS.search(sentence))
    ):
        # "Exports came to US$2.6 billion in 2025. They grew 61% over the five years": the years up to the
        # one just reported
        last, written = int(state.last_period.split("/")[-1][:4]), over.group(1)
        length = int(written) if written.isdigit() else COUNT_WORDS[written.lower()]
        return f"{last - length}/{last}"
    if kind == "cagr" or q.unit == "times":
        spans = [e for e in facts if e.span]
        if spans:
            return min(spans, key=lambda e: abs(e.start - q.start)).period
        years = sorted({int(e.period) for e in facts if e.period.isdigit()})
        if kind == "cagr" and len(years) < 2:
            # "reached $104.6 billion in 2024, up from $71.3 billion in 2019, an average annual increase of
            # 8.0%": the years of the levels it runs between, the base's included
            years = sorted({int(e.period) for e in exprs if e.period.isdigit() and not e.deadline})
        if kind == "cagr" and len(years) >= 2:
            return f"{years[0]}/{years[-1]}"
        if SAME_PERIOD.search(sentence) and state.last_span:
            return state.last_span
    if kind != "change" and charged_rate(sentence, q):
        return (
            None  # "a 33.5 percent duty", "a withholding tax of 0.25 percent": a rate in force, of no period
        )
    if not facts and kind in ("level", "count", "change") and (compared := _year_on_month(exprs, state)):
        # "parcels handled: 21.8 million, up 38.5% on September 2024": the month a year after the base
        return compared
    if not facts:
        if state.budget_year and q.unit not in ("percent", "count") and _budgeted(sentence, q):
            return state.budget_year  # "Budget 2026 provides RM1.5 billion for digitalisation": that year's
        if kind != "change" and PER_YEAR.match(sentence, q.end):
            return None  # "tariffs would raise $10 billion a year": a yearly rate, of no year in particular
        if _set_aside(sentence, q):
            return (
                None  # "roadmaps earmark €288 billion", "parcels worth up to $800": a sum or bar of no period
            )
        if state.published and ("hare" in sentence or "tock" in sentence) and MARKET.search(sentence):
            # "Its shares rose 11% in New York on Wednesday": a market move of the day of the report
            return f"{state.published.year}-{state.published.month:02d}"
        if opening:  # "In 2024, 55.6% had basic skills, and the EU counted 10 million specialists"
            return opening[0].period
        if HOLDS_NOW.search(sentence, max(0, q.start - 40), q.start):
            return None  # "Foreign providers control about 70 percent of the market": how things stand
        # "The number of orders rose to 415 million", "That works out to 4 million packages a day": a count
        # that moved, or restates the figure before it, is a flow of the period talked about
        moved = (
            kind != "count"
            or any(
                pattern.search(sentence, max(0, q.start - 40), q.start) for pattern in (COUNT_MOVED, RESTATED)
            )
            # ("- Orders placed: 1.26 million" among a release's highlights: of the period they report)
            or (
                (mark := LIST_LINE_MARK.match(sentence)) is not None
                and LABELLED_LINE.match(sentence, mark.end())
            )
        )
        label = MONTH_LABEL.match(sentence)
        if (
            state.frame
            and state.frame[0] == paragraph
            and (moved or LIST_LINE_MARK.match(sentence) or "|" in sentence or LABELLED_LINE.match(sentence))
        ):
            # a count in a list or a table too: "Third Quarter 2025 Highlights" over "- Active buyers of 58.3
            # million";
            # "- April: $342m" under "Monthly IT exports, April-June 2025:" is April of that quarter
            if label and (month := _month_in(state.frame[1], label.group(1))):
                return month
            return state.frame[1]
        if label and (month := _labelled_month(label.group(1), state)):
            return month  # "February .... 3.0" in a table under a first-quarter report's heading
        if state.sale_window and not state.section:
            return state.sale_window  # "shoppers placed 1.9 million orders" in a recap of a sale: the sale's
        if moved and (state.section or state.periods):
            return state.section or state.periods.most_common(1)[0][0]
        if EVENT.search(sentence) and state.published:
            return str(state.published.year)  # "The expo drew 800 exhibitors": the year it was held
        if state.event_year and LABELLED_LINE.match(sentence):
            return state.event_year  # "Exhibitors: 286" under "Africa Digital Commerce Expo 2025"
        return None

    def distance(e: TimeExpression) -> int:
        return e.start - q.end if e.start >= q.end else (q.start - e.end) + 3

    chosen = min(facts, key=distance)
    # "In the April-June quarter, X stood at 1.6; by the January-March quarter it reached 1.8", "In 2023,
    # 38.9% bought cloud services, while 13.5% used AI in 2024": a clause after a semicolon, or one the
    # opening is outside, that names its own period leaves the opening behind.
    own_clause = opening and (
        (opening[0] not in facts and ";" in sentence[opening[0].end : q.start])
        or (chosen in in_clause and opening[0].end <= low)
    )
    own = (
        distance(chosen) <= ADJACENT
        or bool(RECORDED_IN.fullmatch(sentence, q.end, chosen.start))
        or bool(END_OF.fullmatch(sentence, q.end, chosen.start))
    )
    if opening and chosen is not opening[0] and not own and not own_clause:
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
    # "has doubled since 2015", "grew 8 percent a year on average since 2015": from then to the text's present
    if (
        chosen.since
        and kind not in ("change", "cagr")
        and chosen.end <= q.start
        and LEVEL_TO.search(sentence, 0, q.start)
        and (main := _main_year(state))
    ):
        return str(main)  # "has slipped 2 points since 2019, to 10%": the level the move ended at, now
    if (
        chosen.since
        and kind not in ("change", "cagr")
        and state.published
        and state.published.year > int(chosen.period[:4])
    ):  # "Since 2021, the Commission has committed €1.2 billion": all of it, from then to now
        return f"{chosen.period}/{state.published.year}"
    if chosen.since and kind in ("change", "cagr") and "/" in chosen.period:  # since a fiscal year
        reported = state.periods.most_common(1)[0][0] if state.periods else None
        return (_span_from(chosen.period, reported) if reported else None) or chosen.period
    if chosen.since and kind in ("change", "cagr"):
        start = int(chosen.period[:4])
        years = [int(year) for year in STATED_YEAR.findall(sentence)]
        end = max((y for y in years if y > start), default=None) or _main_year(state)
        if end and end > start:
            return f"{chosen.period}/{end}"
    return chosen.period


# "charges 33.5% on parcels", "at 17% on these parcels", "a flat €3 duty on each item": charged on each thing.
CHARGED_ON = re.compile(
    r"(?:\s+(?:duty|duties|tariffs?|tax|levy|fee))?\s+on\s+(?:each|every|all|these|those|such|the|imported|"
    r"foreign)?\s*(?:[\w-]+\s+){0,2}?(?:parcels?|items?|packages?|shipments?|consignments?|purchases?|orders?)\b",
    re.IGNORECASE,
)


def charged_rate(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` is a charge in force: a rate named by its charge ("a 33.5 percent duty", "a withholding
    tax of 0.25 percent"), or charged on each thing ("33.5% on parcels", "a flat €3 duty on each item")."""
    if tax_rate(sentence, q) or INTEREST_RATE_BEFORE.search(sentence, max(0, q.start - 70), q.start):
        return True  # (a central bank's rate, as it stands: "kept the main policy rate at 6.75%")
    return q.unit != "count" and CHARGED_ON.match(sentence, q.end) is not None


# "worth up to $800", "purchases of up to US$50": the bar a value stays under.
VALUE_BAR = re.compile(
    r"\b(?:(?:worth|valued(?:\s+at)?|priced(?:\s+at)?)\s+(?:up\s+to|less\s+than|under|below)|of\s+up\s+to)\s*$",
    re.IGNORECASE,
)
# Money set aside for a purpose, or a bar a thing must stay under: amounts that hold for no one period.
SET_ASIDE = re.compile(
    r"\b(?:earmark(?:s|ed)?|outlays?|allocat(?:es|ed|ion)|sets?\s+aside)\b|"
    # ("Total project cost is UA 38.6 million", "an ADF grant of UA 32.0 million", "the loan of $250,000,000":
    # what a project costs and how it is financed, over its years)
    r"\b(?:project\s+cost|(?:loan|grant|credit|(?:counterpart\s+)?contribution)\s+of)\s+(?:is\s+|of\s+)?"
    r"(?:about\s+|some\s+|an\s+estimated\s+)?$|" + VALUE_BAR.pattern,
    re.IGNORECASE,
)
# "the €150 duty exemption", "a $800 de minimis threshold": an amount that names a rule's bar.
# "from 26% currently", "12 per cent now": a value as it stands today.
# What "now" is not followed by when it dates a value: "now to 2030" runs on to a time, "today on" is no
# value's (but "from 9.7 per cent currently to 19.4 per cent" is today's value, then the goal).
NOW_ENDS = (
    r"(?!\s+on\b|\s+to\b(?!\s+(?:about\s+|around\s+)?(?:[A-Z]{0,3}\$|[€£¥₹$])?[\d.,]+\s*"
    r"(?:%|per\s*cent|percent|billion|million|trillion|bn|mn|tn)))"
)
_STANDING = (
    r"(?:stands?|sits?|makes?\s+up|accounts?\s+for|capped|is|are|at|totals?|represents?|holds?|contributes?|"
    r"generates?|employs?|has|have)"
)
STANDS_NOW = re.compile(
    rf"(?:\b(?:currently|now)\s+(?:{_STANDING}\s+)*"
    # ("Today the ICT sector makes up 3.1% of GDP": a sentence that opens on today)
    rf"|(?:^|(?<=[.;]\s))Today,?\s+[^,.;\d]{{0,40}}?\b{_STANDING}\s+)"
    r"(?:at\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# "Paperless declarations now cover 98%", "currently estimated at around 3%": a value a clause says holds now
# (not "Buy-now-pay-later", "firms that must now sign", "the U.S., now the second-largest source": now said
# of something else)
SAID_TO_HOLD_NOW = re.compile(
    r"\b(?<!must\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!should\s)(?<!may\s)"
    r"(?:now|currently|at\s+present)(?![\w-])(?!\s+(?:the|in|an?|to)\b)" + NOW_ENDS,
    re.IGNORECASE,
)
# "37% of our small businesses sell online today": a clause that ends on now
HOLDS_TODAY_AFTER = re.compile(r"\s(?:today|currently|at\s+present|now)\s*(?:[,.;:)]|$)", re.IGNORECASE)
# (not "MDEC said in its report released here today": the day of the telling)
REPORTED_BETWEEN = re.compile(r"\b(?:said|says|released|published|announced|reported|told)\b", re.IGNORECASE)
# "now ships to", "now employs": a present verb after "now", before the value it gives
NOW_VERB = re.compile(r"\b(?:now|currently)\s+[a-z]+s\b(?:\s+(?:to|in|with|for|about|around|some))*\s+$")
CURRENTLY_AFTER = re.compile(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:currently|now|at\s+present|today)\b" + NOW_ENDS, re.IGNORECASE
)


# "- April: $342m", "May - 329", "February .... 3.0": a list line labelled by a month alone.
MONTH_LABEL = re.compile(
    r"\s*(?:[•·▪●◦‣*–—-]\s+)?(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s*(?::|\s[-–—]|\.{2,}|\|)"
)


def _month_in(period: str, name: str) -> str | None:
    """The month called ``name`` inside ``period`` ("April" in "2025-Q2" is "2025-04"), if it holds one."""
    end = last_month(period)
    if end is None:
        return None
    wanted = MONTH_NUMBERS[name.lower()[:3]]
    for back in range(months(period)):
        year, month = divmod(end[0] * 12 + end[1] - 1 - back, 12)
        if month + 1 == wanted:
            return f"{year}-{wanted:02d}"
    return None


def _labelled_month(name: str, state: State) -> str | None:
    """The month a row labelled by its name alone is of: that month of the period the text's heading or its
    section names, else of the period the text talks about most."""
    for period in (
        state.section,
        state.frame[1] if state.frame else None,
        state.periods.most_common(1)[0][0] if state.periods else None,
    ):
        if period and (month := _month_in(period, name)):
            return month
    return None


OVER_RIGHT_AFTER = re.compile(r"\s+over\s+(?:the\s+)?")


# "Budget 2026", "the 2026 budget", "Budget 2026/27": the year a budget speech or its report is on.
# "Budget 2026", "FEDERAL BUDGET 2025-26", "2025-2026 NATIONAL BUDGET ADDRESS": the year a budget is for.
BUDGET_YEAR = re.compile(
    r"\bbudget\s+((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)\b"
    r"|\b((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)\s+(?:(?:national|federal|union|state)\s+)?budget\b",
    re.IGNORECASE,
)
# Money a budget gives: "provides RM1.5 billion for", "an allocation of", "is earmarked for", "will go to",
# "I propose Rs. 3,500 million for", a line "• Rs. 25,000 million for digital public infrastructure".
BUDGETED_BEFORE = re.compile(
    r"\b(?:provid(?:es|ed|e)|allocat(?:es|ed|ion|ions)|earmark(?:s|ed)?|propos(?:e|es|ed)|sets?\s+aside|allots?)\b"
    r"[^.;]{0,25}$",
    re.IGNORECASE,
)
# "Rs 28.5 billion has been allocated ...": money given, the subject of its passive verb (the metrics name
# it by what it was given for)
ALLOCATED_AFTER = (
    r"\s+(?:has|have|had|is|are|was|were|will\s+be)\s+(?:been\s+)?"
    r"(?P<verb>allocated|earmarked|set\s+aside|budgeted|committed|provided|approved)\b"
)
BUDGETED_AFTER = re.compile(
    r"\s+(?:(?:will|would)\s+go\s+to|for\s+(?!the\s+(?:year|period)\b)[a-z])|" + ALLOCATED_AFTER,
    re.IGNORECASE,
)


def budget_year(text: str, fiscal_start: int) -> str | None:
    """The year of the budget a text is on, if it names one: a year written as two is a fiscal year."""
    found = BUDGET_YEAR.search(text) if "udget" in text or "UDGET" in text else None
    if found is None:
        return None
    written = found.group(1) or found.group(2)
    if (split := FISCAL_SPLIT.fullmatch(written)) is None:
        return written
    end_year = int(written[:2] + split.group(2)[-2:])
    return fiscal_year(end_year, fiscal_start if fiscal_start != 1 else 4)


FISCAL_SPLIT = re.compile(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)")


def _budgeted(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` is money a budget gives, of its year when nothing else dates it."""
    return bool(
        BUDGETED_BEFORE.search(sentence, max(0, q.start - 40), q.start)
        or BUDGETED_AFTER.match(sentence, q.end)
    )


def _set_aside(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` is money set aside ("earmark", "an outlay of") or a bar ("worth up to")."""
    before = folded(sentence[: q.start])
    if not any(
        word in before
        for word in (
            "earmark",
            "outlay",
            "allocat",
            "aside",
            "worth",
            "valued",
            "priced",
            "up to",
            "cost",
            "loan",
            "grant",
            "contribution",
        )
    ):
        return False
    return bool(SET_ASIDE.search(sentence, 0, q.start))


# A verb in the simple present that holds, serves or employs what follows: a state, of no period.
HOLDS_NOW = re.compile(
    r"\b(?:controls?|holds?|earns?|serves?|carr(?:y|ies|ying)|employs?|operates?|owns?|hosts?|commands?|"
    # ("now covers more than 95%", "is used for about 45% of online payments", "is now 19% of the total")
    r"covers|reaches|(?:is|are)\s+used\s+(?:for|in)|(?:is|are)\s+now)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|less\s+than\s+|"
    r"just\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?$",
    re.IGNORECASE,
)
# A share price or a company's stock: what moves on the day it is reported.
MARKET = re.compile(r"\b(?:shares|stock|share\s+price|share\s+buyback)\b", re.IGNORECASE)
# "That works out to", "equivalent to": the figure just given, put another way.
RESTATED = re.compile(
    r"\b(?:works?\s+out\s+(?:to|at)|(?:the\s+)?equivalent\s+(?:to|of))\s+"
    rf"(?:{HEDGE_WORDS}|just\s+)?$",
    re.IGNORECASE,
)
# ("jumped 22% to 48 million": the count a move ended at, after the rate it moved by)
# ("Stockholm County received 14.9 million inbound items", "handled 11.4 billion parcels": a flow)
COUNT_MOVED = re.compile(
    r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|reached|totall?ed|were|was|averaged|"
    r"received|handled|processed|delivered|shipped|cleared|"
    # ("Istanbul Airport remained the main gateway, handling 2.617.940 consignments", "Sabiha Gökçen Airport
    # followed with 702.518 consignments": what a hub moved in the period reported)
    r"receiving|handling|processing|delivering|shipping|clearing|followed\s+with)\s+"
    r"(?:by\s+|to\s+|[\d.]+\s*(?:%|percent|per\s*cent)\s+to\s+)?"
    rf"(?:{HEDGE_WORDS})?$",
    re.IGNORECASE,
)
# "... a year", "... per year", "... annually" right after an amount.
PER_YEAR = re.compile(r"\s+(?:(?:a|per|each|every)\s+year|annually)\b", re.IGNORECASE)
PERIOD_ANAPHOR = re.compile(
    # ("grew TPV by 41% this quarter" in a quarter's results: the quarter reported on)
    r"\b(?:(?:in|during|for|over|from|with|than)\s+the|this(?=\s+(?:quarter|half|month)\b))\s+(quarter|half|month|period|"
    r"(?:same|corresponding|comparable)\s+(?:period|quarter|half|month|months)|"
    r"year(?!\s+(?:ended|ending|to|through|of|before|earlier|ago|after|\d)|-))\b"
    r"((?:\s+of)?\s+(?:last|the\s+previous|the\s+prior)\s+year|\s+a\s+year\s+(?:earlier|before|ago))?"
    r"(?:\s+(?:of|in)\s+((?:19|20)\d\d)\b)?",  # "in the same quarter of 2025"
    re.IGNORECASE,
)
COMPARED_ANAPHOR = ("same", "corresponding", "comparable")
GRAIN = {"quarter": "-Q", "half": "-H", "month": "-"}
GRAIN_MONTHS = {"quarter": 3, "half": 6, "month": 1}
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|for|over|at)\s+$")
# "processed transfers worth THB 43.6 trillion over the six months": the six months the text just named
# ("the first half of 2025"), not the first six of a fiscal year.
MONTHS_ANAPHOR = re.compile(
    r"\b(?:in|during|for|over|across)\s+the\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
    r"\s+months\b(?!\s+(?:to|ended|ending|through|until|of|since|before|after)\b)",
    re.IGNORECASE,
)


# "from 3.2 percent", "compared with a net loss of $48.6 million"; "more than doubled" is a hedge, no base.
# The look-ahead for the letters every match starts with spares the rest of the pattern elsewhere.
BASE_QUANTITY = re.compile(
    # ("nearly double the USD 1.1 billion recorded two years earlier": a multiple's base)
    r"(?=[acftvodq])\b(?:from|compar(?:ed|es)\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)than|versus|vs\.?|"
    r"against|double|triple|quadruple|twice|"
    r"(?:(?<=cent\s)|(?<=%\s)|(?<=pct\s))over)\s+"  # "a growth of 13.6 per cent over US$ 341.1 billion"
    # ("a base of", "than the US$2,931 million recorded in": the base's article)
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?of\s+|the\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|"
    r"(?:just\s+)?(?:less|more|fewer)\s+than\s+|(?:just\s+)?(?:over|under)\s+)?$",
    re.I,
)
RANGE_ON = re.compile(r"\s*(?:to|through|and)\s", re.I)
# "to $7.23 trillion in 2024": a value's own time, right after it
TIME_RIGHT_AFTER = re.compile(
    r"\s*(?:in|for|during|as\s+of|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:19|20)\d\d|FY\s?'?\d\d|fiscal|Q[1-4]|H[12]|quarter|half|year|month)\b",
    re.IGNORECASE,
)
BASE_TAIL = re.compile(r"\s*(?:in|for|during|over|as\s+of|at\s+the\s+end\s+of|at\s+end-)?\s*", re.I)
TRAILING_YEAR = re.compile(
    r"\b(?:trailing|past|last|latest|rolling)\s+(?:twelve|12)\s+months\b|\bTTM\b", re.I
)
# "a year earlier", "the previous year", "five years earlier": back from the period talked about
YEAR_BEFORE = re.compile(
    r"\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b|\bthe\s+(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year\b|"
    # "from US$434 million in the prior-year quarter", "the year-ago period"
    r"\bthe\s+(?:prior-year|year-ago|year-earlier|previous-year)\s+(?:quarter|period|half|month)\b|"
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:earlier|before)\b",
    re.I,
)
LOWERCASE_YEAR_BEFORE = folding.lowercased(YEAR_BEFORE)
# "the previous year's total of 1.9 million", "the previous year's $268 billion": a year's own amount after it
YEARS_GAP = re.compile(
    r"['’]s\s+(?:(?:total|level|figure|tally|count|haul|value)\s+(?:of\s+)?)?(?:about\s+|nearly\s+|some\s+)?"
)
YEARS_VALUE = re.compile(YEARS_GAP.pattern + r"(?:[A-Z]{0,3}[$€£¥₹]\s?)?\d")  # the gap, then the number


# "By then, 75% of firms should use the cloud": the year named last, earlier in the sentence or just before it
BY_THEN = re.compile(r"\bby\s+(?:then|(?:that|the\s+same)\s+(?:time|year|date|point))\b", re.I)


def by_then(sentence: str, previous: str, published: date | None) -> list[TimeExpression]:
    """ "by then" as the year it points back to: a deadline when that year is still to come, else a period."""
    if "by th" not in folded(sentence):  # "by then", "by that year", "by the same year"
        return []
    found = []
    for match in BY_THEN.finditer(sentence):
        years = STATED_YEAR.findall(sentence, 0, match.start()) or STATED_YEAR.findall(previous)
        # ("will reach A$98 billion by 2030, a growth rate of 7.0% from 2025, and pass 22% by the same year":
        # the year still to come, not the base of the rate between them)
        to_come = [year for year in years if published is not None and int(year) > published.year]
        if years:
            found.append(
                TimeExpression(match.start(), match.end(), (to_come or years)[-1], deadline=bool(to_come))
            )
    return found


def period_anaphora(
    sentence: str, paragraph: int, state: State, stated: list[TimeExpression]
) -> list[TimeExpression]:
    """ "in the quarter", "during the period", "trailing twelve months", "from 17.3 percent a year earlier":
    periods named relative to the one the sentence or the text is talking about."""
    # "up from 15.9% a year ago": a year before the period talked about, not before "a year ago"
    own = [e.period for e in stated if plain(e) and not YEAR_BEFORE.fullmatch(sentence, e.start, e.end)]
    framed = state.frame[1] if state.frame else None
    current = own[0] if own else framed or (state.periods.most_common(1)[0][0] if state.periods else None)
    found: list[TimeExpression] = []
    # Each pattern below needs a word most sentences lack; looking for the word first is cheaper.
    lowered = folded(sentence)
    trailing = TRAILING_YEAR.finditer(sentence) if "months" in lowered or "ttm" in lowered else ()
    for match in trailing:
        if end := (last_month(current) if current else None):
            first = end[0] * 12 + end[1] - 12
            found.append(
                TimeExpression(
                    match.start(),
                    match.end(),
                    canonical(f"{first // 12}-{first % 12 + 1:02d}/{end[0]}-{end[1]:02d}"),
                )
            )
    # (scanned in lower case where that finds the same: faster)
    low = folding.lowered(sentence) if "year" in lowered else None
    year_before = YEAR_BEFORE.finditer(sentence) if low is None else LOWERCASE_YEAR_BEFORE.finditer(low)
    for match in year_before if "year" in lowered else ():
        # "45.2% in 2023, and 13.5% in 2024, up from 8.0% a year earlier": before the period named last
        before = [e.period for e in stated if plain(e) and e.end <= match.start()]
        then = before[-1] if before and before[-1] in own else current
        if (
            then
            # ("a growth of 13.8 per cent over the previous year's Rs 2,68,233 crore": that year's amount)
            and (
                not BASE_BEFORE.search(sentence[: match.start()]) or YEARS_VALUE.match(sentence, match.end())
            )
            and (
                re.search(
                    # "from 5.5 trillion yen a year earlier": a number, its scale and unit, then the year
                    # before
                    r"\d(?:\s*(?:%|per\s*cent|percent|\w+)){0,2}\s*(?:in|for|during|over)?\s*$",
                    sentence[: match.start()],
                )
                # "nearly double the previous year's total of 1.9 million": the year's, then its number
                or YEARS_VALUE.match(sentence, match.end())
            )
        ):
            back = (
                int(n) if (n := match.group(1)) and n.isdigit() else COUNT_WORDS.get((n or "one").lower(), 1)
            )
            # (after "over": the base of the change before it, and the year of the amount after it)
            based = BASE_BEFORE.search(sentence[: match.start()]) is not None
            found.append(TimeExpression(match.start(), match.end(), shift_year(then, -back), base=based))
    anaphors = any(word in lowered for word in ("quarter", "half", "month", "period", "the year"))
    for match in PERIOD_ANAPHOR.finditer(sentence) if anaphors else ():
        named = match.group(1).lower().split()
        compared = named[0] in COMPARED_ANAPHOR or match.group(2) or match.group(3)
        if (compared and BASE_BEFORE.search(sentence[: match.start() + 5])) or BASE_BEFORE.search(
            sentence[: match.start()]
        ):
            # "compared with 353 million in the corresponding period last year": the period of the number
            # in it, a base; "over the same period", "more than in the same period" with no year: a base only
            compared_with = own[0] if own else state.last_period or current
            if (match.group(2) or match.group(3)) and compared_with:
                period = _year_moved(compared_with, match)
                found.append(TimeExpression(match.start(), match.end(), period, base=True))
            continue
        grain = GRAIN.get(named[-1])
        deadlines = [e for e in stated if e.deadline and e.end <= match.start()]
        if match.group(1).lower() == "period" and deadlines:
            # "aims to reach 1.5 trillion yuan by 2030, and targets 10 percent growth during the period": the
            # period the goals run to
            found.append(TimeExpression(match.start(), match.end(), deadlines[-1].period, deadline=True))
            continue
        earlier = [e.period for e in stated if plain(e) and e.end <= match.start()]
        if named[0] in COMPARED_ANAPHOR and (earlier or state.last_period):
            # "in the same period": the one named before it in the sentence, else the last figure's
            known = [earlier[-1] if earlier else str(state.last_period)]
        elif match.group(1).lower() == "year":  # "during the year": the year the text reports on
            known = [state.frame[1]] if state.frame and state.frame[0] == paragraph else []
            known = [p for p in known + [p for p, _ in state.periods.most_common()] if months(p) == 12]
        elif grain is None:  # "the period": the one the lead reported on, unless this paragraph set its own
            known = [state.frame[1]] if state.frame and state.frame[0] == paragraph else []
            known += [p for p in state.periods if "/" not in p or "-" in p]  # insertion order: first stated
        else:
            # ("during the half" in a report on the six months to September: those six months)
            length = GRAIN_MONTHS[named[-1]]
            known = [p for p, _ in state.periods.most_common() if _grained(p, grain, length)]
            if state.frame and _grained(state.frame[1], grain, length):
                known.insert(0, state.frame[1])
        if known:  # "in the same period last year": a year before it
            found.append(TimeExpression(match.start(), match.end(), _year_moved(known[0], match)))
    for match in MONTHS_ANAPHOR.finditer(sentence) if "months" in lowered else ():
        written = match.group(1)
        length = int(written) if written.isdigit() else COUNT_WORDS[written.lower()]
        named_before = [e.period for e in stated if plain(e) and e.end <= match.start()]
        known = [
            *named_before[::-1],
            *([framed] if framed else []),
            *(p for p, _ in state.periods.most_common()),
        ]
        if same := next((p for p in known if months(p) == length), None):
            found.append(TimeExpression(match.start(), match.end(), same))
    if "end of the period" in lowered and (deadline := _goal_end(stated, state)):
        for match in END_OF_PERIOD.finditer(sentence):  # "by the end of the period": when the goals fall due
            found.append(TimeExpression(match.start(), match.end(), deadline, deadline=True))
    return found


def _grained(period: str, grain: str, length: int) -> bool:
    """Whether a period is a quarter, half or month, named so ("2025-H1") or as months ("2025-04/2025-09")."""
    if "/" in period:
        return months(period) == length
    return grain in period


def _year_moved(period: str, match: re.Match[str]) -> str:
    """The period an anaphor names: "the same period last year" a year before, "of 2025" in that year."""
    if match.group(3):
        first = STATED_YEAR.search(period)
        return shift_year(period, int(match.group(3)) - int(first.group(0))) if first else period
    return shift_year(period, -1) if match.group(2) else period


END_OF_PERIOD = re.compile(r"\bby\s+the\s+end\s+of\s+the\s+period\b", re.IGNORECASE)


def _goal_end(stated: list[TimeExpression], state: State) -> str | None:
    """The deadline of the goals a sentence or, failing it, the text has just named."""
    deadlines = [e.period for e in stated if e.deadline]
    if deadlines:
        return deadlines[-1]
    return str(state.targets[-1].year) if state.targets else None


# A fair, expo or summit that is reported on took place in the year of the report, unless stated.
# A shopping festival is no such event: it runs for weeks, and an undated one says no period.
EVENT = re.compile(r"\b(?:expo|fair|exhibitions?|summit|conference|forum)\b", re.IGNORECASE)
# How close a period must stand to a number to override the period that opens its sentence.
ADJACENT = 12
# "the 12.7 percent pace recorded in September": a period a participle ties to the number is its own.
RECORDED_IN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:recorded|registered|posted|seen|reported|logged)\s+(?:(?:in|during|for)\s+)?",
    re.I,
)
# "up from 870 at the end of last year": the end of a period, told right after the number, is its own.
END_OF = re.compile(r"\s+(?:at|by)\s+the\s+(?:end|close)\s+of\s+", re.I)
# A period adverbial opening a sentence: "In the first half of this year, ...", "Last year, ...".
OPENING_PERIOD = re.compile(r"^(?:(?:In|During|For|Over|Through)\s+)?[^,]{2,50},\s")


# "after the launch in April", "following a merger in 2023": a period that dates an event, not a figure.
EVENT_BEFORE = re.compile(
    r"\b(?:after|following|before|ahead\s+of)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE
)
# "the work programme, first established in 1998", "launched in late 2022", "the digital services tax,
# introduced in July 2022": when something began.
# (not "1,940 digital start-ups were founded in the first three quarters": how many, in that time)
FOUNDED_BEFORE = re.compile(
    r"(?<!\bwere\s)\b(?:established|founded|launched|set\s+up|created|inaugurated|introduced|adopted|imposed|"
    # ("extending a run of quarterly gains that began in 2023": when the run began, not the figure's time)
    r"enacted|(?<=that\s)began|(?<=that\s)started)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w-]*\s+)?"
    r"(?:in\s+)?(?:(?:early|late|mid)\s*)?$",
    re.IGNORECASE,
)
CUMULATIVE = re.compile(r"\bcumulative\s+$", re.IGNORECASE)


# "the ministry, which said last month it would add 15 zones", "against the €7.9 billion published in June": a
# period that dates a statement or a release.
STATEMENT_BEFORE = re.compile(
    r"\b(?:said|announced|stated|disclosed|pledged|promised|unveiled|(?:first\s+)?(?:published|released))\s+"
    r"(?:on\s+\w+\s+|in\s+)?$",
    re.IGNORECASE,
)


# "fell 8.4 percent after Washington ended duty-free treatment in May": May is the event's.
EVENT_BETWEEN = re.compile(r"\b(?:after|following|ahead\s+of)\b", re.IGNORECASE)


def _dates_event(sentence: str, e: TimeExpression, q: Quantity | None = None) -> bool:
    """Whether ``e`` only says when something a figure followed or preceded happened: "advertising
    revenue rose 4.5 times after the launch in April of a new product" is not April's revenue, and
    "the ministry said last month it would add 15 zones" dates the saying."""
    if q is not None and e.start >= q.end and EVENT_BETWEEN.search(sentence, q.end, e.start):
        return True
    return _event_before(sentence, e.start)


@lru_cache(maxsize=64)
def _event_before(sentence: str, start: int) -> bool:
    """Whether the words before ``start`` name an event or a statement the period there dates.

    Remembered: each quantity of a sentence asks it of each of the sentence's periods.
    """
    return bool(
        EVENT_BEFORE.search(sentence, max(0, start - 40), start)
        or FOUNDED_BEFORE.search(sentence, max(0, start - 40), start)
        or STATEMENT_BEFORE.search(sentence, max(0, start - 30), start)
    )


# "... to 37%": the level a move over a span ended at.
LEVEL_TO = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|an\s+estimated\s+)?$", re.I)


def plain(e: TimeExpression) -> bool:
    """A period a fact belongs to, not a deadline, a comparison base, a span or a start."""
    return not (e.deadline or e.base or e.span or e.since)


def _claimed(e: TimeExpression, q: Quantity, others: list[Quantity], sentence: str) -> bool:
    """ "accelerating from 3.2 percent in September": a period after a comparison base is the base's.

    "rose 5 percent to 10 billion yuan in 2024" is different: both numbers are for 2024.
    """
    # "rising to $383.5 billion in 2024-25 from $341.1 billion in the previous year, a growth of 12.4
    # percent": the period right after a base is the base's, for the numbers after it too.
    # "from $4.59 trillion in 2020 to $7.23 trillion in 2024" is a range, not a base.
    # ("climbed from KSh 6.1 billion in FY24 to KSh 7.9 billion": a range's end with no time of its own is
    # not of its start's)
    ranged = bool(RANGE_ON.match(sentence, e.end)) and (
        q.start < e.end or TIME_RIGHT_AFTER.match(sentence, q.end) is not None
    )
    if "ccording" in sentence and SOURCE_BEFORE.search(sentence, max(0, e.start - 60), e.start):
        return (
            False  # "against an EU average of 4.8%, according to Eurostat figures for 2023": every number's
        )
    for o in others:
        if (
            e.start > q.end
            and o.start > e.end
            and o.start - e.end <= 30
            and PERIOD_TOTAL.fullmatch(sentence, e.end, o.start)
        ):
            return True  # "down 6.3%, bringing the first-half total to US$852 million": the later amount's
        if o.start == q.start or o.end > e.start:  # q may be a copy with its currency resolved
            continue
        after_q = e.start >= q.end and q.end <= o.start
        right_before = not ranged and e.start - o.end <= 25 and BASE_TAIL.fullmatch(sentence, o.end, e.start)
        if (after_q or right_before) and BASE_QUANTITY.search(sentence[max(0, o.start - 30) : o.start]):
            return True
    return False


# "the first-half total to", "the nine-month tally of": a period that names the total after it.
PERIOD_TOTAL = re.compile(
    rf"[\s-]*{TOTAL_NOUNS}\s+(?:to|of|at|was|is)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?",
    re.IGNORECASE,
)
# "according to Eurostat figures for": a source that dates what it reports.
SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+[^,;]{0,50}$", re.IGNORECASE)


def counts_toward_main(period: str, q: Quantity, sentence: str) -> bool:
    """Whether a figure's period is evidence of what the text mostly reports on.

    A span of years is not, and neither is the period of a comparison base: "revenue was
    $3.1 billion, up from $2.3 billion in the third quarter of 2024" reports on the later quarter,
    however many earlier numbers it sets its figures against.
    """
    if "/" in period and "-" not in period:
        return False
    if "alone" in sentence and PART_ALONE.search(sentence):
        return False  # "In June alone, IT exports stood at 338 mln dollars": a part of the period reported on
    return not BASE_QUANTITY.search(sentence[max(0, q.start - 30) : q.start])


PART_ALONE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|"
    r"Q[1-4]|half|H[12]|month)\s+alone\b",
    re.IGNORECASE,
)


def _multiple_end(exprs: list[TimeExpression], state: State) -> str | None:
    """The period a multiple is measured at: the latest its sentence states, else the text's own."""
    stated = [e.period for e in exprs if plain(e) and e.period[:4].isdigit()]
    if stated:
        return max(stated, key=lambda p: last_month(p) or (0, 0))
    if state.periods:
        return state.periods.most_common(1)[0][0]
    return str(state.published.year) if state.published else None


def _earlier_level(
    q: Quantity, exprs: list[TimeExpression], others: list[Quantity], sentence: str
) -> TimeExpression | None:
    """The year of another number before a multiple, when that is the only year its sentence names."""
    years = [e for e in exprs if e.period[:4].isdigit()]
    if len(years) != 1 or years[0].deadline or years[0].span or years[0].end > q.start:
        return None
    e = years[0]
    dated = any(
        o.end <= e.start and BASE_TAIL.fullmatch(sentence, o.end, e.start) for o in others if o.end < q.start
    )
    return e if dated else None


# "the 2022 number", "their 2019 level": an earlier value named by its year, after a multiple (a multiple in
# words, "three times ", ends with its space).
YEAR_LEVEL_AFTER = re.compile(
    r"\s*(?<!\w)(?:the|their|its)\s+(?:19|20)\d\d\s+(?:level|figure|number|volume|value|total|amount)\b",
    re.IGNORECASE,
)


def _span_from(base: str, end: str) -> str | None:
    """From the start of ``base`` to the end of ``end``: fiscal years give months ("2014-04/2025-03").

    A multiple over a single year ("up 4.5 times from 2023" of 2024) is dated like a growth rate, by its year.
    """
    if not base.isdigit() and YEARS.sub("", base) == YEARS.sub("", end) and int(end[:4]) - int(base[:4]) == 1:
        return end  # "1.5 times more than in the same period of 2024": a year-on-year multiple, of its period
    start, finish = base.split("/")[0], end.split("/")[-1]
    if not (YEAR_MONTH.fullmatch(start) and YEAR_MONTH.fullmatch(finish)):
        start, finish = start[:4], finish[:4]
    if int(finish[:4]) - int(start[:4]) <= 1 and base.isdigit():
        return end
    return f"{start}/{finish}" if finish[:4] > start[:4] else None


YEAR_MONTH = re.compile(r"\d{4}-\d\d")
MONTH_OR_QUARTER = re.compile(r"\d{4}-(?:\d\d|Q[1-4])")


def _year_on_month(exprs: list[TimeExpression], state: State) -> str | None:
    """The month or quarter a sentence reports, when all it names is its comparison base a year before."""
    bases = [e for e in exprs if e.base and MONTH_OR_QUARTER.fullmatch(e.period)]
    if len(bases) != 1 or len(exprs) != 1:
        return None
    compared = shift_year(bases[0].period, 1)
    return None if _after(compared, state.published) else compared


YEARS = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=64)
def _after(period: str, published: date | None) -> bool:
    """Whether ``period`` starts after the month of publication (remembered: each quantity of a text
    asks it of the same few periods)."""
    first = period.split("/")[0]
    end = last_month(first)
    if published is None or end is None:
        return False
    return end[0] * 12 + end[1] - months(first) + 1 > published.year * 12 + published.month


def _negated_end(period: str) -> int:
    """A sort key that puts the period ending last first."""
    end = last_month(period)
    return -(end[0] * 12 + end[1]) if end else 0


def _between(q: Quantity, e: TimeExpression, others: list[Quantity]) -> bool:
    """Whether another number stands between ``q`` and ``e``: the period is then that number's."""
    low, high = (q.end, e.start) if e.start >= q.end else (e.end, q.start)
    return any(low <= o.start and o.end <= high for o in others)


def _compared_year(state: State, base_year: str) -> int | None:
    """The year of the last figure not of ``base_year``: what a multiple of a past level is measured at."""
    for figure in reversed(state.figures):
        if figure.period and not figure.period.startswith(base_year) and (end := last_month(figure.period)):
            return end[0]
    return _main_year(state)


def _main_year(state: State) -> int | None:
    if state.periods:
        end = last_month(state.periods.most_common(1)[0][0])
        return end[0] if end else None
    return state.published.year if state.published else None


# ", which", ", two of which", ", most of which"
RELATIVE_CLAUSE = re.compile(r",\s+(?:(?:[\w-]+\s+){1,2}of\s+)?which\s+")
# (it opens with the class of its first characters, each branch then told by the one it read, so the engine
# skips to those characters instead of trying the three branches at every position)
CLAUSE_BREAK = re.compile(
    r"[;:,\s](?:(?<=[;:])\s+|(?<=,)\s+(?:and|while|but|whereas|so)\s+|(?<=\s)\s*while\s+)"
)


@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses break: looked up for each of its quantities, found once.

    A few sentences are enough: all the look-ups for one sentence come together.
    """
    return tuple(match.span() for match in CLAUSE_BREAK.finditer(sentence))


# The colon of a labelled line and what may stand before its value.
LABELLED_VALUE = re.compile(r":\s*" + VALUE_OPENING, re.IGNORECASE)


def label_start(sentence: str, low: int, position: int) -> int:
    """Where the clause of the value at ``position`` starts, a line's label included when the value follows
    its colon ("Active accounts at end-June 2025: 61.3 million"): ``low`` if it follows none."""
    colon = sentence.rfind(":", 0, position)
    if colon < low - 2 or not LABELLED_VALUE.fullmatch(sentence, colon, position):
        return low
    # (a label opens its line, after a list's mark or briefly: "The port's window, in use since March 2021,
    # has cut paperwork: about 2,400 traders" is a sentence's clause)
    start = sentence.rfind("\n", 0, colon) + 1
    marked = LIST_MARK.match(sentence[start:colon]) is not None
    return start if colon - start <= (LABEL_LENGTH if marked else LABEL_LENGTH // 2) else low


LABEL_LENGTH = 90


OPENS_CLAUSE = re.compile(
    r"[,;:]?\s*(?:(?:and|but|while|whereas|so)\s+)?(?:(?:in|during|over|for|across|through)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The clause of a compound sentence that holds ``position``."""
    low, high = 0, len(sentence)
    for start, end in _clause_breaks(sentence):
        if end <= position:
            low = end
        elif start >= position:
            high = start
            break
    return low, high


# Words TIME_WORDS cannot match without, besides a digit.
TIME_WORD_STEMS = (
    *("quarter", "half", "month", "year", "january", "february", "march", "april", "june", "july"),
    *("august", "september", "october", "november", "december"),
)


LOWERCASE_TIME_WORDS = folding.lowercased(TIME_WORDS)


def _names_time(text: str) -> bool:
    """Whether TIME_WORDS matches ``text``: found in the lowercased text where that is the same, faster."""
    low = folding.lowered(text)
    return (TIME_WORDS.search(text) if low is None else LOWERCASE_TIME_WORDS.search(low)) is not None


YEAR_TO_YEAR = re.compile(r"\d{4}/\d{4}")


COVERED_BEFORE = re.compile(r"\b(?:covered|covers|covering)\s+(?:the\s+(?:years|period)\s+)?(?:from\s+)?$")
UNTIL_BEFORE = re.compile(r"\b(?i:until|till)\s+$")


# "This report presents data for calendar 2024", "[Data are for 2024 unless stated otherwise.]", "All figures
# refer to 2024": the year a text's numbers are of, whatever year its title names
# ("Unless noted, results refer to Paraná and to the 2024 calendar year": a place first)
DATA_YEAR = re.compile(
    DATA_REFER + r"(?:(?-i:[A-Z])[^.;\d]{0,40}?\s+and\s+(?:to\s+)?)?"
    r"(?:the\s+)?(?:calendar\s+)?(?:year\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)


# "Africa Digital Commerce Expo 2025", "the 2025 Digital Trade Summit": a fair or summit named with its year
EVENT_TITLE = re.compile(
    r"\b(?:Expo|Fair|Summit|Forum|Conference|Exhibition)\s+((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Expo|Fair|Summit|Forum|Conference|Exhibition)\b"
    r"(?!\s+[Cc]all)"  # (not "Q2 2025 Earnings Conference Call")
)
# How far into a text its title and header run.
TITLE_REACH = 300


def event_year(text: str, published: date | None) -> str | None:
    """The year of the event a text's title is on, when it is the year of publication: its numbers with no
    time of their own are that event's."""
    found = EVENT_TITLE.search(text, 0, TITLE_REACH)
    year = (found.group(1) or found.group(2)) if found else None
    return year if year and published and int(year) == published.year else None


# A sale or shopping season a text reports on, named in its first lines.
SALE_EVENT = re.compile(
    # (a sale, not "sales"; a day named by its date, "11.11", "12.12", "6.18", not any decimal)
    r"\b(?:sale|campaign|shopping\s+festival|festive\s+season|(?:Black|White)\s+Friday|Cyber\s?Monday|Singles['’]?\s+Day|"
    r"Double\s+(?:11|12|Eleven)|Hot\s+Sale|Buen\s+Fin|Prime\s+Day|Harbolnas|"
    # ("PEAK SEASON REPORT 2024": a courier's report on the weeks of year-end shopping)
    r"peak\s+season)\b|\b(?:(\d{1,2})\.\1|6\.18)\b",
    re.IGNORECASE,
)
_MONTH = rf"({MONTHS})"
# "(3-5 November)", "held from midnight on 11 November to midnight on 13 November", "Between Black Friday on
# 28 November and New Year's Eve", "opening on 14 October and closing at midnight on 11 November": the days
# the sale ran, by their months.
SALE_WINDOW = re.compile(
    rf"\(\s*\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MONTH}\s*\)"
    rf"|\bopen(?:ing|ed|s)\s+on\s+\d{{1,2}}\s+{_MONTH}\s+and\s+clos(?:ing|ed|es)\s+(?:at\s+midnight\s+)?on\s+"
    rf"\d{{1,2}}\s+{_MONTH}"
    rf"|\bfrom\s+(?:midnight\s+on\s+)?\d{{1,2}}\s+{_MONTH}\s+(?:to|until)\s+(?:midnight\s+on\s+)?\d{{1,2}}\s+{_MONTH}"
    rf"|\b[Bb]etween\s+[^.,;]{{0,30}}?\b\d{{1,2}}\s+{_MONTH}\s+and\s+(?:(New\s+Year['’]s\s+Eve)|\d{{1,2}}\s+{_MONTH})"
    # ("express volumes, 15 November – 31 December 2024", "Peak 2024 (29 Nov-31 Dec)": the days, dash between)
    rf"|\b\d{{1,2}}\s+{_MONTH}\s*[-–]\s*\d{{1,2}}\s+{_MONTH}\b"
)
# A sale named after the day it is held on: "11.11", "12.12", "Double 12", "Singles' Day", "Black Friday" (the
# day after Thanksgiving, in November; "White Friday" in the Gulf).
SALE_DAY = re.compile(
    r"\b(?:(9|1[0-2])\.\1(?!\d|\s*%|\s*(?:per\s*cent|percent|[bmt]illion|[bmt]n)\b)|Double\s+(1[12])|Double\s+Eleven|"
    r"Singles['’]?\s+Day|(?:Black|White)\s+Friday)\b",
    re.IGNORECASE,
)
MONTH_NAMED = re.compile(rf"\b{_MONTH}\b")
# "Q4", "promotions stretched over several weeks", "a month-long festival": a time longer than the sale's day
# (not "a quarter more": a fraction)
LONGER_RUN = re.compile(
    r"\bQ[1-4]\b|\b(?:first|second|third|fourth|final|last|this|the)\s+quarter\b|\bweeks\b|\bmonth-long\b",
    re.IGNORECASE,
)
# How far into a text the sale it reports on is named, with its days.
SALE_REACH = 600


def sale_window(text: str, published: date | None) -> str | None:
    """The month, or months, of the sale a text reports on, when its first lines give the days it ran:
    its numbers with no time of their own are that sale's, not the year's ("Orders: 3.6 million" in a
    recap of a sale held "3-5 November")."""
    if published is None or not SALE_EVENT.search(text, 0, SALE_REACH):
        return None
    window = SALE_WINDOW.search(text, 0, SALE_REACH)
    if window is None:
        # ("Thailand's 11.11 campaign generated ฿9.6bn", "White Friday GMV rose 14%": a sale named after its
        # day, in the month of that day)
        day = SALE_DAY.search(text, 0, SALE_REACH)
        if day is None:
            return None
        first = last = int(day.group(1) or day.group(2) or 11)
        # (not a sale that ran from another month, "from 20 October", or over weeks, or a quarter's report
        # that names one)
        lead = text[:SALE_REACH]
        if LONGER_RUN.search(lead) or any(
            MONTH_NUMBERS[name.lower().rstrip(".")] != first for name in MONTH_NAMED.findall(lead)
        ):
            return None
    else:
        names = [g for g in window.groups() if g]
        first = MONTH_NUMBERS[names[0].lower().rstrip(".")]
        last = 12 if names[-1].lower().startswith("new") else MONTH_NUMBERS[names[-1].lower().rstrip(".")]
    # (a sale is reported after it ends: one whose months lie after the report's month ran the year before)
    year = published.year - (first > published.month)
    start = f"{year}-{first:02d}"
    return start if last == first else f"{start}/{year}-{last:02d}"


# "This report covers the financial year 2024-25 (April 2024 to March 2025)": the time a report is on, named
# within a few words of the verb ("the financial year 2024-25").
REPORT_COVERS = re.compile(
    r"\b(?:this|the)\s+(?:report|review|survey|release|bulletin|edition)\s+(?:covers|refers\s+to)\s+",
    re.IGNORECASE,
)
COVERED_REACH = 30


def declared_data_year(sentence: str, state: State) -> None:
    """ "Data are for 2024 unless stated otherwise", "This report covers the financial year 2024-25": the
    text says what year its numbers are of, which then stands for every number whose sentence states none,
    as a heading's period would."""
    if (stated := DATA_YEAR.search(sentence)) and (
        state.published is None or int(stated.group(1)) <= state.published.year
    ):
        state.section = stated.group(1)
    elif covers := REPORT_COVERS.search(sentence):
        named = find_periods(
            sentence[covers.end() :], state.published, state.fiscal_start, state.fiscal_by_start
        )
        if named and named[0].start <= COVERED_REACH and not named[0].deadline:
            state.section = named[0].period


def carry_context(sentence: Sentence, state: State, published: date | None) -> None:
    """ "In the first half, trade grew steadily.": the period that the next sentences omit."""
    # TIME_WORDS needs a digit or one of these words; most sentences without figures have neither.
    lowered = folded(sentence.text)
    if (ANY_DIGIT.search(sentence.text) or any(word in lowered for word in TIME_WORD_STEMS)) and _names_time(
        sentence.text
    ):
        asides = [m.span() for m in LABELLED_BRACKET.finditer(sentence.text)] if "(" in sentence.text else []
        named = find_periods(
            sentence.text,
            published,
            state.fiscal_start,
            state.fiscal_by_start,
            fiscal_full_year=state.fiscal_report,
        )
        stated = [
            e
            for e in named
            # ("Selected data (for the year ended December 31, 2025)": twelve months the lines below report,
            # not a span from one year to another)
            if (
                plain(e)
                or (
                    e.span
                    and not e.deadline
                    # ("The audit covered the years 2021 to 2024": the years a report is on)
                    and (
                        not YEAR_TO_YEAR.fullmatch(e.period)
                        or COVERED_BEFORE.search(sentence.text, max(0, e.start - 30), e.start) is not None
                    )
                )
            )
            and not _after(e.period, published)  # "will miss its 2030 target": no time reported on
            # ("Until March 2025 the programme was the ministry's": when a state of things ended)
            and not UNTIL_BEFORE.search(sentence.text, max(0, e.start - 8), e.start)
            and not any(a <= e.start < b for a, b in asides)  # "(H1 2025: 1,512)": another time's value
        ]
        if (spans := [e.period for e in named if YEAR_TO_YEAR.fullmatch(e.period)]) and CAGR_CUE.search(
            sentence.text
        ):
            # "The second chart plots average annual growth in these exports from 2019 to 2023.": the rates
            # a year the paragraph goes on to give are over those years
            state.growth_frame = (sentence.paragraph, spans[-1])
        if stated:
            # "the second quarter of fiscal 2026, the three months ended September 30": the narrowest;
            # of two as narrow ("Q3 2024 | Q3 2025" heading a table), the later one is the news
            narrowest = min(stated, key=lambda e: (months(e.period), _negated_end(e.period))).period
            state.periods[narrowest] += 1
            # A question ("How did trade do last year?") frames the answer, the next paragraph, as a
            # caption does the list below it ("Exports, three months to April, change on a year earlier:",
            # "KEY FIGURES (Q3 2025, yr/yr change)": a short line that is no sentence).
            ending = sentence.text.rstrip()
            asked = (
                ending.endswith(("?", ":"))
                or (len(ending) <= 80 and ending.endswith(")"))
                # ("Inbound e-commerce consignments by command, Q2 2025" over a table after a blank line)
                or (
                    len(ending) <= CAPTION_REACH and TABLE_FOLLOWS.match(state.text, sentence.end) is not None
                )
            )
            # (a caption whose list follows on the next lines of its own paragraph frames that paragraph)
            listed = asked and LINE_FOLLOWS.match(state.text, sentence.end) is not None
            state.frame = (sentence.paragraph + (asked and not listed), narrowest)
            if _heading(sentence, state.text):
                # "2. Cross-border online shopping in Q3 2025": the period of the part of the text it heads
                state.section = narrowest


def _heading(sentence: Sentence, text: str) -> bool:
    """Whether a sentence is a numbered heading ("2. ..."): a short paragraph of one line, with no full stop
    at its end, and no day's date."""
    line = sentence.text.strip()
    if len(line) > HEADING_LENGTH or "\n" in line or line.endswith((".", "?", "!", ":", ";", ",")):
        return False
    after = text[sentence.end : sentence.end + 4].lstrip(" ")
    return (
        HEADING_START.search(text, max(0, sentence.start - 8), sentence.start) is not None
        and (not after or after.startswith("\n\n"))
        and not MONTH_DAY_RE.search(line)
        and not DAY_MONTH_RE.search(line)
    )


# What a numbered heading's line starts after: a blank line and the heading's number ("Outlook 2026",
# unnumbered, heads no part of its own: the text may go on about the year it reports on).
HEADING_START = re.compile(r"\n\n\s*(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s*\Z")
HEADING_LENGTH = 100


# Words a fiscal year may be written with: "fiscal 2024", "FY25", "the 2023/24 financial year", "2024-25".
# (it opens with the characters every match starts with, so the engine skips to them; each branch is told
# by the one read, a word boundary before it checked as a look-behind after it: "fiscal", "financial
# year", "FY", "19.."/"20..")
FISCAL_HINT = re.compile(
    r"[f12](?:(?<=f)(?:iscal|inancial\s+year|(?<!\w.)Y)|(?<!\w.)(?:(?<=1)9|(?<=2)0)\d\d[-/]\d\d\b)",
    re.IGNORECASE,
)


LOWERCASE_FISCAL_HINT = folding.lowercased(FISCAL_HINT)


def sentence_fiscal_start(body: str, state: State) -> int:
    """The month fiscal years begin in for this sentence: those of the first country it names before the
    fiscal year, if that is not the text's ("Britain's digital services tax raised 678 mln pounds in the
    2023/24 fiscal year" in a text on the United States), else the text's."""
    if state.declared_fiscal:
        return state.fiscal_start
    # (the hint's lowercase copy finds the same in the lowercased body, faster, where there is one)
    low = folding.lowered(body)
    if (hint := FISCAL_HINT.search(body) if low is None else LOWERCASE_FISCAL_HINT.search(low)) is None:
        return state.fiscal_start
    named = find_places(body[: hint.start()], partners=False) if hint.start() else []
    country = next((p.name for p in named if p.name in COUNTRIES), None)
    if country is None or country == state.home_country:
        return state.fiscal_start
    return FISCAL_YEAR_START.get(country, 1)
