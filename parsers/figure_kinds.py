"""What kind of figure a quantity is, and which way a change went.

A level, a change, a share, a count or an average annual rate is told by the unit and by
the cue nearest before the number ("rose 6.5 percent", "accounting for 45 percent of"); a
change is negative when that cue is a fall. ``nearest_cue`` serves every stage where the
closest cue decides.
"""

from __future__ import annotations

import re

from parsers.alternation import compiled
from parsers.context import HEDGE_WORDS
from parsers.numbers import Quantity, folded

CAGR_CUE = re.compile(
    r"average\s+annual|annual\s+average|compound(?:ed)?\s+annual|\bCAGR\b|annuali[sz]ed|"
    r"a\s+year\s+on\s+average|on\s+average\s+(?:each|every|per)\s+year|average\s+(?:yearly\s+)?growth\s+rate",
    re.IGNORECASE,
)
# An average rate written around the number: "an average 7.5 per cent a year", "8% per year on average".
# ("average growth of 11.6 percent a year")
AVERAGE_BEFORE = re.compile(
    r"\baverage\s+(?:(?:growth|increase|rise|gain)\s+)?(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
PER_YEAR_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+year\b|\s+annually\b", re.IGNORECASE)
# "revenue grew at roughly 7.3% a year": a pace kept up over years
GREW_AT_BEFORE = re.compile(
    # ("have grown at an average rate of 7.9% a year")
    # ("GMV has compounded at 22% a year")
    r"\b(?:grew|grown|growing|expanded|rose|risen|increased|compounded)\s+at\s+"
    r"(?:an?\s+(?:average\s+)?(?:annual\s+)?rate\s+of\s+)?"
    rf"(?:{HEDGE_WORDS}|~)?$",
    re.IGNORECASE,
)
AVERAGE_AFTER = re.compile(
    r"\s+(?:a|per|each|every)\s+year\s+on\s+average\b|\s+annually\s+on\s+average\b", re.I
)
RISE = (
    r"rose|risen|ris(?:e|es|ing)|up|grew|grow(?:s|ing|th)?|increase[sd]?|increasing|gain(?:ed|s)?|jump(?:ed|s)?|"
    r"surge[sd]?|climb(?:ed|s|ing)?|expand(?:ed|s|ing)?|higher|rebound(?:ed)?|advanc(?:ed|es|ing)|soar(?:ed|s)?|"
    r"swell(?:ed|s|ing)?|grown|appreciat(?:ed|es|ing)|"
    r"widen(?:ed|s|ing)?|year-on-year|yoy|y-o-y"
)
FALL = (
    r"fell|fallen|fall(?:s|ing)?|down|declin(?:e|ed|es|ing)|drop(?:ped|s)?|decrease[sd]?|decreasing|"
    r"shr[ai]nk(?:s|ing)?|contract(?:ed|ion|ing)|sl(?:id|ipped|umped)|dip(?:ped)?|lower|plunge[sd]?|lost|loss|"
    r"narrow(?:ed|s|ing)?|cut|reduced|depreciat(?:ed|es|ing)|"
    # ("eased 4.1%", not "inflation eased to 4.7%": where it settled)
    r"(?:eas(?:ed|es|ing)|soften(?:ed|s|ing)|retreat(?:ed|s|ing))(?!\s+(?:to|at|from)\b)"
)
CHANGE_CUE = compiled(
    rf"(?<![\w-])(?:{RISE}|{FALL})\b", re.IGNORECASE
)  # ("pick-up points", "start-ups": no rise)
FALL_CUE = re.compile(rf"\b(?:{FALL})\b", re.IGNORECASE)
SHARE_CUE = re.compile(
    r"\b(?:share|proportion|portion|contribution\s+to|account(?:s|ed|ing)?\s+for|made\s+up|making\s+up|represent(?:s|ed|ing)?|"
    r"penetration|of\s+(?:the\s+)?(?:total|all|overall))\b",
    re.IGNORECASE,
)
ABSOLUTE_CHANGE = compiled(
    rf"\b(?:{RISE}|{FALL})\s+(?:by\s+)?(?:about|around|nearly|almost|some|over|more\s+than|roughly)?\s*$"
    r"|\b(?:an?\s+)?(?:increase|decrease|rise|drop|decline|gain|fall)\s+of\s+(?:about|around|nearly|almost|some|over|more\s+than)?\s*$",
    re.IGNORECASE,
)


# "cut volumes by more than a third", "lowers its trade in services by about 8 percent": a verb that
# moves its object, the move told after "by".
MOVED_BY = re.compile(
    r"\b(?:(?P<down>cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?)|rais(?:e|es|ed|ing)|"
    # (not "Capital raised by tech companies fell by almost a third": a verb of its own moves the number)
    r"boost(?:s|ed|ing)?)\s+(?:(?!(?:fell|rose|grew|declined|dropped|increased|decreased|jumped|climbed|slid|"
    r"slipped|shrank|expanded)\b)[^,;.%\d]){1,60}?\bby\s+(?:an?\s+average\s+of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def nearest_cue(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the last match is the nearest
        pass
    return last


# "climbed to 5.1 percent", "from 3.1 percent": a level the rate moved to or from, not the move.
LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:about|around|nearly|almost|some|roughly|just\s+over)?\s*$")
# What respondents say or do: "8.0 percent used AI", "about half reported receiving payments".
RESPONDENT_VERBS = (
    r"(?:said|say|says|reported|reports?|have|had|are|were|did|do|does|expect(?:s|ed)?|plan(?:s|ned)?|sold|"
    r"sell|use[sd]?|bought|buy|analy[sz]ed|adopted|intend(?:s|ed)?|agreed|believe[sd]?|see|saw|want(?:ed)?)"
)
# "8.0 percent used AI", "45 percent of exporters": a part of a whole.
SHARE_AFTER = rf"^\s+(?:of|now|{RESPONDENT_VERBS})\b"
# The patterns kind_of tries after most percentages, compiled once rather than looked up in re's cache.
SHARE_AFTER_RE = re.compile(SHARE_AFTER)
OF_AFTER = re.compile(r"^\s+of\b")
ON_A_YEAR_AFTER = re.compile(
    r"^\s*(?:year-on-year|yoy|y-o-y|from\s+a\s+year|compared|over\s+the\s+(?:same|previous))", re.I
)


def share_context(sentence: str) -> bool:
    return bool(SHARE_CUE.search(sentence))


RATIO_BEFORE = re.compile(
    r"\b(?:leverage|coverage|gearing|debt[- ]to[- ][\w-]+|ratio|multiple)\b[^.;\d]{0,30}$", re.IGNORECASE
)
# "cut its refinancing rate to", "maintain Bank Rate at", "the monetary policy rate (MPR) at": the level of an
# interest rate a central bank sets
INTEREST_RATE_BEFORE = re.compile(
    # ("the Bank Policy Rate", "The Base Rate currently stands at": a central bank's rate, capitalised)
    r"\b(?:(?i:policy|refinancing|interest|repo|base|lending|deposit|discount|key|benchmark|overnight)|Bank)\s+"
    r"[Rr]ate(?:\s*\([A-Z]{2,5}\))?\s+(?:\w+\s+){0,3}?(?:at|to)\s+(?:about\s+|around\s+)?$"
    # ("the economic internal rate of return is estimated at 17.4%": a project's yield, no part of a whole)
    r"|\brate\s+of\s+return\s+(?:\w+\s+){0,3}?(?:at|of)\s+(?:about\s+|around\s+)?$"
)
RATE_RATIO_AFTER = re.compile(
    r"\s*(?:as\s+(?:fast|quickly|rapidly|much)\s+as|(?:the|that)\s+(?:pace|growth|rate|speed)\s+of|that\s+of"
    # ("2.6 times the national average", "more than twice the national figure": one amount set against
    # another's, no change)
    r"|the\s+(?:[\w-]+\s+){0,2}(?:average|national\s+figure|goal))\b",
    re.IGNORECASE,
)


# The terms of a rule, which hold while it is in force, not for a period: a charge ("a handling fee of €2",
# "a US$20 deduction"), a charge per thing ("€2 per item", "$800 per person per day"), a bar ("the threshold
# stands at $800", "once revenue exceeds £500m", "can retain up to 50 percent"). (A tax rate keeps the date
# it was brought in, when the sentence gives one: "imposed a 20% import duty in 2024".)
RULE_BEFORE = compiled(
    r"(?=[fcdlartkoiwspvm])\b(?:(?:fee|charge|deduction|levy|cap|ceiling|limit|allowance|rebate)\s+of|"
    # ("has required a minimum price of US$100 for goods listed")
    r"(?:minimum|maximum|reserve)\s+price\s+of|"
    r"(?:threshold|cap|ceiling|limit)\b[^.;,:\d]{0,40}?\s+(?:(?:stands|is|was|sits|set)\s+)?at|"
    # ("raise the stock cap to S$10,000", "the threshold was lowered from NT$3,000")
    # ("after the courier limit rose to US$ 3,000": the bar itself moved)
    r"(?:threshold|cap|ceiling|limit)\s+(?:rose|fell|increased|decreased)\s+(?:to|from)|"
    # (not "duty collected on shipments above the threshold came to COP 96.500 million": what was collected)
    r"(?:threshold|cap|ceiling|limit)\b(?![^.;,:\d]{0,40}?\b(?:came|amounted|totall?ed|rose|fell|grew)\b)"
    r"[^.;,:\d]{0,40}?\s+(?:to|from)|"
    r"(?:levied|charged|taxed|set)\s+at|"
    r"(?:retain|keep|deduct|claim)\s+up\s+to|(?:cap|ceiling|limit|threshold)\b[^.;:\n]{0,60}:|"
    # "the threshold is US$200", "parcels valued below US$41", "goods priced at up to RM500": a bar
    # ("the duty-free threshold for low-value parcels is NT$2,000": the bar, named with what it is for)
    r"(?:threshold|cap|ceiling|limit)(?:\s+(?:for|on)\s+[^.;,:\d]{1,40}?)?\s+(?:is|was)|"
    # ("the de minimis threshold below which consignments are released duty-free is US$ 50")
    r"(?:threshold|cap|ceiling|limit)\s+(?:below|above)\s+which\b[^.;:\d]{0,60}?\s(?:is|was)|"
    # ("Individual online purchases remain duty-free up to USD 1,000 per quarter")
    r"(?:duty|tax)[\s-]+free\s+(?:up\s+to|below|under)|"
    # ("The standard annual fee for an e-commerce licence was kept at AED 11,500")
    r"fees?\b[^.;:\d]{0,40}?\bkept\s+at|"
    # ("imported goods priced at or below THB 1,500")
    r"(?:worth|valued|priced)(?:\s+at)?\s+(?:up\s+to|less\s+than|under|below|no\s+more\s+than|or\s+below)|"
    r"(?:valued|priced)(?:\s+at)?\s+(?:above|over|more\s+than)|"  # ("consignments valued above US$3")
    r"(?:once|if|when|whose|where)\b[^.;:]{0,60}\b(?:exceed(?:s|ed)?|tops?|passes|surpasses|is\s+above))\s+$",
    re.IGNORECASE,
)
RULE_AFTER = compiled(
    r"\s+(?:(?!(?:of|after|in|on|to|from|for|as|and)\b)[a-z-]+\s+){0,3}?(?:deduction|fee|charge|rebate)\b|"
    # ("the first US$400 of each shipment")
    # ("a flat ₦3,500 per interstate parcel")
    r"\s+(?:per|a|an|of\s+each|of\s+every)\s+(?:[\w-]+\s+)?(?:item|parcel|package|person|consignment|shipment|"
    r"transaction|order)\b|"
    r"\s+or\s+(?:less|below|under)\b|"  # "valued at $800 or less": a bar
    # ("5. 1 million dong (about US$39). The threshold below which ...", "€150 – the customs duty exemption":
    # an item whose caption says its value is a bar)
    r"(?:\s*\([^()]{1,40}\))?\s*(?:[.–—]\s+|\n)(?:the|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:threshold|exemption|de\s+minimis|floor\s+price|limit|cap|ceiling)\b|"
    # "the €150 customs duty exemption", "the €22 VAT exemption", "the $800 de minimis threshold"
    # ("Korea's US$150 duty-free limit for personal imports")
    r"\s+(?:duty[\s-]+free\s+)?(?:(?:duty|tax|customs|VAT)[\s-]+)*(?:exemption|threshold|ceiling|de\s+minimis|allowance|bar|"
    r"(?<=free\s)limit)\b"
    r"(?!\s+(?:shipments|parcels|packages|entries|consignments|imports|orders|items))|"  # (what it lets in)
    # "a flat €3 customs duty on each item": a charge on each thing
    r"\s+(?:[\w-]+\s+){0,2}?(?:duty|duties|tax|levy|fee|charge|surcharge)\s+(?:on|per|for)\s+(?:each|every|a|an)\b",
    re.IGNORECASE,
)


# What every match of RULE_BEFORE ends with before its spaces ("fee of", "levied at", "up to", "limit:",
# "once sales exceed", "tops", "surpasses", "is above").
RULE_BEFORE_ENDS = (
    *(
        "of",
        "at",
        "to",
        "from",
        ":",
        "exceed",
        "exceeds",
        "exceeded",
        "top",
        "tops",
        "passes",
        "above",
        "over",
    ),
    *("is", "was", "than", "under", "below"),
)


BAR_BRACKET = re.compile(
    r"\b(?:threshold|limit|exemption|allowance|de\s+minimis)\b[^.;:()\d]{0,40}\($", re.IGNORECASE
)


def rule_term(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` is a term of a rule (a charge, a rate, a bar) rather than a measure of some period.

    RULE_BEFORE is searched only where the words before the number end as its matches do: most
    numbers follow none of them. The kind and the period rules ask in turn for the same number: the
    last answer is kept (one sentence's, so nothing grows with the texts read).
    """
    global _last_rule
    last_sentence, last_start, last_end, last_answer = _last_rule
    if last_sentence is sentence and last_start == q.start and last_end == q.end:
        return last_answer
    if RULE_AFTER.match(sentence, q.end):
        answer = True
    else:
        start = max(0, q.start - 90)
        before = sentence[start : q.start]
        words = before.rstrip()
        answer = (
            (
                len(words) < len(before)
                and folded(words[-9:]).endswith(RULE_BEFORE_ENDS)
                and RULE_BEFORE.search(sentence, start, q.start) is not None
            )
            or (
                # ("the US$150 duty-free limit for personal imports (US$200 for goods shipped from the United
                # States)": a second bar in brackets after the first)
                before.endswith("(") and BAR_BRACKET.search(before) is not None
            )
            or (
                # "sellers with annual exports above 10 million yuan": a bar that decides what is counted
                ("with" in before or "bove" in before or "xce" in before)
                and THRESHOLD_BEFORE.search(before[-60:]) is not None
            )
        )
    _last_rule = (sentence, q.start, q.end, answer)
    return answer


# A charge's rate, named by the charge after it ("a 20% federal import duty", "collect 10% GST", "17
# percent state ICMS") or before it ("a withholding tax of 0.25 percent", "corporate income tax at 12.5 per
# cent", "the standard rate of 25 per cent", "Personal income tax on employees: 7.5%").
TAX_AFTER = re.compile(
    r"\s+(?:(?!(?:of|after|in|on|to|from|for|as|and)\b)[a-z-]+\s+){0,3}?"
    r"(?:duty|duties|tariffs?|tax|levy|surcharge|VAT|GST|ICMS|IVA|DST)\b(?![-\w])",
    re.IGNORECASE,
)
TAX_BEFORE = re.compile(
    # ("taxed at a final rate of 0.25pc", "income tax at a reduced 7.5% rate")
    r"\b(?:duty|duties|tariffs?|tax(?:ed)?|levy|surcharge|VAT|GST|ICMS|(?:standard|reduced)\s+rate|tax\s+regime)"
    r"(?:\s+rate)?\b[^.;\d]{0,30}?(?:\bat|\bof|:)\s+(?:about\s+|around\s+|just\s+|a\s+(?:flat\s+|reduced\s+|"
    r"final\s+|standard\s+|single\s+)?|up\s+to\s+)?$"
    # ("The SEP tax is 3 percent of gross turnover", "The old DST was 1.5 percent": the charge is its rate)
    r"|\b(?:duty|tariff|tax|levy|surcharge|VAT|GST|DST)(?:\s+rate)?\s+(?:is|was|has\s+been|stands\s+at|remains)\s+$"
    # ("The standard rate is 23%", "the rate is 60%", "a flat rate of 15%", "a flat-rate charge of 25%")
    r"|\b(?:the|a|its)\s+(?:(?:standard|reduced|flat|single|new)\s+)*rate\s+(?:is|was|of|stands\s+at|remains)\s+$"
    r"|\bflat-rate\s+(?:charge|fee|levy)\s+of\s+$",
    re.IGNORECASE,
)


# "Mexico charges 19% on parcels", "items above that pay 60 percent", "capped at 0.3%", "a cash incentive of 4
# percent", "may retain up to 50 percent of their proceeds": a rate charged, paid, capped or granted
CHARGED_BEFORE = re.compile(
    r"\b(?:charges?|charging|pay|pays|paying|levies|levying|levied\s+at|capped\s+at|a\s+cap\s+of|incentive\s+of|"
    r"retain\s+up\s+to)\s+(?:a\s+(?:flat\s+|fixed\s+|reduced\s+)?)?$"
    # ("pay a global rate of 33.5%", "pay a single flat rate of 30%", "taxable at the rate of 10 percent")
    r"|\b(?:charges?|pay|pays|paying|levies|levying)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}rate\s+of\s+$"
    r"|\bat\s+the\s+rate\s+of\s+$",
    re.IGNORECASE,
)
RATE_AFTER = re.compile(r"\s+(?:flat\s+)?rate\b", re.IGNORECASE)  # "pay a 60% rate", "a flat 20% rate"


def tax_rate(sentence: str, q: Quantity) -> bool:
    """Whether a percentage is a charge's rate: a term of the rule in force, of no period."""
    return q.unit == "percent" and bool(
        TAX_AFTER.match(sentence, q.end)
        or TAX_BEFORE.search(sentence, max(0, q.start - 60), q.start)
        or CHARGED_BEFORE.search(sentence, max(0, q.start - 30), q.start)
        or RATE_AFTER.match(sentence, q.end)
        or TAX_MOVED.search(sentence, max(0, q.start - 80), q.start)
    )


# "The rate of the tax was reduced from 7,5% to 5%": a charge's rate set anew.
TAX_MOVED = re.compile(
    r"\b(?:duty|duties|tariffs?|tax|levy|VAT|GST|DST)\b[^.;\d]{0,30}?\b(?:raised|reduced|cut|lowered|increased)\s+"
    r"(?:from\s+)?(?:\d[\d.,]*\s?(?:%|per\s*cent|percent)\s+to\s+)?$",
    re.IGNORECASE,
)


# "57% named labour costs", "38% had lost a client": people who did something, right after the number
DID_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those|respondents|firms|members|companies)\s+)?(?:said|named|cited|reported|had|have|"
    r"expect|expected|plan|planned|used|sold|bought|were|are)\s",
    re.IGNORECASE,
)


# The units a measured amount is counted in: power, weight, traffic carried, bandwidth.
MEASURED_IN = re.compile(
    r"\s*(?:[kMG]W|(?i:mega|giga)watts?|(?i:(?:metric\s+)?(?:tonnes|tons))|tonne-kilomet(?:re|er)s|FTK|[TG]bps|"
    r"lbs|(?i:(?:tera|giga)bits\s+per\s+second))\b"
)


# The sentence, the number's span and the answer of the last ``rule_term`` call.
_last_rule: tuple[str | None, int, int, bool] = (None, -1, -1, False)


def kind_of(q: Quantity, sentence: str, window_start: int) -> str:
    before = sentence[window_start : q.start]
    after = sentence[q.end : q.end + 40]
    if q.form == "index":
        return "other"  # "the index edged up to 0.19": a reading on a scale, no amount of anything
    if q.unit != "count" and (rule_term(sentence, q) or tax_rate(sentence, q)):
        return "other"  # "a handling fee of €2 per item", "collect 10% GST": a term of a rule, no amount
    if q.unit == "count":  # "added 12,500 employees", "rose by 30 million": a count that moved
        if "with" in before and THRESHOLD_BEFORE.search(sentence, max(0, q.start - 60), q.start):
            return "other"  # "platforms with more than 1 million daily users": a bar, no count
        counted_moved = bool(
            q.form == "signed"  # "4,862 (+612 during the year)"
            or ABSOLUTE_CHANGE.search(before[-40:])
            or COUNT_MOVE.search(before[-30:])
            or MORE_THAN_AFTER.match(after)
        )
        if counted_moved and not NEW_AFTER.match(after):
            return "change"
        # ("22 MW of IT load", "37,200 tonnes": an amount of power or weight, not things counted)
        return "level" if MEASURED_IN.match(after) else "count"
    if q.unit == "times":
        # "grew twice as fast as", "nearly three times the growth of merchandise trade": one rate set against
        # another, no change of its own
        # ("net leverage above 3.0x", "median leverage (debt to EBITDA) is 2.4x": a ratio's value, no change)
        return "other" if RATE_RATIO_AFTER.match(after) or RATIO_BEFORE.search(before[-50:]) else "change"
    if q.unit == "percentage_point":
        return "change"
    if q.unit == "percent":
        if INTEREST_RATE_BEFORE.search(before[-70:]):
            return "other"  # "cut its refinancing rate to 6.75%", "kept Bank Rate at 4%": an interest rate
        if DID_AFTER.match(after):
            return "share"  # "and 57% named labour costs": the part of the people asked who did so
        if q.form == "signed" or MOVED_BY.search(before[-90:]):
            return "change"  # "+4.0%" in a table, "cut costs by 12 percent"
        if q.form == "words":  # "a fifth of", "about half", "three out of four"; "grew by a fifth"
            moved = (ABSOLUTE_CHANGE.search(before[-40:]) or MORE_THAN_AFTER.match(after)) and not (
                OF_AFTER.match(after) or SHARE_CUE.search(before[-20:])  # "made up a fifth"
            )  # ("a third more than in the same period last year": a rise)
            return "change" if moved else "share"
        if CAGR_CUE.search(before[-80:]) or (
            PER_YEAR_AFTER.match(after)
            and (
                AVERAGE_BEFORE.search(before[-25:])
                or AVERAGE_AFTER.match(after)
                or GREW_AT_BEFORE.search(before[-40:])
            )
        ):
            return "cagr"  # "grew an average 7.5 per cent a year", "rose 6% a year on average"
        if CHANGE_AFTER.match(after):
            return "change"  # "a 6.5 percent increase", "the 12.7 percent pace", "ended 1.1 percent higher"
        if MORE_THAN_AFTER.match(after):
            return "change"  # "7.1% more than in 2023"
        if PACE_BEFORE.search(before[-60:]) and not PART_RATE_BEFORE.search(before[-60:]):
            return "change"  # "growth slowed to 1.9 percent", "posted the fastest growth, at 11.5 percent"
        if LEVEL_BEFORE.search(before[-20:]) or SHARE_AFTER_RE.match(after):
            return "share" if share_context(sentence) or SHARE_AFTER_RE.match(after) else "other"
        change = nearest_cue(CHANGE_CUE, before[-60:])
        share = nearest_cue(SHARE_CUE, before[-60:])
        if change and share and change.end() <= share.end():
            change = None  # "services made up 22%": the "up" of "made up" is no rise
        if ON_A_YEAR_AFTER.match(after):
            return "change"
        if OF_AFTER.match(after) and not change:
            return "share"
        if change and (not share or change.start() > share.start()):
            return "change"
        if share or OF_AFTER.match(after):
            return "share"
        return "other"
    if (
        CAP_OR_REVISION.search(before[-30:])
        or EXCHANGE_RATE_AFTER.match(after)
        or UNIT_PRICE_AFTER.match(after)
    ):
        # "parcels worth up to $800", "revised up by £0.3 billion", "₦1,580 to the dollar", "RMB 24.6 per sq m
        # per month": a bar, a revision, a rate of exchange, a price of a unit
        return "other"
    if THRESHOLD_BEFORE.search(before[-40:]) or THRESHOLD_AFTER.match(after):
        return "other"  # "firms with revenue above €50 million", "the $800 duty exemption": a bar, no level
    if MADE_UP.search(before[-20:]):
        return "level"  # "exports made up 776.2 billion yuan": a part, not a rise
    if ABSOLUTE_CHANGE.search(before[-40:]) or MORE_THAN_AFTER.match(after) or ADDED.search(before[-30:]):
        return "change"  # "up 120 billion yuan", "1.1 trillion yen larger than in 2023", "adding $40bn"
    return "level"


# A revision of an earlier estimate ("revised up by £0.3 billion"): of the period revised, no bar.
REVISION = r"\brevised\s+(?:up|down)(?:wards?)?\s+(?:by\s+)?(?:about\s+|around\s+)?$"
REVISED_BEFORE = re.compile(REVISION, re.IGNORECASE)
# A ceiling ("up to $800") or a revision.
CAP_OR_REVISION = re.compile(
    # (not "edged up to R$ 503", "added up to US$2,301 million": a level reached, a total)
    r"(?<!\bedged\s)(?<!\badded\s)(?<!\bmoved\s)(?<!\bticked\s)\bup\s+to\s+$"
    # ("a maximum of $50,000 per project", "a ceiling of 50,000 vatu": a bar)
    r"|\ba\s+(?:maximum|minimum|ceiling|cap|limit)\s+of\s+$"
    # ("capped at ¥1.5 million per firm", "limited to US$500 a year", "not exceeding €150", "no more than
    # KSh 5,000": a bar a rule sets)
    r"|\b(?:capped\s+at|limited\s+to|not\s+exceeding|no\s+(?:more|less)\s+than|not\s+more\s+than)\s+$|"
    + REVISION,
    re.IGNORECASE,
)
# "₦1,580 to the dollar", "Rs 135.6 per US dollar": an exchange rate, no amount of anything
UNIT_PRICE_AFTER = re.compile(
    r"\s+(?:a|per)\s+(?:sq(?:uare)?\.?\s*(?:m|metres?|meters?|ft|feet)|Mbps|Gbps|kg|kilograms?|tonnes?|tons?|"
    r"TEU|kWh|MWh|GB|megabits?)\b",
    re.IGNORECASE,
)
EXCHANGE_RATE_AFTER = re.compile(
    r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:US\s+)?(?:dollar|euro|pound)\b", re.I
)
# ("the US$200 tax-free threshold", "a VND 1 million low-value threshold", "Japan's ¥10,000 small-value duty
# exemption": the bar a rule names after its amount)
THRESHOLD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:threshold|exemption|de\s+minimis)\b", re.IGNORECASE)
# A bar that decides who or what a rule covers: "groups with worldwide revenue of at least €750 million",
# "local revenue above C$20 million".
# ("sellers with annual exports above 10 million yuan", "platforms with annual sales in Korea above ₩1
# trillion, or with more than 1 million daily users": things counted by the bar they pass)
THRESHOLD_BEFORE = re.compile(
    r"\b(?:revenues?|turnover|sales|exports|imports)(?:\s+in\s+[A-Z][\w ]{1,30}?)?\s+"
    r"(?:of\s+at\s+least|above|exceeding|in\s+excess\s+of)\s+$|\bthreshold\s+of\s+$"
    r"|\b(?:platforms|firms|companies|sellers|merchants|businesses|enterprises|entities|operators|providers|"
    r"marketplaces|services|apps|[\w ]{0,40}?,\s+or)\s+with\s+more\s+than\s+$",
    re.IGNORECASE,
)
MADE_UP = re.compile(r"\b(?:made|make|makes|making)\s+up\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$", re.I)


_MOVE_HEDGE = (
    r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|another\s+|"
    r"roughly\s+|a\s+net\s+|an\s+estimated\s+)?"
)
# ("rose 6%, adding almost US$40bn": the rise in money; what a sector or a channel "added" is the value it
# added or carried, a level: "Internet banking added Rs 6.1 trillion")
ADDED = re.compile(rf"\badding\s+{_MOVE_HEDGE}$", re.IGNORECASE)
# Verbs that move a count of people or things: "added 12,500 employees", "cutting 64,000 jobs".
COUNT_MOVE = re.compile(
    # ("a net addition of 1,032 employees")
    rf"\b(?:add(?:ed|ing|s)?|(?:net\s+)?additions?\s+of|creat(?:ed|ing|es)|(?P<loss>cut(?:ting|s)?|shed(?:ding|s)?|los(?:t|ing|es)|"
    rf"eliminat(?:ed|ing|es)))\s+{_MOVE_HEDGE}$",
    re.IGNORECASE,
)
NEW_AFTER = re.compile(r"\s+(?:new|more(?!\s+than)|additional|extra)\b", re.IGNORECASE)
CHANGE_AFTER = re.compile(
    r"^\s*(?:increase|rise|growth|gain|jump|decline|drop|fall|decrease|pace|higher|lower)\b", re.IGNORECASE
)
# A growth rate that changed pace, or a growth stated "at" a rate, in one clause.
# "The take rate eased to 1.16%", "margins eased to": a part of a whole that moved, no growth rate.
PART_RATE_BEFORE = re.compile(
    r"\b(?:take\s+rate|margins?|penetration|share|attrition|churn|unemployment|occupancy|utili[sz]ation)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
PACE_BEFORE = re.compile(
    r"\b(?:accelerat\w*|slow(?:ed|ing|s)?|decelerat\w*|eas(?:ed|ing)|moderat(?:ed|ing)|quicken(?:ed|ing)?)\s+"
    r"(?:to|from)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+)?$"
    r"|\b(?:growth|grew|growing|expansion|expanded)\b[^,;.\d%]{0,40},?\s+at\s+(?:about\s+|around\s+|nearly\s+)?$"
    # ("quarterly growth in the June quarter has been revised to 1.9%": a growth rate revised)
    # ("Year-on-year growth for that quarter has been raised from 4.1 to 9.6 percent": both ends)
    r"|\b(?:growth|increase|rise|decline)\b[^,;.\d%]{0,60}?\b(?:revised|raised|lowered)\s+(?:up\s+|down\s+)?"
    r"(?:to|from|from\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)?\s+to)\s+(?:about\s+|around\s+)?$"
    # ("Consumer price inflation averaged 34.9%": inflation is the rise in prices)
    rf"|\binflation\s+(?:averaged|was|stood\s+at|ran\s+at|reached|came\s+in\s+at)\s+(?:{HEDGE_WORDS})?$",
    re.IGNORECASE,
)
# The rate of a charge, not a part of a whole: "a 20% import duty", "a tax of 7 percent".
CHARGE = re.compile(
    r"\b(?:dut(?:y|ies)|tax(?:es)?|tariffs?|levy|levies|VAT|interest|fees?|commissions?)\b", re.I
)


def share_or_other(sentence: str, q: Quantity) -> str:
    """A percent that is no change and no average rate is a part of a whole, unless it is a charge."""
    near = sentence[max(0, q.start - 30) : q.end + 30]
    charged = CHARGE.search(near) or INTEREST_RATE_BEFORE.search(sentence, max(0, q.start - 70), q.start)
    return "other" if charged else "share"


MORE_THAN_AFTER = re.compile(
    # ("24% more transactions than in Q1 2024", "11.7% more by value")
    r"^\s*(?:(?:more|higher|less|lower|fewer|larger|bigger|smaller|greater)(?:\s+[a-z]+)?\s+than\b"
    r"|(?:more|less|fewer)\s+by\s+(?:value|volume)\b"
    # "31.2 percent above April 2024", "4% below the level of a year earlier": a change from that time
    r"|(?:above|below)\s+(?:(?:the|its|their|a|last)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:19|20)\d\d|year|month|quarter|levels?|period)\b)",
    re.IGNORECASE,
)


LESS_AFTER = re.compile(r"\s*(?:less|lower|fewer|smaller|below)\b", re.IGNORECASE)
# "compared with a net loss of US$48.6 million", "versus a loss of US$12.1 million": a loss is a negative
# profit.
NET_LOSS = re.compile(
    r"\b(?:net|an?|operating|pre-?tax)\s+loss(?:es)?\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)


# "The balance was negative at PLN 2,145 million (EUR 501 million)": below zero, and so is its restatement.
NEGATIVE_AT = re.compile(
    r"\bnegative\s+(?:at\s+|of\s+)?(?:about\s+|around\s+)?(?:[^()\n]{1,40}\(\s*)?$", re.IGNORECASE
)


# "a turnaround from the $200.1 million loss recorded in FY24": the amount before the word.
LOSS_AFTER = re.compile(r"\s+(?:net\s+|operating\s+|pre-?tax\s+)?loss(?:es)?\b", re.IGNORECASE)


def signed(q: Quantity, kind: str, sentence: str, window_start: int) -> float:
    if kind == "level" and (
        NET_LOSS.search(sentence, max(0, q.start - 30), q.start)
        or LOSS_AFTER.match(sentence, q.end)
        or ("negative" in sentence and NEGATIVE_AT.search(sentence, max(0, q.start - 60), q.start))
    ):
        return -q.value
    if kind != "change" or q.unit == "times":
        return q.value
    if LESS_AFTER.match(sentence, q.end):
        return -q.value  # "1.8 pct less than a year earlier", "2% lower than in 2024"
    before = sentence[window_start : q.start][-60:]
    if q.unit == "count" and (move := COUNT_MOVE.search(before[-30:])):
        return -q.value if move.group("loss") else q.value
    if (moved := MOVED_BY.search(sentence, max(0, q.start - 90), q.start)) is not None:
        return -q.value if moved.group("down") else q.value
    cue = nearest_cue(CHANGE_CUE, before)
    if cue and FALL_CUE.fullmatch(cue.group(0)):
        return -q.value
    return q.value


# "jumped 23 percent and those to Latin America 31 percent", "grew 9 percent, the latter by only 3 percent":
# a clause without a verb of its own repeats the move before it.
GAP_JOINT = re.compile(
    r"(?:\s+(?:on|in|over|during|for|from)\s+[^,;%|]{0,30}?)?"  # "7.1 percent on the year, the latter 3.4"
    r"(?:\s*[,;]\s*|\s+)(?:(?:and|while|whereas|but)\s+)?(?P<subject>[^\d%,;()|]{0,50}?)\s*$"
)
GAP_VERB = re.compile(
    r"^(?:to|from|of|in|than|against)\b|\b(?:was|were|is|are|be|been|had|has|have|reached|stood|totall?ed|hit|"
    r"came|made|accounted|represented|compared)\b",
    re.IGNORECASE,
)
# "up £1.5bn (1.1%)", "rose $2.8 billion, or 6.4 percent": the same move as a rate.
RESTATED_AS_RATE = re.compile(r"\s*(?:\(|,?\s+or)\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$")


# "raised from 4.1 to 9.6 percent": the two ends of one move, the second after the first.
FROM_END = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
TO_END = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+to\s+(?:about\s+|around\s+)?", re.IGNORECASE)


def repeats_change(sentence: str, before: Quantity, q: Quantity) -> bool:
    """Whether a rate with no cue of its own repeats the change just before it in the sentence (or ends the
    move it starts: "growth ... raised from 4.1 to 9.6 percent")."""
    between = sentence[before.end : q.start]
    if TO_END.fullmatch(between) and FROM_END.search(sentence, max(0, before.start - 16), before.start):
        return True
    if before.unit != q.unit:
        return q.unit == "percent" and bool(RESTATED_AS_RATE.fullmatch(between))
    gap = GAP_JOINT.fullmatch(between)
    return (
        gap is not None
        and not CHANGE_CUE.search(between)
        and not SHARE_CUE.search(between)
        and not GAP_VERB.search(gap.group("subject"))
    )


# "slower than the 9.1 percent recorded for developing economies": a rate compared with the one before.
COMPARED_RATE = re.compile(
    r"[^.;%]{0,60}?\b(?:slower|faster|higher|lower|above|below|ahead\s+of|behind|short\s+of)\s+(?:than\s+)?"
    r"(?:the\s+)?(?:about\s+|around\s+|some\s+)?",
    re.IGNORECASE,
)


def compared_rate(sentence: str, before: Quantity, q: Quantity) -> bool:
    """Whether a rate with no cue of its own is compared with the rate just before it: of its kind."""
    return before.unit == q.unit == "percent" and bool(COMPARED_RATE.fullmatch(sentence, before.end, q.start))
