"""Time expressions in a sentence, resolved against the article's publication date.

"last year", "the first three quarters", "January-September", "H1 2025", "fiscal
2024-25", "from 2020 to 2024", "over the past five years" become the period strings
of the gold format: ``2024``, ``2024-Q1``, ``2024-H1``, ``2024-03``,
``2024-01/2024-09`` and ``2020/2024``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"((?:19|20)\d\d)"
# "of 2024", "2024", "of this year", "of last year": the year a part of a year belongs to.
_OF_YEAR = rf"(?:\s+(?:of\s+)?(?:the\s+year\s+)?(?:{_YEAR}|(this|last)\s+year))?"
_NUM = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


# Words that make the period after them the base of a comparison, not the period of the figure.
BASE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|than(?:\s+(?:for|in))?|versus|vs\.?|over|against|on)"
    r"(?:\s+the\s+same\s+(?:period|time|month|quarter)(?:\s+of)?|\s+(?:the\s+whole|all|the\s+end)(?:\s+of)?)?\s*$",
    re.IGNORECASE,
)
BASE_START = re.compile(r"^(?:from|than|over|against)\b", re.IGNORECASE)
# Words that mark a sentence as naming a period even when it holds no number.
TIME_WORDS = re.compile(
    r"\d{4}|quarter|half|months|year|january|february|march|april|june|july|august|september|october|"
    r"november|december|\bH[12]\b|\bQ[1-4]\b",
    re.IGNORECASE,
)


# A year a sentence states as its own time, not as the start of a span ("since 2014").
STATED_YEAR = re.compile(r"(?<!since )\b((?:19|20)\d\d)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A period mentioned at ``start``-``end`` of a sentence; ``deadline`` for "by 2029"."""

    start: int
    end: int
    period: str
    span: bool = False
    deadline: bool = False
    base: bool = False  # the comparison base: "up 5 percent from 2023", "compared with 2023"
    since: bool = False  # "since 2015": the start of a span that ends at the text's own period


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTH_NUMBERS.get(key) or MONTH_NUMBERS[key[:3]]


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else COUNT_WORDS[raw.lower()]


def _past_year(end_month: int, published: date) -> int:
    """The year of the latest period ending in ``end_month`` that is over by publication."""
    return published.year if end_month <= published.month else published.year - 1


def _months(first: int, last: int, year: int) -> str:
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _year(raw: str | None, end_month: int, published: date, relative: str | None = None) -> int:
    if raw:
        return int(raw)
    if relative:
        return published.year - (relative.lower() == "last")
    return _past_year(end_month, published)


def canonical(period: str) -> str:
    """One spelling per period: a month range that is a calendar quarter, half or year is written so.

    "2025-01/2025-06" is "2025-H1" and "2025-07/2025-09" is "2025-Q3", so that figures
    for the same period compare equal however the text wrote it.
    """
    match = re.fullmatch(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)", period)
    if match is None or match.group(1) != match.group(3):
        return period
    year, first, last = match.group(1), int(match.group(2)), int(match.group(4))
    if (first, last) == (1, 12):
        return year
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{last // 6}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{last // 3}"
    return period


def last_month(period: str) -> tuple[int, int] | None:
    """(year, month) in which a period ends: "2025-H1" -> (2025, 6), "2024-04/2025-03" -> (2025, 3)."""
    end = period.split("/")[-1]
    match = re.fullmatch(r"(\d{4})(?:-(?:(\d\d)|Q([1-4])|H([12])))?", end)
    if match is None:
        return None
    year, month, quarter, half = match.groups()
    return int(year), int(month) if month else 3 * int(quarter) if quarter else 6 * int(half) if half else 12


def months(period: str) -> int:
    """How many months a period covers (a span of years counts them all)."""
    first, last = period.split("/")[0], last_month(period)
    begin = re.fullmatch(r"(\d{4})(?:-(?:(\d\d)|Q([1-4])|H([12])))?", first)
    if begin is None or last is None:
        return 12
    year, month, quarter, half = begin.groups()
    start = int(month) if month else 3 * int(quarter) - 2 if quarter else 6 * int(half) - 5 if half else 1
    return (last[0] - int(year)) * 12 + last[1] - start + 1


def shift_year(period: str, years: int) -> str:
    """The same period ``years`` later: "2024-04/2025-03" a year earlier is "2023-04/2024-03"."""
    return re.sub(r"(?:19|20)\d\d", lambda m: str(int(m.group(0)) + years), period)


def fiscal_year(end_year: int, first_month: int) -> str:
    """The fiscal year ending in ``end_year`` for a country whose year starts in ``first_month``."""
    if first_month == 1:
        return str(end_year)
    return f"{end_year - 1}-{first_month:02d}/{end_year}-{first_month - 1:02d}"


_I = re.IGNORECASE
YEAR_SPAN_FROM = re.compile(rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|through|until)\s+{_YEAR}\b", _I)
YEAR_SPAN = re.compile(rf"\b{_YEAR}\s*(?:-|–|to|through)\s*{_YEAR}\b", _I)
# "in the 10 years through 2024", "the five years to 2023": a span that ends in the stated year.
YEARS_THROUGH = re.compile(
    rf"\b(?:the\s+)?{_NUM}\s+years\s+(?:through|to|until|ending(?:\s+in)?|ended)\s+{_YEAR}\b", _I
)
MONTHS_ENDED = re.compile(
    rf"\b(?:the\s+)?(?:{_NUM}\s+months|(?:fiscal|financial)\s+year|year|quarter)\s+(?:ended|ending|to)\s+"
    rf"{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+{_YEAR})?",
    _I,
)
AS_OF_MONTH = re.compile(
    rf"\b(?:as\s+(?:of|at)\s+|at\s+the\s+end\s+of\s+|by\s+the\s+end\s+of\s+|end-){_MONTH}(?:\s+\d{{1,2}})?,?\s+{_YEAR}",
    _I,
)
FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*'?((?:19|20)?\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b", _I)
SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d)\b(?![-–/\d])")
ORDINAL_QUARTER = re.compile(
    rf"\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter{_OF_YEAR}"
    r"(?!\s+of\s+(?:its\s+|the\s+|their\s+)?(?:fiscal|financial))",  # a fiscal quarter is no calendar one
    _I,
)
CODED_QUARTER = re.compile(r"\bQ([1-4])\s*(?:of\s+)?((?:19|20)\d\d)?\b|\b([1-4])Q\s*'?(\d\d)\b", _I)
FIRST_QUARTERS = re.compile(rf"\b(?:the\s+)?first\s+(two|three)\s+quarters{_OF_YEAR}", _I)
HALF = re.compile(rf"\b(?:the\s+)?(first|second)\s+half{_OF_YEAR}|\bH([12])\s*((?:19|20)\d\d)?\b", _I)
FIRST_MONTHS = re.compile(rf"\b(?:the\s+)?first\s+{_NUM}\s+months{_OF_YEAR}", _I)
MONTH_RANGE = re.compile(rf"\b{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH}(?:\s+(?:of\s+)?{_YEAR})?", _I)
IN_MONTH = re.compile(rf"\b(?:in|during|for|of)\s+{_MONTH}(?:\s+{_YEAR})?\b(?!\s+\d)", _I)
PAST_YEARS = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(\w+)\s+years\b", _I)
PAST_DECADE = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+decade\b", _I)
LAST_YEAR = re.compile(r"\blast\s+year\b|\bthe\s+previous\s+year\b|\ba\s+year\s+ago\b", _I)
THIS_YEAR = re.compile(
    r"\bthis\s+year\b|\bso\s+far\s+this\s+year\b|\b(?:for\s+)?the\s+(?:full|whole)\s+year\b|\bfull-year\b", _I
)
NEXT_YEAR = re.compile(r"\bnext\s+year\b", _I)
NEXT_YEARS = re.compile(rf"\b(?:in|over|within|during)\s+the\s+(?:next|coming)\s+{_NUM}\s+years\b", _I)
BY_MONTH = re.compile(rf"\b(?:by|before)\s+{_MONTH}\s+{_YEAR}\b", _I)
THROUGH_YEAR = re.compile(rf"\b(?:through|until|till)\s+{_YEAR}\b", _I)
IN_TRADING = re.compile(
    r"\b(?:in|during)\s+(?:early|late|morning|afternoon|midday|intraday|Monday's|Tuesday's|"
    r"Wednesday's|Thursday's|Friday's)?\s*trading\b",
    _I,
)
DECADE_EARLIER = re.compile(r"\ba\s+decade\s+(?:earlier|ago|before)\b", _I)
YEAR = re.compile(
    rf"\b(by|before|in|during|for|of|since|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|end-)?\s*{_YEAR}\b(?![-–/]\d)",
    _I,
)
FULL_DATE_BEFORE = re.compile(rf"{_MONTH}\s+\d{{1,2}},?\s*$", _I)
HAS_YEAR = re.compile(r"(?:19|20)\d\d")
HAS_MONTH = re.compile(rf"\b{_MONTH}", _I)


def find_periods(sentence: str, published: date | None, fiscal_start: int = 1) -> list[TimeExpression]:
    """Every time expression in ``sentence``; relative ones need ``published``.

    ``fiscal_start`` is the month a fiscal year begins where the text is from (April in
    India, Japan and the UK): "FY2024-25" is then April 2024 to March 2025. Each rule
    runs only when a cheap look at the sentence says it can match: most sentences name
    no period at all.
    """
    pub = published or date(2000, 1, 1)
    found: list[TimeExpression] = []
    lowered = sentence.lower()
    year = bool(HAS_YEAR.search(sentence))
    month = bool(HAS_MONTH.search(sentence))

    def add(
        match: re.Match[str],
        period: str,
        *,
        span: bool = False,
        deadline: bool = False,
        since: bool = False,
        single: bool = False,
    ) -> None:
        if any(e.start <= match.start() < e.end or match.start() <= e.start < match.end() for e in found):
            return
        # A range ("from January to October", "from 2020 to 2024") is a period, never a base; a
        # fiscal year is one period ("growth of 5.5 percent over FY 2023-24" compares with it).
        base = (
            not span
            and ("/" not in period or single)
            and bool(BASE_BEFORE.search(sentence[: match.start()]) or BASE_START.match(match.group(0)))
        )
        found.append(
            TimeExpression(match.start(), match.end(), canonical(period), span, deadline, base, since)
        )

    if year:
        for m in YEAR_SPAN_FROM.finditer(sentence):
            add(m, f"{m.group(1)}/{m.group(2)}", span=True)
        for m in YEAR_SPAN.finditer(sentence):
            add(m, f"{m.group(1)}/{m.group(2)}", span=True)
        for m in YEARS_THROUGH.finditer(sentence):
            add(m, f"{int(m.group(2)) - _count(m.group(1))}/{m.group(2)}", span=True)
    if month and ("ended" in lowered or "ending" in lowered or " to " in lowered):
        for m in MONTHS_ENDED.finditer(sentence):  # "the twelve months ended March 31, 2024"
            length = _count(m.group(1)) if m.group(1) else 3 if "quarter" in m.group(0).lower() else 12
            end_month = _month_number(m.group(2))
            end_year = _year(m.group(3), end_month, pub)
            first = end_year * 12 + end_month - length  # months since year 0 of the first month, minus one
            add(m, f"{first // 12}-{first % 12 + 1:02d}/{end_year}-{end_month:02d}", span=length != 3)
    if month and year:
        for m in AS_OF_MONTH.finditer(sentence):  # "as of March 31, 2024": a stock at the end of that month
            stock_year, stock_month = int(m.group(2)), _month_number(m.group(1))
            deadline = m.group(0).lower().startswith("by") and date(stock_year, stock_month, 1) > pub
            add(m, f"{stock_year}-{stock_month:02d}", deadline=deadline)
    if "fiscal" in lowered or "fy" in lowered:
        for m in FISCAL.finditer(sentence):
            last = m.group(2) or m.group(1)
            add(m, fiscal_year(int(last) if len(last) == 4 else 2000 + int(last), fiscal_start), single=True)
    if year:
        for m in SPLIT_YEAR.finditer(sentence):
            if (int(m.group(1)) + 1) % 100 == int(m.group(2)):  # "2024-25": a fiscal year
                add(
                    m, fiscal_year(int(m.group(1)) + 1, fiscal_start if fiscal_start != 1 else 4), single=True
                )
    if "quarter" in lowered:
        for m in ORDINAL_QUARTER.finditer(sentence):
            quarter = ORDINALS[m.group(1).lower()]
            add(m, f"{_year(m.group(2), quarter * 3, pub, m.group(3))}-Q{quarter}")
        for m in FIRST_QUARTERS.finditer(sentence):
            last = 3 * _count(m.group(1))
            add(m, _months(1, last, _year(m.group(2), last, pub, m.group(3))))
    if "q" in lowered:
        for m in CODED_QUARTER.finditer(sentence):
            quarter = int(m.group(1) or m.group(3))
            written = m.group(2) or (f"20{m.group(4)}" if m.group(4) else None)
            add(m, f"{_year(written, quarter * 3, pub)}-Q{quarter}")
    if "half" in lowered or "h1" in lowered or "h2" in lowered:
        for m in HALF.finditer(sentence):
            half = 1 if (m.group(1) or "").lower() == "first" or m.group(4) == "1" else 2
            add(m, f"{_year(m.group(2) or m.group(5), half * 6, pub, m.group(3))}-H{half}")
    if "months" in lowered:
        for m in FIRST_MONTHS.finditer(sentence):
            last = _count(m.group(1))
            add(m, _months(1, last, _year(m.group(2), last, pub, m.group(3))))
    if month:
        for m in MONTH_RANGE.finditer(sentence):
            first, last = _month_number(m.group(1)), _month_number(m.group(2))
            if first < last:
                add(m, _months(first, last, _year(m.group(3), last, pub)))
        for m in IN_MONTH.finditer(sentence):
            number = _month_number(m.group(1))
            if m.group(1) == "may" and not m.group(2):
                continue  # "in may" is the verb; "in May" the month
            add(m, f"{_year(m.group(2), number, pub)}-{number:02d}")
    if "trading" in lowered:
        for m in IN_TRADING.finditer(sentence):  # "shares rose 6.3% in early trading": the day of the report
            add(m, f"{pub.year}-{pub.month:02d}")
    if "past" in lowered or "last" in lowered:
        # "over the past five years to 5.1 percent in 2024" ends in 2024; without a year, now.
        stated = [int(y) for y in STATED_YEAR.findall(sentence)]
        end = max(stated) if stated else pub.year
        for m in PAST_YEARS.finditer(sentence):
            if m.group(1).lower() in COUNT_WORDS or m.group(1).isdigit():
                add(m, f"{end - _count(m.group(1))}/{end}", span=True)
        for m in PAST_DECADE.finditer(sentence):
            add(m, f"{end - 10}/{end}", span=True)
    if "year" in lowered:
        for m in LAST_YEAR.finditer(sentence):
            add(m, str(pub.year - 1))
        for m in THIS_YEAR.finditer(sentence):
            add(m, str(pub.year))
        for m in NEXT_YEAR.finditer(sentence):
            add(m, str(pub.year + 1), deadline=True)
        for m in NEXT_YEARS.finditer(sentence):
            add(m, str(pub.year + _count(m.group(1))), deadline=True)
    if month and year:
        for m in BY_MONTH.finditer(sentence):
            due = (int(m.group(2)), _month_number(m.group(1))) >= (pub.year, pub.month)
            add(m, f"{m.group(2)}-{_month_number(m.group(1)):02d}", deadline=due)
    if year:
        for m in THROUGH_YEAR.finditer(sentence):  # "through 2024" written in 2025 closes a span, no goal
            add(m, m.group(1), deadline=int(m.group(1)) >= pub.year)
    if "decade" in lowered:
        for m in DECADE_EARLIER.finditer(sentence):
            years = [int(y) for y in STATED_YEAR.findall(sentence)]
            add(m, str((max(years) if years else pub.year) - 10))
    if year:
        for m in YEAR.finditer(sentence):
            lead = (m.group(1) or "").lower()
            if month and FULL_DATE_BEFORE.search(sentence, 0, m.start(2)):
                continue  # the year of a full date ("November 10, 2025")
            # "by the end of 2024" written in 2025 dates a stock; only a year not yet over is a deadline.
            due = (lead.startswith("by") or lead == "before") and int(m.group(2)) >= pub.year
            add(m, m.group(2), deadline=due, since=lead == "since")
    return sorted(found, key=lambda e: e.start)
