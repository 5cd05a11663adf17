"""Time expressions in a sentence, resolved against the article's publication date.

"last year", "the first three quarters", "January-September", "H1 2025", "fiscal
2024-25", "Q2 FY26", "the June quarter", "last month", "so far this year", "from 2020 to
2024", "over the past five years" become the period strings
of the gold format: ``2024``, ``2024-Q1``, ``2024-H1``, ``2024-03``,
``2024-01/2024-09`` and ``2020/2024``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from parsers import folding
from parsers.numbers import folded

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
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "i": 1, "ii": 2, "iii": 3, "iv": 4}  # fmt: skip
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
# The look-ahead for the letters every match starts with spares the rest of the pattern elsewhere.
# "The digital economy as a whole", "over FY2025/2026 as a whole": the whole of the thing or time before it
AS_A_WHOLE = re.compile(r"\s+as\s+a\s+whole\b", re.IGNORECASE)
BASE_BEFORE = re.compile(
    r"(?=[abcfotv])\b(?:from|compared\s+(?:with|to)|than(?:\s+(?:for|in))?|versus|vs\.?|over|against|on|above|below|"
    r"as\s+(?:many|much|large|high|big)\s+as(?:\s+(?:for|in))?)"
    r"(?:\s+the\s+same\s+(?:period|time|month|quarter)(?:\s+of)?|\s+(?:the\s+whole|all|the\s+end)(?:\s+of)?|"
    # ("up 5.1 points from the autumn 2024 survey": a season's edition)
    r"\s+the\s+year|\s+the(?:\s+(?:spring|summer|autumn|fall|winter))?)?\s*$"
    # "compared with Black Friday 2023": an event named before its year
    r"|\bcompared\s+(?:with|to)(?:\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)){1,3}\s*$"
    # ("almost three times what they earned a decade ago": what a multiple or a rise is measured against)
    r"|\b(?:times|than)\s+what\s+(?:it|they|we|he|she)\s+(?:had\s+)?[a-z]+\s*$",
    re.IGNORECASE,
)
# ("Over the whole of 2024, ...": an opening phrase that names the period, not a base)
OPENING_WORD = re.compile(
    r"\s*(?:over|during|in|for)\s+(?:the\s+)?(?:(?:whole|full|entire)\s+(?:year\s+)?(?:of\s+)?)?",
    re.IGNORECASE,
)
BASE_START = re.compile(
    # ("up PLN 977 million on April 2024": on the same month a year before)
    r"^(?:from|than|over|against|versus|vs\.?|above|below|compared\s+(?:with|to)|on(?=\s+[A-Za-z]+\.?\s+(?:19|20)\d\d\b))\b",
    re.IGNORECASE,
)
OVER_THE = re.compile(r"\bover\s+the\s+$", re.IGNORECASE)
# "to exceed €105,000 million over the whole of 2025": the time the amount covers, not a base
OVER_WHOLE = re.compile(r"\bover\s+(?:the\s+whole|all)\s+(?:of\s+)?$", re.IGNORECASE)
WHOLE_YEAR = re.compile(r"the\s+(?:full|whole|entire)\b", re.IGNORECASE)
PERIOD_NOUN = re.compile(r"\s+(?:period|months|quarters|season)\b", re.IGNORECASE)
# Words that mark a sentence as naming a period even when it holds no number (the look-ahead for
# their first characters spares the alternation at every other position).
TIME_WORDS = re.compile(
    r"(?=[\dqhmyjfasond])(?:\d{4}|quarter|half|months|year|january|february|march|april|june|july|august|"
    r"september|october|november|december|\bH[12]\b|\bQ[1-4]\b|\b[1-4][QHT]\s*'?\d\d\b)",  # "3Q25", "3T25"
    re.IGNORECASE,
)


SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
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


def _year(
    raw: str | None, end_month: int, published: date, relative: str | None = None, ahead: bool = False
) -> int:
    """The year of a quarter or half the text names without one: the latest that is over by publication,
    or, ``ahead`` of a forecast ("expects fourth-quarter revenue to grow"), the next that is not."""
    if raw:
        return int(raw)
    if relative:
        return published.year - (relative.lower() == "last")
    if ahead:
        return published.year if end_month >= published.month else published.year + 1
    return _past_year(end_month, published)


# "expects fourth-quarter revenue to grow", "guidance for the first half": a period still to come.
AHEAD_CUE = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|guidance|guided|outlook|anticipates?)\b",
    re.IGNORECASE,
)
OPENING_FOR = re.compile(r"\s*For\s+(?:the\s+)?$")
# The clause after an opening phrase: "For the third quarter, the company expects GMV to ...".
MAIN_CLAUSE = re.compile(r"[^,;]*,?[^,;]*")


def _ahead(sentence: str, start: int, end: int) -> bool:
    """Whether the quarter or half at ``start`` is one a forecast looks ahead to: a forecast word before
    it, or in the clause after it when it opens the sentence ("For the third quarter, the company
    expects ...", not "For the third quarter, revenue rose 5%, and the firm expects more")."""
    if AHEAD_CUE.search(sentence, 0, start):
        return True
    if not OPENING_FOR.fullmatch(sentence, 0, start):
        return False
    clause = MAIN_CLAUSE.match(sentence, end)
    return bool(clause and AHEAD_CUE.search(sentence, end, clause.end()))


_MONTH_SPAN = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")
_PERIOD = re.compile(r"(\d{4})(?:-(?:(\d\d)|Q([1-4])|H([12])))?")
_CENTURY_YEAR = re.compile(r"(?:19|20)\d\d")


def canonical(period: str) -> str:
    """One spelling per period: a month range that is a calendar quarter, half or year is written so.

    "2025-01/2025-06" is "2025-H1" and "2025-07/2025-09" is "2025-Q3", so that figures
    for the same period compare equal however the text wrote it.
    """
    match = _MONTH_SPAN.fullmatch(period)
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
    match = _PERIOD.fullmatch(end)
    if match is None:
        return None
    year, month, quarter, half = match.groups()
    return int(year), int(month) if month else 3 * int(quarter) if quarter else 6 * int(half) if half else 12


def months(period: str) -> int:
    """How many months a period covers (a span of years counts them all)."""
    first, last = period.split("/")[0], last_month(period)
    begin = _PERIOD.fullmatch(first)
    if begin is None or last is None:
        return 12
    year, month, quarter, half = begin.groups()
    start = int(month) if month else 3 * int(quarter) - 2 if quarter else 6 * int(half) - 5 if half else 1
    return (last[0] - int(year)) * 12 + last[1] - start + 1


def shift_year(period: str, years: int) -> str:
    """The same period ``years`` later: "2024-04/2025-03" a year earlier is "2023-04/2024-03"."""
    return _CENTURY_YEAR.sub(lambda m: str(int(m.group(0)) + years), period)


def _under_way_end(published: date, first_month: int) -> int:
    """The year the fiscal year under way on ``published`` ends in: "the new financial year" is that one,
    "the next" and "the coming" the one after."""
    return published.year + (first_month > 1 and published.month >= first_month)


def fiscal_year(end_year: int, first_month: int) -> str:
    """The fiscal year ending in ``end_year`` for a country whose year starts in ``first_month``."""
    if first_month == 1:
        return str(end_year)
    return f"{end_year - 1}-{first_month:02d}/{end_year}-{first_month - 1:02d}"


# Countries that name a fiscal year after the calendar year it starts in: Japan's "fiscal 2024"
# runs from April 2024 to March 2025 (India's "FY2025" and the US federal "fiscal 2024" end in them).
FISCAL_NAMED_BY_START = frozenset({"Japan"})


def fiscal_part(end_year: int, first_month: int, first: int, length: int) -> str:
    """Months ``first``..``first + length - 1`` (counted from 1) of the fiscal year ending in ``end_year``:
    India's "Q2 FY26" (April start) is July to September 2025, its "H1 FY26" April to September 2025."""
    begin = (end_year - (first_month != 1)) * 12 + first_month - 1 + first - 1  # months since year 0
    end = begin + length - 1
    return canonical(f"{begin // 12}-{begin % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}")


def _fiscal_months_so_far(length: int, first_month: int, published: date) -> str:
    """The first ``length`` months of the latest fiscal year (starting in ``first_month``) that has had them
    by publication: in April 2025, Pakistan's (July) first nine months are July 2024 to March 2025."""
    last_over = published.year * 12 + published.month - 1  # months since year 0, publication's month
    start_year = (last_over - (first_month - 1) - (length - 1)) // 12
    return fiscal_part(start_year + 1, first_month, 1, length)


def _fiscal_quarter(quarter: int, first_month: int, published: date) -> str:
    """A bare "Q4" where fiscal years start in ``first_month``: that quarter of the latest fiscal year
    in which it is over by publication (India's "Q4" in June 2025 is January to March 2025)."""
    return _latest_fiscal_part(3 * quarter - 2, 3, first_month, published)


def _latest_fiscal_part(first: int, length: int, first_month: int, published: date) -> str:
    """Months ``first``..``first + length - 1`` of the latest fiscal year in which they are over by
    publication: a bare quarter, or a half ("Second-half TPV" in a report on the year to June)."""
    end_year = published.year + 1
    while True:
        part = fiscal_part(end_year, first_month, first, length)
        end = last_month(part)
        if end is not None and end <= (published.year, published.month):
            return part
        end_year -= 1


def _fiscal_end_year(raw: str, second: str | None, by_start: bool) -> int:
    """The calendar year a fiscal year written "2024", "FY25" or "2024-25" ends in."""
    last = second or raw
    year = int(last) if len(last) == 4 else 2000 + int(last)
    return year + (by_start and second is None)


_I = re.IGNORECASE
# "between 2021, the year before the agreement, and 2024": an aside between the two years is allowed.
YEAR_SPAN_FROM = re.compile(
    rf"\b(?:from|between)\s+{_YEAR}(?:,[^,.;]{{1,80}},)?\s+(?:to|and|through|until)\s+{_YEAR}\b", _I
)
# "the 2024-2025 financial year", "fiscal year 2024/2025": a fiscal year with both its years in full.
FISCAL_FULL_YEARS = re.compile(
    rf"\b{_YEAR}\s*[-–/]\s*{_YEAR}\s+(?:fiscal|financial)\s+year\b"
    rf"|\b(?:fiscal|financial)\s+year\s+{_YEAR}\s*[-–/]\s*{_YEAR}\b",
    re.IGNORECASE,
)
YEAR_SPAN = re.compile(rf"\b{_YEAR}\s*(?:-|–|to|through)\s*{_YEAR}\b", _I)
# "by the end of the 15th Five-Year Plan period (2026-2030)": a deadline at the end of the span in brackets.
BY_END_OF_SPAN = re.compile(
    rf"\bby\s+the\s+end\s+of\s+[^,.;()]{{0,60}}?\(\s*(?:19|20)\d\d\s*[-–]\s*{_YEAR}\s*\)", _I
)
# "during the 15th Five-Year Plan period" (no years in brackets): China's plans run in fives from 1966
# (the third plan; the first two began in 1953 and 1958, before a three-year pause).
PLAN_PERIOD = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+Five-Year\s+Plan\s+period\b(?!\s*\()", _I)
# "in the 10 years through 2024", "the five years to 2023": a span that ends in the stated year.
YEARS_THROUGH = re.compile(
    # ("the decade to 2024": ten years)
    rf"\b(?:the\s+)?(?:{_NUM}\s+years|(?P<decade>decade))\s+(?:through|to|until|ending(?:\s+in)?|ended)\s+{_YEAR}\b",
    _I,
)
MONTHS_ENDED = re.compile(
    rf"\b(?:(?:the\s+)?(?:{_NUM}\s+(?P<unit>months|quarters)|(?:(?P<split>(?:19|20)\d\d/\d\d)\s+)?"
    rf"(?:fiscal|financial)\s+year|year|quarter)\s+(?:that\s+|which\s+)?"
    # ("ended June 30, 2025"; "ended 30 June 2025", the day first; "FYE 30 June 2025", the financial year
    # ended then)
    # ("the 2024/25 fiscal year to the end of April": the year so far)
    rf"(?:ended|ending|to|through)\s+(?:in\s+|the\s+end\s+of\s+)?|FYE\s+)(?:(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"{_MONTH}"
    rf"(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+{_YEAR})?",
    _I,
)
AS_OF_MONTH = re.compile(
    # ("Headcount at 30 June 2025": "at" a day of a month is a stock's date)
    rf"\b(?:as\s+(?:of|at|on)\s+|at\s+(?=[0-3]?\d(?:st|nd|rd|th)?\s+[A-Za-z])|at\s+the\s+end\s+of\s+|"
    rf"by\s+the\s+end\s+of\s+|end-)"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{1,2}})?,?\s+{_YEAR}",  # ("as at 30 June 2025")
    _I,
)
# A flow summed up to a day ("exports ... reached X at the end of May"), not a stock held on it.
FLOW_TO_DATE = re.compile(
    r"\b(?:exports|imports|receipts|revenues?|sales|turnover|earnings)\b[^,;]{0,60}?"
    r"\b(?:reached|amounted\s+to|totall?ed|came\s+to)\b[^,;]{0,40}$",
    _I,
)
# "as of end-June", "at end-March": the end of the latest such month (a stock then).
END_OF_MONTH = re.compile(
    rf"\b(?:(?:as\s+(?:of|at)|at|by)\s+)?end-{_MONTH}(?![\w-])(?!,?\s+(?:19|20)\d\d)", _I
)
# "at June 30", "as of 31 March", "at June 30, 2024": a stock on a day; with no year, the latest such day.
# ("HK$654.7 billion on 31 March 2026": "on" a day right after a value is its date too)
DAY_OF_MONTH = re.compile(
    rf"\b(?:as\s+(?:of|at|on)|at|(?<=\d\s)on|(?<=illion\s)on)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?)"
    rf"(?![\w-])(?:,?\s+{_YEAR})?",
    _I,
)
# "Q2 FY26", "the first quarter of FY25", "H1 FY26", "the second half of fiscal 2025": parts of a fiscal year.
_FISCAL_YEAR = (
    # (or a year written as two: "H1 2025-26", "the first quarter of 2025-26")
    r"(?:FY|fiscal(?:\s+year)?|financial\s+year|(?=(?:19|20)\d\d\s*[-–/]\s*\d\d\b))\s*'?((?:19|20)?\d\d)"
    r"(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b"
)
FISCAL_PART = re.compile(
    # "the first quarter (July-September) of fiscal year 2025-26": the months in brackets are an aside
    rf"\b(?:(?:Q([1-4])|([1-4])Q)\s*:?\s*|(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
    rf"(?:\s*\([^()]{{3,30}}\))?\s+of\s+(?:the\s+)?|(?:H([12])|([12])H)\s*:?\s*|(?:the\s+)?(first|second)\s+half"
    rf"(?:\s*\([^()]{{3,30}}\))?\s+of\s+(?:the\s+)?){_FISCAL_YEAR}",
    _I,
)
# "the new financial year", "this fiscal year", "last fiscal year": a fiscal year named by where it stands
# from publication (its group says which way).
NEW_FISCAL_YEAR = re.compile(
    # ("the coming fiscal year": the one that begins next, as "the coming year" is)
    r"\b(?:(?P<now>the\s+(?:new|current)|this)|(?P<next>next|the\s+(?:next|coming|upcoming))"
    r"|(?P<last>last|the\s+(?:last|previous|latest|most\s+recent|past|just[\s-]ended)))\s+(?:financial|fiscal)\s+year\b"
    # ("in the fiscal year just ended")
    r"|\bthe\s+(?:financial|fiscal)\s+year\s+(?P<ended>(?:that\s+)?(?:has\s+)?just\s+ended)\b",
    _I,
)
# "the June quarter", "the September quarter of 2025", a table's "Jun Qtr 2025" or "Mar-Q 2025", "the
# December 2025 quarter": the calendar quarter that ends in that month.
MONTH_QUARTER = re.compile(
    rf"(?<![-–/])\b(?:the\s+)?(march|june|september|december|mar|jun|sept?|dec)\.?"
    rf"(?:\s+(?:{_YEAR}\s+)?(?:quarter|qtr)\b\.?|[-\s](?-i:Q)\b)(?:\s+(?:of\s+)?{_YEAR})?",
    _I,
)
# "the June 2025 year", "that same March year": New Zealand's and Australia's twelve months to that month.
MONTH_YEAR_ENDED = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+)?(jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
    rf"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s+{_YEAR})?\s+year\b(?![-–])",
    _I,
)
# ("FYE 2025": Malaysia's and Singapore's financial year ended in 2025)
_FISCAL_WORD = r"(?:fiscal(?:\s+year)?|FYE?)\s*'?"
FISCAL = re.compile(rf"\b{_FISCAL_WORD}((?:19|20)?\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b", _I)
FISCAL_SPAN_FROM = re.compile(
    rf"\b(?:from|between)\s+{_FISCAL_WORD}((?:19|20)?\d\d)\s+(?:to|and|through|until)\s+{_FISCAL_WORD}((?:19|20)?\d\d)\b",
    _I,
)
# ("2Q FY3/26", "1H FY3/26": a part of such a year, as Japan's brokers write it)
FISCAL_ENDING_MONTH = re.compile(
    r"(?:\b(?:(?P<quarter>[1-4])Q|Q(?P<quarter2>[1-4])|(?P<half>[12])H|H(?P<half2>[12]))\s?)?"
    r"\bFY\s?(?:(?P<month>1[0-2]|[1-9])/(?P<year>(?:19|20)?\d\d)|(?P<year2>(?:19|20)\d\d)/(?P<month2>1[0-2]|[1-9]))(?![\d/])",
    _I,
)
FISCAL_MARK = re.compile(r"\b(?:fiscal|financial|FY)", _I)  # a period said to be a fiscal one
FISCAL_YEAR_NAMED = re.compile(r"\b(?:fiscal|financial)\s+year\b", _I)
SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d)\b(?![-–/\d])")
ORDINAL_QUARTER = re.compile(
    # ("the II quarter of 2025": statistics offices of the former Soviet Union number quarters in Roman)
    rf"\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|(?-i:I|II|III|IV))[\s-]+quarter{_OF_YEAR}"
    r"(?!\s+of\s+(?:its\s+|the\s+|their\s+)?(?:fiscal|financial))",  # a fiscal quarter is no calendar one
    _I,
)
# "Q3 2025", "Q3 of 2025", "3Q25", "2Q 2025", "Q3/2025" (as Vietnam's statistics office writes it), "Q3 last
# year", "Quarter 2 (Apr to June) 2025" (as Britain's statistics office writes it)
CODED_QUARTER = re.compile(
    # ("3T2024", "3T24": the trimestre of Brazil's and Spain's releases)
    # (not "Q1.2 million": Guatemala's quetzales)
    r"\b(?:Q|Quarter\s)([1-4])(?![.,]\d)\s*(?:\([A-Za-z –-]{3,20}\)\s*)?(?:of\s+|/)?"
    r"(?:((?:19|20)\d\d)\b|(?P<relative>last|this)\s+year\b|\b)"
    r"|\b([1-4])(?:Q\s*'?|(?-i:T))(?:(?:19|20)(?=\d\d\b))?(\d\d)\b"
    r"|\b(?-i:(I|II|III|IV))\s?Q\s*((?:19|20)\d\d)\b"  # "| II Q 2025 |": a quarter numbered in Roman
    # ("| 2024Q4 |", as statistics offices write it)
    r"|\b(?P<year_first>(?:19|20)\d\d)\s?Q(?P<quarter_after>[1-4])\b",
    _I,
)
TRIMESTRE = re.compile(r"\b[1-4]T(?:19|20)?\d\d\b")
FIRST_QUARTERS = re.compile(rf"\b(?:the\s+)?first\s+(two|three)\s+quarters{_OF_YEAR}", _I)
HALF = re.compile(
    rf"\b(?:the\s+)?(first|second|1st|2nd)[\s-]+half{_OF_YEAR}|\bH([12])\s*/?((?:19|20)\d\d)?\b|\b([12])H\s*'?((?:19|20)?\d\d)?\b",
    _I,
)
HALF_YEAR = re.compile(r"\bhalf-year\b", _I)
FISCAL_MONTH_RANGE = re.compile(
    # ("Jul-Feb 2024-25": a year written as two, a fiscal year)
    rf"\b{_MONTH}\s*[-–]\s*{_MONTH}\s+(?:of\s+)?(?:FY\s?'?|fiscal\s+(?:year\s+)?|(?=(?:19|20)\d\d\s*[-–/]\s*\d\d\b))"
    r"((?:19|20)?\d\d)"
    r"(?:\s*[-–/]\s*((?:19|20)?\d\d))?\b",
    _I,
)
# "the first nine months of the 2024-25 fiscal year", "the first half ... of FY25": months of a fiscal year.
FISCAL_FIRST_MONTHS = re.compile(
    rf"\b(?:the\s+)?first\s+{_NUM}\s+months\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s?'?|fiscal\s+)?"
    r"((?:19|20)?\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?(?:\s+(?:fiscal|financial)\s+year)?\b",
    _I,
)
# "the first eight months"; "Over the eight months, ..." names the same span without "first"
# "the first nine months", "the nine months", "the nine-month total": months from the start of the year.
FIRST_MONTHS = re.compile(
    rf"\b(?:(?:the\s+)?first\s+|the\s+(?=\w+(?:\s+months|-month\s+(?:total|period|tally))\b"
    rf"(?!\s+(?:to|ended|ending|through|until|before|after|since)\b)))"
    rf"{_NUM}(?:\s+months|-month(?=\s+(?:total|period|tally)\b)){_OF_YEAR}",
    _I,
)
OF_THE_YEAR = re.compile(r"\s+of\s+the\s+(?:calendar\s+)?year\b", _I)
# "a goal of $5bn ICT exports ", "its target of 40% ": a goal named before its value and deadline.
GOAL_BEFORE = re.compile(r"\b(?:goal|target|objective|ambition)s?\s+(?:of|was|is|to)\b[^.;]{0,60}$", _I)
# "Nine-month TPV reached", "9M25 revenue", "9M 2025", "9M/2025": the months of the year so far, as companies
# and statistics offices write them.
MONTHS_SO_FAR = re.compile(
    rf"\b{_NUM}-month(?=\s+(?:(?-i:[A-Z]{{2,5}})|revenues?|sales|exports|imports|volumes?|turnover|profits?|income|"
    r"earnings|results|trade|shipments|orders)\b)|\b([1-9]|1[01])M\s*['/]?((?:19|20)?\d\d)\b",
    _I,
)
CODED_MONTHS_HINT = re.compile(r"\d[Mm]\s*['/]?\d")
# "January-September", "between January and October", "the April-June quarter of 2024".
MONTH_RANGE = re.compile(
    rf"\b(?:(between)\s+)?{_MONTH}\s*(?:-|–|to|through|(and))\s*{_MONTH}"
    rf"(?:(?:\s+(?:quarter|period|months))?\s+(?:of\s+)?(?:{_YEAR}|(this|last)\s+year))?",
    _I,
)
# "from October 2023 through September 2024", "between July 2024 and April 2025": a run of months across a new
# year (with "and" only after "between": "in July 2024 and April 2025" names two months).
MONTH_YEAR_RANGE = re.compile(
    rf"\b{_MONTH}\s+{_YEAR}\s*(?:-|–|to|through|until)\s*{_MONTH}\s+{_YEAR}\b"
    rf"|(?<=between\s){_MONTH}\s+{_YEAR}\s+and\s+{_MONTH}\s+{_YEAR}\b",
    _I,
)
IN_MONTH = re.compile(
    rf"\b(?:in|during|for|of)\s+{_MONTH}(?:\s+{_YEAR}|\s+(?:of\s+)?(this|last)\s+year)?\b(?!\s+\d)", _I
)
# "an increase of 11.6 percent over February 2024", "up PLN 977 million on April 2024": a month of a year
# something is compared with (not the start of a range: "from January 2025 to March").
COMPARED_MONTH = re.compile(
    rf"\b(?:over|from|on|versus|vs\.?|against|above|below|compared\s+with|compared\s+to)\s+{_MONTH}\s+{_YEAR}\b"
    r"(?!\s*(?:[-–]|to\b|through\b|until\b))",
    _I,
)
# "By August, 43 platforms had registered", "By 31 October, 92 platforms had registered": the month a count
# had reached by then, over by publication (a deadline is "by" a time still to come: "will ... by June")
BY_MONTH_HAD = re.compile(
    rf"\bby\s+(?:the\s+end\s+of\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?"
    rf"(?:,?\s+{_YEAR})?(?=[^.;]{{0,80}}?\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b)"
    # ("640 firms had registered by September": the month after the verb)
    rf"|(?<=\bhad\s)(?:been\s+)?[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+end\s+of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
    _I,
)
# "October alone", "June alone saw ...": one month singled out from a longer run.
MONTH_ALONE = re.compile(rf"\b{_MONTH}(?:\s+{_YEAR})?\s+alone\b", _I)
# "December was the busiest month on record, with ...": a month opening its sentence as its subject.
MONTH_SUBJECT = re.compile(
    rf"\s*{_MONTH}(?:\s+{_YEAR})?(?=\s+(?:was|saw|brought|marked|proved|became)\b)", _I
)
# "| August 2025 | September 2025 |", "April 2025 exports": a month and its year with no word before them
# (a day before them makes a date: "4 November 2025").
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b(?!\s*[-–/]\s*\d)", _I)
# "from 9 to 11 November", "on 9-11 November 2025", "November 9-11": days of one month, an event's month.
DAY_RANGE = re.compile(
    rf"\b(?:(?:from|between)\s+)?[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH}(?:,?\s+{_YEAR})?\b"
    rf"|\b{_MONTH}\s+[0-3]?\d\s*(?:-|–|to)\s*[0-3]?\d\b(?:,?\s+{_YEAR})?",
    _I,
)
# "15 November – 31 December 2024", "Peak 2024 (29 Nov-31 Dec)": days in two months with a dash between, and
# the year after them, or before them in a heading
DASHED_DAYS = re.compile(
    rf"(?:\b{_YEAR}\s*\(\s*)?\b[0-3]?\d\s+{_MONTH}\s*[-–]\s*[0-3]?\d\s+{_MONTH}(?:,?\s+{_YEAR})?\b", _I
)
# "from October 20 to November 11", "between 28 November and 2 December": days in two months.
DAYS_ACROSS_MONTHS = re.compile(
    rf"\b(?:from|between)\s+(?:{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:to|and|-|–)\s+{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?"
    rf"(?:,?\s+{_YEAR})?|[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}\s+(?:to|and|-|–)\s+[0-3]?\d(?:st|nd|rd|th)?\s+"
    rf"{_MONTH}(?:,?\s+{_YEAR})?)\b",
    _I,
)
# "4 November", "the 4th of November": a day before its month.
_DAY_OF = r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
DAY_BEFORE = re.compile(rf"\b{_DAY_OF}$")
SINCE_JUST_BEFORE = re.compile(r"\bsince\s+$", _I)
ENDS_BEFORE = re.compile(r"\b(?:ended|ends|ending|began|begins|started|starts)\s*$", _I)
LAST_MONTH = re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+month\b", _I)
LAST_QUARTER = re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+quarter\b", _I)
# "so far this year", "year-to-date": January to the last month over by publication.
YEAR_TO_DATE = re.compile(r"\bso\s+far\s+this\s+year\b|\byear[-\s]to[-\s]date\b|\bYTD\b", _I)
# "the weakest since 2016", "for the first time since 2019": no span starts there.
SINCE_RECORD = re.compile(
    r"\b(?:lowest|highest|weakest|strongest|largest|smallest|biggest|fastest|slowest|best|worst|steepest|"
    r"sharpest|deepest|widest|narrowest|greatest|first(?:\s+time)?|most|least)\s+(?:[\w-]+\s+){0,3}?$",
    _I,
)
PAST_YEARS = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(\w+)\s+years\b", _I)
IN_YEARS = re.compile(rf"\bin\s+{_NUM}\s+years\b(?!['’]|\s+(?:time|from))", _I)
# "has gained nearly 9 percentage points": a present perfect, so "in 10 years" looks back, not ahead.
PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+[a-z]+(?:ed|en|wn|un)\s+(?:[\w.%-]+\s+){0,6}$", _I)
PAST_DECADE = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+decade\b", _I)
LAST_YEAR = re.compile(r"\blast\s+year\b|\bthe\s+previous\s+year\b|\ba\s+year\s+ago\b", _I)
YEARS_AGO = re.compile(rf"\b{_NUM}\s+years\s+ago\b", _I)  # "from 86 yuan two years ago": 2023 in 2025
# ("for the full year 2026", "full-year 2026": the year named, not this one)
THIS_YEAR = re.compile(
    r"\bthis\s+year\b|\b(?:for\s+)?the\s+(?:full|whole)\s+year\b(?!\s+(?:of\s+)?(?:19|20)\d\d)|"
    r"\bfull-year\b(?!\s+(?:19|20)\d\d)",
    _I,
)
# "Over the full fiscal year, ICT exports totalled US$3.80 billion": the fiscal year the text reports on
FULL_FISCAL_YEAR = re.compile(
    r"\bthe\s+(?:full|whole)\s+(?:fiscal|financial)\s+year\b(?!\s+(?:19|20)?\d\d)", _I
)
NEXT_YEAR = re.compile(r"\bnext\s+year\b", _I)
# "For the coming year we project revenues of QR 197 billion" in a December budget speech: the (fiscal) year
# that begins next ("For the coming year, Rs 28.5 billion has been allocated" in Pakistan in June: July-June)
COMING_YEAR = re.compile(r"\bthe\s+(?:(?:coming|upcoming)\s+year|year\s+ahead)\b", _I)
# "12-month target price", "twelve-month price target", "Price target (12m)": an analyst's price for a year
# from now
TARGET_PRICE = re.compile(
    r"\b(?:(?:12|twelve)-month\s+(?:price\s+target|target\s+price)\b"
    r"|(?:price\s+target|target\s+price)\s*\(\s*(?:12|twelve)[-\s]?(?:months?|m)\s*\))",
    _I,
)
NEXT_YEARS = re.compile(rf"\b(?:in|over|within|during)\s+the\s+(?:next|coming)\s+{_NUM}\s+years\b", _I)
# "set a goal in 2024 of doubling exports within ten years": ten years from the year the goal was set.
WITHIN_YEARS = re.compile(rf"\bwithin\s+{_NUM}\s+years\b", _I)
WITHIN_DECADE = re.compile(
    r"\b(?:within\s+a|(?:in|over|within|during)\s+the\s+(?:next|coming))\s+decade\b", _I
)
SET_IN_YEAR = re.compile(
    r"\b(?:set|sets|announced|launched|unveiled|adopted|pledged|promised)\b[^.;]{0,40}?\bin\s+((?:19|20)\d\d)\b",
    _I,
)
BY_MONTH = re.compile(rf"\b(?:by|before)\s+{_MONTH}\s+{_YEAR}\b", _I)
# "We are targeting 1 million monthly active customers by December": a goal's month with no year, the first
# such month after the text is written.
BY_BARE_MONTH = re.compile(rf"\bby\s+(?:the\s+end\s+of\s+)?{_MONTH}(?![\w.]|\s*,?\s*(?:\d|of\b))", _I)
FUTURE_WORDS = re.compile(
    r"\b(?:will|aim(?:s|ing)?|target(?:s|ing)?|goal|plan(?:s|ning)?\s+to|expects?)\b", _I
)
THROUGH_YEAR = re.compile(rf"\b(?:through|until|till)\s+{_YEAR}\b", _I)
IN_TRADING = re.compile(
    r"\b(?:in|during)\s+(?:early|late|morning|afternoon|midday|intraday|Monday's|Tuesday's|"
    r"Wednesday's|Thursday's|Friday's)?\s*trading\b",
    _I,
)
END_OF_DECADE = re.compile(r"\bby\s+the\s+end\s+of\s+the\s+decade\b", _I)
BARE_YEAR = re.compile(rf"\b{_YEAR}\b(?![-–/]\d)")
DECADE_EARLIER = re.compile(r"\ba\s+decade\s+(?:earlier|ago|before)\b", _I)
YEAR = re.compile(
    rf"\b(by|before|in|during|for|of|since(?:\s+the\s+(?:start|beginning)\s+of)?|as\s+of|at\s+the\s+end\s+of|"
    rf"by\s+the\s+end\s+of|by\s+(?:end|mid)-|end-)?\s*{_YEAR}\b(?![-–/]\d)",
    _I,
)
# A law named with its year: "Ordinance, 2001", "Finance Act 2024", "Data Protection Regulations, 2023".
LAW_BEFORE = re.compile(
    r"\b[A-Z][\w-]*\s+(?:Act|Ordinance|Law|Code|Decree|Regulations?|Rules|Directive)\s*,?\s*$"
)
FULL_DATE_BEFORE = re.compile(rf"{_MONTH}\s+\d{{1,2}},?\s*$", _I)
# "13 November 2025": a day's date, written day first; its year dates a day, not a period.
DAY_MONTH_BEFORE = re.compile(rf"\b{_DAY_OF}{_MONTH}\s*,?\s*$", _I)
HAS_YEAR = re.compile(r"(?:19|20)\d\d")
HAS_MONTH = re.compile(rf"(?=[adfjmnos])\b{_MONTH}", _I)  # (the look-ahead: every month's first letter)
# What every month name starts with: a sentence holding none of them names no month.
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# "fiscal 2024, which ended in September", "fiscal year 2024, which ran from October 2023 through
# September 2024", "the federal fiscal year": the text says when its fiscal years end.
FISCAL_DECLARED = re.compile(
    rf"\bfiscal(?:\s+year)?\s+(?:19|20)\d\d,?\s+(?:which|that|the\s+(?:fiscal\s+)?year\s+that)\s+"
    rf"(?:ended|ends|ran|runs|closed)\s+(?:in\s+|on\s+|from\s+{_MONTH}\s+(?:(?:19|20)\d\d\s+)?(?:to|through|until)\s+)?"
    rf"{_MONTH}|\b(federal)\s+fiscal\b",
    _I,
)


FYE_MONTH = re.compile(rf"\bFYE\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?{_MONTH}", _I)
# "Earnings summary and estimates (June year-end)": the month a company's financial years end in
MONTH_YEAR_END = re.compile(rf"\b{_MONTH}\s+(?:financial\s+)?year[- ]end\b", _I)


def declared_fiscal_start(text: str) -> int | None:
    """The month fiscal years begin in, when the text says how its fiscal years run (US federal: October)."""
    # Both of FISCAL_DECLARED's forms say "fiscal": a text that never does is not searched.
    match = FISCAL_DECLARED.search(text) if "fiscal" in folded(text) else None
    if match is not None:
        end = 9 if match.group(3) else _month_number(match.group(2))
        return end % 12 + 1
    # "in the 2023/24 financial year, which ended on 30 June 2024": a year named, then when it ended (before
    # any statistical "year ended March 2024" the text also gives)
    if "financial" in text and (ended := YEAR_WHICH_ENDED.search(text)):
        return _month_number(ended.group(1)) % 12 + 1
    # "Revenue for the 12 months to June 30 ... in fiscal 2026": a fiscal year that says when it ends
    year_to = (
        TWELVE_MONTHS_TO.search(text)
        if "fiscal" in text or "financial year" in text or "FY" in text
        else None
    )
    if year_to:
        return _month_number(year_to.group(1)) % 12 + 1
    # "FYE 30 June 2025": a financial year named by the day it ended on
    if "FYE" in text and (ended_on := FYE_MONTH.search(text)):
        return _month_number(ended_on.group(1)) % 12 + 1
    if "ear-end" in text and (year_end := MONTH_YEAR_END.search(text)):
        return _month_number(year_end.group(1)) % 12 + 1
    # "Fiscal year 2024/25 (1 October 2024 to 30 September 2025)": a fiscal year that says its months
    span = FISCAL_YEAR_MONTHS.search(text) if "fiscal" in folded(text) or "financial" in text else None
    if span:
        return _month_number(span.group(1))
    # "the first quarter of fiscal 2026 (July-September 2025)": a fiscal quarter that says its months
    quarter = FISCAL_QUARTER_MONTHS.search(text) if "fiscal" in text or "FY" in text else None
    if quarter is None:
        return None
    number = int(quarter.group(2)) if quarter.group(2) else ORDINAL_QUARTERS[quarter.group(1).lower()]
    return (_month_number(quarter.group(3)) - 3 * (number - 1) - 1) % 12 + 1


# ("the 12 months ended 30 June 2025 (FY25)", "the year ending 30 June 2026": the day may come first)
def reports_fiscal_year(text: str) -> bool:
    """Whether a text reports on a fiscal year it says ends when ("results for the 12 months ended 30 June
    2025"), as a company's results do: its "full-year" and its halves are that year's."""
    return TWELVE_MONTHS_TO.search(text) is not None


YEAR_WHICH_ENDED = re.compile(
    rf"\b(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?\s+financial\s+year,?\s+which\s+ended\s+(?:in\s+|on\s+)?"
    rf"(?:\d{{1,2}}\s+)?{_MONTH}",
    _I,
)
TWELVE_MONTHS_TO = re.compile(
    rf"\b(?:(?:(?:12|twelve)\s+months|(?:financial|fiscal)\s+year)\s+(?:to|ended|ending)|year\s+(?:ended|ending))\s+"
    rf"(?:\d{{1,2}}\s+)?{_MONTH}",
    _I,
)
ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
FISCAL_YEAR_MONTHS = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:19|20)?\d\d(?:[/-](?:19|20)?\d\d)?\s*\(\s*(?:from\s+)?"
    + r"(?:[0-3]?\d\s+)?"
    + _MONTH
    + r"(?:\s+[0-3]?\d,?)?(?:\s+(?:19|20)\d\d)?\s*(?:[-–]|to|through|until)\s*",
    _I,
)
FISCAL_QUARTER_MONTHS = re.compile(
    r"\b(?:(first|second|third|fourth)\s+quarter\s+of\s+(?:its\s+)?fiscal(?:\s+year)?\s+(?:19|20)?\d\d|"
    r"Q([1-4])\s+(?:of\s+)?(?:fiscal\s+|FY\s?)(?:19|20)?\d\d)\s*\(\s*"
    + _MONTH
    + r"\s*[-–]\s*[a-z]+\.?(?:\s+(?:19|20)\d\d)?\s*\)",
    _I,
)


# Where a clause of a sentence ends: "... in 2023, and investment has tripled over the past five years".
CLAUSE_END = re.compile(r"[;:]\s|,\s+(?:and|while|but|whereas)\s")


def _past_end(sentence: str, match: re.Match[str], pub: date) -> int:
    """The year "the past five years" runs to: the latest its clause states ("over the past five years to
    5.1 percent in 2024"), else the last year that is over, or nearly so: early in a year, the one before.
    """
    starts = [m.end() for m in CLAUSE_END.finditer(sentence, 0, match.start())]
    after = CLAUSE_END.search(sentence, match.end())
    clause = sentence[starts[-1] if starts else 0 : after.start() if after else len(sentence)]
    stated = [int(y) for y in STATED_YEAR.findall(clause)]
    return max(stated) if stated else pub.year - (pub.month <= 3)


# The patterns whose scans take longest, in lower case: their groups are compared in lower case
# (month names, "last", "between") or are digits.
LOWERCASE = {pattern: folding.lowercased(pattern) for pattern in (MONTHS_ENDED, MONTH_RANGE, YEAR)}


def _scan(pattern: re.Pattern[str], sentence: str, low: str | None) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``sentence``, found in ``low`` (``folding.lowered(sentence)``) where
    there is one: in about half the time, with the same spans."""
    return pattern.finditer(sentence) if low is None else LOWERCASE[pattern].finditer(low)


# "by FY28", "by the end of fiscal 2028", "by 2029-30": a fiscal year a goal falls due in.
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$", _I)


def _due_by(sentence: str, match: re.Match[str], period: str, published: date) -> bool:
    """Whether a fiscal year is a deadline: "by" it, and not over by publication ("By FY2024/25 they had
    reached" written in November 2025 is a fact)."""
    end = last_month(period)
    return (
        end is not None
        and end >= (published.year, published.month)
        and BY_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) is not None
    )


def _day_before(sentence: str, end: int) -> bool:
    """Whether the words before ``end`` end as a full date's day does ("10," or "10"): FULL_DATE_BEFORE,
    which tries a month name at every position before ``end``, is searched only then."""
    last = sentence[:end].rstrip()[-1:]
    return last == "," or last.isdecimal()


def _reported_fiscal_year(pub: date, fiscal_start: int) -> str:
    """The fiscal year a report on a whole one is about: the one it comes out after (in four months of its
    end), else the running one."""
    end_year = pub.year + (pub.month >= fiscal_start) - ((pub.month - fiscal_start) % 12 < 4)
    return fiscal_year(end_year, fiscal_start)


def find_periods(
    sentence: str,
    published: date | None,
    fiscal_start: int = 1,
    fiscal_by_start: bool = False,
    *,
    fiscal_full_year: bool = False,
) -> list[TimeExpression]:
    """Every time expression in ``sentence``; relative ones need ``published``.

    ``fiscal_start`` is the month a fiscal year begins where the text is from (April in
    India, Japan and the UK): "FY2024-25" is then April 2024 to March 2025. With
    ``fiscal_by_start`` a fiscal year is named after the year it starts in (Japan's
    "fiscal 2024" ends in March 2025). With ``fiscal_full_year`` (the text reports on a fiscal
    year it says ends when) "full-year" and a bare half are that year's. Each rule runs only when a cheap
    look at the
    sentence says it can match: most sentences name no period at all.
    """
    pub = published or date(2000, 1, 1)
    found: list[TimeExpression] = []
    lowered = sentence.lower()
    # (the sentence lowercased for the longest scans, where their lowercase copies find the same)
    low = folding.lowered(sentence)
    # Rules below that need a word the sentence lacks are not run: ``words`` is the sentence
    # lowered for such tests (``lowered`` decides which rules run, as it always has).
    words = folded(sentence)
    first_year = HAS_YEAR.search(sentence)
    year = bool(first_year)
    two_years = bool(first_year and HAS_YEAR.search(sentence, first_year.end()))
    month = any(stem in words for stem in MONTH_STEMS) and bool(HAS_MONTH.search(sentence))
    multiple = any(word in words for word in ("times", "twice", "double", "triple"))

    def add(
        match: re.Match[str],
        period: str,
        *,
        span: bool = False,
        deadline: bool = False,
        since: bool = False,
        single: bool = False,
        dated: bool = False,
    ) -> None:
        if any(e.start <= match.start() < e.end or match.start() <= e.start < match.end() for e in found):
            return
        # A range ("from January to October", "from 2020 to 2024") is a period, never a base; a
        # fiscal year is one period ("growth of 5.5 percent over FY 2023-24" compares with it).
        base = (
            (not span or single)
            and not deadline  # ("by 50% over the next decade": when it falls due, no base)
            and not dated  # ("from 9 to 11 November": the days an event ran, never a base)
            and not OPENING_WORD.fullmatch(sentence, 0, match.start())  # "Over 2024-25 as a whole, ..."
            and ("/" not in period or single)
            # "$9.3bn over the July-June period": a stretch of time, not a comparison
            and not (OVER_THE.search(sentence, 0, match.start()) and PERIOD_NOUN.match(sentence, match.end()))
            and not OVER_WHOLE.search(sentence, max(0, match.start() - 20), match.start())
            # ("to grow by 15% over the full year": the year it grows over, not one it is compared with)
            and not (WHOLE_YEAR.match(match.group(0)) and sentence.endswith("over ", 0, match.start()))
            # ("to exceed US$ 4.5 billion over FY2025/2026 as a whole": the year it adds up over)
            and not AS_A_WHOLE.match(sentence, match.end())
            and bool(
                BASE_BEFORE.search(sentence[: match.start()])
                or BASE_START.match(match.group(0))
                # ("to double by 2030" names a deadline, not what the multiple is of)
                or (
                    multiple
                    and not deadline
                    and MULTIPLE_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                    # ("grew 2.4 times in 2025": the year it grew in)
                    and not (
                        match.group(0)[:3].lower() == "in "
                        and BARE_MULTIPLE_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
                    )
                )
            )
        )
        # "Since 2019-20 it has grown ...": a fiscal year after "since" starts a span as a year does
        since = since or ("/" in period and single and bool(SINCE_BEFORE.search(sentence, 0, match.start())))
        found.append(
            TimeExpression(match.start(), match.end(), canonical(period), span, deadline, base, since)
        )

    if two_years and ("from" in words or "between" in words):
        for m in YEAR_SPAN_FROM.finditer(sentence):
            add(m, f"{m.group(1)}/{m.group(2)}", span=True)
    if two_years and "end of" in lowered:
        for m in BY_END_OF_SPAN.finditer(sentence):  # "by the end of the plan period (2026-2030)": 2030
            add(m, m.group(1), deadline=int(m.group(1)) >= pub.year)
    if "five-year" in lowered:
        for m in PLAN_PERIOD.finditer(sentence):
            number = int(m.group(1))
            first = 1966 + 5 * (number - 3) if number >= 3 else 1953 + 5 * (number - 1)
            if first + 4 >= pub.year:  # a plan still running or to come: its last year is the deadline
                add(m, str(first + 4), deadline=True)
            else:
                add(m, f"{first}/{first + 4}", span=True)
    if two_years and ("fiscal" in lowered or "financial" in lowered):
        for m in FISCAL_FULL_YEARS.finditer(sentence):  # "the 2024-2025 financial year": one fiscal year
            end_year = int(m.group(2) or m.group(4))
            if int(m.group(1) or m.group(3)) + 1 == end_year:
                add(m, fiscal_year(end_year, fiscal_start if fiscal_start != 1 else 4), single=True)
    if two_years:
        for m in YEAR_SPAN.finditer(sentence):
            add(m, f"{m.group(1)}/{m.group(2)}", span=True)
    if year and ("years" in words or "decade" in lowered):
        for m in YEARS_THROUGH.finditer(sentence):
            length = 10 if m.group("decade") else _count(m.group(1))
            add(m, f"{int(m.group(3)) - length}/{m.group(3)}", span=True)
    if month and (
        "ended" in lowered
        or "ending" in lowered
        or " to " in lowered
        or "through" in lowered
        or "fye" in lowered
    ):
        for m in _scan(MONTHS_ENDED, sentence, low):  # "the twelve months ended March 31, 2024"
            if m.group(1):  # "the four quarters to June": twelve months
                length = _count(m.group(1)) * (3 if m.group("unit").lower() == "quarters" else 1)
            else:
                length = 3 if "quarter" in m.group(0).lower() else 12
            end_month = _month_number(m.group(4))
            if split := m.group("split"):
                # "the 2024/25 financial year ended March": the twelve months to the month named; "the 2024/25
                # fiscal year to the end of April", the year so far: from the month the text's fiscal year
                # begins (July 2024 in a text on Tonga)
                so_far = "end of" in m.group(0).lower() and fiscal_start != 1
                begins = fiscal_start if so_far else end_month % 12 + 1
                start_year = int(split[:4])
                end_year = start_year if end_month >= begins else start_year + 1
                first = start_year * 12 + begins - 1  # months since year 0 of the first month, minus one
            else:
                end_year = _year(m.group(5), end_month, pub)
                first = end_year * 12 + end_month - length
            # (a year of twelve months is one period, which a change may be on: "up 8.7 percent from the year
            # ended June 2024")
            add(
                m,
                f"{first // 12}-{first % 12 + 1:02d}/{end_year}-{end_month:02d}",
                span=length != 3,
                single=length == 12,
            )
    if month and " year" in lowered:
        for m in MONTH_YEAR_ENDED.finditer(sentence):
            end_month = _month_number(m.group(1))
            end_year = int(m.group(2)) if m.group(2) else _year(None, end_month, pub)
            first = end_year * 12 + end_month - 12  # months since year 0 of the first month, minus one
            period = f"{first // 12}-{first % 12 + 1:02d}/{end_year}-{end_month:02d}"
            add(m, period, span=True, deadline=_due_by(sentence, m, period, pub))  # "by the June 2028 year"
    if month and year:
        for m in MONTH_YEAR_RANGE.finditer(sentence):  # "from October 2023 through September 2024"
            # (the groups of whichever form matched: "from ... to ..." or "between ... and ...")
            month_a, year_a, month_b, year_b = [g for g in m.groups() if g is not None]
            first, last = _month_number(month_a), _month_number(month_b)
            if (year_a, first) < (year_b, last):
                add(m, canonical(f"{year_a}-{first:02d}/{year_b}-{last:02d}"))
    if month and ("quarter" in lowered or "qtr" in lowered or "-q" in lowered or " q " in lowered):
        for m in MONTH_QUARTER.finditer(sentence):  # "the June quarter": April to June
            end_month = _month_number(m.group(1))
            stated = m.group(2) or m.group(3)
            quarter_year = int(stated) if stated else pub.year - (end_month >= pub.month)
            add(m, f"{quarter_year}-Q{end_month // 3}")
    if month and "end-" in lowered:
        for m in END_OF_MONTH.finditer(sentence):  # "as of end-June": the latest June that is over
            number = _month_number(m.group(1))
            add(m, f"{pub.year - (number > pub.month)}-{number:02d}")
    if month:
        for m in DAY_OF_MONTH.finditer(sentence):  # "at June 30": the latest June that is over
            number = _month_number(m.group(1) or m.group(2))
            stock_year = int(m.group(3)) if m.group(3) else pub.year - (number > pub.month)
            add(m, f"{stock_year}-{number:02d}")
    if month and year:
        for m in AS_OF_MONTH.finditer(sentence):  # "as of March 31, 2024": a stock at the end of that month
            stock_year, stock_month = int(m.group(2)), _month_number(m.group(1))
            deadline = m.group(0).lower().startswith("by") and date(stock_year, stock_month, 1) > pub
            if FLOW_TO_DATE.search(sentence, 0, m.start()) and not deadline:
                # "exports reached 10.1 billion dirhams at the end of May 2025": a flow summed since January
                add(m, _months(1, stock_month, stock_year), span=True)
                continue
            add(m, f"{stock_year}-{stock_month:02d}", deadline=deadline)
    if fiscal_start != 1 and ("fiscal" in lowered or "financial" in lowered):
        for m in NEW_FISCAL_YEAR.finditer(sentence):
            # "in the new financial year": the one not yet over, a deadline as "next year" is; "this fiscal
            # year" is one only where a goal or forecast word makes it one, as "this year" is
            over = bool(m.group("last") or m.group("ended"))
            end_year = _under_way_end(pub, fiscal_start) + bool(m.group("next")) - over
            ahead = bool(m.group("next")) or (
                bool(m.group("now")) and not m.group(0).lower().startswith("this")
            )
            add(m, fiscal_year(end_year, fiscal_start), deadline=ahead, single=True)
    if fiscal_start != 1 and (
        "fiscal" in lowered or "fy" in lowered or "financial" in lowered or SPLIT_YEAR.search(sentence)
    ):
        # A company's "second quarter of its fiscal 2026" elsewhere is no quarter one can place.
        for m in FISCAL_PART.finditer(sentence):
            end_year = _fiscal_end_year(m.group(7), m.group(8), fiscal_by_start)
            if m.group(1) or m.group(2) or m.group(3):
                quarter = int(m.group(1) or m.group(2) or ORDINALS[m.group(3).lower()])
                add(m, fiscal_part(end_year, fiscal_start, 3 * quarter - 2, 3), single=True)
            else:
                half = (
                    1
                    if m.group(4) == "1" or m.group(5) == "1" or (m.group(6) or "").lower() == "first"
                    else 2
                )
                add(m, fiscal_part(end_year, fiscal_start, 6 * half - 5, 6), single=True)
    # ("Jul-Feb 2024-25": a year written as two is a fiscal year)
    if month and ("fiscal" in lowered or "fy" in lowered or SPLIT_YEAR.search(sentence)):
        for m in FISCAL_MONTH_RANGE.finditer(sentence):  # "July-March FY25": those months of that fiscal year
            first, last = _month_number(m.group(1)), _month_number(m.group(2))
            end_year = _fiscal_end_year(m.group(3), m.group(4), fiscal_by_start and fiscal_start != 1)
            start = fiscal_start if fiscal_start != 1 else first
            begin_year = end_year - (start != 1) if first >= start else end_year
            close_year = end_year - (start != 1) if last >= start else end_year
            add(m, f"{begin_year}-{first:02d}/{close_year}-{last:02d}", single=True)
    if "months" in lowered and (
        "fiscal" in lowered or "financial" in lowered or "fy" in lowered or SPLIT_YEAR.search(sentence)
    ):
        for m in FISCAL_FIRST_MONTHS.finditer(sentence):  # "the first nine months of the 2024-25 fiscal year"
            if not m.group(3) and not FISCAL_MARK.search(m.group(0)):
                continue  # ("the first nine months of 2025" beside "the Financial Services Commission")
            first = 4 if fiscal_start == 1 and m.group(3) else fiscal_start
            end_year = _fiscal_end_year(m.group(2), m.group(3), fiscal_by_start and fiscal_start != 1)
            add(m, fiscal_part(end_year, first, 1, _count(m.group(1))), single=True)
    if "fy" in lowered and "/" in sentence:
        for m in FISCAL_ENDING_MONTH.finditer(sentence):
            # "FY3/2026", "FY2025/3": Japan's fiscal year named by the month and year it ends in
            last_month = int(m.group("month") or m.group("month2"))
            end_year = _fiscal_end_year(m.group("year") or m.group("year2"), None, False)
            if part := m.group("quarter") or m.group("quarter2"):
                add(m, fiscal_part(end_year, last_month % 12 + 1, 3 * int(part) - 2, 3), single=True)
            elif part := m.group("half") or m.group("half2"):
                add(m, fiscal_part(end_year, last_month % 12 + 1, 6 * int(part) - 5, 6), single=True)
            else:
                add(m, fiscal_year(end_year, last_month % 12 + 1), single=True)
    if "fiscal" in lowered or "fy" in lowered:
        for m in FISCAL_SPAN_FROM.finditer(sentence):  # "between FYE 2023 and FYE 2025": first to last
            first = fiscal_start if fiscal_start != 1 else 4
            opening = fiscal_year(_fiscal_end_year(m.group(1), None, False), first).split("/")[0]
            closing = fiscal_year(_fiscal_end_year(m.group(2), None, False), first).split("/")[1]
            add(m, f"{opening}/{closing}", span=True)
        for m in FISCAL.finditer(sentence):
            end_year = _fiscal_end_year(m.group(1), m.group(2), fiscal_by_start and fiscal_start != 1)
            # "FY2025/26" spans two calendar years: where no fiscal year is known, April's (as "2025-26")
            first = 4 if fiscal_start == 1 and m.group(2) else fiscal_start
            if m.group(2) and (begin := _fiscal_end_year(m.group(1), None, False)) + 1 < end_year:
                # "a 15% CAGR over FY25-28": from the start of the first fiscal year to the end of the last
                opening = fiscal_year(begin, first).split("/")[0]
                add(m, f"{opening}/{fiscal_year(end_year, first).split('/')[1]}", span=True)
                continue
            year_of = fiscal_year(end_year, first)
            add(m, year_of, single=True, deadline=_due_by(sentence, m, year_of, pub))
    if year and ("-" in sentence or "–" in sentence or "/" in sentence):
        for m in SPLIT_YEAR.finditer(sentence):
            if (int(m.group(1)) + 1) % 100 == int(m.group(2)):  # "2024-25": a fiscal year
                end_year = int(m.group(1)) + 1
                first = fiscal_start if fiscal_start != 1 else 4
                year_of = fiscal_year(end_year, first)
                add(m, year_of, single=True, deadline=_due_by(sentence, m, year_of, pub))
    if "quarter" in lowered:
        for m in ORDINAL_QUARTER.finditer(sentence):
            quarter = ORDINALS[m.group(1).lower()]
            if fiscal_start != 1 and not m.group(2) and FISCAL_YEAR_NAMED.search(sentence, m.end()):
                # "the third quarter (Q3), i.e., October-December of the financial year 2024-25": a
                # quarter of the fiscal year the sentence goes on to name
                continue
            ahead = _ahead(sentence, m.start(), m.end())
            add(m, f"{_year(m.group(2), quarter * 3, pub, m.group(3), ahead)}-Q{quarter}")
        for m in FIRST_QUARTERS.finditer(sentence):
            last = 3 * _count(m.group(1))
            add(m, _months(1, last, _year(m.group(2), last, pub, m.group(3))))
    if "q" in lowered or ("T" in sentence and TRIMESTRE.search(sentence)):
        for m in CODED_QUARTER.finditer(sentence):
            quarter = (
                int(m.group(1) or m.group(4) or m.group("quarter_after"))
                if not m.group(6)
                else ORDINALS[m.group(6).lower()]
            )
            written = (
                m.group(2)
                or (f"20{m.group(5)}" if m.group(5) else None)
                or m.group(7)
                or m.group("year_first")
            )
            relative = m.group("relative")
            if written is None and fiscal_start != 1:
                # ("up 5.3% on Q3 last year": that quarter of the fiscal year before)
                add(m, shift_year(_fiscal_quarter(quarter, fiscal_start, pub), -(relative == "last")))
                continue
            # ("We expect parcel volumes in Q4 to grow": the fourth quarter still to come)
            ahead = _ahead(sentence, m.start(), m.end())
            add(m, f"{_year(written, quarter * 3, pub, relative, ahead)}-Q{quarter}")
    if "half" in lowered or "h1" in lowered or "h2" in lowered or "1h" in lowered or "2h" in lowered:
        for m in HALF.finditer(sentence):
            half = (
                1 if (m.group(1) or "").lower() in ("first", "1st") or "1" in (m.group(4), m.group(6)) else 2
            )
            written = m.group(2) or m.group(5) or m.group(7)
            if written and len(written) == 2:  # "1H24"
                written = f"20{written}"
            if fiscal_full_year and not written and not m.group(3):
                # "Second-half TPV was A$20.7bn" in a text on a fiscal year to June: that year's half
                add(m, _latest_fiscal_part(6 * half - 5, 6, fiscal_start, pub))
                continue
            ahead = _ahead(sentence, m.start(), m.end())
            add(m, f"{_year(written, half * 6, pub, m.group(3), ahead)}-H{half}")
        for m in HALF_YEAR.finditer(sentence):  # "Half-year GMV was $13.6bn": the latest half that is over
            before = pub.year * 2 + (pub.month - 1) // 6 - 1
            add(m, f"{before // 2}-H{before % 2 + 1}")
    if "month" in lowered:
        for m in FIRST_MONTHS.finditer(sentence):
            last = _count(m.group(1))
            if fiscal_start != 1 and not (m.group(2) or m.group(3) or OF_THE_YEAR.match(sentence, m.end())):
                # "over the nine months" in Pakistan's or India's news: of the fiscal year, the latest so far
                # ("the first nine months of the year" is of the calendar year)
                add(m, _fiscal_months_so_far(last, fiscal_start, pub))
                continue
            # ("From January to July ..., 6.1 per cent more than in the first seven months of 2024": with its
            # year, beside months named otherwise, a span compared with, as a single month is)
            add(
                m,
                _months(1, last, _year(m.group(2), last, pub, m.group(3))),
                single=bool(m.group(2)) and month,
            )
    if "-month" in lowered or CODED_MONTHS_HINT.search(sentence):
        for m in MONTHS_SO_FAR.finditer(sentence):
            last = _count(m.group(1) or m.group(2))
            written = m.group(3) and (m.group(3) if len(m.group(3)) == 4 else f"20{m.group(3)}")
            # ("change over 9M/2024": a span written as one code is compared with, like a single month)
            add(m, _months(1, last, _year(written, last, pub)), single=m.group(2) is not None)
    if month:
        for m in _scan(MONTH_RANGE, sentence, low):
            first, last = _month_number(m.group(2)), _month_number(m.group(4))
            # "and" only after "between", or between two months in a row ("fell 23% in June and July")
            if first != last and (m.group(1) or not m.group(3) or last == first % 12 + 1):
                # "compared with the April-June period" is a base; "from April to June" a range
                hyphen = not re.search(r"\s(?:to|through|and)\s", m.group(0), re.IGNORECASE)
                end_year = _year(m.group(5), last, pub, m.group(6))
                # "July-March" runs across a new year: from July of the year before
                add(m, f"{end_year - (first > last)}-{first:02d}/{end_year}-{last:02d}", single=hyphen)
        if "alone" in lowered:
            for m in MONTH_ALONE.finditer(sentence):  # "October alone"
                number = _month_number(m.group(1))
                add(m, f"{_year(m.group(2), number, pub)}-{number:02d}")
        if subject := MONTH_SUBJECT.match(sentence):  # "December was the busiest month"
            number = _month_number(subject.group(1))
            add(subject, f"{_year(subject.group(2), number, pub)}-{number:02d}")
        for m in COMPARED_MONTH.finditer(sentence):  # "11.6 percent over February 2024": a base month
            number = _month_number(m.group(1))
            add(m, f"{m.group(2)}-{number:02d}")
        for m in BY_MONTH_HAD.finditer(sentence) if "had" in lowered else ():
            named, named_year = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            number = _month_number(named)
            add(m, f"{_year(named_year, number, pub)}-{number:02d}")
        for m in IN_MONTH.finditer(sentence):
            number = _month_number(m.group(1))
            if m.group(1) == "may" and not m.group(2):
                continue  # "in may" is the verb; "in May" the month
            if ENDS_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
                continue  # "fiscal 2024, which ended in March": the month bounds a longer period
            # ("expect volumes to fall 10%-15% in September": the next September, as for a quarter ahead)
            ahead = not m.group(2) and _ahead(sentence, m.start(), m.end())
            add(m, f"{_year(m.group(2), number, pub, m.group(3), ahead)}-{number:02d}")
    if "trading" in lowered:
        for m in IN_TRADING.finditer(sentence):  # "shares rose 6.3% in early trading": the day of the report
            add(m, f"{pub.year}-{pub.month:02d}")
    if "past" in lowered or "last" in lowered:
        for m in PAST_YEARS.finditer(sentence):
            if m.group(1).lower() in COUNT_WORDS or m.group(1).isdigit():
                end = _past_end(sentence, m, pub)
                add(m, f"{end - _count(m.group(1))}/{end}", span=True)
        for m in PAST_DECADE.finditer(sentence):
            end = _past_end(sentence, m, pub)
            add(m, f"{end - 10}/{end}", span=True)
    if "years" in words and ("has" in words or "have" in words):
        for m in IN_YEARS.finditer(sentence):  # "has gained 9 points in 10 years": the ten years to now
            if PERFECT_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                end = _past_end(sentence, m, pub)
                add(m, f"{end - _count(m.group(1))}/{end}", span=True)
    if "target" in lowered:
        for m in TARGET_PRICE.finditer(sentence):  # twelve months from publication: the year it falls in
            add(m, str(pub.year + 1), deadline=True)
    if "month" in lowered:
        for m in LAST_MONTH.finditer(sentence):  # the month before publication
            before = pub.year * 12 + pub.month - 2
            add(m, f"{before // 12}-{before % 12 + 1:02d}")
    if "quarter" in lowered:
        for m in LAST_QUARTER.finditer(sentence):  # the quarter before the one of publication
            before = pub.year * 4 + (pub.month - 1) // 3 - 1
            add(m, f"{before // 4}-Q{before % 4 + 1}")
    if "date" in lowered or "so far" in lowered or "ytd" in lowered:
        ranges = any(e.period.startswith(f"{pub.year}-01/") for e in found)
        for m in YEAR_TO_DATE.finditer(sentence):  # January to the last month over by publication
            if not ranges:  # "year-to-date, for January to September" says which months
                add(m, _months(1, max(pub.month - 1, 1), pub.year))
    if "year" in lowered:
        if "last" in words or "previous" in words or "ago" in words:
            for m in LAST_YEAR.finditer(sentence):
                add(m, str(pub.year - 1))
        if "ago" in words:
            for m in YEARS_AGO.finditer(sentence):
                # ("41% of revenue in 2024, against 35% five years ago": back from the year the sentence
                # states before it, else from the publication's)
                stated = [int(y.group(1)) for y in BARE_YEAR.finditer(sentence, 0, m.start())]
                add(m, str((stated[-1] if stated else pub.year) - _count(m.group(1))))
        if "this" in words or "full" in words or "whole" in words:
            for m in THIS_YEAR.finditer(sentence):
                if fiscal_full_year and "full" in m.group(0).lower():
                    # "first full-year profit" in a text that says its fiscal years end in June
                    add(m, _reported_fiscal_year(pub, fiscal_start))
                else:
                    add(m, str(pub.year))
            for m in FULL_FISCAL_YEAR.finditer(sentence):
                add(m, _reported_fiscal_year(pub, fiscal_start))
        if "next" in words:
            for m in NEXT_YEAR.finditer(sentence):
                add(m, str(pub.year + 1), deadline=True)
        if "coming" in words or "ahead" in words or "upcoming" in words:
            for m in COMING_YEAR.finditer(sentence):
                add(m, fiscal_year(_under_way_end(pub, fiscal_start) + 1, fiscal_start))
        if "next" in words or "coming" in words:
            for m in NEXT_YEARS.finditer(sentence):
                add(m, str(pub.year + _count(m.group(1))), deadline=True)
        if "within" in words:
            for m in WITHIN_YEARS.finditer(sentence):
                set_in = SET_IN_YEAR.findall(sentence, 0, m.start())  # the years goals were set in, before
                add(m, str(int(set_in[-1] if set_in else pub.year) + _count(m.group(1))), deadline=True)
    if month and year:
        for m in BY_MONTH.finditer(sentence):
            due = (int(m.group(2)), _month_number(m.group(1))) >= (pub.year, pub.month)
            add(m, f"{m.group(2)}-{_month_number(m.group(1)):02d}", deadline=due)
    if month and " by " in lowered and FUTURE_WORDS.search(sentence):
        for m in BY_BARE_MONTH.finditer(sentence):
            goal_month = _month_number(m.group(1))
            add(m, f"{pub.year + (goal_month <= pub.month)}-{goal_month:02d}", deadline=True)
    if year and ("through" in words or "until" in words or "till" in words):
        for m in THROUGH_YEAR.finditer(sentence):  # "through 2024" written in 2025 closes a span, no goal
            add(m, m.group(1), deadline=int(m.group(1)) >= pub.year)
    if "end of the decade" in lowered:
        for m in END_OF_DECADE.finditer(sentence):  # "by the end of the decade" written in 2025: 2030
            add(m, str(pub.year // 10 * 10 + 10), deadline=True)
    if "decade" in lowered:
        # "doubling exports within a decade", "over the next decade": ten years from the year the goal was set
        for m in WITHIN_DECADE.finditer(sentence):
            set_in = SET_IN_YEAR.findall(sentence, 0, m.start())
            add(m, str(int(set_in[-1] if set_in else pub.year) + 10), deadline=True)
        for m in DECADE_EARLIER.finditer(sentence):
            years = [int(y) for y in STATED_YEAR.findall(sentence)]
            add(m, str((max(years) if years else pub.year) - 10))
    if month and ("from" in lowered or "between" in lowered):
        for m in DAYS_ACROSS_MONTHS.finditer(sentence):
            # "which ran from October 20 to November 11": the months an event ran across
            first, last = _month_number(m.group(1) or m.group(4)), _month_number(m.group(2) or m.group(5))
            written = m.group(3) or m.group(6)
            end_year = int(written) if written else pub.year - (last > pub.month)
            begin_year = end_year - (first > last)
            add(m, f"{begin_year}-{first:02d}/{end_year}-{last:02d}", dated=True)
    if month:
        for m in DASHED_DAYS.finditer(sentence):
            first, last = _month_number(m.group(2)), _month_number(m.group(3))
            if m.group(1):
                begin_year = int(m.group(1))
                end_year = begin_year + (first > last)
            else:
                end_year = int(m.group(4)) if m.group(4) else pub.year - (last > pub.month)
                begin_year = end_year - (first > last)
            add(m, f"{begin_year}-{first:02d}/{end_year}-{last:02d}", dated=True)
        for m in DAY_RANGE.finditer(sentence):
            number = _month_number(m.group(1) or m.group(3))
            written = m.group(2) or m.group(4)
            # (no year: the latest such month that has begun by publication)
            add(m, f"{written or pub.year - (number > pub.month)}-{number:02d}", dated=True)
    if month and year:
        for m in MONTH_YEAR.finditer(sentence):
            if m.group(1) == "may" or DAY_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
                continue
            since = bool(SINCE_JUST_BEFORE.search(sentence, max(0, m.start() - 8), m.start()))
            add(m, f"{m.group(2)}-{_month_number(m.group(1)):02d}", since=since)
    if year:
        for m in _scan(YEAR, sentence, low):
            lead = (m.group(1) or "").lower()
            if (
                month
                and _day_before(sentence, m.start(2))
                and FULL_DATE_BEFORE.search(sentence, 0, m.start(2))
            ):
                continue  # the year of a full date ("November 10, 2025")
            if month and DAY_MONTH_BEFORE.search(sentence, max(0, m.start(2) - 20), m.start(2)):
                continue  # ("13 November 2025")
            if not lead and LAW_BEFORE.search(sentence, max(0, m.start(2) - 40), m.start(2)):
                continue  # "the Income Tax Ordinance, 2001", "the Finance Act 2024": a law's name
            # "by the end of 2024" written in 2025 dates a stock; only a year not yet over is a deadline.
            # ("had set a goal of $5bn ICT exports by 2025", written in 2026: a deadline, passed or not)
            due = (lead.startswith("by") or lead == "before") and (
                int(m.group(2)) >= pub.year
                or GOAL_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) is not None
            )
            since = lead.startswith("since")  # "since 2015", "since the start of 2024"
            if since and SINCE_RECORD.search(sentence, max(0, m.start() - 50), m.start()):
                continue  # "the weakest since 2016" dates a record, not a span
            add(m, m.group(2), deadline=due, since=since)
    found.sort(key=lambda e: e.start)
    if "months" in lowered and len(found) > 1:
        # ("in the eight months from May to December 2025": the months it names, not the first eight)
        found = [
            e
            for e, after in zip(found, [*found[1:], None], strict=True)
            if not (
                after is not None
                and "/" in after.period
                and sentence.endswith("months", e.start, e.end)
                and STRETCH_NAMED.fullmatch(sentence, e.end, after.start)
            )
        ]
    if "=" in sentence:
        # ("Index: 118.4 points (Q4 2019 = 100)": the base the index counts from, no figure's time)
        found = [e for e in found if not INDEX_BASE_EQUALS.match(sentence, e.end)]
    if "nd" in lowered and len(found) > 1:
        # ("in fiscal year 2024/25, which ended in mid-July 2025": when the period before ended, not a time
        # of its own)
        found = [
            e
            for e, before in zip(found, [None, *found[:-1]], strict=True)
            if not (before is not None and ENDED_CLAUSE.fullmatch(sentence, before.end, e.start))
        ]
    return _restated_bases(sentence, found) if multiple and any(e.base for e in found) else found


# ", which ended in mid-July", " (ending 30 June": the end of the period just named
ENDED_CLAUSE = re.compile(
    r",?\s*(?:\(\s*)?(?:(?:which|that)\s+)?(?:ended|ends|ending|closed|closes|closing)\s+(?:(?:in|on|at)\s+)?"
    r"(?:(?:mid|early|late|the\s+end\s+of)[-\s]+)?",
    _I,
)
INDEX_BASE_EQUALS = re.compile(r"\s*=\s*100\b")  # "(Q4 2019 = 100)": the time an index is counted from
# "the eight months from May to December", "the eight months (May-December)": a count of months, then which.
STRETCH_NAMED = re.compile(r"\s+from\s+|\s*\(\s*|,\s+")
# "3.2 times its size a decade earlier": the period after a multiple's "its size" is what it is a multiple of.
MULTIPLE_BEFORE = re.compile(
    r"\b(?:times|twice|double|triple)\s+(?:(?:its|their|the|that)(?:\s+|$))?(?:size|level|value|amount|total|volume|number)?\s*"
    r"(?:(?:recorded|seen|reached)\s+)?(?:(?:of|in)\s+)?$",
    _I,
)
# "grew 2.4 times ": a multiple naming no base; "expects GMV to at least double ", a verb: in the year after
BARE_MULTIPLE_BEFORE = re.compile(
    r"\b(?:times|twice)\s+$"
    r"|\b(?:to|will|could|would|may|might|should)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?:double|triple)\s+$",
    _I,
)
# "a decade earlier, in fiscal 2014": the second names the same time as the first.
APPOSITION = re.compile(r",\s*(?:in\s+|or\s+)?")


def _restated_bases(sentence: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """A base period restated right after it by a stated one: the stated one is the base."""
    kept: list[TimeExpression] = []
    for e in found:
        if kept and kept[-1].base and not e.base and APPOSITION.fullmatch(sentence, kept[-1].end, e.start):
            kept[-1] = replace(e, base=True)
            continue
        kept.append(e)
    return kept
