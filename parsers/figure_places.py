"""Which place a figure belongs to, beyond the place named next to it.

A list of places, an organisation that owns the number, the parties to an agreement or an
opening "With ..." phrase overrides the nearest place; a sentence that names none carries
the last figure's place, or the place the text is about.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.context import clause_start
from parsers.figure_kinds import nearest_cue
from parsers.figure_state import State
from parsers.geo import PlaceMention, find_places
from parsers.numbers import Quantity


def carried_geo(state: State, paragraph: int) -> str | None:
    """The place of a figure whose sentence names none: the last figure's; in a new paragraph, the
    place the text names most, when the last was named once in passing ("..., and North America
    7.4 percent" does not run on into the next paragraph)."""
    last = state.last_geo
    if (
        last is None
        or state.last_geo_paragraph == paragraph
        or state.named[last] > 1
        or last in state.main.values()
    ):
        return last or state.main_country
    return state.main.get("any", last)


# "the WTO's 164 members", "Alibaba's revenue": an organisation owns the number, no place does.
OWNER = re.compile(
    r"\b(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*|the\s+(?:company|group|firm|organi[sz]ation))(?:'s|’s)\s"
)


# "4.3 per cent of world services exports": a place in the whole of a share is not the share's.
WHOLE_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+|all\s+|total\s+)*$", re.IGNORECASE)


# "With 680 million people and 460 million internet users, ASEAN is ...": an opening phrase describes
# the subject that follows it.
WITH_OPENING = re.compile(r"(?:With|Home\s+to)\s+[^,;]{3,120},\s+(?:the\s+)?")


def opening_owner(sentence: str, places: list[PlaceMention], q: Quantity) -> str | None:
    """The place that is the subject right after an opening "With ..." phrase holding ``q``."""
    opening = WITH_OPENING.match(sentence)
    if opening is None or q.end > opening.end():
        return None
    return next((p.name for p in places if p.start == opening.end()), None)


# "more than 90 economies", "its 166 members", "27 EU member states": the parties to an organisation
# or an agreement.
PARTIES = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){0,2}?(?:members|member\s+states|economies|signatories|parties)\b"
)

POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s+(?:(?:about|some|nearly|all)\s+)?")


def parties_place(text: str, places: list[PlaceMention], q: Quantity, parties: re.Match[str]) -> str | None:
    """A count of the parties to something belongs to no one place, neither the one a sentence
    names ("Singapore co-convenes a group of more than 90 economies") nor the text's; only a
    place that owns or qualifies the parties themselves ("the EU's 27 member states", "30 African
    economies")."""
    inside = [
        p
        for p in places
        if (parties.start() <= p.start and p.end <= parties.end())
        or POSSESSIVE_BEFORE.fullmatch(text, p.end, q.start)
    ]
    return inside[0].name if inside else None


LIST_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def listed_places(sentence: str, places: list[PlaceMention]) -> set[str]:
    """Places named as items of a list of three or more ("Egypt, South Africa, Morocco, Kenya and
    Nigeria", "across Asia, Europe and North America"): a figure next to them is none of theirs."""
    listed: set[str] = set()
    run = places[:1]
    for before, mention in pairwise(places):
        if LIST_JOINT.fullmatch(sentence, before.end, mention.start):
            run.append(mention)
            continue
        if len(run) >= 3:
            listed.update(p.name for p in run)
        run = [mention]
    if len(run) >= 3:
        listed.update(p.name for p in run)
    return listed


def owned(sentence: str, position: int) -> bool:
    owner = nearest_cue(OWNER, sentence[clause_start(sentence, position) : position])
    if owner is None:
        return False
    name = re.sub(r"(?:'s|’s)\s$", "", owner.group(0)).removeprefix("the ")
    return not find_places(name)


# A national currency, written after an amount or as a sign before one, and its country.
_CURRENCY_OF = {"yuan": "China", "rmb": "China", "cny": "China", "¥": "China", "renminbi": "China",
                "yen": "Japan", "won": "South Korea", "₩": "South Korea", "rupees": "India", "crore": "India",
                "₹": "India", "rs": "India", "ringgit": "Malaysia", "rm": "Malaysia", "rupiah": "Indonesia",
                "rp": "Indonesia", "baht": "Thailand", "reais": "Brazil", "r$": "Brazil",
                "pesos": "Mexico", "riyals": "Saudi Arabia", "sar": "Saudi Arabia", "ksh": "Kenya",
                "naira": "Nigeria", "₦": "Nigeria", "lira": "Turkey", "₺": "Turkey", "zloty": "Poland",
                "zlotys": "Poland", "pln": "Poland", "₱": "Philippines", "php": "Philippines",
                "a$": "Australia", "c$": "Canada", "nz$": "New Zealand"}  # fmt: skip
NATIONAL_CURRENCY = re.compile(
    r"(?:\d|lion|bn|tn)\s+(yuan|renminbi|yen|won|rupees|crore|ringgit|rupiah|baht|reais|pesos|riyals|naira|"
    r"lira|zlotys?)\b"
    r"|(?<![\w$])(RMB|CNY|¥|₩|₹|Rs|RM|Rp|R\$|SAR|KSh|₦|₺|PLN|₱|PHP|A\$|C\$|NZ\$)\s?\d",
    re.IGNORECASE,
)


def currency_country(text: str) -> str | None:
    """The country of the one national currency a text counts its money in ("1.7 trillion yuan": China).

    An article that names no country but reports in yuan is about China.
    """
    countries = {_CURRENCY_OF[(m.group(1) or m.group(2)).lower()] for m in NATIONAL_CURRENCY.finditer(text)}
    return countries.pop() if len(countries) == 1 else None
