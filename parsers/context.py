"""What a number in a sentence is about: its metric phrase, its place, its source.

These rules read the words around a quantity the way an analyst does: the subject
the number belongs to ("China's imports and exports of digitally delivered services
trade rose ..."), coreference that news prose relies on ("the former", "the
country's", "the sector"), and the attribution ("according to the Ministry of
Commerce"). They are shared by figure and target extraction.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from parsers.alternation import compiled
from parsers.folding import lowercased, lowered
from parsers.geo import ANAPHOR_KINDS, ANAPHORA, DOLLARS_AFTER, PLACE_KINDS, PlaceMention, find_places
from parsers.metrics import ConceptMatch
from parsers.numbers import CURRENCY_PREFIX, MONTHS, WORD_CURRENCY, folded
from parsers.periods import AS_A_WHOLE
from parsers.sentences import BULLETS, MOVE_OPENING, VALUE_OPENING

# "about", "more than": a hedge between a verb and its number.
HEDGE_WORDS = r"about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+"
# "the first-half total", "the nine-month tally": nouns that name an amount, not what it measures.
TOTAL_NOUNS = r"(?:total|tally|figure|sum|amount)"
# "Data are for", "results refer to", "All figures relate to": a text saying what its numbers are of (the
# year and the place that follow are read where each is needed)
DATA_REFER = (
    r"\b(?i:(?:data|figures|statistics|results)\s+(?:are\s+|is\s+)?(?:for|refer\s+to|relate\s+to)\s+)"
)
# The bullets a list line may open with (Korea's releases write "□" and "○").
# "Table 1.", "Figure 2:", "Table 1 —": the label a caption opens with, before what its table measures.
# ("Table 4.1:", "TABLE — ", "Table:": a label with no number, then a dash or a colon)
TABLE_LABEL = r"(?i:table|chart|figure|exhibit)(?:\s+\d+(?:\.\d+)?\s*(?:[.:]|\s[—–-])?|\s*[:—–-])\s*"
# Words that may extend a catalog alias to the left ("imports and exports of", "the value of"). A match
# that is not empty starts with one of the letters of the look-ahead: it spares the rest elsewhere.
LEFT_EXTENSION = re.compile(
    r"(?=[ocavsnwrbgpA-Z]|(?i:[iet])|$)((?:(?:the\s+)?(?:total|overall|combined|annual)\s+)?(?:(?:value|volume|size|scale)\s+of\s+)?"
    r"(?:(?:the\s+)?(?i:imports?\s+and\s+exports?|exports?\s+and\s+imports?|import\s+and\s+export|"
    r"exports?|imports?|trade)\s+(?:volume\s+|value\s+)?of\s+)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)|country's|nation's|world's|region's|bloc's|global|total|"
    r"overall|national|provincial|regional)\s+)*)$",
)
RIGHT_EXTENSION = re.compile(
    r"^((?:\s+(?:trade|exports?|imports?|sector|industry|sales|market|transactions|volume|value|"
    r"imports\s+and\s+exports|exports\s+and\s+imports|revenue|turnover|output|surplus|deficit)){0,2})",
    re.IGNORECASE,
)
FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)\b", re.IGNORECASE)
SHARE_OF_IN = re.compile(
    r"\b(?:the\s+)?(?:share|proportion|percentage|portion)\s+of\s+(?P<part>.+?)\s+in\s+(?P<whole>(?:the\s+)?"
    r"(?:total|overall|all|its|the\s+country's|[a-z]+'s)?\s*[\w\s-]+?)(?=\s+(?:to|will|would|should|is|was|"
    r"has|had|rose|reached|stood|hit|grew|increased|at|from|by|above|over|below|under|beyond|exceed\w*|"
    r"more|less|of\s+\d)\b|[,.;]|$)",
    re.IGNORECASE,
)
# "The ICT sector's contribution to GDP stood at", "E-commerce's share of retail sales rose to": a part
# that owns its share; the part is the words just before the possessive, back to a word that is no modifier.
OWNED_SHARE = re.compile(
    r"(?:'s|’s)\s+(?:share\s+(?:of|in)|contribution\s+to)\s+"
    r"(?P<whole>(?:the\s+)?(?:total|overall|all)?\s*[\w\s-]+?)(?=\s+(?:to|will|would|should|could|is|are|was|were|"
    r"has|have|had|rose|hit|grew|fell|came|reached|stood|increased|decreased|climbed|jumped|dropped|declined|"
    r"slipped|edged|remained|amounted|widened|narrowed|doubled|expanded|at|from|by|above|over|below|under|beyond|"
    r"exceed\w*|more|less|"
    r"of\s+\d|in\s+(?:19|20)\d\d)\b|\s*[,.;(]|$)",
    re.IGNORECASE,
)
OTHER_CLAUSE = re.compile(r";|,\s+(?:and|while|but|whereas)\s")
OWNER_WORDS = re.compile(r"(?:(?<=\s)|^)((?:[\w-]+\s+){0,3}[\w-]+)$")
NOT_AN_OWNER = frozenset(
    "the a an of in on at to by for from with and or while but whereas as so that its their lifting raising "
    "boosting".split()
)
OF_WHOLE = re.compile(
    r"^\s+of\s+(?P<whole>(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+|"
    # ("of the province's trade in services": "trade in services" is one name, the "in" no place's)
    r"global\s+|total\s+|overall\s+|all\s+)*?(?:\b[A-Z]\.(?:[A-Z]\.)+|[\w\s-]|(?<=s)['’](?=\s))+?)"
    r"(?=\s+(?:in(?!(?<=trade\sin)\s+(?:services|goods)\b)|for|during|last|this|from|and|while|"
    r"which|that|up|down|compared|as|by|according|with)\b|[,.;)]|$"
    # "of total UK services exports of £513bn", "of gross domestic product (GDP)": the whole's amount or
    # abbreviation after it
    r"|\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[$€£¥₹]|[A-Z]{2,3}\$?\s?\d|\d)|\s+\()",
)
# "(?=\w)" is implied by every verb; said first, it spares the long alternation at each word's end. A word
# after a hyphen is part of a compound ("Japanese-made games", "state-owned firms"), no verb.
SUBJECT_VERBS = re.compile(
    r"\b(?<![-‐–])(?=\w)(?:rose|rise|rises|rising|grew|grow|grows|growing|reached|reach|reaches|hit|hits|touched|scaled|"
    r"crossed|surpassed|edged|stood|stands|"
    r"totall?ed|totals|jumped|surged|climbed|increased|increases|expanded|fell|falls|declined|dropped|"
    r"decreased|shrank|contracted|was|were|is|are|amounted|came\s+in|(?<![Nn]ewly\s)registered|recorded|posted|saw|"
    r"accounted|accounts(?=\s+for)|(?<!to\s)(?<!can\s)(?<!may\s)(?<!will\s)(?<!could\s)(?<!would\s)(?<!might\s)"
    r"(?<!should\s)account(?=\s+for)|exceeded|topped|doubled|tripled|will|should|must|is\s+expected|"
    r"are\s+expected|aims?|"
    r"plans?|expects?)\b",
    re.IGNORECASE,
)
# (the look-ahead: the characters a clause opening starts with; the words gathered under their first letters)
CLAUSE_START = re.compile(
    r"(?=[;:,tswab]|^)"
    r"(?:^|[;:]\s+|\b(?:t(?:hat)|s(?:how|howed|hows|aid|ays)|w(?:hile|hereas)|a(?:nd)|b(?:ut))\s+|,\s+(?=[A-Z]))"
)
ANAPHOR_SUBJECT = re.compile(
    r"^(?-i:(?!IT\b))(?:it|its|this|that|these|they|their|the\s+(?:figure|sector|industry|total|number|amount|value|"
    # ("the value of transactions on the GIP platform" names what it measures: no pointer)
    r"volume|growth|rate|former|latter|segment|market)(?!\s+(?:of|in)\s))\b",
    re.IGNORECASE,
)
# Each pattern with the words it cannot match without (it is case-sensitive): a sentence that lacks
# them all is not searched with it, and most sentences attribute nothing.
SOURCE_PATTERNS = (
    (
        ("according",),
        re.compile(
            r"\baccording\s+to\s+(?:(?:data|figures|statistics|estimates)\s+(?:from|released\s+by|by)\s+|"
            r"(?:a|the)\s+(?:new\s+)?(?:report|survey|study)\s+(?:released\s+|published\s+)?by\s+)?"
            r"(?P<s>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’.-]*))*|(?:the|a)\s+[a-z]+(?:\s+[a-z]+)?)"
        ),
    ),
    (
        ("ata", "igures", "tatistics"),
        re.compile(
            r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s+(?:from|released\s+by|published\s+by|by)\s+"
            r"(?P<s>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’.-]*))*)"
        ),
    ),
    (
        ("said", "says", "reported", "announced", "estimated", "showed", "shows"),
        re.compile(
            r"(?P<s>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’.-]*))*)\s+(?:said|says|reported|announced|estimated|showed|shows)\b"
        ),
    ),
    (
        ("said", "says", "reported", "announced"),
        re.compile(
            r"\b(?:said|says|reported|announced)\s+(?P<s>the\s+[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’.-]*))*)"
        ),
    ),
)
_WEAK_SOURCES = re.compile(
    r"^(?:the\s+)?(?:He|She|They|It|We|I|This|That|The|Officials?|Experts?)$", re.IGNORECASE
)


@lru_cache(maxsize=256)
def clause_start(sentence: str, position: int) -> int:
    """Where the clause holding ``position`` begins (after a reporting verb or a semicolon).

    Remembered: the metric, share and place rules ask it for the same quantity.
    """
    start = 0
    for match in CLAUSE_START.finditer(sentence, 0, position):
        if match.end() <= position:
            start = match.end()
    return start


def extend_alias(sentence: str, match: ConceptMatch) -> tuple[int, int]:
    """Widen a catalog alias to the whole metric phrase around it."""
    return _extended(sentence, match.start, match.end)


@lru_cache(maxsize=64)
def _extended(sentence: str, start: int, end: int) -> tuple[int, int]:
    """``extend_alias`` of the alias at ``start``-``end`` (remembered: each quantity of a sentence asks it
    of the same subject)."""
    left = LEFT_EXTENSION.search(sentence[:start])
    right = RIGHT_EXTENSION.match(sentence[end:])
    return left.start(1) if left and left.group(1) else start, end + (len(right.group(1)) if right else 0)


def metric_from_concepts(
    sentence: str,
    concepts: list[ConceptMatch],
    position: int,
    previous_sentence: str,
    *,
    look_after: bool = True,
) -> str | None:
    """The metric phrase a quantity at ``position`` most plausibly measures, from catalog mentions."""
    before = sentence[:position]
    former = None
    lowered = before.lower()
    for match in FORMER_LATTER.finditer(before) if "former" in lowered or "latter" in lowered else ():
        former = match  # the scan is skipped in the usual sentence, which has neither word
    if former is not None:
        pool = [c for c in concepts if c.end <= former.start()]
        source_text = sentence
        if len(pool) < 1:
            return None
        chosen = pool[0] if former.group(1).lower() == "former" else pool[-1]
        start, end = extend_alias(source_text, chosen)
        return source_text[start:end]
    start_of_clause = clause_start(sentence, position)
    preceding = [c for c in concepts if c.end <= position and c.start >= start_of_clause]
    if not preceding:
        preceding = [c for c in concepts if c.end <= position]
    if preceding:
        start, end = extend_alias(sentence, preceding[0])  # the clause subject, not the nearest noun
        return sentence[start:end]
    following = [c for c in concepts if c.start >= position] if look_after else []
    if following:
        start, end = extend_alias(sentence, following[0])
        return sentence[start:end]
    return None


def subject_phrase(sentence: str, position: int) -> str | None:
    """The words between the clause start and the verb before ``position``: the thing measured."""
    start = clause_start(sentence, position)
    verbs = list(SUBJECT_VERBS.finditer(sentence, start, position))
    if not verbs:
        return None
    phrase = sentence[start : verbs[0].start()].strip(" ,;:\"'“”")
    phrase = OPENING_ADVERBIAL.sub("", phrase)
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    return phrase


# What opens a clause before its subject: "In 2024, ", "Over the five years to 2025 they", "For the whole of
# 2024 their exports", "In Q1 2025 holders of cards".
OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:in|over|for|during|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}"
    r"(?:(?:19|20)\d\d|years?|span|period|quarter|half|months|decade),?\s+(?=\S)"
    r"|last\s+year,?\s+|meanwhile,?\s+|however,?\s+)",
    re.IGNORECASE,
)
# Where a noun phrase cannot reach back past: punctuation, conjunctions that open a clause,
# reporting verbs. "and" is not one: "imports and exports" is one phrase, and neither is "after" in "profit
# after tax".
NP_BOUNDARY = compiled(
    r",(?!\d)|[;:|—]|--|\s[-–]\s|\b(?:that(?!\s+basis\b)|which|who|as|while|whereas|but|after(?!\s+tax)|when|because|since|said|says|"
    r"show|shows|showed|found|finds|came|come|comes|means|meant|meaning)\b",
    re.IGNORECASE,
)
GOVERNING_VERBS = compiled(
    SUBJECT_VERBS.pattern[:-3] + r"|rising|falling|reaching|totall?ing|climbing|jumping|surging|"
    r"declining|dropping|increasing|expanding|came|stood\s+at|went\s+up|were\s+up|was\s+up|"
    r"were\s+down|was\s+down|had|has|have|generated|generates|contributed|contributes|handled|bought|"
    r"sold|made\s+up|make\s+up|makes\s+up|made|represented|represents|employ(?:s|ed|ing)?\b|surveyed|means|meant|"
    r"forgo|forgoes|equal\s+to|equivalent\s+to|remained|remains|edged|posted|received|took|hosted|hosts|"
    r"(?:brought|brings|bring|raked|pulled)\s+in|"
    r"(?<=\w\s)(?:hold|holds|held|control|controls|controlled|command|commands|commanded|captured|captures|"
    r"generate)|"
    r"drew|attracted|signed|averaged|averages|shrank|shrunk|widened|narrowed|swelled|soared|slipped|plunged|tumbled|"
    r"rebounded|recovered|gained|lost|added|surpassed|crossed|passed|hit|grossed|earned|spent|exported|"
    r"imported|shipped(?!\s+(?:to|from|via|through|into)\s+(?:the\s+)?[A-Z])|delivered\s+\d|dipped|dips|slid|slumped|eased|advanced|quadrupled|halved|"
    r"making\s+up|accounting|contributing|provided|provides|committed|earmarked|allocated|marked|marks|envisages|"
    r"(?<=\w\s)(?:jump|climb|drop|surge|soar|slip|expand|shrink|fall|decline|clear|pass|cross|surpass)(?=\s+(?:by\s+)?(?:about\s+|around\s+|"
    r"nearly\s+|some\s+|roughly\s+|almost\s+|more\s+than\s+)?(?:[\d$€£¥₹]|$)|\s+[a-z]+\s+\d)|"
    r"surpassing|exceeding|topping|crossing|hitting|"
    r"earmarks?|supplied|supplies|absorbed|absorbs|captured|captures|commanded|commands|claimed|produced|"
    r"authori[sz]ed|introduced|processed|endorsed|comprised|comprises|worked\s+out|works\s+out|"
    r"amounts?\s+to|exceeds|total(?=\s+(?:about|around|some|nearly|roughly|almost|more\s+than|over|"
    r"[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)))\b"
    # ("Offshore revenue earned by South Africa's GBS sector rose 17%": before "by" and who, a participle
    # describing the subject; "rose by 6.1%", "grew by a third": by how much, the verb)
    r"(?!\s+by\s+(?=[A-Za-z])(?!(?:about|around|nearly|some|roughly|almost|more|less|over|just|a|an|half|one|"
    r"two|three|four|five|far|no|at|up|as|between|double|single)\b|[A-Z]{1,3}\$))",
    re.IGNORECASE,
)
LOWERCASE_GOVERNING_VERBS = lowercased(GOVERNING_VERBS)
LOWERCASE_NP_BOUNDARY = lowercased(NP_BOUNDARY)
# An aside between the subject and its verb ("Software services, the bulk of which are delivered
# digitally, accounted for ..."; "Industrial digitalization - the use of ... - made up ...") is no part of it.
ASIDE = compiled(
    # "other business services (the back-office, consulting and R&D work ...) contributed": a description
    r"\s\((?:the|a|an|mostly|mainly|including|such\s+as|e\.g\.|i\.e\.)\s[^()\d]{1,200}\)(?=\s)|"
    # "exports (goods shipped to overseas consumers through online marketplaces) were": what the thing is
    r"\s\((?=[a-z])(?:[a-z-]+\s+){3}[^()\d]{1,200}\)(?=\s)|"
    # "Digital content exports (games, webtoons, animation and metaverse content) reached": what it holds
    r"\s\((?=[a-z])[a-z-]+(?:\s+[a-z-]+)*(?:,\s+[a-z-]+(?:\s+[a-z-]+)*)+\)(?=\s)|"
    # (hyphens inside: "— software, IT-enabled services and call-centre work sold abroad —")
    r"\s[-–—]{1,2}\s(?:(?!\s[-–—]{1,2}\s)[^\n]){1,200}?\s[-–—]{1,2}(?=\s)|,\s+(?:however|though|too|meanwhile|in\s+turn|"
    r"by\s+contrast|in\s+contrast|for\s+example|for\s+instance|on\s+the\s+other\s+hand|in\s+particular|"
    r"again|also),(?=\s)|"
    r",\s+(?:(?:(?:the\s+)?[\w-]+\s+of\s+|(?:in|with|under|through|by|for)\s+)?(?:which|whom)|who|whose|essentially|including|meaning|namely|that\s+is|i\.e\.|"
    r"such\s+as|mostly|mainly|(?:most|many|all|some)\s+of\s+them|led\s+by|(?!measured\b)(?:[a-z]+ed|held|built|made|run|known|based|driven|"
    r"given|taken|shown|seen|brought|hit)\s+"
    r"(?:in|on|by|at|from|under|during|over|last|this|earlier))\b"
    r"[^;]{1,250}?,(?:\s+(?:now|also|together)\b)?(?=\s+" + GOVERNING_VERBS.pattern + ")",
    re.IGNORECASE,
)
LOWERCASE_ASIDE = lowercased(ASIDE)
# A clause that opens with its verb ("..., and accounted for 54 percent") shares the subject before it.
# "... had tripled in the past two years and now make up 35 percent": the same, after the first verb's time.
ELIDED_SUBJECT = re.compile(
    r"(?:(?:since|in|over|during|from|by)\s+[^,;]{1,40}?\s+|(?:19|20)\d\d\s+"
    # ("totalled 10,915.8 mln US dollars and rose by 6.1%": the amount the verb before ended on)
    r"|(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}\s)?\d[\d,.]*(?:\s+[\w.%-]+){0,3}?\s+)?"
    r"(?:and|but|then)(?:\s+(?:now|also|still|so|later))?"
    # "Exports ... were provisionally recorded at": only an adverb between two verbs of one subject
    r"|[a-z]+ly",
    re.IGNORECASE,
)
PARTICIPLE = re.compile(r"\w+ing\b")
TIME_ONLY = re.compile(r"(?:(?:since|in|by|from|over|during)\s+(?:(?:19|20)\d\d|the\s+[\w\s-]{1,30}))?", re.I)
# What may stand between an auxiliary and its verb: "have tripled", "has also grown", "had been".
AUXILIARY_GAP = re.compile(
    r"\s+(?:(?:also|now|just|almost|nearly|roughly|about|already|still|more\s+than|been|likely|set|to|"
    r"expected|projected|forecast|estimated|poised|due)\s+)*",
    re.IGNORECASE,
)
LEADING_WORDS = re.compile(
    rf"^(?:[-–—{BULLETS}*]\s+|[AQ]:\s+)?(?:(?:the|a|an|and|or|but|yet|so|only|meanwhile|however|also|now|both|"
    r"in\s+(?:19|20)\d\d,?|in\s+the\s+(?:first|second|third|fourth|same)\s+\w+,?|"
    r"in\s+the\s+[\w-]*\d[\w-]*\s+(?:financial\s+|fiscal\s+)?(?:year|quarter|half),?|"
    r"in\s+(?:FY|fiscal\s+)[\d/-]{2,7},?|"
    # "Over the past decade the digital deficit", "Since 2015 these exports": a time before the subject
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months|quarters),?|"
    r"since\s+(?:19|20)\d\d,?|"
    # "On that basis Peru's exports came to": the measure a sentence before defined, before the subject
    r"on\s+(?:that|this|such\s+a|the\s+same)\s+basis,?|"
    # "Between 2019 and 2024 they grew": a span before the subject
    r"(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d,?|"
    # "Last year the United States was the largest market": the year before the subject
    r"(?:last|this|next)\s+(?:year|quarter|month),?)\s+)+",
    re.IGNORECASE,
)
# "exports of such services", "exports through the channel": the thing was named before.
ANAPHORIC_NP = compiled(
    r"\b(?:such|these|those|this|that|the|its|their)\s+(?:services?|channels?|category|categories|group|"
    r"sector|industry|segment|trade|goods|products|platforms?|figure|total)\b"
    r"(?![\s-]+(?!(?:of|in|to|from|by|for|through|via|with|at|on|and|or)\b)[A-Za-z])",
    re.IGNORECASE,
)
# A subject that only points back: "it", "these services", "their value", "the share", "the shortfall".
# "the October value", "the quarterly figure": a period names which of the values measured before.
PERIOD_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|monthly|"
    r"quarterly|annual|full-year|half-year|latest|(?:19|20)\d\d)"
)
POINTER_SUBJECT = re.compile(
    r"(?:(?:and|but|so|also|meanwhile|however|although|though|while|whereas|(?:(?:in|since|by)\s+)?(?:19|20)\d\d|"
    r"(?:in|by)\s+(?:FY|fiscal\s+)[\d/-]{2,7}|"
    r"(?:in|over|during)\s+(?:the\s+)?[^,]{0,40}?(?:year|quarter|half|months?|period|(?:19|20)\d\d|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)),?\s+)*"
    r"(?:it|they|this|these|(?:(?:its|their|these|those|such)\s+(?:[\w-]+\s+)?|the\s+(?:"
    + PERIOD_NAME
    + r"\s+)?)"
    r"(?:services|value|share|"
    r"total|figure|shortfall|gap|surplus|deficit|amount|sum|sector|industry|market|segment|category|scale|size)|"
    r"(?:these|those|such)\s+(?:exports|imports|shipments|sales|flows|purchases))",
    re.IGNORECASE,
)
THAT_SUBJECT = re.compile(r"(?:^|[,;]\s+)(?:[Tt]hat|[Tt]his)\s+$")
# The look-ahead for the letters every match starts with spares the rest of the pattern elsewhere.
POINTER_WORD = compiled(
    r"(?=[ist])\b(?:it|they|this|that|these|those|its|their|such|the\s+(?:"
    + PERIOD_NAME
    + r"\s+)?(?:services|value|share|"
    r"total|figure|shortfall|gap|"
    r"surplus|deficit|amount|sum|sector|industry|market|segment|category|scale|size))\b",
    re.IGNORECASE,
)
WITH_UP = re.compile(
    r"\bwith\s+(?P<np>[^,;]{2,60}?)\s+(?:up|down|(?:(?:broadly|roughly|largely)\s+)?(?:flat\s+)?at)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
# "..., and total commercial services exports, up 6.9 percent": a noun phrase, then its change, no verb.
NP_THEN_UP = re.compile(
    r"(?:^|[,;]\s+)(?:(?:and|while|whereas|but|both)\s+)?(?:the\s+)?(?!according\s+to\b|citing\b|as\s+)"
    r"(?P<np>[^,;\d]{2,60}?),\s+(?:up|down)\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# "outpacing both merchandise exports, which grew 4.1 percent": the noun phrase a relative clause hangs on.
RELATIVE_BEFORE = re.compile(
    r"(?:^|[,;:]\s+)(?:(?:[a-z]+ing|ahead\s+of|(?:more|faster|slower)\s+than)\s+)?(?:(?:and|both|the|as|than)\s+)*(?P<np>[^,;:]{2,60}?),\s+(?:which|that)\s+"
    r"(?:(?:now|also|still|only|have|has|had)\s+)*$",
)
# "$7.2 billion, seasonally adjusted, up 1.6 percent": a word that qualifies the amount, no noun.
MODIFIER_ONLY = re.compile(r"(?:[a-z]+ly\s+)?[a-z-]+(?:ed|ing)|[a-z]+ly", re.IGNORECASE)
# "..., carrying about 91 per cent", "..., together accounting for": a participle clause with no subject of
# its own, whose subject is the sentence's opening name(s).
PARTICIPLE_ONLY = re.compile(
    r"(?:(?:together|jointly|combined)(?:\s+\w+ing)?|"
    # (not a sector named by an -ing noun: "while manufacturing rose 11.2 per cent")
    r"(?!(?:manufactur|ship|bank|financ|market|advertis|gam|stream|comput|outsourc|engineer|consult|publish|"
    r"process|cloth|retail|trad|ticket|lend|messag|host|broadcast|min|hous|print|travel|cater)ing\b)"
    r"\w+ing(?:\s+(?:about|around|nearly|roughly|almost|some|over))?)",
    re.IGNORECASE,
)
NAME_OPENING = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,3})\s+(?=[a-z])")
HEDGE_ONLY = re.compile(
    r"(?:nearly|almost|about|around|roughly|some|over|just|only|close\s+to|more\s+than|less\s+than|well\s+over)",
    re.IGNORECASE,
)
TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:now|also|still|already|currently|together|only|just|again|alone))+$", re.IGNORECASE
)
ADVERBS = frozenset("now also still already currently together only just again alone".split())
WHOLE_THEN_WHICH = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?)\s+of\s+(?:the\s+)?"
    r"(?P<np>[^,;]{3,80}?),\s+which\s+$",
    re.IGNORECASE,
)
# "its digital trade", "their offline export sales": a thing of something named before.
OWNED_BY_PRONOUN = re.compile(r"(?:its|their)\s+(.+)", re.IGNORECASE)
# "world trade reached $24.4 trillion and services trade was worth ...": a new clause after an amount.
AFTER_AMOUNT_AND = re.compile(
    r"^.*(?:[$€£¥₹]\s*\d|\d\s*(?:%|per\s*cent|percent|billion|million|trillion|bn|tn|yuan))[^,;]*?\band\s+",
    re.IGNORECASE,
)
# "The number of tech jobs in Singapore reached 214,000": what is counted is the thing measured.
NUMBER_OF = re.compile(r"^(?:the\s+)?(?:total\s+)?number\s+of\s+(?=\w)", re.IGNORECASE)
MAX_SUBJECT_WORDS = 12
# Words that say how a thing moved, not what it is: "an average annual growth rate reaching 12.1 percent".
GENERIC_SUBJECT = re.compile(
    r"^(?:(?:the|an?|average|annual|compound|yearly|growth|rate|pace|share|proportion|figure|number|total|"
    r"value|sector|industry|former|latter|amount|sum|increase|rise|decline)\s*)+$",
    re.IGNORECASE,
)
AMOUNT_INSIDE = re.compile(
    r"[$€£¥₹]\s*\d|\d\s*(?:%|per\s*cent|percent|billion|million|trillion|bn|tn|yuan)", re.IGNORECASE
)


EXAMPLES = re.compile(r",?\s+(?:including|such\s+as|notably|especially|particularly)\s+", re.IGNORECASE)
EXAMPLE_WORDS = ("including", "such", "notably", "especially", "particularly")
RELATIVE_PRONOUN = re.compile(r"\s(?:that|which|who)\s*$", re.IGNORECASE)
RELATIVE_VERB = re.compile(
    r"\s*(?:can|could|may|might|will|would|should|must|are|is|were|was|have|has|had|do|did|[a-z]+ed)\b"
)
NOT_A_HEAD = frozenset("it they we he she this data figures report study survey estimates said says".split())
DETERMINER = re.compile(r"\b(?:the|a|an|its|their|these|those|all)\s+$", re.IGNORECASE)
ABBREVIATION_JOINED = re.compile(r"\s*\(([A-Z]{2,6})\)-")
# A bracket that is no abbreviation ("(ICT)", "(IT-BPM)", "(IT&ITeS)" name the thing before them).
BRACKETED_ASIDE = re.compile(r"\s*\((?![A-Z][A-Za-z]*(?:[-&][A-Z][A-Za-z]*)*\))[^)]*\)")


# "Dongguan, a manufacturing center known for furniture, toys and electronics, posted": a place with
# an appositive before its verb.
# (the name's capital comes first, and the word boundary before it is the look-behind after it, "no word
# character before the capital": a pattern that opens with a class lets the engine skip to the capitals)
APPOSITIVE = re.compile(
    r"(?P<name>[A-Z](?<!\w.)[\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?P<aside>,\s+(?:(?:still|now|long|once)\s+)?(?:an?|the)\s+"
    r"[^;]{1,150}?,)(?=\s+" + GOVERNING_VERBS.pattern + ")"
)


# "in April-June, the final quarter of the fiscal year, came to": a time described between commas.
TIME_NAME = re.compile(rf"{MONTHS}(?:[-–]{MONTHS})?$")


WHICH_ASIDE = re.compile(r",\s+(?:which|who)\s+[^;]{1,150}?,(?=\s+" + GOVERNING_VERBS.pattern + ")")


def _blank_appositive(match: re.Match[str]) -> str:
    if not (find_places(match.group("name")) or TIME_NAME.search(match.group("name"))):
        return match.group(0)
    return match.group("name") + " " * len(match.group("aside"))


@lru_cache(maxsize=256)
def without_asides(sentence: str) -> str:
    """The sentence with its asides blanked out; blanks keep every position where it was.

    Remembered: each quantity of a sentence asks for it.
    """
    low = lowered(sentence)
    if low is None:
        sentence = ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    else:  # (the same asides, found in the lowercased sentence: faster)
        sentence = _blanked(sentence, [m.span() for m in LOWERCASE_ASIDE.finditer(low)])
    if ", a" in sentence or ", the" in sentence or ", still" in sentence or ", now" in sentence:
        sentence = APPOSITIVE.sub(_blank_appositive, sentence)
    if ", which " in sentence or ", who " in sentence:
        # "The value of transactions on the GIP platform, which links banks, mobile money operators and
        # licensed fintechs, reached": a clause on what the subject is, its list no subject
        sentence = WHICH_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    if "whole" not in (low if low is not None else sentence.lower()):
        return sentence  # (AS_A_WHOLE needs the word, and blanking asides adds no letter)
    return AS_A_WHOLE.sub(lambda m: " " * len(m.group(0)), sentence)


def _blanked(sentence: str, spans: list[tuple[int, int]]) -> str:
    """``sentence`` with spaces over the ``spans`` (in order, not overlapping)."""
    if not spans:
        return sentence
    pieces = []
    at = 0
    for start, end in spans:
        pieces.append(sentence[at:start])
        pieces.append(" " * (end - start))
        at = end
    pieces.append(sentence[at:])
    return "".join(pieces)


# ", with which Britain has had an agreement since June 2022,": a relative clause after a preposition, about
# something else, before the verb of the sentence.
RELATIVE_ASIDE = re.compile(
    r",\s+(?:in|with|under|through|by|for)\s+(?:which|whom)\b[^;]{1,150}?,(?=\s+"
    + GOVERNING_VERBS.pattern
    + ")",
    re.IGNORECASE,
)


# "Container trains handled: 1,730 (H1 2025: 1,512)": a bracket giving the value of another time.
LABELLED_BRACKET = re.compile(r"\((?=[^()]*\d)[^():]{2,25}:\s*[^()]{1,40}\)")


def timed_asides(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's asides with times of their own stand: relative clauses before its verb, and
    brackets labelled by another time."""
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(sentence)] if "," in sentence else []
    return asides + [m.span() for m in LABELLED_BRACKET.finditer(sentence)] if "(" in sentence else asides


REDUCED_AFTER = re.compile(r"\s+(?:in|on|at|by|from|with|under|through|via|across|over|during|since)\b")
REDUCED_BEFORE = re.compile(
    r"\b(?!(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|be|been|being|[Hh]as|[Hh]ave|[Hh]ad|not|[Ii]t|[Tt]hey|which|that)\b)"
    r"[A-Za-z][\w-]*s\s+$"
    # ("Total payment volume processed on our platform reached"): a measure, singular, qualified the same way
    r"|\b(?i:volume|value|amount|GMV|TPV|cargo|traffic|turnover)(?:\s+\([A-Z]{2,6}\))?\s+$"
)


IRREGULAR_PARTICIPLES = frozenset("sold bought made built held sent".split())


def _reduced_relative(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb is a participle that qualifies the plural noun before it ("sellers registered in
    Zhejiang", "parcels shipped from China", "services sold across borders"), not the verb of a clause."""
    word = sentence[verb.start() : verb.end()]  # (as written: the verb may have been found in lower case)
    return (
        (word.endswith("ed") or word.lower() in IRREGULAR_PARTICIPLES)
        and " " not in word
        # "... sold across borders", or "Items sold climbed 39%": the verb of the clause comes next
        and bool(
            REDUCED_AFTER.match(sentence, verb.end())
            or (sentence.startswith(" ", verb.end()) and GOVERNING_VERBS.match(sentence, verb.end() + 1))
        )
        and bool(REDUCED_BEFORE.search(sentence, max(0, verb.start() - 40), verb.start()))
    )


@lru_cache(maxsize=1024)
def _subject_words(sentence: str, position: int) -> tuple[str, tuple[int, ...]]:
    """The words between the start of the subject and the verb governing ``position``, and where
    the verbs before ``position`` start (remembered: the metric rules ask more than once)."""
    sentence = without_asides(sentence)
    # (the verbs and the boundaries are found in the lowercased sentence where that is the same: faster)
    low = lowered(sentence)
    found = (
        GOVERNING_VERBS.finditer(sentence, 0, position)
        if low is None
        else LOWERCASE_GOVERNING_VERBS.finditer(low, 0, position)
    )
    # "the surveyed firms", "a registered business": a participle after a determiner describes a noun.
    verbs = [v for v in found if not DETERMINER.search(sentence, max(0, v.start() - 8), v.start())]
    # "sellers registered in Zhejiang exceeded 50,000": a participle before a preposition qualifies a noun
    verbs = [v for i, v in enumerate(verbs) if i == len(verbs) - 1 or not _reduced_relative(sentence, v)]
    end = verbs[-1].start() if verbs else position
    while len(verbs) > 1 and AUXILIARY_GAP.fullmatch(sentence[verbs[-2].end() : end]):
        end = verbs.pop(-2).start()  # "have tripled", "was also up": one verb group
    segment = sentence[:end]
    boundaries = NP_BOUNDARY.finditer(segment) if low is None else LOWERCASE_NP_BOUNDARY.finditer(low, 0, end)
    cuts = [0] + [b.end() for b in boundaries] + [v.end() for v in verbs[:-1]]
    if verbs and verbs[-1].group(0).split()[0].lower().endswith("ing"):  # "with exports rising 13.4 percent"
        cuts += [w.end() for w in re.finditer(r"\bwith\s", segment)]
    cuts.sort()
    cut = cuts[-1]
    # "Telecommunications, computer and information services": a list is one phrase; "52 billion yuan, and
    # the scale" is not (an amount is no item of a list).
    while len(cuts) > 1 and segment[cut - 1] == "," and " and " in segment[cut:]:
        piece = segment[cuts[-2] : cut - 1].split()
        # "exports of telecommunications, computer and information services": a list, the object of "of"
        listed_after_of = len(piece) >= 2 and piece[-2].lower() in ("of", "for") and len(piece) <= 8
        if (
            not (0 < len(piece) <= 3 or listed_after_of)
            or GOVERNING_VERBS.search(" ".join(piece))
            or re.search(r"\d", "".join(piece))
        ):
            break
        cuts.pop()
        cut = cuts[-1]
    if len(cuts) > 1 and (relative := RELATIVE_PRONOUN.search(segment, 0, cut)) and relative.end() == cut:
        # "Services that can be delivered over computer networks accounted for": a restrictive relative
        # clause is part of the noun phrase it qualifies
        head = segment[cuts[-2] : relative.start()].split()
        if (
            RELATIVE_VERB.match(segment, cut)
            and 0 < len(head) <= 4
            and not re.search(r"\d", " ".join(head))
            and not GOVERNING_VERBS.search(" ".join(head))
            and head[-1].lower() not in NOT_A_HEAD
        ):
            cut = cuts[-2]
    # (EXAMPLES cannot match without one of its words, in any case: most segments hold none)
    words = folded(segment) if "in" in segment or "such" in segment else ""
    listed = list(EXAMPLES.finditer(segment)) if any(word in words for word in EXAMPLE_WORDS) else []
    examples = listed[-1] if listed else None
    if examples is not None and not re.search(r"\d", segment[examples.end() :]):
        # "Exports of content including games, music and webtoons reached": the examples are no subject
        start = max(c for c in cuts if c <= examples.start())
        if examples.start() - start > 2:
            cut, segment = start, segment[: examples.start()]
    phrase = segment[cut:]
    # (both patterns need a bracket, which most subjects lack: the substitutions, each of which reads its
    # replacement anew, run only where one is)
    if "(" in phrase:
        if ")-" in phrase:
            phrase = ABBREVIATION_JOINED.sub(r" \1-", phrase)  # "technology (ICT)-enabled": ICT-enabled
        phrase = BRACKETED_ASIDE.sub("", phrase)  # asides go; "(ICT)", "(IT-BPM)" name the thing
    return " ".join(phrase.strip(" ,;:'\"“”").split()), tuple(v.start() for v in verbs)


def refers_back(sentence: str, position: int) -> bool:
    """Whether the subject governing ``position`` is a pronoun or a pointer to something named before
    ("it reached", "these services accounted for", "their value had climbed", "the share was")."""
    if not POINTER_WORD.search(sentence, 0, position):
        return False  # most sentences point back to nothing: skip the parse
    phrase, verbs = _subject_words(sentence, position)
    if not phrase and verbs and THAT_SUBJECT.search(sentence, 0, verbs[-1]):
        return True  # "That was up 6.2 percent": "that" opens the clause as its subject
    if len(verbs) > 1 and (ELIDED_SUBJECT.fullmatch(phrase) or TIME_ONLY.fullmatch(phrase)):
        return refers_back(sentence, verbs[-1])  # "Their value has doubled, growing at 6.8 percent a year"
    # ("Between 2019 and 2024 they grew": the pointer after a time that opens the sentence)
    return bool(POINTER_SUBJECT.fullmatch(phrase) or POINTER_SUBJECT.fullmatch(LEADING_WORDS.sub("", phrase)))


# "The share was 38.6 percent", "the share marked a 2.3 point increase": a share named before.
SHARE_POINTER = re.compile(
    r"(?:(?:and|but|so|meanwhile),?\s+)?(?:the|that|this|its|their)\s+(?:share|proportion|ratio)",
    re.IGNORECASE,
)


def points_to_share(sentence: str, position: int) -> bool:
    """Whether the subject governing ``position`` is "the share" (or "that proportion") alone."""
    if "share" not in sentence and "proportion" not in sentence and "ratio" not in sentence:
        return False  # the usual case: skip the parse
    phrase, _ = _subject_words(sentence, position)
    return bool(SHARE_POINTER.fullmatch(phrase))


@lru_cache(maxsize=1024)
def governing_subject(sentence: str, position: int) -> str | None:
    """The noun phrase before the verb that governs the number at ``position``.

    "while exports of robot vacuum cleaners through online channels rose 28 percent"
    -> "exports of robot vacuum cleaners through online channels": the thing measured,
    with every qualifier that makes it narrower than a catalog concept. Remembered: the
    metric, share and target rules all ask for it.
    """
    phrase, verbs = _subject_words(sentence, position)
    # (TRAILING_ADVERB, tried after every space, runs only where the last word is one of its adverbs)
    if (words := phrase.rsplit(None, 1)) and folded(words[-1]) in ADVERBS:
        phrase = TRAILING_ADVERB.sub("", phrase)
    absolute = WITH_UP.search(sentence, 0, position) if "with " in sentence or "With " in sentence else None
    whole = WHOLE_THEN_WHICH.search(sentence, 0, verbs[-1]) if verbs and ", which " in sentence else None
    tacked = (
        NP_THEN_UP.search(sentence, 0, position) if ", up " in sentence or ", down " in sentence else None
    )
    if absolute:  # "with exports up 6.2%": a verbless clause names its own subject
        phrase = absolute.group("np")
    elif (
        tacked
        and not GOVERNING_VERBS.search(tacked.group("np"))
        and not MODIFIER_ONLY.fullmatch(tacked.group("np"))
    ):
        phrase = tacked.group("np")  # "and total commercial services exports, up 6.9 percent": the same
    elif not phrase and verbs and (relative := RELATIVE_BEFORE.search(sentence, 0, verbs[-1])):
        phrase = relative.group(
            "np"
        )  # "outpacing merchandise exports, which grew 4.1 percent": what "which" is
    elif whole:  # "45 percent of total services exports, which were $1.1 trillion": the whole
        phrase = whole.group("np")
    elif len(verbs) > 1 and (
        ELIDED_SUBJECT.fullmatch(phrase)
        or (PARTICIPLE.match(sentence, verbs[-1]) and TIME_ONLY.fullmatch(phrase))
    ):  # "..., and accounted for"; "have tripled since 2015, reaching 835 million": the subject before
        return governing_subject(sentence, verbs[-1])
    phrase = NUMBER_OF.sub("", phrase)
    if PARTICIPLE_ONLY.fullmatch(phrase) and (named := NAME_OPENING.match(sentence)):
        phrase = named.group("name")  # "Brazil and Mexico dominate, together accounting for": the names
    if phrase.startswith("where "):  # a place before "where" is the figure's place, not part of its name
        owner = _where_owner(sentence, position)
        places = find_places(owner) if owner else []
        place = len(places) == 1 and places[0].start == 0 and places[0].end == len(owner or "")
        phrase = (
            phrase.removeprefix("where ")
            if place or not owner
            else f"{owner} {phrase.removeprefix('where ')}"
        )
    if phrase.startswith("whose ") and (
        whose := WHOSE_OWNER.match(sentence, 0, sentence.rfind(", whose", 0, position))
    ):
        phrase = f"{whose.group('np')} {phrase.removeprefix('whose ')}"  # "X, whose exports reached": X's
    if " and " in phrase:
        phrase = AFTER_AMOUNT_AND.sub("", phrase)
    owned = OWNED_BY_PRONOUN.fullmatch(phrase)
    if owned and not GENERIC_SUBJECT.match(owned.group(1)) and not POINTER_SUBJECT.fullmatch(phrase):
        phrase = owned.group(1)  # "saw its digital trade reach": the pronoun is the owner, not the thing
    if ANAPHOR_SUBJECT.match(phrase) or GENERIC_SUBJECT.match(phrase):
        return None  # "its value", "the share": what it refers to is decided elsewhere
    phrase = LEADING_WORDS.sub("", phrase)
    if ANAPHOR_SUBJECT.match(phrase) or ANAPHORIC_NP.search(phrase) or HEDGE_ONLY.fullmatch(phrase):
        return None  # "Nearly two-thirds were introduced": a hedge before the number is no subject
    words = phrase.split()
    if not words or len(words) > MAX_SUBJECT_WORDS or not LOWERCASE_WORD.search(phrase):
        return None
    if AMOUNT_INSIDE.search(phrase):
        return None  # the phrase runs into another figure: not a clean subject
    return phrase


# "The main driver was telecommunication, computer and information services, whose exports": what "whose" is,
# after the verb that names it (or from the clause start).
WHOSE_OWNER = re.compile(
    r"(?:.*\b(?:was|were|is|are|by|from)\s+)?(?P<np>[^;:]{3,80}?)$", re.IGNORECASE | re.DOTALL
)


# Three lowercase letters running: a subject holds a word, not only names, initials or numbers.
LOWERCASE_WORD = re.compile(r"[a-z]{3}")


# "growth came from cloud software, where revenues climbed": the thing ", where" follows, after the last
# preposition or comma before it.
WHERE_OWNER = re.compile(
    r"(?:^|[,;:]\s+|\b(?:from|in|at|of|for|on|to|by|among|with)\s+)(?:the\s+)?"
    r"(?P<np>(?:(?!\b(?:from|in|at|of|for|on|to|by|among|with)\b)[^,;:]){2,60}?)$"
)


def _where_owner(sentence: str, position: int) -> str | None:
    """What a clause opening on "where" measures something of: "cloud software" in "growth came from cloud
    software, where revenues climbed 11.5%"."""
    at = sentence.rfind(", where ", 0, position)
    owner = WHERE_OWNER.search(sentence, 0, at) if at > 0 else None
    return " ".join(owner.group("np").split()) if owner else None


# "Exports | 19.95 trillion yuan | +7.1%", "Digital economy GMV, ASEAN, 2024: US$263 billion"
# A list line's value follows its colon at once ("2024: US$263 billion"), or its move does ("Cargo traffic
# (FTK): up 5.2%"); speech does not ("Spokesperson: Good afternoon"); a currency may be written before it
# ("Apparel: Rs 14,300 crore").
ROW_LABEL = re.compile(
    rf"^\s*(?:\|\s*)?(?P<label>[^|\t:]{{2,120}}?)\s*(?:[|\t]|:\s*(?={MOVE_OPENING}{VALUE_OPENING}[+-]?\d))"
)


# A bullet or a dash that opens a list line marks the line; it is no part of the label.
LIST_MARK = re.compile(rf"^\s*(?:[{BULLETS}*–—-]|\d{{1,2}}[.)])\s+")


# "- USA — $301.5 million (41%)", "- Cloud services, 118,500 million Baht": a list line whose label a
# spaced dash or a comma ends.
DASH_ROW_LABEL = re.compile(
    rf"^\s*(?:[{BULLETS}*–—-]|\d{{1,2}}[.)])\s+(?P<label>[^|\t:—–,]{{2,60}}?)(?:\s+[—–]\s+|,\s+)"
    r"(?=(?:[A-Z]{1,3}\$?|[$€£¥₹₺₦₩₱]|Rs\.?|KSh|Rp|RM)?\s?[+-]?\d)"
)


# "Q2 - 236.1", "Copyright and licence fees — 2.14": a line of a label, a spaced dash and its value alone.
DASHED_LINE = re.compile(r"^\s*(?P<label>[A-Z][^:\n|]{0,60}?)\s[-–—]\s+(?=[+-]?\d[\d,.]*\s*$)")


@lru_cache(maxsize=256)
def row_line(sentence: str) -> re.Match[str] | None:
    """ROW_LABEL's match, whose label ends at a bar, a tab or a colon, or, on a bulleted line, a spaced
    dash or a comma, or on a line holding only a label and its value, a spaced dash: a sentence without
    any, the usual case, is not matched. Remembered: the row, metric and place rules ask it of each
    quantity of a sentence."""
    if "|" in sentence or "\t" in sentence or ":" in sentence:
        return ROW_LABEL.match(sentence)
    if (" - " in sentence or " — " in sentence or " – " in sentence) and (
        dashed := DASHED_LINE.match(sentence)
    ):
        return dashed
    return DASH_ROW_LABEL.match(sentence) if "—" in sentence or "–" in sentence or "," in sentence else None


def label_text(row: re.Match[str]) -> str:
    """The words of a row's or list line's label (``row_line``'s match), without the list's mark."""
    return LIST_MARK.sub("", row.group("label").splitlines()[-1])


def row_label(sentence: str, position: int) -> str | None:
    """The label of a table row or a list line the number at ``position`` is the value of."""
    if (line_start := sentence.rfind("\n", 0, position) + 1) and row_line(sentence[line_start:]):
        # ("Mobile subscriptions: 6.21 million\nMobile data traffic: up 17.2%", lines with no full stop read
        # as one sentence: the line the number is on)
        return row_label(sentence[line_start:], position - line_start)
    match = row_line(sentence)
    if match is None or position < match.end():
        return None
    if ";" in sentence[match.end() : position] and "|" not in sentence:
        return None  # "Adjusted EBITDA: Rs 118 crore; Adjusted EBITDA margin of 4.0%": an item of its own
    places = find_places(sentence)
    line = OF_WHICH.sub("", label_text(match))  # "– of which computer services | 281.7": a part of the row
    # "9610 direct mail exports | 1,126.4": the row's code is no part of its name
    line = ROW_CODE.sub("", line)
    # ("Mode 1 – cross-border supply | 112'650": an item's number, which dates nothing)
    line = NUMBERED_ITEM.sub("", line)
    # "IT services exports in 2025 (ministry projection)": the measure, without the time and note that date it
    parts = [LABEL_TIME.sub("", NOTED.sub("", p)).strip() for p in line.split(",")]
    named = {sentence[p.start : p.end] for p in places}
    # "European Union (extra-EU)": a place with a note in brackets is the place
    kept = [
        p
        for i, p in enumerate(parts)
        if p
        and not NUMBER_IN_LABEL.search(p)
        and BRACKETED.sub("", p).rstrip("*†‡¹²³") not in named  # ("Da Nang*": a place and its footnote)
        and not (i and UNIT_PART.fullmatch(p))
        and not (i and INCLUDED_PART.match(p))  # "Computer services, incl. cloud": what the row takes in
    ]
    return ", ".join(kept) or None


INCLUDED_PART = re.compile(r"(?:incl\.|including|excl\.|excluding|e\.g\.)\s", re.IGNORECASE)


BRACKETED = re.compile(r"\s*\([^()]*\)")
# "MSMEs that sell online, % of all MSMEs", "Outbound parcels, thousands per year": the unit the row is in,
# after what it measures
UNIT_PART = re.compile(
    r"(?:%|per\s*cent|percent)(?:\s+of\s+.*)?|(?:thousands?|millions?|'000)(?:\s+(?:per|a)\s+\w+)?|number\s+of\s+.*"
    # ("IT services exports, USD million | 170": the amounts' unit, no part of the measure's name)
    rf"|(?:{CURRENCY_PREFIX}|{WORD_CURRENCY})\s*(?:thousands?|millions?|billions?|trillions?|mn|bn)",
    re.IGNORECASE,
)
ROW_CODE = re.compile(r"^\s*\d{3,6}\s+(?=[A-Za-z])")
NUMBERED_ITEM = re.compile(r"^\s*[A-Z][a-z]+\s+\d\s*[–—-]\s+(?=[A-Za-z])")
# A number in a label ("Q1", "FY26", "2024") dates the row; digits before a letter ("B2B", "5G") name a thing.
NUMBER_IN_LABEL = re.compile(r"\d(?![A-Za-z\d])")
NOTED = re.compile(
    r"\s*\((?:[^()]*\d[^()]*|[^()]*\b(?:projection|forecast|target|goal|estimate|provisional)s?|"
    # ("Orders (million)", "Value of transactions (KSh trillion)": the unit the row is written in)
    r"(?:in\s+)?(?:[A-Z][\w$]{0,3}\s+)?(?:thousands?|millions?|billions?|trillions?|mn|bn|'000)|"
    # ("Operational data centres (number)", "Workloads hosted on cloud (% of total)")
    r"number|no\.|%(?:\s+of\s+[^()]*)?)\)$",
    re.I,
)
# ("Active accounts at end-June 2025", "Headcount at 30 June 2025": the time a stock is counted at; "Budget
# 2021–2024", "Funds paid out by 31 December 2024": the years a line's amount is of)
LABEL_TIME = re.compile(
    r"\s+(?:(?:in|by|for)\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?|at\s+(?:the\s+end\s+of\s+|end-)?(?:\d{1,2}\s+)?"
    r"[A-Z][a-z]+\s+|by\s+\d{1,2}\s+[A-Z][a-z]+\s+)(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?$"
    r"|(?<=[a-z])\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$"
    # ("Registered companies at 31 December", "Active merchants as of December 31, 2025": split at its comma)
    r"|\s+(?:as\s+(?:of|at)|at)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})$"
)
OF_WHICH = re.compile(r"^\s*(?:of\s+which|incl(?:uding|\.))\s*:?\s*", re.IGNORECASE)


def is_anaphor(phrase: str | None) -> bool:
    return phrase is None or bool(ANAPHOR_SUBJECT.match(phrase.strip()))


def share_phrases(sentence: str, position: int) -> tuple[str, str] | None:
    """(part, whole) of a share: "the share of A in B ... 45 percent" or "A accounted for 45 percent of B"."""
    for match in SHARE_OF_IN.finditer(sentence[:position]):
        part, whole = match.group("part").strip(), match.group("whole").strip()
        if re.search(r"\d", part) or re.match(r"\d", whole):
            continue  # "the share of enterprises buying cloud services rose to 45.2% in 2023": no whole named
        return part, whole
    if ("'s " in sentence or "’s " in sentence) and (
        owned := list(OWNED_SHARE.finditer(sentence, 0, position))
    ):
        # the nearest: "The ICT sector's contribution to GDP ..., while e-commerce's share of retail sales"
        # (in the number's clause: "lifting e-commerce's share of air cargo to 30 per cent ..., and wants the
        # value of goods to exceed HK$800 billion" gives the second goal no share)
        words = OWNER_WORDS.search(sentence, 0, owned[-1].start())
        kept = words.group(1).split() if words else []
        cut = max((i + 1 for i, word in enumerate(kept) if word.lower() in NOT_AN_OWNER), default=0)
        if kept[cut:] and not OTHER_CLAUSE.search(sentence, owned[-1].end(), position):
            return " ".join(kept[cut:]), owned[-1].group("whole").strip()
    return None


def whole_after(sentence: str, end: int) -> str | None:
    """ "45 percent of total services trade" -> "total services trade"."""
    match = OF_WHOLE.match(sentence[end:])
    if match:
        whole = match.group("whole").strip()
        if GOAL_WHOLE.search(whole) and (amount := GOAL_AMOUNT.match(sentence, end + match.end())):
            whole += amount.group(0)  # "85 percent of the government's target of 30 million MSMEs"
        return whole
    if ", with " in sentence and WITH_SHARE.search(sentence, max(0, end - 120), end):
        # "reached 1.1 trillion yuan, with software accounting for 41 percent": a share of that amount
        return "the total"
    return None


# "85 percent of the government's target of 30 million MSMEs": a goal as the whole is named with its amount.
GOAL_WHOLE = re.compile(r"\b(?:target|goal)s?$", re.IGNORECASE)
GOAL_AMOUNT = re.compile(r"\s+of\s+[^,;.]*?(?=\s+by\b|\s+in\s+(?:19|20)\d\d|[,;.]|$)")
# "..., with software accounting for 41 percent": a share of the amount the clause hangs on.
WITH_SHARE = re.compile(
    r",\s+with\s+[^,;]{1,60}?\s+(?:accounting\s+for|making\s+up|contributing|representing|taking)\s+"
    r"[^,;\s]*\s*[^,;\s]+\s*(?:per\s*cent|percent|%)?$",
    re.IGNORECASE,
)


# How far after a number a place may stand and still be its place ("500 cities in China").
AFTER_REACH = 30
AFTER_CLAUSE = compiled(
    r"[,;:(]|\b(?:said|says|told|announced|according\s+to|reported|as|while|because|but|whereas|which)\b"
)


IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?")
# The words ANAPHORA cannot match without: a cheap test before it.
ANAPHOR_NOUNS = tuple(ANAPHOR_KINDS)


def place_for(
    sentence: str,
    places: list[PlaceMention],
    start: int,
    end: int,
    main: dict[str, str],
    *,
    look_after: bool = True,
) -> str | None:
    """The place a quantity belongs to: the nearest mention, preferring one before it."""
    best: tuple[int, str] | None = None
    # (every match of ANAPHORA holds one of its nouns, which most sentences lack: looked for first)
    lowered = folded(sentence)
    anaphors = ANAPHORA.finditer(sentence, 0, start) if any(noun in lowered for noun in ANAPHOR_NOUNS) else ()
    for anaphor in anaphors:
        kind = ANAPHOR_KINDS[(anaphor.group(1) or anaphor.group(2) or anaphor.group(3)).lower()]
        # "In Shenzhen, ..., and the city is home to": the city the sentence named, else the text's.
        named = [p.name for p in places if p.end <= anaphor.start() and p.name in PLACE_KINDS[kind]]
        referent = named[-1] if named else main.get(kind)
        if referent:
            # "the country's" is often an appositive of a named place: the name wins when near.
            best = ((start - anaphor.end()) * 2, referent)
    # A place after the number counts only within its clause ("500 cities in China"), not in
    # the next one ("... last year as British firms won") or in the attribution (", Fuzhou Customs said").
    after = AFTER_CLAUSE.search(sentence, end)
    limit = after.start() if after else len(sentence)
    for place in places:
        if DOLLARS_AFTER.match(sentence, place.end):
            continue  # "U.S. dollars" names a currency
        if place.end <= start:
            distance = start - place.end
        elif look_after and end <= place.start < min(limit, end + AFTER_REACH):
            # a place after the number is a weaker clue, unless "in" ties it to the number ("5.2% in Romania")
            distance = 0 if IN_PLACE.fullmatch(sentence, end, place.start) else (place.start - end) * 3
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, place.name)
    if best is None:
        return None
    home = main.get("country")
    # "Lao and Chinese users made 2.4 million payments" in a text on Laos: the pair's figure is the home's
    if (
        home
        and best[1] != home
        and any(
            a.name == home
            and b.name == best[1]
            and b.end <= start
            and PAIRED.fullmatch(sentence, a.end, b.start)
            for a, b in pairwise(places)
        )
    ):
        return home
    return best[1]


PAIRED = re.compile(r"\s+and\s+")


def source_of(sentence: str) -> str | None:
    """Who the sentence attributes its numbers to, if anyone."""
    for words, pattern in SOURCE_PATTERNS:
        if not any(word in sentence for word in words):
            continue
        match = pattern.search(sentence)
        if match:
            source = match.group("s").strip(" ,.")
            source = re.sub(r"\s+(?:on|and|of|for)$", "", source)
            if not _WEAK_SOURCES.match(source) and len(source) > 2:
                return source
    return None
