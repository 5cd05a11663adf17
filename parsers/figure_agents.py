"""Amounts an agent moved, paid or approved: named by what the money went through or was of.

"Kenyans moved KSh 4.6 trillion through mobile money platforms" measures mobile money, not Kenyans;
"the Authority approved PHP 18.6 billion worth of new projects" measures the projects approved.
"""

from __future__ import annotations

import re

from parsers.numbers import Quantity

# A verb whose subject handles money it does not measure: the payer, the regulator, the users.
MOVED = re.compile(
    r"\b(?P<verb>moved|transferred|sent|channell?ed|routed|disbursed|reimbursed|approved|collected)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+|"
    r"an?\s+(?:estimated|record|total\s+of)\s+)?$",
    re.IGNORECASE,
)
# What the money went through, came under or was of, up to a preposition or a clause's end.
CARRIER_AFTER = re.compile(
    r"\s+(?:worth\s+)?(?P<prep>of|through|via|under)\s+(?:the\s+)?"
    r"(?P<np>(?![A-Z][a-z]+\s+\d)[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"(?=\s+(?:in|for|during|last|this|from|at|by|to|as|and|since|between|over|with|on)\b|\s*[,.;(]|$)"
)
# "Under the Export Support Scheme, the ministry reimbursed ...": the scheme the money was paid under.
UNDER_OPENING = re.compile(r"^Under\s+(?P<scheme>(?:the\s+)?[^,;]{3,60}),\s")


def moved_metric(text: str, q: Quantity) -> str | None:
    """The channel or object of money an agent moved: "mobile money platforms" after "moved KSh 4.6 trillion
    through", "new projects approved" after "approved PHP 18.6 billion worth of"."""
    verb = MOVED.search(text, max(0, q.start - 40), q.start)
    carrier = CARRIER_AFTER.match(text, q.end) if verb else None
    if verb is None or carrier is None or re.search(r"\d", carrier.group("np")):
        return None
    np = " ".join(carrier.group("np").split())
    if carrier.group("prep") != "of":
        return np
    scheme = UNDER_OPENING.match(text)
    named = f"{np} {verb.group('verb').lower()}"
    return f"{named} under {scheme.group('scheme')}" if scheme else named
