"""Currencies by their English names, and whose they are, from the Unicode CLDR (through Babel).

A text on any country may name its money in words: "Paraguayan guaranis", "gourdes", "Kyrgyz soms". A list
kept by hand misses the next country's; the CLDR keeps every currency's English name, singular and plural,
and the territories that pay in it. The hand-kept lists in ``numbers`` come first: they hold the press's
spellings ("kronor", "so'm") and the defaults this module does not choose.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

from parsers.folding import without_accents

# Currencies paid in anywhere since then: a text may still count in one replaced since ("kunas").
SINCE = datetime.date(2015, 1, 1)
# Last words of currency names that are English words too: "two marks", "the real", "sol" (the sun), "gold".
NOT_CURRENCY_NOUNS = frozenset({"gold", "mark", "marks", "real", "reals", "sol"})


def _current_codes() -> frozenset[str]:
    """The codes of the currencies some territory has paid in since ``SINCE`` (not the CLDR's historical
    ones: "Spanish pesetas" name no money a trade figure is in)."""
    today = datetime.date.today()
    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, start_date=SINCE, end_date=today)
    )


def _names() -> dict[str, frozenset[str]]:
    """Every current currency's name, singular and plural, in lower case ("&" or "and"), with the codes
    it names; and the last word of each ("guaranis", "dinars"), which may name several. A name without its
    accents is added where no other currency's is written so ("krona" stays the Swedish one, not "króna")."""
    codes: dict[str, set[str]] = defaultdict(set)
    for code in sorted(_current_codes()):
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en")
            if name == code or "(" in name:
                continue  # (no English name, or a dated one: "Sierra Leonean Leone (1964-2022)")
            spelling = name.lower().replace("ʻ", "'")
            codes[spelling].add(code)
            codes[spelling.replace("&", "and")].add(code)
            if spelling.split()[-1] not in NOT_CURRENCY_NOUNS:
                codes[spelling.split()[-1]].add(code)
    for spelling, named in list(codes.items()):
        codes.setdefault(without_accents(spelling), set(named))
    return {spelling: frozenset(named) for spelling, named in codes.items()}


NAMES = _names()


def currency_words(known: dict[str, str]) -> dict[str, str]:
    """The names ``known`` does not hold, each with the currency it is read as: its own where only one
    currency has it, else the one ``known`` reads the plural as ("dinar", like "dinars"), else the first by
    code ("kroner": the Danish krone's) until the text's country says whose (``local_currencies``)."""
    words: dict[str, str] = {}
    for spelling, codes in NAMES.items():
        if spelling in known:
            continue
        plural = known.get(f"{spelling}s")
        words[spelling] = plural if plural in codes else min(codes)
    return words


def local_currencies(alpha_2: str, words: dict[str, str]) -> dict[str, str]:
    """For a country, each currency a shared name is read as by default, mapped to the country's own of that
    name: in a text on Oman "rials" are Omani rials, in one on Norway "kroner" are Norwegian. The US dollar is
    left out: whose "$" a country's press means is kept by hand."""
    own = get_territory_currencies(alpha_2.upper())
    if not own:
        return {}
    local = own[0]
    return {
        words[spelling]: local
        for spelling, codes in NAMES.items()
        if local in codes and len(codes) > 1 and words.get(spelling) not in (None, local, "USD")
    }


SHARED_NAMES = frozenset(spelling for spelling, codes in NAMES.items() if len(codes) > 1)
