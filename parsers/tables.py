"""Data tables as lines of text: one line a row, each value with its column's heading and unit.

Statistics offices and ministries put their figures in tables whose units live in the column
heading ("January-March (SGD billion)", "Year-on-year (%)") and whose series is the row's
first cell. Read cell by cell, "365.3" is a bare number that measures nothing; so each row
becomes one line, "Goods trade | January-March: SGD 365.3 billion | Year-on-year: 12.7%",
which carries its label first (the metric, as in a table pasted as text), the period of its
column and the unit of its column written into the number. Layout tables (a page laid out in
<table> cells) are not data tables: their cells hold the page's prose, and they are walked as
any other element.
"""

from __future__ import annotations

import re

from bs4 import Tag

from parsers.numbers import CURRENCY_PREFIXES, find_quantities

MAX_CELL_CHARS = 120  # a longer cell is prose or a layout cell, not a value or a heading
MAX_COLSPAN = 20
HEADER_UNIT_RE = re.compile(r"^(?P<head>.*?)\s*\((?P<unit>[^()]{1,40})\)\s*$")
# A heading that says when: "2024", "January-September", "Q3", "H1 2025", "Full year".
PERIOD_HEADING_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\b[QH][1-4]\b|\b(?:full|whole)[\s-]year\b|\b(?:year|month|quarter)s?\b|"
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b",
    re.IGNORECASE,
)
BARE_NUMBER_RE = re.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$")
NUMBER_CELL_RE = re.compile(r"^(?:[+\-−]|[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)?\d")
PERCENT_UNIT_RE = re.compile(r"^(?:%|per\s*cent|percent)$", re.IGNORECASE)
SPACES_RE = re.compile(r"\s+")


def table_lines(table: Tag) -> list[str] | None:
    """The table's caption and rows as lines, or None when it is not a data table.

    A heading row is a line of its own only when no heading of it is written into the rows:
    read alone, "(100 million yuan)" would be an amount.
    """
    rows = _rows(table)
    if rows is None or len(rows) < 2 or max(len(cells) for _, cells in rows) < 2:
        return None
    caption = table.find("caption")
    lines = [_text(caption)] if isinstance(caption, Tag) and _text(caption) else []
    header: list[str] = []
    for heading, cells in rows:
        if heading:  # a heading row heads the rows after it, up to the next one
            header = cells
            if not any(_folds(cell) for cell in cells[1:]):
                lines.append(" | ".join(cell for cell in cells if cell))
        elif line := _row_line(cells, header):
            lines.append(line)
    return lines


def _folds(heading: str) -> bool:
    """Whether a column heading says what its numbers are (a unit in brackets) or when (a period)."""
    return bool(HEADER_UNIT_RE.match(heading) or PERIOD_HEADING_RE.search(heading))


def _rows(table: Tag) -> list[tuple[bool, list[str]]] | None:
    """(is a heading row, cell texts) of each row; None for a table holding a table or prose.

    Stops at the first nested table or long cell, so an outer layout table costs little.
    """
    rows: list[tuple[bool, list[str]]] = []
    for element in table.descendants:
        if not isinstance(element, Tag):
            continue
        if element.name == "table":
            return None
        if element.name != "tr":
            continue
        cells = [cell for cell in element.find_all(("td", "th"), recursive=False) if isinstance(cell, Tag)]
        texts: list[str] = []
        for cell in cells:
            text = _text(cell)
            if len(text) > MAX_CELL_CHARS:
                return None
            texts.extend([text] * _span(cell))
        if any(texts):
            heading = all(cell.name == "th" for cell in cells) or element.find_parent("thead") is not None
            rows.append((heading, texts))
    return rows


def _span(cell: Tag) -> int:
    raw = cell.get("colspan")
    return min(int(raw), MAX_COLSPAN) if isinstance(raw, str) and raw.isdigit() and int(raw) > 0 else 1


def _text(element: Tag) -> str:
    return SPACES_RE.sub(" ", element.get_text(" ")).strip()


def _row_line(cells: list[str], header: list[str]) -> str:
    """ "Exports | January-March: SGD 209.0 billion | Year-on-year: -3.8%": label, then its values."""
    parts = [cells[0]] if cells[0] else []
    for column, cell in enumerate(cells[1:], start=1):
        if cell:
            heading = header[column] if column < len(header) else ""
            parts.append(_headed(cell, heading) if _folds(heading) and NUMBER_CELL_RE.match(cell) else cell)
    return " | ".join(parts)


def _headed(cell: str, heading: str) -> str:
    """A number with its column's heading before it and the heading's unit written into it."""
    match = HEADER_UNIT_RE.match(heading)
    if match and BARE_NUMBER_RE.match(cell) and (written := _with_unit(cell, match.group("unit"))):
        heading, cell = match.group("head"), written
    return f"{heading}: {cell}" if heading else cell


def _with_unit(number: str, unit: str) -> str | None:
    """ "365.3" in "SGD billion" -> "SGD 365.3 billion"; None when the words are not a unit."""
    unit = SPACES_RE.sub(" ", unit).strip()
    if PERCENT_UNIT_RE.match(unit):
        return f"{number}%"
    first, _, rest = unit.partition(" ")
    prefix = first.lower() in CURRENCY_PREFIXES
    written = f"{first} {number} {rest}".strip() if prefix else f"{number} {unit}"
    # Read the unsigned form: a sign is read only after a space, a bar or a colon, as in the line.
    probe = written.replace(number, number.lstrip("+-−"), 1)
    found = find_quantities(probe)
    if len(found) != 1 or found[0].end - found[0].start != len(probe):
        return None
    plain = float(number.lstrip("+-−").replace(",", ""))
    return written if found[0].unit not in (None, "count") or found[0].value != plain else None
