"""Metric identity: the same measured thing gets the same key across differently worded articles.

The catalog (``config/metrics.toml``) names concepts and their aliases. A figure's
metric phrase is matched against the aliases; its key is the region of its place plus
the concept plus the flow (exports, imports, or both as ``trade``). A phrase that
matches no concept still gets a stable key derived from its words, so unknown metrics
can be tracked and added to the catalog later.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from parsers.folding import lowercased, lowered, without_accents
from parsers.geo import PlaceMention, find_places, name_code, region_code

_STOPWORDS = frozenset(
    "the a an of in on for and to its their this that these those from with by at as total overall value "
    # a place's title ("the Kingdom's GDP", "the country's exports") names no measure
    "volume combined country nation kingdom republic china's world's "
    # when and how many, not what: "between 2019 and 2024", "in the first nine months", "our"
    "between during our across".split()
)


@dataclass(frozen=True)
class Concept:
    concept: str
    name: str
    aliases: tuple[str, ...]
    flows: bool = False
    region_concepts: dict[str, str] = field(default_factory=dict)
    # Phrases that name the concept by what it is ("services delivered over computer networks"): a
    # metric worded so is named by ``label``, the concept's usual words ("digitally delivered services").
    definitions: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True, slots=True)
class ConceptMatch:
    concept: Concept
    start: int
    end: int


def _alias_pattern(alias: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", alias.strip()) if w]
    return r"[\s-]+".join(words)


def _first_characters(aliases: list[str]) -> str:
    """A look-ahead for the characters aliases begin with: most positions of a text start none, and
    are then spared trying every alias in turn."""
    words = [[w for w in re.split(r"[\s-]+", a) if w] for a in aliases]
    if not words or not all(words):
        return ""  # an alias of no words matches anywhere
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0][0] for w in words})) + "])"


def _alternation(aliases: list[str]) -> str:
    """The aliases as one alternation, gathered under their first character ("s(?:ervices|ales)|t(?:rade)"):
    at a position the regex engine then tries only the aliases that start with its character, not all of
    them in turn. The order within each gathering is kept and no two gatherings can match at the same
    position, so the longest alias still wins. An alias that opens with a character outside ASCII might
    match where another gathering does under IGNORECASE, so such aliases are not gathered."""
    patterns = [_alias_pattern(a) for a in aliases]
    firsts = [a.strip()[:1].lower() for a in aliases]
    if not all(c.isascii() and c.isalnum() for c in firsts):
        return "|".join(patterns)
    gathered: dict[str, list[str]] = {}
    for first, pattern in zip(firsts, patterns, strict=True):
        gathered.setdefault(first, []).append(pattern[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in gathered.items())


# The spaces and hyphens between an alias's words (compiled once: every concept match is keyed).
_WORD_GAPS = re.compile(r"[\s-]+")


def _alias_key(text: str) -> str:
    return " ".join(_WORD_GAPS.split(text.lower().strip()))


MEMO_SIZE = 4096


class Memo:
    """The catalog's look-ups of recent texts.

    A plain object rather than a dict: whatever walks a catalog's collections (Prefect
    looks through task arguments for futures) passes it by, while parse tasks on other
    threads keep filling it.
    """

    def __init__(self) -> None:
        self.found: dict[str, tuple[ConceptMatch, ...]] = {}


@dataclass(frozen=True)
class Catalog:
    """Concepts, and one alternation of all their aliases, longest first."""

    concepts: tuple[Concept, ...]
    by_alias: dict[str, Concept] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    defined: re.Pattern[str] | None = None
    # measures named by their initials as often as by their words: {"GMV": "gross merchandise value"}
    abbreviations: dict[str, str] = field(default_factory=dict)
    memo: Memo = field(default_factory=Memo, compare=False, repr=False)
    # ``pattern`` in lower case, for texts that ``lowered`` returns: found in half the time
    lowercase_pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalog:
        concepts = tuple(
            Concept(
                concept=str(m["concept"]),
                name=str(m.get("name", m["concept"])),
                aliases=tuple(str(a) for a in m.get("aliases", [])),
                flows=bool(m.get("flows", False)),
                region_concepts={str(k): str(v) for k, v in m.get("region_concepts", {}).items()},
                definitions=tuple(str(d) for d in m.get("definitions", [])),
                label=str(m.get("label") or (m.get("aliases") or [m.get("name", m["concept"])])[0]),
            )
            for m in data.get("metrics", [])
        )
        by_alias: dict[str, Concept] = {}
        for concept in concepts:
            for alias in (concept.name, *concept.aliases, *concept.definitions):
                by_alias.setdefault(_alias_key(alias), concept)
        ordered = sorted(by_alias, key=len, reverse=True)
        pattern = re.compile(
            r"(?<!\w)" + _first_characters(ordered) + "(" + _alternation(ordered) + r")(?!\w)",
            re.IGNORECASE,
        )
        definitions = sorted((d for c in concepts for d in c.definitions), key=len, reverse=True)
        defined = (
            re.compile(
                r"(?<!\w)" + _first_characters(definitions) + "(" + _alternation(definitions) + r")(?!\w)",
                re.I,
            )
            if definitions
            else None
        )
        abbreviations = {str(k): str(v) for k, v in data.get("abbreviations", {}).items()}
        try:
            lowercase_pattern: re.Pattern[str] | None = lowercased(pattern)
        except ValueError:  # an alias that needs its case: every text is read with ``pattern``
            lowercase_pattern = None
        return cls(
            concepts=concepts,
            by_alias=by_alias,
            pattern=pattern,
            defined=defined,
            abbreviations=abbreviations,
            lowercase_pattern=lowercase_pattern,
        )

    def named(self, phrase: str, *, initials: bool = True) -> str:
        """The phrase with a definition of a concept replaced by the concept's usual words ("Exports of
        services delivered over computer networks" -> "Exports of digitally delivered services"), and a
        measure known by its initials named by both ("gross merchandise value (GMV)", "GMV (gross
        merchandise value)")."""
        if self.defined is not None and " " in phrase:
            phrase = self.defined.sub(lambda m: self.by_alias[_alias_key(m.group(1))].label, phrase)
        for short, words in self.abbreviations.items() if initials else ():
            if short not in phrase and words[:5] not in phrase.lower():
                continue
            if re.search(
                rf"{short}\s*\([^()]*{words}\s*\)|{words}\s*\(\s*{short}\s*\)", phrase, re.IGNORECASE
            ):
                continue  # named by both already ("GMV (E-commerce gross merchandise value)")
            long = re.search(_alias_pattern(words), phrase, re.IGNORECASE)
            if long and not re.match(rf"\s*\(\s*{short}\s*\)", phrase[long.end() :]):
                phrase = f"{phrase[: long.end()]} ({short}){phrase[long.end() :]}"
            elif not long and (bare := re.search(rf"(?<![\w(]){short}(?![\w)])", phrase)):
                phrase = f"{phrase[: bare.end()]} ({words}){phrase[bare.end() :]}"
        return phrase

    def find(self, text: str) -> tuple[ConceptMatch, ...]:
        """Concept mentions in ``text``, in order; at each position the longest alias wins.

        Remembered for the last few thousand texts: the same sentence and metric phrase
        are looked up many times while one article is read.
        """
        memo = self.memo.found
        found = memo.get(text)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            # (an alias's key is lowercased: the groups of a match in the lowercased text give the same)
            if self.pattern is None:
                matches: Iterable[re.Match[str]] = ()
            elif self.lowercase_pattern is not None and (low := lowered(text)) is not None:
                matches = self.lowercase_pattern.finditer(low)
            else:
                matches = self.pattern.finditer(text)
            found = memo[text] = tuple(
                ConceptMatch(self.by_alias[_alias_key(m.group(1))], m.start(), m.end()) for m in matches
            )
        return found


@lru_cache(maxsize=1024)
def flow_of(phrase: str) -> str:
    """exports, imports, trade (both), or the balance (surplus, deficit) as the phrase says: a balance is
    not the two flows' total, and keyed as one it would be compared with the total."""
    lowered = phrase.lower()
    both = re.search(
        r"imports?\s+and\s+exports?|exports?\s+and\s+imports?|import\s+and\s+export|total\s+trade", lowered
    )
    if both:
        return "trade"
    balance = re.search(r"\b(surplus|deficit|balance)\b", lowered)
    if balance:
        return balance.group(1)
    # ("outbound cross-border e-commerce", "inbound parcels": sales abroad and purchases from abroad)
    if re.search(r"\bexport|\boutbound\b", lowered):
        return "exports"
    if re.search(r"\bimport|\binbound\b", lowered):
        return "imports"
    return "trade"


# "Exports of content", "Japan's deficit in digital services": a measure named before its thing.
_MEASURE_FIRST = re.compile(
    r"^(?:the\s+)?(?P<measure>exports|imports|sales|revenues?|shipments|deficit|surplus|balance|value|volume)\s+"
    r"(?:of|in|on|from)\s+(?:the\s+)?(?P<thing>.+)$",
    re.IGNORECASE,
)


# A measure's words in a key are its initials: "gross merchandise value (GMV)" -> gmv.
_INITIALS = re.compile(r"gross\s+(?:merchandise\s+(?:value|volume)|domestic\s+product)")
_SHORT = {"merchandise": "gmv", "domestic": "gdp"}


@lru_cache(maxsize=4096)
def _places_in(phrase: str) -> tuple[PlaceMention, ...]:
    """The places a metric phrase names: remembered, for one text asks about the same phrases often."""
    return tuple(find_places(phrase))


# What a phrase without its places may start with ("'s", "the 's"), and the words of a key.
_LEADING_POSSESSIVE = re.compile(r"^\s*(?:(?:the\s+)?['’]s\b)?\s*")
_KEY_WORD = re.compile(r"[a-z0-9]+")


def slug(phrase: str, limit: int = 5) -> str:
    """A key made of a phrase's words: without its places and possessives, the measure after the thing it
    measures ("Japan's deficit in digital services" -> "digital_services_deficit"), singular "revenue"."""
    for place in reversed(_places_in(phrase)):
        phrase = phrase[: place.start] + phrase[place.end :]
    phrase = _LEADING_POSSESSIVE.sub("", phrase)
    if first := _MEASURE_FIRST.match(phrase.strip()):
        phrase = f"{first.group('thing')} {first.group('measure')}"
    # ("Greater Montréal": its words as the press writes them without accents, not "montr" and "al")
    lowered = _INITIALS.sub(lambda m: _SHORT[m.group(0).split()[1]], without_accents(phrase).lower())
    words = list(dict.fromkeys(_KEY_WORD.findall(lowered.replace("e-commerce", "ecommerce"))))
    kept = [
        "revenue" if w == "revenues" else w
        for w in words
        if w not in _STOPWORDS and w != "s" and not w.isdigit()
    ][:limit]
    return "_".join(kept) or "unknown"


def concept_key(concept: Concept, phrase: str, region: str) -> str:
    name = concept.region_concepts.get(region, concept.concept)
    if concept.flows:
        flow = flow_of(phrase)
        if flow in ("surplus", "deficit", "balance") and re.search(r"\btrade\b", phrase, re.IGNORECASE):
            return f"{name}_trade_{flow}"  # "the surplus on services trade": "services_trade_surplus"
        return f"{name}_{flow}"
    return name


# Words that leave a concept what it is: "China's total cross-border e-commerce imports and exports".
_NEUTRAL = _STOPWORDS | frozenset(
    "imports exports import export trade trading sector industry annual yearly total overall value volume "
    "scale size amount sales market national provincial regional global worldwide world domestic foreign "
    "international cumulative surplus deficit balance quarter year period month half first second third "
    "fourth full so far via through channel channels s "
    # how many places or months it covers: "across the six states", "the five republics", "nine months"
    "one two three four five six seven eight nine ten eleven twelve months states republics economies "
    # which way across the border: "inbound" purchases, "outbound" sales (the flow says it)
    "inbound outbound "
    # "cross-border e-commerce transactions reached 102.6 billion yuan": the trade (its value, or its number)
    "transactions transaction "
    # "extra-EU exports": the bloc's exports to the rest of the world, its own series
    "extra "
    # where, not what: "of east China's Zhejiang Province"
    "east west south north eastern western southern northern central southeast southwest northeast "
    "northwest province provinces city cities municipality region autonomous county".split()
)


_ASIDE_OR_PLACE = re.compile(r"\([^)]*\)|\b(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=256)
def _own_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of a concept's names: remembered, for a catalog holds a few concepts, each asked often."""
    return frozenset(w for name in names for w in name.lower().split())


def narrower(phrase: str, match: ConceptMatch) -> bool:
    """True when the phrase qualifies the concept it names ("exports of Fujian tea through cross-border
    e-commerce"): a sub-series, which must not share the concept's key."""
    rest = phrase[: match.start] + " " + phrase[match.end :]
    rest = _ASIDE_OR_PLACE.sub(" ", rest)
    for place in reversed(_places_in(rest)):
        rest = rest[: place.start] + " " + rest[place.end :]
    own = _own_words((match.concept.name, *match.concept.aliases, *match.concept.definitions))
    words = [w.strip("-") for w in _LOWER_WORD.findall(rest.lower())]  # "extra-" before a place cut out
    return any(w not in _NEUTRAL and w not in own and not _POSSESSIVE.search(w) for w in words)


# "exports to the United States", "trade with ASEAN", "purchases from China": a flow with one partner.
PARTNER_BEFORE_PLACE = re.compile(r"\b(to|from|with)\s+(?:the\s+)?$", re.IGNORECASE)
OWN_FLOW_FROM = re.compile(r"\bexports?\b[^,;]*$", re.IGNORECASE)


def partner_suffix(phrase: str, region: str) -> str:
    """The key's ending for the one partner a flow is with ("_to_united_states"), so that a flow to one
    partner is never the same series as the flow to all ("exports from the EU" are the EU's own)."""
    for place in _places_in(phrase):
        preposition = PARTNER_BEFORE_PLACE.search(phrase, max(0, place.start - 10), place.start)
        if preposition is None or region_code(place.name) == region or place.name == "World":
            continue  # (a flow "with the world" is with every partner: the flow itself)
        word = preposition.group(1).lower()
        if word == "from" and OWN_FLOW_FROM.search(phrase, 0, preposition.start()):
            continue
        return f"_{word}_{re.sub(r'[^a-z0-9]+', '_', place.name.lower()).strip('_')}"
    return ""


def key_at(key: str, place: str | None) -> str:
    """The same measure's key at another place (``None``: no place's): "au.x_share" in New Zealand is
    "nz.x_share". A key is its place's code, a dot, then what it measures."""
    return f"{region_code(place)}.{key.split('.', 1)[1]}"


def company_key(key: str, company: str) -> str:
    """A company's own measure keyed by the company: "unplaced.ecommerce_gmv" in Kervan Pazaryeri's report is
    "kervan_pazaryeri.ecommerce_gmv", so one company's numbers are never compared with another's."""
    return f"{name_code(company)}.{key.split('.', 1)[1]}"


def metric_key(catalog: Catalog, phrase: str, place: str | None, share_of: str | None = None) -> str:
    """The stable key of a metric phrase at a place; ``share_of`` names a share's whole."""
    region = region_code(place)
    phrase = catalog.named(phrase, initials=False)
    # The first match that is not narrowed is all that is used: the later ones are not tested.
    first = next((m for m in catalog.find(phrase) if not narrower(phrase, m)), None)
    matches = [first] if first is not None else []
    base = concept_key(matches[0].concept, phrase, region) if matches else slug(phrase)
    if " " in phrase and (partner := partner_suffix(phrase, region)) and not base.endswith(partner):
        base += partner
    if share_of is not None:
        share_of = catalog.named(share_of, initials=False)
        whole = catalog.find(share_of)
        whole_key = concept_key(whole[0].concept, share_of, region) if whole else slug(share_of, 3)
        if matches and matches[0].concept.flows:
            # a share of exports is of exports: the part's flow is the whole's
            flow = base.rsplit("_", 1)[-1]
            if flow == "trade" or whole_key.endswith(f"_{flow}") or whole_key == flow:
                base = base.removesuffix(f"_{flow}")
        if base.endswith(f"_share_of_{whole_key}"):  # the concept is itself the share
            pass
        elif share_of.strip() and whole_key != "unknown":
            base = f"{base}_share_of_{whole_key}"
        else:
            base = f"{base}_share"
    return f"{region}.{base}"
