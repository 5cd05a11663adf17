"""What a table says once about all its cells: the unit of its amounts and the period of each column.

"Segment Revenue (US$ millions)" above a table, or "2024 (US$ bn)" in a column's header, gives
the bare numbers in its rows a currency and a scale; "| Q3 2024 | Q3 2025 | YoY" gives each
column its period, and a column without one (the change, the share) the latest period named.
"""

from __future__ import annotations

import re
from datetime import date

from parsers.numbers import (
    CURRENCY_PREFIX,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOTTED_CURRENCIES,
    NUMBER,
    SCALE_WORD,
    SCALES,
    WORD_CURRENCY,
    Quantity,
    number_value,
)
from parsers.periods import MONTH_NUMBERS, find_periods

TABLE_UNIT = re.compile(
    # "(Value in US$ billion)", "(Amount in ₹ crore)": what the cells are, then their unit
    # ("(Unit: KRW billion, %)": a unit declared as one)
    rf"\((?:unit:|[^(),;]{{1,30}}[,;]|[A-Za-z]+(?:\s+[A-Za-z]+)?\s+in\s)?\s*({CURRENCY_PREFIX}|{WORD_CURRENCY})\s*(?:in\s+)?"
    rf"({SCALE_WORD}|'000)s?\b[^()]*\)",  # ("(RM'000 unless stated otherwise)": thousands)
    re.IGNORECASE,
)
# "Seasonally adjusted exports, in billions of dollars:", "Revenue by segment, in € million:", "Quarterly
# exports in 2025, mln USD:": a caption
# that introduces a list of "label: value" lines.
LIST_CAPTION = re.compile(
    rf"(?:\bin\s+|,\s+)(?:(?P<currency>{CURRENCY_PREFIX}|{WORD_CURRENCY})\s*(?P<scale>{SCALE_WORD})s?|"
    rf"(?P<scale2>{SCALE_WORD})s?\s+(?:of\s+)?(?P<currency2>{WORD_CURRENCY}|{CURRENCY_PREFIX}))\s*:\s*$",
    re.IGNORECASE,
)
# "Computer services exports (all partners), € billion": a caption that ends in the unit of the table below
# ("Key figures, € million (years to June)": and a note).
TRAILING_UNIT = re.compile(
    rf",\s*(?:({CURRENCY_PREFIX}|{WORD_CURRENCY})\s*({SCALE_WORD})s?|({SCALE_WORD})s?\s+(?:of\s+)?({WORD_CURRENCY}))"
    r"(?:,\s*(?-i:[a-z][a-z -]{2,30}))?(?:\s*\([^()\d]{2,40}\))?\s*$",
    re.IGNORECASE,
)  # "..., € billion"; "..., mln US dollars"; "..., £ billion, current prices"
# "R$ billion; Brazilian notation (...)", "In US$ million": a line under a caption that only states the unit.
UNIT_LINE = re.compile(
    # ("| RM m, FYE June | FY26F | FY27F |": the first cell of a table's header row)
    rf"^[ \t]*(?:\|[ \t]*)?(?:in\s+|units?:\s*)?({CURRENCY_PREFIX}|{WORD_CURRENCY})[ \t]*({SCALE_WORD})s?"
    r"[ \t]*(?:[;,.(|]|$)",
    re.IGNORECASE | re.MULTILINE,
)
# The ISO codes a caption can name after "of", in capitals
ISO_CODES = "|".join(sorted(code.upper() for code in CURRENCY_PREFIXES if len(code) == 3 and code.isalpha()))
SCALE_THEN_CURRENCY = re.compile(
    # ("(millions of CLP)": a code after "of")
    rf"\(\s*(?:unit:?\s*|in\s+)?(?P<yi>100\s+)?(?P<scale>{SCALE_WORD})s?\s+(?:of\s+)?"
    rf"(?P<currency>{WORD_CURRENCY}|(?-i:(?:{ISO_CODES})\b))"
    # ("(Unit: 100 million won, %)", "(billion yuan; growth in %)": the amounts' unit first, the other
    # columns' after; "(billion yuan unless stated; ...)": the unit of the rows that name none)
    r"\s*(?:[,;][^()]*|\s+unless\s+[^()]*)?\)",
    re.IGNORECASE,
)
CURRENCY_THEN_YI = re.compile(
    rf"\(\s*unit:?\s*(?P<currency>{CURRENCY_PREFIX})\s*(?P<yi>100\s+)(?P<scale>{SCALE_WORD})s?\s*(?:[,;][^()]*)?\)",
    re.IGNORECASE,
)
# A header cell that is a unit alone: "US$bn", "€ million", "RMB bn", "million soms"; or after what the
# column measures and a comma ("GMV, US$ million").
HEADER_UNIT = re.compile(
    rf"(?:[^|,]{{1,40}},\s*)?(?:({CURRENCY_PREFIX}|{WORD_CURRENCY})\s*({SCALE_WORD})s?"
    rf"|({SCALE_WORD})s?\s+(?:of\s+)?({WORD_CURRENCY}))",
    re.IGNORECASE,
)
# "Registered companies (number)", "Firms (no.)": a column of counts.
NUMBER_HEADER = re.compile(r"\((?:number|no\.)\)\s*$", re.IGNORECASE)
# "index reading", "Index score", "Index value": a column of an index's readings
INDEX_READING = r"index\s+(?:readings?|scores?|values?|points)"
READING_HEADER = re.compile(INDEX_READING, re.IGNORECASE)
# "Q1 2025: 172.9", "Services: 41.3", "Q1 - 198.4": one bare value after its label.
# (what follows the value, ", up 8.2%", is read as the line's own prose)
# ("Consolidated revenue: 842.6 (≈ €78.0 million), +14.3%": a conversion in brackets may follow)
# ("(unit: 10,000 parcels; ...)": a number is read whole, never as its first group before a comma)
LIST_LINE = re.compile(rf"[^:\d|]*(?:\d[^:|]*)?(?::|\s[-–—])\s*({NUMBER})(?![.,]?\d)(?=\s*(?:[,;]|\(|$))")
# "FY26", "FY3/26": a fiscal year, or one named by the month it ends in as Japan's brokers write it
_FISCAL_YEAR_CELL = r"FY\s?(?:(?:1[0-2]|[1-9])/)?(?:19|20)?\d\d"
# ("FY26F", "FY25E", "FY24A", "FY3/26E": a fiscal year marked so)
MARKED_YEAR = re.compile(rf"\b((?:19|20)\d\d|{_FISCAL_YEAR_CELL})[pefAEF]\b")
YEAR_CELL = re.compile(r"(?:19|20)\d\d")
# "| Q3 2025 |", "| Jan-Sep 2025 |", "| FY24 |", "| 2025p |": a column named by its period alone.
PERIOD_CELL = re.compile(
    r"\s*(?:(?:Q[1-4]|H[12]|[A-Za-z]{3,9}\.?(?:[-–][A-Za-z]{3,9}\.?)?|FY)\s*)?'?(?:19|20)?\d\d(?:[-–/]\d\d)?[A-Za-z]?\s*"
)
# "| expected |", "| binding |": the attribute of a plan's indicator, in its own column; no cue to a forecast
ATTRIBUTE_CELL = re.compile(
    r"\|\s*(?:expected|binding|obligatory|anticipatory|predictive|restrictive|mandatory)\s*$", re.IGNORECASE
)
# "| +8.1 |": a change column's sign; "| 10,9 |": a decimal comma, in a cell that holds nothing else
# ("| >5,000 |": a goal's comparator before it, in a table of goals)
# ("412,000 (+14% on 2024)", "9,800, tripled from 2024": a value, then its change in brackets or words)
CELL = re.compile(
    rf"\s*(?:[<>≤≥]=?\s?)?([+−-])?({NUMBER}|\d+,\d{{1,2}})\s*(?:\([^()]*%[^()]*\)\s*|,\s+[a-z][^|]*)?"
)
# "| 150-180 |": a range in a cell (a forecast's, as outlooks write them), each end a value
CELL_RANGE = re.compile(rf"\s*({NUMBER})\s?[-–]\s?({NUMBER})\s*")
TableUnit = tuple[str, float, int | None]  # currency, scale, column (None: every column)


# "(cases in thousands; value in US$ million)", "(million parcels; change on 2024 in %)": a caption naming the
# unit of each of its columns in turn.
NAMED_UNITS = re.compile(r"\(([^();]+(?:;[^();]+)+)\)", re.IGNORECASE)
# "(value in KSh million)": a caption naming the unit of one column, by the column's name
NAMED_UNIT_ALONE = re.compile(r"\(((?:value|amount|volume)\s+in\s+[^();]+)\)", re.IGNORECASE)
# ("number in thousand transactions", "volume in millions of transactions", "share in per cent": a counted
# noun after the scale; a column of percentages)
NAMED_UNIT = re.compile(
    # ("Value: RMB 100 million; Growth: % year on year": a colon for "in")
    # ("change on the same period of 2024, per cent": a comma before a percent)
    rf"\s*(?P<name>[A-Za-z][\w ./-]{{0,40}}?)(?:\s+in\s+|\s*:\s*|,\s*(?=per\s*cent|percent|%))"
    # ("value in 100 million yuan": the Chinese yi)
    rf"(?:(?:(?P<currency>{CURRENCY_PREFIX}|{WORD_CURRENCY})\s*)?(?P<yi>100\s+)?"
    # ("value in million US dollars": the currency in two words after the scale)
    rf"(?P<scale>{SCALE_WORD})s?(?:\s+(?:of\s+)?(?:{WORD_CURRENCY}|[a-z]+))?|(?P<percent>per\s*cent|percent|%)(?:\s+year\s+on\s+year)?)\s*",
    re.IGNORECASE,
)
# "million parcels", "millions of parcels", "number of platforms": a column of counted things, named by them
COUNTED_UNIT = re.compile(
    rf"\s*(?:(?P<scale>{SCALE_WORD})s?\s+(?:of\s+)?|number\s+of\s+)(?P<name>[a-z][a-z-]+s)\s*", re.IGNORECASE
)
# "(tonnes; year-on-year change in %)": a column of weights, unscaled
MEASURE_UNIT = re.compile(r"\s*(?:metric\s+)?(?P<name>tonnes|tons)\s*", re.IGNORECASE)
# "average commission as % of seller sales": a column of percentages, named before "as"
PERCENT_UNIT = re.compile(
    r"\s*(?P<name>[A-Za-z][\w -]{0,30}?)\s+as\s+(?:a\s+)?(?:%|(?:per\s*cent|percent)\b).*"
)
# "(index score; change from EBI 2023 in points)": an index's readings, then its moves in points
INDEX_UNIT = re.compile(rf"\s*(?P<name>{INDEX_READING}|scores?|readings?)\s*", re.IGNORECASE)
POINTS_UNIT = re.compile(
    r"\s*(?P<name>[A-Za-z][\w ./-]{0,40}?)\s+in\s+(?:index\s+|percentage\s+)?points\s*", re.IGNORECASE
)
ColumnUnits = dict[int, tuple[str, float]]
# "Monthly online spending per household (yen)", "declared value (USD million)": a column of amounts in a
# currency, in its scale if it names one
MONEY_HEADING = re.compile(
    rf"[^()|]*\(\s*({CURRENCY_PREFIX}|{WORD_CURRENCY})\s*(?:(?P<scale>{SCALE_WORD})s?\s*)?\)", re.IGNORECASE
)
CURRENCY_AFTER_SCALE = re.compile(rf"s?\s+(?:of\s+)?({WORD_CURRENCY})\b", re.IGNORECASE)


def named_units(caption: str) -> list[tuple[str, str, float]]:
    """The columns a caption names with their units, in turn: [("cases", "count", 1e3), ("value", "USD",
    1e6)] for "(cases in thousands; value in US$ million)"; a unit with no currency counts things."""
    match = NAMED_UNITS.search(caption) if ";" in caption else NAMED_UNIT_ALONE.search(caption)
    if match is None:
        return []
    named = []
    for part in match.group(1).split(";"):
        if counted := COUNTED_UNIT.fullmatch(part):
            scale = counted.group("scale")
            named.append((counted.group("name").lower(), "count", _written_scale(scale)))
            continue
        if measure := MEASURE_UNIT.fullmatch(part):
            named.append((measure.group("name").lower(), "count", 1.0))
            continue
        if share := PERCENT_UNIT.fullmatch(part):
            named.append((share.group("name").lower(), "percent", 1.0))
            continue
        if reading := INDEX_UNIT.fullmatch(part):
            named.append((reading.group("name").lower(), INDEX_POINTS, 1.0))
            continue
        if moved := POINTS_UNIT.fullmatch(part):
            named.append((moved.group("name").lower(), "percentage_point", 1.0))
            continue
        unit = NAMED_UNIT.fullmatch(part)
        if unit is None:
            return []
        if unit.group("percent"):
            named.append((unit.group("name").lower(), "percent", 1.0))
            continue
        code = _code(unit.group("currency")) if unit.group("currency") else "count"
        scale = SCALES[unit.group("scale").lower()] * (100 if unit.group("yi") else 1)
        if code == "count" and (currency := CURRENCY_AFTER_SCALE.match(part, unit.end("scale"))):
            code = _code(currency.group(1))  # "value in 100 million yuan": the currency after its scale
        named.append((unit.group("name").lower(), code, scale))
    return named


def headed_columns(header: str, text: str, end: int) -> str:
    """A header row as wide as the rows under it: "Consignments (million) | declared value (USD million)"
    over "Kuwait | 3.6 | 318" heads the columns after the rows' labels, so an empty label heading goes
    first."""
    line_end = text.find("\n", end + 1)
    row = text[end : line_end if line_end >= 0 else len(text)]
    widened = row.count("|") == header.count("|") + 1 and not VALUE_CELL.search(header)
    return f" | {header}" if widened else header


# A cell that holds a value ("| 87% |"), not a year ("| 2024 |"): a row of a table, not its header.
VALUE_CELL = re.compile(r"(?:^|\|)\s*(?!(?:19|20)\d\d\s*(?:\||$))[-+−]?\d[\d,.]*\s*%?\s*(?:\||$)")


def column_units(header: str, named: list[tuple[str, str, float]], captioned: bool = False) -> ColumnUnits:
    """The unit of each column of a header row headed as the caption named it ("| Cases | Value |"), else,
    where the caption names as many units as the row has columns after its label, of each in turn
    ("| Parcels | Change |" under "(million parcels; change on 2024 in %)"); ``captioned`` where the
    caption gives the table a unit of its own ("(unit: 10,000 parcels; ...)")."""
    cells = header.split("|")
    by_name = {
        index: (code, scale)
        for index, cell in enumerate(cells)
        for name, code, scale in named
        # ("| Share in total services exports |" under "share in per cent": the column named so first)
        if index and (cell.strip().lower() == name or cell.strip().lower().startswith(name + " in "))
    }
    if len(by_name) < len(named) == len(cells) - 1:
        return {index: (code, scale) for index, (_, code, scale) in enumerate(named, start=1)}
    # "| Number of parcels (million) |": a column of things counted, its scale in its heading
    # ("| State | Registered exporters | Exports 2024-25 (Rs. crore) |": counts beside a column of money)
    # ("| State | Parcels | Share of national total |", "| Origin | Declarations | Change y/y |": counts
    # beside their shares or their moves, where no caption gives the units)
    named_by_heading = bool(by_name) or any(
        MONEY_HEADING.fullmatch(cell.strip()) or (not captioned and SHARE_OR_MOVE_HEADING.match(cell.strip()))
        for cell in cells[1:]
    )
    for index, cell in enumerate(cells):
        if (
            index
            and index not in by_name
            and named_by_heading
            and COUNTED_NOUN_HEADING.fullmatch(cell.strip())
        ):
            by_name[index] = ("count", 1.0)  # "| Consignments | Value |" under "(value in KSh million)"
        elif index and index not in by_name and (counted := COUNTED_HEADING.fullmatch(cell.strip())):
            by_name[index] = ("count", _written_scale(counted.group("scale")))
        elif index and index not in by_name and COUNTED_PER_HEADING.fullmatch(cell.strip()):
            by_name[index] = ("count", 1.0)  # "| Parcels per resident |": things counted for each of others
        elif index and index not in by_name and COUNTED_AT_HEADING.fullmatch(cell.strip()):
            by_name[index] = ("count", 1.0)  # "| Residents at 30 June |": things counted on a day
        elif index and index not in by_name and WEIGHT_HEADING.fullmatch(cell.strip()):
            by_name[index] = ("count", 1.0)  # "| Tonnes 2024 |", "| Cargo (tonnes) |": weights, in tonnes
        elif (
            index
            and index not in by_name
            and (money := MONEY_HEADING.fullmatch(cell.strip()))
            # ("ICT services exports ($m)": whose dollar is the text's to say)
            and not (money.group("scale") and money.group(1) == "$")
        ):
            # ("| Monthly spending per household (yen) |")
            by_name[index] = (_code(money.group(1)), _written_scale(money.group("scale")))
        elif index and index not in by_name and POINTS_HEADING.fullmatch(cell.strip()):
            by_name[index] = ("percentage_point", 1.0)  # "| Score | Change on 2024 (pts) |": an index's move
        elif index and CODE_HEADING.fullmatch(cell.strip()):
            by_name[index] = (IDENTIFIER, 0.0)  # "| Supervision mode | Code | Value |": codes, no amounts
    return by_name


SHARE_OR_MOVE_HEADING = re.compile(r"share\s+of\b|%\s+of\b|(?:change|growth)\b", re.IGNORECASE)
# "Consignments", "Number of parcels": a column of things counted one by one.
COUNTED_NOUN_HEADING = re.compile(
    r"(?:number\s+of\s+)?(?:registered\s+)?(?:exporters|consignments|parcels|shipments|packages|declarations|"
    r"transactions|orders|items|start-?ups|"
    r"containers|vessels|flights|firms|companies|enterprises|sellers|merchants|users)",
    re.IGNORECASE,
)
# "Change on 2024 (pts)", "(pp)", "Change, points": a column of moves in points
POINTS_HEADING = re.compile(
    r"[^()]*\(\s*(?:pts|pp|p\.\s?p\.?|points|percentage\s+points)\s*\)"
    r"|[^(),|]*(?:,|\s+in)\s*(?:pts|pp|points|percentage\s+points)",
    re.IGNORECASE,
)
# "Code", "HS code", "Mode code": a column of identifiers.
CODE_HEADING = re.compile(r"(?:[A-Za-z]+\s+)?code", re.IGNORECASE)
IDENTIFIER = "identifier"


# "Number of parcels (million)", "Shipments ('000)": a column of things counted, in a scale
# "Residents at 30 June", "Active sellers as of December": a column of things counted on a day.
# The things a table's label or heading counts one by one: "Active sellers", "Residents at 30 June".
COUNTED_THINGS = (
    r"customers|merchants|users|sellers|buyers|employees|staff|headcount|stores|shops|accounts|"
    r"orders|parcels|transactions|members|companies|firms|subscribers|downloads|exporters|hubs|start-?ups|"
    r"enterprises|businesses|vendors|admissions|applications|participants|residents|passengers|jobs"
)
COUNTED_PER_HEADING = re.compile(rf"(?:[\w-]+\s+)?(?:{COUNTED_THINGS})\s+per\s+[a-z]+", re.IGNORECASE)
COUNTED_AT_HEADING = re.compile(
    rf"(?:[\w-]+\s+)?(?:{COUNTED_THINGS})\s+(?:at|as\s+of|on)\s+[\w ,.-]{{3,30}}", re.IGNORECASE
)
WEIGHT_HEADING = re.compile(
    r"(?:[\w -]*\(\s*(?:tonnes|tons)\s*\)|(?:metric\s+)?(?:tonnes|tons))(?:\s+(?:in\s+)?(?:19|20)\d\d)?",
    re.IGNORECASE,
)
COUNTED_HEADING = re.compile(
    # ("Inbound items containing goods, thousands": the scale after a comma)
    # ("Parcels from abroad (thousands)": the things counted, then where they come from)
    r"(?:number\s+of\s+)?[A-Za-z][\w -]*s(?:\s+(?:from|to)\s+[\w -]+?)?\s*(?:(?P<paren>\()|,)\s*(?:in\s+)?"
    r"(?P<scale>thousands?|millions?|billions?|'000|mn|m)\s*(?(paren)\)|)",
    re.IGNORECASE,
)


def _code(written: str) -> str:
    """The ISO code of a currency as a table writes it: "US$", "yuan", "S$"."""
    currency = " ".join(written.lower().split())
    return CURRENCY_PREFIXES.get(currency) or CURRENCY_WORDS[currency]


# A gap of two spaces or more between words on a line: a column boundary in a table set out with spaces.
COLUMN_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
INDENT = re.compile(r"^ {2,}(?=\S)", re.MULTILINE)
# "FY2022-23      325.3": a label, a wide gap, a value ending the line; two such lines make a table.
# ("Other business services      8 910": thousands set apart by a space)
VALUE_COLUMN = re.compile(r"\S {3,}[-+−]?\d[\d,.]*(?: \d{3}[\d,.]*)*%?$")
BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


# "Hanoi ................... 6.1": a run of dots that leads a row's label to its value
# (" ........  61.7": spaces to align; "Lack of marketing skills for foreign markets . 33": one dot, where a
# long label leaves room for no more, before a value that ends its line)
DOT_LEADER = re.compile(
    r"(?<=\S)(?: ?\.{4,}| \.{2,3}) *(?=[-+−]?\d)|(?<=\S) \. +(?=[-+−]?\d[\d,.]*%?[ \t]*$)", re.MULTILINE
)


def with_cell_separators(text: str) -> str:
    """The text with its tables' cells divided by bars, every character where it was: a tab is a bar, a dot
    leader ends in one, and in a block of two lines or more set out in columns with runs of spaces ("Revenue
    412.3     324.6", or a label and one value: "FY2022-23      325.3"), each run ends in a bar (an indented
    heading line's indent too, so its cells line up with the rows')."""
    if "\t" in text:
        text = text.replace("\t", "|")
    if " .." in text or "...." in text:
        text = DOT_LEADER.sub(lambda m: " " * (len(m.group(0)) - 1) + "|", text)
    if "   " not in text:
        return text
    pieces: list[str] = []
    last = 0
    for block in BLOCK.finditer(text):
        lines = block.group(0).split("\n")
        if "|" in block.group(0) or (
            sum(len(COLUMN_GAP.findall(line)) >= 2 for line in lines) < 2
            and sum(VALUE_COLUMN.search(line) is not None for line in lines) < 2
        ):
            continue
        laid = INDENT.sub(lambda m: m.group(0)[:-1] + "|", block.group(0))
        laid = COLUMN_GAP.sub(lambda m: " |" + m.group(0)[2:], laid)
        pieces.append(text[last : block.start()] + laid)
        last = block.end()
    return "".join(pieces) + text[last:] if pieces else text


# "Courier import declarations by country of origin, July 2025 (thousand declarations)": a table of counts
# (not "(billions of dollars)": money)
COUNTED_CAPTION = re.compile(
    # ("(thousands of parcels)", "(number of employees)")
    # ("(unit: 10,000 parcels; ...)": the Chinese ten thousand)
    r"\(\s*(?:(?:in\s+|unit:\s*)?(?P<scale>thousands?|millions?|billions?|'000|10,000)\s+(?:of\s+)?|number\s+of\s+)"
    # ("(million items, H1 2024)": the time the counts are of after them)
    # ("(number of consignments; change in total, % year-on-year)": other columns' units after a semicolon)
    # ("(thousands of shipments | % change year on year)": each column's unit in turn)
    rf"(?!(?:{WORD_CURRENCY})\s*[,)])[a-z][a-z-]+s\s*(?:,\s*[^()|,]{{2,30}}|[;|][^()|]{{2,60}})?\)\s*:?\s*$"
    # ("CONTAINER THROUGHPUT BY TERMINAL (TEU)": containers counted in twenty-foot equivalent units)
    # ("(thousand TEU, July 2025)": in thousands, and the time after them)
    r"|\(\s*(?:(?P<teu_scale>thousands?|millions?)\s+)?TEUs?\s*(?:,\s*[^()|,]{2,30})?\)\s*:?\s*$"
    # ("CARGO BY SEGMENT (metric tons)": weights, counted in the unit the caption names)
    r"|\(\s*(?P<weight_scale>thousands?\s+(?:of\s+)?)?(?:metric\s+)?(?:tonnes|tons)\s*\)\s*:?\s*$"
    # ("(million FTK; change on February 2024 in %)": a measure's abbreviation, then the other columns')
    r"|\(\s*(?P<measure_scale>thousands?|millions?|billions?)\s+(?-i:[A-Z]{2,5})\s*;"
    # ("(inbound items, millions, 2023)": the things counted, then their scale and time)
    r"|\(\s*(?P<noun>[a-z][a-z -]{0,30}?s),\s*(?P<noun_scale>thousands?|millions?|billions?)\s*"
    r"(?:,\s*[^()|,]{2,30})?\)\s*:?\s*$"
    # ("Authorisations granted by destination, 2024 (number)": the things the caption names, one by one)
    r"|\(\s*(?:number|no\.)\s*\)\s*:?\s*$",
    re.IGNORECASE,
)


# "(% of orders placed by panel members)", "(% of sales value)": a caption over parts of a whole, in per cent
PERCENT_CAPTION = re.compile(
    # ("Mobile retail revenue by operator (%, Q2 2024)", "Share of respondents, by location (%)",
    # "Selected ICT indicators, establishments: 2021 and 2023 (in percent)")
    r"^[^()]*\(\s*(?:in\s+)?(?:%|per\s*cent|percent)\s*(?:,[^()%]{1,30})?\)\s*:?\s*$|"
    r"\(\s*(?:(?:%|per\s*cent|percent)\s+of\s+[^()]{2,60}"
    # ("(share of respondents, %)", "(share of responding companies, %, 2025)": and the time after)
    r"|(?:share|proportion)\s+of\s+[^()%]{2,60},\s*(?:%|per\s*cent|percent)(?:,[^()%]{1,30})?"
    # ("(year-on-year change at constant prices, %)": a change in percent)
    r"|(?:[\w-]+\s+){0,3}(?:change|growth)\b[^()%]{0,50},\s*(?:%|per\s*cent|percent))\)\s*:?\s*$"
    # ("Table 2. Expected change in export sales over the next 12 months, % of respondents")
    r"|,\s*%\s+of\s+[a-z][^,()]{2,40}$"
    # ("Table 1: Share of surveyed exporters selling online abroad, by region, %", "% of households with
    # access, 2024": a caption that ends in the percent sign, or opens with it)
    r"|^(?:(?:Table|Chart|Figure|Exhibit)\s+[\d.]+\s*[.:—–-]?\s*)?[A-Z][^|\n]{2,100},\s*%\s*$"
    r"|^\s*%\s+of\s+[a-z][^|\n]{2,100}$",
    re.IGNORECASE,
)
# "Table 4.1: Subscriptions at year-end (million)¹": a caption of things counted, with a scale and no unit
BARE_SCALE_CAPTION = re.compile(
    # ("2. Key indicators (millions)": a report's numbered section heading)
    # ("Courier pieces by origin (thousands, January 2026)": the time after the scale)
    r"^\s*(?:(?:Table|Chart|Figure|Exhibit)\s+[\d.]+\s*[.:—–-]?\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
    r"(?P<what>[A-Z][^()|:\n]*?[a-z]s\b[^()|:\n]*?)\s*"
    r"\(\s*(?:in\s+)?(?P<scale>thousands?|millions?|billions?|'000)\s*(?:,\s*[^()|,]{2,30})?\)\W{0,2}\s*:?\s*$",
    re.IGNORECASE,
)
# The words of money: a caption with one of them in a scale alone is amounts of the text's currency.
MONEY_WORD = re.compile(
    r"\b(?:sales|revenues?|income|value|exports|imports|trade|spending|investment|payments|receipts|GMV|"
    r"turnover|profits?|costs?|prices?|earnings|budget|funding|outlays?|deposits|loans|balance|surplus|deficit)\b",
    re.IGNORECASE,
)


# "Sub-indices, July 2025 (index points)", "(seasonally adjusted, index points)", "(index points, base period
# Q1 2022)": readings of an index, whose cells count nothing ("Cross-border orders | 52.3")
# ("Table 1: JCEL sub-indices (diffusion index, seasonally adjusted)": the kind of index, as its unit)
INDEX_CAPTION = re.compile(
    r"\((?:[^()|\n]*,\s*)?(?:index\s+points|(?:diffusion\s+)?index)(?:,[^()|\n]*)?\)\s*:?\s*$"
    # ("Sub-index readings by merchant country, Q3 2025", "Regional readings (February 2026)": readings named
    # as such; "SUB-INDICES", "City sub-indices, Q2 2025" over a table of components, named by what they part)
    r"|^\s*(?:(?:sub-?ind(?:ex|ices)|index|regional|provincial|state)\s+readings\b"
    r"|(?:[\w-]+\s+){0,2}sub-?ind(?:ex|ices)\b)[^|\n]{0,60}$"
    # ("(Q1 2023 = 100)": the base period the index is set to 100 in)
    r"|\((?:Q[1-4]\s+|[A-Z][a-z]{2,8}\s+)?(?:19|20)\d\d\s*=\s*100\)\s*:?\s*$",
    re.IGNORECASE,
)
INDEX_POINTS = "index points"


def table_unit(line: str) -> TableUnit | None:
    """The currency, scale and column a table's caption or header line states for its bare cells."""
    if "(" not in line and "%" in line and "|" not in line and PERCENT_CAPTION.search(line):
        return ("percent", 1.0, None)  # "..., % of respondents"
    if "|" not in line and INDEX_CAPTION.search(line):
        return (INDEX_POINTS, 1.0, None)
    # ("(thousands of shipments | % change year on year)": a caption whose bars part its columns' units)
    # ("Express shipments by tier, 2024 (thousand shipments | % change on 2023)": after the caption's words)
    if "(" in line and ("|" not in line or (COLUMN_UNITS.search(line) and line.rstrip().endswith(")"))):
        if (counted := COUNTED_CAPTION.search(line)) and not MONEY_WORD.search(counted.group("noun") or ""):
            scale = (
                counted.group("scale")
                or counted.group("measure_scale")
                or counted.group("teu_scale")
                or counted.group("noun_scale")
            )
            weight = counted.group("weight_scale")
            return ("count", _written_scale(scale or (weight.split()[0] if weight else None)), None)
        if PERCENT_CAPTION.search(line):  # "Online retail sales by category, 2025 (% of sales value)"
            return ("percent", 1.0, None)
        if (bare := BARE_SCALE_CAPTION.search(line)) and not MONEY_WORD.search(bare.group("what")):
            return (
                "count",
                _written_scale(bare.group("scale")),
                None,
            )  # "Subscriptions at year-end (million)"
    if ";" in line and (
        listed := [(code, scale) for _, code, scale in named_units(line) if code != "percent"]
    ):
        # "(cases in thousands; value in US$ million)": the amounts', else the counts'
        amounts = [unit for unit in listed if unit[0] != "count"] or listed
        return amounts[0][0], amounts[0][1], None
    if (
        (stated := UNIT_LINE.search(line))
        and len(line) - stated.start() <= UNIT_LINE_LENGTH
        and not _one_code(*stated.groups())
    ):
        return _code(stated.group(1)), SCALES[stated.group(2).lower()], None
    if "," in line and (trailing := TRAILING_UNIT.search(line)):  # "Computer services exports, € billion"
        currency, scale = trailing.group(1) or trailing.group(4), trailing.group(2) or trailing.group(3)
        return _code(currency), SCALES[scale.lower()], None
    if ":" in line and (caption := LIST_CAPTION.search(line)):
        scale = (caption.group("scale") or caption.group("scale2")).lower()
        return _code(caption.group("currency") or caption.group("currency2")), SCALES[scale], None
    if "|" in line:
        for index, cell in enumerate(line.split("|")):
            if header := HEADER_UNIT.fullmatch(cell.strip()):  # "| Exporter | US$bn | change on 2023 |"
                currency, scale = header.group(1) or header.group(4), header.group(2) or header.group(3)
                return _code(currency), SCALES[scale.lower()], index
            if index and NUMBER_HEADER.search(cell):  # "| Province | Registered companies (number) |"
                return "count", 1.0, index
            if index and READING_HEADER.fullmatch(cell.strip()):  # "| Emirate | index reading |"
                return INDEX_POINTS, 1.0, index
    if "(" in line and (named := SCALE_THEN_CURRENCY.search(line) or CURRENCY_THEN_YI.search(line)):
        # "(unit: 100 million yuan)", "(in billion yuan)": the scale first, the Chinese yi a hundred million;
        # "(unit: KRW 100 million, %)": the currency first, then the Korean and Chinese hundred million
        scale = SCALES[named.group("scale").lower()] * (100 if named.group("yi") else 1)
        return _code(named.group("currency")), scale, None
    match = TABLE_UNIT.search(line) if "(" in line else None
    if match is None or _one_code(match.group(1), match.group(2)):
        return None
    column: int | None
    if "|" in line and len(
        {(u.group(1).lower(), u.group(2).lower()) for u in TABLE_UNIT.finditer(line)}
    ) == 1 < len(TABLE_UNIT.findall(line)):
        # "| Jul-Feb 2024-25 (US$ million) | Jul-Feb 2023-24 (US$ million) |": the unit of every column
        return _code(match.group(1)), _written_scale(match.group(2)), None
    if "|" in match.group(0):  # "Top exporters, 2024 (€bn | % change on 2023)": a unit for each column
        column = match.group(0).count("|", 0, match.end(2) - match.start()) + 1
    elif "|" in line and match.group(0) == line.split("|", 1)[0].strip():
        # "(RMB million) | 1H2024 | 1H2023 | Change": the unit of the whole table, over its labels
        column = None
    else:
        column = line.count("|", 0, match.start()) if "|" in line else None
        if column == label_column(line) and _heading_row(line):
            column = None  # "| Item (US$ million) | 2024 | 2025 |": over the labels, the whole table's unit
    return _code(match.group(1)), _written_scale(match.group(2)), column


UNIT_LINE_LENGTH = 120


def label_column(line: str) -> int:
    """The index of a table line's labels among its cells split at bars: the second where a bar opens it."""
    return 1 if line.lstrip().startswith("|") else 0


def _heading_row(line: str) -> bool:
    """Whether a table's line is its heading row: no cell after the labels' holds a number other than a
    period's ("| Item (US$ million) | 2024 | 2025 |", not "| Payment volume ($bn) | 14.6 | 10.6 |")."""
    cells = line.strip().strip("|").split("|")[1:]
    return all(PERIOD_CELL.fullmatch(cell) or not re.search(r"\d", cell) for cell in cells)


def _one_code(currency: str, scale: str) -> bool:
    """Whether a currency and a scale read apart are one currency's code: "RMB" is no "RM" in billions."""
    written = (currency + scale).lower()
    return written in CURRENCY_PREFIXES or written in CURRENCY_WORDS


# "(€bn | % change on 2023)": a caption's bracket naming each column's unit in turn.
COLUMN_UNITS = re.compile(r"\(([^()|]+(?:\|[^()|]+)+)\)")


def percent_columns(header: str, caption: str = "") -> frozenset[int]:
    """The columns a table's header marks as percentages: "| Category | 2023 | Change (%) |", or a
    caption over the rows, "Top exporters, 2024 (€bn | % change on 2023)"; columns headed "Change" under a
    caption that gives changes in per cent ("(RM billion; year-on-year change in per cent)")."""
    if "(" in header and (units := COLUMN_UNITS.search(header)):
        return frozenset(
            i + 1 for i, unit in enumerate(units.group(1).split("|")) if unit.strip().startswith("%")
        )
    if "%" in caption and ";" not in caption and (listed := COMMA_UNITS.search(caption)):
        # "Overseas direct sales, Q3 2025 (₩ billion, y-o-y %)" over rows with no header: a unit per column;
        # "(Unit: 100 million won, %)" over "Flow | Value | YoY change | Share": the last for the columns left
        # (a column left that names a period, "| Q3 2024 | Q3 2025 | Change", holds amounts as the first does)
        listed_units = listed.group(1).split(",")
        cells = header.split("|")
        columns = max(len(listed_units), len(cells) - 1)
        return frozenset(
            i + 1
            for i in range(columns)
            if "%" in listed_units[min(i, len(listed_units) - 1)]
            and not (i + 1 < len(cells) and PERIOD_CELL.fullmatch(cells[i + 1]))
        )
    changes_in_percent = bool(PERCENT_CHANGE_CAPTION.search(caption))
    return frozenset(
        i
        for i, cell in enumerate(header.split("|"))
        if PERCENT_HEADING.search(cell) or (changes_in_percent and CHANGE_CELL.fullmatch(cell.strip()))
    )


PERCENT_CHANGE_CAPTION = re.compile(
    # ("change vs 2025 in %", "average annual growth 2024-2030 in %")
    # ("(USD billion; CAGR in %)": the average yearly growth)
    r"\b(?:change|growth|CAGR)\b[^;,()]{0,30}?\s+in\s+(?:per\s*cent|percent|%)|%\s*change|\bper\s*cent\s+change"
    # ("IT/BPM export earnings (US$ million) and annual change (per cent)": each measure its own unit)
    r"|\b(?:change|growth)\s*\((?:per\s*cent|percent|%)\)"
    # ("(US$ million; change on 2024, per cent)": the unit after a comma)
    r"|\b(?:change|growth)\b[^;,()]{0,30}?,\s*(?:per\s*cent|percent|%)\s*\)",
    re.IGNORECASE,
)
CHANGE_CELL = re.compile(  # ("Change vs 2025")
    # ("CAGR 2025-30": over the years it names)
    r"(?:y/y\s+|yoy\s+|annual\s+)?(?:change|growth|yoy|y/y)(?:\s+(?:vs\.?|on|over|from|since)\s+\S+)?"
    r"|CAGR(?:\s+\d{4}\s*[-–]\s*\d{2,4})?",
    re.IGNORECASE,
)


# "Change (%)", "Growth (percent)", "% Change": a column of percentages.
PERCENT_HEADING = re.compile(
    r"\((?:%|per\s*cent|percent|pct)(?:\s+of\s+[^()]{1,40})?\)|^\s*%\s*(?:change|growth|chg\.?|y/y|yoy)?\s*$"
    # ("change, pct", "Change in %", "change y/y, %", "growth on 2024 in %")
    r"|^\s*(?:change|growth)(?:\s+(?:y/y|yoy|y-o-y|(?:on|vs\.?|over)\s+\S+))?(?:,|\s+in)\s*(?:%|per\s*cent|percent|pct)\s*$"
    # "August to September, % change", "CAGR 2019-24, %", "Share of services exports 2024, %"
    r"|,\s*%\s*(?:change|growth|chg\.?|y/y|yoy)?\s*$"
    # ("Var. % y/y": a change, as Spanish and Portuguese tables abbreviate it; "y/y %")
    r"|^\s*(?:var\.?|variation|chg\.?)\s*%\s*(?:y/y|yoy|y-o-y)?\s*$|^\s*(?:y/y|yoy)\s*%\s*$",
    re.IGNORECASE,
)
# "(₩ billion, y-o-y %)": the units of a table's columns, in turn, in a caption's brackets.
COMMA_UNITS = re.compile(r"\(([^(),|]+(?:,[^(),|]+)+)\)\s*:?\s*$")


def table_cells(
    row: str, unit: TableUnit, percent: frozenset[int] = frozenset(), columns: ColumnUnits | None = None
) -> list[Quantity]:
    """The bare numbers in a table row's cells (not its label), or the value of a "label: value" line,
    in the unit the table stated; a column headed as a percentage holds percentages, and one the caption
    named holds what it named (``columns``)."""
    code, scale, column = unit
    if "|" not in row:
        line = LIST_LINE.match(row)
        if line is None or YEAR_CELL.fullmatch(line.group(1)):
            return []  # ("..., Philippines: 2024" over a table: the year its caption names)
        value = number_value(line.group(1)) * scale
        if code == INDEX_POINTS:
            return [Quantity(line.start(1), line.end(1), value, "count", form="index")]
        return [Quantity(line.start(1), line.end(1), value, code)]
    cells: list[Quantity] = []
    position = 0
    for index, cell in enumerate(row.split("|")):
        wanted = bool(index) and (
            column is None or index == column or index in percent or bool(columns and index in columns)
        )
        if wanted and (ends := CELL_RANGE.fullmatch(cell)):
            own = columns.get(index) if columns else None
            written_in, scaled = ("percent", 1.0) if index in percent else own or (code, scale)
            cells.extend(
                Quantity(
                    position + ends.start(end),
                    position + ends.end(end),
                    number_value(ends.group(end)) * scaled,
                    written_in,
                )
                for end in (1, 2)
            )
        elif (
            wanted
            and (match := CELL.fullmatch(cell))
            and not YEAR_CELL.fullmatch(match.group(2))  # "| Category | 2023 | 2024 |": a header's year
        ):
            in_percent = index in percent
            own = columns.get(index) if columns else None
            written_in, scaled = own or (code, scale)
            # ("28.430" under "(VND billion)": thousands, as the currency's home writes them; "| Exporters
            # assisted | 1.126 |": things counted one by one are whole)
            dotted = not in_percent and (
                (written_in in DOTTED_CURRENCIES and scaled >= 1e6)
                or (written_in == "count" and scaled == 1.0)
            )
            number = number_value(match.group(2), dotted) * (-1 if match.group(1) in ("-", "−") else 1)
            start, end = position + match.start(1 if match.group(1) else 2), position + match.end(2)
            if own and own[0] == IDENTIFIER:
                position += len(cell) + 1
                continue
            value, written = (
                (number, "percent")
                if in_percent
                else (number * own[1], own[0])
                if own
                else (number * scale, code)
            )
            reading = written == INDEX_POINTS
            form = "index" if reading else "signed" if match.group(1) else "digits"
            cells.append(Quantity(start, end, value, "count" if reading else written, form=form))
        position += len(cell) + 1
    return cells


def column_periods(
    header: str, published: date | None, fiscal_start: int, by_start: bool
) -> list[str] | None:
    """The period each column of a table's header row names, a column naming none taking the latest
    named ("Change on 2023" and "Share of world" beside "2024" are 2024's); None for no header."""
    named: list[str | None] = []
    spans: set[int] = set()
    bases: list[str] = []
    for index, cell in enumerate(header.split("|")):
        cell = MARKED_YEAR.sub(r"\1", cell)  # "2024p", "2025e": a provisional or estimated year is the year
        if (rate := AVERAGE_SPAN.search(cell)) is not None:
            # "CAGR 2020-24 (%)": a rate over the years from one to the other
            first, last = rate.group(1), rate.group(2)
            named.append(f"{first}/{first[:2] + last[-2:] if len(last) == 2 else last}")
            spans.add(index)
            continue
        found = find_periods(cell, published, fiscal_start, by_start)
        facts = [e for e in found if not (e.base or e.deadline)]
        bases += [e.period for e in found if e.base and e.period.isdigit()]
        named.append(_written_period(cell) or (facts[0].period if facts else _bare_month(cell, published)))
    # "| August 2025 | September 2025 | August to September, % change |": a column from one column's period
    # to another's is the change between them, the later one's
    named = [
        p.split("/")[1] if p and "/" in p and i not in spans and set(p.split("/")) <= set(named) else p
        for i, p in enumerate(named)
    ]
    # the latest in time, not the last written: "| FY25 | FY24 | Change |" is the change to FY25
    latest = max((p for p in named if p), key=_period_end, default=None)
    if latest is None and len(set(bases)) == 1:
        # "| Inbound items, thousands | change on 2023, % |": every column is of the year after the base
        latest = str(int(bases[0]) + 1)
    return [p or latest for p in named] if latest and named[0] is None else None


# "| 2025-Q2 |", "| 2024-H1 |", "| 2025-03 |": a heading written as the period it is
WRITTEN_PERIOD = re.compile(r"\s*((?:19|20)\d\d-(?:Q[1-4]|H[12]|0[1-9]|1[0-2]))\s*")


def _written_period(cell: str) -> str | None:
    """The period a heading writes in the form periods take here (read as prose, "2025-Q2" is only 2025)."""
    return period.group(1) if (period := WRITTEN_PERIOD.fullmatch(cell)) else None


def _bare_month(cell: str, published: date | None) -> str | None:
    """A heading that is a month's name alone ("| September | October |" in a monthly release): its latest
    month up to publication, as a release speaks of the months just past."""
    month = MONTH_NUMBERS.get(cell.strip().lower())
    if month is None or published is None:
        return None
    return f"{published.year - (month > published.month)}-{month:02d}"


AVERAGE_SPAN = re.compile(
    r"\b(?:CAGR|average\s+annual\s+growth|annual\s+average)\b[^|(]*?\b((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)?\d\d)\b",
    re.IGNORECASE,
)
# "2025F", "2030E", "2026f", "FY26F": a year a column marks as forecast or estimated.
FORECAST_YEAR = re.compile(rf"\b((?:19|20)\d\d|{_FISCAL_YEAR_CELL})\s?[EFef]\b")


# "| Target 2025 |", "| 2030 goal |", "| Objectives for 2027 |": a column of goals set for a year, named so.
TARGET_YEAR = re.compile(
    r"\b(?:targets?|goals?|objectives?)\s+(?:for\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:targets?|goals?|objectives?)\b",
    re.IGNORECASE,
)
# "Three scenarios for 2030 (US$ billion)": a caption over what each scenario gives in a year to come.
SCENARIOS_FOR = re.compile(r"\bscenarios?\b[^|\n]{0,40}?\bfor\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def scenario_year(caption: str, published: date | None) -> int | None:
    """The year still to come a caption over scenarios is for, if it is one."""
    found = SCENARIOS_FOR.search(caption)
    year = int(found.group(1)) if found else None
    return year if year and published and year > published.year else None


def forecast_columns(header: str, periods: list[str], published: date | None) -> dict[int, int]:
    """The columns of a table's header that hold forecasts, with the year each is for: one marked so
    ("| 2024A | 2025F |"), or one whose period is still to come at publication ("| Scenario | 2030 |",
    and the change column beside it, which takes its period)."""
    forecasts = {}
    for index, cell in enumerate(header.split("|")):
        if aimed := TARGET_YEAR.search(cell):
            # "| Target 2025 |", "| 2030 target |": the goals set for that year, whether or not it has begun
            forecasts[index] = int(aimed.group(1) or aimed.group(2))
        elif marked := FORECAST_YEAR.search(cell):
            # (a fiscal year's forecast is for the year it ends in: "FY26F" to June 2026)
            year = marked.group(1).removeprefix("FY").strip().rsplit("/", 1)[-1]
            written = periods[index] if index < len(periods) else None
            if written and marked.group(1) != year:
                forecasts[index] = int(_period_end(written)[:4])
            else:
                forecasts[index] = int(year) if len(year) == 4 else 2000 + int(year)
    if published is not None:
        cells = header.split("|")
        for index, period in enumerate(periods):
            if index and period and index not in forecasts and _still_to_come(period, published):
                # ("| FY2027 |" in Japan, April 2027 to March 2028: a goal's year is the one the fiscal year
                # is named by)
                named = NAMED_FISCAL_YEAR.fullmatch(cells[index].strip()) if index < len(cells) else None
                written = named.group(1) if named else _period_end(period)[:4]
                forecasts[index] = int(written) if len(written) == 4 else 2000 + int(written)
    return forecasts


# "FY2027", "FY 27": a fiscal year named by one year
NAMED_FISCAL_YEAR = re.compile(r"FY\s?((?:19|20)?\d\d)")


def _still_to_come(period: str, published: date) -> bool:
    """Whether a column's period starts after publication, or runs over years into ones still to come ("|
    CAGR 2025-30 |" in 2026; not "| FY26 |", a fiscal year under way)."""
    start, end = int(period[:4]), int(_period_end(period)[:4])
    return start > published.year or (end - start >= 2 and end > published.year)


def _period_end(period: str) -> str:
    """Where a period ends, as text that sorts in time order ("2024-07/2025-06" ends at "2025-06")."""
    return period.rsplit("/", 1)[-1]


def cell_period(row: str, position: int, periods: list[str]) -> str | None:
    """The period of the column holding ``position`` in a table row; in a column of a year, on a row
    labelled by a month ("April | 8,120 | 14,630" under "Month | 2024 | 2025"), that month of the year."""
    column = row.count("|", 0, position)
    period = periods[column] if 0 < column < len(periods) else None
    if period and YEAR_CELL.fullmatch(period):
        label = _row_label(row)
        if month := MONTH_NUMBERS.get(label.lower()):
            return f"{period}-{month:02d}"
        if PART_OF_YEAR_LABEL.fullmatch(label):
            return f"{period}-{label.upper()}"  # "Q1 | 3.9 | +39%" under "Quarter | ... | Change on 2023"
    return period


def _row_label(row: str) -> str:
    """A table row's first cell, whether a bar opens the row or not."""
    return row.strip().strip("|").split("|", 1)[0].strip()


# "Q1", "H2": a row labelled by a part of the year its column is of
PART_OF_YEAR_LABEL = re.compile(r"[QqHh][1-4](?<![Hh][34])")


def captioned_part(row: str, caption: str) -> str | None:
    """The period of a row labelled by a quarter or a half ("Q1 | 742") in a table whose columns name no
    period, under a caption naming one year ("E-commerce parcels dispatched by quarter, 2024"): that part
    of the caption's year."""
    label = _row_label(row)
    years = set(YEAR_IN_CAPTION.findall(caption)) if PART_OF_YEAR_LABEL.fullmatch(label) else set()
    return f"{years.pop()}-{label.upper()}" if len(years) == 1 else None


YEAR_IN_CAPTION = re.compile(r"\b(?:19|20)\d\d\b")


# A row label that says its cells are counts: "Active merchants |", and a list line's: "- Headcount at 30 June
# 2025: 6,480" under "Key figures (MAD million)".
COUNT_LABEL = re.compile(
    rf"^\s*\|?[^|\d:]*\b(?:{COUNTED_THINGS})"  # ("| Active sellers | 412,000 |": between bars)
    r"(?:\s*\||(?:\s+(?:at|as\s+of)\s+[^:|]{3,30})?\s*:"
    # ("Companies at Casanearshore and Technopark | 318", "Offshoring jobs in Casablanca | 41,500": and where)
    r"|\s+(?:at|in|on|across)\s+[^|\d:(%$€£¥]{3,40}\|)"
    # ("Firms graduated to a full licence | 6 | 9", "Firms testing at year-end | 21 | 23": the things counted,
    # then what they did, in a label that names no unit of its own)
    # ("Shipments handled | 1,340,000": things handled)
    r"|^\s*\|?\s*(?:[\w-]+\s+)?(?:firms|companies|enterprises|businesses|start-?ups|exporters|merchants|sellers|"
    r"shipments|parcels|packages|consignments|orders)\s+"
    r"[a-z]+(?:ed|ing)\b[^|\d:(%$€£¥]*\|"
    # ("| of which holding e-commerce licences | 611 |": a part of the things the row above counts)
    r"|^\s*\|?\s*of\s+which\b[^|\d:(%$€£¥]*\|",
    re.IGNORECASE,
)


# A row whose first cell holds a decimal: "Online shopping transactions | 62,487.3 | ...".
DECIMAL_CELL = re.compile(r"^[^|]*\|\s*[+-]?\d[\d,]*\.\d+\s*(?:\||$)")


# "Orders (million) | 9.8 | 7.6", "Agents (thousand) | 339.2": things counted in the scale the label names
# ("Operational data centres (number) | 52": one by one)
COUNT_SCALE_LABEL = re.compile(
    # ("Cargo (tonnes) | 41.226": weights, counted in the unit the label names)
    r"^\s*\|?[^|\d(]*\(\s*(?:in\s+)?(?:(?P<scale>thousands?|millions?|billions?|mn|bn|'000)|number|no\.|tonnes|tons)"
    r"\s*\)\s*\|",
    re.IGNORECASE,
)


# "MSMEs that sell online, % of all MSMEs | 14 | 35", "Outbound parcels, thousands per year | 310",
# "Exporters, number of firms | 870": the unit a row's label names after a comma
COMMA_LABEL_UNIT = re.compile(
    r"^[^|\d]*,\s*(?:(?P<percent>%|per\s*cent|percent)(?:\s+of\s+[^|\d]{1,40})?|"
    r"(?P<scale>thousands?|millions?|'000)(?:\s+(?:per|a)\s+(?:year|month|quarter))?|"
    r"number(?:\s+of\s+[^|\d]{1,30})?)"
    r"\s*\|",
    re.IGNORECASE,
)


def _written_scale(written: str | None) -> float:
    """ "thousands", "million", "'000", "10,000": the scale a caption writes (one by one if it writes
    none)."""
    if not written:
        return 1.0
    word = written.lower()
    if word in WRITTEN_SCALES:
        return WRITTEN_SCALES[word]
    return SCALES[word.removesuffix("s") if word not in SCALES else word]


# Scales written as numbers: "'000" (thousands), "10,000" (the Chinese ten thousand).
WRITTEN_SCALES = {"'000": 1e3, "10,000": 1e4}


def label_row_unit(body: str) -> TableUnit | None:
    """The unit a table row's label names for its cells: percentages ("Take rate (%)", "Workloads on cloud (%
    of total)"), things counted, in the scale its label names ("Registered accounts (million)"), or one by
    one where the label names what is counted ("Active sellers")."""
    if "|" in body and PERCENT_HEADING.search(body.split("|", 1)[0]):  # "Take rate (%) | 2.82 | 3.06"
        return ("percent", 1.0, None)
    if scaled := COUNT_SCALE_LABEL.match(body):
        scale = scaled.group("scale")
        return ("count", _written_scale(scale), None)
    if labelled := COMMA_LABEL_UNIT.match(body):
        return (
            ("percent", 1.0, None)
            if labelled.group("percent")
            else ("count", _written_scale(labelled.group("scale")), None)
        )
    if "|" in body and (money := TRAILING_UNIT.search(body.split("|", 1)[0].rstrip())):
        # "IT services exports, USD million | 170 | 1,020" in a table of years: amounts in the label's unit
        currency, scale = money.group(1) or money.group(4), money.group(2) or money.group(3)
        return _code(currency), SCALES[scale.lower()], None
    if COUNT_LABEL.match(body) and not DECIMAL_CELL.match(body):
        # (whole numbers only: "Online shopping transactions | 62,487.3" under "(Unit: KRW billion)": value)
        return ("count", 1.0, None)
    return None


def row_unit(body: str, table: TableUnit) -> TableUnit:
    """The unit of a table row's cells: the table's, unless the row's label names its own ("Total payment
    volume ($bn)" under "(A$m)", a bare "$" being the table's dollar), says "(%)" or counts things ("Active
    merchants")."""
    if table[0] == INDEX_POINTS:
        return table  # "Cross-border orders | 52.3" under "(index points)": a reading, not a count of orders
    if (labelled := label_row_unit(body)) and not (
        labelled[:2] == ("count", 1.0) and table[0] in ("count", "percent")
    ):
        # ("Registered accounts (million) | 77.3" under "(KSh trillion)"; not "| Registered accounts | 45.1 |"
        # under "(millions)": things counted in the table's scale)
        return labelled
    own = table_unit(body) if "(" in body else None
    if own is None or own[2] != label_column(body):
        return table
    dollar = own[0] == "USD" and table[0].endswith("D") and not re.search(r"\bUS\$|USD", body.split("|")[0])
    return (table[0] if dollar else own[0], own[1], None)
