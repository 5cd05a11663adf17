"""Who set a goal or made a forecast.

Goals are tracked per issuer (a raised target is "the same metric and issuer, a new
value"), so "the ministry" is not enough: a reader needs to know which ministry. The
sentence is read in order of trust: the document or body a goal is attributed to
("according to a plan issued by the provincial government", "Under the Foreign Trade
Policy 2023", "a projection by the China Academy of ..."), then the subject of the goal or
forecast verb ("The Ministry of Commerce expects"), then whom the sentence quotes ("...,
the WTO said"). A pointer ("the ministry", "the Group", "It") is resolved to the last body
of its kind the text named in full; a sentence that names no one keeps the issuer of the
goal before it, else the body or policy document the text named last.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from parsers.alternation import gathered
from parsers.figure_places import CAPITAL, CAPITALS_LEGAL_FORM, LEGAL_FORM
from parsers.figure_state import State
from parsers.geo import PLACE_KINDS, WORLD_CITIES, find_places

# What a body's name ends with: "Ministry of Commerce", "Lantern Group", "Northbridge Economics".
BODY_HEADS = (
    r"Ministry|Department|Commission|Council|Administration|Authority|Bureau|Agency|Office|Secretariat|"
    r"Organi[sz]ation|Cent(?:re|er)|Bank|Fund|Institute|Academy|Association|Federation|Chamber|Group|"
    r"Research|Economics|Partners|Capital|Securities|Consult(?:ing|ancy|ants)|Customs|Committee|Government|"
    r"Forum|Corporation|Corp|Company|Board|Union|Holdings|Ltd|Limited|Inc|PLC|Analytics|Intelligence|"
    r"Advisors|Advisers|Insights|Foundation|Programme|Program|Plan|Policy|Blueprint|Strategy|Roadmap|Report|"
    r"Airport|Conference"
)
WEEKDAYS_AND_MONTHS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    "August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# The head words gathered under their first letters, so that at a capital only those it starts are tried.
_GATHERED_HEADS = gathered(f"(?:{BODY_HEADS})")
NAMED_BODY = re.compile(
    # every name starts with a capital, a digit or one of the lowercase words below, and none inside a
    # word: cheap first tests (the second look-ahead, at the start of a word, for the lowercase words
    # themselves: "a", "and", "by", "for" and "with" start none)
    r"(?=[A-Z0-9gawfbr])(?<!\w)"
    r"(?=[A-Z0-9]|government\s|guideline|action\s|white\s|five-year\s|blueprint|roadmap)(?:"
    # a head word alone ("Policy Brief", "Report") names no one unless "of" or "for" says whose it is
    rf"(?<![\w-])(?!{_GATHERED_HEADS}\b(?!\s+(?:of|for)\s))(?:[A-Z](?:[\w&'’-]|\.(?=\w))*\s+(?:&\s+)?){{0,6}}"
    rf"{_GATHERED_HEADS}\b(?!\s+[Pp]eriod)"
    # ("Conference on Trade and Development"; not "on Tuesday")
    rf"(?:\s+(?:of|for|on(?!\s+(?:{WEEKDAYS_AND_MONTHS})\b))\s+(?:the\s+)?[A-Z][\w'’-]*"
    rf"(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w'’-]*){{0,5}})?"
    # ("... Development Plan 2026–31": the years a plan runs are part of its name)
    r"(?:\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?"
    # "Fujian provincial government", "Government of India", "the State Council"
    r"|(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:provincial|municipal|city|state|federal|national)\s+"
    r"government\b"
    r"|\bgovernment\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    # "the Digital Decade policy programme", "the 14th Five-Year Plan", "an action plan": documents
    # ("Digital Morocco 2030 strategy": a year inside the name too)
    # (a dot only inside a name, "U.S.", not one that ends a sentence: "in Cairo and Alexandria. We plan")
    r"|(?<![\w-])[A-Z](?:[\w'’-]|\.(?=\w))*\s+(?:(?:[A-Z](?:[\w'’-]|\.(?=\w))*|(?:19|20)\d\d)\s+){0,5}"
    r"(?:policy\s+)?(?:programme|program|plan|"
    r"strategy|blueprint|roadmap|"
    r"agenda|initiative)\b(?!\s+[Pp]eriod)"
    # "during the 15th Five-Year Plan period": a time, not the document
    r"|\b\d+(?:st|nd|rd|th)\s+Five-Year\s+Plan\b(?!\s+[Pp]eriod)"
    r"|\b(?:guidelines?|action\s+plan|white\s+paper|five-year\s+plan|blueprint|roadmap)\b"
    r")"
)
# "World Trade Organization (WTO)": a later "WTO" is the same body.
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
# What a pointer can point to: "the ministry" to a body whose name has "Ministry" in it.
POINTER = re.compile(
    r"(?:(?:the|its|this|that|our)\s+)?(?:(?:provincial|municipal|city|state|federal|national|central|local|"
    r"\w+-based)\s+)?(?P<head>ministry|department|commission|council|authority|administration|bureau|agency|"
    r"office|secretariat|organi[sz]ation|cent(?:re|er)|bank|fund|institute|academy|association|federation|"
    r"chamber|group|company|firm|government|committee|body|lender|platform|marketplace|operator|retailer|"
    r"consultancy|plan|programme|program|policy|blueprint|strategy|guidelines?|report|authors|management|"
    r"airport|state|(?:\w+\s+)?commerce\s+department)",
    re.IGNORECASE,
)
POSSESSIVE_END = re.compile(r"['’]s$")
# "The plan", "the strategy": a document named by its kind alone, pointing back.
BARE_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:plan|strategy|programme|program|blueprint|policy)"
)
# A government, department or plan named only by its level: which one, the province or city the text is
# about says.
UNNAMED_LOCAL = re.compile(
    # ("the City Council wants Casablanca to host ..." in the mayor's speech: the city's council)
    r"(provincial|municipal|city|state)\s+(?:government|department|bureau|commission|council|action\s+plan|plan)",
    re.IGNORECASE,
)
# "the provincial department of commerce said": a local body the text names in lower case, without its place.
LOCAL_BODY = re.compile(
    r"\b(provincial|municipal)\s+(department|bureau|commission)\s+of\s+[a-z]+"
    r"(?:\s+(?:and\s+)?(?!(?:said|says|reported|announced|told|expects?|aims?|plans?)\b)[a-z]+)?"
    r"(?=\s+(?:said|says|reported|announced|told|expects?|aims?|plans?)\b|[,.;])",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"(?:it|they|he|she|we|i|my|our\s+\w+|our)(?:['’]\w+)?", re.IGNORECASE)
# Pointers that say only that some body spoke: the body the text named last.
ANY_BODY = {"agency", "body", "organisation", "organization", "authors", "report", "group", "company", "firm"}
DETERMINER = re.compile(r"(?:the|this|that|its|their|these|those)", re.IGNORECASE)
DOCUMENT_KINDS = {
    "plan",
    "programme",
    "program",
    "policy",
    "blueprint",
    "strategy",
    "guideline",
    "guidelines",
    "report",
}
DOCUMENT_WORD = re.compile(
    r"\b(?:action\s+plan|white\s+paper|five-year\s+plan|plan|programme|program|policy|strategy|blueprint|roadmap|"
    r"guidelines?|report|measures|circular|opinions|directive|initiative|estimates?)\b",
    re.IGNORECASE,
)
COMPANY_POINTERS = {
    "company",
    "firm",
    "group",
    "lender",
    "platform",
    "marketplace",
    "operator",
    "retailer",
    "management",
}
COMPANY_HEADS = re.compile(r"\b(?:Group|Company|Corporation|Corp|Holdings|Ltd|Limited|Inc|PLC)\b")
DOCUMENT_HEADS = re.compile(
    r"(?i:plan|programme|program|policy|blueprint|strategy|roadmap|report|guidelines?|white\s+paper)$"
    # ("Medium-Term Management Plan 2027": a plan with the year it runs to; not a report's edition)
    r"|(?i:plan|programme|program|blueprint|strategy|roadmap)\s+(?:19|20)\d\d$"
)
# "Orientrade Holdings Ltd (HKEX: 2613), a cross-border marketplace": a company named by apposition
_APPOSITION = (
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}(?:company|firm|platform|marketplace|retailer|operator|startup|group|"
    r"consultancy|lender|brokerage)\b(?!\s+(?:said|says|told|added|reported|announced|noted|stated))"
)
APPOSED_COMPANY = re.compile(
    # not a month or a day: "in the three months to September, the company said"
    rf"(?<![\w-])(?!(?:{WEEKDAYS_AND_MONTHS})\b)"
    r"(?P<name>[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w&'’-]|\.(?=\w))*){0,3})(?:\s*\([^)]{1,40}\))*"
    + _APPOSITION
)
# The apposition alone, which every match of APPOSED_COMPANY ends with: rare, and found at once (it opens
# with a comma), so a text without it is not read name by name.
COMPANY_APPOSITION = re.compile(_APPOSITION)

GOAL_VERB = (
    r"(?:has\s+said\s+it\s+|said\s+it\s+|also\s+|now\s+|still\s+|further\s+|itself\s+|(?:is|are)\s+(?=\w+ing))?"
    r"(?:aim(?:s|ed|ing)?|plans?\s+to|planning\s+to|target(?:s|ing)?\s+(?!is\b)|expects?|seeks?|strives?|wants?|"
    r"intends?|(?:has|had|have)\s+(?:also\s+|now\s+|already\s+)?(?:set|projected|forecast|estimated|predicted)|"
    r"sets?\s+(?:a\s+|the\s+)?(?:goals?|targets?)|"
    # "still talks up its ambition of £1tn of exports a year by 2030"
    r"(?:talks?\s+up|touts?|reaffirmed|reiterated|restated)\s+its\s+(?:\w+\s+)?(?:ambitions?|goals?|targets?|aims?)|"
    r"set\s+a\s+(?:goal|target)|pledged|projects?|forecasts?|predicts?|estimates?|reckons?|has\s+warned|warned|"
    r"envisag(?:es|ed|e)|"
    r"will\s+strive|will\s+work|calls?\s+for|"
    r"(?:raised|cut|lowered|upgraded|downgraded|revised|kept|maintained)\s+its\s+(?:\w+\s+)?"
    r"(?:forecasts?|projections?|outlook|estimates?|targets?|goals?|guidance))\b"
)
CAPITAL_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
# "Saudi Vision 2030", "Ministry of Economy, Trade and Industry", "the Japanese government"
NAMED_SUBJECT = (
    # (not a month or a day: "At its investor day in September, Crossway set a goal")
    rf"(?!(?:{WEEKDAYS_AND_MONTHS})\b)"
    # ("the Digital Economy and Society Policy Framework 2021–2035": a name with its years)
    # ("The Socio-Economic Development Strategy for 2022-2026": the years it runs for)
    rf"{CAPITAL_WORD}(?:,?\s+(?:(?:of|for|and|&)\s+)?{CAPITAL_WORD})*(?:\s+(?:for\s+)?(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?"
    r"(?:\s+(?:government|ministry|authorities|economists|analysts|researchers|officials))?"
)
KIND_SUBJECT = (
    r"(?:(?:provincial|municipal|city|state|central|local)\s+)?(?:government|ministry|commission|council|"
    r"authority|department|academy|institute|company|firm|group|province|city|country|authors|analysts|"
    r"economists|researchers|officials|agency|association|federation|chamber|bank|fund|bureau|regulator|"
    r"secretariat|organi[sz]ation|body|plan|programme|program|strategy|guidelines?|policy|blueprint|roadmap|"
    r"airport|state)"
)
# What is done to a document by the body behind it: "the strategy, adopted jointly by the CNB", "the Trade
# Strategy published in June".
ISSUED = r"(?:adopted|issued|published|approved|drawn\s+up|released|launched|unveiled|agreed)"
SUBJECT = re.compile(
    # ("The national offshoring strategy envisages": a body or document described in small letters)
    rf"(?P<i>(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w-]*\s+){{1,3}}{KIND_SUBJECT}\b"
    rf"|(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+)?(?:{NAMED_SUBJECT}|\b{KIND_SUBJECT}|it|they|he|she|we|i))"
    r"(?:\s+\([A-Z]{2,8}\))?(?:\s+on\s+[A-Z][a-z]+day|\s+(?:last|this)\s+(?:week|month|year))?"
    # ("the Trade Strategy published in June aimed to", "The Digital Nation programme adopted by the
    # government aims to")
    rf"(?:\s+{ISSUED}\s+(?:in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?|by\s+(?:the\s+)?[\w'’ -]{{2,40}}?))?"
    # "Gartner, for its part, projects"; "The Tech Council of Australia, an industry group, wants"
    r"(?:,\s+(?:for\s+its\s+part|however|meanwhile|though|too|in\s+turn|for\s+example|(?:a|an|the)\s+[^,;]{2,60}|"
    rf"which\s+[^,;]{{2,60}}|{ISSUED}\s+[^,;]{{2,80}}),)?"
    rf"\s+{GOAL_VERB}"
)
# "Our goal is", "our target for 2030 is": a goal the speaker states as their own.
OUR_GOAL = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+)?(?:goal|target|aim|ambition|objective)s?\b")
# "a National Digital Export Strategy that aims to": a goal verb whose subject is the name before "that".
RELATIVE_GOAL = re.compile(rf"\s(?:that|which)\s+{GOAL_VERB}")
LATER_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s+(?:the\s+)?[A-Z]|;\s")
# "the apex bank", "the national offshoring strategy": a body or document described in small letters.
DESCRIBED = re.compile(rf"(?:[Tt]he|[Ii]ts)\s+(?P<words>(?:[a-z][\w-]*\s+){{1,3}})(?P<kind>{KIND_SUBJECT})")
# A clause with a subject of its own: ", while the e-commerce market is projected".
OWN_CLAUSE = re.compile(r",\s+(?:while|whereas)\s|,\s+(?:and|but)\s+(?:the\s+)?[A-Z]|;\s")
CLAUSE_AFTER = re.compile(r",\s+(?:and|while|but|whereas)\s|;\s")
ACCORDING = re.compile(r"\baccording\s+to\s+(?P<i>[^,;]+?)(?=[,;]|\.\s|\.?$)", re.IGNORECASE)
# ("Under the Economic Modernisation Vision we aim to create ...": a name a pronoun subject ends, no comma)
QUOTES = re.compile(r"[\"“”]")
# ("* TARGETS: Under the ... programme, the government aims": after a list item's label in capitals)
UNDER = re.compile(
    r"^\W*(?:[A-Z][A-Z &-]{1,30}:\s+)?Under\s+(?P<i>[^,]{3,160}?)(?:,|\s+(?=(?:we|it|they)\s))"
)
PLAN_NAME_AFTER = re.compile(
    r"\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,4}),\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])"
)
DOCUMENT_ASIDE = re.compile(
    r"\b(?:strategy|plan|programme|program|framework|roadmap|guideline|blueprint|policy|act|law),\s+"
    rf"{ISSUED}\b[^,]{{0,120}},",
    re.IGNORECASE,
)
DOCUMENT_SAYS = re.compile(
    r"(?:^|(?<=[.;:]\s))\W*(?:[Tt]he|[Aa]n?)\s+(?:new\s+|latest\s+|recent\s+)?"
    r"(?P<i>(?:[a-z][\w-]*\s+){0,2}(?:guidelines?|action\s+plan|plan|strategy|roadmap|blueprint|circular|opinions|"
    r"framework|white\s+paper|programme|program))(?:\s+(?:on|for|to)\s+[^,;]{3,60}?)?"
    rf"(?:,?\s+{ISSUED}\s+[^,;]{{2,50}}?,?)?\s+(?:says|said|states|stated|stipulates|stipulated|calls\s+for)\b"
)
UNDER_WHICH = re.compile(
    r"\b(?:the|a|an|its|our|their)\s+(?P<i>(?:[\w'’-]+\s+){0,3}(?:action\s+plan|plan|programme|program|strategy|"
    r"framework|roadmap|guideline|blueprint|policy)(?:\s+(?:for|on|of)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?),"
    r"\s+under\s+which\b"
)
# " goal that the Financial Sector Development Program had set": a goal with the body that set it
SET_BY = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:goal|target|objective|ambition)s?\s+(?:that\s+|which\s+)?"
    r"(?P<i>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w&'’.-]*){0,8})\s+(?:had\s+|has\s+|have\s+)?set\b"
)
MADE_BY = re.compile(
    r"\b(?:issued|released|published|compiled|drafted|unveiled|set\s+out|adopted|approved)?\s*"
    r"(?:by|from)\s+(?P<by>.+)$",
    re.IGNORECASE,
)
# "The e-Conomy SEA report by Google, Temasek and Bain projects": a report named by its title, then by whom
NAMED_REPORT_BY = re.compile(
    r"\b[Tt]he\s+(?P<name>[\w'’-]*[A-Z][\w'’-]*(?:\s+[\w'’-]*[A-Z][\w'’-]*){0,3})\s+"
    r"(?P<kind>[Rr]eport|[Ss]tudy|[Oo]utlook|[Ii]ndex|[Ss]urvey)\s+by\s+[A-Z]"
)
BY_BODY = re.compile(
    r"\b(?:report|projection|estimates?|forecasts?|survey|study|analysis|tracker|outlook|paper|scenario)\s+"
    r"(?:by|from)\s+(?P<i>(?:the\s+)?[A-Z][^,;]*?)(?=\s+(?:puts?|estimated|estimates|projects|says|said|"
    r"shows?|showed|found|finds|forecasts?|predicts?|expects?|released|published|suggests?)\b|[,;]|\.\s|\.?$)"
    r"|\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<kind>ministry|department|commission|government|company|agency|bank)\s+"
    r"(?:spokes(?:person|man|woman)|officials?)\b"
    r"|\b(?:[Aa]nalysts?|[Ee]conomists?|[Rr]esearchers?|[Ee]xperts?|[Ss]trategists?|[Oo]fficials?)\s+(?:at|with|from)\s+"
    # ("Analysts at Tunis-based brokerage Tunisie Valeurs": where the firm is based, what it is, its name)
    r"(?P<at>(?:[A-Z][\w'’.-]*-based\s+(?:[a-z]+\s+){1,2})?(?:the\s+)?(?:[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+(?:(?:of|for|and)\s+)?[A-Z](?:[\w&'’-]|\.(?=\w))*)*|[a-z]+))"
)
SAID = r"(?:said|says|added|noted|wrote|told\s+\w+)"
SAID_AFTER = re.compile(rf"(?:^|,\s+|\bbut\s+)(?P<i>[^,]{{2,90}}?)\s+{SAID}\b[^,]{{0,40}}[.!]?$")
SAID_BEFORE = re.compile(
    # ("the ministry said Wednesday": a day or a month after "said" is when, not who)
    rf"\b{SAID}\s+(?!(?:{WEEKDAYS_AND_MONTHS}|Today|Yesterday|Last|On|In)\b)"
    r"(?P<i>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:,\s+(?P<title>[^,.;]+))?"
)
SAID_FIRST = re.compile(rf"(?P<i>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})\s+{SAID}\b")
# '"We expect ... by 2028," UPU Director General Masahiko Metoki told reporters'
QUOTE_SPEAKER = re.compile(rf"[,.!?][\"”]\s+(?P<i>(?:{CAPITAL_WORD}\s+){{0,5}}{CAPITAL_WORD})\s+{SAID}\b")
TITLE_BODY = re.compile(r"\b(?:of|at|with|for|from)\s+(?P<body>(?:the\s+)?[^,;]+)$")
# "Outlook The Company expects": a heading run into the subject; the subject starts at "The".
INNER_DETERMINER = re.compile(r"(?<=\S)\s+(?=(?:The|This|Its|That)\s)")
# "the government's new digital strategy aims", "the ministry's ambition is": who owns the goal
OWNER = re.compile(
    r"(?P<owner>\b(?:[Tt]he\s+)?(?:[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w&'’-]|\.(?=\w))*)*|government|"
    r"ministry|commission|council|authority|department|company|group|firm))['’]s\s+(?:[\w-]+\s+){0,4}?"
    r"(?:strategy|plan|programme|program|ambition|goal|target|aim|roadmap|blueprint|outlook|forecasts?|"
    r"projections?|estimates?|baseline)\s+(?:is|aims|calls|wants|sets|expects|projects|sees|forecasts|puts)\b"
)
# "The Osaka Prefectural Government's goal of 1,000 firms": whose goal the number is, named right before it
OWNER_OF = re.compile(
    r"(?P<owner>\b(?:[Tt]he\s+)?[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w&'’-]|\.(?=\w))*)*)['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:goal|target|ambition|aim)\s+of\s+\S[^;]{0,25}$"
)
PERSON = re.compile(r"(?:he|she|i|we)", re.IGNORECASE)
# "its chief economist", "the firm's head of research": a person named as the staff of a body named before
STAFF_OF = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:economist|analyst|strategist|researcher|director|head|chief|"
    r"executive|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|minister)s?(?:\s+of\s+\w+)?,?\s+$",
    re.IGNORECASE,
)
# "that it seeks", and an opening phrase before the subject: "For FY26, Kestrel expects".
COMPLEMENTIZER = re.compile(
    r"^(?:that|which)\s+|^(?:For|In|During|Over|By|From)\s+[^,]{1,40},\s+", re.IGNORECASE
)
CLAUSE_AFTER_NAME = re.compile(
    r"\s+(?:last|this|next|in|on|earlier|that|which|who|to|for\s+the|released|issued|published|unveiled)\b"
)
LEADING = re.compile(r"^(?:the|a|an|its|their|this|that)\s+", re.IGNORECASE)


RECENT = 200


@dataclass(frozen=True)
class Body:
    """A body or policy document the text names, and where."""

    position: int
    name: str
    kind: str = ""  # what a document named only by its title is ("strategy" for "Digital Morocco 2030")


# What a body a text's header names ends in or holds: "Ningbo Municipal Bureau of Port and Logistics",
# "Quarterly Bulletin | Central Bank of Ireland", "INDUS RIDGE SECURITIES | Sector Update". (Narrower than
# BODY_HEADS on purpose: a header's "Policy Brief", "Annual Report" or "Group" line names no publisher.)
HEADER_BODY_HEAD = re.compile(
    r"\b(?:Bureau|Bank|Securities|Sekuritas|Research|Institute|Centre|Center|Ministry|Department|Association|"
    r"Agency|Office|Authority|Council|Commission|Insights|Economics|Alliance|Secretariat|Corporation|"
    r"Institut|Instituto|Istituto|Verband|Brokers?|Brokerage|"
    r"Holdings|Analytics|Consulting|Studies|Estudos|Advisory|Advisors|Advisers|Partners|Intelligence|Ratings?|"
    # ("TASHKENT CITY KHOKIMIYAT", "Almaty City Akimat", "BUSAN METROPOLITAN CITY": a city's administration)
    r"Khokimiyat|Hokimiyat|Akimat|Metropolitan\s+City|"
    r"\w+bank)\b",  # ("Hollandse Handelsbank": a bank named in one word)
    re.IGNORECASE,
)
# "Economics Research | Hollandse Handelsbank", "India Economics" over "Kaveri Bank ...": a bank's research
# desk, named for what or where it covers, over the bank it belongs to (not "Northbridge Economics": a firm)
RESEARCH_DESK = re.compile(
    r"(?:(?:Economics|Economic|Global|Macro|(?P<desk>Equity|Credit|Investment))\s+)?Research"
    r"|(?P<place>[A-Z][\w-]+)\s+Economics"
)
# "Kaveri Bank Economics Research": the bank, whose desk writes
BANK_DESK = re.compile(r"(?<=Bank)\s+(?:Economics\s+Research|Economic\s+Research|Research|Economics)$")
HEADER_NAME = re.compile(
    # ("Information Technology, Electronics & Communications Department")
    # ("Öresund Capital Markets": a capital with an accent)
    rf"(?:[{CAPITAL}][\w'’&.-]*|of|and|for|the|de|do|da)(?:,?\s+(?:[{CAPITAL}][\w'’&.-]*|of|and|for|the|de|do|da|&)){{1,8}}"
)
# "ParcelPulse insights team": a company's team signing its commentary
PUBLISHER_TEAM = re.compile(
    r"(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+insights\s+team(?:,\s+[A-Z][\w'’ -]{1,30})?"
)
HEADER_LINES = 8  # (a byline under the headline, "Analysts: ...\nPacific Rim Ratings", counts too)
# ("(CECD)", "(NASDAQ: PGRA)": an acronym or a ticker after the name)
HEADER_ASIDE = re.compile(rf"\s*\((?:[{CAPITAL}]{{2,8}}|[A-Z]{{2,10}}:\s*[A-Z0-9.]{{1,10}})\)")  # ("(DHMİ)")
# "Savdo Market | Newsroom": a cell that says the text is its publisher's own release, after the publisher
OWN_RELEASE_CELL = re.compile(
    r"\s*(?:Newsroom|Press\s+(?:Release|Office|Room)|Media\s+(?:Release|Centre|Center))\s*", re.IGNORECASE
)
# a header's cells: "Quarterly Bulletin | Central Bank of Ireland", "AfDB Group — Report summary"
HEADER_CELL_BREAK = re.compile(r"\||\s[—–]\s")
SMALL_WORDS = frozenset("of and for the de do da".split())
# A byline's job at a firm: "Chief Economist, Galata Yatırım", "Senior Analyst, Harbourline Advisory".
# ("Lucía Ferraro (@lferraro_econ) · Chief economist, Pampa Datos · 8 Sep 2025": after a separator too)
ROLE_AT = re.compile(
    r"(?:^|.*?[·|—–,]\s*)\s*(?i:(?:Chief|Senior|Lead|Principal|Head|Deputy)\s+)?(?i:Economist|Analyst|Strategist|"
    r"Researcher|Head\s+of\s+Research|Research\s+Director|Portfolio\s+Manager)(?:,\s+|\s+at\s+)"
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*(?:[·|,—–-]|$)"
)


ASSOCIATION = re.compile(r"\s+e\.\s?V\.$")  # Germany's registered associations
# "Institut Mercure, Digital Economy Programme": a body and the part of it that wrote the text
SUBUNIT = re.compile(r",\s+[A-Z][\w\s&-]*\b(?:Programme|Program|Division|Unit|Team|Desk|Practice|Lab)$")
# "the address of the Minister of Economy and Finance", "Presented to Parliament by the Minister of Finance,
# Planning and Economic Development": a speech a minister gives for the ministry.
MINISTER_SPEAKS = re.compile(
    r"\b(?:of|[Bb]y)\s+the\s+Minister\s+of\s+"
    r"(?P<office>[A-Z][\w&’'-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w&’'-]*){0,6})"
)
# "Submitted by: ...", "Prepared by ...": a line naming who wrote the text.
SUBMITTED_BY = re.compile(
    r"\s*(?:Submitted|Prepared|Published|Issued)\s+by:?\s+(?P<org>[A-Z][^\n,;]{2,80}?)\s*$", re.IGNORECASE
)


def _without_city(name: str) -> str:
    """A header's name without the place written after it: "Centro de Estudos ..., São Paulo", "Vltava
    Customs Brokers s.r.o., Prague" (after a legal form, any one word)."""
    head, _, last = name.rpartition(",")
    if head and LEGAL_FORM.search(head.strip()) and re.fullmatch(r"\s*[A-Z][\w'’-]+\s*", last):
        return head.strip()
    if head and last.strip() in WORLD_CITIES:
        return head.strip()  # ("Kaveri Bank Economics Research, Mumbai")
    places = find_places(last.strip()) if head else []
    return head.strip() if places and places[0].start == 0 and places[0].end == len(last.strip()) else name


def header_author(text: str) -> Body | None:
    """The body a text's first lines name as its publisher, whose voice its "we" and its unattributed
    forecasts are (a name in capitals is written as a name)."""
    position = 0
    for line in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        if role := ROLE_AT.match(line):
            # "Chief Economist, Galata Yatırım · views my own" under a thread's author: the employer
            return Body(position + role.start("org"), role.group("org").rstrip("."))
        cells = HEADER_CELL_BREAK.split(line)
        offset = 0
        for index, part in enumerate(cells):
            # ("Centro de Estudos de Comércio Digital (CECD), São Paulo": the name, not its acronym and city)
            name = BANK_DESK.sub("", _without_city(HEADER_ASIDE.sub("", part).strip()))
            if (desk := RESEARCH_DESK.fullmatch(name)) and (
                not desk.group("place") or find_places(desk.group("place"))
            ):
                if desk.group("desk") and index and HEADER_NAME.fullmatch(firm := cells[index - 1].strip()):
                    # "Galata Yatırım | Equity Research | Türkiye": the firm whose desk writes, named first
                    return Body(position + line.find(firm), firm)
                offset = line.find(cells[index + 1], offset + len(part)) if index + 1 < len(cells) else offset
                continue
            if team := PUBLISHER_TEAM.fullmatch(name):
                # "ParcelPulse insights team, Manchester": the company whose team writes
                return Body(position + offset + part.find(name[:1]), team.group("org"))
            if SUBUNIT.search(name) and HEADER_BODY_HEAD.search(first := name.split(",")[0]):
                name = first  # "Institut Mercure, Digital Economy Programme": the body, not its programme
            own_release = index + 1 < len(cells) and OWN_RELEASE_CELL.fullmatch(cells[index + 1])
            # ("Verband Digitaler Handel Deutschland e.V.", "Vltava Customs Brokers s.r.o.", "CONECTA PAGOS,
            # S.A.B. DE C.V.": a legal form, or an association's)
            legal_form = CAPITALS_LEGAL_FORM if name.isupper() else LEGAL_FORM
            bare = legal_form.sub("", ASSOCIATION.sub("", name)) or name
            if HEADER_NAME.fullmatch(bare) and (HEADER_BODY_HEAD.search(name) or own_release or bare != name):
                if bare.isupper():
                    bare = " ".join(
                        w.lower() if w.lower() in SMALL_WORDS else w.capitalize() for w in bare.split()
                    )
                # ("Pagora Holdings Ltd.": the company, without its legal form)
                return Body(position + offset + part.find(name[:1]), bare)
            offset = line.find(cells[index + 1], offset + len(part)) if index + 1 < len(cells) else offset
        if minister := MINISTER_SPEAKS.search(line):
            # "excerpt from the address of the Minister of Economy and Finance": the minister's ministry
            return Body(position + minister.start("office"), f"Ministry of {minister.group('office')}")
        if submitted := SUBMITTED_BY.match(line):
            # "Submitted by: Romanian Digital SMEs Association (ARID)" under a hearing's name: the submitter
            return Body(
                position + submitted.start("org"), HEADER_ASIDE.sub("", submitted.group("org")).strip()
            )
        position += len(line) + 1
    return None


def named_bodies(text: str) -> list[Body]:
    """Every body and policy document a text names, in order, each acronym as its full name."""
    bodies: list[Body] = [author] if (author := header_author(text)) else []
    for match in NAMED_BODY.finditer(text):
        name = BANK_DESK.sub(
            "", POSSESSIVE_END.sub("", LEADING.sub("", _unheaded(match.group(0))).strip(" .,"))
        )
        if name.split()[0] in ("In", "On", "At", "By", "For", "Under", "From", "And", "But", "With", "As"):
            name = name.split(" ", 1)[1] if " " in name else name
        if name.split()[0] in ("We", "I", "It", "They", "He", "She", "You"):
            continue  # "We plan to bring ...": a speaker and a verb, no name
        # "the Commission" after "the European Commission" is that body again
        fuller = [
            b.name for b in bodies[-RECENT:] if name.lower() in b.name.lower() and len(b.name) > len(name)
        ]
        # "the Company" alone names no one, nor does a filing's "Our Company"
        if fuller or name.lower().removeprefix("our ") not in COMPANY_POINTERS:
            bodies.append(Body(match.start(), fuller[-1] if fuller else name))
        if acronym := ACRONYM_AFTER.match(text, match.end()):
            bodies.append(Body(match.end(), name))
            bodies.append(Body(match.end(), acronym.group("acronym")))
    for match in APPOSED_COMPANY.finditer(text) if COMPANY_APPOSITION.search(text) else ():
        bodies.append(Body(match.start(), match.group("name")))
    for match in (
        (*QUOTED_DOCUMENT.finditer(text), *TITLED_DOCUMENT.finditer(text))
        if '"' in text or "“" in text
        else ()
    ):
        bodies.append(Body(match.start("name"), match.group("name"), match.group("kind").lower()))
    for match in APPROVED_DOCUMENT.finditer(text) if "pproved" in text or "dopted" in text else ():
        bodies.append(Body(match.start("name"), match.group("name"), "strategy"))
    bodies.sort(key=lambda b: b.position)
    return bodies


# "The Council of Ministers has now approved Digital Ethiopia 2030": a plan named by its title and its year
APPROVED_DOCUMENT = re.compile(
    rf"\b(?:approved|adopted)\s+(?:the\s+)?(?P<name>{CAPITAL_WORD}(?:\s+{CAPITAL_WORD}){{0,3}}\s+(?:19|20)\d\d)\b(?![-–/])"
)
# 'the national strategy "Digital Morocco 2030"': a document named by its title in quotes after its kind
QUOTED_DOCUMENT = re.compile(
    r"\b(?P<kind>strategy|plan|programme|program|roadmap|blueprint|agenda|policy|vision)\s+"
    r"(?:called\s+|named\s+|dubbed\s+)?[\"“](?P<name>[A-Z][^\"”\n]{2,60})[\"”]",
    re.IGNORECASE,
)
# 'The "Digital Uzbekistan-2030" strategy aims for': a document named by its title in quotes before its kind
TITLED_DOCUMENT = re.compile(
    r"[\"“](?P<name>[A-Z][^\"”\n]{2,60})[\"”]\s+"
    r"(?P<kind>strategy|plan|programme|program|roadmap|blueprint|agenda|policy|vision)\b",
    re.IGNORECASE,
)
# "We spoke to Anna Hakobyan, Deputy Minister of High-Tech Industry, about ...", "Md. Rafiqul Karim, Senior
# Secretary of the Information and Communication Technology (ICT) Division, spoke to The Dhaka Ledger": who
# an interview is with, and the body whose title they hold.
INTERVIEWEE = re.compile(
    r"(?:(?:spoke|talked)\s+(?:to|with)|interviewed)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4},\s+"
    r"(?P<title_a>(?:[A-Z][\w-]*\s+){0,3}?)of\s+(?:the\s+)?(?P<body_a>[A-Z][^,;.]{2,90}?),"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4},\s+(?P<title_b>(?:[A-Z][\w-]*\s+){0,3}?)of\s+(?:the\s+)?"
    r"(?P<body_b>[A-Z][^,;.]{2,90}?),\s+(?:spoke|talked)\s+(?:to|with)\b"
)
INTERVIEW_MARK = re.compile(r"\binterview\b|^Q:", re.IGNORECASE | re.MULTILINE)
INTERVIEW_REACH = 1500


def _interviewee(state: State) -> str | None:
    """The body an interview's subject speaks for, as the lead names their title: a minister's ministry, a
    secretary's division."""
    top = state.text[:INTERVIEW_REACH]
    if not INTERVIEW_MARK.search(top) or (found := INTERVIEWEE.search(top)) is None:
        return None
    title = (found.group("title_a") or found.group("title_b") or "").split()
    body = HEADER_ASIDE.sub("", found.group("body_a") or found.group("body_b"))
    return f"Ministry of {body}" if title and title[-1] == "Minister" else body


def _bodies(state: State) -> list[Body]:
    if state.bodies is None:
        state.author = header_author(state.text)
        state.bodies = named_bodies(state.text)
        state.body_positions = [b.position for b in state.bodies]
    return state.bodies


def _author(state: State) -> str | None:
    """The publisher a text's header names, if any."""
    bodies = _bodies(state)
    return bodies[0].name if bodies and bodies[0] == state.author else None


def _between(state: State, start: int, end: int) -> list[Body]:
    """The bodies named from ``start`` to before ``end``, at most the last ``RECENT`` of them:
    a pointer points to a body named not long before, and a long text must not make every
    goal look through all of its names."""
    bodies = _bodies(state)
    low = bisect_left(state.body_positions, start)
    high = bisect_left(state.body_positions, end)
    return bodies[max(low, high - RECENT) : high]


def _last_of(kind: str, bodies: list[Body], state: State) -> str | None:
    """The last body of a kind ("ministry", "company") among ``bodies``."""
    if kind in COMPANY_POINTERS and state.corporate and state.corporate_name:
        return state.corporate_name  # "Management expects" in a company's prospectus: the company
    for body in reversed(bodies):
        lowered = body.name.lower()
        if lowered == kind:
            continue  # "The Government aims": the word alone names no body
        if kind in COMPANY_POINTERS:
            if COMPANY_HEADS.search(body.name) or not re.search(BODY_HEADS, body.name):
                return body.name
        elif kind in DOCUMENT_KINDS:
            titled = DOCUMENT_HEADS.search(TRAILING_YEARS.sub("", body.name)) and kind[:5] in lowered
            if titled or body.kind == kind:
                return body.name
        elif kind in lowered:
            return body.name

    if kind == "government":
        place = state.main.get("province") or state.main.get("city") or state.main_country
        return f"{place} government" if place else None
    if kind in COMPANY_POINTERS and state.corporate_name:
        return state.corporate_name  # "Infosys on Thursday reported ...": the company a company report is on
    if kind in COMPANY_POINTERS and state.company:
        return state.company[1]  # "Management expects" after "Andina Pay ... reported results"
    return None


# "Roadmap 2028", "Masterplan 2026-2030": the years a document's name may end with.
TRAILING_YEARS = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$")


def _unheaded(name: str) -> str:
    """A name without the heading or words run into it: "Outlook\nThe Company" -> "The Company"."""
    return INNER_DETERMINER.split(name.rsplit("\n", 1)[-1])[-1]


# "In the UK, the government aims to ...": the place a sentence opens on, just before its pointer.
PLACE_FRAME = re.compile(r"\bIn\s+(?P<place>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s+$")


def resolve(name: str, position: int, state: State) -> str | None:
    """A name as the text gave it in full: "the ministry" -> "Ministry of Commerce"."""
    name = POSSESSIVE_END.sub("", _unheaded(name).strip(" \"'“”‘’."))  # "the Ministry's": the ministry
    if not name or DETERMINER.fullmatch(name):
        return None
    bodies = _between(state, 0, position)
    # ("Our goal is", "My forecast:": the speaker's)
    voice = name.lower().split()[0] in ("we", "our", "us", "i", "my", "me")
    if voice and (speaker := _author(state) or _interviewee(state)):
        # "we expect" in a text its header says a body published: that body; in an interview, the body the
        # one interviewed speaks for ("Our goal is ..." from the deputy minister of High-Tech Industry)
        return speaker
    if voice and state.corporate and state.corporate_name:
        return state.corporate_name  # "we now expect TPV of ..." on a company's results call: the company
    if PRONOUN.fullmatch(name):
        previous = state.targets[-1] if state.targets else None
        if previous is not None and previous.issuer and previous.span[0] >= position - 600:
            return previous.issuer
        if bodies:
            return bodies[-1].name
        # "we surveyed 4,000 firms": an author whom the text names only at its end
        later = _bodies(state)
        return later[0].name if later and name.lower()[:1] in "wio" else None
    if pointer := POINTER.fullmatch(name):
        head = pointer.group("head").lower()
        kind = "department" if "commerce" in head else head.split()[-1]
        kind = "government" if kind == "state" else kind  # "the state aims to": its government
        at = state.text.rfind(name, max(0, position - 200), position) if kind == "government" else -1
        framed = PLACE_FRAME.search(state.text, max(0, at - 40), at) if at >= 0 else None
        if framed and (framing := find_places(framed.group("place"), partners=False)):
            return f"{framing[0].name} government"  # "In the UK, the government aims": the UK's
        found = _last_of(kind, bodies, state)
        if (
            kind in DOCUMENT_KINDS
            and kind != "report"
            and BARE_DOCUMENT.fullmatch(name)
            and found in (None, kind)
        ):
            # "The plan envisages" after "a National Digital Export Strategy": the document named last
            documents = [
                b.name
                for b in bodies
                if b.name[0].isupper() and DOCUMENT_HEADS.search(TRAILING_YEARS.sub("", b.name))
            ]
            found = documents[-1] if documents else found
        if found is None and kind in ANY_BODY and bodies:
            found = bodies[-1].name
        local = LOCAL_BODY.search(state.text, 0, position) if found is None else None
        if local and local.group(2).lower() == kind:
            # "the department" after "the provincial department of commerce said"
            found = " ".join(local.group(0).lower().split())
        found = found or LEADING.sub("", name)
        # ("The provincial government aims" in a text on Zhejiang)
        return _placed(found, state) or found
    if described := DESCRIBED.fullmatch(name):
        # "the apex bank": the bank named before; "the national offshoring strategy": so described, unless a
        # document named before holds the words that describe it
        kind, words = described.group("kind").lower(), described.group("words").lower().split()
        found = _last_of(kind, bodies, state)
        if found and (kind not in DOCUMENT_KINDS or all(w in found.lower() for w in words)):
            return found
    cleaned = LEADING.sub("", name).strip()
    # "the Commission" after "the European Commission": the name in full
    fuller = [b.name for b in bodies if cleaned.lower() in b.name.lower() and len(b.name) > len(cleaned)]
    if fuller:
        return fuller[-1]
    return _placed(cleaned, state) or cleaned


def _placed(name: str, state: State) -> str | None:
    """A local body named without its place ("the provincial government", "the City Council"), with the
    place of the text it is named in: "Zhejiang provincial government", "Casablanca City Council"."""
    level = UNNAMED_LOCAL.match(name)
    kind = "city" if level and level.group(1).lower() in ("municipal", "city") else "province"
    place = state.main.get(kind) if level else None
    if level and kind == "city" and place is None and state.issuing_place not in PLACE_KINDS["province"]:
        place = state.issuing_place  # (the city whose mayor speaks)
    return f"{place} {name}" if place else None


# "the Bank's baseline scenario", "the IMF's latest projections": a view that is its owner's, no document.
OWNED_VIEW = re.compile(
    r"(?P<owner>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:scenarios?|baseline|estimates?|projections?|forecasts?|outlook|model)"
)


def _attributed(text: str, position: int, state: State) -> str | None:
    """ "according to a plan issued by X", "Under the Y, ...": the body, else the document."""
    made_by = MADE_BY.search(text)
    if made_by:
        return resolve(_trimmed(made_by.group("by")), position, state)
    cleaned = LEADING.sub("", text.strip(" \"'“”")).strip()
    if owned := OWNED_VIEW.fullmatch(text.strip()):
        return resolve(
            owned.group("owner"), position, state
        )  # "Under the Bank's baseline scenario": the Bank
    if POINTER.fullmatch(text.strip()):
        return resolve(text.strip(), position, state)  # "Under the strategy, ...": the strategy named before
    if re.search(r"[A-Z]", cleaned):
        return _trimmed(cleaned).strip("\"'“”")
    if PRONOUN.match(cleaned) and cleaned.lower().startswith("our"):
        return resolve("we", position, state)
    document = DOCUMENT_WORD.search(cleaned)
    if document is None:
        return None
    # "Under the government's digital industry strategy": the document as described
    described = DESCRIBED_DOCUMENT.search(cleaned, 0, document.end())
    return " ".join((described.group(0) if described else document.group(0)).lower().split())


# Up to three small-letter words before a document's name and the name: "digital industry strategy".
DESCRIBED_DOCUMENT = re.compile(r"(?<![\w'’])(?:[a-z][\w-]*\s+){1,3}\S+$")


def _trimmed(name: str) -> str:
    """A name without the clause that follows it ("the provincial government last month"), nor the place it
    is based in and the kind of body it is before it ("Freetown-based consultancy Lion Mountain Research"),
    nor the quotes around a title in it."""
    # ('the "Digital Nation" programme': a title in quotes)
    return BASED_BEFORE.sub("", CLAUSE_AFTER_NAME.split(QUOTES.sub("", name).strip())[0].strip())


BASED_BEFORE = re.compile(r"^(?:the\s+)?[A-Z][\w'’.-]*-based\s+(?:[a-z]+\s+){1,2}(?=[A-Z])")


def stated_issuer(sentence: str, end: int, offset: int, state: State) -> tuple[str | None, bool]:
    """Who the sentence itself says set or made the goal whose number ends at ``end``, and
    whether it names them (rather than pointing with "it" or quoting a speaker)."""
    position = offset + end
    # (not from a clause before the goal's: "..., according to industry estimates, and the ministry wants")
    # (nor from a clause after the goal's: "X aims to lift ..., while the market is projected to reach ...,
    # according to estimates by Y" gives Y only the second)
    if (
        (according := ACCORDING.search(sentence))
        and not LATER_CLAUSE.search(sentence, according.end(), end)
        and not (according.start() > end and OWN_CLAUSE.search(sentence, end, according.start()))
    ):
        return _attributed(according.group("i"), position, state), True
    if under := UNDER.match(sentence):
        if plan := PLAN_NAME_AFTER.match(sentence, under.end()):
            return plan.group("name"), True  # "Under our medium-term management plan, Horizon 2028, we aim"
        return _attributed(under.group("i"), position, state), True
    if (
        (says := DOCUMENT_SAYS.search(sentence, 0, end))
        and says.end() <= end
        and not CLAUSE_AFTER.search(sentence, says.end(), end)  # (", and some economists reckon": theirs)
    ):
        # "A guideline on digital trade reform issued in late 2024 says the share should exceed 45%"
        return says.group("i"), True
    if (under_which := UNDER_WHICH.search(sentence, 0, end)) and under_which.end() <= end:
        # "We will implement the three-year action plan for digital trade, under which ... is to exceed"
        return under_which.group("i"), True
    if set_by := SET_BY.match(sentence, end):  # "the 70% goal that the Financial Sector ... Program had set"
        return resolve(set_by.group("i"), position, state), True
    # (not from a clause after the goal's: "X plans to help 10,000 firms by 2027, while analysts at Y expect")
    if (named_report := NAMED_REPORT_BY.search(sentence, 0, end)) is not None:
        # "The e-Conomy SEA report by Google, Temasek and Bain projects ...": the report, not its authors
        return f"{named_report.group('name')} {named_report.group('kind').lower()}", True
    if (
        (by := BY_BODY.search(sentence))
        and not (by.start() > end and CLAUSE_AFTER.search(sentence, end, by.start()))
        # ("The national retail payments strategy, adopted jointly by the CNB and the Ministry of Finance,
        # sets a goal": who adopted the document, in an aside; the document sets the goal)
        and not any(a.start() < by.start() < a.end() for a in DOCUMENT_ASIDE.finditer(sentence, 0, end))
    ):
        named = by.group("i") or by.group("at") or f"the {by.group('kind')}"
        return resolve(_trimmed(named), position, state), True
    subjects = [m for m in SUBJECT.finditer(sentence, 0, end) if m.start("i") < end]
    # "said in a release that it seeks to ...": the subject after the conjunction
    subject = COMPLEMENTIZER.sub("", subjects[-1].group("i")) if subjects else None
    if (
        not subjects
        and (relative := RELATIVE_GOAL.search(sentence, 0, end))
        and (named := _between(state, offset, offset + relative.start() + 1))
    ):
        return named[
            -1
        ].name, True  # "launched a National Digital Export Strategy that aims to": the strategy
    if not subjects and (ours := OUR_GOAL.search(sentence, 0, end)):
        return resolve(
            ours.group(0), position, state
        ), False  # "A: Our goal is US$2 billion ...": the speaker's
    if owner := OWNER.search(sentence, 0, end):  # "The government's new strategy aims": the government
        return resolve(owner.group("owner"), position, state), True
    if (owner := OWNER_OF.search(sentence, max(0, end - 120), end)) and not POINTER.fullmatch(
        owner.group("owner")
    ):
        # (a name, not "the Government's goal of doubling exports": whose government, the text said before)
        return resolve(owner.group("owner"), position, state), True
    if subject and PRONOUN.fullmatch(subject):
        # "Mizuho Research is more cautious: it forecasts ...": the body this sentence named
        here = _between(state, offset, offset + subjects[-1].start("i"))
        if here:
            return here[-1].name, False
    if subject and PERSON.fullmatch(subject) and (speaker := _quoted(sentence, position, state)):
        return speaker, False  # "Zheng said ..., and she expected": the one quoted
    if subject and STAFF_OF.search(sentence, 0, subjects[-1].start("i")):
        # "Thameside Economics expects ..., and its chief economist Ruth Adebayo projects": the body
        return resolve("it", position, state), True
    if subject and not _is_place(subject, state):
        named = not (PRONOUN.fullmatch(subject) or POINTER.fullmatch(subject))
        return resolve(subject, position, state), named
    if quoted := _quoted(sentence, position, state):
        return quoted, False
    # "China will strive to ...": the place says where; whose goal it is, the text said before
    return (None, False) if subject is None or _is_place(subject, state) else (LEADING.sub("", subject), True)


def _quoted(sentence: str, position: int, state: State) -> str | None:
    """ "..., the WTO said", "said Han Jie, deputy director of the commerce department"."""
    before = SAID_BEFORE.search(sentence)
    if before:
        title = before.group("title")
        body = TITLE_BODY.search(title) if title else None
        return resolve(_trimmed(body.group("body")), position, state) if body else before.group("i")
    if closing := QUOTE_SPEAKER.search(sentence):
        return resolve(closing.group("i"), position, state)
    if opening := SAID_FIRST.match(sentence):
        return resolve(opening.group("i"), position, state)
    after = SAID_AFTER.search(sentence)
    if after:
        speaker = after.group("i").strip()
        if body := TITLE_BODY.search(speaker):
            return resolve(_trimmed(body.group("body")), position, state)
        if len(speaker.split()) <= 6:
            return resolve(speaker, position, state)
    return None


def _is_place(name: str, state: State) -> bool:
    """ "China aims ...": a place as subject says where, not who; the document or speaker says who."""
    bare = LEADING.sub("", name)
    return bare in state.named or bare.lower() in ("province", "city", "country")


def issuer_by_default(offset: int, kind: str, state: State) -> str | None:
    """Whose goal a sentence that names no one states: the previous goal's issuer a few sentences
    back when it is the same kind (a forecast does not carry over to a target), else the policy
    document, else the body, the text named last."""
    previous = state.targets[-1] if state.targets else None
    if (
        previous is not None
        and previous.issuer
        and previous.kind == kind
        and previous.span[0] >= offset - 600
    ):
        return previous.issuer
    if kind == "forecast" and (author := _author(state)):
        return author  # a forecast no one is named for, in a text a body published: that body's
    earlier = _between(state, 0, offset)
    documents = [b for b in earlier if b.kind or DOCUMENT_HEADS.search(b.name)]
    if state.corporate and state.corporate_name and not documents:
        # ("Target: EBITDA margin of at least 10% by FY2027" in a company's investor slides that cite a
        # regulator's figure: the company's goal, not the source's)
        return state.corporate_name
    # a document the text names ("the National E-commerce Development Plan") before one it only mentions
    # ("the current five-year plan")
    titled = [b for b in documents if b.name[0].isupper()]
    chosen = (titled or documents or earlier)[-1].name if earlier else state.issuer
    if chosen and REPORT_NAME.search(chosen) and (author := _author(state)):
        return (
            author  # ("Project Appraisal Report" over a results framework: the bank that wrote it sets them)
        )
    return chosen


# A report's title: what a body published, not what set the goals in it.
REPORT_NAME = re.compile(r"\b(?:Report|Summary|Review|Survey)$")
