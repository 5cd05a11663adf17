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
    r"\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?|over|against|on)"
    r"(?:\s+the\s+same\s+(?:period|time|month|quarter)(?:\s+of)?)?\s*$",
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


def find_periods(sentence: str, published: date | None) -> list[TimeExpression]:
    """Every time expression in ``sentence``; relative ones need ``published``."""
    pub = published or date(2000, 1, 1)
    found: list[TimeExpression] = []

    def add(
        match: re.Match[str], period: str, *, span: bool = False, deadline: bool = False, since: bool = False
    ) -> None:
        if any(e.start <= match.start() < e.end or match.start() <= e.start < match.end() for e in found):
            return
        # A range ("from January to October", "from 2020 to 2024") is a period, never a base.
        base = (
            not span
            and "/" not in period
            and bool(BASE_BEFORE.search(sentence[: match.start()]) or BASE_START.match(match.group(0)))
        )
        found.append(TimeExpression(match.start(), match.end(), period, span, deadline, base, since))

    flags = re.IGNORECASE
    for m in re.finditer(
        rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|through|until)\s+{_YEAR}\b", sentence, flags
    ):
        add(m, f"{m.group(1)}/{m.group(2)}", span=True)
    for m in re.finditer(rf"\b{_YEAR}\s*(?:-|–|to|through)\s*{_YEAR}\b", sentence, flags):
        add(m, f"{m.group(1)}/{m.group(2)}", span=True)
    for m in re.finditer(
        rf"\b(?:the\s+)?(?:(?:twelve|12)\s+months|(?:fiscal|financial)\s+year|year)\s+(?:ended|ending|to)\s+"
        rf"{_MONTH}(?:\s+\d{{1,2}})?,?\s+{_YEAR}",
        sentence,
        flags,
    ):  # "the twelve months ended March 31, 2024", "the fiscal year ended March 2025"
        end_month, end_year = _month_number(m.group(1)), int(m.group(2))
        begins = date(end_year - (end_month < 12), end_month % 12 + 1, 1)
        add(m, f"{begins.year}-{begins.month:02d}/{end_year}-{end_month:02d}", span=True)
    for m in re.finditer(
        rf"\b(?:as\s+(?:of|at)\s+|at\s+the\s+end\s+of\s+|by\s+the\s+end\s+of\s+|end-){_MONTH}(?:\s+\d{{1,2}})?,?\s+{_YEAR}",
        sentence,
        flags,
    ):  # "as of March 31, 2024": a stock at the end of that month
        year = int(m.group(2))
        deadline = m.group(0).lower().startswith("by") and date(year, _month_number(m.group(1)), 1) > pub
        add(m, f"{year}-{_month_number(m.group(1)):02d}", deadline=deadline)
    for m in re.finditer(
        r"\b(?:fiscal(?:\s+year)?|FY)\s*'?((?:19|20)?\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b", sentence, flags
    ):
        last = m.group(2) or m.group(1)
        add(m, str(int(last) if len(last) == 4 else 2000 + int(last)))
    for m in re.finditer(
        rf"\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter{_OF_YEAR}", sentence, flags
    ):
        quarter = ORDINALS[m.group(1).lower()]
        add(m, f"{_year(m.group(2), quarter * 3, pub, m.group(3))}-Q{quarter}")
    for m in re.finditer(
        r"\bQ([1-4])\s*(?:of\s+)?((?:19|20)\d\d)?\b|\b([1-4])Q\s*'?(\d\d)\b", sentence, flags
    ):
        quarter = int(m.group(1) or m.group(3))
        written = m.group(2) or (f"20{m.group(4)}" if m.group(4) else None)
        add(m, f"{_year(written, quarter * 3, pub)}-Q{quarter}")
    for m in re.finditer(rf"\b(?:the\s+)?first\s+(two|three)\s+quarters{_OF_YEAR}", sentence, flags):
        last = 3 * _count(m.group(1))
        add(m, _months(1, last, _year(m.group(2), last, pub, m.group(3))))
    for m in re.finditer(
        rf"\b(?:the\s+)?(first|second)\s+half{_OF_YEAR}|\bH([12])\s*((?:19|20)\d\d)?\b", sentence, flags
    ):
        half = 1 if (m.group(1) or "").lower() == "first" or m.group(4) == "1" else 2
        add(m, f"{_year(m.group(2) or m.group(5), half * 6, pub, m.group(3))}-H{half}")
    for m in re.finditer(rf"\b(?:the\s+)?first\s+{_NUM}\s+months{_OF_YEAR}", sentence, flags):
        last = _count(m.group(1))
        add(m, _months(1, last, _year(m.group(2), last, pub, m.group(3))))
    for m in re.finditer(
        rf"\b{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH}(?:\s+(?:of\s+)?{_YEAR})?", sentence, flags
    ):
        first, last = _month_number(m.group(1)), _month_number(m.group(2))
        if first < last:
            add(m, _months(first, last, _year(m.group(3), last, pub)))
    for m in re.finditer(rf"\b(?:in|during|for|of)\s+{_MONTH}(?:\s+{_YEAR})?\b(?!\s+\d)", sentence, flags):
        month = _month_number(m.group(1))
        if m.group(1).lower() == "may" and not m.group(2):
            continue  # "in may" is usually the verb
        add(m, f"{_year(m.group(2), month, pub)}-{month:02d}")
    for m in re.finditer(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(\w+)\s+years\b", sentence, flags):
        if m.group(1).lower() in COUNT_WORDS or m.group(1).isdigit():
            n = _count(m.group(1))
            add(m, f"{pub.year - n}/{pub.year - 1}", span=True)
    for m in re.finditer(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+decade\b", sentence, flags):
        add(m, f"{pub.year - 10}/{pub.year - 1}", span=True)
    for m in re.finditer(r"\blast\s+year\b|\bthe\s+previous\s+year\b|\ba\s+year\s+ago\b", sentence, flags):
        add(m, str(pub.year - 1))
    for m in re.finditer(
        r"\bthis\s+year\b|\bso\s+far\s+this\s+year\b|\b(?:for\s+)?the\s+(?:full|whole)\s+year\b",
        sentence,
        flags,
    ):
        add(m, str(pub.year))
    for m in re.finditer(r"\bnext\s+year\b", sentence, flags):
        add(m, str(pub.year + 1), deadline=True)
    for m in re.finditer(rf"\b(?:through|until|till)\s+{_YEAR}\b", sentence, flags):
        add(m, m.group(1), deadline=True)
    for m in re.finditer(r"\ba\s+decade\s+(?:earlier|ago|before)\b", sentence, flags):
        years = [int(y) for y in STATED_YEAR.findall(sentence)]
        add(m, str((max(years) if years else pub.year) - 10))
    for m in re.finditer(
        rf"\b(by|before|in|during|for|of|since|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of|end-)?\s*{_YEAR}\b(?![-–/]\d)",
        sentence,
        flags,
    ):
        lead = (m.group(1) or "").lower()
        if re.search(rf"{_MONTH}\s+\d{{1,2}},?\s*$", sentence[: m.start(2)], flags):
            continue  # the year of a full date ("November 10, 2025")
        add(m, m.group(2), deadline=lead.startswith("by") or lead == "before", since=lead == "since")
    return sorted(found, key=lambda e: e.start)
