"""Dates as news pages write them: ISO stamps, English prose dates, URL paths and datelines.

Every function here returns an aware ``datetime`` or ``None`` and never raises. A time
written with a zone ("12:34 GMT+8", "09:30 Beijing time", "10:15 ET") is read in it; a
time written without one is read in the zone the caller passes (a site profile's home
zone, UTC otherwise); a date without a time stays that date, at midnight UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Fixed offsets for zones that have no daylight saving time, used if the zone database is missing.
FALLBACK_OFFSETS = {"Asia/Shanghai": 8, "Asia/Hong_Kong": 8, "UTC": 0}
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100

_MONTH = (
    r"(?i:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
)
_TIME = (
    r"(?P<hour>[01]?\d|2[0-3])[:：](?P<minute>[0-5]\d)(?:[:：](?P<second>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap])\.?\s*m\b\.?)?"
    r"(?:\s*(?P<zone>(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?(?!\d)|UTC|GMT|Z(?![a-z])|"
    r"\(?(?:Beijing\s+Time|BJT|CST|SGT|HKT|MYT|PHT|AWST|WIB|ICT|JST|KST|IST|AEST|AEDT|CET|CEST|BST|"
    r"EST|EDT|ET|PST|PDT|PT)\)?(?![A-Za-z])))?"
)
# What a zone written after a time means: hours from UTC, or a zone with daylight saving time
# ("ET" is EST or EDT, as the date falls). "CST" is China's here, "IST" India's: the outlets
# this pipeline reads are Chinese, Asian and Indian far more often than American or Irish.
_ZONE_OFFSETS: dict[str, float | str] = {
    "utc": 0, "gmt": 0, "z": 0, "beijing time": 8, "bjt": 8, "cst": 8, "sgt": 8, "hkt": 8, "myt": 8,
    "pht": 8, "awst": 8, "wib": 7, "ict": 7, "jst": 9, "kst": 9, "ist": 5.5, "aest": 10, "aedt": 11,
    "cet": 1, "cest": 2, "bst": 1, "est": -5, "edt": -4, "pst": -8, "pdt": -7,
    "et": "America/New_York", "pt": "America/Los_Angeles",
}  # fmt: skip

# ISO-like numeric dates: 2025-11-10, 2025/11/10, 2025.11.10, 2025年11月10日, optionally with a time.
NUMERIC_DATE_RE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*(?:[-/.年])\s*(?P<month>[01]?\d)\s*(?:[-/.月])\s*"
    r"(?P<day>[0-3]?\d)(?!\d)日?"
    rf"(?:(?:\s*|T|,\s*){_TIME})?",
    re.IGNORECASE,
)
# "November 10, 2025", "Nov. 10 2025", "Nov 10" (year optional), with an optional time after it.
MONTH_DAY_RE = re.compile(
    rf"(?<![a-z]){_MONTH}\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s*(?P<year>(?:19|20)\d{{2}})(?!\d))?"
    rf"(?:(?:,?\s*|\s+at\s+|\s*[|-]\s*){_TIME})?",
    re.IGNORECASE,
)
# "10 November 2025", "10-Nov-2025", "10 Nov, 2025".
DAY_MONTH_RE = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[\s-]+{_MONTH}[\s,-]+(?P<year>(?:19|20)\d{{2}})(?!\d)"
    rf"(?:(?:,?\s*|\s+at\s+){_TIME})?",
    re.IGNORECASE,
)
# A time written before the date, as People's Daily and China Daily do: "10:22, November 10, 2025".
TIME_FIRST_RE = re.compile(rf"{_TIME}\s*,?\s*(?={_MONTH}\s*[0-3]?\d)", re.IGNORECASE)

# Dates in URL paths: /2025/11/10/, /2025-11-10/, /202511/10/, /2025/1110/, /20251110/, /2019-11/28/,
# and the WTO's "10nov25".
URL_DATE_RES = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})[/_-](?P<month>[01]?\d)[/_-](?P<day>[0-3]?\d)(?=[/_.-]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)[/_-](?P<day>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"[/_-](?P<day>[0-3]?\d)" + _MONTH.replace(r"\.?", "") + r"(?P<year>\d{2})(?=[/_.-]|$)", re.I),
)
# A year alone in a URL path, used to complete a dateline that gives only month and day.
URL_YEAR_RE = re.compile(r"/(?P<year>(?:19|20)\d{2})(?:[01]\d(?:[0-3]\d)?)?(?=[/_.-])")

# Datelines at the head of a story.
#   "(China Daily) 10:22, November 10, 2025"   "(Xinhua) 08:15, November 28, 2025"
#   "BEIJING, Nov. 28 (Xinhua) --"             "GENEVA, Nov 10 (Reuters) -"
#   "WASHINGTON, Nov. 28, 2025 (AP) —"
SOURCE_THEN_DATE_RE = re.compile(
    r"\((?P<source>[^()]{2,40})\)\s*(?P<when>(?:[012]?\d[:：][0-5]\d\s*,?\s*)?"
    + _MONTH.replace("?P<month>", "?:")
    + r"\s*[0-3]?\d,?\s*(?:(?:19|20)\d{2})?)",
    re.IGNORECASE,
)
PLACE_DATE_SOURCE_RE = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?),\s*"
    r"(?P<when>" + _MONTH.replace("?P<month>", "?:") + r"\s*[0-3]?\d(?:,?\s*(?:19|20)\d{2})?)\s*"
    r"\((?P<source>[^()]{2,40})\)\s*(?:--|—|–|-|:)",
)


@lru_cache(maxsize=32)
def zone(name: str | None) -> tzinfo:
    """A time zone by IANA name; UTC for ``None`` or an unknown name."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        hours = FALLBACK_OFFSETS.get(name)
        return timezone(timedelta(hours=hours)) if hours is not None else UTC


def _build(
    year: int,
    month: int,
    day: int,
    tz: tzinfo,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
) -> datetime | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


def _zone_of(match: re.Match[str], default: tzinfo) -> tzinfo:
    """The zone written after the match's time; a date without a time is a date: UTC.

    A date alone read at midnight in the site's zone east of Greenwich would be the
    day before in UTC, where times are kept and compared.
    """
    if not match.group("hour"):
        return UTC
    raw = " ".join((match.group("zone") or "").strip("() ").lower().split())
    if not raw:
        return default
    if raw in _ZONE_OFFSETS:
        named = _ZONE_OFFSETS[raw]
        return zone(named) if isinstance(named, str) else timezone(timedelta(hours=named))
    offset = re.search(r"([+-])(\d{1,2})(?::?(\d{2}))?$", raw)
    if not offset:
        return default
    sign = -1 if offset.group(1) == "-" else 1
    hours, minutes = int(offset.group(2)), int(offset.group(3) or 0)
    if hours > 14 or minutes > 59:
        return default
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _clock(match: re.Match[str]) -> tuple[int, int, int]:
    if not match.group("hour"):
        return 0, 0, 0
    hour = int(match.group("hour"))
    ampm = (match.group("ampm") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return hour, int(match.group("minute")), int(match.group("second") or 0)


def _infer_year(month: int, day: int, year_hint: int | None, now: datetime | None) -> int | None:
    """The year of a month and day written without one: the hint, else the latest year not in the future."""
    if year_hint:
        return year_hint
    now = now or datetime.now(UTC)
    for year in (now.year, now.year - 1):
        try:
            if datetime(year, month, day, tzinfo=UTC) <= now + timedelta(days=2):
                return year
        except ValueError:
            continue
    return None


def parse_date_text(
    text: str,
    tz: tzinfo = UTC,
    *,
    year_hint: int | None = None,
    now: datetime | None = None,
) -> datetime | None:
    """The first date (with its time, when one is written next to it) in a short text."""
    text = text[:400]
    found: list[tuple[int, datetime]] = []
    numeric = NUMERIC_DATE_RE.search(text)
    if numeric:
        hour, minute, second = _clock(numeric)
        built = _build(
            int(numeric.group("year")),
            int(numeric.group("month")),
            int(numeric.group("day")),
            _zone_of(numeric, tz),
            hour,
            minute,
            second,
        )
        if built:
            found.append((numeric.start(), built))
    for pattern in (DAY_MONTH_RE, MONTH_DAY_RE):
        match = pattern.search(text)
        if not match:
            continue
        month = MONTHS[match.group("month").lower().rstrip(".")]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else _infer_year(month, day, year_hint, now)
        if year is None:
            continue
        hour, minute, second = _clock(match)
        zone_used = _zone_of(match, tz)
        if not match.group("hour"):
            before = TIME_FIRST_RE.search(text, max(0, match.start() - 30), match.end())
            if before and before.end() <= match.start() + 1:
                hour, minute, second = _clock(before)
                zone_used = _zone_of(before, tz)
        built = _build(year, month, day, zone_used, hour, minute, second)
        if built:
            found.append((match.start(), built))
    if not found:
        return None
    return min(found, key=lambda pair: pair[0])[1]


def date_from_url(url: str) -> datetime | None:
    """A publication date written in a URL's path, e.g. ``/2025/11/10/`` or ``/202511/10/``.

    A date without a time, so midnight UTC (see ``_zone_of``).
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for pattern in URL_DATE_RES:
        match = pattern.search(path)
        if not match:
            continue
        raw_month = match.group("month")
        month = int(raw_month) if raw_month.isdigit() else MONTHS.get(raw_month.lower(), 0)
        year = int(match.group("year"))
        if year < 100:
            year += 2000
        built = _build(year, month, int(match.group("day")), UTC)
        if built:
            return built
    return None


def year_from_url(url: str) -> int | None:
    match = URL_YEAR_RE.search(url.split("?", 1)[0])
    return int(match.group("year")) if match else None


def dateline_date(
    text: str,
    tz: tzinfo = UTC,
    *,
    year_hint: int | None = None,
    now: datetime | None = None,
) -> datetime | None:
    """The date of a dateline at the head of a paragraph or in a byline.

    Recognises "(China Daily) 10:22, November 10, 2025" and "BEIJING, Nov. 28 (Xinhua) --";
    a dateline without a year takes ``year_hint`` (for example the URL's year) or the latest
    year that does not put the date in the future.
    """
    head = text[:300]
    for pattern in (PLACE_DATE_SOURCE_RE, SOURCE_THEN_DATE_RE):
        match = pattern.search(head)
        if match:
            return parse_date_text(match.group("when"), tz, year_hint=year_hint, now=now)
    return None
