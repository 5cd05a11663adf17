"""Article text to figures and policy targets.

The stages, each a module of its own: numbers (what quantities there are), periods
(when), geo (where), context (what is measured and who says so). The rules that decide
what each quantity is are split by what they decide: figure_kinds (a level, change, share
or count), figure_periods (its period), figure_metrics and figure_shares (what it
measures), figure_places (whose it is), figure_currency (its currency, or a restatement of
the amount before) and targets (goals and forecasts). This module runs them over a text
sentence by sentence, with the state they share (figure_state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from parsers.alternation import compiled
from parsers.context import (
    POINTER_WORD,
    governing_subject,
    metric_from_concepts,
    place_for,
    row_line,
    share_phrases,
    source_of,
    timed_asides,
    whole_after,
    without_asides,
)
from parsers.figure_currency import (
    CURRENCY_UNIT,
    LOCAL_CURRENCY,
    caption_currency,
    government_dollar,
    is_equivalent,
    resolve_currency,
    restates_previous,
    stated_currency,
    table_currency,
    writes_peso_as_dollar_sign,
)
from parsers.figure_kinds import (
    CAGR_CUE,
    PER_YEAR_AFTER,
    REVISED_BEFORE,
    compared_rate,
    kind_of,
    nearest_cue,
    repeats_change,
    share_or_other,
    signed,
    tax_rate,
)
from parsers.figure_metrics import (
    ANTECEDENT_REACH,
    CAPTION_LENGTH,
    COVERED_BY,
    POINTER_ONLY,
    TRADE_SUFFIX,
    abbreviations,
    by_acronym,
    change_column,
    column_heading,
    concepts_of,
    count_metric,
    counted_by,
    finished,
    host_of,
    last_measure,
    measured_column,
    metric_of,
    named_before,
    other_object,
    partner_rows,
    people_measure,
    place_only,
    pointed_figure,
    ranked_partner,
    spelled_out,
    table_heading,
    tacked_on,
    text_flow,
    with_flow,
)
from parsers.figure_periods import (
    BASE_QUANTITY,
    LIST_LINE_MARK,
    OPENING_PERIOD,
    budget_year,
    by_then,
    carry_context,
    counts_toward_main,
    declared_data_year,
    event_year,
    period_anaphora,
    period_of,
    plain,
    sale_window,
    sentence_fiscal_start,
)
from parsers.figure_places import (
    BY_PARTNER,
    CAPITALS_LEGAL_FORM,
    COMPANY_REPORTS,
    HOME_FLOW_AFTER,
    OWN_VOICE,
    PARTIES,
    REGION_ANAPHOR,
    RELEASE_LABEL,
    REST_LABEL,
    STORY_HEADING,
    TICKER,
    TICKER_REACH,
    WORLD_BODY,
    by_place_caption,
    carried_geo,
    company_first_line,
    company_of_text,
    company_reporting,
    currency_country,
    exporter_of_whole,
    header_company,
    header_name_in_body,
    hub_city,
    hub_named,
    indexed_place,
    interviewed_company,
    issuing_bloc,
    issuing_place,
    labelled_city,
    last_region,
    listed_place,
    listed_places,
    opening_owner,
    opening_place,
    own_release_company,
    owned,
    part_places,
    parties_place,
    partner_share,
    platform_report,
    profiled_company,
    ranked_place,
    respective_flow,
    respective_place,
    self_named_header,
    share_subject_place,
    story_company,
    tied_place,
)
from parsers.figure_shares import (
    PLURAL_AFTER,
    PRONOUN_WHOLE,
    SHARE_OF_METRIC,
    SHARE_OF_THEM,
    among,
    enumerated,
    former_latter,
    gapped_part,
    group_place,
    list_share,
    listed_indicator,
    of_which,
    respondent_share,
    share_of_them,
    the_share,
    total_meant,
)
from parsers.figure_state import State
from parsers.figure_tables import (
    ATTRIBUTE_CELL,
    INDEX_CAPTION,
    INDEX_POINTS,
    UNIT_LINE,
    UNIT_LINE_LENGTH,
    WEIGHT_HEADING,
    TableUnit,
    captioned_part,
    cell_period,
    column_periods,
    column_units,
    forecast_columns,
    headed_columns,
    label_column,
    label_row_unit,
    named_units,
    percent_columns,
    row_unit,
    scenario_year,
    table_cells,
    table_unit,
    with_cell_separators,
)
from parsers.geo import (
    COUNTRIES,
    FISCAL_YEAR_START,
    PLACE_KINDS,
    REGIONS,
    PlaceMention,
    country_counts,
    find_places,
    known_place,
    main_places,
    names_a_people,
    place_counts,
    redefined_names,
)
from parsers.metrics import Catalog, company_key, key_at, metric_key
from parsers.models import Figure, Target
from parsers.numbers import (
    ADDITIONAL_AFTER,
    COUNTING_UNITS,
    CURRENCY_PREFIX,
    SCALE_WORD,
    SO_FAR_AFTER,
    WORD_CURRENCY,
    Quantity,
    continental_numbers,
    find_quantities,
    folded,
    index_names,
    normalise,
)
from parsers.periods import (
    AS_OF_MONTH,
    FISCAL_NAMED_BY_START,
    TimeExpression,
    declared_fiscal_start,
    find_periods,
    reports_fiscal_year,
    shift_year,
)
from parsers.sentences import Sentence, split_sentences
from parsers.targets import (
    FORECAST_CUE,
    FROM_BEFORE,
    GOAL_CUE,
    NOW_AFTER,
    POLICY_NOUN,
    POLICY_WORDS,
    before_relative_goal,
    carried_deadline,
    deadline_of,
    goal_caption,
    has_deadline,
    has_target_cue,
    no_value_of_its_own,
    reached_before_modal,
    target_of,
)

# ", the first month of fiscal 2025" after a month: where that month falls, not a period of its own.
PERIOD_APPOSITIVE = re.compile(
    r"\d,\s+the\s+(?:first|second|third|fourth|fifth|sixth|last|final)\s+(?:month|quarter|half)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# Longer than any article; what lies beyond is not read (and ``Extraction.truncated`` says so).
MAX_TEXT = 1_000_000
# Stored with every figure and target, so a re-extraction can tell what an older version produced.
EXTRACTOR_VERSION = "1"


@dataclass(frozen=True)
class Extraction:
    """Figures and targets of one text; ``skipped`` counts quantities that were read but not kept."""

    figures: tuple[Figure, ...]
    targets: tuple[Target, ...]
    skipped: int = 0
    truncated: bool = False


# What stands between a value and the earlier value it is compared with, in one clause.
BASE_VALUE = re.compile(
    # ("grew by 14.2 per cent year-on-year in the second quarter, up from 11.6 per cent": its earlier rate)
    r"(?:\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy))?"
    r"(?:\s+(?:in|for|during|over|of|a|last|this|at)\b(?:(?!\b(?:and|while|but|whereas)\b)[^,;]){0,80}?)?,?\s+"
    r"(?:(?:up|down|rising|falling|accelerating|slowing|compared)\s+)?(?:from|with|against)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?",
    re.IGNORECASE,
)
# "about a fifth of global air cargo": a share of the world's total, of no one place named before.
GLOBAL_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?:global|world|worldwide)\b", re.IGNORECASE)
SHARE_WORD = re.compile(
    r"\b(?:share|proportion|accounted\s+for|accounting\s+for|per\s*cent\s+of|percent\s+of)\b", re.I
)
# "forgo about $10 billion a year in potential tariff revenue": what an amount measures, named after it.
MEASURED_IN = re.compile(
    r"(?:\s+a\s+year|\s+annually)?\s+(?:in|from)\s+(?!the\b|fiscal\b|value\b)((?:[a-z][\w-]*\s+|[A-Z]{2,5}\s+){0,3}"
    r"(?:revenues?|sales|exports|imports|services|merchandise\s+value|spending|income|taxes|tax|payment\s+volume|"
    r"payments|fees|receipts|earnings|profits?|turnover|orders|remittances|transactions|investments?))\b"
)
# "from exports of information and communication technology (ICT) services in the year to June": what the
# measure named after an amount is of, an acronym in brackets included.
THING_OF = re.compile(
    r"\s+of\s+((?:[\w-]+(?:\s*\([A-Z][A-Za-z]{1,6}\))?\s+){0,7}?[\w-]+)"
    r"(?=\s+(?:in|during|for|over|to|from|last|this|between|since|a|an|the)\b|[,;.]|$)"
)
# What stands between one place's share and the next one's: "of employment in Sweden and", ", but only".
PLACE_AFTER_SHARE = re.compile(
    r"(?:\s+(?:of|in)\s+[^,;\d]{1,40}?)?(?:,\s*|\s+)(?:(?:and|but|while|whereas|against)\s+)?"
    r"(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|an?\s+[A-Z]{2,}\s+average\s+of\s+)?"
)


def _framed_growth(
    state: State, paragraph: int, body: str, q: Quantity, kind: str, exprs: list[TimeExpression]
) -> str | None:
    """The years of an average annual growth a sentence before named, for a rate a year this paragraph
    gives with no time of its own ("Finland leads at 9.1% a year")."""
    frame = state.growth_frame
    if frame is None or frame[0] != paragraph or q.unit != "percent" or kind == "change" or exprs:
        return None
    return frame[1] if PER_YEAR_AFTER.match(body, q.end) else None


def _market_of_before(before: Figure, geo: str, gapped: str) -> bool:
    """Whether the share before was a market's share of a home's flow (its part a place other than its own
    place), and the gapped part names ``geo``: another market of the same flow."""
    part = before.metric.removeprefix("share of ").split(" in ", 1)[0]
    markets = {p.name for p in find_places(part)}
    return bool(markets) and before.geo not in markets and geo in {p.name for p in find_places(gapped)}


def _sellers_from(place: str, body: str, places: list[PlaceMention], q: Quantity) -> bool:
    """Whether ``place`` is named before ``q`` only as where sellers are from ("Chinese platforms")."""
    return any(p.name == place and p.end <= q.start and SELLERS_AFTER.match(body, p.end) for p in places)


# "Chinese platforms", "German sites": sellers named by where they are, taking a part of the home's spending.
SELLERS_AFTER = re.compile(
    r"\s+(?:online\s+|e-commerce\s+)?(?:platforms|sites|sellers|marketplaces|retailers|merchants|web\s*shops)\b"
)
# ", not Rs 18,620 crore as published": the value a correction or a contrast sets aside.
REJECTED_BEFORE = re.compile(r",\s+not\s+$")
PLACE_HEADING = 40  # the longest a heading naming a market is
# "Ghanaian cardholders", "Moroccan cards", "U.S. merchants": where a company's customers are from.
CUSTOMERS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:card\s*holder|cardholder|card|customer|shopper|(?:online\s+)?merchant)s?\b"
)


def _part_of_world(body: str, state: State, last_figure_q: Quantity | None) -> str:
    """The place of a share "of the world total": the place of the amount it is a share of, said before it
    in the sentence ("Africa's exports rose to $64.2 billion, still just 1.5% of the world total") or
    pointed to ("That is just under 1% of the world total"), else the world's."""
    if state.figures and (last_figure_q is not None or POINTER_OPENING.match(body)):
        return state.figures[-1].geo or "World"
    return "World"


# "38% of Africans": a share of a people named by their plural.
PEOPLE_OF = re.compile(r"\s+of\s+(?:all\s+)?")
# "That is just under 1% of the world total": a sentence whose subject is the figure before.
POINTER_OPENING = re.compile(
    r"\s*(?:-\s+)?(?:That|This|It)\s+(?:is|was|represents|amounts\s+to|equals|makes)\b"
)
# A metric naming a measure of its own: "Companies in our programmes secured RM4.3 billion in digital export
# sales" names none (its measure is after "in"), "Revenue of $5 billion in sales" does.
MEASURE_NAMED = compiled(
    r"\b(?:revenues?|sales|exports?|imports?|trade|spending|income|tax|taxes|volume|value|payments|fees|receipts|"
    r"earnings|profits?|turnover|orders|remittances|transactions|GMV|deficit|surplus|investment|output)\b",
    re.IGNORECASE,
)
CORPORATE = re.compile(r"\b[Tt]he\s+(?:Company|Group|company)\b")
# "the coastal province", "the provincial commerce department": a place the text leaves unnamed
# "the London-listed money transfer company", "the ASX-listed logistics group": a listed company
LISTED = re.compile(r"\b[A-Z][A-Za-z]*-listed\b")
LISTED_COMPANY = re.compile(r"\b(?:listed|publicly\s+traded)\s+(?:[\w-]+\s+)?(?:company|firm|group)\b")
# "Meridian Insights, a research firm, today released its annual study": a release of a study of others.
STUDY_RELEASED = re.compile(r"\b(?:released|published|launched)\s+(?:its|the|a|an|[A-Z])")
# ", the airport company said in its annual traffic release", "the Hangzhou-based company said Tuesday": a
# report the company itself makes, at the top of the text (its first TOP characters)
TOP = 1200
COMPANY_SAID = re.compile(r"\bthe\s+(?:[\w-]+\s+)?company\s+said\b|\bsaid\s+the\s+(?:[\w-]+\s+)?company\b")
# "Kizuna ... said that net profit rose 31%": a lead that reports a company's results
RESULTS = re.compile(
    r"\b(?:net\s+(?:profit|income|revenue|loss)|operating\s+(?:profit|income|margin))\b", re.I
)
UNNAMED_REGION = re.compile(
    r"\b(?:the|this)\s+(?:[a-z]+\s+)?(?:province|city|state|prefecture)\b|\bprovincial\b"
)
_PRINTED = re.compile(r"\S")
_CLOSED = re.compile(r"[.!?\"”)%]\s*$")


def _cut_off(text: str, end: int) -> bool:
    """Whether a number ends the text without a full stop: truncated copy, not a figure. (Not one whose
    scale or currency is written out after it, "- Operating profit of SAR 238 million" on a list's last
    line: a cut there leaves the number whole.)

    Looks at the characters around ``end`` only, without copying the text on either side.
    """
    return (
        _PRINTED.search(text, end) is None
        and not text[end - 1 : end].isalpha()
        and not _CLOSED.search(text[max(0, min(end, len(text)) - 3) : end])
    )


def _after_counted(body: str, q: Quantity, later: Quantity) -> int:
    """Where a quantity's words end before a bare number: after the things it counts ("40 flights a
    week, up from 25"), if it counts any; "900 exhibitors from 40 countries" counts two things."""
    if q.counted and not later.counted and body.startswith(f" {q.counted}", q.end):
        return q.end + 1 + len(q.counted)
    return q.end


# "US dollars", "Canadian dollars", "US$": a currency named after a place, which names no place.
CURRENCY_NAMED = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z]\w*)?\s+dollars?\b|\b[A-Z]{1,3}\$")
# "Internet users made up 41%, against 80% in neighbouring Kyrgyzstan and about 36% in Turkmenistan": values
# a clause sets beside the subject's, whose places are not what the next sentences are about
SET_BESIDE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s[^,;:.()]*$", re.IGNORECASE)
# "... from US$ 16.7 billion (": a value after "from" in its clause, one a change is measured from.
COMPARED_VALUE_BEFORE = re.compile(r"\bfrom\s+(?:[A-Z]{0,3}\$\s?|[$€£¥₹]\s?)?\d[^;]*$")


# "A letter from our CEO", "A note from our Head of Seller Growth": a company's report, speaking of itself
OWN_LETTER = re.compile(
    r"\b(?:letter|note|message|word)\s+from\s+our\s+(?:[A-Z]|chief|founder|chair|managing)"
    # ("From the country manager" heading a company's report: its head speaking for it)
    r"|^From\s+(?:the|our)\s+(?:country\s+manager|general\s+manager|CEO|chief\s+executive|founder|"
    r"chair(?:man|woman|person)?|managing\s+director|president)\s*$",
    re.MULTILINE,
)
# A release only a company makes: "Stock exchange release", "Interim report January-September 2025", one its
# press office signs.
COMPANY_RELEASE = re.compile(
    r"\b(?:stock\s+exchange\s+release|interim\s+report|half-year(?:ly)?\s+report|half-year\s+results|"
    # ("Qingcheng Digital Infrastructure Holdings" over "Investor Update: Third Quarter 2025")
    r"press\s+office|investor\s+update|trading\s+update)\b",
    re.IGNORECASE,
)
# Amounts in one national currency enough to make a text that currency's country's, named or not.
OWN_CURRENCY_AMOUNTS = 4
# "10%-15%", "6-7%": the two ends of a range
RANGE_DASH = re.compile(r"\s?[-–]\s?")
# "The ... Expo closed ..., organiser X announced", "the Expo Organizing Committee announced": a fair's
# organiser reporting the fair.
ORGANISER_RELEASE = re.compile(
    r"\b(?:expo|fair|exhibition|trade\s+show)\b[^.]{0,300}?\borgani[sz](?:ers?|ing\s+committee)\b"
    r"|\borgani[sz]ers?\b[^.]{0,300}?\b(?:expo|fair|exhibition)\b",
    re.IGNORECASE,
)
# Dollars a text marks as a country's ("C$", "A$", "NZ$") where that country's own texts write "$".
MARKED_DOLLARS = frozenset({"CAD", "AUD", "NZD", "SGD", "HKD", "JMD"})


# "Share of surveyed exporters selling online abroad, by region, %": a caption whose measure is a share
SHARE_MEASURE = re.compile(
    r"(?:(?:Table|Chart|Figure|Exhibit)\s+[\d.]+\s*[.:—–-]?\s*)?(?:Share|Proportion|%)\s+of\s"
)
# "Parcel lockers now number", "enterprises in the zone numbered": the verb that gives the count, no part of
# what is counted
NUMBER_VERB_END = re.compile(r"(?:(?<=s)\s+(?:now\s+|already\s+)?number|(?<=[a-z])\s+numbered)$")
# "an adjusted EBITDA margin of", "our take rate, eased to": a part of revenue named before its value
MARGIN_BEFORE = re.compile(
    r"\b(?P<margin>(?:(?:[Aa]djusted|[Gg]ross|[Oo]perating|[Nn]et|EBITDA|EBIT|[Pp]rofit|[Cc]ontribution)\s+){1,3}"
    r"margin|(?:(?:[Ee]ffective|[Aa]verage|[Bb]lended|[Oo]verall)\s+)?[Tt]ake\s+rate)\s*,?\s+"
    r"(?:of|at|was|is|rose\s+to|fell\s+to|improved\s+to|narrowed\s+to|widened\s+to|reached|stood\s+at|"
    r"eased\s+to|came\s+in\s+at)\s+(?:about\s+|around\s+|nearly\s+)?$"
)
# "Vietnam Post Corporation": the word of a name that says what kind of body it is, which the text may drop
ORGANISATION_WORD = re.compile(r"\s+(?:Corporation|Company|Group|Holdings)$")


def _margin_named(body: str, q: Quantity, metric: str) -> str | None:
    """The margin or take rate named before ``q`` ("an adjusted EBITDA margin of 8.9% of net revenue", "our
    take rate, eased to 1.12%"), unless the metric already ends in it ("the company's operating margin" keeps
    its owner)."""
    margin = MARGIN_BEFORE.search(body, max(0, q.start - 60), q.start)
    if margin is None or metric.lower().endswith(margin.group("margin").lower()):
        return None
    return margin.group("margin")


def _names_its_row(body: str, places: list[PlaceMention], geo: str | None) -> bool:
    """Whether ``geo`` is named by the label of the row or list line ``body`` is (by the gazetteer's name
    or, for a city the row names, by its own)."""
    if geo is None or not (label := row_line(body)):
        return False
    named = (
        re.search(rf"(?<!\w){re.escape(geo)}(?!\w)", body[: label.end()]) is not None
    )  # ("India", not "Indiana")
    return named or any(p.name == geo and p.end <= label.end() for p in places)


# "III. Support measures" (or its "III." alone): a section numbered in Roman numerals, as official documents
# number theirs
SECTION_HEADING = re.compile(r"\s*[IVX]{1,4}\.(?:\s+[A-Z][^.;:!?\n]{0,60})?")


SECTOR_STUDY = re.compile(
    r"\b(?:Sector|Industry)\s+(?:Commentary|Outlook|Review|Report|Study)\b", re.IGNORECASE
)


def extract(text: str, published: date | None, catalog: Catalog) -> Extraction:
    """Every figure and target in an article's text (paragraphs separated by blank lines)."""
    truncated = len(text) > MAX_TEXT
    original = text[:MAX_TEXT]
    text = with_cell_separators(continental_numbers(normalise(original)))
    # A company's own release ("the Group's revenues") reports the company's numbers, not its country's.
    # CORPORATE is case-sensitive and names a company or a group.
    named_company = "ompany" in text or "Group" in text
    # "MDTEX 2025 closed its three-day run ..., organiser Nusantara Expo Management announced": a fair's
    # organiser reporting the fair's own numbers, as a company reports its own
    fair_release = ("rganis" in text[:TOP] or "rganiz" in text[:TOP]) and ORGANISER_RELEASE.search(
        text, 0, TOP
    ) is not None
    releasing = own_release_company(text)
    interviewed = interviewed_company(text)
    letter = OWN_LETTER.search(text, 0, TOP) is not None
    self_named = self_named_header(text)
    # A company named as listed on an exchange reports its own numbers too.
    corporate = (
        (named_company and len(CORPORATE.findall(text)) >= 2)
        or bool(TICKER.search(text, 0, TICKER_REACH))
        # "Kaname Digital Holdings, Inc. | Integrated Report 2025" over "To our shareholders": its own report
        # ("Vaelto Oyj | Stock exchange release": a release only a listed company makes)
        or (
            header_company(text) is not None
            # ("NORTE CALIFICADORA DE RIESGO S.A." over "Sector Commentary | Corporate Ratings | Argentina": a
            # firm's study of a sector, not its own numbers)
            and SECTOR_STUDY.search(text, 0, TOP) is None
            and (
                OWN_VOICE.search(text) is not None
                or COMPANY_RELEASE.search(text, 0, TOP) is not None
                # ("ATHENS INTERNATIONAL AIRPORT S.A." over "Cargo & Mail – Monthly Traffic Note": the company
                # its first line names, alone, issues it)
                or company_first_line(text)
            )
        )
        or ("-listed" in text[:TOP] and LISTED.search(text, 0, TOP) is not None)
        # "Sidra Airways Cargo – Monthly Traffic Release" over "Sidra Airways Cargo, the freight division of
        # ..., today published its provisional traffic statistics"
        or releasing is not None
        or interviewed is not None
        or fair_release
        or letter
        or self_named is not None
        # "PRESS RELEASE" over "TAIPEI, 12 November 2025 – Kaiyun Mall, one of Taiwan's largest online
        # marketplaces, today announced": the company its lead presents issues it
        # (not "Meridian Insights, a research firm, today released ... Pulse 2025": a study of others)
        or (
            RELEASE_LABEL.match(text) is not None
            and company_of_text(text) is not None
            and STUDY_RELEASED.search(text, 0, TOP) is None
        )
        # "MercadoLibre, Latin America's most valuable listed company, posted ...": the lead presents one
        or ("listed" in text[:1000] and LISTED_COMPANY.search(text, 0, 1000) is not None)
        or (
            named_company
            and (lead := LEAD.match(text)) is not None
            and (RESULTS.search(lead.group(0)) or COMPANY_SAID.search(text, 0, TOP)) is not None
        )
    )
    # ("CaribePay Cross-Border Spending Index: Dominican Republic, Q2 2024": a network's index of a country)
    indexed = indexed_place(text)
    # ("INCHEON INTERNATIONAL AIRPORT CORPORATION" over "... said e-commerce shipments cleared through the
    # airport reached": an airport's or port's operator reports its city's traffic, unless its first line
    # names it as a company by its legal form, "ATHENS INTERNATIONAL AIRPORT S.A.")
    corporate = (
        corporate
        and indexed is None
        and (hub_city(text) is None or CAPITALS_LEGAL_FORM.search(text.split("\n", 1)[0].strip()) is not None)
    )
    counts = place_counts(text)
    about = main_places(text, counts)
    # The one national currency a text reports in says whose figures they are: a text that names no
    # country but reports in yuan is China's, and one that reports in C$ is Canada's however often it
    # names the United States (not a text about an unnamed province or city in it: its figures are
    # no country's).
    # ("¥141.0 trillion" in a comment on Japan that names China once, for its wallets, is in yen)
    countries = country_counts(counts)
    country_of_money, money, amounts_in_currency = currency_country(
        text, countries["Japan"] > countries["China"]
    )
    # ("Rs1.06 trillion" in a text on Pakistan is the Pakistani rupee: a shared name stays the country's)
    shared = money in LOCAL_CURRENCY.get(about.get("country", ""), {})
    if (
        country_of_money
        and not shared
        # ("KRW 68.9 trillion" and five more amounts in won under "STATISTICS KOREA", in a text that names
        # only the markets Korea sells to: Korea's)
        and (
            counts[country_of_money]
            or (amounts_in_currency >= OWN_CURRENCY_AMOUNTS and money is not None and not corporate)
            if "country" in about
            else not UNNAMED_REGION.search(text)
        )
        # ("C$141 billion" once in a text on the United States, "(S$98.4 billion)" once in one on the EU: a
        # dollar marked as a country's is written so where "$" is someone else's)
        and not (money in MARKED_DOLLARS and amounts_in_currency < 2 and about)
    ):
        about["country"] = country_of_money
    main = {} if corporate else about
    if not corporate and (lead := LEAD.match(text)) and _world_lead(lead.group(0)):
        # "Postal operators handled 1.9 billion parcels, the Universal Postal Union said": a text a world
        # body opens without naming a place is the world's, whatever country it turns to later
        main = {"any": "World"}
    if issuer := (None if corporate else issuing_place(text)):
        # "GOVERNMENT OF TELANGANA" over "the State's exports": the state the text speaks of as itself
        main = {**main, "city" if issuer in PLACE_KINDS["city"] else "province": issuer}
    elif issuer := (None if corporate else issuing_bloc(text)):
        main = {**main, "any": issuer}  # "EAST AFRICAN COMMUNITY SECRETARIAT": "Partner States cleared ..."
    elif issuer := (indexed if indexed in REGIONS else None):
        main = {**main, "any": issuer}  # "SPENDING INDEX | Central Asia": the region's, whatever member leads
    state = State(
        published=published,
        main_country=main.get("country"),
        main=main,
        named=counts,
        text=text,
        # (told in it: two amounts or more in that currency, not one company's revenue in passing)
        currency_main=bool(country_of_money)
        and main.get("country") == country_of_money
        and amounts_in_currency >= 2,  # a second one
        main_currency=money if main.get("country") == country_of_money else None,
        counted_currency=money,
        corporate=corporate,
        # ("A letter from our CEO" under "KRAMA MARKET": the company the first line names, written again)
        corporate_name=(
            company_of_text(text)
            or self_named
            or interviewed
            or (header_name_in_body(text) if letter else None)
        )
        if corporate
        else None,
        own_release=releasing is not None,
        platform_report=platform_report(text),
        home_country=about.get("country"),
        peso_sign=writes_peso_as_dollar_sign(text),
        issuing_place=issuer,
    )
    state.stated_currency = stated_currency(text)
    state.government_dollar = government_dollar(text, state.home_country)
    state.event_year = event_year(text, published)
    state.sale_window = sale_window(text, published)
    state.index_report = index_names(text)
    state.flow = text_flow(text)
    state.abbreviations = abbreviations(text)
    state.redefined_places = redefined_names(text)
    # A company's fiscal year is its country's, though its numbers are not the country's.
    country = state.home_country
    declared = declared_fiscal_start(text)
    state.declared_fiscal = declared is not None
    state.fiscal_report = declared is not None and reports_fiscal_year(text)
    state.fiscal_start = declared or FISCAL_YEAR_START.get(country or "", 1)
    state.budget_year = budget_year(text, state.fiscal_start)
    state.fiscal_by_start = country in FISCAL_NAMED_BY_START
    skipped = 0
    previous_text = ""
    stories = STORY_HEADING.search(text) is not None
    for sentence in with_captions(split_sentences(text), text):
        state.table = table_heading(sentence, state, catalog)
        if state.goal_list and (
            (LIST_LINE_MARK.match(previous_text) and not LIST_LINE_MARK.match(sentence.text))
            # ("III. Support measures" after the goals numbered under "II. Main targets": the next section)
            or SECTION_HEADING.fullmatch(sentence.text)
        ):
            state.goal_list = None  # "• a workforce of 200,000 ..." then "To lay the foundations, ...": over
        if (
            "(" in sentence.text
            or ":" in sentence.text
            or "|" in sentence.text
            or ("," in sentence.text and len(sentence.text) <= CAPTION_LENGTH)
            # ("In CHF million" alone on a line over a table)
            or (len(sentence.text) <= UNIT_LINE_LENGTH and UNIT_LINE.match(sentence.text) is not None)
            # ("SUB-INDICES" alone over a table of an index's components)
            or (len(sentence.text) <= UNIT_LINE_LENGTH and INDEX_CAPTION.search(sentence.text) is not None)
        ):
            if (unit := table_unit(sentence.text)) and not (
                unit[2] == label_column(sentence.text) and state.table_unit
            ):
                # "Segment Revenue (US$ millions)"; not a row's own unit ("Total payment volume ($bn) | 14.6")
                state.table_unit = (
                    sentence.paragraph,
                    (table_currency(unit[0], sentence.text, state), *unit[1:]),
                )
                state.table_named = named_units(sentence.text)
                if year := scenario_year(sentence.text, published):
                    state.scenario_year = (sentence.paragraph, year)
                if captioned := find_places(CURRENCY_NAMED.sub(" ", sentence.text), partners=False):
                    # "Extra-EU exports of ... in 2030 by scenario (€ billion)": the rows' place (not the
                    # one a currency is named after: "mln US dollars")
                    state.last_geo, state.last_geo_paragraph = captioned[0].name, sentence.paragraph
            elif code := caption_currency(sentence.text):
                # "New Zealand, services exports (NZ$, change on a year earlier)": the currency and
                # place of the rows listed under the caption
                state.last_currency = (sentence.paragraph, code)
                if captioned := find_places(sentence.text, partners=False):
                    state.last_geo, state.last_geo_paragraph = captioned[0].name, sentence.paragraph
        if "|" in sentence.text and (
            state.table_periods is None or state.table_periods[0] != sentence.paragraph
        ):
            # a table's first row is its header: "Segment | Q3 2024 | Q3 2025 | YoY"
            header = headed_columns(sentence.text, text, sentence.end)
            columns = column_periods(header, published, state.fiscal_start, state.fiscal_by_start)
            state.table_periods = (sentence.paragraph, columns or [])
            state.table_percent = percent_columns(header, state.table[2] if state.table else "")
            unit_captioned = (
                state.table_unit is not None and 0 <= sentence.paragraph - state.table_unit[0] <= 1
            )
            state.table_columns = column_units(header, state.table_named, unit_captioned)
            state.table_forecasts = forecast_columns(header, columns or [], published)
            if state.scenario_year and 0 <= sentence.paragraph - state.scenario_year[0] <= 1:
                # "Accelerated | 4.6 | 0.9" under "Three scenarios for 2030 (US$ billion)": that year's
                year = state.scenario_year[1]
                state.table_forecasts = dict.fromkeys(range(1, header.count("|") + 1), year)
            if state.index_report and not (
                state.table_unit and 0 <= sentence.paragraph - state.table_unit[0] <= 1
            ):
                # ("| Emirate | Index | m/m change (points) |" in a report on an index, with no unit over it:
                # the index's readings)
                state.table_unit = (sentence.paragraph, (INDEX_POINTS, 1.0, None))
        if state.listed_frame is not None and LIST_LINE_MARK.match(sentence.text):
            state.frame, state.listed_frame = state.listed_frame[0], None  # the next item: the list's frame
        found = len(state.figures) + len(state.targets)
        figures_before, targets_before = len(state.figures), len(state.targets)
        state.company_here = False
        if not state.corporate and (profiled := profiled_company(text, sentence.start)):
            state.company = (sentence.paragraph, profiled)
        if stories and not state.corporate:
            state.story = story_company(text, sentence.start, state.story)
        if not state.corporate and (
            state.company
            or any(cue in sentence.text for cue in ("ed ", "said", "expects", "numbers", "results"))
        ):
            end = text.find("\n\n", sentence.end)
            rest = text[sentence.end : end if end >= 0 else len(text)]
            state.company_here = company_reporting(sentence.text, state, sentence.paragraph, rest)
        if state.story:
            state.company, state.company_here = (sentence.paragraph, state.story), True
        if any(word in sentence.text for word in ("ata ", "igures ", "tatistics ", "esults ", " covers ")):
            declared_data_year(sentence.text, state)
        try:
            _sentence(sentence, previous_text, text, state, catalog)
        except (ValueError, KeyError, IndexError, OverflowError):
            skipped += 1  # an unreadable sentence is counted and skipped; the rest goes on
        if owner := (state.company[1] if state.company_here and state.company else state.corporate_name):
            keyed_by_company(state, figures_before, targets_before, owner)
        state.previous_figures = state.figures[figures_before:]
        if found == len(state.figures) + len(state.targets):
            carry_context(sentence, state, published)
            if caption := goal_caption(sentence.text, published):
                # ("This White Paper sets three objectives, to be reached by 2030:" lists goals; "the company
                # expects:" forecasts)
                listed = (
                    "target"
                    if GOAL_CUE.search(sentence.text) or not FORECAST_CUE.search(sentence.text)
                    else "forecast"
                )
                state.goal_list = (sentence.paragraph, caption, listed)
            if places_caption := by_place_caption(sentence.text):
                state.by_place = (sentence.paragraph, *places_caption)
            if (
                "|" not in sentence.text
                # ("Ghana" over a payment network's spending by its Ghanaian cardholders: a company's market,
                # a section of its own numbers, which are no place's)
                and not (state.own_release and len(sentence.text) <= PLACE_HEADING)
                and (subject := opening_place(sentence.text))
            ):
                # "Hong Kong is pursuing a similar strategy. Its exports reached ...": the place spoken of
                # (a table's row is no sentence: "China | 12,050" names the row's place, not the text's)
                state.last_geo, state.last_geo_paragraph = subject, sentence.paragraph
        previous_text = sentence.text
        named = concepts_of(catalog, sentence.text, state)
        if named:
            state.lead_topic = state.lead_topic or named[0].concept.name
            state.topic = (
                named[0].concept.name
                if len(named[0].concept.name) < 40
                else sentence.text[named[0].start : named[0].end]
            )
        lowered = folded(sentence.text)
        if any(word in lowered for word in POLICY_WORDS) and POLICY_NOUN.search(sentence.text):
            match = nearest_cue(POLICY_NOUN, sentence.text)
            state.issuer = match.group(0).lower() if match else state.issuer
    figures, targets = state.figures, state.targets
    if original != text:  # quotes and sentences are the article's own characters (２．９, not 2.9)
        figures = [_in_original(f, original, text) for f in figures]
        targets = [_in_original(t, original, text) for t in targets]
    return Extraction(figures=tuple(figures), targets=tuple(targets), skipped=skipped, truncated=truncated)


Quoted = TypeVar("Quoted", Figure, Target)
# The units that are no money, and a price or rate per unit after an amount.
NOT_MONEY = frozenset({"percent", "percentage_point", "count", "times"})
PRICED_PER = re.compile(r"\s*(?:to|per|a|an|against)\s+(?:the\s+|one\s+|each\s+)?(?:US\s+)?[\w-]+", re.I)
# What a company measures of itself, and its voice: its numbers, wherever it made them.
OWN_MEASURE = re.compile(
    r"\b(?:[Oo]ur|[Ww]e|revenues?|TPV|GMV|payment\s+volume|volume|take\s+rate|EBITDA|margin|profit|"
    r"active\s+(?:merchants|customers|users|buyers|sellers))\b"
)


# "Webshop turnover, year-on-year change (%)": a caption over rows of changes (not "% change in share").
CHANGE_CAPTION = re.compile(
    r"\b(?:change|growth|increase)\b|\by/y\b|\byoy\b|\byear-on-year\b|\by-o-y\b", re.IGNORECASE
)
SHARE_CAPTION = re.compile(r"\bshares?\b|%\s+of\b|\bper\s*cent\s+of\b|\bpercent\s+of\b", re.IGNORECASE)


def _change_caption(state: State, paragraph: int) -> bool:
    """Whether the table being read is captioned as one of changes, in its paragraph or the one before."""
    if state.table is None or not 0 <= paragraph - state.table[0] <= 1 or not (caption := state.table[2]):
        return False
    return CHANGE_CAPTION.search(caption) is not None and SHARE_CAPTION.search(caption) is None


# "CARGO BY SEGMENT (metric tons)", "(million FTK; change on February 2024 in %)": rows of weight or work
# done, amounts of something, not things counted (containers in TEU are counted).
MEASURE_CAPTION = re.compile(
    r"\((?:[^()]*\s)?(?:metric\s+)?(?:tons|tonnes|tonne-kilomet(?:re|er)s|FTK|MWh|GWh|kWh|MW|GW)\b",
    re.IGNORECASE,
)


def _measure_caption(state: State, paragraph: int) -> bool:
    """Whether the table being read is captioned in a measure of weight, work or energy."""
    return (
        state.table is not None
        and 0 <= paragraph - state.table[0] <= 1
        and MEASURE_CAPTION.search(state.table[2]) is not None
    )


def keyed_by_company(state: State, figures_from: int, targets_from: int, company: str) -> None:
    """A sentence's figures and targets that are a company's own (no place's) keyed by the company."""
    state.figures[figures_from:] = [_keyed_by(f, company) for f in state.figures[figures_from:]]
    state.targets[targets_from:] = [_keyed_by(t, company) for t in state.targets[targets_from:]]


def _keyed_by(item: Quoted, company: str) -> Quoted:
    if item.geo is None and item.metric_key.startswith("unplaced."):
        return replace(item, metric_key=company_key(item.metric_key, company))
    return item


def _in_original(item: Quoted, original: str, normalised: str) -> Quoted:
    """The item with its quote and sentence taken from the text as written.

    Normalising maps one character to one, so spans are the same in both texts; the
    sentence is the occurrence that holds the span.
    """
    start, end = item.span
    at = normalised.rfind(item.sentence, 0, start + len(item.sentence))
    sentence = original[at : at + len(item.sentence)] if at >= 0 else item.sentence
    return replace(item, quote=original[start:end], sentence=sentence)


def _with_cells(quantities: list[Quantity], cells: list[Quantity]) -> list[Quantity]:
    """The quantities of a table row with its bare cells, in the unit its table stated, added in order."""
    added = [c for c in cells if not any(q.start < c.end and c.start < q.end for q in quantities)]
    return sorted(quantities + added, key=lambda q: q.start) if added else quantities


# "had at least basic digital skills", "used cloud computing services": what a share of people or firms did,
# as the thing they did it with.
DEED_VERB = re.compile(
    r"^(?:had|have|has|used|use|uses|bought|buy|buys)\s+(?:at\s+least\s+|some\s+|any\s+|one\s+or\s+more\s+)?",
    re.IGNORECASE,
)
# The first paragraph of a text.
LEAD = re.compile(r"\s*\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*")


def _world_lead(lead: str) -> bool:
    """Whether a text's first paragraph gives a world body's numbers and names no place of its own (nor, in
    a headline, one it goes to: "IMF Staff Concludes Visit to Papua New Guinea")."""
    headline = "\n" not in lead.strip() and not lead.rstrip().endswith(".")
    return bool(WORLD_BODY.search(lead)) and not [
        p for p in find_places(lead, partners=headline) if p.name != "World"
    ]


# "Those from the United States": what the figure before measured, qualified anew.
THOSE_OF = re.compile(r"(?:[Tt]hose|[Tt]hat)\s+(?P<rest>(?:from|to|of|in|for|by)\s+.+)$")
QUALIFIED = re.compile(r"\s+(?:from|to|of|in|for|by)\s+")


# "Nationally, ...", "Nationwide, ...": the country, not the province or state the text is about.
NATIONAL_OPENING = re.compile(
    r"\s*(?:Nationally|Nationwide|Across\s+the\s+country|Countrywide),\s", re.IGNORECASE
)
ADDED_WORDS = re.compile(r"[^,;.()]{0,60}")


# "..., up from RM0.21 billion", "to 2.8%, from 2.4%": the value a change started from, with no time of its
# own ("from 72 countries" is where things come from: a count's base is said "up from").
BARE_BASE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased|grew|climbed|compared)\s+)?from\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|an\s+estimated\s+)?$",
    re.IGNORECASE,
)
COUNT_BASE = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.I)
# Changes on the period before, not on a year earlier.
SEQUENTIAL = re.compile(
    r"quarter-on-quarter|q-o-q|\bqoq\b|month-on-month|m-o-m|\bmom\b|(?:previous|preceding|prior)\s+(?:quarter|month)|"
    r"sequential",
    re.IGNORECASE,
)


def _year_earlier_base(
    body: str, q: Quantity, exprs: list[TimeExpression], state: State, period: str | None
) -> str | None:
    """The period of the figure before ``q`` in its sentence, when ``q`` is the bare base of the change it
    states, of the same measure a year before (as statistics compare): "exports rose 11% to RM0.23 billion,
    up from RM0.21 billion"."""
    leader = state.figures[-1] if state.figures and state.figures[-1].sentence == body else None
    if leader is None or leader.period is None or period not in (None, leader.period):
        return None
    before = body[max(0, q.start - 40) : q.start]
    # ("Net sales increased by 19.6% to EUR 48.3 million (40.4 million)": a Nordic report's year-earlier
    # figure in brackets after the figure, in its scale and currency)
    found = (
        (
            (COUNT_BASE if q.unit == "count" else BARE_BASE).search(before) is not None
            or (
                PRIOR_IN_BRACKETS.search(before) is not None
                and body[q.start].isdigit()  # no currency of its own: no conversion
                and leader.unit == q.unit
                and body.startswith(")", q.end)
            )
        )
        and not any(q.end <= e.start <= q.end + 30 for e in exprs)  # "from $5.49 billion in August"
        and not NOW_OR_THEN.match(body, q.end)
        and SEQUENTIAL.search(body) is None
    )
    return leader.period if found else None


PRIOR_IN_BRACKETS = re.compile(r"(?:\d|\b(?:million|billion|bn|mn|m))\s*\(\s*$", re.IGNORECASE)
NOW_OR_THEN = re.compile(r"\s*(?:now|currently|today|at\s+present|previously|earlier|before)\b", re.I)


def _more_of(body: str, q: Quantity) -> str | None:
    """ "54 data centres in operation and 31 more under construction": data centres under construction."""
    more = ADDITIONAL_AFTER.match(body, q.end) if q.unit == "count" and q.counted else None
    if more is None or (words := ADDED_WORDS.match(body, more.end())) is None:
        return None
    return f"{q.counted} {' '.join(words.group(0).split())}".strip()


# "1. $713 billion." or "9. 1.32 trillion yuan" alone, over the sentence that says what it is: a "by the
# numbers" item, whose caption follows it.
VALUE_ITEM = re.compile(
    rf"\s*(?:\d{{1,2}}[.)]\s+)?(?:(?:about|some|nearly|over)\s+)?(?!Q\d\b)"  # ("Q1.": a question's number)
    rf"(?P<value>(?:{CURRENCY_PREFIX})\s?\d[\d.,]*(?:\s*(?:{SCALE_WORD}))?"
    rf"|\d[\d.,]*\s*(?:%|per\s*cent|(?:{SCALE_WORD})(?:\s+(?:{WORD_CURRENCY}))?|(?:{WORD_CURRENCY})))"
    # ("1 million dong (about US$39).": with its conversion)
    r"(?:\s+a\s+year)?(?:\s*\([^()]{1,40}\))?\s*\.?\s*",
    re.IGNORECASE,
)
CAPTION_OPENING = re.compile(r"[A-Z][a-z]*\s")  # "The value of ...", "Share of ...", "A third of ..."
SHORT_CAPTION_WORDS = 3  # "The goal.", "Our target.": a caption that only labels its item


def with_captions(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Sentences, with a "by the numbers" item's value joined to the caption after it ("1. $713 billion." and
    "The value of US exports of ICT-enabled services in 2024, up 8.1% from 2023."): what, when and where
    the value is are said in its caption; a caption that says the value again leaves the item a headline."""
    joined: list[Sentence] = []
    # (an item labelled in a few words, "US$3 billion" over "The goal.": its value, and its label alone, which
    # is all that stays if the sentence after says the value again and so makes the item its headline)
    labelled: tuple[str, Sentence] | None = None
    for sentence in sentences:
        last = joined[-1] if joined else None
        if (
            labelled
            and last is not None
            and last.paragraph == sentence.paragraph
            and labelled[0] in sentence.text
        ):
            joined[-1] = labelled[1]  # ("The Digital Uruguay Agenda 2030 aims for ... US$3 billion by 2030")
        labelled = None
        if (
            last is not None
            and last.paragraph == sentence.paragraph
            and (item := VALUE_ITEM.fullmatch(last.text))
            and CAPTION_OPENING.match(sentence.text)
        ):
            if item.group("value") in sentence.text:
                # ("2. 22%" over "Hong Kong was the biggest destination, taking 22% of those sales": the
                # headline of a sentence of its own that says the value again)
                joined[-1] = sentence
            else:
                joined[-1] = Sentence(
                    last.start, sentence.end, text[last.start : sentence.end], last.paragraph
                )
                if len(sentence.text.split()) <= SHORT_CAPTION_WORDS:
                    labelled = (item.group("value"), sentence)
            continue
        joined.append(sentence)
        if (item := VALUE_ITEM.match(sentence.text)) and 0 < len(
            sentence.text[item.end() :].split()
        ) <= SHORT_CAPTION_WORDS:
            # ("10. US$3 billion" and "The goal." on lines of one sentence)
            start = sentence.start + item.end()
            labelled = (
                item.group("value"),
                Sentence(start, sentence.end, text[start : sentence.end], sentence.paragraph),
            )
    return joined


# What a "by the numbers" caption says its value is: up to its time, or the first comma.
CAPTION_MEASURE = re.compile(
    r"(?:the\s+)?(?P<measure>[^,;.()\n]{3,80}?)(?=\s+(?:in|at|during|for|over|since|last|this)\s+(?:the\s+)?"
    r"(?:end\s+of\s+)?(?:(?:19|20)\d\d|year|first|second|third|fourth|quarter|month)\b|\s*[,;.(\n]|\s*$)",
    re.IGNORECASE,
)


# "Jalisco | 54.3", "- Davao Region: 54.0": a row's or list line's label
PLACE_LABEL = re.compile(r"\s*(?:[-•*]\s+)?([^|:\n]{2,60}?)\s*[|:]")


def _place_reading(body: str, q: Quantity, state: State) -> str | None:
    """What an index reading on a row labelled by a place measures ("Jalisco | 54.3" under "Regional
    readings"): the index whose reading the text gave last in prose, not on a labelled row or line."""
    label = PLACE_LABEL.match(body)
    placed = find_places(label.group(1), partners=False) if label and label.end() <= q.start else []
    if not (placed and placed[0].start == 0):
        return None
    for figure in reversed(state.figures):
        if figure.unit == "count" and figure.kind == "other" and not PLACE_LABEL.match(figure.sentence):
            return figure.metric
    return None


# "1. €187.4 billion – what shoppers in France spent online in 2025": a caption after a dash, in any case
DASHED_CAPTION = re.compile(r"[–—]\s+(?:roughly\s+|about\s+)?(?=[a-z])")


def item_caption(body: str, q: Quantity) -> str | None:
    """What the caption of a "by the numbers" item measures, when ``q`` is the item's value."""
    item = VALUE_ITEM.match(body)
    if item is None or q.end > item.end():
        return None
    if dashed := DASHED_CAPTION.match(body, item.end()):
        start = dashed.end()
    elif CAPTION_OPENING.match(body, item.end()):
        start = item.end()
    else:
        return None
    measure = CAPTION_MEASURE.match(body, start)
    return measure.group("measure") if measure else None


LIST_SEPARATOR = re.compile(r":|\s[-–—]\s")
# The unit of a table whose caption names none: no column is read but those whose heading names a unit.
HEADED_ONLY: TableUnit = ("count", 1.0, -1)
# "held in Hangzhou", "based in Lagos": the place of the thing an aside describes.
VENUE_BEFORE = re.compile(r"\b(?:held|based|located|headquartered)\s+in\s+(?:the\s+)?$")


def _sentence(sentence: Sentence, previous: str, text: str, state: State, catalog: Catalog) -> None:
    body = sentence.text
    quantities = find_quantities(body, state.index_report)
    if state.table_unit and (
        # a table under its caption, in the caption's paragraph or the next
        ("|" in body and 0 <= sentence.paragraph - state.table_unit[0] <= 1)
        # "label: value" ("Q1 - 198.4") lines under a caption ending in a colon, in its paragraph or the next
        or (
            LIST_SEPARATOR.search(body)
            and "|" not in body
            and 0 <= sentence.paragraph - state.table_unit[0] <= 1
        )
    ):
        cells = table_cells(
            body, row_unit(body, state.table_unit[1]), state.table_percent, state.table_columns
        )
        quantities = _with_cells(quantities, cells)
    elif (
        "|" in body
        and state.table_periods
        and state.table_periods[0] == sentence.paragraph
        and (counted := label_row_unit(body))
        and (
            state.table_periods[1]
            or counted[1] != 1.0
            or counted[0] == "percent"
            # ("| Active sellers | 412,000 (+14% on 2024) |": a label and its value, like "Sellers: 412")
            or body.strip().strip("|").count("|") == 1
        )
    ):
        # a row of counts or percentages in a table of periods whose caption names no unit ("Active sellers |
        # 54,300"), or in any table, where the row's label names the scale ("Parcels cleared (mn) | 4.7")
        quantities = _with_cells(
            quantities, table_cells(body, counted, state.table_percent, state.table_columns)
        )
    elif (
        "|" in body
        and state.table_periods
        and state.table_periods[0] == sentence.paragraph
        and (state.table_percent or state.table_columns)
    ):
        # "Tokyo | 66.1 | 26,900" under "Prefecture | Households ordering online (%) | ... (yen)": only the
        # columns whose heading names their unit
        quantities = _with_cells(
            quantities, table_cells(body, HEADED_ONLY, state.table_percent, state.table_columns)
        )
    if not quantities:
        return
    units = frozenset(q.unit for q in quantities)
    first_figure = len(state.figures)
    exprs = find_periods(
        body,
        state.published,
        sentence_fiscal_start(body, state),
        state.fiscal_by_start,
        fiscal_full_year=state.fiscal_report,
    )
    if len(exprs) > 1 and "of" in body:
        # "April 2025, the first month of fiscal 2025": the fiscal year only places the month before it
        exprs = [e for e in exprs if not PERIOD_APPOSITIVE.search(body, max(0, e.start - 40), e.start)]
    asides = timed_asides(body) if exprs else []
    relative = period_anaphora(body, sentence.paragraph, state, exprs) + by_then(
        body, previous, state.published
    )
    # "in the previous year" after a fiscal year is the fiscal year before, not the calendar one.
    exprs = [e for e in exprs if not any(r.start < e.end and e.start < r.end for r in relative)] + relative
    exprs.sort(key=lambda e: e.start)
    opening = OPENING_PERIOD.match(body)
    framing: list[TimeExpression] = []
    if opening:  # "In the first three quarters, ...": the frame of this sentence and the next ones
        framing = [e for e in exprs if plain(e) and e.start <= 16 and e.end < opening.end()]
        if framing:
            state.frame = (sentence.paragraph, framing[0].period)
    places = [
        p for p in find_places(body, partners=False) if body[p.start : p.end] not in state.redefined_places
    ]
    if places and "," in body:
        # "Imports, driven by durian and other ASEAN produce, climbed 41 percent": a place in an aside
        # describes something else; "The expo, held in Hangzhou, produced deals worth ...": the venue is
        # the subject's place
        plain_text = without_asides(body)
        places = [
            p
            for p in places
            if plain_text[p.start : p.end].strip() or VENUE_BEFORE.search(body, max(0, p.start - 20), p.start)
        ]
    if state.corporate and places:
        # ("Cross-border spend by Ghanaian cardholders reached GH₵6.9bn": in a company's own report, where
        # its customers come from, not a place its numbers are of; "Vietnam Post handled 41.6 million
        # parcels": a place in the company's name)
        name = ORGANISATION_WORD.sub("", state.corporate_name or "")
        inside = [(m.start(), m.end()) for m in re.finditer(re.escape(name), body)] if name else []
        places = [
            p
            for p in places
            if not CUSTOMERS_AFTER.match(body, p.end) and not any(a <= p.start < b for a, b in inside)
        ]
    named_region = "egion" in body and REGION_ANAPHOR.search(body)
    main = last_region(text, sentence.start, state.main) if named_region else state.main
    listed = listed_places(body, places)
    source = source_of(body)
    target_cue = has_target_cue(ATTRIBUTE_CELL.sub("", body) if "|" in body else body)
    last_figure_index: int | None = None
    last_figure_q: Quantity | None = None
    sentence_share: Figure | None = None
    previous_target: Target | None = None
    respondents: str | None = None  # the group the sentence's shares of respondents are of
    window = 0
    for raw in quantities:
        if _cut_off(text, sentence.start + raw.end) and not row_line(body):
            continue  # "rose to US$1" where the text ends: the number is incomplete ("Goa: 8,460" is a line)
        q = resolve_currency(raw, body, quantities, state, sentence.paragraph)
        if target_cue and no_value_of_its_own(body, q):
            continue  # "50 brands with sales of more than 1 billion yuan each": a bar, not a value
        if REJECTED_BEFORE.search(body, max(0, q.start - 8), q.start) and any(
            o.end <= q.start for o in quantities
        ):
            continue  # "were Rs 1,862 crore, not Rs 18,620 crore as published": a value a correction rejects
        span = (sentence.start + q.start, sentence.start + q.end)
        quote = text[span[0] : span[1]]
        if LIST_LINE_MARK.match(body) and (state.list_geo is None or state.list_geo[0] != sentence.paragraph):
            # the place a list is about is the one carried into its first line, not one a line names
            state.list_geo = (sentence.paragraph, carried_geo(state, sentence.paragraph, units))
        geo = opening_owner(body, places, q) or place_for(body, places, q.start, q.end, main)
        if geo is not None and geo in listed:
            geo = None  # "firms across Asia, Europe and North America": no one place's
        elif (
            geo is None
            and not owned(body, q.start)
            and state.list_geo
            and LIST_LINE_MARK.match(body)
            and not POINTER_WORD.search(body)  # "- Since 2015 these exports have expanded": the line before's
        ):
            geo = state.list_geo[1]  # "- Digital economy GMV, 2024: US$263bn" after "- ... 9.5% in Johor"
        elif geo is None and not owned(body, q.start):
            geo = carried_geo(state, sentence.paragraph, units)
            if source and state.last_geo_paragraph != sentence.paragraph and WORLD_BODY.search(source):
                geo = (
                    "World"  # "Postal operators handled 1.9 billion parcels, the Universal Postal Union said"
                )
        elif geo is not None and partner_rows(sentence.paragraph, state) and row_line(body):
            geo = carried_geo(
                state, sentence.paragraph, units
            )  # "- USA — $301.5 million" under "Top destinations"
        # "- Samarkand region — $48.3 million" under "IT services exports by region, ...:": the line's place;
        # "China | 172.5" under "Overseas direct sales by major destination": the market the sales go to
        labelled = (
            listed_place(row_line(body))
            if state.by_place and 0 <= sentence.paragraph - state.by_place[0] <= 1
            else None
        )
        by_place = labelled if labelled and state.by_place and state.by_place[2] == "in" else None
        partner_row = labelled if labelled and state.by_place and state.by_place[2] != "in" else None
        next_in_rank = None if by_place else ranked_place(body, q.start)
        if (by_place and not REST_LABEL.match(by_place)) or next_in_rank:
            geo = by_place or next_in_rank  # ("Other provinces | 2.0": no one place)
        elif city := labelled_city(body, q.start):
            geo = city  # "Tashkent city — $602.7 million": the city labelling its line
        elif hub := hub_named(body, q.start):
            geo = hub  # "Istanbul Airport remained the main gateway, handling 2.617.940 consignments"
        elif geo != state.main_country and state.main_country and BY_PARTNER.match(body):
            geo = state.main_country  # "By destination, ... the UK 14%": the text's
        elif state.company_here or (
            state.corporate
            and places
            and not source
            and (
                "|" in body
                or OWN_MEASURE.search(body)
                # ("ACCRA — Kpakpo Pay, a company that pays small African sellers, today announced": its own)
                or (
                    (opening := COMPANY_REPORTS.match(body)) and opening.group("name") == state.corporate_name
                )
            )
        ):
            # "Tata Consultancy Services on Thursday reported revenue of": the company's numbers; in its own
            # report, a market it names is where its own numbers were made ("Brazil is still our biggest
            # market, with TPV of R$19.6 billion", "Domestic UK | 182.4" in its table of parcels by lane), not
            # whose they are
            geo = None
        elif (
            geo not in COUNTRIES
            and state.home_country
            and NATIONAL_OPENING.match(body)
            and not any(p.start < q.start for p in places)
        ):
            geo = (
                state.home_country
            )  # "Nationally, e-commerce income reached RM1.19 trillion" in a text on Selangor
        ranked = ranked_partner(body, q) if q.unit not in ("percent", "count") else None
        if ranked and (home := state.main_country or carried_geo(state, sentence.paragraph, units)):
            partner = next((m.name for m in find_places(ranked[1])), None)
            geo = home if home != partner else geo  # "the UAE with $7.8bn": Pakistan's inflows from there
        if "respectively" in body and (respective := respective_place(body, places, quantities, q)):
            geo = respective  # "Chile and Colombia grew 18 and 21 percent respectively"
        if q.unit == "count" and (parties := PARTIES.match(body, q.end)):
            geo = parties_place(body, places, q, parties)
        if state.platform_report and not places:
            geo = None  # "Active sellers: 2.84 million" in a marketplace's seller report: the platform's
        deadline = (
            deadline_of(q, exprs, state.published, body)
            if (target_cue or has_deadline(exprs))
            and not before_relative_goal(body, q)
            and not reached_before_modal(body, q)
            else None
        )
        if deadline is None and (target_cue or previous_target):
            deadline = carried_deadline(q, exprs, sentence, text, previous_target, state)
        if (
            deadline is None
            and target_cue
            and not exprs
            and state.frame
            and state.frame[0] == sentence.paragraph
            and state.frame[1].isdigit()
            and state.published
            and int(state.frame[1]) >= state.published.year
            and GOAL_CUE.search(body, 0, q.start)
        ):
            # "We will strive for growth of more than 10% ..." under "III. Key Tasks for 2026": a goal for the
            # year not yet over that frames the paragraph
            deadline = TimeExpression(0, 0, state.frame[1], deadline=True)
        if (
            deadline is None
            and state.goal_list
            and 0 <= sentence.paragraph - state.goal_list[0] <= 1
            # (a line's own period before its value makes it a fact; "..., up from 18% in FY2024-25" after it
            # dates another)
            and not any(e.start < q.end for e in exprs)
            and not FROM_BEFORE.search(body, max(0, q.start - 30), q.start)  # "up from an estimated 18%"
            and not NOW_AFTER.match(body, q.end)  # "to 50,000, from around 25,000 currently": today's value
        ):
            # a line of the list under "The targets set for 2025 ... are:" (in its paragraph or the next): a
            # goal for that year
            deadline = TimeExpression(0, 0, state.goal_list[1], deadline=True)
        if (
            # (the caption is the cue: "The plan sets our goals for 2027: exports of at least US$150 million")
            (colon := body.rfind(":", 0, q.start)) > 0
            and (deadline is None or deadline.end <= colon)
            and not any(colon < e.start < q.end for e in exprs)
            and (listed_for := goal_caption(body[: colon + 1], state.published))
        ):
            # "The main targets we have set for this year are: GDP growth of around 5 percent; ...": the
            # goals listed after the colon are for the year it names (not for a plan period named before it:
            # "Taking into account the 15th Five-Year Plan period, the main targets for this year are:")
            deadline = TimeExpression(0, 0, listed_for, deadline=True)
        if (
            deadline is None
            and "|" in body
            and state.table_periods
            and state.table_periods[0] == sentence.paragraph
            and (year := state.table_forecasts.get(body.count("|", 0, q.start)))
        ):
            # a cell of a column of forecasts ("| 2025F |", "| 2030 |" in a table of scenarios)
            deadline = TimeExpression(0, 0, str(year), deadline=True)
        if deadline is not None and SO_FAR_AFTER.match(body, q.end):
            deadline = None  # "150 new delivery centres ..., of which 118 have opened so far": a fact
        if deadline is not None and not target_cue and tax_rate(body, q):
            deadline = None  # "pay a flat 7.5 per cent personal income tax ... until 2040": a rate in force
        if deadline is not None and last_figure_q is not None and is_equivalent(body, q, last_figure_q):
            # "allocated KD 312 million (about $1.01 billion)" for the coming fiscal year: the figure just
            # made, in dollars, not a goal of its own
            deadline = None
        if deadline is not None and (deadline.deadline or target_cue):
            target = target_of(q, deadline, geo, sentence, previous, previous_target, state, catalog)
            state.targets.append(target)
            if q.unit == "percent" and SHARE_OF_METRIC.match(target.metric):
                state.last_share = (sentence.paragraph, target)
            previous_target = target
            if geo is not None:  # a goal's place carries on as a figure's does
                state.last_geo, state.last_geo_paragraph = geo, sentence.paragraph
            window = q.end
            continue
        if (
            last_figure_index is None
            and (restated := restates_previous(body, q, state, previous)) is not None
        ):
            last_figure_index, equivalent = restated, True
        else:
            equivalent = is_equivalent(body, q, last_figure_q)
        if equivalent and last_figure_index is not None:
            base = state.figures[last_figure_index]
            # (a restatement has the sign of what it restates: "negative at PLN 2,145m (EUR 501m)")
            restated_value = -q.value if base.value < 0 < q.value else q.value
            state.figures.append(
                Figure(
                    value=restated_value, unit=q.unit, kind=base.kind, period=base.period, geo=base.geo,
                    metric=base.metric, metric_key=base.metric_key, sentence=body, span=span,
                    approx=q.approx, equivalent_of=last_figure_index, source=base.source, quote=quote,
                    catalogued=base.catalogued,
                )
            )  # fmt: skip
            continue
        item = enumerated(body, q) if q.unit == "percent" else None
        if item and sentence_share is not None:  # "followed by the United Kingdom (15%)": the same whole
            state.figures.append(list_share(q, item, sentence_share, catalog, span, quote))
            window = q.end
            continue
        if item and (indicator := listed_indicator(q, item, state, sentence.paragraph, span, quote)):
            state.figures.append(replace(indicator, sentence=body))  # "The Netherlands (82.7%)": that share
            window = q.end
            continue
        kind = kind_of(q, body, window)
        if (
            kind == "change"
            and q.unit == "percent"
            and "|" in body
            and state.table_unit
            and 0 <= sentence.paragraph - state.table_unit[0] <= 1
            and state.table_unit[1][0] == "percent"
            and not _change_caption(state, sentence.paragraph)
        ):
            kind = "share"  # "Decrease | 18" under "..., % of respondents": a part of the caption's whole
        part_place = subject_part = None
        # A place after a share names the whole: "1 percent of the world total"; a share that moved
        # ("the country's share of world exports climbed 1.2 points") is the part's too.
        # (a table row's move in points, "Hanoi | 79.8 | +2.1" under "change in points", is its row's, as its
        # level is)
        if kind == "share" or (q.unit == "percentage_point" and "|" not in body):
            parts = part_places(body, places)
            part_place = tied_place(body, places, q) or place_for(
                body, parts, q.start, q.end, main, look_after=False
            )
            if part_place is None:
                # ("Amman governorate accounted for 68 per cent": a city or a named region the gazetteer has
                # not, the part of this whole alone, not the place of what follows)
                part_place = subject_part = share_subject_place(body, q.start)
            if part_place in listed:
                part_place = None  # "A, B and C together accounted for two-thirds of ...": none of them alone
            geo = part_place or (
                _part_of_world(body, state, last_figure_q)
                if GLOBAL_WHOLE.match(body, q.end)
                else carried_geo(state, sentence.paragraph)
            )
            if (
                part_place
                and (exporter := exporter_of_whole(body, places, q, part_place))
                and exporter != part_place
            ):
                geo = exporter  # "The EU took a third of UK exports": the UK's, the EU its market
            elif (
                (home := state.main_country)
                and geo != home
                and any(p.name != home for p in places)
                # (a foreign country "accounted for" a share of a flow: the home's market)
                and partner_share(body, q, places, abroad=geo in COUNTRIES)
            ):
                # "the EU took 58% of our computer services exports": Armenia's, the EU its market ("US
                # clients account for 62 per cent of the state's IT exports": the state's)
                whose = (
                    (home_flow.group("owner") or "")
                    if (home_flow := HOME_FLOW_AFTER.match(body, q.end))
                    else ""
                )
                geo = state.main.get("province", home) if "state" in whose or "province" in whose else home
            if part_place and _sellers_from(part_place, body, places, q):
                # ("Chinese platforms took 38% of that": sellers abroad, a part of the home's spending)
                geo = carried_geo(state, sentence.paragraph)
            if q.form == "words" and (group := next((p for p in places if 0 <= p.start - q.end <= 1), None)):
                geo = group.name  # "one in ten Latin American adults": the group's place
            elif people := next(
                (
                    p
                    for p in places
                    if names_a_people(body[p.start : p.end]) and PEOPLE_OF.fullmatch(body, q.end, p.start)
                ),
                None,
            ):
                geo = people.name  # "Only 38% of Africans used the internet": the people's place
        value = signed(q, kind, body, window)
        if (
            last_figure_q
            and last_figure_q.unit == q.unit
            and RANGE_DASH.fullmatch(body, last_figure_q.end, q.start)
            and last_figure_index == len(state.figures) - 1
        ):  # "to fall 10%-15%": the top of a range moves as its bottom does
            kind = state.figures[-1].kind
            value = -q.value if state.figures[-1].value < 0 else q.value
        elif (
            kind == "other"
            and last_figure_q
            and state.figures[-1].kind == "change"
            and repeats_change(body, last_figure_q, q)
        ):  # "exports to ASEAN jumped 23 percent and those to Latin America 31 percent"
            kind, value = "change", -q.value if state.figures[-1].value < 0 else q.value
        elif kind == "other" and last_figure_q and compared_rate(body, last_figure_q, q):
            # "grew 6.3 percent a year, slower than the 9.1 percent recorded for developing economies"
            kind = state.figures[-1].kind
        share_of = None
        pronoun = (
            (PRONOUN_WHOLE.match(body, q.end) or SHARE_OF_THEM.search(body, 0, q.start))
            if kind == "share"
            else None
        )
        answered = respondent_share(body, q, previous, respondents) if kind == "share" else None
        if pronoun and state.last_thing and sentence.paragraph - state.last_thing[0] <= 1:
            part, share_of = share_of_them(body, q.start, pronoun, state.last_thing[1])
            key = metric_key(catalog, part, geo, share_of=share_of)
            metric = f"share of {part} in {share_of}"
            respondents = share_of
            geo = (
                geo
                if any(p.end <= q.start for p in places)
                else group_place(share_of, state, sentence.paragraph, geo)
            )
        elif answered and not share_phrases(body, q.start):
            metric, share_of = answered
            respondents = share_of
            geo = (
                geo
                if any(p.end <= q.start for p in places)
                else group_place(share_of, state, sentence.paragraph, geo)
            )
            key = metric_key(catalog, metric, geo, share_of=share_of)
            deed = DEED_VERB.sub("", metric.split(" that ", 1)[-1])
            if (deed_key := metric_key(catalog, deed, geo)).endswith("_share"):
                # "55.6% of people aged 16 to 74 had at least basic digital skills": the catalog's share
                key = deed_key
        elif kind == "share":
            share = share_phrases(body, q.start) or of_which(body, q, last_figure_q, state)
            # The part of a share is named before it; what follows ("of total exports") is the whole;
            # "three out of four SMEs accepted e-payments" names its part after it.
            part = (
                share[0]
                if share
                else (q.form == "words" and PLURAL_AFTER.match(body, q.end) and count_metric(body, q.end))
                or metric_of(q, sentence, body, state, catalog, previous, look_after=False)
            )
            share_of = share[1] if share else whole_after(body, q.end)
            if share_of and (
                total := total_meant(share_of, body, q, last_figure_q, state, sentence.paragraph)
            ):
                part = governing_subject(body, q.start) or part
                # "the city hosts 9,000 sellers, a fifth of the national total": all sellers, not the city's
                share_of = total.removesuffix(f" in {part}")
            key = metric_key(catalog, part, geo, share_of=share_of or "")
            metric = f"share of {part} in {share_of}" if share_of else f"{part} share"
            if named_margin := _margin_named(body, q, metric):
                metric, key = named_margin, metric_key(catalog, named_margin, geo)
        else:
            metric = (
                people_measure(body, q)
                or _more_of(body, q)
                or counted_by(body, q, count_metric(body, q.end) or q.counted)
                or metric_of(q, sentence, body, state, catalog, previous)
                # (a count in a unit, "214,600 TEU", measures what its label or subject names)
                if q.unit == "count" and (q.counted or "").lower() not in COUNTING_UNITS
                else metric_of(q, sentence, body, state, catalog, previous)
            )
            if q.unit == "count":
                metric = NUMBER_VERB_END.sub("", metric)  # "Parcel lockers now number 430": parcel lockers
            if (q.counted or "").lower() == "items" and "item" not in metric.lower():
                metric = f"{metric} items"  # "Inbound parcels: 186,400 items": parcels, counted in items
            metric = tacked_on(body, q, kind, metric, last_figure_q, state)
            if q.unit == "percent" and MARGIN_BEFORE.search(body, max(0, q.start - 60), q.start):
                # "The adjusted EBITDA margin improved to 12.0%": a part of revenue, whatever verb moved it
                metric, kind = _margin_named(body, q, metric) or metric, "share"
            if POINTER_ONLY.fullmatch(metric) and (pointed := pointed_figure(state, body, previous)):
                metric = pointed.metric  # "That was almost double ...", "June alone brought in $338m"
            if ranked:
                metric = ranked[0]  # "remittances from the UAE"
            if kind == "other" and q.unit == "percent" and (of := whole_after(body, q.end)):
                metric = f"{metric} {of}"  # "can retain up to 50 percent of their proceeds": a bar on a part
            if "respectively" in body and (flow := respective_flow(body, quantities, q, metric)):
                metric = flow  # "Exports and imports rose 12.1 percent and 8.3 percent, respectively"
            if (
                q.unit != "count"
                and (place_only(metric) or not MEASURE_NAMED.search(metric))
                and (measured := MEASURED_IN.match(body, q.end))
            ):
                # "developing economies forgo $10 billion in tariff revenue", "paid UAH 21.4 bln in taxes"
                metric = measured.group(1)
                if thing := THING_OF.match(body, measured.end()):
                    metric = f"{metric} of {by_acronym(thing.group(1))}"  # "from exports of ICT services"
            elif q.unit != "count" and place_only(metric):
                # "Shenzhen, the largest hub, handled cross-border e-commerce trade of": the concept named;
                # "Asia posted the fastest growth, at 11.5 percent": what was just measured, of that place
                concepts = concepts_of(catalog, body, state)
                named = metric_from_concepts(body, concepts, q.start, previous, look_after=False)
                if named:
                    metric = with_flow(" ".join(named.split()), catalog, state.flow)
                elif state.last_subject and sentence.paragraph - state.last_subject[0] <= 1:
                    metric = state.last_subject[1]
                elif state.topic:  # the concept the text is about, in the flow it reports
                    metric = with_flow(TRADE_SUFFIX.sub("", state.topic), catalog, state.flow)
            metric = named_before(metric, text[max(0, sentence.start - ANTECEDENT_REACH) : sentence.start])
            if captioned := item_caption(body, q):
                # "1. $713 billion. The value of US exports of ICT-enabled services in 2024"
                metric = captioned
            if kind == "count" and (covered := COVERED_BY.search(body, max(0, q.start - 60), q.start)):
                metric = f"{metric} covered by {covered.group('owner')}"  # "warehouses covering 38 countries"
            elif kind == "count" and (host := host_of(body, q)):
                metric = f"{metric} in {host}"  # "the export bases now host 4,000 companies"
            if q.unit == "percentage_point" and SHARE_WORD.search(body) and "share" not in metric.lower():
                metric = f"{metric} share"  # "up 0.3 percentage points": a share moved
            if (
                previous_target is not None
                and previous_target.sentence == body
                and previous_target.unit == q.unit
                and NOW_AFTER.match(body, q.end)
            ):
                metric = (
                    previous_target.metric
                )  # "to reach 80 million users by 2030, from about 56 million now"
            key = metric_key(catalog, metric, geo)
            if state.figures and (metric, geo) == (state.figures[-1].metric, state.figures[-1].geo):
                key = state.figures[-1].metric_key  # the change of the count just made: the count's series
        if (shared := the_share(body, q, state, sentence.paragraph)) is not None:
            # "the share marked a 2.3 percentage point increase": the share last named
            metric, key, share_of = shared.metric, shared.metric_key, getattr(shared, "share_of", None)
            kind = "share" if q.unit == "percent" and kind == "other" else kind
        if narrowed := among(body, q, metric):
            metric, key = narrowed, metric_key(catalog, narrowed, geo)
        if q.form == "index" and (reading := _place_reading(body, q, state)) is not None:
            metric, key = reading, metric_key(catalog, reading, geo)
        elsewhere: Figure | None = None  # the figure this one is compared with, of another place
        if (
            last_figure_q
            and last_figure_q.unit == q.unit
            and BASE_VALUE.fullmatch(body, _after_counted(body, last_figure_q, q), q.start)
            and not other_object(body, q, last_figure_q.end)
        ):
            # "17.7 percent of GDP, up from 17.3 percent", "40 flights a week in May, up from 25":
            # the same measure, earlier
            prior = state.figures[-1]
            kind, metric, key, share_of = prior.kind, prior.metric, prior.metric_key, prior.share_of
            geo = tied_place(body, places, q) or prior.geo  # "compared with 96 per cent in Australia"
            elsewhere = prior if geo != prior.geo else None
        elif (
            last_figure_q
            and last_figure_q.unit == q.unit
            and (whole := state.figures[-1].share_of)
            and (gapped := gapped_part(body, last_figure_q, q))
        ):  # "manufacturing took 48 percent of the total and the services sector 45.6 percent"
            kind, share_of = "share", whole
            if geo and _sellers_from(geo, body, places, q):
                geo = state.figures[-1].geo  # "German sites took 31% of that, and Chinese marketplaces 22%"
            elif geo and _market_of_before(state.figures[-1], geo, gapped):
                # "the United States bought roughly 55 per cent of our IT services exports and Europe about 30
                # per cent": another market's share of the same home's flow
                geo = state.figures[-1].geo
            metric, key = f"share of {gapped} in {whole}", metric_key(catalog, gapped, geo, share_of=whole)
        elif (
            last_figure_q
            and last_figure_q.unit == q.unit
            and state.figures[-1].share_of
            and (there := tied_place(body, places, q))
            and PLACE_AFTER_SHARE.fullmatch(body, last_figure_q.end, q.start)
        ):  # "8.7% of employment in Sweden and 7.6% in Finland, but only 2.6% in Romania": that share, there
            prior = state.figures[-1]
            kind, metric, share_of, geo = "share", prior.metric, prior.share_of, there
            key = key_at(prior.metric_key, there)
        if former := former_latter(body, q, places, previous, state, catalog, sentence.start, first_figure):
            # "The former rose 7.1 percent", "the latter's grew 6.8 percent": one of two things just named
            metric, geo = former.metric or metric, former.geo
            key = former.metric_key or metric_key(catalog, metric, geo)
        if (those := THOSE_OF.match(metric)) and (kin := last_measure(state)):
            # "Purchases from China dropped 7.6 percent. Those from the United States gained 5.2 percent":
            # the thing the figure before measured, from another place
            metric = f"{QUALIFIED.split(kin, maxsplit=1)[0]} {those.group('rest')}"
            key = metric_key(catalog, metric, geo)
        shown, keyed = spelled_out(metric, state.abbreviations)
        if keyed != metric:
            metric = shown
            key = key if share_of else metric_key(catalog, keyed, geo)
        metric, share_of, key = finished(metric, share_of, key, catalog, body, q, sentence.start, state, geo)
        leader = state.figures[-1] if state.figures and state.figures[-1].sentence == body else None
        if next_in_rank and not ranked and leader and leader.unit == q.unit and next_in_rank != leader.geo:
            # "followed by Makkah region with 10,115": what the place before it led with, for this place
            keyed_at = next_in_rank if find_places(next_in_rank) else state.main_country
            metric, key = leader.metric, metric_key(catalog, leader.metric, keyed_at)
        if (
            by_place
            and state.by_place
            # ("Share of surveyed exporters selling online abroad, by region, %": a share the caption names)
            # ("Change on Q2 2024 (%)": a column of the measure's changes)
            and (q.unit != "percent" or kind == "change" or SHARE_MEASURE.match(state.by_place[1]))
        ):
            # the caption's measure, in the series of the listed place, or, for a place the gazetteer does not
            # know, of the country the text is on ("Samarkand region" is of Uzbekistan's)
            keyed_at = by_place if find_places(by_place) else state.main_country
            metric = state.by_place[1]
            if (
                (heading := column_heading(body, q, sentence.paragraph, state))
                and (column_measure := measured_column(heading, state))
                and column_measure.lower() not in metric.lower()  # ("Parcels" under "Parcels by region")
            ):
                # "Command | Parcels ('000) | Declared value (₦ billion)": each column a measure of its own
                metric = f"{metric}: {column_measure}"
            key = metric_key(catalog, metric, keyed_at)
        elif partner_row and state.by_place:
            # "Overseas direct sales to China": the text's country's, with that partner
            geo = state.main_country or geo
            metric = f"{state.by_place[1]} {state.by_place[2]} {partner_row}"
            key = metric_key(catalog, metric, geo)
        heading = column_heading(body, q, sentence.paragraph, state) if q.unit == "percent" else ""
        if heading and kind in ("other", "share", "change") and CAGR_CUE.search(heading):
            kind = "cagr"  # "| 8.9 |" under "CAGR 2020-24 (%)"
        elif heading and kind in ("other", "share") and change_column(heading):
            kind = "change"  # "| 9.0 |" under "Change (%)"
        elif (
            kind == "count"
            and "|" in body
            and (
                _measure_caption(state, sentence.paragraph)
                or WEIGHT_HEADING.fullmatch(column_heading(body, q, sentence.paragraph, state).strip())
            )
        ):
            # "International transit | 236,400" under "CARGO BY SEGMENT (metric tons)" or in a column headed
            # "Tonnes 2024": a weight
            kind = "level"
        elif (
            kind in ("other", "share")
            and q.unit == "percent"
            and "|" in body
            and _change_caption(state, sentence.paragraph)
        ):
            kind = "change"  # "Canada | +6.4" under "Year-on-year change in spending, by country (%)"
        elif kind == "other" and q.unit == "percent" and not tax_rate(body, q):
            kind = share_or_other(body, q)  # "Finland (82.0%)", "| 16.8%": a part of a whole
        # "..., with which Britain has had an agreement since June 2022, climbed 9.4%": an aside's
        # time is its own, not that of a number outside it
        own_exprs = [
            e for e in exprs if not any(a <= e.start < b and not a <= q.start < b for a, b in asides)
        ]
        growth = _framed_growth(state, sentence.paragraph, body, q, kind, own_exprs)
        kind = "cagr" if growth else kind
        period = growth or period_of(
            q, kind, own_exprs, body, state, sentence.paragraph, quantities, framing[:1]
        )
        if elsewhere is not None and not any(e.start >= q.end for e in own_exprs):
            period = elsewhere.period  # the same measure at the same time, in another place
        elif (based := _year_earlier_base(body, q, own_exprs, state, period)) is not None:
            # "rose 11% to RM0.23 billion, up from RM0.21 billion": a year before
            period = shift_year(based, -1)
        if "|" in body and state.table_periods and state.table_periods[0] == sentence.paragraph:
            period = (
                cell_period(body, q.start, state.table_periods[1])
                or (captioned_part(body, state.table[2]) if state.table else None)
                or period
            )
        if (
            kind == "other"
            and q.unit not in NOT_MONEY
            and not PRICED_PER.match(body, q.end)
            and not REVISED_BEFORE.search(body, max(0, q.start - 30), q.start)
        ):
            # ("parcels valued at up to US$200", "the €150 customs duty relief", "raised the courier limit to
            # US$3,000 in December": a bar is of no period, whatever time a rule set it; not a rate or price
            # per unit, "Tk 120 per US dollar", "31.5 yuan per kilogram")
            period = None
        if geo is not None and (state.company_here or (state.platform_report and not places)):
            # "made up about 14% of Kaya's GMV": a company's share; "Sellers based outside Java: 31%" in a
            # marketplace's seller report: the platform's, though a share's whole was placed
            geo, key = None, key_at(key, None)
        elif geo is not None and geo == state.issuing_place and not known_place(geo):
            # ("Colón Free Zone", "the Mayor of Zaragoza": a place the gazetteer does not know, whose series
            # are of the country the text is on, as a province's are)
            key = key_at(key, state.main_country or geo)
        figure = Figure(
            value=value, unit=q.unit, kind=kind, period=period, geo=geo, metric=metric, metric_key=key,
            sentence=body, span=span, approx=q.approx, source=source, share_of=share_of, quote=quote,
            catalogued=bool(catalog.find(metric)),
        )  # fmt: skip
        state.figures.append(figure)
        last_figure_index, last_figure_q = len(state.figures) - 1, q
        sentence_share = figure if kind == "share" and share_of else sentence_share
        if kind == "share" and SHARE_OF_METRIC.match(metric):
            state.last_share = (sentence.paragraph, figure)
        if (
            (part_place is None or geo != part_place or all(p.name != part_place for p in places))
            and not _names_its_row(body, places, geo)
            and geo not in (by_place, next_in_rank, labelled, subject_part)  # a place a list or ranking names
            # "- Singapore, the smallest of the six, posted GMV of S$15.5 billion": a list's item, not the
            # place of what follows the list
            and not (LIST_LINE_MARK.match(body) and geo != state.main.get("any"))
            and not SET_BESIDE.search(body, max(0, q.start - 80), q.start)
            # ("Harju County generated 61%": a region no list knows is its sentence's place only)
            and (geo is None or known_place(geo))
        ):
            # "The US took half, followed by Europe with a third", "Ireland: €201.6 bn" on a line of a list,
            # "followed by the Eastern Province with 5,932":
            # the places the parts of a breakdown are named by are not what the next sentences are about
            # ("the region's" share still is)
            state.last_geo, state.last_geo_paragraph = geo, sentence.paragraph
        if kind != "count":
            state.last_metric = (sentence.paragraph, metric)
        if kind not in ("count", "share"):  # "the figure", "their value": an amount or its growth
            state.last_subject = (sentence.paragraph, metric)
        if kind != "share":  # "a fifth of them": the things just counted or measured
            state.last_thing = (sentence.paragraph, metric)
        if kind == "count":
            state.last_count = (sentence.paragraph, metric, geo)
        if period:
            if not BASE_QUANTITY.search(body, max(0, q.start - 30), q.start):
                # ("to 4.9 per cent, from 4.4 per cent in the second quarter of 2025": the base's time is not
                # what "the same quarter last year" in the next line is counted back from)
                state.last_period = period
            if counts_toward_main(period, q, body):
                state.periods[period] += 1
                # A period stated here (unless the sentence opened with its own) frames what follows.
                # (not the period of a value compared with: "to US$ 11.5 billion in Q3 from US$ 16.7 billion
                # (1.8 per cent of GDP) in Q2" frames nothing with Q2)
                if (
                    not framing
                    and not COMPARED_VALUE_BEFORE.search(body, 0, q.start)
                    and any(
                        e.period == period
                        and plain(e)
                        and e not in relative
                        and not any(a <= e.start < b for a, b in asides)  # "(H1 2025: 1,512)" frames nothing
                        for e in exprs
                    )
                ):
                    if state.listed_frame is None and LIST_LINE_MARK.match(body) and AS_OF_MONTH.search(body):
                        # ("- Registered sellers: 54 as at the end of February 2025" under "Results for 2024":
                        # the date of one listed stock, for its own item only)
                        state.listed_frame = (state.frame,)
                    state.frame = (sentence.paragraph, period)
            if "/" in period and not period.count("-"):
                state.last_span = period
        if q.unit and CURRENCY_UNIT.match(q.unit):
            state.last_currency = (sentence.paragraph, q.unit)
        window = q.end
