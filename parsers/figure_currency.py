"""The currency of an amount, and amounts that only restate another.

A bare "1.92 trillion" takes the currency of its sentence, its paragraph or the text's own
statement of one; in "2.9 trillion yuan ($406.6 billion)" the dollars restate the yuan, so
they are recorded as an equivalent, not as a figure of their own.
"""

from __future__ import annotations

import re

from parsers.currency_names import SHARED_NAMES, local_currencies
from parsers.figure_state import State
from parsers.geo import PLACES, SUBDIVISIONS, find_places
from parsers.numbers import (
    CENTS,
    CURRENCY_PREFIX,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    SCALES,
    WORD_CURRENCY,
    Quantity,
    folded,
)

CURRENCY_UNIT = re.compile(r"^[A-Z]{3}$")
EQUIVALENT_GAP = re.compile(
    # "UAH 21.4 bln in taxes (about $516 mln)": what the amount is in may stand before the bracket
    # ("Rp 487 trillion in 2024 (about US$31bn)", "₦1,072 trillion — roughly US$700 billion")
    # ("€231.9 billion last year (about $250 billion)", "901.3 billion pesos in 2025, about US$48 billion":
    # the amount's time may stand between)
    r"^(?:\s+(?:in\s+(?:19|20)\d\d|(?:last|this)\s+year))?"
    r"\s*(?:(?:in\s+[\w-]+(?:\s+[\w-]+){0,3}\s*)?(?:\(\s*|\s*[—–]\s*)|,?\s*(?:or|equivalent\s+to|equal\s+to|worth)\s+|,?\s*)"
    r"(?:(?:about|around|or|roughly|approximately|approx\.|some|nearly|US|≈|~)\s*)?$",
    re.I,
)
RESTATED_BEFORE = re.compile(
    r"^(?:The|This|That|It|Its)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:equivalent|equal)\s+to\s+"
    r"(?:about|around|roughly|approximately|some|nearly)?\s*$"
    # "In rupee terms, the earnings amounted to": the same amount in the local currency
    r"|^In\s+(?:[a-z]+|local[- ]currency)\s+terms,?\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:earnings|figure|total|amount|sum|value|proceeds|receipts|inflows|it|they|that|this|these)\s+"
    r"(?:amounted\s+to|came\s+to|comes\s+to|were|was|totall?ed|stood\s+at|reached|works\s+out\s+(?:to|at))\s+"
    r"(?:about|around|roughly|approximately|some|nearly)?\s*$"
    # "In national currency that is some 16.3 trillion so'm", "At the average exchange rate that comes to
    # about 178 billion tenge": the same amount converted
    r"|^(?:In\s+(?:national|local)\s+currency(?:\s+terms)?|At\s+(?:the\s+)?(?:[\w-]+\s+){0,2}exchange\s+rates?),?\s+"
    r"(?:that|this|it)\s+(?:is|was|comes\s+to|came\s+to|equals|amounts\s+to|works\s+out\s+(?:at|to))\s+"
    r"(?:about|around|roughly|approximately|some|nearly)?\s*$"
    # ("That is about US$136 million" after "reached Rs 18.6 billion": the same amount, roughly, in dollars)
    r"|^(?:That|This)\s+(?:is|was|comes\s+to|equals|works\s+out\s+(?:at|to))\s+"
    r"(?:about|around|roughly|approximately|some|nearly)\s+$"
)

# Names several countries share, read as another's by default: a bare "$" (the US dollar), "Rs" or
# "rupees" (India's), "pounds" (Britain's), "pesos" or "Ps.", "shillings", "riyals", "dirhams". In a text
# about a country that counts in its own, they are that country's: the press writes the US dollar as "US$".
LOCAL_CURRENCY: dict[str, dict[str, str]] = {
    "Australia": {"USD": "AUD"},
    "Canada": {"USD": "CAD"},
    "New Zealand": {"USD": "NZD"},
    "Pakistan": {"INR": "PKR"},
    "Sri Lanka": {"INR": "LKR"},
    "Nepal": {"INR": "NPR"},
    "Egypt": {"GBP": "EGP"},
    "Philippines": {"MXN": "PHP"},
    "Colombia": {"MXN": "COP"},
    "Chile": {"MXN": "CLP"},
    "Argentina": {"MXN": "ARS"},
    "Uganda": {"KES": "UGX"},
    "Tanzania": {"KES": "TZS"},
    "Qatar": {"SAR": "QAR"},
    "Oman": {"SAR": "OMR"},
    "Morocco": {"AED": "MAD"},
    # the dollars of small economies, whose own press and governments write their dollar as "$"
    "Fiji": {"USD": "FJD"},
    "Jamaica": {"USD": "JMD"},
    "Trinidad and Tobago": {"USD": "TTD"},
    "Barbados": {"USD": "BBD"},
    "Bahamas": {"USD": "BSD", "BND": "BSD"},  # ("B$", Brunei's sign, is the Bahamas' too)
    "Belize": {"USD": "BZD"},
    "Guyana": {"USD": "GYD"},
    "Namibia": {"USD": "NAD"},
    "Brunei": {"USD": "BND"},
    "Solomon Islands": {"USD": "SBD"},
    "Liberia": {"USD": "LRD"},
    "Mauritius": {"INR": "MUR"},
    "Seychelles": {"INR": "SCR", "SAR": "SCR"},  # ("Rs" and "SR": the rupee, as Seychelles writes it)
    "Uruguay": {"MXN": "UYU"},
    "Dominican Republic": {"MXN": "DOP"},
    "Lebanon": {"GBP": "LBP"},
    "Sudan": {"GBP": "SDG"},
    "Somalia": {"KES": "SOS"},
    "Yemen": {"SAR": "YER"},
    # the CFA franc of Central Africa, where "CFA" and "CFAF" are written as in West Africa
    "Cameroon": {"XOF": "XAF"},
    "Gabon": {"XOF": "XAF"},
    "Congo": {"XOF": "XAF"},
    "Central African Republic": {"XOF": "XAF"},
    "Equatorial Guinea": {"XOF": "XAF"},
    # "K", Papua New Guinea's kina by default, is Zambia's kwacha and Myanmar's kyat; "P" is Botswana's pula
    "Zambia": {"PGK": "ZMW"},
    "Myanmar": {"PGK": "MMK"},
    "Botswana": {"PHP": "BWP"},
    "Malawi": {"ZMW": "MWK"},  # ("kwacha")
    "Sierra Leone": {"EGP": "SLE"},  # ("Le 1.2 billion": the leone, not Egypt's "LE")
    # ("dinars"): Tunisia's by default
    "Kuwait": {"TND": "KWD"},
    "Jordan": {"TND": "JOD"},
    "Bahrain": {"TND": "BHD"},
    "Iraq": {"TND": "IQD"},
    "Algeria": {"TND": "DZD"},
    "Libya": {"TND": "LYD"},
    "Serbia": {"TND": "RSD"},
    "Nicaragua": {"CAD": "NIO"},  # ("C$", Canada's sign, is the córdoba's too)
}


def _with_cldr_names(by_hand: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The list above, and every other country's currency where it shares a name with another's ("rials" in
    a text on Oman), from the CLDR; the list above wins where both say."""
    every = dict(by_hand)
    for country, (_, code) in PLACES.items():
        if len(code) == 2 and (local := local_currencies(code, CURRENCY_WORDS)):
            every[country] = {**local, **by_hand.get(country, {})}
    return every


LOCAL_CURRENCY = _with_cldr_names(LOCAL_CURRENCY)
SHARED_WORDS = SHARED_NAMES


def _shared_name(written: str) -> bool:
    """Whether an amount names its currency by a sign or word several countries share ("$5 billion",
    "Rs 40 crore", "12 billion pounds"), not by one that says whose it is ("US$", "Egyptian pounds")."""
    written = written.lstrip("-−+")  # ("-$2,493m": a balance below zero)
    if (written[:1] in "$£KP" and not written[1:2].isalpha()) or written[:2].lower() in (
        "rs",
        "sh",
        "cf",
        "ps",
        "b$",
        "le",
        "c$",
        "dh",  # ("DH 145 million": the dirham of the Emirates' or of Morocco's press)
        "sr",  # ("SR 4,800": the Saudi riyal, or the Seychelles rupee in a text on Seychelles)
    ):
        return True  # ("$US5.2 billion", "$A8 billion" say whose dollar they are)
    words = written.lower().split()
    return len(words) >= 2 and words[-1] in SHARED_WORDS and (words[-2] in SCALES or words[-2][:1].isdigit())


# "The number of online orders rose to": what follows counts the orders, in the same clause.
# A change in percent between them ("The number of orders rose 5% to 214 million") is no amount of its own.
PERCENT_CHANGE = r"\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)"
NUMBER_OF = re.compile(rf"\bnumber\s+of\s+(?:[^,;$€£¥₹\d]|{PERCENT_CHANGE}){{0,50}}$", re.IGNORECASE)


# "Gross orders reached 3.1 billion", "Active buyers: 31.5 million", "their headcount passed 1.9 million":
# people or things counted, named just before a bare amount in its clause.
COUNTED_BEFORE = re.compile(
    r"\b(?:orders|transactions|registrations|buyers|shoppers|users|subscribers|subscriptions|customers|"
    r"consumers|merchants|sellers|parcels|packages|letters|items|shipments|consignments|visitors|tourists|"
    r"employees|workers|staff|headcount|workforce|population|members|people|accounts|downloads|devices|vehicles"
    # ("expects cross-border parcel volumes to exceed 1.2bn": parcels, counted by their volume)
    r"|(?:parcel|shipment|package)\s+(?:volumes?|numbers?|counts?))\b(?:(?!\b(?:worth|valued?|spent|spending|sales|"
    r"revenues?)\b)(?:[^,;$€£¥₹\d(]|" + PERCENT_CHANGE + "))*$",
    re.IGNORECASE,
)


# "Declarations numbered 14.6 million": only things are numbered, never money.
NUMBERED = re.compile(
    r"\bnumbered\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE
)


def _counts(sentence: str, o: Quantity) -> bool:
    """Whether an amount counts things: it names them, or follows "the number of" or "numbered"."""
    return bool(o.counted) or (
        o.unit is None
        and bool(
            NUMBER_OF.search(sentence, max(0, o.start - 60), o.start)
            or NUMBERED.search(sentence, max(0, o.start - 24), o.start)
        )
    )


def _about_japan(sentence: str, state: State) -> bool:
    """ "¥" is the yen in an article about Japan, or in a sentence that names Japan (or one of its
    prefectures) and not China."""
    if state.home_country == "Japan":
        return True
    named = {SUBDIVISIONS.get(p.name, p.name) for p in find_places(sentence)}
    return "Japan" in named and "China" not in named


def _counted(sentence: str, q: Quantity) -> bool:
    """Whether a bare amount counts things: a noun after it, or a count named before ("Active customers rose
    to 11.8 million")."""
    return _counts(sentence, q) or COUNTED_BEFORE.search(sentence, max(0, q.start - 40), q.start) is not None


YEN_RANGE_BEFORE = re.compile(r"[¥￥][\d.,]+\s?[-–]\s?$")


IN_PESOS = re.compile(r"\b[Ii]n\s+pesos\b")
# "Amounts are in Chilean pesos ($) unless marked US$": a text that names the peso and marks the US dollar
# as such ("US$2.450 million", "USD 1.2 billion"), so that its bare "$" is the peso (not a company's results
# that write "US$9.8 billion" once and "$5.2 billion" after)
PESO_WORD = re.compile(r"\bpesos?\b")
US_DOLLAR_MARK = re.compile(r"\bUS\s?\$|\bUSD\b")


def writes_peso_as_dollar_sign(text: str) -> bool:
    """Whether a text names the peso and marks the US dollar as such (both searched once per text)."""
    return PESO_WORD.search(text) is not None and US_DOLLAR_MARK.search(text) is not None


# Governments that write their own dollar as "$" in texts whose own name for themselves marks them ("The
# HKSAR Government has reserved $500 million"); the city's press, writing for readers abroad, often means
# the US dollar by it.
GOVERNMENT_DOLLARS: dict[str, tuple[re.Pattern[str], str]] = {"Hong Kong": (re.compile(r"\bHKSAR\b"), "HKD")}


def government_dollar(text: str, country: str | None) -> str | None:
    """The dollar a text by the government of ``country`` means by "$", if the text names that government."""
    named, dollar = GOVERNMENT_DOLLARS.get(country or "", (None, None))
    return dollar if named is not None and named.search(text) else None


def _local_currencies(state: State) -> dict[str, str]:
    """The shared names a text reads as its country's own currency, and "$" as its government's dollar."""
    local = LOCAL_CURRENCY.get(state.home_country or "", {})
    return {**local, "USD": state.government_dollar} if state.government_dollar else local


def _restates_local(q: Quantity, sentence: str, sentence_quantities: list[Quantity], local: str) -> bool:
    """Whether a shared sign restates, in brackets or after "or", an amount just written in the local
    currency: "SBD 412 million ($49 million)" in a text on the Solomon Islands gives US dollars."""
    before = [o for o in sentence_quantities if o.end <= q.start]
    return (
        bool(before)
        and before[-1].unit == local
        and bool(EQUIVALENT_GAP.match(sentence[before[-1].end : q.start]))
    )


def resolve_currency(
    q: Quantity, sentence: str, sentence_quantities: list[Quantity], state: State, paragraph: int
) -> Quantity:
    """A bare "1.92 trillion" takes the currency of the sentence, else of the paragraph.

    A bare amount with no currency anywhere near counts things ("835 million users"); a
    paragraph's currency is only lent to billions and trillions, which people seldom count.
    "¥" is the yen in an article about Japan; a name several countries share ("$", "rupees", "pounds") is
    the local one in an article about a country that counts in its own (``LOCAL_CURRENCY``).
    """
    if (
        q.unit == "CNY"
        # ("¥1,360-1,390 billion": the range's high end is in the yen its low end is written in)
        and (sentence[q.start : q.start + 1] in "¥￥" or YEN_RANGE_BEFORE.search(sentence, 0, q.start))
        and _about_japan(sentence, state)
    ):
        return q.with_unit("JPY")
    local = _local_currencies(state)
    if (
        q.unit == "USD"
        # (the Philippine peso's sign is "₱": a "$" there is the US dollar)
        and (peso := "MXN" if state.home_country == "Mexico" else local.get("MXN")) not in (None, "PHP")
        and _shared_name(sentence[q.start : q.end])
        # ("GMV: $2.310.000 million (about US$2.450 million)" in a Chilean report that marks its dollars)
        and (state.peso_sign or IN_PESOS.search(sentence, 0, q.start))
    ):
        return q.with_unit(peso)  # "In pesos, those imports add up to about $1.2 trillion": the peso's sign
    if (
        q.unit in local
        # ("All amounts are in U.S. dollars unless otherwise stated" in a Toronto company's release)
        and q.unit != state.stated_currency
        and _shared_name(sentence[q.start : q.end])
        and not _restates_local(q, sentence, sentence_quantities, local[q.unit])
    ):
        # "$5.6 billion" in an Australian release, "Rs 9 billion" in a Pakistani one
        return q.with_unit(local[q.unit])
    if q.unit == CENTS:
        # "a dividend of 9.5 cents a share": hundredths of the currency the text last counted in, else of the
        # one national currency it counts in ("81.4 cents" in a JSE trading statement that goes on in rand)
        spent = next(
            (f.unit for f in reversed(state.figures) if f.unit and CURRENCY_UNIT.match(f.unit)), None
        ) or (state.counted_currency or "USD")
        return Quantity(q.start, q.end, q.value / 100, spent, q.approx, q.counted, q.form)
    if q.unit is not None:
        return q
    if _counted(sentence, q):
        return q.with_unit(
            "count"
        )  # "the number of orders rose to 414 million", "Gross orders reached 3.1 billion"
    # "S$124.5 billion ($92.9 billion) ... 119.6 billion": the restatement in dollars is an aside,
    # so the currency a bare amount takes is the one the sentence is written in.
    stated = [
        o
        for i, o in enumerate(sentence_quantities)
        if not (i and is_equivalent(sentence, o, sentence_quantities[i - 1]))
    ]
    earlier = [
        o
        for o in stated
        if o.start < q.start and (_counted(sentence, o) or (o.unit and CURRENCY_UNIT.match(o.unit)))
    ]
    # (the amount lent from is resolved first: "rose 9.6 per cent to ¥10.1tn, while receipts grew to 3.25tn"
    # in a text on Japan lends yen)
    if earlier:  # "1.36 billion shipments in 2024, up from 1.0 billion": what the amount before counted
        if _counted(sentence, earlier[-1]):
            return q.with_unit("count")
        return q.with_unit(
            resolve_currency(earlier[-1], sentence, sentence_quantities, state, paragraph).unit
        )
    later = [o for o in stated if o.start > q.start and o.unit and CURRENCY_UNIT.match(o.unit)]
    if later:
        return q.with_unit(resolve_currency(later[0], sentence, sentence_quantities, state, paragraph).unit)
    if state.last_currency and state.last_currency[0] == paragraph and abs(q.value) >= 1e9:
        return q.with_unit(state.last_currency[1])
    if state.stated_currency and abs(q.value) >= 1e6 and not q.counted:
        return q.with_unit(state.stated_currency)  # "(All amounts in RMB unless otherwise noted.)"
    return q.with_unit("count")


# "All amounts in RMB unless otherwise noted", "Values in US dollars unless stated".
STATED_CURRENCY = re.compile(
    rf"\b(?:amounts|values|figures)\s+(?:are\s+)?(?:stated\s+|given\s+|expressed\s+)?in\s+(?:the\s+)?"
    rf"({WORD_CURRENCY}|[A-Z]{{3}})\b(?:\s+terms)?\s*(?:unless|[.,;)])",
    re.IGNORECASE,
)


# "Australia, services exports, 2024-25 (A$, change on 2023-24)": a caption whose brackets open with
# a currency and no amount.
CAPTION_CURRENCY = re.compile(rf"\(\s*(?:in\s+)?({CURRENCY_PREFIX}|{WORD_CURRENCY})\s*[,;)]", re.IGNORECASE)


# "US$", "USD", "US dollars", "$US": a caption that says the dollar is America's.
US_DOLLAR_NAMED = re.compile(r"\bUS\s?\$|\$\s?US\b|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)


def table_currency(code: str, caption: str, state: State) -> str:
    """The currency of a table's cells: "millions of dollars" over a Canadian release's table is Canada's
    dollar, as "$" in its prose is; "US$ million" says whose dollar it is."""
    if code == "CNY" and ("¥" in caption or "￥" in caption) and _about_japan(caption, state):
        return "JPY"  # "(net payments, ¥ trillion, 2024):" in a text on Japan
    local = _local_currencies(state)
    if code in local and not US_DOLLAR_NAMED.search(caption):
        return local[code]
    return code


def caption_currency(line: str) -> str | None:
    """The currency a caption or heading names in brackets for the bare amounts listed under it
    ("Total services: 131.4 billion" under "(A$, change on a year earlier)" is in A$)."""
    match = CAPTION_CURRENCY.search(line)
    if match is None:
        return None
    word = " ".join(match.group(1).lower().split())
    return CURRENCY_PREFIXES.get(word) or CURRENCY_WORDS.get(word)


def stated_currency(text: str) -> str | None:
    lowered = folded(text)
    if "amounts" not in lowered and "values" not in lowered and "figures" not in lowered:
        return None  # the usual text, which never says: STATED_CURRENCY cannot match without one of them
    match = STATED_CURRENCY.search(text)
    if match is None:
        return None
    word = " ".join(match.group(1).lower().split())
    return CURRENCY_WORDS.get(word) or CURRENCY_PREFIXES.get(word)


def restates_previous(sentence: str, q: Quantity, state: State, previous: str) -> int | None:
    """ "The shortfall, equivalent to about $45bn": the index of the previous sentence's last amount,
    which ``q`` restates in another currency (a change after the amount, "$38 billion, up 7 percent",
    does not stand between them)."""
    if not CURRENCY_UNIT.match(q.unit or "") or not (restated := RESTATED_BEFORE.match(sentence[: q.start])):
        return None
    before = [
        index
        for index in range(len(state.figures) - 1, -1, -1)
        if state.figures[index].sentence == previous and CURRENCY_UNIT.match(state.figures[index].unit or "")
    ]
    # "In rupee terms, ...": the sentence's headline amount, not the base it was compared with
    index = before[-1] if restated.group(0).startswith("In ") and before else before[0] if before else None
    return index if index is not None and state.figures[index].unit != q.unit else None


def is_equivalent(sentence: str, q: Quantity, previous: Quantity | None) -> bool:
    """True when ``q`` only restates the previous amount in another currency.

    "2.9 trillion yuan ($406.6 billion)", "EUR 10 billion, or about $11 billion".
    """
    if previous is None or not q.unit or not previous.unit or q.unit == previous.unit:
        return False
    if not (CURRENCY_UNIT.match(q.unit) and CURRENCY_UNIT.match(previous.unit)):
        return False
    return bool(EQUIVALENT_GAP.match(sentence[previous.end : q.start]))
