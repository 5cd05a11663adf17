"""Which place a figure belongs to, beyond the place named next to it.

A list of places, an organisation that owns the number, the parties to an agreement or an
opening "With ..." phrase overrides the nearest place; a sentence that names none carries
the last figure's place, or the place the text is about.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parsers.alternation import gathered_words
from parsers.context import DATA_REFER, HEDGE_WORDS, IN_PLACE, TABLE_LABEL, clause_start, label_text
from parsers.figure_kinds import nearest_cue
from parsers.figure_state import State
from parsers.geo import (
    CITY_NAMES,
    COUNTRIES,
    HEADER_REACH,
    PLACE_KINDS,
    PLACES,
    REGIONS,
    SUBDIVISIONS,
    WORLD_CITIES,
    PlaceMention,
    find_places,
    names_place_first,
)
from parsers.numbers import CURRENCY_PREFIXES, CURRENCY_WORDS, Quantity

# The places inside a country (states, provinces, China's cities), and how often a text must name one, more
# often than its country, for its numbers that name no place to be that one's (not a byline's "PIB Delhi")
INSIDE_COUNTRY = PLACE_KINDS["province"] | PLACE_KINDS["city"]
INSIDE_MENTIONS = 3


def carried_geo(state: State, paragraph: int, units: frozenset[str | None] = frozenset()) -> str | None:
    """The place of a figure whose sentence names none: the last figure's; in a new paragraph, the
    place the text names most, when the last was named once in passing ("..., and North America
    7.4 percent" does not run on into the next paragraph; in a company's report, which is about no
    place, no place runs on into the next paragraph), and in a text told in one country's currency,
    that country. ``units`` are those of the sentence's amounts."""
    last = state.last_geo
    home = state.issuing_place or state.main_country
    if (
        not state.issuing_place
        and (main := state.main.get("any")) in INSIDE_COUNTRY
        and (
            (main in SUBDIVISIONS and not state.named[state.main_country or ""])
            or INSIDE_MENTIONS <= state.named[main] > state.named[state.main_country or ""]
        )
    ):
        # ("the online sales support program helped 1,270 businesses" in a Québec bulletin that never names
        # Canada; "Average vacancy rate: 17.8%" in a report on Chengdu's warehouses that names China once: the
        # province's, the city's)
        home = main
    if state.corporate and state.last_geo_paragraph != paragraph:
        return None  # "US GMV fell 9%." then "Overseas warehouses made up 34% of GMV": the company's whole
    if (
        state.main_currency is not None
        and state.main_currency in units
        and (last == "World" or last in REGIONS)
        and state.last_geo_paragraph != paragraph
    ):
        # "Globally, ... reached $4.6tn." then "Exports of computer services rose 9.2 per cent to
        # £16.4bn": an amount in the text's own currency is its country's, not the world's or a region's
        return home
    if (
        state.currency_main
        and last in COUNTRIES
        and last != state.main_country
        and state.last_geo_paragraph != paragraph
    ):
        # a text told in one country's currency is that country's, whatever country a paragraph discussed
        return home
    if (
        last in SUBDIVISIONS
        and state.last_geo_paragraph != paragraph
        and state.issuing_place is None
        and state.main.get("any") == SUBDIVISIONS[last]
    ):
        # ("Firms in Gauteng made up 44% ... and firms in the Western Cape 31%" in a text on the country's
        # exporters: the next paragraph is the country's again)
        return state.main["any"]
    if (
        state.issuing_place
        # (a world city's, or one the gazetteer does not know; China's cities and zones are the rule below's)
        and state.issuing_place not in PLACE_KINDS["province"] | PLACE_KINDS["city"]
        and state.last_geo_paragraph != paragraph
    ):
        # ("Across Taiwan, exports came to NT$143 billion" in a city's own speech, then "31 percent of our
        # online exports": a new paragraph is the city's again)
        return state.issuing_place
    if state.issuing_place and last == state.main_country and state.last_geo_paragraph != paragraph:
        # ("the 165 comprehensive pilot zones across China" and then, under "1. Scale and growth", "imports
        # and exports through the zone reached 41.6 billion yuan" in the Qingdao zone's own report: Qingdao's)
        return state.issuing_place
    if (
        last is None
        or state.last_geo_paragraph == paragraph
        or state.named[last] > 1
        # a state or emirate named once ("31 data centres in Johor") does not run on as the text's place
        or (last in state.main.values() and last not in SUBDIVISIONS)
    ):
        return last or home
    return state.issuing_place or state.main.get("any", None if state.named[last] else last)


def tied_place(sentence: str, places: list[PlaceMention], q: Quantity) -> str | None:
    """The place "in" ties to the number right before it ("96 per cent in Australia", "8.7% of employment in
    Sweden"): the number's own, whatever place the sentence opens on or the figure it is compared with has."""
    return next(
        (
            p.name
            for p in places
            if p.start > q.end
            and (
                IN_PLACE.fullmatch(sentence, q.end, p.start)
                # "against EUR 61.7 bn for Germany": the other side of a comparison, for its place
                or (
                    FOR_PLACE.fullmatch(sentence, q.end, p.start)
                    and COMPARED_BEFORE.search(sentence, max(0, q.start - 30), q.start) is not None
                )
                # (a region's whole is no part's place: "28 percent of all fintech funding in Africa")
                or (p.name not in REGIONS and WHOLE_IN.fullmatch(sentence, q.end, p.start))
            )
        ),
        None,
    )


FOR_PLACE = re.compile(r"\s+for\s+(?:the\s+)?")
COMPARED_BEFORE = re.compile(
    rf"\b(?:against|compared\s+with|compared\s+to|versus|vs\.?)\s+(?:{HEDGE_WORDS}|just\s+|only\s+)?(?:[A-Z]{{3}}\s)?$"
)
# "8.7% of employment in Sweden": a share of a whole of a place, in lower-case words.
# (not across a clause: "44% of respondents and firms in the Western Cape 31%")
WHOLE_IN = re.compile(r"\s+of\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+){1,3}in\s+(?:the\s+)?")


def opening_place(sentence: str) -> str | None:
    """The one place a sentence opens on as its subject ("Hong Kong is pursuing ...", "In Vietnam, ...")."""
    places = find_places(sentence, partners=False) if names_place_first(sentence) else []
    if len(places) != 1 or places[0].start > 4:  # after "In " or an opening quotation mark
        return None
    return places[0].name


# "the WTO's 164 members", "Alibaba's revenue": an organisation owns the number, no place does.
OWNER = re.compile(
    r"\b(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*|the\s+(?:company|group|firm|organi[sz]ation))(?:'s|’s)\s"
)


# "the Kingdom's GDP", "the Republic's exports": a country by its title, not an organisation.
COUNTRY_TITLES = frozenset({"Kingdom", "Republic", "Commonwealth", "Federation", "Emirates", "Union"})


# "4.3 per cent of world services exports": a place in the whole of a share is not the share's.
WHOLE_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+|all\s+|total\s+)*$", re.IGNORECASE)


# "the share of least-developed countries remained below 0.3 percent": a group the share is of.
GROUP_SHARE = re.compile(r"\bshare\s+of\s+(?:the\s+)?$", re.IGNORECASE)
GROUP_NOUN = re.compile(r"(?:countries|economies|nations|LDCs)$")


# "In Australia, ...": the place a sentence opens in is where its figures are, not a whole.
SETTING_OPENING = re.compile(r"\s*In\s+(?:the\s+)?")


def part_places(sentence: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a share can be of: not those in its whole ("of world exports"), but a group of
    countries whose share it is ("the share of least-developed countries")."""
    return [
        p
        for p in places
        if not WHOLE_BEFORE.search(sentence, max(0, p.start - 20), p.start)
        or SETTING_OPENING.fullmatch(sentence, 0, p.start)  # "In Australia the category was worth 3.7%"
        # "Firms in Gauteng made up 44% of respondents and firms in the Western Cape 31%": the group's place
        or GROUP_IN.search(sentence, max(0, p.start - 24), p.start) is not None
        or (
            GROUP_SHARE.search(sentence, max(0, p.start - 20), p.start)
            and GROUP_NOUN.search(sentence, 0, p.end)
        )
    ]


GROUP_IN = re.compile(
    r"\b(?:firms|companies|businesses|enterprises|sellers|exporters|merchants|SMEs|shoppers|consumers|households)"
    r"\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


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
    if inside:
        return inside[0].name
    # "71 WTO members", "the WTO's 166 members": the members of a world body are the world's
    return "World" if WORLD_BODY.search(text, max(0, q.start - 12), parties.end()) else None


# Bodies of the world's economies: their members are the world's, and so are their statistics where a text
# names no place.
WORLD_BODY = re.compile(
    r"\b(?:WTO|World\s+Trade\s+Organi[sz]ation|UN|United\s+Nations|UNCTAD|UN\s+Trade\s+and\s+Development|OECD|"
    r"Universal\s+Postal\s+Union|UPU|World\s+Bank|IMF|International\s+Monetary\s+Fund|ITU|"
    r"International\s+Telecommunication\s+Union|WIPO)\b"
)


# (", the Gulf and the": an item the gazetteer does not know may stand between two it does)
LIST_JOINT = re.compile(
    r"(?:,\s+(?:the\s+)?(?P<unknown>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?"
)


def listed_places(sentence: str, places: list[PlaceMention]) -> set[str]:
    """Places named as items of a list of three or more ("Egypt, South Africa, Morocco, Kenya and
    Nigeria", "across Asia, Europe and North America", "the United States, the Gulf and the European
    Union"): a figure next to them is none of theirs."""
    listed: set[str] = set()
    run, items = places[:1], 1
    for before, mention in pairwise(places):
        if joint := LIST_JOINT.fullmatch(sentence, before.end, mention.start):
            run.append(mention)
            items += 2 if joint.group("unknown") else 1
            continue
        if items >= 3:
            listed.update(p.name for p in run)
        run, items = [mention], 1
    if items >= 3:
        listed.update(p.name for p in run)
    return listed


# "Guadalajara-based fulfilment firm Envíos Norte said its volumes grew 14%, after it handled ...": a firm
# reporting its own numbers.
FIRM_SAID_ITS = re.compile(
    r"\b(?:firm|company|group|operator|platform|marketplace|retailer|start-?up|provider|carrier|lender)\s+"
    r"(?:[A-Z][\w&.-]*\s+){1,3}said\s+(?:that\s+)?its\s"
)


# A company that reports its own numbers, opening a sentence (after any dateline): "Tata Consultancy
# Services on Thursday reported revenue of", "Kaya Group, which runs the KayaMart marketplace, said",
# "Nairobi-based Tana Outsourcing, which handles support calls, said its headcount rose", "Kumo Data Systems
# said on Friday that".
# A capital letter, Latin accented ones too ("Çarşı Dijital", "Łódź", "Österreich").
CAPITAL = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŹŻŽİŞĞ"
_NAME = rf"[{CAPITAL}][\w&.'’-]*(?:[ \t]+[{CAPITAL}][\w&.'’-]*){{0,4}}"
COMPANY_WORD = re.compile(
    r"\b(?:Group|Holdings|Inc|Ltd|Limited|Corp|Corporation|Company|PLC|Services|Systems|Technologies|Solutions|"
    r"Payments|Commerce|Logistics|Outsourcing|Networks|Labs|Software)\.?$"
)
COMPANY_REPORTS = re.compile(
    rf"(?:[^\n]{{0,60}}?(?:--|\s[—–-])\s+)?(?P<based>[A-Z][\w-]*-based\s+)?(?P<name>{_NAME})"
    # ("Kaiyun Mall (凱韻商城), one of Taiwan's largest online marketplaces": its name in another script)
    r"(?:\s+\([^()\n]{1,40}\))?"
    # ("PhsarDee, Cambodia's home-grown online marketplace, today announced")
    r"(?:(?P<kind>,\s+(?:one\s+of\s+)?(?:the|a|an|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,4}(?:compan(?:y|ies)|"
    # ("Kpakpo Pay, a cross-border payments company that lets small sellers collect money from abroad,")
    r"(?:group|firm|platform|marketplace|retailer|operator|lender|startup|acquirer|processor|provider|carrier)s?)"
    r"(?:\s+(?:that|which)\s[^,]{3,100})?,)"
    r"|(?P<apposition>,\s+which\s[^,]{3,80},))?\s+"
    r"(?:on\s+[A-Z][a-z]+day\s+|today\s+|now\s+)?(?P<verb>said|says|reported|posted|announced|expects|[a-z]+ed)\b"
    r"(?P<after>\s+(?:its|that|revenue|net|sales|(?:[\w-]+\s+)?results)\b)?"
)
# "Kaveri Technologies' Q3 FY26 numbers are in:": a company's results, over the lines that give them.
COMPANY_RESULTS = re.compile(rf"(?P<name>{_NAME}?)(?:'s|’s|'|’)\s+(?:[\w-]+\s+){{0,3}}(?:numbers|results)\b")
# A city outside China labelling the number right after it, at the start of a line or of a listed item:
# "Tashkent city — $602.7 million", "Delivery locations by share of seats: Cape Town 58%, Durban 15%". Only
# there: named elsewhere, a capital stands for its government ("Ankara", "Brussels") and a city is a venue
# or a company's base, not whose the figures are.
LABELLING_CITY = re.compile(
    r"(?:^|\n|[:;,]\s|[•·*–—-]\s)\s*("
    + gathered_words(sorted(WORLD_CITIES, key=len, reverse=True))
    + r")(?:\s+(?:city|region|province|oblast))?\s*(?:[—–:|-]\s*)?$"
)


def labelled_city(sentence: str, position: int) -> str | None:
    """The city outside China that labels the number at ``position``, if one does: right before it, or
    as the label of its table row ("Hazrat Shahjalal, Dhaka | 221,400 | 132,700": both Dhaka's)."""
    found = LABELLING_CITY.search(sentence, max(0, position - 40), position)
    line = sentence.rfind("\n", 0, position) + 1
    if found is None and (bar := sentence.find("|", line, position)) >= 0:
        found = LABELLING_CITY.search(sentence, max(line, bar - 40), bar + 1)
    return found.group(1) if found else None


# "Istanbul Airport remained the main gateway, handling", "Istanbul Sabiha Gökçen Airport followed with": an
# airport named after its city, whose traffic is the city's
HUB_IN_CLAUSE = re.compile(
    rf"(?:{CITY_NAMES.pattern})(?=(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?:International\s+)?Airport\b)"
)
HUB_REACH = 80  # how far before its number an airport may be named
# Where an airport opens its clause as its subject (not "teams at the Istanbul Airport", "visitors who pass
# through Dublin Airport": a venue): the sentence's start, or after "while", "and", "but" or a semicolon
SUBJECT_START = re.compile(r"(?:^|[;:]\s+|,?\s+(?:while|and|but|whereas)\s+)(?:the\s+)?$")


def hub_named(sentence: str, position: int) -> str | None:
    """The city of the airport that opens the clause of the number at ``position`` as its subject."""
    if "Airport" not in sentence:
        return None
    for found in HUB_IN_CLAUSE.finditer(sentence, max(0, position - HUB_REACH), position):
        if SUBJECT_START.search(sentence, max(0, found.start() - 16), found.start()):
            return found.group(1)
    return None


# The kinds of place a name can be said to be, in small letters after it: "Samarkand region", "Tashkent city".
PLACE_KIND_WORDS = r"(?:region|province|city|state|emirate|oblast|governorate|prefecture|county|district)"
# What a flow is broken down by when its parts are partners: those it goes to, and those it comes from.
PARTNERS_TO = r"destination|market|partner|buyer|client"
PARTNERS_FROM = r"origin|source"
# "IT services exports by region, January–September 2025:", "Table 1. Overseas direct sales by major
# destination, Q3 2025 (₩ billion, y-o-y %)": a caption over lines or rows each labelled by a place, one
# where the measure is (a region) or one it goes to or comes from (a partner).
# ("Table 1. Overseas direct sales, selected destinations" over "(unit: KRW 100 million, %)": the same)
BY_PLACE_CAPTION = re.compile(
    # ("2. Parcels by destination region, Q2 2024": a caption numbered as a section of its release)
    rf"^\s*(?:{TABLE_LABEL}|\d{{1,2}}\.\s+)?(?P<measure>[A-Z][^:|\n]{{2,80}}?)(?:\s+by|,\s+selected)\s+(?:major\s+|main\s+|top\s+)?"
    # ("by country of origin", "by merchant location": where the things bought come from)
    # ("Collections by provincial tax office": by the place each office serves)
    # ("by destination region": the home's regions the parcels go to, where they are counted)
    rf"(?:(?P<region>(?:destination\s+)?{PLACE_KIND_WORDS}|territory|location|"
    r"(?:provincial|regional|municipal|state)\s+(?:[\w-]+\s+){0,2}?(?:office|bureau|branch|department|authority)"
    # ("Low-value consignments by customs office", "by command", "by port of entry": the places goods come in)
    r"|(?:customs\s+)?(?:office|command|port|airport|border\s+post|entry\s+point|point\s+of\s+entry|port\s+of\s+entry)"
    # ("Courier rate index by origin hub (sub-indices)": the cities parcels leave from, where rates are set)
    r"|(?:origin\s+)?hub)"
    rf"|(?P<to>{PARTNERS_TO}|country(?!\s+of\s+origin))"
    rf"|(?P<from>{PARTNERS_FROM}|country\s+of\s+origin|(?:merchant|seller|supplier)\s+location))"
    # (a caption may end with its period alone: "Inbound e-commerce consignments by command, Q2 2025")
    r"s?\b[^:|\n]{0,60}(?::|\([^()]*\)|\n\s*\([^()\n]*\)|,\s*%|,\s*(?:Q[1-4]\s+|H[12]\s+)?(?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)
PLACE_KIND_AFTER = re.compile(rf"\s+{PLACE_KIND_WORDS}$")
ByPlace = tuple[str, str]  # (the measure, "in" for places where it is measured, "to" or "from" for partners)


def by_place_caption(line: str) -> ByPlace | None:
    """The measure a caption over a list of places names ("IT services exports" in "IT services exports by
    region, January–September 2025:"), and how its places stand to it, if the line is one."""
    found = BY_PLACE_CAPTION.match(line) if "by" in line or ", selected" in line else None
    if found is None:
        return None
    to, measure = found.group("to"), found.group("measure").rstrip(" ,")  # ("Share of ..., by region, %")
    if to and to.lower() in ("market", "country") and not FLOW_MEASURE.search(measure):
        return measure, "in"  # "Digital economy GMV by market": each market's own, no partner
    if (to and to.lower() == "destination" and INBOUND.search(measure)) or (
        found.group("from") and OUTBOUND.search(measure)
    ):
        return measure, "in"  # "Inbound e-commerce items by destination": counted where they arrive
    return measure, "in" if found.group("region") else "to" if to else "from"


# What goes from one place to another: a measure broken down "by market" names its partners only if it is one.
# Flows counted at one end: items coming in are counted where they arrive, items going out where they leave.
INBOUND = re.compile(r"\binbound\b", re.I)
OUTBOUND = re.compile(r"\boutbound\b", re.I)
FLOW_MEASURE = re.compile(
    r"\b(?:exports?|imports?|shipments|purchases|remittances|inflows|outflows|trade|sales\s+abroad)\b", re.I
)


# "Other provinces", "Rest of the world", "Total": a row that is no one place (though it may be a partner)
REST_LABEL = re.compile(r"(?:Other|Rest|Total|All|Sum)\b", re.IGNORECASE)


FACILITY_AFTER = re.compile(r"(?:\s+International)?\s+(?:Airport|Seaport|Port|Terminal|Customs\s+Office)$")
# "Pingxiang (Youyiguan)", "Mexico City International Airport (AICM)": a note or short name after a place
NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def listed_place(row: re.Match[str] | None) -> str | None:
    """The place a line or row under a caption over places is labelled by ("Samarkand region" ->
    "Samarkand")."""
    label = label_text(row).strip(" |:—–-*†‡¹²³") if row else ""  # ("Da Nang*": a place and its footnote)
    label = NOTE_AFTER.sub("", label)
    # ("Port Harcourt International Airport, Rivers", "Prague Ruzyně Airport": the city a facility is named
    # after; "Qinzhou Port" alone: the name before the facility's kind; "Osmani, Sylhet", "Murtala Muhammed
    # International Airport, Lagos": else the place after its name)
    facility = label.split(",", 1)[0]
    if FACILITY_AFTER.search(facility):
        if city := CITY_NAMES.search(facility):
            return city.group(1)
        if facility == label:
            named = find_places(facility)
            return named[0].name if named else FACILITY_AFTER.sub("", facility)
    label = label.rsplit(",", 1)[-1].strip()
    if not label or not label[:1].isupper() or len(label.split()) > 4 or re.search(r"\d", label):
        return None
    named = find_places(label)
    return named[0].name if named else PLACE_KIND_AFTER.sub("", label)


# "By destination, the euro area absorbed 47% of exports, the United Kingdom 14%": a sentence that breaks a
# flow down by the partners it goes to or comes from.
BY_PARTNER = re.compile(rf"\s*By\s+(?:{PARTNERS_TO}|{PARTNERS_FROM})s?\b", re.IGNORECASE)


# "Riyadh region led with 17,204 registrations, followed by Makkah region with 10,115 and the Eastern Province
# with 5,932": places ranked by the number each has, the first said to lead.
# A name, perhaps said to be a place, and "with" the number it is ranked by.
_RANKED_NAME = rf"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})(?P<kind>\s+{PLACE_KIND_WORDS})?\s+"
_WITH_NUMBER = r"with\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$"
RANKED_PLACE = re.compile(
    r"(?:^|followed\s+by|,|\band|\bthen)\s+(?:the\s+)?" + _RANKED_NAME + r"(?:led\s+)?" + _WITH_NUMBER
)
LEADING_PLACE = re.compile(r"(?<![\w'’-])" + _RANKED_NAME + r"led\s+" + _WITH_NUMBER)
# "the Eastern Province": a name that ends in a kind of place, capitalised.
PLACE_NAME_END = re.compile(rf"\s(?=[A-Z])(?i:{PLACE_KIND_WORDS})$")


# "Amman governorate accounted for 68 per cent", "The Riyadh Region generated 41 percent", "Kampala accounted
# for 38%": a city or a named region taking its part of a whole, at the start of its clause
SHARE_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\n|,\s+while\s+)(?:The\s+|the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)"
    rf"(?:\s+(?P<kind>(?i:{PLACE_KIND_WORDS})))?\s+(?:alone\s+)?(?:accounted\s+for|made\s+up|generated|represented)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|over\s+|more\s+than\s+)?$"
)


def share_subject_place(sentence: str, position: int) -> str | None:
    """The city or named region whose part of a whole the percentage at ``position`` is."""
    found = SHARE_SUBJECT.search(sentence, max(0, position - 80), position)
    if found is None:
        return None
    name = found.group("name")
    return name if found.group("kind") or name in WORLD_CITIES else None


def ranked_place(sentence: str, position: int) -> str | None:
    """The place a number is ranked for ("followed by Makkah region with 10,115"): one the gazetteer knows,
    a city of ``WORLD_CITIES``, or a name said to be a place ("Makkah region", "the Eastern Province")."""
    if " with " not in sentence:
        return None
    window = max(0, position - 70)
    ranked = RANKED_PLACE.search(sentence, window, position) or LEADING_PLACE.search(
        sentence, window, position
    )
    if ranked is None:
        return None
    name = ranked.group("name")
    if named := find_places(name, partners=False):
        return named[0].name
    return name if ranked.group("kind") or name in WORLD_CITIES or PLACE_NAME_END.search(name) else None


# "(NASDAQ: SHOP)", "(BIST: KRVN)": a company named with its ticker on an exchange
EXCHANGES = (
    r"NASDAQ|Nasdaq|NYSE|HKEX|SEHK|SSE|SZSE|LSE|TSE|SGX|KRX|KOSDAQ|NSE|BSE|BIST|ASX|TSX|JSE|B3|BMV|IDX|SET|PSE|"
    r"EGX|Tadawul|NGX|KASE|WSE|NZX|TWSE|Bursa|BVC|BVL|BCS|BYMA|BRVM|PSX|DSE|CSE|ADX|DFM|QSE|XETRA|OMX|"
    # "(Casablanca Stock Exchange: ANT)", "(Nasdaq Helsinki: VAEL)": an exchange named by its city
    r"(?:[A-Z][a-z]+\s+)?Stock\s+Exchange|Nasdaq\s+[A-Z][a-z]+|Euronext\s+[A-Z][a-z]+|Borsa\s+[A-Z][a-z]+"
)
# (an exchange not listed, by the form of its code and the ticker after it: "(BELEX: PZRO)")
_EXCHANGE = rf"(?:{EXCHANGES}|[A-Z]{{3,6}}(?=\s*:\s*[A-Z][A-Z0-9.]{{0,7}}\)))"
# ("(TSE Prime: 4397)": an exchange and its market segment)
# ("(NORDV, Nasdaq Stockholm)": the ticker first; "(KELX MK)", "(9278 JP)", "(CARSI.IS)": a ticker as
# Bloomberg and Reuters write it, with its exchange's code)
_TICKER_FIRST = (
    rf"[A-Z][A-Z0-9.]{{1,7}},\s*(?:{EXCHANGES})(?:\s+[A-Z][a-z]+)?"
    r"|(?:[A-Z][A-Z0-9]{1,5}|\d{3,6})\s(?:MK|SP|IJ|TB|PM|HK|CH|JP|JT|KS|IN|IB|AU|LN|US|UN|UW|GR|GY|FP|IM|SM|NA|SS|DC|FH|NO|"
    r"TI|SJ|AB|QD|UH|DH|BZ|MM|CN|CT|NZ|TT|VN|KK|LX|ZL)(?:\s+Equity)?"
    r"|[A-Z][A-Z0-9]{1,5}\.(?:IS|KL|SI|JK|BK|HK|SS|SZ|T|KS|NS|BO|L|DE|PA|AS|ST|CO|HE|OL|SW|MI|MC|TO|AX|NZ|SA|MX|"
    r"J|CA|QA|SE|AD|DU|TW|VN|PS|KW)"
)
TICKER = re.compile(rf"\({_EXCHANGE}(?:\s+[A-Z][a-z]+)?\s*:\s*[\w.]+\)|\((?:{_TICKER_FIRST})\)")
TICKERED = re.compile(rf"(?P<name>{_NAME})\s*\((?:{_EXCHANGE}(?:\s+[A-Z][a-z]+)?\s*:|(?:{_TICKER_FIRST})\))")
# "Company: Kervan Pazaryeri A.Ş. (BIST: KRVN)": the header of a filing names the company it is on
COMPANY_HEADER = re.compile(
    r"^(?:Company|Issuer|Company\s+name)\s*:\s*(?P<name>[^\n(|]{2,60}?)\s*(?:\(|$)", re.M
)
# The company a company's report opens on, after any dateline: "Infosys on Thursday reported ...".
LEAD_COMPANY = re.compile(
    r"\s*(?:[A-Z][A-Z ,.'-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s*\d{4})?)?\s*(?:--|[—–-])\s*)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)(?=,|\s+(?:on|said|reported|posted|has|had|is|was|"
    r"expects|announced|stayed|grew|raised|cut)\b|['’]s\b)"
)
# "A.Ş.", "Inc.", "Ltd": the legal form after a company's name, which its numbers are not keyed by
_LEGAL_FORMS = (
    r"(?:[\s,]+(?:A\.Ş\.|S\.A\.|Inc\.?|Ltd\.?|Limited|PLC|plc|AG|SE|N\.V\.|Corp\.?|Co\.|Bhd\.?|Berhad|Tbk|"
    r"LLC|GmbH|JSC|PJSC|Pty|Oyj|Oy|AB|ASA|A/S|S\.p\.A\.|B\.V\.|K\.K\.|S\.r\.l\.|"
    # (Egypt's, Mexico's, the Andes', Malaysia's and France's forms)
    r"S\.A\.E\.|S\.A\.B\.(?:\s+de\s+C\.V\.)?|Ltda\.?|Sdn|S\.A\.S\.|SAS|"
    r"s\.r\.o\.|a\.s\.))+"  # (Czechia's and Slovakia's companies)
)
LEGAL_FORM = re.compile(_LEGAL_FORMS + r"\.?$")
CAPITALS_LEGAL_FORM = re.compile(_LEGAL_FORMS + r"\.?$", re.IGNORECASE)


# "Kaname Digital Holdings, Inc. | Integrated Report 2025", "Kestrel Informatik SE — Annual Report 2024/25":
# a company and its legal form heading a report ("Nordvik AB (publ)": a Swedish public company).
HEADER_COMPANY = re.compile(
    rf"^(?P<name>[A-Z][\w&'’.-]*?(?:[ \t]+[A-Z][\w&'’.-]*?){{0,4}}{_LEGAL_FORMS})"
    # ("Cascadia Makers Market, Inc. (Nasdaq: CMKR)": its listing, in brackets)
    r"(?:[ \t]+\(publ\)|[ \t]+\(Nasdaq[^()\n]{0,20}\))?[ \t]*(?:[|—–]|$)",
    re.M,
)
# "PAYLINTAS BERHAD", "CONECTA PAGOS, S.A.B. DE C.V." over a prospectus: the same in capitals.
_CAPITALS = "A-ZÀ-ÖØ-Þ"  # the capital letters, with those of Latin-1's accented ones
_CAPITAL = f"[{_CAPITALS}]"
HEADER_COMPANY_CAPITALS = re.compile(
    # ("GRUPO LOGÍSTICO FRONTERA, S.A.B. DE C.V.": capitals with accents)
    rf"^(?P<name>{_CAPITAL}[{_CAPITALS}\d&'’.-]*(?:[ \t]+{_CAPITAL}[{_CAPITALS}\d&'’.-]*){{0,4}}"
    rf"(?i:{_LEGAL_FORMS}))[ \t]*(?:[|—–]|$)",
    re.M,
)
# "HOSHINO COMMERCE GROUP" over "FY2025 Results Briefing", "NAJD DIGITAL INFRASTRUCTURE COMPANY" over its
# "Investor Update": a group or company named on a line of its own, in any case.
HEADER_GROUP = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,4}[ \t]+(?i:group|holdings|corporation|company))"
    # ("VIETNAM POST CORPORATION (VNPost)": and its short name)
    r"(?:[ \t]+\([A-Za-z]{2,10}\))?[ \t]*(?:\||$)",
    re.M,
)
# "VITRINA.CL – SELLER ECONOMY REPORT 2025": a web business, named by its site, heading its own report.
HEADER_SITE = re.compile(
    r"(?P<name>[A-Z][A-Za-z\d-]+)\.(?i:com|[a-z]{2})(?:\.(?i:[a-z]{2}))?[ \t]+[|—–-][ \t]+"
    r"[^\n]*\b(?i:report|review|results|update)\b"
)
# "Pasarnusa Seller Report 2025", "Bazaarly Global Seller Report 2025": a marketplace's report on the sellers
# it hosts, heading the text: a number whose sentence names no place is the platform's, no place's.
# ("FEIRA DIGITAL" over "Annual Seller Report 2025": the name on the line before; "Kuota 2025: Year in
# Review", "LotusPay 2025: Your Year in Review": a platform's review of what its users did)
HEADER_SELLER_REPORT = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2}?)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*Annual[ \t]+)(?:Global[ \t]+)?"
    r"(?:(?:Seller|Merchant|Vendor|Creator)s?[ \t]+(?:Impact[ \t]+)?Report\b"
    r"|(?:19|20)\d\d:[ \t]+(?:Your[ \t]+|Our[ \t]+)?Year[ \t]+in[ \t]+Review\b)"
)
# "Savdo Market | Newsroom": a publisher's own release, heading the text.
HEADER_NEWSROOM = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,4})[ \t]*\|[ \t]*"
    r"(?i:Newsroom|Press\s+(?:Release|Room|Office)|Media\s+(?:Release|Centre|Center))[ \t]*$",
    re.M,
)
# "Results recap | Polka press office | Moscow": a company's press office signing the release in its header.
HEADER_PRESS_OFFICE = re.compile(
    r"(?:^|\|)[ \t]*(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3})[ \t]+"
    r"(?i:press\s+office|press\s+service|newsroom)[ \t]*(?:\||$)",
    re.M,
)


# "GOVERNMENT OF TELANGANA", "Government of the State of Penang" heading a report: the place that issues it.
ISSUING_GOVERNMENT = re.compile(
    r"^[ \t]*(?:the\s+)?(?:state\s+|provincial\s+|municipal\s+)?government\s+of\s+(?:the\s+)?"
    r"(?:(?:state|province|city)\s+of\s+)?(?P<name>[^\n|,]{3,40}?)[ \t]*$"
    # ("LAGOS STATE GOVERNMENT", "YUNNAN PROVINCIAL PEOPLE'S GOVERNMENT": the place first)
    # ("KAOHSIUNG CITY GOVERNMENT", "Tokyo Metropolitan Government": a city's)
    r"|^[ \t]*(?P<first>[A-Za-z][\w'’ -]{2,30}?)\s+(?:state|provincial|municipal|city|metropolitan)\s+"
    # ("GYEONGGI PROVINCIAL GOVERNMENT | Economic Policy Bureau": the bureau that wrote it, after a bar)
    r"(?:people['’]s\s+)?government[ \t]*(?:\|[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)


PROVINCE_HEADER = re.compile(
    r"[ \t]*(?:the\s+)?(?:state|province|canton)\s+of\s+(?P<name>[^\W\d][^\n|,]{2,30}?)[ \t]*(?:\||\n)",
    re.IGNORECASE,
)


# "BATAM INDONESIA FREE ZONE AUTHORITY (BP BATAM)", "Busan Port Authority", "HAI PHONG CUSTOMS DEPARTMENT": a
# city's own authority heading its report, on the first line.
CITY_AUTHORITY = re.compile(
    r"(?P<name>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,3})\b[^\n]{0,40}?\b"
    r"(?:(?:free[\s-]+(?:trade[\s-]+)?zone|port|municipal|city\s+council)[^\n]{0,20}\b(?:authority|corporation|council|bureau|government)"
    r"|customs\s+(?:department|branch|office|bureau))\b",
    re.IGNORECASE,
)


# "BUSAN METROPOLITAN CITY", "City of Cape Town", "TASHKENT CITY KHOKIMIYAT" (its administration): a city
# named as itself, alone on the first line
CITY_HEADER = re.compile(
    r"[ \t]*(?:(?P<name>[A-Za-z][\w'’ -]{2,30}?)\s+(?:metropolitan\s+)?city"
    r"(?:\s+(?:khokimiyat|hokimiyat|akimat))?"
    r"|city\s+of\s+(?P<of>[A-Za-z][\w'’ -]{2,30}?))[ \t]*(?:\||\n)",
    re.IGNORECASE,
)


def header_city(text: str) -> str | None:
    """The city a text's first line names as itself, alone ("BUSAN METROPOLITAN CITY")."""
    own = CITY_HEADER.match(text)
    city = (own.group("name") or own.group("of")).title() if own else None
    return city if city in WORLD_CITIES else None


# "INCHEON INTERNATIONAL AIRPORT CORPORATION", "HANG NADIM INTERNATIONAL AIRPORT, BATAM": an airport or a
# seaport heading its own report on one of its first lines (a line with no figure or date: not a venue's
# "Muscat International Airport Cargo Village, 18 September 2024"), whose traffic is its city's
HUB_LINE = re.compile(r"^[^\n\d]{0,80}\b(?:airport|port\s+of)\b[^\n\d]{0,80}$", re.IGNORECASE | re.MULTILINE)
# "Incheon International Airport", "Budapest Airport", "Airport, Batam", "Port of Mombasa": the city it is of
HUB_OF_CITY = re.compile(
    rf"(?:{CITY_NAMES.pattern})(?=\s+(?:International\s+)?Airport\b)|(?<=\bAirport,\s)(?:{CITY_NAMES.pattern})"
    rf"|(?<=\bPort\sof\s)(?:{CITY_NAMES.pattern})"
)
# "MOMBASA, 12 August 2025 - The Port of Mombasa handled": a report that opens on its port's traffic
PORT_LEAD = re.compile(
    rf"(?:[^\n]{{0,40}}[-—–]\s+)?The\s+Port\s+of\s+(?:{CITY_NAMES.pattern})\s+(?:handled|moved)\b"
)


def hub_city(text: str) -> str | None:
    """The city outside China of the airport or port a text's first lines name as its own."""
    for heading in HUB_LINE.finditer(text, 0, HEADER_REACH):
        written = heading.group(0).title() if heading.group(0).isupper() else heading.group(0)
        if city := HUB_OF_CITY.search(written):
            return next(str(name) for name in city.groups() if name)
    for line in text[:HEADER_REACH].splitlines():
        if lead := PORT_LEAD.match(line):
            return next(str(name) for name in lead.groups() if name)
    return None


# "BATAM CROSS-BORDER E-COMMERCE PILOT ZONE", "Hainan Free Trade Port": a zone named after its place, on the
# first line of its own report
PLACE_ZONE = re.compile(
    r"[^\n]{0,60}\b(?:pilot|free(?:[\s-]+trade)?|(?:special\s+)?economic)[\s-]+(?:zone|port)\b", re.IGNORECASE
)


# "Invest Northern Ireland", "GREATER MANCHESTER CHAMBER OF COMMERCE": a body named after its place, alone on
# its report's first line
PLACE_BODY = re.compile(
    r"[ \t]*(?:invest\s+(?P<invested>[^\n]{3,40}?)|"
    r"(?P<named>[^\n]{3,40}?)\s+(?:chamber\s+of\s+commerce|trade\s+and\s+investment\s+agency))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# "DA NANG INVESTOR BRIEF | IT & DIGITAL SERVICES | APRIL 2025": a brief for investors in a place, named first
# on its first line
PLACE_BRIEF = re.compile(r"[ \t]*(?P<briefed>[A-Za-z][^\n|:]{2,30}?)\s+investor\s+brief\b", re.IGNORECASE)


# "Speech by the Mayor of Guadalajara at the ...", "Address by the Mayor of Zaragoza", "Speech by Wang
# Jianguo, Mayor of Yiwu, at the opening ...": a mayor's speech, whose "our city" is the mayor's
MAYOR_SPEECH = re.compile(
    r"\b(?:speech|address)\s+by\s+(?:[^\n,]{2,40},\s+)?(?:the\s+)?mayor\s+of\s+"
    r"(?P<city>(?-i:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))",
    re.IGNORECASE,
)


# "Colón Free Zone Administration, Department of Statistics", "JEBEL ALI DIGITAL COMMERCE ZONE AUTHORITY",
# "Issued by the Blue Bay Digital Industrial Park Administration | Lingshui": a zone or park that reports its
# own numbers, on one of its report's first lines
ISSUING_ZONE = re.compile(
    rf"^[ \t]*(?:issued\s+by\s+)?(?:the\s+)?(?P<zone>[{CAPITAL}][^\n|,]{{1,40}}?\s"
    r"(?:free|economic|industrial|commerce|trade|development|pilot|bonded|logistics|technology|processing)"
    r"\s+(?:zone|park))(?:\s+(?:administration|authority|management\s+committee)(?:\s+office)?)?"
    r"[ \t]*(?:[,|][^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)


def issuing_zone(text: str) -> str | None:
    """The zone or park a report is its own, named on its first lines, where its name names no place the
    gazetteer knows (a zone named after one, "Batam Free Zone", is that place's: ``issuing_place``)."""
    found = ISSUING_ZONE.search(text, 0, HEADER_REACH)
    if found is None:
        return None
    zone = found.group("zone")
    written = zone.title() if zone.isupper() else zone
    return None if find_places(written) else written


# "Unless noted, results refer to Paraná and to the 2024 calendar year": the place a report says its numbers
# are of
DECLARED_PLACE = re.compile(DATA_REFER + r"(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _leading_city(words: str) -> str | None:
    """The city outside China that the first one to four of ``words`` name ("Hai Phong" of "HAI PHONG
    CUSTOMS"; "Batam" of "BATAM INDONESIA")."""
    parts = words.split()
    return next(
        (city for n in (4, 3, 2, 1) if (city := " ".join(parts[:n]).title()) in WORLD_CITIES),
        None,
    )


def issuing_place(text: str) -> str | None:
    """The state, province or city a report speaks for: the one whose government, authority, agency, mayor or
    investor brief its first lines name, or that its opening says its numbers are of."""
    subdivisions = PLACE_KINDS["province"] | PLACE_KINDS["city"]
    declared = DECLARED_PLACE.search(text, 0, HEADER_REACH * 4)
    named = find_places(declared.group("name"), partners=False) if declared else []
    if named and named[0].name in subdivisions:
        return named[0].name
    if zone := PLACE_ZONE.match(text):
        named_zone = zone.group(0).title()
        places = find_places(named_zone, partners=False)
        if places and places[0].start == 0 and places[0].name in subdivisions:
            return places[0].name
        # ("China (Qingdao) Cross-border E-commerce Comprehensive Pilot Zone", "Administrative Committee of
        # the China (Tianjin) Pilot Free Trade Zone": the country, then in brackets the place the zone is in)
        for country, place in pairwise(places):
            if named_zone[country.end : place.start].strip() == "(" and place.name in subdivisions:
                return place.name
        if (city := named_zone.split(" ", 1)[0]) in WORLD_CITIES:
            return city
    if (authority := CITY_AUTHORITY.match(text)) and (own := _leading_city(authority.group("name"))):
        return own
    if hub := hub_city(text):
        return hub  # "INCHEON INTERNATIONAL AIRPORT CORPORATION", "The Port of Mombasa handled": its city
    if own_city := header_city(text):
        return own_city  # "BUSAN METROPOLITAN CITY" over "2026 Major Work Report": the city's own report
    if mayor := MAYOR_SPEECH.search(text, 0, HEADER_REACH):
        return mayor.group("city")  # (a city the gazetteer may not know: "the Mayor of Zaragoza")
    if own_zone := issuing_zone(text):
        return own_zone
    found = (
        ISSUING_GOVERNMENT.search(text, 0, HEADER_REACH) or PLACE_BODY.match(text) or PLACE_BRIEF.match(text)
    )
    if found is None:
        # ("PROVINCE OF CÓRDOBA | 2026 BUDGET": a first line that names a province as itself says what the
        # name is, where the name alone could be a city or another country's province)
        # (not "STATE OF QATAR": a country)
        if (declared_province := PROVINCE_HEADER.match(text)) is None:
            return None
        province = declared_province.group("name").title()
        known = find_places(province, partners=False)
        return province if not known else known[0].name if known[0].name in subdivisions else None
    name = next(part for part in found.groups() if part)
    written = name.title() if name.isupper() else name
    if written in WORLD_CITIES:
        return written  # "KAOHSIUNG CITY GOVERNMENT", "DA NANG INVESTOR BRIEF": a city's own report
    places = find_places(written, partners=False)
    return places[0].name if places and places[0].name in subdivisions else None


# "EAST AFRICAN COMMUNITY SECRETARIAT | DIRECTORATE OF CUSTOMS": a bloc's own body heading its report.
BLOC_BODY = re.compile(r"[ \t]*(?P<name>[^\n|]{2,60}?)\s+secretariat\b", re.IGNORECASE)


def issuing_bloc(text: str) -> str | None:
    """The bloc whose secretariat a report's first line names as its issuer: its numbers
    that name no place are the bloc's, not those of the member it names most."""
    found = BLOC_BODY.match(text)
    if found is None:
        return None
    name = found.group("name")
    places = find_places(name.title() if name.isupper() else name, partners=False)
    return places[0].name if places and places[0].name in REGIONS else None


def company_first_line(text: str) -> bool:
    """Whether a text's first line is a company's name with its legal form, and nothing else, or its site's
    over its report."""
    return bool(HEADER_COMPANY.match(text) or HEADER_COMPANY_CAPITALS.match(text) or HEADER_SITE.match(text))


# "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility
# for the contents of this announcement, ...": the paragraph a listed company's filing opens with
EXCHANGE_DISCLAIMER = re.compile(r"[^\n]{0,200}\btakes?\s+no\s+responsibility\b[^\n]*\n+")


def header_company(text: str) -> str | None:
    """The company a report's first lines name with its legal form (without it), or as a group (after the
    exchange's disclaimer a filing opens with, if any)."""
    start = disclaimer.end() if (disclaimer := EXCHANGE_DISCLAIMER.match(text)) else 0
    if found := HEADER_COMPANY.search(text, start, start + HEADER_REACH):
        return LEGAL_FORM.sub("", found.group("name")).rstrip(",")
    if found := HEADER_COMPANY_CAPITALS.search(text, start, start + HEADER_REACH):
        return CAPITALS_LEGAL_FORM.sub("", found.group("name")).rstrip(",").title()
    if found := HEADER_GROUP.search(text, 0, HEADER_REACH):
        name = found.group("name")
        return name.title() if name.isupper() else name
    if found := HEADER_SITE.match(text):
        name = found.group("name")
        return name.title() if name.isupper() else name
    found = HEADER_NEWSROOM.match(text) or HEADER_PRESS_OFFICE.search(text, 0, HEADER_REACH)
    if found and not NOT_A_COMPANY.search(found.group("name")):
        return found.group("name")
    return None


def platform_report(text: str) -> bool:
    """Whether a text is a marketplace's report on the sellers it hosts, headed by its own name."""
    found = HEADER_SELLER_REPORT.match(text)
    return found is not None and not find_places(found.group("name"))


# "Tasman Pacific Cargo, the freight division of Tasman Pacific Airways, today released its preliminary
# operating statistics", "Meridian Pay today published its quarterly Cross-Border Spending Index", "Adinkra
# Pay, the card and mobile-wallet network ..., publishes this index twice a year": a body releasing its own
# numbers.
OWN_RELEASE = re.compile(
    r"(?:^|(?<=\n)|(?<=[—–-]\s))(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4})"
    # ("Omniva (AS Eesti Post), the Estonian state-owned postal and logistics group, today published its")
    r"(?:\s*\([^()\n]{2,40}\))?(?:,(?P<apposition>[^.\n]{3,160}?),)?"
    # ("Australia Post today reported a profit before tax of $31.4 million")
    r"\s+(?:today\s+(?:released|published|reported|issued)\s+(?:its|an?|record)|publishes\s+this)\b"
)
# "..., the Estonian state-owned postal and logistics group,": an apposition that calls the name a company
COMPANY_APPOSITION = re.compile(
    r"\b(?:group|company|operator|carrier|airline|retailer|marketplace|conglomerate)\s*$", re.IGNORECASE
)
OWN_NETWORK = re.compile(
    r"\bon\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+network\b"
)
# ("Southern Cross Insights, the independent consumer and retail research firm, today released its annual
# Oceania Online Shopping Monitor": a study of others' numbers)
RESEARCH_FIRM = re.compile(
    r"\b(?:research|insights?|consult\w*|analytics|analysts?|advis\w+|think[\s-]tank)\b", re.I
)


# "GEORGIAN POST" alone on a report's first line, over "Georgian Post handled 1.84 million parcels"
CAPITALS_HEADER = re.compile(r"(?P<name>[A-Z][A-Z&.'’-]+(?:[ \t]+[A-Z][A-Z&.'’-]+){0,3})[ \t]*\n")
LEGAL_NAME_HEADER = re.compile(
    r"^(?P<name>[A-Z][A-Z&.'’ -]{2,60}?)\s+"
    r"(?:CORPORATION|CORP\.?|COMPANY|GROUP|HOLDINGS|PLC|LIMITED|LTD\.?|INC\.?|BERHAD|BHD\.?|JSC)[ \t]*$",
    re.MULTILINE,
)


def _header_name(text: str) -> re.Match[str] | None:
    """A name a report's header gives in capitals: with a legal form, or alone on the first line (not a
    ministry's or an office's)."""
    if legal := LEGAL_NAME_HEADER.search(text, 0, HEADER_REACH):
        return legal
    capitals = CAPITALS_HEADER.match(text)
    return capitals if capitals and not NOT_A_COMPANY.search(capitals.group("name").title()) else None


# A company speaking of itself: "our shareholders", "our overseas business", "we".
OWN_VOICE = re.compile(r"\b(?:[Oo]ur|[Ww]e)\s")
# "INTERVIEW | Sofia Business Review" over "Pazaro's chief executive on selling across the Balkans": an
# interview with a company's head, whose "we" and "our" are the company's.
INTERVIEW_HEADER = re.compile(r"\binterview\b|\bQ\s?&\s?A\b", re.IGNORECASE)
# The titles of a company's head: "founder", "chief executive", "managing director", ...
HEAD_TITLE = (
    r"(?:founder|co-founder|chief\s+executive|CEO|managing\s+director|chief\s+operating\s+officer|"
    r"general\s+manager|chair(?:man|woman)|president)"
)
# "We spoke to founder and chief executive Chen Yuting" over "Q: ..." and "A: ..." lines: an interview too
SPOKE_TO_HEAD = re.compile(
    rf"\b(?:spoke|talked)\s+to\s+(?:its\s+|the\s+company's\s+)?{HEAD_TITLE}\b", re.IGNORECASE
)
ANSWER_LINE = re.compile(r"^A:\s", re.MULTILINE)
# "Lumarine, a Xiamen-based company that sells outdoor furniture ...": the company a text opens on
LEAD_COMPANY_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2}),\s+an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:company|firm|seller|retailer|exporter|maker|manufacturer|platform|start-?up)\b"
)
COMPANY_HEAD = re.compile(
    rf"(?P<name>(?-i:[A-Z][\w-]+)(?:[ \t]+(?-i:[A-Z][\w-]+)){{0,2}})['’]s\s+{HEAD_TITLE}\b",
    re.IGNORECASE,
)


def interviewed_company(text: str) -> str | None:
    """The company whose head a text interviews, when the answers speak for it ("our gross merchandise
    value was ..."): its numbers are the company's, no place's."""
    if INTERVIEW_HEADER.search(text, 0, HEADER_REACH) is None and not (
        SPOKE_TO_HEAD.search(text, 0, HEADER_REACH * 3) and ANSWER_LINE.search(text)
    ):
        return None
    head = COMPANY_HEAD.search(text, 0, HEADER_REACH * 3) or LEAD_COMPANY_APPOSED.match(text)
    if head is None or find_places(head.group("name")) or NOT_A_COMPANY.search(head.group("name")):
        return None
    return head.group("name") if OWN_VOICE.search(text) else None


# "CaribePay Cross-Border Spending Index: Dominican Republic, Q2 2024", "ALP Cross-Border Spending Index —
# Thailand, Q4 2024": an index's title line naming the one country (or region) it measures
INDEX_TITLE = re.compile(
    r"^[^\n]*\bIndex\s*(?:[:—–]\s*|\s+for\s+(?:the\s+)?)(?P<place>[A-Z][^\n,]{2,40})"
    # ("SILKPAY CROSS-BORDER E-COMMERCE SPENDING INDEX" over "Central Asia | Q3 2025": the place on the line
    # under a title in capitals)
    r"|^[^\n]*\bINDEX[ \t]*\n[ \t]*(?P<under>[A-Z][^\n|,]{2,40}?)[ \t]*(?:\||\n)",
    re.MULTILINE,
)


def indexed_place(text: str) -> str | None:
    """The country or region a network's or a firm's index release measures, as its title names it: its
    numbers are that place's, not the company's own."""
    if "INDEX" not in text[: HEADER_REACH * 2].upper() or not (
        title := INDEX_TITLE.search(text, 0, HEADER_REACH * 2)
    ):
        return None
    places = find_places(title.group("place") or title.group("under"), partners=False)
    found = places[0].name if places and places[0].start == 0 else None
    return found if found in COUNTRIES or found in REGIONS else None


def own_release_company(text: str) -> str | None:
    """The company whose release a text is: the lead has it release its own numbers, and the lines above
    name it (its header: "Sidra Airways Cargo – Monthly Traffic Release"); not a ministry, a statistics
    office, a bank or a research firm."""
    position = 0
    # (each start in turn: "AUCKLAND, 14 August 2025 – Kauri Air Cargo, the freight division ..., today
    # released its" matches first from the dateline's city)
    while found := OWN_RELEASE.search(text, position, HEADER_REACH * 6):
        name = found.group("name")
        if (
            (
                name.upper() in text[: found.start()].upper()
                # (not a dateline's city before the date: "Malé, 28 April 2025 - Maldives Post Limited, ...")
                or (
                    COMPANY_APPOSITION.search(apposition := found.group("apposition") or "") is not None
                    and not any(character.isdigit() for character in apposition)
                )
            )
            and not NOT_A_COMPANY.search(name)
            and not RESEARCH_FIRM.search(found.group(0))
        ):
            return name
        position = found.start() + 1
    # ("VIETNAM POST CORPORATION" or "GEORGIAN POST" over "Vietnam Post handled 41.6 million international
    # parcels": a company's name, with its legal form or alone on the first line, heading its report, whose
    # lead has it do what it reports)
    if (header := _header_name(text)) and (
        lead := re.search(
            rf"\n(?P<name>{re.escape(header.group('name'))})\s+(?-i:[a-z])",
            text[header.end() : HEADER_REACH * 6],
            re.IGNORECASE,
        )
    ):
        return lead.group("name")
    # ("Benelink Cross-Border Spending Index – Q4 2025" over "The Benelink Cross-Border Spending Index, which
    # tracks ... payments processed on Benelink's network": a payment network's index of its own traffic)
    found = OWN_NETWORK.search(text, 0, HEADER_REACH * 6)
    if found and found.group("name").upper() in text[: found.start()].upper():
        return None if NOT_A_COMPANY.search(found.group("name")) else found.group("name")
    return None


# A report's first line in capitals: "KRAMA MARKET", "YUZU MARKET SELLER ECONOMY REPORT 2025"
CAPITALS_FIRST_LINE = re.compile(r"[A-Z][A-Z\d&.'’ -]{2,80}(?=\n)")


# A header that names a release, or a hub whose traffic is its place's: "PRESS BRIEFING", "... AIRPORT"
NOT_OWN_REPORT = re.compile(r"\b(?:Press|Briefing|Release|Airport|Port|Seaport)\b")


def self_named_header(text: str) -> str | None:
    """The body a report's capitalised header names when the text speaks of it as itself ("ETHIOPIAN POSTAL
    SERVICE ENTERPRISE" over "the enterprise's e-commerce export window"): a company's own report. Not a
    ministry's, an authority's or a bank's (``NOT_A_COMPANY``): a government's numbers are its country's."""
    header = _header_name(text)
    if header is None:
        return None
    name = header.group("name").title()
    last = name.split()[-1]
    if (
        len(name.split()) < 2
        or NOT_A_COMPANY.search(name)
        or NOT_OWN_REPORT.search(name)
        # ("PORTUGAL DIGITAL", "HENAN AIRPORT": a programme or a hub named by its place reports the place's)
        or any(name[p.start : p.end] == p.name for p in find_places(name))
        # ("BUSAN METROPOLITAN CITY" over "the city's analysis": a city speaking of itself)
        or header_city(text) is not None
    ):
        return None
    return (
        name if re.search(rf"\bthe\s+{re.escape(last.lower())}(?:'s|’s)?\b", text[header.end() :]) else None
    )


def header_name_in_body(text: str) -> str | None:
    """The company a report's capitalised first line names: the longest run of its first words that the text
    writes again in title case ("Yuzu Market" from "YUZU MARKET SELLER ECONOMY REPORT 2025"), else the words
    before the kind of report."""
    line = CAPITALS_FIRST_LINE.match(text)
    if line is None:
        return None
    words = line.group(0).split()
    for count in range(min(len(words), 4), 0, -1):
        name = " ".join(word.title() for word in words[:count])
        if not NOT_A_COMPANY.search(name) and re.search(rf"\b{re.escape(name)}\b", text[line.end() :]):
            return name
    # ("KOMPRA SELLER ECONOMY REPORT 2025" over a letter from its country manager: the words before the kind
    # of report, though the text, speaking as "we", never writes them again)
    kind = next((i for i, word in enumerate(words) if word.lower() in REPORT_KIND_WORDS), 0)
    name = " ".join(word.title() for word in words[:kind])
    return name if 0 < kind <= 3 and not NOT_A_COMPANY.search(name) else None


# Words that say what kind of report a header is, after the name of whoever publishes it.
REPORT_KIND_WORDS = frozenset(
    "seller sellers economy annual report review results impact sustainability market marketplace edition "
    "update letter index integrated".split()
)


def company_of_text(text: str) -> str | None:
    """The company a company's own report is on: the one its header names ("Company: ..."), the one
    named with its ticker near the top, else the one its lead opens on. Its numbers are keyed by it."""
    if named := header_company(text) or own_release_company(text):
        return named
    top = text[:TICKER_REACH]
    found = COMPANY_HEADER.search(top) or TICKERED.search(top) or LEAD_COMPANY.match(text)
    if found is None or RELEASE_LABEL.match(found.group("name")):
        # ("FOR IMMEDIATE RELEASE" over "ACCRA, 12 May 2026 — Kpakpo Pay, a payments company that ...,
        # today announced": a label over a release, and the company its lead presents)
        found = next(
            (
                m
                for paragraph in top.split("\n\n")
                if (m := COMPANY_REPORTS.match(paragraph)) and _a_company(m)
            ),
            None,
        )
        if found is None:
            return None
    return LEGAL_FORM.sub("", found.group("name").strip()) or None


RELEASE_LABEL = re.compile(r"(?:PRESS|NEWS|MEDIA|FOR\s+IMMEDIATE)\b", re.IGNORECASE)
# How far from the top a filing's header or a company's ticker names the company a report is on.
TICKER_REACH = 2000
NOT_A_COMPANY = re.compile(
    r"\b(?:Ministry|Department|Bureau|Office|Statistics|Statistical|Authority|Commission|Council|Customs|Agency|"
    r"Administration|Institute|Association|Survey|Report|Organi[sz]ation|Fund|Government|Secretariat|Chamber|"
    r"Federation|Forum|Union|Bank|Analysts?|Economists?|Officials?|Stats)\b"
)
# "The company", "The Singapore-based company", "The group": a sentence that goes on about the company.
COMPANY_NOUN = re.compile(
    r"The\s+(?:[\w-]+\s+)?(?:company|group|firm|platform|marketplace|retailer|operator|lender)\b"
)
# "It said ...", "Its revenue ...": about the company, in the paragraph that named it.
PRONOUN_START = re.compile(r"(?:It|Its)\b")


# "SendBridge (cross-border payouts for freelancers)" over its lines, "ShipKaki (Johor Bahru) consolidates
# parcels for ...": a paragraph that opens on a company, with what or where it is in brackets.
PROFILE_OPENING = re.compile(
    r"(?P<name>[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})[ ]\((?P<aside>[^()\n\d]{3,60})\)(?:[ \t]*\n|[ ]+[a-z]+s\b)"
)


# "SUCCESS STORY 2: Kaay Code, Dakar", "Case study: Pixel Forge Studio, Novi Sad": a section on one company
STORY_HEADING = re.compile(
    r"(?:success\s+story|case\s+study|exporter\s+profile|company\s+profile)(?:\s+\d{1,2})?\s*[:–—-]\s*"
    r"(?P<name>[^,\n]{2,60}?)\s*(?:,[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
# "CALL OPEN: EXPORT PROMOTION GRANTS FOR 2025", "OUTLOOK": a heading in capitals, ending the section before
CAPITALS_HEADING = re.compile(r"[^\na-z]*[A-Z]{3}[^\na-z]*$", re.MULTILINE)


def story_company(text: str, start: int, story: str | None) -> str | None:
    """The company whose story a paragraph starting at ``start`` tells: one its heading names, or the one
    before it, until a heading in capitals starts another section."""
    if start and text[max(0, start - 2) : start] != "\n\n":
        return story
    if heading := STORY_HEADING.match(text, start):
        name = heading.group("name").strip()
        return None if NOT_A_COMPANY.search(name) else name.title() if name.isupper() else name
    return None if CAPITALS_HEADING.match(text, start) else story


def profiled_company(text: str, start: int) -> str | None:
    """The company a paragraph starting at ``start`` profiles: its numbers are the company's, no place's."""
    if start and text[max(0, start - 2) : start] != "\n\n":
        return None
    found = PROFILE_OPENING.match(text, start)
    if found is None:
        return None
    name = found.group("name")
    if NOT_A_COMPANY.search(name) or find_places(name) or name in COUNTRY_TITLES:
        return None
    return name


def company_reporting(sentence: str, state: State, paragraph: int, rest: str) -> bool:
    """Whether the sentence gives the numbers of a company reporting its own, which belong to no place; it
    remembers the company for the sentences that go on about it. ``rest`` is the rest of the sentence's
    paragraph: a paragraph that goes on about the company ("Orders climbed 18% ... The Singapore-based
    company narrowed its loss") is the company's from its first sentence."""
    opening = COMPANY_REPORTS.match(sentence)
    if opening and _a_company(opening):
        state.company = (paragraph, opening.group("name"))
        return True
    results = COMPANY_RESULTS.match(sentence)
    if results and COMPANY_WORD.search(name := results.group("name")) and not NOT_A_COMPANY.search(name):
        state.company = (paragraph, name)
        return True
    if state.company is None:
        return False
    name = state.company[1]
    initials = "".join(word[0] for word in name.split() if word[0].isupper())

    def about_it(text: str) -> bool:
        return bool(
            COMPANY_NOUN.match(text)
            or text.startswith(name.split()[0])
            or (len(initials) >= 2 and text.startswith(initials + " "))
        )

    same_paragraph = state.company[0] == paragraph
    unplaced = not find_places(sentence, partners=False)
    if (
        about_it(sentence)
        or (same_paragraph and (unplaced or PRONOUN_START.match(sentence)))
        or (unplaced and any(about_it(later) for later in SENTENCE_STARTS.findall(rest)))
    ):
        state.company = (paragraph, name)
        return True
    return False  # the text turns to something else (until it names the company again)


# Where the sentences of a paragraph start: after a full stop and a space.
SENTENCE_STARTS = re.compile(r"(?:^|(?<=[.!?]))\s+(\S[^.!?]{0,60})")


def _a_company(opening: re.Match[str]) -> bool:
    """A reporting subject that is a company: named as one, described as one, or reporting results."""
    name = opening.group("name")
    if NOT_A_COMPANY.search(name) or find_places(name) or name in COUNTRY_TITLES:
        return False
    if opening.group("kind"):
        return True  # "Wise, the London-listed payments group, illustrated the trend"
    reports = opening.group("verb") in ("said", "says", "reported", "posted", "announced", "expects")
    return reports and bool(
        COMPANY_WORD.search(name)
        or (opening.group("apposition") and opening.group("after"))
        or (opening.group("verb") == "reported" and opening.group("after"))
        or opening.group("based")
    )


def owned(sentence: str, position: int) -> bool:
    if "said" in sentence and FIRM_SAID_ITS.search(sentence, 0, position):
        return True
    if "'s" not in sentence and "’s" not in sentence:
        return False  # (every match of OWNER ends with a possessive: most sentences hold none)
    owner = nearest_cue(OWNER, sentence[clause_start(sentence, position) : position])
    if owner is None:
        return False
    name = re.sub(r"^[Tt]he\s+|(?:'s|’s)\s$", "", owner.group(0))  # ("The Kingdom's": by its title)
    return name not in COUNTRY_TITLES and not find_places(name)


# A national currency, written after an amount or as a sign before one, and its country.
_WORDS_OF = {"yuan": "China", "renminbi": "China", "yen": "Japan", "won": "South Korea", "rupees": "India",
             "crore": "India", "ringgit": "Malaysia", "rupiah": "Indonesia", "baht": "Thailand",
             "reais": "Brazil", "pesos": "Mexico", "riyals": "Saudi Arabia", "naira": "Nigeria",
             "lira": "Turkey", "zloty": "Poland", "zlotys": "Poland", "taka": "Bangladesh",
             "cedis": "Ghana", "kronor": "Sweden", "krónur": "Iceland", "rand": "South Africa",
             "dirhams": "United Arab Emirates", "dong": "Vietnam", "soums": "Uzbekistan",
             "so'm": "Uzbekistan", "so‘m": "Uzbekistan", "so’m": "Uzbekistan", "hryvnias": "Ukraine",
             "tenge": "Kazakhstan", "lari": "Georgia", "kip": "Laos", "riels": "Cambodia",
             "shekels": "Israel", "patacas": "Macao", "mmdh": "Morocco", "tugriks": "Mongolia",
             "lek": "Albania", "denars": "North Macedonia", "lempiras": "Honduras", "tala": "Samoa",
             "kina": "Papua New Guinea", "drams": "Armenia", "manats": "Azerbaijan",
             "kyat": "Myanmar", "kyats": "Myanmar", "birr": "Ethiopia", "kwacha": "Zambia",
             "pula": "Botswana", "leva": "Bulgaria", "leones": "Sierra Leone", "ariary": "Madagascar",
             "dalasi": "Gambia", "rufiyaa": "Maldives", "ngultrum": "Bhutan", "tunisian dinars": "Tunisia",
             "libyan dinars": "Libya", "jordanian dinars": "Jordan"}  # fmt: skip
# (the signs as written: matching signs in any case at every position is slow)
_SIGNS_OF = {"RMB": "China", "CNY": "China", "¥": "China", "₩": "South Korea", "₹": "India", "Rs": "India",
             "RM": "Malaysia", "Rp": "Indonesia", "R$": "Brazil", "SAR": "Saudi Arabia", "KSh": "Kenya",
             "₦": "Nigeria", "₺": "Turkey", "PLN": "Poland", "₱": "Philippines", "PHP": "Philippines",
             "A$": "Australia", "C$": "Canada", "NZ$": "New Zealand", "NT$": "Taiwan", "E£": "Egypt",
             "EGP": "Egypt", "PKR": "Pakistan", "฿": "Thailand", "THB": "Thailand", "NGN": "Nigeria",
             "ZAR": "South Africa", "AED": "United Arab Emirates", "QAR": "Qatar", "TWD": "Taiwan",
             "KES": "Kenya", "₫": "Vietnam", "VND": "Vietnam", "UZS": "Uzbekistan", "UAH": "Ukraine",
             "₴": "Ukraine", "KZT": "Kazakhstan", "FJ$": "Fiji", "£": "United Kingdom",
             "GBP": "United Kingdom", "HK$": "Hong Kong", "HKD": "Hong Kong", "S$": "Singapore",
             "SGD": "Singapore", "J$": "Jamaica", "JMD": "Jamaica", "GEL": "Georgia", "₡": "Costa Rica",
             "CRC": "Costa Rica", "MAD": "Morocco", "KRW": "South Korea", "JPY": "Japan", "INR": "India",
             "IDR": "Indonesia", "MYR": "Malaysia", "BRL": "Brazil", "MXN": "Mexico", "TRY": "Turkey",
             "CAD": "Canada", "AUD": "Australia", "NZD": "New Zealand", "CHF": "Switzerland",
             "SEK": "Sweden", "NOK": "Norway", "DKK": "Denmark", "CZK": "Czech Republic", "HUF": "Hungary",
             "RON": "Romania", "ILS": "Israel", "NIS": "Israel", "₪": "Israel", "CLP": "Chile",
             "COP": "Colombia", "ARS": "Argentina", "LAK": "Laos", "KHR": "Cambodia",
             "MOP": "Macao", "MOP$": "Macao", "BDS$": "Barbados", "BBD": "Barbados",
             "TT$": "Trinidad and Tobago", "TTD": "Trinidad and Tobago", "BZ$": "Belize", "BZD": "Belize",
             "GY$": "Guyana", "G$": "Guyana", "GYD": "Guyana", "SR$": "Suriname", "SRD": "Suriname",
             "SI$": "Solomon Islands", "SBD": "Solomon Islands", "৳": "Bangladesh", "BDT": "Bangladesh",
             "SAT$": "Samoa", "WST": "Samoa",
             "₮": "Mongolia", "MNT": "Mongolia", "₾": "Georgia", "₼": "Azerbaijan", "AZN": "Azerbaijan",
             "֏": "Armenia", "AMD": "Armenia", "ALL": "Albania", "MKD": "North Macedonia", "IQD": "Iraq",
             "BAM": "Bosnia and Herzegovina", "LBP": "Lebanon", "HNL": "Honduras", "BSD": "Bahamas",
             "GTQ": "Guatemala", "PGK": "Papua New Guinea", "DZD": "Algeria", "KD": "Kuwait", "KWD": "Kuwait",
             "BD": "Bahrain", "BHD": "Bahrain", "N$": "Namibia", "NAD": "Namibia", "B$": "Brunei",
             "BND": "Brunei", "ZMW": "Zambia", "ETB": "Ethiopia", "TZS": "Tanzania", "TSh": "Tanzania",
             "UGX": "Uganda", "USh": "Uganda", "MMK": "Myanmar", "BWP": "Botswana", "RSD": "Serbia",
             "BGN": "Bulgaria", "MUR": "Mauritius", "₭": "Laos", "ZiG": "Zimbabwe", "ZWG": "Zimbabwe",
             "L$": "Liberia", "LRD": "Liberia", "MGA": "Madagascar", "MWK": "Malawi", "GMD": "Gambia",
             "GNF": "Guinea", "LYD": "Libya", "TND": "Tunisia", "MVR": "Maldives", "Nu.": "Bhutan",
             "Nu": "Bhutan", "BTN": "Bhutan", "SLE": "Sierra Leone", "OMR": "Oman", "RO": "Oman",
             "QR": "Qatar", "ISK": "Iceland"}  # fmt: skip
CURRENCY_COUNTRY = {
    written.lower(): country for written, country in {**_WORDS_OF, **_SIGNS_OF, "R": "South Africa"}.items()
}
# The words in any case, the signs as written. The look-aheads: what every match starts with, then, of the
# lowercase letters, only the end of a scale before a space, so the letters "l", "b" and "t" elsewhere in
# words enter no alternation.
_SIGN_FIRSTS = re.escape("".join(sorted({sign[0] for sign in _SIGNS_OF} | {"R"})))
_WORDS = gathered_words(sorted(_WORDS_OF, key=len, reverse=True))
_SIGNS = "|".join(re.escape(sign) for sign in sorted(_SIGNS_OF, key=len, reverse=True))
NATIONAL_CURRENCY = re.compile(
    rf"(?=[\dlbt{_SIGN_FIRSTS}])(?=[\d{_SIGN_FIRSTS}]|lion\s|bl?n\s|tr?l?n\s)"
    rf"(?:(?:\d|lion|bn|tn|bln|trln)\s+(?i:({_WORDS}))(?!\w)|(?<![\w$])({_SIGNS})\s?\d"
    # "R140bn": the rand's bare sign, only before a scale ("R2" is a road or a model)
    r"|(?<![\w$])(R)(?=\d[\d.,]*\s?(?:bn|billion|mn|million|tn|trillion)\b))"
)


def currency_country(text: str, yen_of_japan: bool = False) -> tuple[str | None, str | None, int]:
    """The country of the one national currency a text counts its money in, that currency's code
    ("1.7 trillion yuan": China, CNY), and how many amounts the text writes in national currencies.

    An article that names no country but reports in yuan is about China. (The count comes from the
    same scan of the text: the caller asks whether a second amount is in that currency.) "¥" is the
    yen where the caller knows the text is Japan's rather than China's.
    """
    mentions = [(m.group(1) or m.group(2) or m.group(3)).lower() for m in NATIONAL_CURRENCY.finditer(text)]
    written = set(mentions)
    countries = {"Japan" if w == "¥" and yen_of_japan else CURRENCY_COUNTRY[w] for w in written}
    if len(countries) != 1:
        return None, None, len(mentions)
    codes = {
        "JPY" if w == "¥" and yen_of_japan else CURRENCY_PREFIXES.get(w) or CURRENCY_WORDS.get(w)
        for w in written
    } - {None}
    return countries.pop(), codes.pop() if len(codes) == 1 else None, len(mentions)


# "The region's share ... has climbed": the region last named, not the one the text names most.
REGION_ANAPHOR = re.compile(r"\b(?:the|this)\s+region\b", re.IGNORECASE)
REGION_REACH = 300
ADJECTIVE = re.compile(r"(?:an|ans|ese)$")


# China's provincial-level autonomous regions: in a text about one, "the region" is that region.
AUTONOMOUS_REGIONS = frozenset({"Guangxi", "Inner Mongolia", "Ningxia", "Xinjiang", "Tibet", "Xizang"})


def last_region(text: str, before: int, main: dict[str, str]) -> dict[str, str]:
    """The text's main places, with "the region" standing for the region named last before ``before``
    (or for the autonomous region the text is about: "the region's cross-border e-commerce" in a text on
    Guangxi, whatever ASEAN produce it imports)."""
    if autonomous := next((name for name in main.values() if name in AUTONOMOUS_REGIONS), None):
        return {**main, "region": autonomous}
    window = text[max(0, before - REGION_REACH) : before]
    # "Asian marketplaces" come from a region; only a region named as such is one the text discusses.
    named = [p.name for p in find_places(window, partners=False) if not ADJECTIVE.search(window, 0, p.end)]
    region = next((name for name in reversed(named) if name in REGIONS), None)
    return {**main, "region": region} if region else main


# Blocs whose members' shares of the bloc's trade are parts of it, not its markets.
BLOCS = frozenset({"EU", "ASEAN"})
# "a third of UK services exports", "15 percent of China's exports": a country's own flow as the whole.
COUNTRY_FLOW_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?:total\s+)?$")
FLOW_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:exports|imports|sales|shipments)\b")


def exporter_of_whole(sentence: str, places: list[PlaceMention], q: Quantity, part: str) -> str | None:
    """The country whose exports (or imports, sales) a share is of, named right after it, when the
    share's part is a market (a country or a region), not a province of it; a bloc's members are
    parts of the bloc ("Ireland accounted for a third of EU exports")."""
    if part not in PLACES:
        return None  # "Shenzhen accounted for 30 percent of China's exports": a part of China
    for place in places:
        if place.start > q.end and COUNTRY_FLOW_WHOLE.fullmatch(sentence, q.end, place.start):
            exporter = (
                place.name in COUNTRIES and place.name not in BLOCS and FLOW_AFTER.match(sentence, place.end)
            )
            return place.name if exporter else None
    return None


RESPECTIVELY = re.compile(r",?\s+respectively\b", re.IGNORECASE)


def respective_list(sentence: str, quantities: list[Quantity], q: Quantity) -> tuple[int, int, int] | None:
    """Where ``q`` stands in a list of amounts that "respectively" closes: (first, this, last) indexes."""
    index = next(i for i, o in enumerate(quantities) if o.start == q.start)
    end = index
    while end + 1 < len(quantities) and LIST_JOINT.fullmatch(
        sentence, quantities[end].end, quantities[end + 1].start
    ):
        end += 1
    if not RESPECTIVELY.match(sentence, quantities[end].end):
        return None
    start = index
    while start > 0 and LIST_JOINT.fullmatch(sentence, quantities[start - 1].end, quantities[start].start):
        start -= 1
    return start, index, end


FLOW_TRADE = re.compile(r"^\s+trade\b")  # "exports and imports trade": one flow of it is no "trade"
FLOW_PAIR = re.compile(r"\b(exports?|imports?)\s+and\s+(exports?|imports?)\b", re.IGNORECASE)


def respective_flow(sentence: str, quantities: list[Quantity], q: Quantity, metric: str) -> str | None:
    """ "Exports and imports rose 12.1 percent and 8.3 percent, respectively": each amount of a list of two
    before "respectively" is the flow in the same position of the pair its measure names."""
    pair = FLOW_PAIR.search(metric)
    found = respective_list(sentence, quantities, q) if pair else None
    if pair is None or found is None or found[2] - found[0] != 1:
        return None
    flow = pair.group(1 + found[1] - found[0])
    rest = f"{metric[: pair.start()]}{flow}{FLOW_TRADE.sub('', metric[pair.end() :])}"
    return rest[:1].upper() + rest[1:] if metric[:1].isupper() else rest


def respective_place(
    sentence: str, places: list[PlaceMention], quantities: list[Quantity], q: Quantity
) -> str | None:
    """ "Chile and Colombia grew fastest, at 18 percent and 21 percent respectively": each amount of
    the list before "respectively" is the place in the same position of the list of places before it."""
    found = respective_list(sentence, quantities, q)
    if found is None:
        return None
    start, index, end = found
    named = [p for p in places if p.end <= quantities[start].start]
    listed = named[-1:]
    for earlier in reversed(named[:-1]):
        if not LIST_JOINT.fullmatch(sentence, earlier.end, listed[0].start):
            break
        listed.insert(0, earlier)
    return listed[index - start].name if len(listed) == end - start + 1 > 1 else None


# "the EU took 58% of our computer services exports", "Europe took 44% of offshoring exports": a partner's
# part of the home country's flow (the place names where it went, not whose it is). A part that "accounted
# for" a share is the partner's only of a flow marked as the home country's ("of the country's exports"):
# "Ireland accounted for a third of EU exports" is Ireland's.
PARTNER_TOOK = re.compile(
    r"\b(?:(?P<took>took|takes|taking|absorbed|absorbs|received|bought)|accounted\s+for|accounts?\s+for|"
    r"accounting\s+for)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|over\s+|"
    r"more\s+than\s+|just\s+)?$"
)
HOME_FLOW_AFTER = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?P<owner>the\s+(?:country|state|province|industry)['’]s\s+|its\s+|our\s+|"
    r"their\s+)?(?:total\s+|all\s+)?(?:(?:[a-z][\w-]*|IT|ICT)\s+){0,3}?(?:exports|imports|sales|shipments|remittances|revenues?)\b"
)


def partner_share(sentence: str, q: Quantity, places: list[PlaceMention], *, abroad: bool = False) -> bool:
    """Whether a percentage is a partner's part of the home country's flow ("Europe took 44% of offshoring
    exports", "the United States and the EU together took 58% of our exports", "France alone accounted for
    65% of offshoring exports" in a text on Morocco: ``abroad``, a place outside the home): a place just
    before the verb, a flow of no place named after the number."""
    took = PARTNER_TOOK.search(sentence, max(0, q.start - 40), q.start)
    flow = HOME_FLOW_AFTER.match(sentence, q.end) if took else None
    return (
        took is not None
        and flow is not None
        and bool(took.group("took") or flow.group("owner") or abroad)
        and any(p.end <= took.start() and took.start() - p.end <= PARTNER_GAP for p in places)
        and not any(flow.start() <= p.start < flow.end() for p in places)
    )


PARTNER_GAP = 12  # ("the European Union together took": the place, then at most a word)
