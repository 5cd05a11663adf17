"""Numbers as people write them, for alert summaries: "2.9 trillion yuan", "$406.6 billion", "+6.6 %".

Summaries are stored with each alert, so every report (terminal, Markdown, HTML,
notification) says the same thing in the same words.
"""

from __future__ import annotations

CURRENCY_NAMES = {
    "CNY": "yuan", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "INR": "rupees", "MYR": "ringgit",
    "KRW": "won", "SGD": "Singapore dollars", "HKD": "Hong Kong dollars",
}  # fmt: skip
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _plain(number: float) -> str:
    """At most four significant digits, no trailing zeros: 2.9, 406.6, 1,185."""
    if abs(number) >= 1000:
        return f"{number:,.0f}"
    return f"{number:.4g}" if abs(number) >= 1 else f"{number:.3g}"


def amount(value: float | None, unit: str | None) -> str:
    """A value in its unit: 2.9e12 CNY -> "2.9 trillion yuan", 6.5 percent -> "6.5 %"."""
    if value is None:
        return "?"
    if unit == "percent":
        return f"{_plain(value)} %"
    if unit == "percentage_point":
        return f"{_plain(value)} percentage points"
    if unit == "times":
        return f"{_plain(value)} times"
    scaled, word = value, ""
    for size, name in SCALE_WORDS:
        if abs(value) >= size:
            scaled, word = value / size, f" {name}"
            break
    number = f"{_plain(scaled)}{word}"
    if unit == "USD":
        return f"${number}"
    if unit and unit != "count":
        return f"{number} {CURRENCY_NAMES.get(unit, unit)}"
    return number


def change(pct: float | None) -> str:
    """ "+6.6 %", "-3.0 %", or nothing when no change applies."""
    return "" if pct is None else f"{pct:+.1f} %"


def place(geo: str | None, period: str | None) -> str:
    parts = [p for p in (geo, period) if p]
    return ", ".join(parts)
