"""What a figure measures, named from its own sentence.

The metric phrase comes from a row label, the measure named before the amount ("a surplus
of"), the subject of the verb that governs it, the catalog concept nearby or, failing
those, the text's topic; a bare flow ("exports") is completed from the topic, a count takes
the words that qualify what it counts, and an abbreviation the text defined is spelled out.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from parsers.alternation import compiled, gathered
from parsers.context import (
    BRACKETED,
    FORMER_LATTER,
    GOVERNING_VERBS,
    HEDGE_WORDS,
    LIST_MARK,
    OF_WHICH,
    TABLE_LABEL,
    TOTAL_NOUNS,
    clause_start,
    governing_subject,
    is_anaphor,
    metric_from_concepts,
    refers_back,
    row_label,
    row_line,
    subject_phrase,
    without_asides,
)
from parsers.figure_agents import moved_metric
from parsers.figure_periods import ALLOCATED_AFTER
from parsers.figure_state import State
from parsers.figure_tables import NUMBER_HEADER
from parsers.folding import lowercased, lowered
from parsers.geo import find_places
from parsers.metrics import Catalog, ConceptMatch, flow_of, key_at, metric_key, narrower
from parsers.models import Figure, Target
from parsers.numbers import LISTED_MODIFIERS, MORE_AFTER, Quantity, folded
from parsers.periods import find_periods
from parsers.sentences import BULLETS, Sentence

# A change tacked on to the figure before it: ", up 15 percent", ", an increase of 4.6%", ", or 6.4 percent",
# ", an improvement of 5.9 percentage points".
APPENDED = re.compile(
    r"[^,;]*?,\s+(?:up|down|(?:an?|the)\s+(?:[\w-]+\s+)?(?:increase|decrease|rise|drop|decline|gain|fall|growth|"
    r"improvement|deterioration)"
    r"\s+of|or|registering\s+(?:an?\s+)?(?:[\w-]+\s+)?growth\s+of)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+)?",
    re.IGNORECASE,
)


def metric_of(
    q: Quantity,
    sentence: Sentence,
    concepts_text: str,
    state: State,
    catalog: Catalog,
    previous: str,
    *,
    look_after: bool = True,
    by_subject: bool = True,
) -> str:
    """The metric phrase of ``q``: its row label, what a pronoun subject points back to, the whole of a
    share the amount follows, the measure named before it, the subject of its verb, else the catalog
    concept near it.

    A goal names its metric as an object ("raise the share of X to 45 percent"), so
    targets skip the label and the subject (``by_subject=False``).
    """
    text = sentence.text
    if (
        by_subject
        and MARGIN_OF.search(text, max(0, q.start - 25), q.start)
        and state.figures
        and state.figures[-1].sentence == text
        and CURRENCY_CODE.fullmatch(state.figures[-1].unit or "")
    ):
        return (
            f"{state.figures[-1].metric} margin"  # "EBITDA of US$20mn, a margin of 23.5%": that one's margin
        )
    if by_subject and (sample := SAMPLE_OF.search(text, max(0, q.start - 80), q.start)):
        return f"{sample.group('np')} respondents"  # "Our member poll (n = 812)": the people it asked
    if by_subject and (rate := NAMED_RATE_OF.search(text, max(0, q.start - 50), q.start)):
        return rate.group("np")  # "812 valid replies, a response rate of 27.1%": the rate it names
    label = row_label(text, q.start) if by_subject else None
    if label and (scenarios := _scenario_measure(state, sentence.paragraph)):
        return scenarios  # "Baseline | 28.9" under "Cross-border B2C purchases in 2030 by scenario"
    if by_subject and (cell := _table_metric(text, q, label, sentence.paragraph, state, catalog)):
        return cell
    if (
        label
        and len(label.split()) <= 2
        and MEASURE_WORD.match(label)
        and (section := _section_name(sentence, state))
    ):
        return f"{section} {label.lower()}"  # "• Transactions: 18.6 billion" under "1. Pix": Pix transactions
    if (
        label
        and PERIOD_LABEL.fullmatch(label)
        and (table := state.table) is not None
        and table[0] == sentence.paragraph
        and table[1]
        and (by_time := BY_TIME_CAPTION.match(table[2]))
    ):
        # "April | 8,120 | 14,630" under "E-commerce containers by month (TEU)"
        return by_time.group("measure")
    if label:
        named = _captioned(label, text, sentence.paragraph, state) or _label_metric(
            label, _list_topic(state, sentence.paragraph, catalog), _caption_flow(state, sentence.paragraph)
        )
        # "Computer services: deficit of 3.2 trillion yen": the balance of what the label names
        if (balance := BALANCE_BEFORE.search(text, max(0, q.start - 20), q.start)) and balance.group(
            1
        ).lower() not in (named.lower()):
            return f"{named} {balance.group(1).lower()}"
        return named
    # "Q1 2025: 172.9": a line labelled by its period alone measures what its caption names
    if (
        by_subject
        and (row := row_line(text))
        and q.start >= row.end()
        and PERIOD_LABEL.fullmatch(period := row.group("label").strip())
        and (captioned := _captioned(period, text, sentence.paragraph, state))
    ):
        return captioned
    if by_subject and (measured := _caption_measure(text, q, sentence.paragraph, state)):
        return measured
    if by_subject and (headline := _place_line(text, q, state)):
        return headline
    if by_subject and (put := put_at(text, q, state)):
        return put
    if (
        by_subject
        and state.last_count
        and state.last_count[0] == sentence.paragraph
        and (valued := VALUE_WITH.search(text, max(0, q.start - 40), q.start))
        and MADE_COUNT.search(text, 0, valued.start())
    ):
        # "made 3 024.6 mln card transactions with a total value of PLN 214.7 bn": the value of those
        return f"{valued.group('measure').lower()} of {state.last_count[1]}"
    # ("bringing the first-half total to US$852 million": a total is of the measure named before)
    moved_to = MOVED_TO.search(text, max(0, q.start - 80), q.start) if by_subject else None
    if moved_to and not TOTAL_WORD.search(moved_to.group("np")):
        return moved_to.group("np")
    if by_subject and (pointed := _pointed(text, q, sentence.paragraph, previous, state, catalog)):
        return pointed
    if (
        by_subject
        and (worth := WORTH_OF_AFTER.match(text, q.end))
        and not TRADED_VERB.search(text, 0, q.start)
    ):
        # "approved PHP 18.6 billion worth of new IT-BPM projects": the projects approved
        done = DONE_TO_WORTH.search(text, max(0, q.start - 30), q.start)
        return f"{worth.group('np')} {done.group(1).lower()}" if done else worth.group("np")
    if by_subject and (funded := _funded(text, q, state)):
        return funded
    if by_subject and (raised := FUNDING_ROUND_AFTER.match(text, q.end)):
        return raised.group("round")  # "a US$14 million (about GH¢150 million) Series A round"
    if by_subject and (named_after := NOUN_AFTER_AMOUNT.match(text, q.end)):
        return " ".join(
            named_after.group("np").split()
        )  # "a $500m share buyback", "a 19% duty on courier shipments"
    if by_subject and (levied := CHARGE_AT.search(text, max(0, q.start - 60), q.start)):
        return levied.group("np")  # "pay personal income tax at a reduced 7.5% rate": the tax
    if by_subject and (charged := CHARGE_OF.search(text, max(0, q.start - 60), q.start)):
        # "pay a final tax of 0.25 percent on export proceeds": the charge, and on what
        on = CHARGED_ON.match(text, q.end)
        return f"{charged.group('np')} on {on.group('what')}" if on else charged.group("np")
    if by_subject and (changed := CHANGE_IN_AFTER.match(text, q.end)):
        return " ".join(changed.group("np").split())  # "a 27% jump in third-quarter gross merchandise value"
    if by_subject and (moved := moved_metric(text, q)):
        return moved
    if by_subject and (continued := _continues(text, q, previous, state)):
        return continued
    if by_subject and (those := _those(text, q, state)):
        return those
    if by_subject and (listed := _followed(text, q, state)):
        return listed
    of_whole = WHOLE_OF_AMOUNT.search(text, 0, q.start)
    if of_whole:  # "22 percent of the region's total trade of $3.8 trillion": the amount is the whole's
        return of_whole.group("np")
    concepts = concepts_of(catalog, concepts_text, state)
    phrase = metric_from_concepts(text, concepts, q.start, previous, look_after=look_after)
    headed = _head_metric(text, q.start, phrase, state.topic, state.abbreviations)
    if headed:
        return headed
    flow_of = FLOW_OF_BEFORE.search(text[max(0, q.start - 30) : q.start])
    whole = phrase or state.topic
    if flow_of and whole and (FLOW_WORDS.search(whole) or _traded_concept(whole, catalog)):
        # "trade reached 2.63 trillion, made up of exports of 2.2 trillion and imports of ...": a part
        return f"{' '.join(FLOW_WORDS.sub(' ', _trade_first(whole)).split())} {flow_of.group(1).lower()}"
    subject = _subject_metric(q, text, concepts, state, catalog, sentence.paragraph) if by_subject else None
    if subject:
        return subject
    if phrase:
        return with_flow(" ".join(phrase.split()), catalog, state.flow)
    return _fallback_metric(q, sentence, state, catalog)


# "a response rate of 27.1%", "an absorption rate of 48.4%": a rate named by what it measures
NAMED_RATE_OF = re.compile(
    # (not "an average rate of 12.4% a year", "a growth rate of 7%": how fast what the sentence names grew)
    r"\b(?:a|an)\s+(?P<np>(?!(?:growth|average|annual|compound|yearly|monthly)\b)[a-z][\w-]*\s+rate)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
)
SAMPLE_OF = re.compile(r"(?P<np>(?:[a-z][\w-]*\s+){0,3}(?:poll|survey|sample|study|panel))\s*\(\s*n\s*=\s*$")
POINTED_SERVICES = re.compile(r"\b(?:these|those|such|the\s+same)\s+services\b", re.IGNORECASE)


def finished(
    metric: str,
    share_of: str | None,
    key: str,
    catalog: Catalog,
    text: str,
    q: Quantity,
    offset: int,
    state: State,
    geo: str | None,
) -> tuple[str, str | None, str]:
    """The metric and a share's whole as they are stored: a value compared with the goal or figure before it
    in its sentence is of the same measure ("to account for 40 percent of services exports by 2027, up from
    about 32 percent now"); a concept worded by its definition is named by its usual words ("services
    delivered over computer networks" -> "digitally delivered services")."""
    if (
        (compared := COMPARED_BEFORE.search(text, max(0, q.start - 40), q.start))
        and not other_object(text, q, compared.start())
        and (prior := _compared_with(text, offset, compared.start(), q, state))
    ):
        metric, share_of, key = prior.metric, getattr(prior, "share_of", None), prior.metric_key
        if geo and prior.geo and geo != prior.geo:  # "compared with 96 per cent in Australia": there
            key = key_at(key, geo)
    elif (
        APPOSITIVE_BEFORE.search(text, max(0, q.start - 20), q.start)
        and MORE_THAN_BEFORE.match(text, q.end)
        and (prior := _last_in_sentence(text, offset, q, state))
    ):
        # "collected 1.1 trillion yen in fiscal 2024, about 9% more than a year before": the same measure
        metric, share_of, key = prior.metric, prior.share_of, prior.metric_key
    elif (
        share_of is None and metric.endswith(" share") and (whole := _sentence_whole(text, offset, q, state))
    ):
        # "Africa took just 1% of the world figure, while the least developed countries accounted for less
        # than 0.2%": a second part of the same whole
        part = metric.removesuffix(" share")
        metric, share_of, key = f"share of {part} in {whole}", whole, metric_key(catalog, part, geo, whole)
    elif (
        share_of is None
        and (whose := PRONOUN_SHARE.search(text, 0, q.start))
        and (owner := _last_part(state))
        and metric.lower().startswith(f"share of {whose.group('whole').lower()}"[:20])
    ):
        # "Their share of services trade has gained nearly 9 percentage points": the last share's part
        whole = whose.group("whole")
        metric, share_of, key = f"share of {owner} in {whole}", whole, metric_key(catalog, owner, geo, whole)
    elif share_of is None and (owned := OWNER_SHARE.fullmatch(metric)):
        # "Asia's share of world digitally delivered services exports climbed to about a quarter"
        owner, whole = owned.group("owner") or owned.group("pronoun"), owned.group("whole")
        if owned.group("pronoun"):
            owner = _last_part(state) or owner
        metric, share_of, key = f"share of {owner} in {whole}", whole, metric_key(catalog, owner, geo, whole)
    elif (
        share_of is not None
        and POINTER_WHOLE.fullmatch(share_of)
        and (measured := _whole_pointed(metric, share_of, text, offset, q, state))
        and not POINTER_WHOLE.fullmatch(measured)
    ):
        # "Games remained the biggest earner at 3.6 trillion yen, or 62% of the total": of what was
        # measured before
        part = metric.removeprefix("share of ").removesuffix(f" in {share_of}")
        metric, share_of, key = (
            f"share of {part} in {measured}",
            measured,
            metric_key(catalog, part, geo, measured),
        )
    elif q.unit == "count" and share_of is None and (handled := _handled_by(metric, text, q)):
        metric = handled
    elif (
        q.unit == "count"
        and SURVEYED_BEFORE.search(text, max(0, q.start - 40), q.start)
        and "survey" not in metric
    ):
        # "A survey of 1,200 companies by the Forum": the companies surveyed, not all companies
        qualifier = QUALIFIER_START.search(metric)
        at = qualifier.start() if qualifier else len(metric)
        metric = f"{metric[:at]} surveyed{metric[at:]}"
    metric = without_list_mark(metric)
    if state.topic and "services" in state.topic and (pointed := POINTED_SERVICES.search(metric)):
        # "Imports of these services rose": of the services the text is about
        metric = f"{metric[: pointed.start()]}{state.topic}{metric[pointed.end() :]}"
        key = (
            metric_key(catalog, metric, geo, share_of=share_of or "")
            if share_of
            else metric_key(catalog, metric, geo)
        )
    if (timeless := _without_time_tail(metric, state)) != metric:  # "Total revenue in the third quarter"
        metric = timeless
        key = key if share_of else metric_key(catalog, metric, geo)
    # "North America's share" measured as a share: one "share" (tested first for the letters after the "s",
    # which IGNORECASE matches only as themselves or their capitals)
    if "hare" in metric.lower():
        metric = DOUBLED_SHARE.sub("share", metric)
    metric = without_junk(metric)  # "receipts worked out to roughly": no hedge at the end
    if (scope := SCOPE_OPENING.match(text)) and scope.group("scope").lower() not in metric.lower():
        words = scope.group("scope")
        metric = f"{metric} {words[:1].lower()}{words[1:]}"  # "total trade deficit excluding precious metals"
    return catalog.named(metric), catalog.named(share_of) if share_of else share_of, key


TIME_PREPOSITION = re.compile(r"\s+(?:in|during|for|over|at|as\s+(?:of|at))\s+(?:the\s+)?$", re.IGNORECASE)


def _without_time_tail(metric: str, state: State) -> str:
    """A metric without the period its subject named ("Total revenue in the third quarter was ..."): the
    period is the figure's, and a name that holds it would make each quarter a series of its own."""
    if not TIME_HINT.search(metric):
        return metric
    exprs = find_periods(metric, state.published, state.fiscal_start, state.fiscal_by_start)
    end = len(metric.rstrip(" ,"))
    for index, e in enumerate(exprs):
        # the expressions from this one on, with only "of", "the" and commas between, run to the end
        tail = exprs[index:]
        if tail[-1].end < end or any(
            not TIME_JOINT.fullmatch(metric, a.end, b.start) for a, b in pairwise(tail)
        ):
            continue
        if LEADING_PREPOSITION.match(metric, e.start):  # "in 2024" read with its preposition
            return metric[: e.start].rstrip() or metric
        if cut := TIME_PREPOSITION.search(metric, 0, e.start):
            return metric[: cut.start()] or metric
    return metric


TIME_JOINT = re.compile(r"(?:\s|,|\bof\b|\bthe\b)*", re.IGNORECASE)


LEADING_PREPOSITION = re.compile(r"(?:in|during|for|over|at|as)\s", re.IGNORECASE)
# (the look-ahead: the characters the words start with, so most positions are passed over at once)
TIME_HINT = compiled(
    r"(?=[\dqhymp])(?:\d|quarter|half|year|month|period|(?-i:Q[1-4]|H[12]))"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


# ", up from about 32 percent now", ", compared with 52.9 per cent": an earlier value of the measure before.
COMPARED_BEFORE = re.compile(
    r",\s+(?:(?:up|down|rising|falling|climbing|slipping)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
    # "versus a loss of US$12.1 million": what the amount before turned out to be, of its measure
    r"(?:an?\s+(?:net\s+)?(?:loss|profit|gain|deficit|surplus)\s+of\s+)?"
    r"(?:just\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|under\s+|over\s+|less\s+than\s+|"
    r"more\s+than\s+|fewer\s+than\s+)?$",
    re.IGNORECASE,
)


SURVEYED_BEFORE = re.compile(
    r"\b(?:survey(?:ed|s)?(?:\s+of)?|poll(?:ed|s)?(?:\s+of)?|interviewed|questioned)\s+(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
QUALIFIER_START = re.compile(r"\s+(?:in|of|by|from|across|that|who|which|with|at|for)\b")
# "Brazil's Pix system processed 63.8 billion transactions": things a subject handled, served or employed.
HANDLED = re.compile(
    r"\b(?P<verb>processed|handled|cleared|served|helped|trained|employ(?:s|ed|ing)?|attracted|received|issued|"
    r"approved|licensed|certified|onboarded|signed\s+up|registered)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
    r"roughly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$",
    re.IGNORECASE,
)
PARTICIPLE_OF = {
    "employ": "employed",
    "employs": "employed",
    "employing": "employed",
    "signed up": "signed up",
}


def _handled_by(metric: str, text: str, q: Quantity) -> str | None:
    """ "transactions processed by Brazil's Pix instant-payment system", "businesses helped by our export
    support services", "professionals employed by Global Capability Centres": a count of what its subject
    handled, served or employed, by that subject (not a place, a pronoun or a number)."""
    verb = HANDLED.search(text, max(0, q.start - 40), q.start)
    if verb is None:
        return None
    subject = governing_subject(text, verb.start())
    if subject is None or not _counting_subject(subject, metric):
        return None
    word = verb.group("verb").lower()
    return f"{metric} {PARTICIPLE_OF.get(word, word)} by {subject}"


def counted_by(text: str, q: Quantity, counted: str | None) -> str | None:
    """The things counted, of the subject whose verb counts them: "UPI volume stood at 18,587 crore
    transactions" counts UPI's transactions (what a subject handled is named so later, by ``_handled_by``)."""
    if not counted or not q.counted or HANDLED.search(text, max(0, q.start - 40), q.start):
        return counted
    label = row_label(text, q.start)
    if (
        label
        and not place_only(label)
        and not MEASURE_WORD.search(label)
        and q.counted.lower() not in label.lower()
    ):
        return f"{label} {counted}"  # "• Pix: 19.6 billion transactions": the things counted, of the label's
    if label and MEASURE_WORD.search(label) and q.counted.lower() in ("people", "persons"):
        return label  # "Employment: about 41,000 people": what the label measures, in people
    subject = governing_subject(text, q.start)
    if subject is not None and len(subject.split()) > 6:
        # ("Online card payments processed through the interbank network run by GIE Monetique rose to 14.2
        # million transactions": the things, without the clause that says how they passed)
        subject = REDUCED_RELATIVE.sub("", subject)
    if (
        subject is None
        or len(subject.split()) > 6
        or not _counting_subject(subject, counted)
        or q.counted.lower() in subject.lower()
        or is_anaphor(subject)
        or PLACE_NOUN.fullmatch(subject) is not None
        # (the verb that governs the count between the subject and the number: not "bloc counted")
        or (at := text.rfind(subject, 0, q.start)) < 0
        or not GOVERNING_VERBS.search(text, at + len(subject), q.start)
        # ("drew 900 exhibitors from 40 countries": the verb's object is the other count)
        or OBJECT_OF_PREPOSITION.search(text, max(0, q.start - 30), q.start) is not None
    ):
        return counted
    return f"{LEADING_ARTICLE.sub('', subject)} {counted}"


# A past participle that opens a clause qualifying a noun ("payments processed through ...", "parcels
# shipped by ...").
REDUCED_RELATIVE = re.compile(
    r"\s+(?:processed|made|handled|sent|received|carried|conducted|settled|registered|recorded|shipped|"
    r"delivered|sold|bought|issued|routed|cleared)\s+(?:through|by|via|on|over|at|in|from|to|across)\b.*$"
)


def _counting_subject(subject: str, metric: str) -> bool:
    """Whether a subject says whose the things counted are: not a general word ("Hubs handled 20 cargo
    flights a week"), a place, a number or the things themselves."""
    return not (
        len(subject.split()) < 2
        or place_only(subject)
        or re.search(r"\d", subject)
        or subject.lower() in metric.lower()
    )


LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# "The bloc", "the country", "the island state", "the port": a place named by what it is
PLACE_NOUN = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:country|nation|province|city|municipality|region|bloc|continent|state|"
    r"kingdom|republic|territory|islands?|world|port|airport|hubs?|zones?|parks?)",
    re.IGNORECASE,
)
OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:from|across|among)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$"
)


OWNER_SHARE = re.compile(
    r"(?:the\s+)?(?:(?P<owner>[^,;]{2,60}?)['’]s|(?P<pronoun>its|their))\s+share\s+of\s+(?P<whole>[^,;]{3,80}?)"
    r"(?:\s+share)?",
    re.IGNORECASE,
)


PRONOUN_SHARE = re.compile(
    r"\b(?:its|their)\s+share\s+of\s+(?P<whole>[^,;]{3,60}?)(?=\s+(?:has|have|had|is|are|was|were|rose|fell|grew|"
    r"climbed|gained|increased|reached|stood|edged)\b)",
    re.IGNORECASE,
)


# A share's whole that only points back: "62% of the total", "close to 58% of it".
POINTER_WHOLE = re.compile(
    r"(?:the\s+)?(?:total|whole|it|that|this|that\s+total|the\s+total\s+figure)", re.IGNORECASE
)


def _whole_pointed(metric: str, whole: str, text: str, offset: int, q: Quantity, state: State) -> str | None:
    """What "the total" or "it" stands for as a share's whole: "the total" after a share of this sentence is
    that share's whole ("55 percent of total services exports, with insurance accounting for 6 percent of
    the total"); else, as "it" always, the last amount measured before."""
    if not re.search(r"\b(?:it|that|this)$", whole, re.IGNORECASE) and (
        same := _sentence_whole(text, offset, q, state)
    ):
        return same
    return _measured_before(metric, whole, state)


def _measured_before(metric: str, whole: str, state: State) -> str | None:
    """The last amount measured before a share of "the total" that is not its part ("Games sales" for a
    share of games), a share or a change."""
    part = metric.removeprefix("share of ").removesuffix(f" in {whole}").lower()
    for figure in reversed(state.figures[-8:]):
        if figure.kind == "level" and figure.unit != "percent" and not figure.metric.lower().startswith(part):
            return figure.metric
    return None


def _last_part(state: State) -> str | None:
    """The part of the last share measured: what "their share of services trade" is of."""
    last = next((f for f in reversed(state.figures[-6:]) if f.kind == "share" and f.share_of), None)
    if last is None or not last.metric.startswith("share of "):
        return None
    part = last.metric.removeprefix("share of ").removesuffix(f" in {last.share_of}")
    return part if part != last.metric.removeprefix("share of ") else None


def _sentence_whole(text: str, offset: int, q: Quantity, state: State) -> str | None:
    """The whole of the last share of this sentence before ``q``."""
    shares = [
        f for f in state.figures[-6:]
        if f.sentence == text and f.kind == "share" and f.share_of and offset <= f.span[0] < offset + q.start
    ]  # fmt: skip
    return shares[-1].share_of if shares else None


# ", about 9% more than a year before", ", roughly 610 million more than a year earlier": by how much the
# amount before it grew, an appositive of the same measure.
APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|just\s+|over\s+)?$", re.IGNORECASE
)
MORE_THAN_BEFORE = re.compile(
    r"\s+(?:more|less|fewer|higher|lower)\s+than\s+(?:a|the|one)\s+year\s+(?:before|earlier|ago)\b",
    re.IGNORECASE,
)


def _last_in_sentence(text: str, offset: int, q: Quantity, state: State) -> Figure | None:
    """The last figure of this sentence (which starts at ``offset`` in the text) before ``q``."""
    same = [f for f in state.figures[-4:] if f.sentence == text and offset <= f.span[0] < offset + q.start]
    return max(same, key=lambda f: f.span[0]) if same else None


def _compared_with(text: str, offset: int, before: int, q: Quantity, state: State) -> Figure | Target | None:
    """The figure or goal of this sentence (which starts at ``offset`` in the text) that is the last amount
    before the comparison at ``before``, in the unit of ``q``."""
    items: list[Figure | Target] = [*state.figures[-4:], *state.targets[-4:]]
    same = [i for i in items if i.sentence == text and offset <= i.span[0] < offset + q.start]
    if not same:
        return None
    last = max(same, key=lambda i: i.span[0])
    if last.unit != q.unit or getattr(last, "equivalent_of", None) is not None:
        return None
    between = YEAR.sub("", text[last.span[1] - offset : before])
    return None if re.search(r"\d", between) else last  # no amount of the sentence's own comes between


# A year, a fiscal year ("2024-25", "FY2024/25", "FY25") or a quarter: when, not an amount of the sentence.
YEAR = re.compile(
    r"\b(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?\b|\bFY\s?\d\d\b|\b[1-4]Q\d\d\b|\bQ[1-4]\b"
)


# "Excluding precious metals, the total trade deficit widened": a sentence that opens on what its measure
# leaves out or takes in names another series.
SCOPE_OPENING = re.compile(
    r"^(?:[-–—•·▪*]\s+)?(?P<scope>(?:Excluding|Including|Not\s+counting|Net\s+of|Ex-)\s*[^,;]{2,40}?),\s",
)


DOUBLED_SHARE = re.compile(r"\bshare\s+share\b", re.IGNORECASE)
# "- Cross-border GMV": a list line's mark is no part of the name.
LIST_MARK_INSIDE = re.compile(rf"^((?:share\s+of\s+)?)[-–—{BULLETS}*]\s+", re.IGNORECASE)
# (Every match starts with a space: the look-ahead spares the rest of the pattern elsewhere; the words are
# gathered under their first letters, for they are tried after every space.)
TRAILING_JUNK = re.compile(
    r"(?=\s)(?:\s+"
    + gathered(
        r"(?:about|around|roughly|nearly|some|almost|approximately|a|an|the|to|of|at|by|worth|up\s+to|"
        r"at\s+least|more\s+than|over|just|only|still|already|now|also|together)"
    )
    + r")+$",
    re.IGNORECASE,
)
# The words a match of TRAILING_JUNK ends with ("up to", "at least" and "more than" end with their last word).
JUNK_LAST_WORDS = frozenset(
    "about around roughly nearly some almost approximately a an the to of at by worth least than over "
    "just only still already now also together".split()
)
LIST_MARKS = f"-–—{BULLETS}*"


def without_junk(metric: str) -> str:
    """``metric`` without the hedges and prepositions that end it ("receipts worked out to roughly").

    Most metrics end in a noun: TRAILING_JUNK, which is tried after every space, runs only where
    the last word is one its matches can end with (folded, as IGNORECASE compares letters).
    """
    words = metric.rsplit(None, 1)
    if not words or folded(words[-1]) not in JUNK_LAST_WORDS:
        return metric
    return TRAILING_JUNK.sub("", metric) or metric


def without_list_mark(metric: str, kept: str = r"\1") -> str:
    """``metric`` without the list mark that opens it ("- B2C e-commerce revenue"), after "share of" or
    not; ``kept`` replaces the mark and the "share of" before it.

    LIST_MARK_INSIDE can only match a metric that opens with a mark or with "share": any other is
    returned at once, without a substitution.
    """
    if metric[:1] not in LIST_MARKS and folded(metric[:5]) != "share":
        return metric
    return LIST_MARK_INSIDE.sub(kept, metric)


# "a $500m share buyback", "a 19% duty on courier shipments", "the ¥5.9 trillion travel surplus": a noun the
# amount qualifies names what it is, with the noun it may qualify in turn ("a €150 duty exemption").
# "a 27% jump in gross merchandise value", "a 5 percent rise in exports": the change names what moved.
CHANGE_IN_AFTER = re.compile(
    r"\s+(?:year-on-year\s+|annual\s+)?(?:increase|rise|jump|drop|decline|gain|fall|growth|surge|slump)\s+in\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:first|second|third|fourth)-(?:quarter|half)\s+|full-year\s+|annual\s+)?"
    r"(?P<np>(?:[\w-]+\s+){0,5}?[a-z][\w-]*)(?=\s+(?:on|in|to|from|for|during|over|at|as|after|while|since|"
    r"compared|than|this|last|year|and\s+(?:a|an|the))\b|[,;.)]|$)"
)
BALANCE_BEFORE = re.compile(r":\s*(?:a\s+)?(surplus|deficit)\s+of\s+\S*$", re.IGNORECASE)
# "a final tax of 0.25 percent", "a handling fee of €2", "a tax rate of 15%": a charge named before "of" and
# the value.
CHARGE_OF = re.compile(
    # ("have been charged customs duty of 45%, with value-added tax of 15%": no article after these verbs)
    r"\b(?:(?:charged|levied|pays?|paid|attracts?|with|plus)\s+(?:a\s+|an\s+|the\s+)?|(?:a|an|the|its|their)\s+)"
    r"(?P<np>(?:[\w-]+\s+){0,3}?(?:tax|duty|levy|tariff|fee|charge|surcharge|"
    r"commission)(?:\s+rate)?)\s+of\s+(?:about\s+|around\s+|up\s+to\s+|just\s+|some\s+)?$",
    re.IGNORECASE,
)
# "pay personal income tax at a reduced 7.5% rate", "income tax at 12.5 per cent": a charge and its rate
CHARGE_AT = re.compile(
    r"(?<![\w-])(?P<np>(?:(?!(?:pay|pays|paid|and|the|a|an|of|at)\b)[\w-]+\s+){0,3}(?:tax|duty|levy|VAT|GST))"
    r"\s+at\s+(?:a\s+(?:reduced|flat|final|standard|single|preferential)\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
# ("EBITDA of US$20mn, a margin of 23.5%", "EBITDA: CHF 223.1 million; margin 32.6%")
MARGIN_OF = re.compile(
    r"[,;]\s*(?:a|an|for\s+a|giving\s+a)?\s*margin\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE
)
TOTAL_WORD = re.compile(rf"\b{TOTAL_NOUNS}\b", re.IGNORECASE)
# "lifting our operating margin to 13.0%", "raising its share to 40%", "we increased revenue by 8.3%": the
# measure a verb moved to (or by) the value
MOVED_TO = re.compile(
    r"\b(?:(?:lifting|lifted|raising|raised|pushing|pushed|bringing|brought|taking|lowering|lowered|cutting)\s+"
    r"(?:our|its|their|the)|(?:we|it|they)\s+(?:increased|grew|raised|lifted|boosted|expanded|cut|reduced)"
    r"(?:\s+(?:our|its|their))?)\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:by\s+[^\s,;]+(?:\s+per\s*cent|\s+percent)?\s+)?(?:to|by)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
# "The number of transactions grew by 8.9%": the count of the things named, not another measure of them
NUMBER_OF = re.compile(
    r"\b[Tt]he\s+number\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:grew|rose|fell|was|were|increased|decreased)\s+"
    rf"(?:by\s+)?(?:{HEDGE_WORDS})?$"
)
# ("Direct overseas purchases came to 16.4 million cases with a combined value of": the subject's value)
MADE_COUNT = re.compile(
    rf"\b(?:made|carried\s+out|completed|conducted|processed|handled|placed|executed)\s+(?:{HEDGE_WORDS})?\d"
)
# "with a total value of", "for a combined volume of": another measure of the things just counted
_VALUE_WITH = r"(?:with|for)\s+an?\s+(?:total\s+|combined\s+|aggregate\s+)?"
VALUE_WITH = re.compile(
    rf"\b{_VALUE_WITH}(?P<measure>value|volume)\s+of\s+(?:{HEDGE_WORDS})?$",
    re.IGNORECASE,
)
CHARGED_ON = re.compile(
    r"\s+on\s+(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:from|in|by|and|as|at)\b|[,;.)]|$)"
)
FUNDING_ROUND_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?P<round>(?:(?:Series|series)\s+[A-F]\d?|seed|pre-seed|growth|funding|venture|equity)"
    r"(?:\s+(?:funding|financing|investment))?\s+round)\b"
)
NOUN_AFTER_AMOUNT = re.compile(
    # (not "18% of grant funding", "9.6 per cent of total program expenditure": a share of a whole)
    r"\s+(?P<np>(?!of\s)(?:[a-z][\w-]*\s+){0,3}?(?:duty|duties|tariff|tariffs|tax|levy|surplus|deficit|buyback|"
    r"investment|fund|loan|budget|deal|contract|package|stake|fine|subsidy|grant|acquisition|valuation|bond|"
    r"stimulus|programme|program|outlay|allocation|impairment|write-?down|provision|dividend|payout|"
    r"duty-free\s+allowance|allowance|VAT|GST|DST|IVA|ICMS)"  # ("the US$41 duty-free allowance", "10% GST")
    r"(?:\s+(?:exemption|threshold|credit|cap|relief|limit|refund|rebate|charge|allowance))?"
    r"(?:\s+(?:on|to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:from|in|by|that|which|who|and|as|after|"
    r"since|last|this|under|with)\b|[,;.)]|$))?)(?=[\s,;.)]|$)"
)
# "Shipments to ASEAN members jumped 23 percent and those to Latin America 31 percent": the same measure,
# for another partner.
THOSE_TO = re.compile(
    r"\b(?:and|while|but|whereas)\s+(?:those|that|the\s+ones?)\s+(?P<partner>(?:to|from|in|for|of)\s+[^,;\d]{2,40}?)"
    r"(?:\s+(?:rose|grew|fell|jumped|climbed|dropped|declined|increased|were|was|reached|totall?ed))?"
    r"(?:\s+(?:by\s+)?(?:about|around|nearly|some|roughly|almost|just))?\s+$",
    re.IGNORECASE,
)
PARTNER_PHRASE = re.compile(r"\s+(?:to|from|in|for|of)\s+[^,;]*$", re.IGNORECASE)


# ", widening by $23.3 billion", ", growing 4 percent": a participle whose subject is the amount before it.
PARTICIPLE_CHANGE = re.compile(
    r",\s+(?:widening|narrowing|rising|falling|growing|climbing|increasing|decreasing|declining|shrinking|"
    r"expanding|gaining|dropping|jumping|sliding)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|"
    r"roughly\s+|almost\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _continues(text: str, q: Quantity, previous: str, state: State) -> str | None:
    """The measure of the figure before, when this amount only moves it on: a participle after it in its
    sentence ("a surplus of $264.5 billion, widening by $23.3 billion"), or a subject that is only a time
    ("Exports rose 1.9%. The first quarter of 2026 added another 1.5%")."""
    if not state.figures or state.figures[-1].sentence not in (text, previous):
        return None
    last = state.figures[-1]
    if last.sentence == text and PARTICIPLE_CHANGE.search(text, max(0, q.start - 40), q.start):
        return last.metric
    subject = (
        governing_subject(text, q.start) if "quarter" in text or "month" in text or "half" in text else None
    )
    if subject and TIME_SUBJECT.fullmatch(subject):
        return last.metric
    return None


# "the first quarter of 2026", "the second half": a time standing as a subject.
TIME_SUBJECT = re.compile(
    r"(?:the\s+)?(?:first|second|third|fourth|final|last|latest|next)\s+(?:quarter|half|month)"
    r"(?:\s+of\s+(?:19|20)\d\d)?",
    re.IGNORECASE,
)


def _those(text: str, q: Quantity, state: State) -> str | None:
    """ "... and those to Latin America 31 percent": the last figure's measure with the new partner."""
    those = THOSE_TO.search(text, max(0, q.start - 70), q.start)
    if those is None or not state.figures or state.figures[-1].sentence != text:
        return None
    before = state.figures[-1].metric
    partner = PARTNER_PHRASE.search(before)
    if partner is None:
        return None
    return f"{before[: partner.start()]} {' '.join(those.group('partner').split())}"


# "..., followed by Europe with close to a third", "followed by professional services at US$ 41.3 billion"
# The look-ahead for the letters every match starts with spares the rest of the pattern elsewhere.
FOLLOWED_BY = re.compile(
    r"(?=[aft])\b(?:followed\s+by|then|ahead\s+of)\s+(?:the\s+)?(?P<item>[^,;()\d]{2,60}?)\s+(?:with|at|on)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|close\s+to\s+|just\s+|over\s+|"
    r"more\s+than\s+|less\s+than\s+|under\s+)?$",
    re.IGNORECASE,
)


# A measure named only by a word that points back: "That was almost double", "expects that number to pass",
# "aims to cut that cost", "we now expect it to reach" (its subject is "we"), "June alone brought in".
POINTER_ONLY = re.compile(
    r"(?:that|this|it|them|these|those|we|I)(?:\s+(?:number|figure|cost|revenue|amount|total|level|sum|value|"
    r"count|market|sector|trade|spending|contribution))?|"
    # ("expects the figure to come in at around 290": the figure just given, whatever the goal's verb)
    r"(?:the\s+)?(?:figure|number|total|tally)(?:\s+to\s+[a-z]+(?:\s+(?:in|out|up))?)?|"
    r"(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"the\s+(?:first|second|third|fourth|final)\s+(?:quarter|half)|Q[1-4]|H[12])(?:\s+alone)?,?(?:\s+(?-i:[a-z'’]+)){0,3}",
    re.IGNORECASE,
)


def last_measure(state: State) -> str | None:
    """The metric of the last figure that is no share: what "those" or "followed with" stand for."""
    return next((f.metric for f in reversed(state.figures[-4:]) if f.kind != "share"), None)


def pointed_figure(state: State, sentence: str, previous: str, share: bool = False) -> Figure | None:
    """The last figure that is no share (unless a percentage points to it: "stands at 78% ... aims to raise
    it to 95%") in this sentence or the one before: what a measure named only by a pointer
    (``POINTER_ONLY``) is."""
    return next(
        (
            f
            for f in reversed(state.figures[-6:])
            if (share or f.kind != "share") and f.sentence in (sentence, previous)
        ),
        None,
    )


# "Selangor followed with RM9.8 billion", "Kedah came next with": the same measure, of the next in rank.
FOLLOWED_WITH = re.compile(
    r"\b(?:followed|came\s+(?:next|second|third)|was\s+(?:next|second|third)|ranked\s+(?:second|third))\s+"
    r"(?:with|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)
DONE_TO_WORTH = re.compile(
    r"\b(approved|signed|registered|pledged|committed|announced|secured|attracted)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# "RM38.6 billion (US$9.1 billion) worth of data centre investments": what the amount is worth of.
WORTH_OF_AFTER = re.compile(
    r"\)?(?:\s*\([^()]*\))?\s+worth\s+of\s+(?P<np>(?:[\w-]+\s+){0,4}?[\w-]+)"
    r"(?=\s+(?:in|to|from|for|during|last|this|over|by|at|on)\b|[,.;)]|$)"
)


# "Saudi Arabia remained the largest source of remittances at $9.3bn, followed by the UAE with $7.8bn and the
# UK with $5.99bn": flows from (or to) partners ranked by size, each the flow with that partner.
RANKED_PARTNER = re.compile(
    r"(?P<place>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:remained|was|is|became|stayed)\s+(?:the\s+)?"
    r"(?:single\s+)?(?:(?:second|third)[-\s])?(?:largest|biggest|main|top|leading)\s+"
    r"(?P<role>source|origin|destination|market|buyer|supplier)\s+(?:of|for)\s+(?P<np>[^,;()]{2,60}?)\s+"
    r"(?:at|with)\s+"
)
RANKED_NEXT = re.compile(
    r"(?:,?\s+followed\s+by|,\s+then|,|\s+and)\s+(?:the\s+)?(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+"
    r"(?:with|at)\s+$"
)
RANK_HEDGE = re.compile(r"(?:about|around|some|nearly|roughly|almost|over|more\s+than)\s+$", re.IGNORECASE)


def ranked_partner(text: str, q: Quantity) -> tuple[str, str] | None:
    """(metric, partner) of an amount ranked as a partner's flow: "remittances from Saudi Arabia"."""
    if "largest" not in text and "biggest" not in text and "main" not in text and "top" not in text:
        return None
    start = q.start - len(hedge.group(0)) if (hedge := RANK_HEDGE.search(text, 0, q.start)) else q.start
    for ranked in RANKED_PARTNER.finditer(text, 0, start):
        word = "from" if ranked.group("role") in ("source", "origin", "supplier") else "to"
        thing = " ".join(ranked.group("np").split())
        if ranked.end() == start:
            return f"{thing} {word} {LEADING_THE.sub('', ranked.group('place'))}", ranked.group("place")
        if (nxt := RANKED_NEXT.search(text, ranked.end(), start)) and nxt.end() == start:
            return f"{thing} {word} {nxt.group('place')}", nxt.group("place")
    return None


def _followed(text: str, q: Quantity, state: State) -> str | None:
    """ "Computer services remained the largest segment at US$ 114.7 billion, followed by professional and
    management consulting services at US$ 41.3 billion": the item, in the measure of the amount before."""
    if state.figures and FOLLOWED_WITH.search(text, max(0, q.start - 40), q.start):
        # "Johor drew RM21.3 billion in data centre investments. Selangor followed with RM9.8 billion."
        return last_measure(state)
    followed = FOLLOWED_BY.search(text, max(0, q.start - 90), q.start)
    if followed is None or not state.figures or state.figures[-1].sentence != text:
        return None
    item = " ".join(followed.group("item").split())
    if find_places(item):
        return state.figures[
            -1
        ].metric  # "followed by the provincial capital Guangzhou at 228.7 billion yuan"
    measure = PART_MEASURE.findall(state.figures[-1].metric)
    word = measure[-1].lower() if measure else None
    return f"{item} {word}" if word and word not in item.lower() else item


def _traded_concept(phrase: str, catalog: Catalog) -> bool:
    """Whether the phrase names a concept that is traded (has exports and imports)."""
    found = catalog.find(phrase)
    return bool(found) and found[0].concept.flows


def _head_metric(
    text: str, position: int, phrase: str | None, topic: str | None, abbreviations: dict[str, tuple[str, str]]
) -> str | None:
    """ "a surplus of $51.3 billion", "generated a gross merchandise value (GMV) of $263 billion": the
    measure named before the amount, of the concept, the subject or the topic (not of its imports)."""
    head = _head_before(text, position)
    if head is None:
        return None
    noun = head.group(1).lower()
    if noun in ("gdp", "gross domestic product"):
        return head.group(1)  # an economy's output, of the figure's place: no concept narrows it
    # "The sector posted revenue of $3.2bn": the subject of the verb the measure is the object of
    subject = governing_subject(text, position) or governing_subject(
        text, max(0, position - 60) + head.start()
    )
    owner = None if subject is None or _bare_flow(subject) else subject
    # "Cross-border GMV was US$1.97 billion", "- Cross-border GMV of US$1.97 billion": the subject names the
    # measure, narrowed (a list line's mark and the "of" before its amount are no part of it)
    core = LINE_ENDS.sub("", owner) if owner else ""
    if (
        core.lower().endswith(noun)
        and (len(noun.split()) < len(core.split()) or " " in noun)  # not "profits" alone: of what?
        and len(core.split()) <= len(noun.split()) + 3
    ):
        return None
    base = next((b for b in (phrase, owner, topic) if b and noun not in b.lower()), None)
    if base is None:
        return head.group(1) if " " in head.group(1) else None  # "posted a trade surplus of": that measure
    if base is topic and head.group(1) in abbreviations:
        return head.group(1)  # "GMV Rp512tn" after "E-commerce gross merchandise value (GMV)": as defined
    base = re.sub(r"\s+(?:trade|exports?|imports?)$", "", " ".join(base.split()))
    base = re.sub(r"^(?:(?:imports?|exports?|trade)\s+(?:of|in)\s+)", "", base, flags=re.IGNORECASE)
    return f"{base} {noun}"


def _head_before(text: str, position: int) -> re.Match[str] | None:
    """HEAD_BEFORE's match in the 60 characters before ``position`` (match positions in that window): the
    words it needs are looked for first, as most windows hold none and the pattern is slow to reject them.

    The pointer rule and the measure rule ask it in turn for the same quantity: the last answer is kept
    (one sentence's, so nothing grows with the texts read).
    """
    global _last_head
    last_text, last_position, last_head = _last_head
    if last_text is text and last_position == position:
        return last_head
    window = text[max(0, position - 60) : position]
    lowered = window.lower()  # once, not once for each word
    head = HEAD_BEFORE.search(window) if any(word in lowered for word in HEAD_WORDS) else None
    _last_head = (text, position, head)
    return head


# The sentence, position and answer of the last ``_head_before`` call.
_last_head: tuple[str | None, int, re.Match[str] | None] = (None, -1, None)


LINE_ENDS = re.compile(r"^\s*[•·▪●*–—-]\s+|\s+(?:of|at)$")
# "The WTO puts world exports of those at about $4.6 trillion", "provisional figures put services exports at":
# the object an estimate puts at the amount is what it measures.
# A hedge between a verb and the amount it governs: "stood at about", "employed some", "puts ... at nearly".
VERB_HEDGE = (
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+|only\s+)?"
)
PUT_AT = re.compile(
    r"\b(?:puts?|pegs?|pegged|estimates|estimated|valued)\s+(?:the\s+)?"
    rf"(?P<np>(?:(?!\b(?:was|were|is|are|be|been)\b)[^,;]){{3,80}}?)\s+at\s+{VERB_HEDGE}$",
    re.IGNORECASE,
)
OF_POINTER = re.compile(r"\s+of\s+(?:those|these|them|it|such\s+services)$", re.IGNORECASE)


def put_at(text: str, q: Quantity, state: State) -> str | None:
    """What an estimate puts at the amount; "exports of those" names the topic the text spoke of."""
    if " at " not in text or (put := PUT_AT.search(text, max(0, q.start - 100), q.start)) is None:
        return None
    np = " ".join(put.group("np").split())
    if (pointer := OF_POINTER.search(np)) and state.topic:
        np = f"{np[: pointer.start()]} of {state.topic}"
    return np


def _pointed(
    text: str, q: Quantity, paragraph: int, previous: str, state: State, catalog: Catalog
) -> str | None:
    """ "it reached", "these services accounted for", "the share was", "growth of 17 percent in such
    exports": what the last figure, in this paragraph or the one before, measured; after a sentence
    whose subject took a share of something ("Services that ... accounted for 54 percent of services
    exports. Their value has doubled"), that subject."""
    near = state.last_subject is not None and paragraph - state.last_subject[0] <= 1
    if _head_before(text, q.start):
        return None  # "the sector posted a trade surplus of $3.1bn": the measure is named before the amount
    if (
        state.last_thing
        and paragraph - state.last_thing[0] <= 1
        and (did := THEY_DID.match(text, 0, q.start))
    ):
        # "139 foreign suppliers had registered. They paid VND 9,820 billion": what the things counted did
        return f"{state.last_thing[1]} {did.group('verb')}"
    if not (near or previous) or (
        not refers_back(text, q.start) and not (SUCH_AFTER.match(text, q.end) and _no_thing_before(text, q))
    ):
        return None
    last_measured = state.last_subject[1] if state.last_subject is not None and near else None
    such = SUCH_AFTER.match(text, q.end)
    if such and (flow := such.group("flow").lower()) in ("exports", "imports"):
        # "exports rose 6.9%, imports 5.8% ... taking £98.4 billion of these exports": the last of that flow
        # (of a share, its whole: "22 percent of the world's exports ..., 17 percent growth in such exports")
        measured = (
            (f.share_of or "") if f.kind == "share" else f.metric for f in reversed(state.figures[-8:])
        )
        last_measured = next((m for m in measured if flow in m.lower()), None) or last_measured
    if (
        last_measured
        and (balance := BALANCE_POINTER.search(text, max(0, q.start - 60), q.start))
        and not BALANCE_WORD.search(last_measured)
    ):
        # "Exports were £405 billion and imports £214 billion, so the surplus is £190 billion": their balance
        thing = _traded_thing(last_measured, catalog)
        word = balance.group("balance").lower()
        if thing:
            return f"{thing} {'deficit' if word in ('shortfall', 'gap') else word}"
    before = [f for f in state.figures[-6:] if f.sentence == previous]
    last = before[0] if len(before) == 1 else None
    if last is not None and last.kind == "share" and last.share_of:
        # (a share names no subject of its own, so the sentence after one may point back to its part only)
        part = last.metric.removeprefix("share of ").removesuffix(f" in {last.share_of}")
        if part != last.metric and catalog.find(part) and not place_only(part):
            return part
    thing = state.last_thing[1] if state.last_thing and paragraph - state.last_thing[0] <= 1 else None
    if (
        thing
        and (measure := MEASURE_POINTER.search(text, max(0, q.start - 60), q.start))
        and measure.group("measure").lower() not in thing.lower()
    ):
        # "The number of digital payment transactions stood at 6,118 crore ... Their value rose 9.8 per cent":
        # another measure of the things just counted
        return f"{measure.group('measure').lower()} of {thing}"
    return last_measured


# "They paid VND 9,820 billion", "Together they exported": the things just counted, doing what the amount
# measures
THEY_DID = re.compile(
    r"\s*(?:Together,?\s+they|They)\s+(?:also\s+|together\s+|jointly\s+)?(?P<verb>paid|sold|spent|earned|"
    r"exported|imported|invested|generated|collected|raised|shipped|handled|processed)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|roughly\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?|[A-Z]{3}\s)?$"
)
# "Their value rose", "its volume reached": another measure of the thing just counted or measured
MEASURE_POINTER = re.compile(r"\b(?:[Tt]heir|[Ii]ts)\s+(?:total\s+)?(?P<measure>value|volume)\b(?=[^,;]*$)")
BALANCE_WORD = re.compile(r"\b(?:surplus|deficit|balance|shortfall|gap)\b", re.IGNORECASE)
BALANCE_POINTER = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:trade\s+)?(?P<balance>surplus|deficit|shortfall|gap)\s+(?:is|was|were|"
    r"stood\s+at|came\s+to|reached|widened\s+to|narrowed\s+to|amounted\s+to|totall?ed)\s+(?:just\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|over\s+|more\s+than\s+|under\s+)?$",
    re.IGNORECASE,
)


def _traded_thing(phrase: str, catalog: Catalog) -> str | None:
    """What a flow is of: "Imports of digitally delivered services" -> "digitally delivered services"."""
    match = next(iter(catalog.find(phrase)), None)
    if match is not None and match.concept.flows and not narrower(phrase, match):
        return match.concept.label or match.concept.name
    thing = " ".join(FLOW_WORDS.sub(" ", re.sub(r"\b(?:of|in)\b", " ", phrase)).split())
    return thing or None


def _no_thing_before(text: str, q: Quantity) -> bool:
    """Whether the subject of the verb governing ``q`` is a place or nothing ("India recorded growth of
    17 percent in such exports"), not a thing ("Smartphones made up $24 billion of these shipments")."""
    subject = governing_subject(text, q.start)
    return subject is None or place_only(subject)


# "recorded growth of 17 percent in such exports": the measure named before.
SUCH_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:such|these|those|this|that)\s+(?P<flow>exports|imports|trade|sales|shipments|flows|services)\b",
    re.IGNORECASE,
)


def _subject_metric(
    q: Quantity, text: str, concepts: list[ConceptMatch], state: State, catalog: Catalog, paragraph: int
) -> str | None:
    """The subject of the verb governing ``q``, with a bare "exports" completed from the topic."""
    before = text[: q.start].lower()
    if ("former" in before or "latter" in before) and FORMER_LATTER.search(text, 0, q.start):
        return None
    governing = governing_subject(text, q.start)
    # "with exports rising 13.4 percent", "Exports from Africa grew": a flow of the topic
    if governing and _bare_flow(governing):
        named = [c for c in concepts if c.end <= q.start]
        base = text[named[-1].start : named[-1].end] if named else state.topic
        if named and base and FLOW_WORDS.search(base) and named[-1].concept.flows:
            # "foreign trade reached ..., with exports surpassing": goods exports
            base = TRADE_SUFFIX.sub("", _trade_first(named[-1].concept.name))
        # "Ningbo's imports and exports totalled": with no topic yet, the flow as the subject names it
        return _of_topic(governing, base) if base else governing
    if (
        governing
        and (measure := _bare_measure(governing))
        and not NUMBER_OF.search(text, max(0, q.start - 120), q.start)
        and (completed := _measure_of(governing, measure, text, q, concepts, state, paragraph))
    ):
        return completed
    if governing and (allotted := _allotted(governing, text, q)):
        return allotted
    if (worth := OBJECT_WORTH.search(text, max(0, q.start - 100), q.start)) and not GOVERNING_VERBS.search(
        worth.group("np")
    ):
        owner = governing_subject(text, worth.start("verb"))
        np = " ".join(worth.group("np").split())
        # "produced deals and agreements worth 135.6 billion yuan"
        return f"{owner} {np}" if owner and not place_only(owner) else np
    if (governing or PLACE_SUBJECT.search(text, 0, q.start)) and (traded := _traded(text, q)):
        return traded  # "The EU exported ...": a place as the trader
    if governing:
        after = MEASURE_AFTER.match(text[q.end :])
        if after:  # "generated $81.3 billion of value added", "... in gross merchandise value (GMV)"
            return f"{governing} {' '.join(after.group(1).split())}"
        if (spent := SPENT_WHERE.match(text, q.end)) and SPENT_BEFORE.search(
            text, max(0, q.start - 30), q.start
        ):
            # "Dutch consumers spent €35.4bn online", "spent €4.6bn at foreign webshops": what, and where
            return f"{governing} spent {' '.join(spent.group('where').split())}"
        return _in_measure(governing, q, text, state, catalog, paragraph) or with_flow(
            governing, catalog, state.flow
        )
    return None


CURRENCY_CODE = re.compile(r"[A-Z]{3}")
LEVEL_AFTER = re.compile(
    r"\s+to\s+(?:[A-Z]{1,3}\$?\s?|[$€£¥₹]\s?)?\d[\d,.]*\s*(?:[a-z]+\s+)?(?:yuan|won|yen|dollars)?"
)
OF_AFTER = re.compile(r"\s+(?:of|in)\s", re.IGNORECASE)  # "$2.4 trillion of the net outflow": its own measure
# Money a subject spends or gives is no part of what it trades: "the Commission committed €1.2 billion".
SPENT = re.compile(
    r"\b(?:committed|commits|spent|spends|invested|invests|earmarked|earmarks|allocated|provided|pledged|"
    r"raised|paid|pays|introduced|valued|worth)\b",
    re.IGNORECASE,
)
# A noun phrase of a few words, no verb, preposition or hedge at its end: "Games", "Broadcast content".
NOUN_PHRASE = re.compile(
    r"[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?<!\bagain)(?<!\balone)|[A-Za-z][\w-]*\s+(?:again|alone)"
)
# The measure a part of something measured is in: "Games accounted for $8.4 billion" after content exports.
PART_MEASURE = re.compile(r"\b(exports|imports|sales|revenues?|shipments|receipts|payments)\b", re.IGNORECASE)


def _in_measure(
    subject: str, q: Quantity, text: str, state: State, catalog: Catalog, paragraph: int
) -> str | None:
    """A part of what was just measured, named without its measure: "Games accounted for $8.4 billion" or
    "Broadcast content slipped 3.8 percent" after figures on content exports are games and broadcast content
    exports; outside a catalog concept, the measure is that of the last amount in this paragraph or the one
    before, else the flow the text names most."""
    if (
        not ((q.unit and CURRENCY_CODE.fullmatch(q.unit)) or LEVEL_AFTER.match(text, q.end))
        or MEASURE_WORD.search(subject)
        or place_only(subject)
        or catalog.find(subject)
        or OF_AFTER.match(text, q.end)
        or SPENT.search(text, max(0, q.start - 40), q.start)
        or not NOUN_PHRASE.fullmatch(subject)
    ):
        return None
    last = state.last_subject[1] if state.last_subject and paragraph - state.last_subject[0] <= 1 else None
    measure = PART_MEASURE.findall(last) if last else []
    flow = state.flow if state.flow in ("exports", "imports") else None
    word = measure[-1].lower() if measure else None
    word = word if word in ("exports", "imports") else flow or word  # "overseas sales" in a text on exports
    if word is None or len(subject.split()) > 6 or (subject[:1].islower() and " " not in subject):
        return None
    return f"{subject} {word}"


# "earmark around €288.6 billion for measures supporting the Digital Decade": money set aside for a purpose.
ALLOTTED = re.compile(
    r"\b(?P<verb>earmark(?:s|ed)?|allocat(?:e|es|ed)|commit(?:s|ted)?|budget(?:s|ed)?|set\s+aside|sets\s+aside|"
    r"pledg(?:e|es|ed)|invest(?:s|ed)?|spen(?:d|ds|t))\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|"
    r"almost\s+|more\s+than\s+|over\s+|an\s+estimated\s+|a\s+record\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
# "spent $9.4 billion buying from foreign sellers": spending on that; "spent A$14.7 billion (US$9.6 billion)
# with overseas retailers": with them, past a conversion
PURPOSE_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:(?P<prep>for|on|in|to|under|with)\s+(?=\S)|(?=[a-z]+ing\s))", re.IGNORECASE
)
ALLOTTED_NOUN = {"invest": "investment", "spen": "spending"}


# "Rs 28.5 billion has been allocated in the PSDP 2025-26 for IT parks": what the money was given for
ALLOTTED_AFTER = re.compile(ALLOCATED_AFTER + r"(?:[^,;.]{0,80}?)\s(?P<prep>for|to)\s+(?=\S)", re.IGNORECASE)
# "including Rs 4.2 billion for software technology parks", "- $12.5 million for the digitalFIJI programme"
# in a budget: an amount the budget gives for a purpose
GIVEN_FOR = re.compile(r"\s+(?:for|to\s+(?:fund|support|build|expand))\s+(?=\S)", re.IGNORECASE)
GIVEN_BEFORE = re.compile(r"(?:^\s*[-–•*·]\s*|\bincluding\s+|\bprovides\s+|\ballocates\s+)$", re.IGNORECASE)


def _funded(text: str, q: Quantity, state: State) -> str | None:
    """ "Rs 28.5 billion has been allocated for IT sector development projects": what it was allocated for;
    in a budget, "- $12.5 million for the digitalFIJI programme": the funding for that."""
    if q.unit in ("percent", "count", "times", None):
        return None
    if allotted := ALLOTTED_AFTER.match(text, q.end):
        head = f"{allotted.group('verb').lower()} {allotted.group('prep').lower()}"
        start = allotted.end()
    elif (
        state.budget_year
        and (given := GIVEN_FOR.match(text, q.end))
        and GIVEN_BEFORE.search(text, 0, q.start)
    ):
        head, start = "funding for", given.end()
    else:
        return None
    stop = QUALIFIER_END.search(text, start)
    words = DANGLING.sub("", " ".join(text[start : stop.start() if stop else len(text)].split()[:10]))
    return f"{head} {words}" if words else None


def _allotted(subject: str, text: str, q: Quantity) -> str | None:
    """ "Member States' national roadmaps earmark €288.6 billion for measures supporting the Digital Decade":
    the subject's funding for that purpose (its investment in it, its spending on it)."""
    verb = ALLOTTED.search(text, max(0, q.start - 30), q.start)
    purpose = PURPOSE_AFTER.match(text, q.end) if verb else None
    if verb is None or purpose is None:
        return None
    stop = QUALIFIER_END.search(text, purpose.end())
    words = DANGLING.sub("", " ".join(text[purpose.end() : stop.start() if stop else len(text)].split()[:10]))
    if not words:
        return None
    noun = next(
        (n for stem, n in ALLOTTED_NOUN.items() if verb.group("verb").lower().startswith(stem)), "funding"
    )
    return f"{subject} {noun} {(purpose.group('prep') or 'on').lower()} {words}"


# "produced deals and agreements worth 135.6 billion yuan": what is worth the amount is the measure.
# The look-ahead for the letters every match starts with spares the rest of the pattern elsewhere.
OBJECT_WORTH = re.compile(
    r"(?=[abcdgpsylrw])\b(?P<verb>produced|signed|generated|clinched|sealed|struck|secured|attracted|drew|yielded|"
    r"brought|approved|registered|won|landed)\s+"
    r"(?P<np>(?!(?:during|in|at|on|for|by|from|with|over|under)\b)[^,;]{2,60}?)"
    # ("approved digital investments, mainly data centres and cloud regions, worth": an aside on what)
    r"(?:,\s+(?:mainly|mostly|largely|chiefly|including|such\s+as)\s+[^,;]{2,60},)?"
    r"\s+(?:worth|valued\s+at|totall?ing)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
    r"roughly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


def other_object(text: str, q: Quantity, before: int) -> bool:
    """Whether ``q`` is an amount of another thing traded ("exported €390bn of services, against €230bn of
    goods"), not an earlier value of the measure before ``before``."""
    return TRADED_VERB.search(text, 0, before) is not None and OBJECT_AFTER.match(text, q.end) is not None


def _traded(text: str, q: Quantity) -> str | None:
    """ "bought $61.7 billion of digitally deliverable services": the buyer's imports of the thing
    bought, not the buyer; "sold ... of" is the seller's exports."""
    verb = TRADED_OBJECT.search(text, max(0, q.start - 30), q.start)
    if verb is None and (worth := TRADED_WORTH.search(text, max(0, q.start - 70), q.start)):
        # "exported IT services worth US$352 million": the thing named before "worth"
        flow = "imports" if worth.group("verb") in ("bought", "purchased", "imported") else "exports"
        return f"{worth.group('np')} {flow}"
    if verb is None and COMPARED_BEFORE.search(text, max(0, q.start - 40), q.start):
        # "exported £496bn of services in 2024, ..., against £369bn of goods": the same verb's other object
        verb = next(reversed(list(TRADED_VERB.finditer(text, 0, q.start))), None)
    thing = OBJECT_AFTER.match(text, q.end) if verb else None
    if verb is not None and thing is None and (coordinated := TRADED_BEFORE.search(text, 0, verb.start())):
        thing = coordinated  # "exported €1.1 trillion worth of software and imported €0.9 trillion": the same
    if verb is None or thing is None:
        return None
    flow = "imports" if verb.group("verb") in ("bought", "purchased", "imported") else "exports"
    named = RENAMED_LIST.match(text, thing.end())
    return f"{named.group('name') if named else thing.group('np')} {flow}"


# "telecommunications, computer and information services (ICT services)": a list the brackets name.
RENAMED_LIST = re.compile(
    r"(?:,\s+[\w-]+(?:\s+[\w-]+){0,2})*,?\s+and\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*\((?P<name>[^()]{2,30})\)"
)


# A measure with nothing but a place, a partner or a time to it: "payments", "Shipments to ASEAN members",
# "transactions in the first half of 2024".
BARE_MEASURE = re.compile(
    r"(?:total\s+)?(?P<measure>shipments|sales|receipts|payments|transactions|purchases|orders|parcels|deliveries)"
    r"(?:\s+(?:abroad|overseas))?(?:\s+(?:to|from|into)(?:\s+the)?(?:\s+(?:members|countries|economies|markets|"
    r"region|destinations?))?)?(?:\s+(?:in|during|over|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|"
    r"same|past|previous|latest)\b|(?:19|20)\d\d)[^,;]*)?",
    re.IGNORECASE,
)
THING_OF = re.compile(r"\b(?:from|for|of|on)\s+(?:the\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+){0,3})$")


def _bare_measure(phrase: str) -> str | None:
    """The measure of a phrase that names only a measure ("payments", "Shipments to ASEAN members")."""
    match = BARE_MEASURE.fullmatch(placeless(phrase))
    return match.group("measure").lower() if match else None


def _measure_of(
    phrase: str,
    measure: str,
    text: str,
    q: Quantity,
    concepts: list[ConceptMatch],
    state: State,
    paragraph: int,
) -> str | None:
    """A bare measure completed with what it measures: the same measure named before it in the sentence
    ("the value of e-commerce transactions reached ..., while transactions in the first half totalled"),
    the thing a measure before it was of ("Receipts from digital-related services rose ..., while payments
    climbed": digital-related services payments), the concept named before it, else the concept the text
    named first (its headline's)."""
    # (a share of the measure in an aside before it, "which accounted for 58.3 percent of the total", is
    # not the measure)
    siblings = [
        f.metric for f in state.figures[-6:] if f.sentence == text and f.span[0] >= 0 and f.kind != "share"
    ]
    for sibling in reversed(siblings):
        if sibling.lower() == phrase.lower():
            return sibling  # "dropped 7.6 percent to 1.12 trillion won": the same subject's level
        if re.search(rf"\b{measure}\b", sibling, re.IGNORECASE) and not _bare_measure(sibling):
            return sibling
        if of := THING_OF.search(sibling):
            return f"{of.group('thing')} {_lowered(phrase)}"
    named = [c for c in concepts if c.end <= q.start]
    base = text[named[-1].start : named[-1].end] if named else state.lead_topic or state.topic
    if not base:  # "In dollar terms, receipts worked out to $202 billion": what was just measured
        return state.last_subject[1] if state.last_subject and state.last_subject[0] == paragraph else None
    thing = TRADE_SUFFIX.sub("", _trade_first(" ".join(base.split())))
    return f"{thing} {_lowered(phrase)}"


def _lowered(phrase: str) -> str:
    """ "Shipments to ASEAN members" after other words: a capital that only opened the sentence goes."""
    return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase


def _bare_flow(phrase: str) -> bool:
    """ "exports", "Exports from Africa", "Kenya's imports": a flow with nothing but a place to it."""
    return bool(FLOW_WORDS.search(phrase)) and bool(BARE_FLOW.fullmatch(placeless(phrase)))


@lru_cache(maxsize=1024)
def placeless(phrase: str) -> str:
    """The phrase without its places: "Exports from Africa" and "Kenya's exports" are bare flows."""
    for place in reversed(find_places(phrase)):
        phrase = phrase[: place.start] + phrase[place.end :]
    return PLACE_LEFTOVER.sub("", phrase).strip()


def _fallback_metric(q: Quantity, sentence: Sentence, state: State, catalog: Catalog) -> str:
    """No subject and no catalog concept in reach: the clause, the topic, or the paragraph's metric."""
    text = sentence.text
    subject = subject_phrase(text, q.start)
    if subject and not is_anaphor(subject):
        subject = " ".join(subject.split())
        if state.topic and FLOW_WORDS.search(subject) and not catalog.find(subject):
            return f"{state.topic} {FLOW_WORDS.search(subject).group(0).lower()}"  # type: ignore[union-attr]
        return subject
    if state.topic and (subject is None or is_anaphor(subject)):
        flow = FLOW_WORDS.search(text[clause_start(text, q.start) : q.start])
        return f"{state.topic} {flow.group(0).lower()}" if flow else state.topic
    if state.last_metric and state.last_metric[0] == sentence.paragraph:
        return state.last_metric[1]
    if q.counted:
        return q.counted
    return subject or "unknown"


CELL_SEPARATOR = re.compile(r"[|\t]")
# (paragraph, column headings, caption, what the text measured before the table)
TableHeading = tuple[int, tuple[str, ...], str, str | None]
# What a table heading may say besides its words: when ("2024", "Q3 2025", "FY25") and in what unit.
HEADING_NOISE = re.compile(
    # ("FY2023-24", "2024/25": a fiscal year written as two; "| 3Q25 | YoY |": a quarter coded as Brazil's
    # companies write it)
    r"\((?:[^()]{0,40})\)|\b(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?[pef]?\b|\b[QH][1-4]\b|\bFY\s?\d{2,4}(?:[-–/]\d{2})?\b"
    r"|\b[1-4][QH]\s?'?\d{2}(?:\d{2})?\b",
    re.I,
)
# Words that name what is measured, not what it is of: "Segment revenue", "Exports (US$ bn)".
MEASURE_WORD = re.compile(
    r"\b(?:exports?|imports?|trade|sales|revenues?|income|GMV|gross\s+merchandise\s+(?:value|volume)|value|"
    r"volume|spending|investment|payments|receipts|shipments|surplus|deficit|balance|output|transactions|"
    r"orders|deals|profits?|turnover|GDP|margin|shares?|rate|prices?|costs?|funding|financing|number|users|"
    r"shoppers|parcels|employment|jobs|added|account|basket|avg|average)\b",
    re.IGNORECASE,
)
# A caption's or first heading's measure: "Segment revenue (US$ millions)".
# "Table 1. Online overseas direct sales by product group, Q3 2025": a caption that breaks a measure down into
# the kinds of thing its rows name.
CAPTION_BY_PART = re.compile(
    rf"^\s*(?:{TABLE_LABEL})?(?P<measure>[A-Z][^:|\n]{{2,80}}?)\s+by\s+(?:main\s+|major\s+)?"
    r"(?:product|category|sector|type|segment|component|industry|service|kind|lane|channel|(?:customs\s+)?mode|"
    r"route|corridor|platform|method|instrument)",
    re.IGNORECASE,
)
# "Enterprises that sold online, by region, 2024 (% of enterprises)", "Online sales by state of delivery": a
# caption of a table whose rows are the places where what it measures happened
BY_PLACE_KIND = (
    r"(?:region|state|province|prefecture|department|county|city|municipality|emirate|voivodeship|governorate|"
    r"district|territory)"
)
CAPTION_BY_PLACE = re.compile(
    rf"^\s*(?:{TABLE_LABEL})?(?P<measure>[A-Z][^:|\n]{{2,80}}?),?\s+by\s+{BY_PLACE_KIND}\b", re.IGNORECASE
)
TABLE_MEASURE = re.compile(
    r"\b(?:exports|imports|sales|revenues?|income|GMV|gross\s+merchandise\s+value|spending|investment|"
    r"profits?|turnover|output|employment|"
    # ("Online orders by category", "Subscriptions at year-end (million)": things counted)
    r"(?:online\s+)?orders|subscriptions|subscribers|users|accounts|parcels|shipments|transactions)\b",
    re.IGNORECASE,
)
SHARE_HEADING = re.compile(r"\bshare\b|%\s*of\b|\bper\s*cent\s+of\b", re.IGNORECASE)
CHANGE_HEADING = re.compile(
    r"\b(?:change|growth|yoy|y-o-y|year-on-year|on\s+(?:19|20)\d\d|increase|rise|%)", re.IGNORECASE
)


def table_heading(sentence: Sentence, state: State, catalog: Catalog) -> TableHeading | None:
    """The table a line belongs to: a first row whose cells after the first hold no number but a year
    is its heading row, a plain line before it in the paragraph its caption, and what the text measured
    just before it is what a row naming only a place measures."""
    text, table = sentence.text, state.table
    if table is not None and table[0] == sentence.paragraph and table[1]:
        return table  # a row of the table already headed
    if not CELL_SEPARATOR.search(text):
        if table is not None and not table[1] and row_line(text):
            if table[0] == sentence.paragraph:
                return table  # "Total services: 131.4 billion" keeps the caption its list is under
            if table[0] == sentence.paragraph - 1 and table[2].endswith(":"):
                return (sentence.paragraph, *table[1:])  # a caption ending in a colon heads the lines below
        if table is not None and table[0] == sentence.paragraph and not table[1] and SOURCE_NOTE.match(text):
            # "[Chart: ... US$ billion. Source: Ministry of Commerce]": the caption, not its source
            return table
        return (sentence.paragraph, (), " ".join(text.split()), None) if len(text) <= CAPTION_LENGTH else None
    cells = tuple(" ".join(c.split()) for c in CELL_SEPARATOR.split(text))
    # (a digit inside a word names no number: "| Quarter | P2P | P2B |")
    if len(cells) < 2 or any(re.search(r"(?<![A-Za-z])\d", HEADING_NOISE.sub("", c)) for c in cells[1:]):
        return table
    caption = ""
    if table is not None and (
        table[0] == sentence.paragraph
        # "Table 1: Exports of digitally deliverable services by major category (S$ billion)" as a
        # paragraph of its own above the table
        or (table[0] == sentence.paragraph - 1 and not table[1] and CAPTION_LIKE.search(table[2]))
    ):
        caption = table[2]
    return (sentence.paragraph, cells, caption, _table_subject(state, sentence.paragraph, catalog))


SOURCE_NOTE = re.compile(r"\W*(?:Sources?|Notes?)\s*:", re.IGNORECASE)
# The longest line read as a caption: "Table 1: Trade in telecommunications, computer and information
# services by component, Q3 2025 (RM billion; year-on-year change in per cent)".
CAPTION_LENGTH = 160
# A line that reads as a table's caption: "Table 1: ...", "[Chart: ...]", "... (S$ billion)", "...:".
# ("Enterprises that sold online, by region, 2024 (% of enterprises)", "Online sales by state of delivery":
# a measure by place)
CAPTION_LIKE = re.compile(
    r"^\[?(?:Table|Chart|Figure|Exhibit|Graphic)(?:\s+\d|\s*:)|:$"
    r"|\([^()]*\b(?:billions?|millions?|bn|mn|%|per\s*cent)\b[^()]*\)$"
    rf"|,?\s+by\s+{BY_PLACE_KIND}\b",
    re.IGNORECASE,
)


def _table_metric(
    text: str, q: Quantity, label: str | None, paragraph: int, state: State, catalog: Catalog
) -> str | None:
    """What a cell of a table measures: its row's series, in the measure its caption names ("Segment
    revenue": "E-commerce" -> "E-commerce revenue"), or, where the row names only a place, what its
    column names, else what the text measured before the table ("United States | 713.2 | +6.4% | 16.8%"
    after a text on exports of digitally delivered services); a share column says so ("Share of world")."""
    table = state.table
    if table is None or table[0] != paragraph or not table[1] or not CELL_SEPARATOR.search(text):
        return None
    _, headings, caption, subject = table
    column = len(CELL_SEPARATOR.findall(text, 0, q.start))
    heading = " ".join(HEADING_NOISE.sub(" ", headings[column]).split()) if column < len(headings) else ""
    share = bool(SHARE_HEADING.search(heading))
    first_cell = CELL_SEPARATOR.split(text, maxsplit=1)[0].strip()
    if heading and caption and PERIOD_LABEL.fullmatch(first_cell) and (by := CAPTION_BY_PART.match(caption)):
        # "3T2024 | 3.512,4 | 2.108,7" under "Value settled through Pix, by type of payment" over
        # "| P2P | P2B |": the caption's measure, of the part the column names
        return f"{by.group('measure').rstrip(',')} {heading}"
    if (
        caption
        and (by_place := CAPTION_BY_PLACE.match(caption))
        and not (label and MEASURE_WORD.search(label))
        and _heading_within(heading, by_place.group("measure"))
    ):
        # "Lima Metropolitana | 29.8" under "Enterprises that sold online, by region" and "| Region | % |":
        # the caption's measure, in the row's place (the figure's geo), where the column names no other
        return by_place.group("measure")
    flows = [" ".join(HEADING_NOISE.sub(" ", h).split()) for h in headings[1 : column + 1]]
    if (
        label
        and (BARE_FLOW.fullmatch(label) or TOTAL_ROW.fullmatch(label))
        and heading
        and (named := measured_column(next((h for h in reversed(flows) if not change_column(h)), ""), state))
        and MEASURE_WORD.search(named)  # (not a month's or a quarter's column: "| Exports | August |")
        and not GENERIC_HEADING.fullmatch(named)
        and not BARE_FLOW.fullmatch(named)
    ):
        # "Import | 1.604.250 | +46,2%" under "| Flow | Declared value (VND million) | Change y/y |": the
        # flow's measure the column names (a change column's: the one before it); the total row's, the
        # measure itself
        return named if TOTAL_ROW.fullmatch(label) else f"{label} {named.lower()}"
    if label and (BARE_FLOW.fullmatch(label) or PERIOD_LABEL.fullmatch(label) or BALANCE.fullmatch(label)):
        return None  # "Exports | 19.95 trillion yuan": of what the text is about (see _label_metric)
    # "| Component | Exports | Change | Imports | Change |": a row's cell in a column of a flow, or of the
    # change beside it, is that flow of the row's thing
    flow = next((h for h in reversed(flows) if BARE_FLOW.fullmatch(h)), None) if heading else None
    # the column the caption names a unit for ("(value in ₦ trillion; volume in millions)"); a change column's
    # is the column's before it
    measured = (
        next((h for h in reversed(flows) if not CHANGE_HEADING.search(h)), "")
        if heading and state.table_named
        else ""
    )
    if (
        label
        and flow
        and (heading == flow or CHANGE_HEADING.search(heading))
        and not FLOW_WORDS.search(label)
    ):
        return f"{label} {flow.lower()}"
    if (
        label
        and caption
        and (by := CAPTION_BY_PART.match(caption))
        and not BARE_FLOW.fullmatch(
            by.group("measure")
        )  # "Exports by major category": "Financial services exports"
        and not catalog.find(label)
    ):
        # "Online overseas direct sales by product group" over "Cosmetics | 231.2": that measure, of the row's
        # (a row naming a measure of its own, "Computer services", is that measure, as below)
        base = f"{by.group('measure')} of {label}"
        # ("Payments by channel (value in ₦ trillion; volume in millions)": the value of a channel's payments,
        # and their volume, which the caption names for its columns)
        if measured and measured.lower() not in base.lower():
            base = f"{base} {measured.lower()}"
        return f"{base} {heading.lower()}" if share and heading.lower() not in base.lower() else base
    if label and measured:
        # "NIP | 342.5 | 2,861" under "(value in ₦ trillion; volume in millions of transactions)": what the
        # caption names the column for, of the row's thing
        return f"{label} {measured.lower()}"
    named = next(
        (m.group(0).lower() for words in (caption, headings[0]) if (m := TABLE_MEASURE.search(words))), None
    )
    # "Province | Registered companies (number)": a column of counts names what it counts
    counted = heading if column < len(headings) and NUMBER_HEADER.search(headings[column]) else ""
    if label and named:
        base = label if named in label.lower() else f"{label} {named}"  # "E-commerce" in segment revenue
    elif counted:
        base = f"{label} {counted}" if label else counted
    elif label and MEASURE_WORD.search(label):
        if not share:
            return None  # the row names its measure
        base = label
    elif (
        heading
        and "(" in headings[column]
        and not (GENERIC_HEADING.fullmatch(heading) or CHANGE_HEADING.search(heading) or share)
        and "CAGR" not in heading.upper()
        and place_only(first_cell)
    ):
        # "Osaka | 57.9" under "Prefecture | Households ordering online (%)": what the column's heading
        # names, of the row's place (the place is the figure's geo; a rate of growth is of the row's measure)
        base = heading
    elif label:
        # ("Asia/Pacific | 298 | +7.9" under "FTK by traffic area, February 2025 (million FTK; ...)" and
        # "| Traffic area | FTK | Change |": the caption's words for the column's measure, of the row's thing)
        clause = _caption_clause(caption, heading, flows) if heading and caption else None
        base = f"{label} {clause or subject or ''}".strip()
    elif (
        heading
        and OF_WHICH.match(heading)
        and (whole := next((FLOW_WORDS.search(h) for h in flows[:-1]), None))
    ):
        # "Services exports | of which: computer services": a part of the measure of a column before it
        part = OF_WHICH.sub("", heading)
        base = part if FLOW_WORDS.search(part) else f"{part} {whole.group(0).lower()}"
    elif (
        heading
        and GENERIC_HEADING.fullmatch(heading)
        and caption
        and (named_in := CAPTION_NAME.sub("", caption))
    ):
        base = named_in  # "Year | Value" under "Exports of software services (value in US$ billion)": those
    elif heading and MEASURE_WORD.search(heading) and not share and not CHANGE_HEADING.search(heading):
        base = heading  # "Exports (US$ bn)" over rows of places
        if BARE_FLOW.fullmatch(heading) and caption and (captioned := catalog.find(caption)):
            # "Exports (Rs lakh crore)" under "The year-wise value of software services exports ...": of that
            base = _of_topic(heading.lower(), captioned[0].concept.name)
        elif BARE_FLOW.fullmatch(heading) and state.lead_topic:
            # "Year | Exports" under a caption naming no measure: of what the text is about
            base = _of_topic(heading.lower(), state.lead_topic)
        elif caption and (clause := _caption_clause(caption, heading, flows)):
            base = clause  # "Year | Sales" under "Chart data: e-commerce sales in Peru, US$ billion"
    elif (
        heading
        and caption
        and not MEASURE_WORD.search(heading)  # (read as such above)
        and (clause := _caption_clause(caption, heading, flows))
    ):
        # "Year | Earnings | Change" under "IT/BPM export earnings (US$ million) and annual change (per
        # cent)": the caption's words for the measure the column names (a change column's: the one before it)
        base = clause
    else:
        base = subject or ""
    if not base:
        return None
    return f"{base} {heading.lower()}" if share and heading.lower() not in base.lower() else base


CAPTION_CLAUSES = re.compile(r"\s*(?:[,;]|\band\b)\s*")


def _caption_clause(caption: str, heading: str, flows: list[str]) -> str | None:
    """The clause of a caption holding the word a column's heading is (for a change, the column's before)."""
    if CHANGE_HEADING.search(heading):
        heading = next((h for h in reversed(flows) if not CHANGE_HEADING.search(h)), "")
    if not heading or " " in heading or BARE_FLOW.fullmatch(heading):
        return None  # ("Exports" is of the catalog's or the text's topic: read above)
    word = re.compile(rf"\b{re.escape(heading)}\b", re.IGNORECASE)
    # ("Chart data: e-commerce sales in Peru": the words after a caption's own label)
    clauses = CAPTION_CLAUSES.split(CAPTION_NAME.sub("", caption).rsplit(":", 1)[-1].strip())
    return next(
        (clause for clause in clauses if word.search(clause) and clause.lower() != heading.lower()), None
    )


# "Total | 2.315.000": a table's row of the whole (not "the total" said of the figure before)
TOTAL_ROW = re.compile(r"(?:grand\s+)?total|all|overall", re.IGNORECASE)
# A column heading that says only that its cells are amounts, and a caption's words around its measure.
GENERIC_HEADING = re.compile(r"value|amount|total|level|volume|number", re.IGNORECASE)
CAPTION_NAME = re.compile(rf"^\s*{TABLE_LABEL}|\s*\([^()]*\)|[\s:,]+$", re.IGNORECASE)


def column_heading(text: str, q: Quantity, paragraph: int, state: State) -> str:
    """The heading of the table column the cell at ``q`` stands in ("" outside a table)."""
    table = state.table
    if table is None or table[0] != paragraph or not table[1] or not CELL_SEPARATOR.search(text):
        return ""
    column = len(CELL_SEPARATOR.findall(text, 0, q.start))
    return table[1][column] if column < len(table[1]) else ""


def measured_column(heading: str, state: State) -> str | None:
    """What a column measures, in a table whose label column is followed by two columns or more measuring
    different things ("Parcels ('000)", "Declared value (₦ billion)"): not a period's, a change's or a
    share's column, which measure what the row does."""
    table = state.table
    if table is None or len([h for h in table[1][1:] if h.strip()]) < 2:
        return None
    name = BRACKETED.sub("", heading).strip()  # "Parcels ('000)": its unit in brackets
    if not name or change_column(name) or SHARE_HEADING.search(name) or re.search(r"\d", name):
        return None
    return name


def change_column(heading: str) -> bool:
    """Whether a column's heading names a change ("Change (%)", "YoY")."""
    return bool(CHANGE_WORD_HEADING.search(heading)) and not SHARE_HEADING.search(heading)


# A column heading that names a change in words ("Change (%)", "YoY", "Growth", "% y/y", "Var. %"), not by a
# bare "%".
CHANGE_WORD_HEADING = re.compile(
    r"\b(?:change|growth|yoy|y-o-y|y/y|year-on-year|increase|rise|var|variation|chg)\b", re.IGNORECASE
)


def _heading_within(heading: str, measure: str) -> bool:
    """Whether a column's heading names nothing its table's caption does not ("%", "Change", "Sales" under
    "Online sales by state")."""
    if not heading or heading == "%" or GENERIC_HEADING.fullmatch(heading) or CHANGE_HEADING.search(heading):
        return True
    return set(re.findall(r"\w+", heading.lower())) <= set(re.findall(r"\w+", measure.lower()))


def _table_subject(state: State, paragraph: int, catalog: Catalog) -> str | None:
    """What a table of places measures: what the text measured just before it, named as its concept in
    its flow ("Exports of digitally delivered services" -> "digitally delivered services exports")."""
    before = state.last_subject[1] if state.last_subject and paragraph - state.last_subject[0] <= 1 else None
    if before:
        return concept_named(before, catalog) or before
    if state.topic:
        return with_flow(TRADE_SUFFIX.sub("", state.topic), catalog, state.flow)
    return None


# "Exports of the content industry", "China's imports of chips": a flow of a thing named after it.
FLOW_FIRST = re.compile(
    r"(?:(?P<owner>[\w.-]+(?:'s|’s))\s+)?(?P<flow>exports|imports|sales|shipments)\s+of\s+(?:the\s+)?"
    r"(?P<thing>(?:(?!(?:to|from|in|by|through|via|with|for|at|on)\b)[\w-]+\s*){1,4})",
    re.IGNORECASE,
)


def flow_last(phrase: str) -> str:
    """A flow named after its thing: "Exports of the content industry" -> "content industry exports", as
    a share's whole is read ("60 percent of the total" of content industry exports)."""
    match = FLOW_FIRST.fullmatch(phrase.strip())
    if match is None:
        return phrase
    owner = f"{match.group('owner')} " if match.group("owner") else ""
    return f"{owner}{match.group('thing').strip()} {match.group('flow').lower()}"


def concept_named(phrase: str, catalog: Catalog) -> str | None:
    """The catalog concept a phrase measures, by its usual words and flow, when nothing narrows it:
    "Global exports of digitally delivered services" -> "digitally delivered services exports"."""
    match = next(iter(catalog.find(phrase)), None)
    if match is None or narrower(phrase, match):
        return None
    concept = match.concept
    if not concept.flows:
        return concept.name
    flow = flow_of(phrase)
    label = concept.label or concept.name
    return f"{label} {'trade ' + flow if flow in ('surplus', 'deficit', 'balance') else flow}"


# "Southeast Asia's digital economy": a possessive place that opens a metric.
OWNER_PLACE = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+")


def _place_line(text: str, q: Quantity, state: State) -> str | None:
    """ "- Indonesia: USD 99bn, up 13 per cent" under a text on Southeast Asia's digital economy GMV: a list
    line labelled only by a place measures what the text measured first, for that place."""
    line = row_line(text)
    if line is None or q.start < line.end() or not find_places(line.group("label")):
        return None
    first = state.first_amount()
    if first is None or place_only(first.metric):
        return None
    owner = OWNER_PLACE.match(first.metric)
    return first.metric[owner.end() :] if owner and find_places(owner.group("owner")) else first.metric


# "Cross-border e-commerce imports and exports of major cities, January-September (unit: ...):": the measure
# the caption names, before what it is broken down by.
CAPTION_MEASURE = re.compile(
    r"^(?P<measure>[^,:(]{3,80}?)\s*(?:\b(?:of|by|in|for|across)\s+(?:major|main|leading|top|the)?\s*"
    r"(?:cities|provinces|regions|countries|markets|economies|categories|sectors)\b|,|\(|:)"
)


def _caption_measure(text: str, q: Quantity, paragraph: int, state: State) -> str | None:
    """What a list line labelled by a place alone ("- Hangzhou: 1,045.6, up 8.2%") measures: its caption's
    measure, when the caption ends in a colon."""
    table = state.table
    if table is None or table[0] != paragraph or table[1] or not table[2].endswith(":"):
        return None
    row = row_line(text)
    if row is None or q.start < row.end() or not place_only(LIST_MARK.sub("", row.group("label")).strip()):
        return None
    caption = CAPTION_MEASURE.match(table[2])
    if caption is None or not TABLE_MEASURE.search(caption.group("measure")):
        return None
    if partners := PARTNER_CAPTION.match(caption.group("measure")):
        # "- USA — $301.5 million" under "Top destinations for IT exports, 2025:": the exports to the USA
        return f"{partners.group('measure').strip()} to {LIST_MARK.sub('', row.group('label')).strip()}"
    return caption.group("measure").strip()


# "Top destinations for IT exports", "Main markets of e-commerce exports": a caption over the partners a
# flow goes to, each line the flow to one of them (the exporter's, not the partner's).
PARTNER_CAPTION = re.compile(
    r"(?:(?:top|main|leading|largest|biggest|key)\s+)?(?:destinations|markets|buyers|partners|clients)\s+"
    r"(?:for|of)\s+(?P<measure>.+)",
    re.IGNORECASE,
)


def partner_rows(paragraph: int, state: State) -> bool:
    """Whether the list lines of ``paragraph`` name the partners of a flow under a caption that says so."""
    table = state.table
    if table is None or table[0] != paragraph or table[1] or not table[2].endswith(":"):
        return False
    caption = CAPTION_MEASURE.match(table[2])
    return bool(caption and PARTNER_CAPTION.match(caption.group("measure")))


def _captioned(label: str, text: str, paragraph: int, state: State) -> str | None:
    """A list line's label in the measure its caption names: "Total services: 131.4 billion" under
    "Australia, selected services exports, 2024-25" is of total services exports."""
    table = state.table
    if table is None or table[0] != paragraph or table[1] or table[2] == " ".join(text.split()):
        return None
    if PERIOD_LABEL.fullmatch(label) and (by_time := BY_TIME_CAPTION.match(table[2])):
        return by_time.group("measure")  # "Q1 2024 .... 139.6" under "Receipts by quarter (€ million)"
    measure = TABLE_MEASURE.search(table[2])
    if (
        measure
        and table[2].endswith(":")
        and PERIOD_LABEL.fullmatch(label)
        and BARE_FLOW.fullmatch(measure.group(0))
    ):
        # "Q1 2025: 172.9" under "Seasonally adjusted exports, in billions of dollars:": the topic's exports;
        # under "Quarterly exports of IT Park residents in 2025, mln USD:", the exports the caption names
        named = CAPTION_FLOW.match(table[2])
        if named and FLOW_FIRST.fullmatch(named.group("flow")):
            return named.group("flow")
        return _of_topic(measure.group(0).lower(), state.lead_topic)
    if (
        measure is None
        or MEASURE_WORD.search(label)
        or BARE_FLOW.fullmatch(label)
        or PERIOD_LABEL.fullmatch(label)
    ):
        return None
    return f"{label} {measure.group(0).lower()}"


# "Receipts by quarter (€ million)", "Inbound volumes by month": a caption over rows labelled by their time
BY_TIME_CAPTION = re.compile(
    rf"^\s*(?:{TABLE_LABEL})?(?P<measure>[A-Z][^:|()\n]{{2,80}}?)\s+(?:by|per|each)\s+"
    r"(?:month|quarter|year|half|half-year|week|fiscal\s+year)\b"
)


# A caption's flow of a thing, before its period or unit: "Quarterly exports of IT Park residents in 2025"
CAPTION_FLOW = re.compile(
    r"(?:(?:Quarterly|Monthly|Annual|Yearly)\s+)?(?P<flow>[^,(:]+?)(?=\s+in\s+(?:(?:19|20)\d\d|[A-Z]{3}\b)|\s*[,(:])",
    re.IGNORECASE,
)


# "1. Pix", "2.3 Mobile money": a numbered section's heading, naming what its lines are about.
SECTION_HEADING = re.compile(
    r"[ \t]*\d+(?:\.\d+)*\.?[ \t]+(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]*"
)


def _section_name(sentence: Sentence, state: State) -> str | None:
    """The name a numbered heading opening the sentence's paragraph gives its section."""
    gap = state.text.rfind("\n\n", 0, sentence.start)
    start = gap + 2 if gap >= 0 else 0
    line_end = state.text.find("\n", start + 1)
    heading = SECTION_HEADING.fullmatch(state.text, start, line_end if line_end >= 0 else len(state.text))
    return heading.group("name") if heading else None


def _list_topic(state: State, paragraph: int, catalog: Catalog) -> str | None:
    """What a list's or table's "Exports" row is of: what its caption names ("Trade in digitally deliverable
    services (millions of Canadian dollars)"), else what the text named first."""
    table = state.table
    if table is not None and table[0] == paragraph and table[2] and (named := catalog.find(table[2])):
        return named[0].concept.name
    return state.lead_topic


# "Table 1. Cross-border B2C purchases in 2030 by scenario (R$ bn)": rows named by scenario, not by measure.
BY_SCENARIO = re.compile(
    rf"^\s*(?:{TABLE_LABEL})?(?P<measure>[A-Z][^:|()\n]{{2,80}}?)"
    r"(?:\s+(?:in|by|to)\s+(?:19|20)\d\d)?\s+(?:by|under\s+(?:each|three|two|four))\s+scenarios?\b",
    re.IGNORECASE,
)


def _scenario_measure(state: State, paragraph: int) -> str | None:
    """What a table of scenarios measures: its caption's measure, whatever scenario a row names."""
    table = state.table
    if table is None or not 0 <= paragraph - table[0] <= 1 or "scenario" not in table[2].lower():
        return None
    found = BY_SCENARIO.match(table[2])
    return found.group("measure") if found else None


def _caption_flow(state: State, paragraph: int) -> str | None:
    """The one flow a table's caption names ("Table 2: Exports of ICT services (US$ million)"): its rows'."""
    table = state.table
    if table is None or not 0 <= paragraph - table[0] <= 1 or not (flow := ONE_FLOW.search(table[2])):
        return None
    return flow.group(0).lower()


def _label_metric(label: str, topic: str | None, flow: str | None = None) -> str:
    """A list line's label names its metric; "Exports", "Deficit" or "Fourth quarter alone" name only
    a flow, a balance or a period of what the whole list is about; a row of a table of one flow is that
    flow of what the row names ("Computer services" under "Exports of ICT services")."""
    if topic and PERIOD_LABEL.fullmatch(label):
        return _trade_first(topic)
    if topic and BALANCE.fullmatch(label):
        return f"{_trade_first(topic)} {label.lower()}"
    if BARE_FLOW.fullmatch(label):
        return _of_topic(label, topic)
    if flow and not FLOW_WORDS.search(label):
        return f"{label} {flow}"
    return label


# A topic that is one flow of something: "Exports of ICT services" (not "trade", both ways).
ONE_FLOW = re.compile(r"\b(?:exports|imports)\b", re.IGNORECASE)


def _trade_first(topic: str) -> str:
    """ "trade in services" -> "services trade": the form a balance or a list's total is named in."""
    return re.sub(r"^trade\s+in\s+(.+)$", r"\1 trade", topic, flags=re.IGNORECASE)


def _of_topic(flow: str, topic: str | None) -> str:
    """A bare flow of a topic: "exports of trade in goods", "digital services exports"."""
    if topic is None:
        return flow
    if flow.lower() in topic.lower():
        return topic  # "Trade" under a chart of "digitally delivered services trade"
    if FLOW_WORDS.search(topic):
        return f"{flow} of {topic}"
    return f"{topic} {flow.lower()}"


def text_flow(text: str) -> str | None:
    """The flow the text names most: "exports", "imports" or "trade" (both, or trade alone)."""
    # (the flows are read in lower case: the whole text is scanned with FLOW_NAMED's lowercase copy where
    # that finds the same, faster)
    low = lowered(text)
    named = FLOW_NAMED.finditer(text) if low is None else LOWERCASE_FLOW_NAMED.finditer(low)
    flows = Counter(flow_of(m.group(0)) for m in named)
    return flows.most_common(1)[0][0] if flows else None


def with_flow(phrase: str, catalog: Catalog, flow: str | None = None) -> str:
    """Name the flow of a traded concept: "digitally delivered services" -> "... trade", or "... exports"
    where the figures before it were exports ("Computer services remained the largest segment" in a
    text about exports)."""
    matches = catalog.find(phrase)
    if matches and MODIFIED_NOUN.match(phrase, matches[0].end):
        return phrase  # "cross-border e-commerce sellers": the concept only says which sellers
    if matches and matches[0].concept.flows and not FLOW_WORDS.search(phrase):
        return f"{phrase} {flow if flow in ('exports', 'imports') else 'trade'}"
    if matches and matches[0].concept.flows and flow_of(phrase) == "trade" and "trade" not in phrase.lower():
        return f"{phrase} trade"
    return phrase


# A noun after a concept, which the concept only qualifies: "cross-border e-commerce sellers", "IT-BPM
# revenue".
MODIFIED_NOUN = re.compile(
    r"\s+(?!(?:in|on|at|of|for|from|to|by|with|through|via|and|or|trade|exports?|imports?|sector|industry|"
    r"market|sales|value|volume|surplus|deficit|balance)\b)[a-z][\w-]*s\b"
    r"|\s+(?:revenue|income|turnover|output|employment|spending)\b"
)
HEAD_BEFORE = re.compile(
    # (with up to three words naming it: "a services trade surplus of", not "posted a" or "its"; the words it
    # may not be are gathered under their first letters, for they are tried before every word)
    r"\b((?:(?!"
    + gathered(
        r"(?:a|an|the|its|their|his|her|of|for|in|on|to|with|and|or|by|at|from|as|was|were|is|are|had|has|"
        r"have|posted|recorded|reported|registered|logged|booked|ran|run|generated|earned|made|saw|achieved|"
        r"delivered|announced|said|showed|about|around|nearly|some|estimated|record|combined|projected|expected|"
        r"forecast|new|overall|annual)"
    )
    + r"\b)(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,3}"
    r"(?:surplus|deficit|outlay|revenues?|profits?|turnover|GMV|remittances|inflows|outflows|receipts|earnings|"
    r"margin|value\s+added|investment|spending|gross\s+merchandise\s+(?:value|volume)|gross\s+domestic\s+product|GDP))"
    r"(?:\s*\([^)]*\))?\s+"
    r"(?:of|at|was|were|reached|stood\s+at|came\s+to|totall?ed|hit)?\s*(?:about|around|nearly|some|roughly)?\s*$",
    re.IGNORECASE,
)
HEAD_WORDS = (
    "surplus", "deficit", "outlay", "revenue", "profit", "turnover", "gmv", "value", "investment", "margin",
    "spending", "merchandise", "domestic", "gdp", "remittances", "inflows", "outflows", "receipts",
    "earnings",
)  # fmt: skip
FLOW_OF_BEFORE = re.compile(r"\b(exports|imports)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# "$81.3 billion of value added", "$263 billion in gross merchandise value": what the amount is of.
SPENT_BEFORE = re.compile(
    r"\bspent\s+(?:an\s+estimated\s+|about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|over\s+|"
    r"more\s+than\s+)?$"
)
SPENT_WHERE = re.compile(
    r"\s+(?P<where>online|(?:at|on|with)(?:\s+(?!(?:in|last|this|during|for|from|up|down|and|or)\b)[\w-]+){1,4})"
)
MEASURE_AFTER = re.compile(
    # ("earned €1.2 billion (US$1.3 billion) in revenue": past the amount restated)
    r"^(?:\s*\([^()]{1,40}\))?\s+(?:of|in)\s+(value\s+added|gross\s+merchandise\s+value|GMV|revenues?|sales|"
    r"profits?|investment|deals|contracts|orders|funding|transactions|turnover|support|financing|loans|grants|"
    r"subsidies|aid)\b(?:\s*\([A-Z]{2,6}\))?",
    re.IGNORECASE,
)
# "African economies bought $61.7 billion of digitally deliverable services from abroad": a flow of what
# was bought or sold.
TRADED_OBJECT = re.compile(
    r"\b(?P<verb>bought|purchased|imported|sold|exported|shipped)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
    r"roughly\s+)?$"
)
TRADED_VERB = re.compile(r"\b(?P<verb>bought|purchased|imported|sold|exported|shipped)\b")
TRADED_WORTH = re.compile(
    r"\b(?P<verb>bought|purchased|imported|sold|exported|shipped)\s+(?P<np>(?:[\w-]+\s+){0,4}?[\w-]+)\s+"
    r"worth\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?$"
)
OBJECT_AFTER = re.compile(
    r"\s+(?:worth\s+)?of\s+(?P<np>(?:[\w-]+\s+){0,5}?[\w-]+)(?=\s+(?:from|to|in|abroad|overseas|last|this|during|over)\b|[,.;]|$)"
)
# "... exported $4 billion worth of games to Japan and imported $1 billion": the object of the first verb.
TRADED_BEFORE = re.compile(
    r"\b(?:bought|purchased|imported|sold|exported|shipped)\s+[^;]{1,30}?\s(?:worth\s+)?of\s+(?P<np>(?:[\w-]+\s+){0,5}?[\w-]+)"
    r"(?=\s+(?:from|to|in|abroad|overseas|last|this|during|over|and)\b|[,;]|$)(?=[^;]*\band\s+$)"
)
# "The EU exported", "Kenya bought": a place is the clause's subject.
# (after an opening clause too: "According to the statistics office, the UK exported")
PLACE_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:(?:The|the)\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+"
    r"(?=(?:bought|purchased|imported|sold|exported|shipped)\b)"
)
# (The pattern opens with the letters every match starts with, the word boundary before them checked as a
# look-behind after them and the words told by the letter read, so the engine skips to those letters; the
# words of each letter keep their order.)
FLOW_NAMED = re.compile(
    r"[eit](?<!\w.)(?:(?<=i)(?:mports?\s+and\s+exports?|mport\s+and\s+export|mports?)"
    r"|(?<=e)(?:xports?\s+and\s+imports?|xports?)|(?<=t)rade)\b",
    re.IGNORECASE,
)
LOWERCASE_FLOW_NAMED = lowercased(FLOW_NAMED)
FLOW_WORDS = re.compile(r"\b(?:exports?|imports?|trade|surplus|deficit)\b", re.IGNORECASE)
BARE_FLOW = re.compile(
    r"(?:total\s+)?(?:exports?|imports?|trade|(?:exports?\s+and\s+imports?)|(?:imports?\s+and\s+exports?))",
    re.IGNORECASE,
)
PLACE_LEFTOVER = re.compile(
    r"^(?:the\s+)?(?:'s|’s)?\s+|\s+(?:from|of|in|by|to)(?:\s+the)?\s*$", re.IGNORECASE
)
BALANCE = re.compile(r"(?:trade\s+)?(?:surplus|deficit|balance)", re.IGNORECASE)
# "Fourth quarter alone", "Full year 2024", "H1": a line of a list that names only when.
PERIOD_LABEL = re.compile(
    r"(?:(?:the|first|second|third|fourth|final|full|fiscal|calendar|quarter|half|year|month|alone|only|"
    r"Q[1-4]|H[12]|[1-4][QHT](?:19|20)?\d\d|FY\s?\d{2,4}|(?:19|20)\d\d|in|of|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?\s*)+",
    re.IGNORECASE,
)
NAME_AFTER = re.compile(
    r"^\s+(?:Expo|Forum|Fair|Zone|Zones|Committee|Report|Summit|Conference|Index|Centre|Center|Week|Awards?|Pilot)\b"
)


def concepts_of(catalog: Catalog, text: str, state: State) -> list[ConceptMatch]:
    """Catalog mentions of a sentence, outside proper names; memoised because every quantity asks."""
    found = state.concepts.get(text)
    if found is None:
        found = [c for c in catalog.find(text) if not _inside_name(text, c.start, c.end)]
        state.concepts[text] = found
    return found


def _inside_name(text: str, start: int, end: int) -> bool:
    """A catalog phrase that is part of a proper name ("Global Digital Trade Expo") measures nothing."""
    words = text[start:end].split()
    return all(w[:1].isupper() for w in words) and bool(NAME_AFTER.match(text[end:]))


def counted_phrase(text: str, end: int) -> str | None:
    words = []
    if "," in text[end : end + 30] and (listed := LISTED_MODIFIERS.match(text, end)):
        # "50,000 more micro, small and medium enterprises": the listed modifiers, then the noun
        words, end = [listed.group(1).strip().removeprefix("more ")], listed.end()
    for word in re.findall(r"[\w'-]+|[^\w\s]", text[end : end + 80]):
        if not re.match(r"[\w'-]*\w[\w'-]*$", word) or word.lower() in (
            "in", "of", "on", "at", "for", "from", "to", "and", "or", "with", "across", "by", "that", "which",
            "were", "was", "are", "is", "have", "has", "had", "will", "last", "this", "as", "a", "an",
            # "2.3 billion between January and June": a preposition of time or comparison ends the noun
            "between", "during", "since", "until", "through", "over", "after", "before", "than", "against",
            "up", "down", "so", "already", "now",
        ):  # fmt: skip
            break
        words.append(word)
        if len(words) == 6:
            break
    return " ".join(words) or None


# Where the clause that qualifies a counted noun ends: punctuation, a new clause, or when it happened.
QUALIFIER_END = re.compile(
    r"[,;:.()?!—$€£¥₹]|\s[-–]\s|\b(?:while|whereas|but|according|which|who|as|because|after|since|last|this|"
    r"next|(?:by|at)\s+the\s+end|for\s+the\s+first\s+time|year-on-year|compared|up|down|(?:19|20)\d\d|"
    + _VALUE_WITH
    + r"(?:value|volume)|an?\s+(?:day|week|month|year)"
    r"|and\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|nearly\s+)?\d+)\b",
    re.IGNORECASE,
)
QUALIFIER_WORDS = 10
# "A survey of 1,200 companies by the Forum found ...": what a counted group reported ends its qualifier.
REPORTED = re.compile(r"\b(?:found|finds|showed|shows|suggests|suggested|revealed|reveals)\b")
DANGLING = re.compile(
    r"(?:(?:^|\s+)(?:in|of|on|at|for|from|to|and|or|with|by|over|the|a|an|its|their))+$", re.IGNORECASE
)


# "The tech workforce reached about 214,000 people": a measure of people, stated by its level.
# ("employs over 8,000 Fijians": a people named by their country)
PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|workers|employees|staff|[A-Z][a-z]+(?:ians|ans|ese|is|os))\b"
)
LEVEL_VERB_BEFORE = re.compile(
    r"\b(?:reached|stood\s+at|totall?ed|rose\s+to|grew\s+to|climbed\s+to|increased\s+to|fell\s+to|"
    rf"dropped\s+to|hit|numbered|was|were|is|are)\s+{VERB_HEDGE}$",
    re.IGNORECASE,
)


NOW_WORD = re.compile(r"\s+(?:now|still|currently|already|today)$", re.IGNORECASE)
# "In 2025, the IT workforce": the words before the measure's own name.
EMPLOYED_BEFORE = re.compile(
    rf"\b(?:employ|employed|employs|employing|hired|hires)\s+{VERB_HEDGE}$",
    re.IGNORECASE,
)
LEADING_THE = re.compile(
    r"^(?:(?:in|by|during|since|over|last|this)\b[^,]{0,30},\s*)?(?:the|its|their)\s+", re.I
)


# "more than 1,800 GCCs employing": the things a participle after a count describes.
HOLDER_BEFORE = re.compile(r"\d\s+(?P<holder>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)$")
# "Global capability centres (GCCs), the in-house units ...": a subject before its appositive.
SUBJECT_HEAD = re.compile(r"\s*(?P<head>[A-Z][^,;:]{2,80}?)\s*,")


def people_measure(text: str, q: Quantity) -> str | None:
    """The measure a number of people is the level of: "Employment in the digital economy stood at 2.61
    million persons" counts employment, not persons; "The BPO sector employed about 6,200 people" counts
    the people employed in it."""
    if not PEOPLE_AFTER.match(text, q.end):
        return None
    employed = EMPLOYED_BEFORE.search(text, max(0, q.start - 30), q.start)
    verb = employed or LEVEL_VERB_BEFORE.search(text, max(0, q.start - 30), q.start)
    if verb is None:
        return None
    start = clause_start(text, q.start)
    subject = LEADING_THE.sub("", without_asides(text)[start : verb.start()].strip(" ,;:"))
    subject = " ".join(subject.split())
    if verb.group(0).lower().startswith("employing") and (holder := HOLDER_BEFORE.search(subject)):
        subject = holder.group("holder")  # "more than 1,800 GCCs employing about 1.9 million people"
    elif (not subject or len(subject.split()) > 8) and (head := SUBJECT_HEAD.match(text)):
        subject = LEADING_THE.sub("", head.group("head"))  # "GCCs, the units ..., now number ... and employ"
    if (
        not 0 < len(subject.split()) <= 8
        or place_only(subject)
        or refers_back(text, q.start)
        or is_anaphor(subject)
    ):
        return None
    if employed and employed.group(0).lower().startswith(("employs", "employ ")):
        # "The sector now employs about 48,000 people": in the text's words
        return f"people {NOW_WORD.sub('', subject)} {employed.group(0).split()[0].lower()}"
    return f"people employed in {subject}" if employed else subject


def count_metric(text: str, end: int) -> str | None:
    """What a count counts, with the words that narrow it down.

    "120,000 businesses had registered with customs to handle cross-border e-commerce shipments":
    the count is of businesses doing that, not of businesses; the qualifier runs to the end
    of the clause or to when it happened, whichever comes first.
    """
    noun = counted_phrase(text, end)
    if noun is None:
        return None
    after = text.index(noun, end) + len(noun)
    stops = [m.start() for m in (QUALIFIER_END.search(text, after), REPORTED.search(text, after)) if m]
    words = text[after : min(stops, default=len(text))].split()[:QUALIFIER_WORDS]
    qualifier = DANGLING.sub("", " ".join(words))
    rate = RATE_AFTER.match(text, after)  # "40 dedicated flights a week"
    return " ".join(part for part in (noun, qualifier, rate.group(1) if rate else "") if part)


# "E-commerce gross merchandise value (GMV)": an abbreviation defined by the words before it.
DEFINED_ABBREVIATION = re.compile(r"\(([A-Z]{2,6})\)")
DEFINITION_WORDS = re.compile(r"[A-Za-z][\w-]*(?:'s|’s)?|[^\w\s]")
NOT_A_MODIFIER = frozenset(
    "the a an of in on at to by for from with and or its their this that these those across among".split()
)
MAX_MODIFIERS = 2
# "to generate gross merchandise value (GMV)", "generated ...": a verb before a definition qualifies nothing.
VERB_MARKERS = frozenset("to will would could can may might should".split())
VERBS_BEFORE_A_MEASURE = frozenset(
    "generate generated generates generating reach reached reaches post posted posts record recorded records "
    "report reported reports hit hits saw see sees tracks tracked measures measured covers covered counts "
    "estimates estimated".split()
)


SPELLED_ACRONYM = re.compile(r"((?:[\w-]+\s+){1,6})\(([A-Z][A-Za-z]{1,6})\)\s*")


def by_acronym(phrase: str) -> str:
    """ "information and communication technology (ICT) services" -> "ICT services": the words the brackets
    abbreviate, written as the text goes on to write them. (``abbreviations`` reads a text's acronyms by the
    initials of the words before them, without "and" or "of"; this reads one phrase, those words included.)"""
    match = SPELLED_ACRONYM.search(phrase)
    if match is None:
        return phrase
    words, acronym = match.group(1).split(), match.group(2)
    for size in range(1, len(words) + 1):
        initials = "".join(w[0] for w in words[-size:] if w.lower() not in ("and", "of", "&"))
        if initials.lower() == acronym.lower():
            kept = " ".join([*words[:-size], acronym])
            return f"{phrase[: match.start()]}{kept} {phrase[match.end() :]}".strip()
    return phrase


def abbreviations(text: str) -> dict[str, tuple[str, str]]:
    """Abbreviations the text defines, each with (modifiers, spelled-out words): "E-commerce gross
    merchandise value (GMV)" -> GMV: ("E-commerce", "gross merchandise value"). The spelled-out words
    are the last ones whose initials spell the abbreviation; up to two words before them qualify it."""
    found: dict[str, tuple[str, str]] = {}
    for match in DEFINED_ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if abbreviation in found:
            continue
        tokens = DEFINITION_WORDS.findall(text, max(0, match.start() - 160), match.start())
        size = len(abbreviation)
        spelled = tokens[-size:]
        if len(spelled) < size or "".join(w[0] for w in spelled).upper() != abbreviation:
            continue
        modifiers: list[str] = []
        before = tokens[:-size]
        for index in range(len(before) - 1, -1, -1):
            word = before[index]
            if (
                len(modifiers) == MAX_MODIFIERS
                or not word[0].isalpha()
                or word.lower() in NOT_A_MODIFIER
                or word.lower() in VERBS_BEFORE_A_MEASURE
                or (index and before[index - 1].lower() in VERB_MARKERS)  # "is expected to generate"
                or word.endswith(("'s", "’s"))
                or find_places(word)
            ):
                break
            modifiers.insert(0, word)
        found[abbreviation] = (" ".join(modifiers), " ".join(spelled))
    return found


def spelled_out(metric: str, abbreviations: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """A name with a bare abbreviation the text defined, as (the name to show, the name to key): "IT
    exports" after "information technology (IT)" shows as "IT exports (information technology)", so the
    reader keeps the text's words, and keys as "information technology exports", so it is the same
    measure as one written in full. The definition's modifiers come along ("Full-year GMV" after
    "E-commerce gross merchandise value (GMV)" is the e-commerce GMV)."""
    metric = without_junk(metric)  # "Cross-border GMV of": the "of" before the amount
    for abbreviation, (modifiers, spelled) in abbreviations.items():
        bare = re.search(rf"(?<![\w(]){abbreviation}(?![\w)])", metric)
        if bare is None or spelled.lower() in metric.lower():
            continue
        if modifiers and modifiers.lower() not in metric.lower():
            spelled = f"{modifiers} {spelled}"
        keyed = metric[: bare.start()] + spelled + metric[bare.end() :]
        return f"{metric} ({spelled})", keyed
    return metric, metric


# "212 overseas warehouses covering 38 countries": the countries are counted as the warehouses' reach.
COVERED_BY = re.compile(
    r"(?P<owner>[a-z][\w-]*(?:\s+[a-z][\w-]*)?s)\s+(?:covering|spanning)\s+"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$"
)
# "the export bases now host more than 4,000 companies", "the initiative, which brings together 90
# economies": a count of what something holds.
HOSTS = re.compile(
    r"\b(?:hosts?|hosted|houses|housed|brings?\s+together|brought\s+together|includes|included)\s+"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$",
    re.IGNORECASE,
)
WHICH_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?P<np>[^,;]{3,80}?),\s+(?:which|that)\s+(?:now\s+|also\s+)?$"
)


def host_of(text: str, q: Quantity) -> str | None:
    """What holds the things a count counts: the subject of "host", "house", "bring together"
    or "include", or, after ", which", the noun phrase it stands for (from its article on)."""
    verb = HOSTS.search(text, max(0, q.start - 40), q.start)
    if verb is None:
        return None
    which = WHICH_BEFORE.search(text, 0, verb.start())
    phrase = which.group("np") if which else text[clause_start(text, verb.start()) : verb.start()]
    if which and (article := list(re.finditer(r"\b(?:the|a|an)\s+", phrase))):
        phrase = phrase[article[-1].end() :]
    phrase = HOST_EDGES.sub("", " ".join(phrase.split()))
    return phrase if 0 < len(phrase.split()) <= MAX_HOST_WORDS and not is_anaphor(phrase) else None


HOST_EDGES = re.compile(r"^(?:the|a|an)\s+|\s+(?:now|also|currently|already|still)$", re.IGNORECASE)
MAX_HOST_WORDS = 10


# "1,700 such centres", "exports of such services": a kind of thing the text named before.
SUCH_NOUN = re.compile(r"\bsuch\s+(?P<head>[a-z][\w-]*s)\b")
ANTECEDENT_REACH = 600
NOT_MODIFIERS = frozenset(
    "the a an of in on at to by for from with and or its their his her our this that these those such some "
    "many more most other all each any both than as is are was were be been".split()
)


def named_before(metric: str, before: str) -> str:
    """The metric with "such <things>" replaced by the things as the text last named them.

    "Global capability centres (GCCs) are a growing driver ... India hosts more than 1,700 such
    centres": the count is of global capability centres; only the words that qualify the noun
    where it was named, after any article or preposition, are taken.
    """
    such = SUCH_NOUN.search(metric)
    if such is None:
        return metric
    head = such.group("head")
    for named in reversed(list(re.finditer(rf"\b((?:[A-Za-z][\w-]*\s+){{1,4}}){head}\b", before))):
        words = named.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in NOT_MODIFIERS), default=0)
        opens = (
            cut > 0 or not before[: named.start()].strip() or before[: named.start()].rstrip()[-1] in ".!?:\n"
        )
        # "in digital services", "Global capability centres" opening a sentence: a noun with its modifiers;
        # "let online sellers stock goods" may hold a verb, so it is not taken.
        if opens and 0 < len(words) - cut <= 3:
            return metric[: such.start()] + " ".join([*words[cut:], head]) + metric[such.end() :]
    return metric


# "Among mid-sized markets, Chile and Colombia": the group the places belong to is no measure either.
AMONG_OPENING = re.compile(r"^(?:Among|Of)\s+[^,]{3,50},\s+")
TRADE_SUFFIX = re.compile(r"\s+trade$", re.IGNORECASE)
PLACE_JOINTS = re.compile(r"(?:\b(?:and|both|the)\b|[,\s])*")


@lru_cache(maxsize=1024)
def place_only(phrase: str) -> bool:
    """Whether a metric phrase names only places ("Asia", "Chile and Colombia"): no measure at all."""
    phrase = AMONG_OPENING.sub("", without_list_mark(phrase, ""))
    places = find_places(phrase)
    if not places:
        return False
    rest = [phrase[a.end : b.start] for a, b in pairwise(places)]
    rest += [phrase[: places[0].start], phrase[places[-1].end :]]
    return all(PLACE_JOINTS.fullmatch(piece) for piece in rest)


def tacked_on(sentence: str, q: Quantity, kind: str, metric: str, last: Quantity | None, state: State) -> str:
    """A count's rate ("12 million a day") and a change tacked on to the figure before it
    ("a GMV of $263 billion, up 15 percent": the GMV's growth) complete or replace the metric."""
    if kind == "count" and (rate := RATE_AFTER.match(sentence, q.end)) and rate.group(1) not in metric:
        return f"{metric} {rate.group(1)}"
    if kind == "change" and last and APPENDED.fullmatch(sentence, last.end, q.start):
        return state.figures[-1].metric
    if (
        kind == "change"
        and last
        and APPENDED_NOUN.fullmatch(sentence, last.end, q.start)
        and CHANGE_NOUN.match(sentence, q.end)
    ):  # ", a 2.3 percentage point increase on 2021": the change of the figure before
        return state.figures[-1].metric
    if (
        kind == "change"
        and last
        and state.figures
        and q.unit != "percentage_point"  # (a share's move keeps the share's own key, given with it)
        and APPENDED_COMPARISON.fullmatch(sentence, last.end, q.start)
        and MORE_AFTER.match(sentence, q.end)
    ):  # "78.4 million shipments, 12 per cent more than in 2022-23": the change of the figure before
        return state.figures[-1].metric
    return metric


# ", 12 per cent more than in 2022-23": a change tacked on, said as a comparison after it.
APPENDED_COMPARISON = re.compile(
    r"[^,;]{0,40}?,\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?"
)


# ", a 15% rise", ", a 2.3 percentage point increase": a change tacked on as a noun phrase.
APPENDED_NOUN = re.compile(r"[^,;]*?,\s+an?\s+")
CHANGE_NOUN = re.compile(
    r"[\s-]*(?:(?:percentage[\s-]+)?points?|per\s*cent|percent|%)?[\s-]*(?:year-on-year\s+)?(?:increase|decrease|rise|"
    r"drop|decline|gain|fall|jump)\b",
    re.IGNORECASE,
)
# "22 percent of the region's total trade of": the whole an amount after it is of. "(?=[%fhpqt])", implied
# by each opening word, spares the alternation at every other position of the text before the amount.
WHOLE_OF_AMOUNT = re.compile(
    r"(?=[%fhpqt])(?:%|\bper\s*cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?)\s+of\s+(?:the\s+)?"
    r"(?P<np>[^,;]{3,80}?)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)
RATE_AFTER = re.compile(r"\s+(an?\s+(?:day|week|month|year))\b", re.IGNORECASE)
