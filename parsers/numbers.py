"""Numbers in news prose: "2.9 trillion yuan", "RMB 2,200.6 billion", "€4.5bn", "a fifth", "doubled".

``find_quantities`` returns every quantity in a text with its value in base units, its
unit (an ISO 4217 code, ``percent``, ``percentage_point``, ``times`` or ``count``, or
None for a bare amount) and its exact span. Things that look like numbers but are not
quantities (dates, clock times, years, ordinals, identifiers such as "G20" or
"Article 5", phone numbers, scores) are left out here, so later stages only decide
what a quantity means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from parsers import folding
from parsers.alternation import compiled, gathered_words
from parsers.currency_names import currency_words
from parsers.geo import HEADER_REACH, names_place_first

# Full-width digits and punctuation used in Chinese sources, mapped one character to one
# character so spans in the normalised text are spans in the original.
# (and a footnote's superscript mark, "Tk 12,808 crore¹", is no part of the amount it follows)
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％＄￥¹²³⁴⁵⁶⁷⁸⁹⁰", "0123456789.,%$¥          ")

CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "us dollars": "USD",  # "US dollars 1.12 billion": the currency in words before the amount, as read out
    "hk$": "HKD",
    "s$": "SGD",
    "a$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",  # "CA$150": the Canadian dollar as its own agencies write it
    "nz$": "NZD",
    # the Australian press's "$US5.2 billion", "$A8 billion"
    "$us": "USD",
    "$a": "AUD",
    "$nz": "NZD",
    "$": "USD",
    "sar": "SAR",
    "aed": "AED",
    "qar": "QAR",
    "ksh": "KES",
    "shs": "KES",  # ("Shs1.55 trillion": East Africa's shillings, Uganda's in a text on Uganda)
    "kes": "KES",
    "₦": "NGN",
    "ngn": "NGN",
    "₺": "TRY",
    "try": "TRY",
    "tl": "TRY",  # the lira as Turkey's press writes it ("TL 18.4 billion", "TL 400,000")
    "₱": "PHP",
    "pln": "PLN",
    "zar": "ZAR",
    "egp": "EGP",
    "nt$": "TWD",
    "twd": "TWD",
    "sdr": "XDR",
    "xdr": "XDR",
    "rmb": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "rm": "MYR",
    "myr": "MYR",
    "jpy": "JPY",
    "krw": "KRW",
    "₩": "KRW",
    "sgd": "SGD",
    "idr": "IDR",
    "rp": "IDR",
    "vnd": "VND",
    "thb": "THB",
    "aud": "AUD",
    "cad": "CAD",
    "hkd": "HKD",
    "chf": "CHF",
    "r$": "BRL",
    "brl": "BRL",
    "mxn": "MXN",
    "mx$": "MXN",
    "rd$": "DOP",
    "php": "PHP",
    "e£": "EGP",
    "฿": "THB",
    "₫": "VND",
    "gh₵": "GHS",
    "₵": "GHS",
    "₪": "ILS",
    "nis": "ILS",  # the new Israeli shekel as Israel's press writes it ("NIS 610 million")
    "pkr": "PKR",
    "lkr": "LKR",
    "npr": "NPR",
    "bdt": "BDT",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "ghs": "GHS",
    "gh¢": "GHS",
    "clp": "CLP",
    "nzd": "NZD",
    "ugx": "UGX",
    "tzs": "TZS",
    "omr": "OMR",
    "kwd": "KWD",
    "czk": "CZK",
    "huf": "HUF",
    "fj$": "FJD",
    "f$": "FJD",
    "j$": "JMD",
    "cfaf": "XOF",
    "fcfa": "XOF",
    "₡": "CRC",
    "₴": "UAH",
    "₸": "KZT",
    "₽": "RUB",
    **{
        code: code.upper()
        for code in "uah uzs kzt rub gel amd azn ron bgn rsd jod kwd bhd lkr npr mmk khr lak mnt kgs tjs "
        "pgk fjd xof xaf etb rwf tnd dzd zmw mzn bwp mur uyu crc gtq dop jmd ttd mkd iqd bbd wst xcd bam "
        "lbp hnl bsd nad bnd zwg lrd mga mwk gmd gnf lyd mvr btn sle".split()
    },
    # Short signs that read as letters elsewhere ("R2", "N95"): money only before a scale word.
    "dh": "AED",
    "sr": "SAR",
    "qr": "QAR",
    "mt": "MZN",  # ("MT 1.06 billion": the metical, as Mozambique writes it; "MT" after a number is tonnes)
    "le": "EGP",
    "r": "ZAR",
    "n": "NGN",
    "sh": "KES",
    "tk": "BDT",
    "p": "PHP",
    "q": "GTQ",
    "k": "PGK",
    "l": "HNL",  # Honduras's lempira ("L15,240 million")
    "cop": "COP",
    "ars": "ARS",
    "mad": "MAD",
    "ils": "ILS",
    "bs": "BOB",  # Bolivia's boliviano ("Bs 98,600 million")
    "s/": "PEN",  # Peru's sol ("S/ 23.4 billion")
    "cfa": "XOF",  # the franc of West Africa; Central Africa's where the text is on it
    "frw": "RWF",  # Rwanda's franc as its press writes it ("Frw 212.6 billion")
    "mop$": "MOP",
    "mop": "MOP",
    "$u": "UYU",  # Uruguay's peso ("$U 620 million"; not "$US5.2 billion", read first as longer)
    # the peso as Latin American filings write it ("Ps.186.4 billion"); another country's where the text is
    "ps.": "MXN",
    "ps": "MXN",
    "jd": "JOD",  # Jordan's dinar as its press writes it ("JD 2.1 billion")
    "da": "DZD",  # Algeria's dinar ("DA 38 600 million"), in capitals only
    "nu": "BTN",  # Bhutan's ngultrum without its dot ("Nu 2,140 million")
    "kz": "AOA",  # Angola's kwanza ("Kz 845.3 bln"), before a scale only
    "all": "ALL",  # Albania's lek ("ALL 13.9 billion"), in capitals only
    # dollar signs marked by their country: Barbados's, Trinidad and Tobago's, Samoa's tala, the East
    # Caribbean's; Mongolia's tugrik, Georgia's lari, Azerbaijan's manat, Armenia's dram by their signs
    "bds$": "BBD",
    "tt$": "TTD",
    "sat$": "WST",
    "ws$": "WST",
    "ec$": "XCD",
    # (Belize's, Guyana's, Suriname's, the Cayman and Solomon Islands', Tonga's; Bangladesh's taka)
    "bz$": "BZD",
    "gy$": "GYD",
    "g$": "GYD",
    "sr$": "SRD",
    "ci$": "KYD",
    "si$": "SBD",
    "t$": "TOP",
    "৳": "BDT",
    "₮": "MNT",
    "₾": "GEL",
    "₼": "AZN",
    "֏": "AMD",
    "ro": "OMR",  # Oman's rial ("RO 45.6 million")
    # the dinars of Kuwait and Bahrain as their press writes them ("KD 24.5 billion", "BD 310 million"), and
    # the dollars of Namibia and Brunei, the shillings of Tanzania and Uganda, Ethiopia's birr and Laos's kip
    # by their signs
    "kd": "KWD",
    "bd": "BHD",
    "n$": "NAD",
    "b$": "BND",
    "tsh": "TZS",
    "ush": "UGX",
    "br": "ETB",
    "₭": "LAK",
    # Zimbabwe's gold-backed ZiG, Liberia's dollar, Madagascar's ariary, Malawi's kwacha and Bhutan's
    # ngultrum by their signs ("ZiG 1.86 trillion", "L$2.9 billion", "Ar 2.3 trillion", "Nu. 880m")
    "zig": "ZWG",
    "l$": "LRD",
    "ar": "MGA",
    "mk": "MWK",
    "nu.": "BTN",
    # Paraguay's guaraní, Panama's balboa and the Czech koruna by the signs their countries write
    # ("₲ 412.6 trillion", "Gs. 60,000", "B/. 1.2 billion", "Kč 4.5 billion")
    "₲": "PYG",
    "gs.": "PYG",
    "b/.": "PAB",
    "kč": "CZK",
    # Tonga's pa'anga, Samoa's tala and Vanuatu's vatu as their governments write them, read only in capitals
    # before a scale ("TOP 23.7 million", "SAT 1,041.7 million", "VT 14.2 billion"; not "TOP 10")
    "top": "TOP",
    "sat": "WST",
    "vt": "VUV",
    "ua": "XDR",  # the African Development Bank's unit of account, worth one SDR ("UA 52.6 million")
}
# ISO codes that are English words too count only in capitals: "TRY 18.6 billion", not "try 3 times".
CAPITALS_ONLY_PREFIXES = frozenset(
    {"try", "tl", "mop", "jd", "ro", "ua", "all", "kd", "bd", "qr", "top", "sat", "vt", "da", "mt"}
)
SCALED_ONLY_PREFIXES = frozenset(
    {
        "dh",
        "sr",
        "mt",
        "le",
        "r",
        "n",
        "sh",
        "kz",
        "tk",
        "p",
        "q",
        "k",
        "l",
        "cop",
        "ars",
        "mad",
        "ils",
        "bs",
        "s/",
        "cfa",
        "ps",
        "jd",
        "ro",
        "ua",
        "kd",
        "bd",
        "br",
        "ar",
        "mk",
        "top",
        "sat",
        "vt",
    }
)
CURRENCY_WORDS: dict[str, str] = {
    "yuan": "CNY",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "riyals": "SAR",
    "dirhams": "AED",
    "kenyan shillings": "KES",
    "shillings": "KES",
    "naira": "NGN",
    "lira": "TRY",
    "liras": "TRY",
    "zlotys": "PLN",
    "kč": "CZK",  # ("4.5 billion Kč")
    "lei": "RON",  # Romania's leu, in the plural as amounts take it
    "zloty": "PLN",
    "złotys": "PLN",
    "złoty": "PLN",
    "rand": "ZAR",
    "special drawing rights": "XDR",
    "renminbi": "CNY",
    "rmb": "CNY",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",  # the wire services' "430 bln dlrs"
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "rupees": "INR",
    "rupee": "INR",
    "ringgit": "MYR",
    "yen": "JPY",
    "won": "KRW",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "baht": "THB",
    "dong": "VND",
    "rupiah": "IDR",
    "francs": "CHF",
    "philippine pesos": "PHP",
    "pesos": "MXN",
    "reais": "BRL",
    # An ISO code after the amount: "1.2 billion USD" ("try" is left out: "500 try to sell online").
    **{
        code: code.upper()
        for code in "usd cny eur gbp jpy inr krw sgd hkd aud cad chf myr idr vnd thb brl mxn zar aed sar qar "
        "twd ngn kes egp pkr pln sek nok dkk nzd bdt".split()
    },
    # A currency named with its country's adjective: "Egyptian pounds", "New Taiwan dollars".
    "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "egyptian pounds": "EGP",
    "egyptian pound": "EGP",
    "swiss francs": "CHF",
    "mexican pesos": "MXN",
    "colombian pesos": "COP",
    "chilean pesos": "CLP",
    "argentine pesos": "ARS",
    "brazilian reais": "BRL",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "moroccan dirhams": "MAD",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "thai baht": "THB",
    "vietnamese dong": "VND",
    "nigerian naira": "NGN",
    "south african rand": "ZAR",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "south korean won": "KRW",
    "korean won": "KRW",
    "indonesian rupiah": "IDR",
    "malaysian ringgit": "MYR",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "swedish kronor": "SEK",
    "kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "taka": "BDT",
    "cedis": "GHS",
    "shekels": "ILS",
    "new israeli shekels": "ILS",
    "nis": "ILS",
    "forints": "HUF",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "soums": "UZS",
    "soum": "UZS",
    "so'm": "UZS",
    "so‘m": "UZS",
    "so’m": "UZS",
    "soʻm": "UZS",  # (with the Uzbek letter ʻ, as Uzbek texts spell it)
    "tenge": "KZT",
    "roubles": "RUB",
    "rubles": "RUB",
    "lari": "GEL",
    "drams": "AMD",
    "manats": "AZN",
    "korunas": "CZK",
    "birr": "ETB",
    "kwacha": "ZMW",
    "cfa francs": "XOF",
    # ("23 500 FCFA", "87 400 million FCFA", "1.2 billion francs CFA": the French order, after the number)
    "fcfa": "XOF",
    "francs cfa": "XOF",
    "vatu": "VUV",
    "kina": "PGK",
    "kyats": "MMK",
    "kyat": "MMK",
    "pula": "BWP",
    "leva": "BGN",
    "leones": "SLE",
    "ariary": "MGA",
    "dalasi": "GMD",
    "rufiyaa": "MVR",
    "ngultrum": "BTN",
    # the dinars of several countries: Tunisia's by default, the local one in a text on another (below)
    "dinars": "TND",
    "tunisian dinars": "TND",
    "libyan dinars": "LYD",
    "jordanian dinars": "JOD",
    "kuwaiti dinars": "KWD",
    "bahraini dinars": "BHD",
    "serbian dinars": "RSD",
    "kip": "LAK",
    "riels": "KHR",
    "riel": "KHR",
    "tugriks": "MNT",
    "tugrik": "MNT",
    "lek": "ALL",
    "denars": "MKD",
    "denar": "MKD",
    "iraqi dinars": "IQD",
    "algerian dinars": "DZD",
    "lempiras": "HNL",
    "tala": "WST",
    "convertible marks": "BAM",
    "somoni": "TJS",
    "fijian dollars": "FJD",
    "patacas": "MOP",
    "pataca": "MOP",
    # Morocco's abbreviations of "milliards" and "millions de dirhams": a currency with its scale
    "mmdh": "MAD",
    "mdh": "MAD",
    # Mexico's "millones de pesos" and "millones de dólares", and "miles de millones de pesos"
    "mdp": "MXN",
    "mmdp": "MXN",
    "mdd": "USD",
    "mmdd": "USD",
}
# Every other currency by its English name ("Paraguayan guaranis", "gourdes", "soms"), from the CLDR.
CURRENCY_WORDS.update(currency_words(CURRENCY_WORDS))
# Currency words that carry their scale ("21.6 MMDH": 21.6 billion dirhams; "9,860 mdp": 9,860 million pesos).
SCALED_CURRENCY_WORDS = {"mmdh": 1e9, "mdh": 1e6, "mdp": 1e6, "mmdp": 1e9, "mdd": 1e6, "mmdd": 1e9}
SCALES: dict[str, float] = {
    "quadrillion": 1e15,
    "trillion": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "bil": 1e9,  # "RM1.5bil", "RM356mil": the Malaysian press
    "mil": 1e6,
    "tril": 1e12,
    "trln": 1e12,
    "trn": 1e12,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "lakh crore": 1e12,
    "crore": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "mld": 1e9,  # "9.6 mld. lei", "PLN 4 mld": the billions of Central and Eastern Europe
    "mrd": 1e9,
    "juta": 1e6,  # "Rp 96,4 miliar", "Rp 12 triliun": Indonesia's millions, billions and trillions
    "miliar": 1e9,
    "triliun": 1e12,
    "millones": 1e6,  # "CLP 298.000 millones": Chile's and Spain's millions, quoted in English texts
    "mil millones": 1e9,
    "milhão": 1e6,  # "R$ 1,38 bilhão", "MZN 50 milhões": Brazil's and Portugal's, quoted likewise
    "milhões": 1e6,
    "mil milhões": 1e9,
    "bilhão": 1e9,
    "bilhões": 1e9,
    "mio": 1e6,  # "DKK 45 mio.": the Nordic and German abbreviations
    "mia": 1e9,
    "thousand million": 1e9,  # "61.8 thousand million euros": the old British billion
}
THOUSANDS_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
CENTS_WRITTEN = re.compile(r"\.\d\d$")  # ("K7.50": an amount with its cents)
# Nouns that follow a number without making it a count of things.
NOT_COUNTED = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "decade decades century centuries time times percent per cent am pm a.m. p.m. o'clock "
    "th st nd rd degrees degree celsius fahrenheit km kilometres kilometers miles meters metres "
    "kg kilograms grams points goals runs seats votes hotline hotlines code codes".split()
)
# The unit of an amount in cents or pence until the currency they are hundredths of is known.
CENTS = "cents"
PERCENT_WORDS = r"(?:percent|per\s*cent|pct|(?-i:pc)|%)"  # "5pc": the British press
POINT_WORDS = (
    # ("0.08 p.p.", "0.9%p": Korea's percentage points)
    r"(?:percentage[\s-]+points?|percentage[\s-]+point|pp|ppts?|pct\s+(?:pts?|points?)|p\.\s?p|%p)"
)


def _spaced(word: str) -> str:
    """A word of a pattern, any run of spaces where it has one ("lakh crore")."""
    return re.escape(word).replace(r"\ ", r"\s+")


# Every ISO 4217 code, before or after an amount, in capitals only where not listed above ("PYG 1.2
# trillion", "1.2 trillion HUF"): not the codes that are English words or abbreviations in capitals too ("TOP
# 10", "CUP", "SOS", "IRR of 17%"), nor funds, metals and units of account (the X codes but the CFA francs',
# the East Caribbean dollar's, the SDR and the CFP franc).
ISO_CODES = frozenset(
    code
    for code in (currency.alpha_3 for currency in pycountry.currencies)
    if code not in {"TOP", "CUP", "SOS", "IRR", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW"}
    and (not code.startswith("X") or code in {"XAF", "XOF", "XCD", "XDR", "XPF"})
)
ISO_PREFIXES = frozenset(code for code in ISO_CODES if code.lower() not in CURRENCY_PREFIXES)
ISO_AFTER = frozenset(code for code in ISO_CODES if code.lower() not in CURRENCY_WORDS)
CURRENCY_PREFIXES.update({code.lower(): code for code in ISO_PREFIXES})
CURRENCY_WORDS.update({code.lower(): code for code in ISO_AFTER})


def _in_capitals(codes: frozenset[str]) -> str:
    """An alternation of currency codes matched in capitals only."""
    return f"(?-i:(?=[A-Z]{{3}})(?:{'|'.join(sorted(codes))}))"


# Longest first (by the length of the written pattern), each gathered under its first characters.
CURRENCY_PREFIX = (
    gathered_words(
        sorted(
            set(CURRENCY_PREFIXES) - CAPITALS_ONLY_PREFIXES - {c.lower() for c in ISO_PREFIXES},
            key=lambda p: len(re.escape(p)),
            reverse=True,
        )
    )
    + "".join(f"|(?-i:{code.upper()})" for code in sorted(CAPITALS_ONLY_PREFIXES))
    + f"|{_in_capitals(ISO_PREFIXES)}"
)
SCALE_WORD = gathered_words(sorted(SCALES, key=lambda s: len(_spaced(s)), reverse=True), _spaced)
WORD_CURRENCY = gathered_words(
    sorted(set(CURRENCY_WORDS) - {c.lower() for c in ISO_AFTER}, key=lambda w: len(_spaced(w)), reverse=True),
    _spaced,
)
# (the codes in capitals too, after an amount: a pattern with them cannot be matched in lower case)
WORD_OR_CODE = f"{WORD_CURRENCY}|{_in_capitals(ISO_AFTER)}"
# What only a decimal comma stands before: a percent sign, a scale, a euro sign after the number.
DECIMAL_COMMA_BEFORE = (
    r"(?=\s?(?:%|per\s?cent|percent|[mbMB]illion|[tT]rillion|[bmtBMT]n\b|[bmBM]ln\b|Mrd\b|[Mm]i[oa]\b|mld\b|"
    r"bilh|milh|mil\s+milh|M?€))"
)
# Indian grouping ("12,40,000 crore": thousands, then pairs of digits) before the Western one; thousands
# set apart by spaces ("CFAF 38 412.7 billion", "| 24 060 |") as French and Nordic texts write them (not
# "386 100 million yuan", the Chinese yi).
NUMBER = (
    r"\d{1,2}(?=,\d\d,)(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\x20\u00a0\u202f](?!100\s+million)\d{3})+(?!\d|,\d)(?:\.\d+)?"
    # ("CHF 112'650 million", "| 3’670 |": thousands set apart by apostrophes, as Switzerland writes them)
    r"|\d{1,3}(?:['’]\d{3})+(?![\d'’])(?:\.\d+)?"
    # ("R181,3 billion", "3,46 million", "11,7%": a decimal comma, as South Africa and Europe write it, read
    # only before a scale or a percent sign, where no list of numbers stands)
    rf"|\d+,\d{{1,2}}{DECIMAL_COMMA_BEFORE}"
    # ("12.800.000", "298.000 millones", "8.500 M€": thousands set apart by dots, as Spanish, Italian and
    # Portuguese write them, read where two dots, a Spanish scale or a euro sign after leave no doubt)
    r"|\d{1,3}(?:\.\d{3}){2,}(?!\.?\d)|\d{1,3}\.\d{3}(?=\s(?:mil\s+)?millones\b|\s?M?\s?€)"
    # ("3.512,4": dots for thousands, a comma for decimals, as Brazil and Germany write them: no doubt)
    r"|\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])"
    # ("2½%", "½%": a vulgar fraction, as the Bank of England writes rates)
    r"|\d*[½¼¾]"
    r"|\d+(?:\.\d+)?"
)
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


# Currencies whose homes write thousands with dots, in English too ("VND 54.870 billion").
DOTTED_CURRENCIES = frozenset({"VND", "IDR", "ISK", "CLP", "COP", "ARS", "PYG"})
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
ONE_DOTTED_THOUSAND = re.compile(r"\d{1,3}\.\d{3}")  # "298.000 millones", not "3.5 millones"
DOTTED_WITH_DECIMALS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")


def number_value(raw: str, dotted: bool = False) -> float:
    """The value of a number as NUMBER reads it, without its thousands' commas or spaces (a comma before
    one or two digits is a decimal one; dots are thousands' where there are two, or ``dotted`` says so of
    one before three digits)."""
    if raw[-1] in VULGAR_FRACTIONS:
        return float(raw[:-1] or 0) + VULGAR_FRACTIONS[raw[-1]]
    if DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))
    if DOTTED_WITH_DECIMALS.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    if (dotted and ONE_DOTTED_THOUSAND.fullmatch(raw)) or DOTTED_THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", ""))
    return float(re.sub(r"[,'’\x20\u00a0\u202f]", "", raw))


# Who trades with or pays whom: "B2B", "P2P", "P2B", "G2P". "P2B" is 2 billion pesos only where neither a
# noun of trade or payment follows it nor another such pair stands beside it.
# ("P2M": person to merchant; "(P2B) payments": the pair spelled out before it)
BUSINESS_MODEL = re.compile(r"[BCGOP]2[BCGMOP]")
_BUSINESS_MODEL_WORD = re.compile(r"\b[BCGOP]2[BCGMOP]\b")
MODEL_NOUN_AFTER = re.compile(
    r"\)?\s+(?:payments?|transfers?|transactions?|e-commerce|commerce|sales|platforms?|marketplaces?|models?|"
    r"segments?|trade|lending|flows?)\b",
    re.IGNORECASE,
)


def names_business_models(text: str) -> bool:
    """Whether the text names two pairs of who deals with whom ("| P2P | P2B |"): then each is one."""
    return len(set(_BUSINESS_MODEL_WORD.findall(text))) >= 2


# "US$280bn-300bn", "$1.2 billion-$1.5 billion": a range written as two amounts joined by a dash.
RANGE_TAIL = re.compile(
    rf"\s?[-–]\s?(?:{CURRENCY_PREFIX})?(?P<number>{NUMBER})\s*(?P<scale>{SCALE_WORD})\b", re.IGNORECASE
)
QUANTITY_RE = re.compile(
    rf"""
    (?<![\w$€£¥₹.,'’-])                     # not inside a word, an identifier, a longer number or "'000"
    (?:(?<=[\s|(:])(?P<sign>[-−+])(?=\d|[$€£¥₹]|[A-Z]{{1,3}}\$))?  # "| -0.2%" in a table, "-$2,493m": a sign
    (?:(?P<cents_of>(?-i:HK|US|NZ|NT|S|A))(?=[\d.]+\s+cents\b))?  # "HK2.8 cents": the dollar named
    (?:(?P<prefix>{CURRENCY_PREFIX})\s?(?P<signed>[-−](?=\d))?)?  # US$ / $ / RMB / € ...; "EUR -14mn"
    (?P<number>{NUMBER})
    (?:\s+(?P<yi>100)(?=\s+million))?        # "4,356 100 million yuan": the Chinese unit yi, 1e8
    (?:\s*-?\s*(?P<scale>{SCALE_WORD})\b(?![/'](?:19|20)?\d\d\b)  # 2.9 trillion, 4.5bn; not "9M/2025"
       (?:\.(?=\s+(?:{WORD_CURRENCY})\b))?)?     # "9.6 mld. lei": an abbreviated scale's dot
    (?:\s+and\s+(?P<number2>{NUMBER})\s*(?P<scale2>{SCALE_WORD})\b)?   # 4 trillion and 800 billion
    (?:
        \s*-?\s*(?P<points>{POINT_WORDS})\b
      | \s*-?\s*(?P<basis>basis[\s-]+points?|bps?)\b     # 140 basis points: 1.4 percentage points
      | \s*-?\s*(?P<percent>{PERCENT_WORDS})(?:\b|(?<=%))
      | (?:\s+|-)(?P<bare_points>points?|pts)\b   # "rose 1.2 points", "a 9.4-point gain", "+4.2 pts"
      | (?P<times>\s*-?\s*(?:times|-?fold)\b|(?<=\d)x(?!\w))   # 4.5 times, four-fold, 1.7x
      | (?:\s+|-)(?P<currency>{WORD_OR_CODE})\b     # "45.6 billion yuan", "a 45.6-billion-yuan deal"
      | \s+(?P<cents>cents|pence)\b          # "9.5 cents a share": a hundredth of the text's currency
      | \s?(?P<euro_after>€)                  # "8.500 M€", "12,50 €": the euro sign after, as Europe sets it
    )?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "to double its exports", "to triple the number", "to double sales of cloud services by 2030": a goal's
# multiple names what it multiplies; "to double exports to SAR 25 billion" states the goal's value instead.
# "... to SAR 25 billion" ahead in the clause: the goal states its value, not a multiple.
_TO_AMOUNT_AHEAD = (
    r"(?![^.;]{0,60}?\bto\s+(?:about\s+|around\s+|over\s+|more\s+than\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£¥₹]\s?)?\d)"
)
_GOAL_OBJECT = (
    # ("for intra-African trade to double by 2030": the subject doubles, by a deadline)
    # ("expects GMV to at least double in 2026": within the year)
    r"(?:(?=\s+(?:by|within|before)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|the\s+end|\w+\s+years)\b)"
    r"|(?=\s+in\s+(?:19|20)\d\d\b)"
    r"|(?=\s+(?:the|its|their|our|his|her|this|that)\b)"
    # "to double Australia's digitally enabled services exports": what a named owner has
    r"|(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s)"
    # "to more than double over the same period": by the end of a period named before
    r"|(?=\s+over\s+the\s+(?:same|next|coming)\b)"
    # ("to double exports by 2030", "to double marketplace GMV by 2028": what it doubles, then when)
    r"|(?=\s+(?!to\b|up\b|down\b)[a-z][\w-]*(?:\s+[\w-]+){0,4}?\s+(?:of|by|from|in|within|over)\b)"
    + _TO_AMOUNT_AHEAD
    + ")"
)
# "will double by 2030", "could double the region's digital economy": a multiple a modal looks ahead to
_MODAL_BEFORE = r"(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bwould\s)|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\bshould\s)"
# A hedge before "a third" or "double" makes it a quantity without "of" after it ("close to a third").
_HEDGE = (
    r"(?:about|around|nearly|almost|roughly|some|close\s+to|more\s+than|less\s+than|fewer\s+than|"
    r"just\s+over|just\s+under|over|under)"
)


# What ends a hedged multiple: the level it is a multiple of, or the clause ("the bars more than quadruple.")
_HEDGED_MULTIPLE_END = r"(?=\s+(?:the|its|their|that|what)\b|\s*[.;,]|\s+(?:by|over|in|between)\s)"


def _fraction(word: str) -> str:
    """ "a fifth of", "by a fifth", "about a fifth", "up from a fifth", "the remaining fifth": a fraction, not
    an ordinal."""
    return (
        rf"\b(?:a|one)[\s-]+{word}(?=\s+of\b)(?!\s+of\s+a\s+century)"
        # ("up from a third a decade earlier", "against a third": the level a share moved from)
        rf"|(?:(?<=by\s)|(?<=up\sfrom\s)|(?<=down\sfrom\s)|(?<=against\s)|\b{_HEDGE}\s+)(?:a|one)[\s-]+{word}\b"
        rf"|\bthe\s+remaining\s+{word}\b(?!\s+of\b)"
        # ("up a quarter on 2023", "a fifth more than in 2024": a change by that fraction)
        rf"|(?:(?<=\bup\s)|(?<=\bdown\s))(?:a|one)[\s-]+{word}\b(?!\s+of\b)"
        rf"|\b(?:a|one)[\s-]+{word}(?=\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger)\b)"
    )


def _fraction_words(word: str) -> tuple[str, ...]:
    """What a sentence holds if it holds the fraction: "third" alone is mostly "the third quarter"."""
    return (f"a {word}", f"one {word}", f"a-{word}", f"one-{word}", f"remaining {word}")


# "1.6 billion transactions, double the number a year earlier": a multiple of an earlier level.
_EARLIER_LEVEL = r"(?=\s+(?:the|its|their)\s+(?:number|level|amount|figure|total|value|size|volume)\b)"
# "one seller in five exports": the verb of the ratio's things, after it (not "one store in five cities").
_VERB_AFTER_RATIO = (
    r"(?:exports|sells|uses|says|buys|has|does|plans|expects|reports|ships|offers|accepts|pays)"
)
# Numbers in words in a ratio ("nine out of ten", "one in two") or a multiple ("three times the").
# ("1 in 4": a ratio's digits)
SPELLED = {"one": 1, "1": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, **{str(n): n for n in range(2, 11)}}  # fmt: skip
_SPELLED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
DIGIT_WORDS = {"zero": 0, "oh": 0, **{word: n for word, n in SPELLED.items() if n < 10 and word.isalpha()}}
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Fractions and multiples written in words, each with the words it cannot match without: a sentence
# that lacks them is not searched with the pattern (most sentences hold none of them). A value
# of 0 is read from the pattern's groups: ``n`` times, or ``n`` in ``d`` as a percentage.
WORD_QUANTITIES: tuple[tuple[tuple[str, ...], re.Pattern[str], float, str], ...] = tuple(
    (words if isinstance(words, tuple) else (words,), re.compile(pattern, re.IGNORECASE), value, unit)
    for words, pattern, value, unit in (
        (_fraction_words("fifth"), _fraction("fifth"), 20.0, "percent"),
        (_fraction_words("quarter"), _fraction("quarter"), 25.0, "percent"),
        (_fraction_words("third"), _fraction("third"), 100 / 3, "percent"),
        ("thirds", r"\btwo[\s-]+thirds\b", 200 / 3, "percent"),
        ("fifths", r"\btwo[\s-]+fifths\b", 40.0, "percent"),
        ("fifths", r"\bthree[\s-]+fifths\b", 60.0, "percent"),
        ("fifths", r"\bfour[\s-]+fifths\b", 80.0, "percent"),
        (
            "twice",
            r"\b(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?twice\s+(?=the\b|as\b|its\b|that\b)",
            2.0,
            "times",
        ),
        (
            "times",
            # ("about two and a half times the US$344 million": and a half)
            rf"\b(?:{_HEDGE}\s+)?(?P<n>{_SPELLED})(?P<half>\s+and\s+a\s+half)?\s+times\s+"
            r"(?=(?:the|as|its|their|that|what)\b)",
            0.0,
            "times",
        ),
        ("quarters", r"(?<!first\s)\bthree[\s-]+quarters(?=\s+of\b)", 75.0, "percent"),
        (_fraction_words("tenth"), _fraction("tenth"), 10.0, "percent"),
        (
            "half",
            r"(?<!first\s)(?<!second\s)(?<!the\s)\bhalf\s+of\b(?!\s+(?:the\s+)?(?:year|\d{4}))"
            rf"|\b{_HEDGE}\s+(?:a\s+)?half\b"  # ("up by almost a half")
            r"|(?<=\bfrom\s)half\b(?!\s+an?\b)"
            r"|(?<=\b(?:grew|rose|fell)\sby\s)half\b"  # ("subscriptions grew by half during 2025")
            r"|(?<=\bto\s)half\b(?=\s+(?:by|in)\b)"  # ("to lift the share ... to half by 2027")
            # ("the share of card payments made with phones will exceed half by 2026")
            r"|(?:(?<=\bexceed\s)|(?<=\bsurpass\s)|(?<=\breach\s))half\b(?=\s+(?:by|in)\s+(?:19|20)\d\d\b)",
            50.0,
            "percent",
        ),
        # (the look-ahead for the first letters of the numbers spares the pattern elsewhere in the many
        # sentences its words cannot rule out; the same for "two of which" below)
        (
            " ",
            # ("one order in five": a noun between, when no plural follows, as in "one store in five cities")
            # ("one French online seller in five exports": a few words, and a verb after)
            # ("4 in 10 sellers made at least one international sale": digits)
            rf"(?=[1-9efnost])\b(?P<n>{_SPELLED}|[1-9])\s+(?:(?P<noun>(?:[A-Za-z]+\s+){{0,2}}[a-z]+)\s+)?(?:out\s+of|in)\s+"
            rf"(?:every\s+)?(?P<d>{_SPELLED}|[2-9]|10)\b(?(noun)(?!\s+(?!{_VERB_AFTER_RATIO}\b)[a-z]+s\b))"
            # (not "Seven in ten (70%)": the percentage in brackets is the figure, written once)
            r"(?!\s*\(\s*\d[\d.,]*\s*%)",
            0.0,
            "percent",
        ),
        (
            "doubl",
            rf"\bdoubl(?:ed|ing|es)\b|(?:(?<=\bto\s)|(?<=\bto\sat\sleast\s)|\b{_HEDGE}\s+)double{_GOAL_OBJECT}"
            # ("could double the region's digital economy to USD 2 trillion": the goal is the amount)
            rf"|(?:{_MODAL_BEFORE})double{_TO_AMOUNT_AHEAD}{_GOAL_OBJECT}"
            # "1.6 billion transactions, double the number a year earlier": a multiple of an earlier level
            rf"|(?<=,\s)double{_EARLIER_LEVEL}",
            2.0,
            "times",
        ),
        # "14 sorting centres, two of which opened this year": a part of a counted whole
        (
            " of ",
            r"(?=[efnst])\b(?P<n>two|three|four|five|six|seven|eight|nine|ten)(?=\s+of\s+(?:which|them|these|those)\b)",
            0.0,
            "count",
        ),
        # ("aims to at least triple the EU's data centre capacity")
        # ("more than triple the figure a year earlier", "the bars more than quadruple.": a hedged multiple)
        (
            "triple",
            rf"(?:(?<=\bto\s)|(?<=\bto\sat\sleast\s))triple{_GOAL_OBJECT}|\b{_HEDGE}\s+triple{_HEDGED_MULTIPLE_END}",
            3.0,
            "times",
        ),
        (
            "quadruple",
            rf"(?<=\bto\s)quadruple{_GOAL_OBJECT}|\b{_HEDGE}\s+quadruple{_HEDGED_MULTIPLE_END}",
            4.0,
            "times",
        ),
        ("tripl", r"\btripl(?:ed|ing|es)\b", 3.0, "times"),
        ("triple", rf"(?<=,\s)triple{_EARLIER_LEVEL}", 3.0, "times"),  # ", triple the value of ... last year"
        ("quadrupl", r"\bquadrupl(?:ed|ing|es)\b", 4.0, "times"),
        ("fold", r"\btwo[\s-]?fold\b", 2.0, "times"),
        ("fold", r"\bthree[\s-]?fold\b", 3.0, "times"),
        ("fold", r"\bfour[\s-]?fold\b", 4.0, "times"),
        ("fold", r"\bfive[\s-]?fold\b", 5.0, "times"),
        ("fold", r"\bten[\s-]?fold\b", 10.0, "times"),
    )
)
# A cheap test before the word patterns: most sentences hold none of these words. The look-ahead for
# their first letters spares the alternation at every other position.
# ("(?<!\w)" is "\b" before a letter, where the words can be gathered under their first letters)
WORD_HINT = compiled(
    r"(?=[dfhioqt])(?:fifth|quarter|third|tenth|half|twice|times|out\s+of|"
    r"(?<!\w)in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b|doubl|tripl|quadrupl|fold|"
    r"(?<!\w)of\s+(?:which|them|these|those)\b)",
    re.I,
)
# Words WORD_HINT cannot match without, tested with ``in`` first: cheaper than the pattern. A ratio
# is found by its second number ("one in two", "one in eight").
HINT_WORDS = ("fifth", "quarter", "third", "tenth", "half", "twice", "times", "out", "two", "three",
              "four", "five", "six", "seven", "eight", "nine", "ten", "doubl", "tripl", "quadrupl",
              "fold", *(f" in {d}" for d in range(1, 10)))  # fmt: skip
LOWERCASE_WORD_HINT = folding.lowercased(WORD_HINT)
ANY_DIGIT = re.compile(r"[\d½¼¾]")  # a vulgar fraction is a number too ("½%")
# A match of QUANTITY_RE starts at most this many characters before its first digit: a sign, the
# longest currency prefix and a space.
DIGIT_REACH = 1 + max(len(prefix) for prefix in CURRENCY_PREFIXES) + 1


def folded(text: str) -> str:
    """``text`` lowercased for cheap ``word in folded`` tests before case-insensitive patterns.

    A word's absence from the result means that no IGNORECASE pattern can match it in ``text``.
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    # IGNORECASE matches "ı" for "i" and "ſ" for "s", which ``lower()`` keeps, and "İ" for "i", which
    # ``lower()`` turns into "i" and a combining dot. Three scans for one character each are cheaper
    # than a translation table, which is looked up for every character of the text.
    return lowered.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")


def _hinted(text: str, lowered: str) -> bool:
    """Whether WORD_HINT matches ``text`` (``lowered`` is ``folded(text)``): its lowercase copy is asked in
    the lowercased text where that finds the same, faster."""
    if not any(word in lowered for word in HINT_WORDS):
        return False
    low = folding.lowered(text)
    return bool(WORD_HINT.search(text) if low is None else LOWERCASE_WORD_HINT.search(low))


MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_BEFORE = re.compile(rf"(?=[adfjmnos]){MONTHS}\s*$", re.IGNORECASE)  # (the look-ahead: each first letter)
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+{MONTHS}(?!\w)", re.IGNORECASE)
# The look-ahead for the letters every match starts with spares the rest of the pattern elsewhere.
IDENTIFIER_BEFORE = re.compile(
    r"(?=[#abcefghilmnprstvw])(?:\b(?:article|no|nos|(?<!s\snow\s)(?<!s\s)number|section|chapter|phase|level|rule|paragraph|clause|pages?|"
    r"tables?|room|route|cohort|batch|season|episode|wave|tranche|meeting|"
    r"highway|resolution|item|grade|class|group|round|stage|version|(?<!\bto\s)top|hotline|tel|telephone|"
    r"phone|fax|code|id|mc|g|covid)\.?\s*#?|#)$",
    re.IGNORECASE,
)
UNIT_LABEL_BEFORE = re.compile(
    # ("(value in 100 million yuan; ...)": the unit of a caption's column, named)
    # ("(Value: RMB 100 million; Growth: %)": the same, with a colon)
    r"\bunits?\s*:\s*(?:[A-Z]{2,3}\$?|[$€£¥₹₩])?\s*$|\((?:value|amount)s?(?:\s+in\s+|\s*:\s*(?:[A-Z]{2,3}\s*)?)$",
    re.IGNORECASE,
)
# "member poll (n = 812)": the number of people a survey asked
SAMPLE_SIZE_BEFORE = re.compile(r"\(\s*n\s*=\s*$", re.IGNORECASE)
# "9610 direct mail exports | 1,126.4": a code that opens a table row's label (a customs mode, a product line)
LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
ROW_CODE_AFTER = re.compile(r"\s+[A-Za-z][^|\n]*\|[^\n]*\d")
# "the Fortune Global 500", "the Forbes Global 2000": a number that ends a name of capitalised words.
NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s[A-Z][a-z]+\s$")
# Hedges before a number; "exceeded 52 million" and "passed 120,000" only bound the value too. An
# "estimated" value is a source's point estimate, stated as such, not a hedge; "13.6 per cent over US$ 341.1
# billion" compares with the amount.
APPROX_BEFORE = compiled(
    r"\b(?:about|around|nearly|almost|approximately|roughly|some|(?<!cent\s)(?<!%\s)(?<!pct\s)over|more\s+than|"
    r"upwards\s+of|"
    r"in\s+excess\s+of|close\s+to|fewer\s+than|at\s+least|just\s+over|just\s+under|less\s+than|under|"
    r"exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|passed|topped|crossed|approx\.?)\s+$|(?:≈|~)\s*$",
    re.IGNORECASE,
)


# "must register once their sales here exceed $60,000", "if their sales ... exceed TOP 100,000": a rule's
# threshold, stated exactly, not a value it bounds.
THRESHOLD_EXCEED = re.compile(
    r"\b(?:once|if|whose|when|where|until)\b[^.;:\d]{0,80}?\bexceeds?\s+$", re.IGNORECASE
)


PLUS_AFTER = re.compile(r"-?plus\b|\+(?!\d)", re.IGNORECASE)
# "had passed 120,000", "reached 214,000 in 2023": a large round count whose noun was named before.
THOUSANDS = re.compile(r"\d[,'’\x20\u00a0\u202f]\d{3}")  # ("climbed to 31 870": a space sets them apart too)
COUNT_VERB = re.compile(
    r"\b(?:reached|passed|exceeded|topped|surpassed|totall?ed|hit|numbered|stood\s+at|estimated\s+at|hosts?|"
    # ("Antalya Airport handled 214.337": things an airport or a port handled)
    r"hosted|handled|processed|cleared|to|from|(?:target|goal)\s+of|(?<=to\s)(?:top|exceed|pass|reach|cross|surpass|hit))"
    # ("to bring the number of residents to no fewer than 3 000": a bar for a goal)
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|just\s+over\s+|at\s+least\s+|"
    r"no\s+(?:fewer|less)\s+than\s+)?$",
    re.IGNORECASE,
)
# "Active merchants rose to 812": a count whose plural noun is the subject of a verb of change or level.
COUNTED_SUBJECT = re.compile(
    r"\b(?:merchants|users|sellers|buyers|customers|firms|companies|exporters|members|employees|accounts|"
    r"stores|shops|subscribers|centres|centers|startups|platforms|headcount|workforce|jobs|parcels|packages|"
    r"shipments|orders|downloads|visitors|players|transactions|deliveries|consignments|GCCs|count|employment|"
    r"population)\s+"
    # ("IT employment in the state rose by 71,500")
    r"(?:in\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:(?:had|has|have)\s+)?"  # ("By fiscal 2024 the count had reached 1.36 billion")
    r"(?:rose|grew|climbed|increased|jumped|fell|dropped|declined|reached|totall?ed|numbered|hit|crossed|passed|"
    # ("Active merchants of 48,600 at quarter end": a results release's highlight)
    # ("a population of roughly 455,000")
    r"topped|exceeded|stood\s+at|of)\s+(?:to\s+|by\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|"
    r"over\s+|more\s+than\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# "put employment in Kenya's BPO sector at more than 35,000": an estimate of how many people work in a trade
PUT_AT = re.compile(
    r"\bput\s+(?:the\s+)?(?:[\w-]+\s+)?employment\b[^.;:\d]{0,50}?\s+at\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# "Parcel lockers now number 430": things whose number the verb gives
THINGS_NUMBER = re.compile(
    r"\b[a-z]{3,}s\s+(?:now\s+|already\s+)?number\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|"
    r"more\s+than\s+|almost\s+)?$",
    re.IGNORECASE,
)
# ", up from just over 1 billion": the base of the count before it.
COUNT_BASE_BEFORE = re.compile(
    r",?\s*(?:up|down)\s+from\s+(?:just\s+)?(?:over\s+|under\s+|about\s+|around\s+|some\s+|nearly\s+)?",
    re.IGNORECASE,
)
# "- Active business customers: 412,000", "Licensed data centres: 19", "Offshore jobs added: 29,500": a line
# whose label names the things its number counts ("Active merchants at quarter-end: 41,300", "Employees of
# resident companies: about 53,000", "Exporting residents by 2026 (target): 2,000": with words after them).
COUNTED_LABEL = re.compile(
    r"(?:^|\n)\s*(?:[-•*–]\s+)?[^:\n\d]{0,40}\b(?:merchants|users|sellers|buyers|customers|clients|firms|webshops|"
    r"companies|exporters|members|employees|accounts|stores|shops|subscribers|centres|centers|startups|"
    r"platforms|jobs|hubs|parks|zones|downloads|orders|parcels|shipments|transactions|seats|residents|"
    r"exhibitors|visitors|participants|headcount|staff|persons|"
    r"engineers|developers|specialists|workers|professionals|freelancers|researchers|graduates|"
    # ("Registered enterprises: 4,862", "New licences issued during the year: 612", "Workforce: about 14,300")
    r"enterprises|businesses|licen[cs]es|permits|registrations|workforce|employment|projects|requests|"
    # ("All-cargo aircraft movements: 1,386", "Submarine cables landing: 7")
    r"movements|flights|routes|cables|operators|institutions|suppliers|providers|vendors|registrants|agents|"
    # ("Countries represented: 31", "B2B meetings arranged: 2,730", "Parcel lockers installed in the quarter:
    # 112", "Fibre (FTTH/B) connections: 612,000", "Seizures of counterfeit or prohibited items: 2,317")
    r"couriers|countries|meetings|lockers|connections|items|seizures|declarations|complaints|terminals|outlets|"
    r"warehouses|listings|households|vehicles|containers|devices|websites|"
    # ("Personal data breach notifications: 6 230", "Cross-border cases handled under the one-stop-shop
    # mechanism: 312": what a regulator's year in numbers counts)
    r"notifications|cases|inspections|investigations|audits|breaches|appeals)\b"
    r"[^:\n]{0,45}?:\s*(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|approximately\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# "a company with 20 employees", "firms with fewer than 50 staff": a size that defines a kind of firm.
SIZE_BAR = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|business(?:es)?|enterprises?|SMEs?)\s+with\s+(?:fewer\s+than\s+|"
    r"more\s+than\s+|less\s+than\s+|at\s+least\s+|up\s+to\s+|over\s+|under\s+)?$",
    re.IGNORECASE,
)
# "adding 15 zones, bringing the total to 180": the new total of the things just counted.
TOTAL_TO = re.compile(
    r"\b(?:bringing|taking|raising|lifting)\s+(?:the|its|their)\s+(?:total|number|tally)\s+to\s+$"
)
# "The number of licensed firms climbed to 212": a bare number the counted things reach.
NUMBER_OF_BEFORE = re.compile(
    # ("the number of supported projects to reach 75 to 80")
    r"\bnumber\s+of\s[^.;:]{0,80}\b(?:to|reach(?:ed|es)?|at|hit|was|were|of)\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# "41 operators ..., compared with 27 a year before", "up from 29 five years earlier", "about 740 more
# than a year earlier": a bare number set against a count just before it counts the same things.
COMPARED_BEFORE = re.compile(
    # ("rose to 1.82 million, up by roughly 120,000": the count's move)
    r"\b(?:compared\s+with|up\s+from|down\s+from|from|against|versus|(?:up|down)\s+by|"
    # ("against fewer than 6 000 five years ago": a hedged count)
    r"an?\s+(?:increase|rise|gain|drop|fall)\s+of)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|"
    r"almost\s+|(?:fewer|more|less)\s+than\s+|(?:just\s+)?(?:over|under)\s+)?$",
    re.IGNORECASE,
)
MORE_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower)\s+than\b")
# "54 data centres in operation and 31 more under construction": more of the things counted before.
ADDITIONAL_AFTER = re.compile(r"\s+(?:more|others|additional)\b(?!\s+than\b)")
# "Of these, 96 apply to ...", "64 of them in Europe", "11 of the 17 new rules", "18,400, of which 3,100 took
# part": a part of a counted whole.
OF_WHICH = re.compile(r",\s+of\s+(?:which|whom)\s+$", re.IGNORECASE)
PART_BEFORE = re.compile(
    r"(?:\b(?:of\s+(?:these|them|those|which)|among\s+them)|(?:^|[.!?]\s+|\n)Of\s+the\s+\d[^.;]{0,100}),\s+$|"
    + OF_WHICH.pattern,
    re.IGNORECASE,
)
# ("62 of Brazil's 160 data centres": of a place's count)
PART_AFTER = re.compile(
    r"\s+of\s+(?:them|these|those|which|the\s+\d|(?-i:[A-Z])[\w-]*['’]s\s+\d)", re.IGNORECASE
)
# "cut the number of items on the list to no more than 60 by 2026", "a target of 150 by March 2027": a
# bare number that a goal moves to, with a deadline after it, counts what the goal is about.
GOAL_VALUE_BEFORE = re.compile(
    # ("and we want 25,000 by 2028": the goal's value after what the speaker wants)
    r"\b(?:to|reach|reaching|exceed|pass|top|surpass|have|want|wants|(?:target|goal)\s+(?:of|is))\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|"
    r"no\s+(?:more|fewer|less)\s+than\s+|more\s+than\s+|fewer\s+than\s+|below\s+|under\s+)?$",
    re.IGNORECASE,
)
# ("at least 50 running by end-2027": a word saying what the things do may stand before it; "over the
# same period" is the deadline of the goal before)
DEADLINE_AFTER = re.compile(
    # ("to 50 by the end of fiscal 2027": a fiscal year)
    r"(?:\s+[a-z]+ing)?\s+(?:by\s+(?:the\s+end\s+of\s+|end-)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+|(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d\b|over\s+the\s+same\s+period\b|"
    r"within\s+(?:the\s+next\s+)?(?:two|three|four|five|ten|\d{1,2})\s+years\b|"
    # ("to pass 250 by the end of the year")
    r"by\s+the\s+end\s+of\s+(?:the|this|next)\s+year\b)"
)


# "expects the number of systems to reach 21 in 2026", "the figure to come in at around 290 for 2026": a bare
# number a verb in its base form looks ahead to, in a year, counts what the forecast is about.
FORECAST_VALUE_BEFORE = re.compile(
    r"\b(?:reach|hit|exceed|top|pass|surpass|come\s+in\s+at|stand\s+at|settle\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|at\s+least\s+|more\s+than\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
YEAR_AFTER = re.compile(r"\s+(?:in|for)\s+(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text, normalised; ``start``/``end`` delimit it in the text."""

    start: int
    end: int
    value: float
    unit: str | None
    approx: bool = False
    counted: str | None = None  # the noun a count counts ("companies")
    # "signed" for "+4.0%" in a table, "words" for "a fifth" or "doubled", "index" for an index's 0.19
    form: str = "digits"

    def with_unit(self, unit: str | None) -> Quantity:
        return Quantity(self.start, self.end, self.value, unit, self.approx, self.counted, self.form)


# Any character FULL_WIDTH maps: most texts hold none, and finding none is cheaper than translating.
_FULL_WIDTH_CHAR = re.compile("[" + "".join(re.escape(chr(code)) for code in FULL_WIDTH) + "]")


def normalise(text: str) -> str:
    """Map full-width digits and signs to ASCII, keeping every character where it was."""
    return text.translate(FULL_WIDTH) if not text.isascii() and _FULL_WIDTH_CHAR.search(text) else text


# A text that writes numbers the continental way ("€20,3 Mrd.", "up 3,6 %", "| 3.912 |"): two decimal commas
# where only a decimal can stand, and no decimal point where only a decimal can.
# (found from its comma, where the search over a whole text is quickest)
_DECIMAL_COMMA_CERTAIN = re.compile(r"(?<=\d),\d{1,2}" + DECIMAL_COMMA_BEFORE)
_DECIMAL_POINT_CERTAIN = re.compile(
    r"(?<![\d.,])\d+\.\d{1,2}(?=\s?%|\s(?:per\s?cent|percent|[mb]illion|trillion|bn|mn)\b)|\d,\d{3}\.\d"
)
_CONTINENTAL_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![.,]?\d)")
_POINTS_FOR_COMMAS = str.maketrans(".,", ",.")


def continental_numbers(text: str) -> str:
    """The text with its numbers' separators swapped where it writes them the continental way throughout,
    so that every rule reads "3.912" in a German table as thousands; one character for one, so spans hold."""
    if len(_DECIMAL_COMMA_CERTAIN.findall(text)) < 2 or _DECIMAL_POINT_CERTAIN.search(text):
        return text
    return _CONTINENTAL_NUMBER.sub(lambda number: number.group(0).translate(_POINTS_FOR_COMMAS), text)


def _number(raw: str) -> float:
    return number_value(raw)


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    return SCALES[" ".join(raw.lower().split())]


_YEAR_NUMBER = re.compile(r"(19|20)\d\d")
CLOCK_AFTER = re.compile(r"^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hrs\b))", re.IGNORECASE)
CLOCK_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}:$")  # the minutes of "10:15", a live blog's time stamp
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
RANGE_AFTER = re.compile(r"^[-–/]\d")
RANGE_BEFORE = re.compile(r"\d(?:[-–/]|\s+through\s+)$")
LETTER_AFTER = re.compile(r"^[A-Za-z]")


def _is_year(match: re.Match[str]) -> bool:
    raw = match.group("number")
    # (``group`` with several names returns them all at once, without a generator)
    return bool(_YEAR_NUMBER.fullmatch(raw)) and not any(
        match.group("prefix", "scale", "points", "basis", "percent", "times", "currency", "cents")
    )


TARGET_HORIZON_BEFORE = re.compile(r"\btarget\s*\(\s*$", re.IGNORECASE)


def _looks_like_noise(text: str, match: re.Match[str]) -> bool:
    """Dates, times, identifiers, phone numbers, ranges and scores: numbers that measure nothing."""
    start, end = match.span("number")
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if ("nit" in before or " in" in before or ":" in before) and UNIT_LABEL_BEFORE.search(before):
        return True  # "(unit: 100 million yuan)", "(unit: KRW 100 million, %)": a table's unit, no amount
    if not any(match.group("prefix", "scale", "currency")) and (
        LINE_START_BEFORE.search(before) and ROW_CODE_AFTER.match(after)
    ):
        return True  # "9610 direct mail exports | 1,126.4": the code of the row's label
    if match.group("prefix") or match.group("percent") or match.group("points") or match.group("basis"):
        return False
    if TARGET_HORIZON_BEFORE.search(before) and text.startswith(")", match.end()):
        return True  # "Price target (12m)": the months an analyst's target looks ahead
    if (scale := match.group("scale")) and len(scale) == 1 and "-" in text[end : match.start("scale")]:
        return True  # "(1281234-K)", "a 10-K filing": a letter hyphened to a number names something
    if DATE_BEFORE.search(before) or DATE_AFTER.match(after):
        return True
    if CLOCK_AFTER.match(after) or (before.endswith(":") and CLOCK_BEFORE.search(before)):
        return True
    if ORDINAL_AFTER.match(after):
        return True
    if (IDENTIFIER_BEFORE.search(before) and not (match.group("scale") or match.group("currency"))) or (
        NAME_BEFORE.search(before) and not match.group("scale")
    ):
        return True  # "Article 5", "the top 10" (not "top 55 billion yuan"); "Fortune Global 500 companies"
    if RANGE_AFTER.match(after) or RANGE_BEFORE.search(before):  # 3-1, 2021-2025, 12/05
        return True
    unit_follows = any(match.group("scale", "currency", "times"))
    return not unit_follows and bool(LETTER_AFTER.match(after))  # 5G, 3D, 4K


_NP_STOP = frozenset(
    "in of on at for from to and or with across by that which who were was are is have has had will "
    "last this as than per each every a an the into over under".split()
)
IRREGULAR_PLURALS = frozenset("people staff personnel children workers media aircraft".split())
# Units things are counted in, not the things: "214,600 TEU" (twenty-foot containers, no plural ending), "1.12
# million pieces" (of parcels), "22 MW of IT load" (the power a data centre draws).
COUNTING_UNITS = frozenset({"teu", "teus", "feu", "pieces", "items", "kw", "mw", "gw"})


CURRENCY_AFTER = re.compile(rf"\s*(?:{WORD_CURRENCY})\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'-]*(?:/[A-Za-z][\w'-]*)*|[^\w\s]")  # (a word: "IT/BPM")


# "50,000 more micro, small and medium enterprises": modifiers listed before the counted noun.
LISTED_MODIFIERS = re.compile(r"\s+((?:more\s+)?(?:[a-z][\w-]*,\s+)+[a-z][\w-]*,?\s+(?:and|or)\s+)(?=[a-z])")


# ("935,000 — the number of people working in tech jobs": the same after a dash, on the number's line)
NUMBER_OF_NEXT_LINE = re.compile(
    r"(?:[ \t]*\n\s*|\s*[—–]\s*)(?:the\s+)?(?:total\s+)?number\s+of\s+", re.IGNORECASE
)


PART_OF_GROUP = re.compile(r"\s+of\s+(?:our|its)\s+(?=[a-z])")


def _count_noun(text: str, end: int) -> str | None:
    """The things a bare number counts ("4,000 cross-border e-commerce companies"), if it counts any.

    The head noun must be plural: "618 shopping festival" and "the 12345 hotline" count nothing.
    """
    words: list[str] = []
    if explained := NUMBER_OF_NEXT_LINE.match(text, end):
        end = explained.end()  # "2,100-plus" over "The number of software firms now operating": firms
    if "," in text[end : end + 30] and (listed := LISTED_MODIFIERS.match(text, end)):
        words, end = [listed.group(1).strip()], listed.end()
    elif part := PART_OF_GROUP.match(text, end):
        end = part.end()  # "58,000 of our active sellers": that many of the sellers
    for match in _WORD.finditer(text, end, end + 80):
        word = match.group(0)
        if word in ("and", "or") and words and len(words) < 5:
            # modifiers joined: "62,000 small and medium enterprises", "412,000 counterfeit or unsafe items"
            words.append(word)
            continue
        if not word[0].isalpha() or word.lower() in _NP_STOP or len(words) == 6:
            return None
        words.append(word)
        head = word.lower()
        # "60 million Vietnamese": a people whose name has no plural ending (not "Japanese yen")
        people = word.istitle() and head.endswith("ese") and not CURRENCY_AFTER.match(text, match.end())
        if (
            (head.endswith("s") and not head.endswith("ss"))
            or head in IRREGULAR_PLURALS
            or head in COUNTING_UNITS
            or people
        ):
            counted = head not in NOT_COUNTED and head.rstrip("s") not in NOT_COUNTED
            return " ".join(words) if counted else None
    return None


def _unit(match: re.Match[str]) -> str | None:
    if match.group("points") or match.group("basis") or match.group("bare_points"):
        return "percentage_point"
    if match.group("percent"):
        return "percent"
    if match.group("times"):
        return "times"
    if match.group("prefix"):
        return CURRENCY_PREFIXES[match.group("prefix").lower()]
    if match.group("currency"):
        return CURRENCY_WORDS[" ".join(match.group("currency").lower().split())]
    if match.group("euro_after"):
        return "EUR"
    if match.group("cents"):
        return CENTS
    return None


def _compound_is_valid(match: re.Match[str]) -> bool:
    """ "4 trillion and 800 billion" adds up; "2,200.6 billion and 4 trillion" is two amounts."""
    if not match.group("number2"):
        return True
    if _count_noun(match.string, match.end()):
        return False  # "US$59 billion and 2.5 million jobs": the second amount counts things of its own
    return bool(match.group("scale")) and _scale(match.group("scale2")) < _scale(match.group("scale"))


# "The index edged up to 0.19 from 0.17", "the highest score, at 0.49": the value an index reads.
INDEX_WORD = re.compile(r"\b(?:index|indices|score|scores|reading|rating)\b", re.IGNORECASE)
INDEX_LEVEL = re.compile(r"\b(?:to|from|at|of|averaged|was|reached|and)\s+$", re.IGNORECASE)
# "expects the index to climb above 150", "expects the CBCI to exceed 160": where an index (by its name in a
# report on it) is to stand, a whole number as much as a decimal.
INDEX_GOAL_BEFORE = re.compile(
    r"\b(?P<name>index|(?-i:[A-Z]{2,8}))\s+to\s+(?:rise|climb|fall|reach|exceed|top|stay|remain|hold|ease|settle|"
    r"edge\s+up)\w*\s+"
    # ("to stay between 52 and 55": both ends of a range; "to ease to around 108", "to rise to between 120")
    r"(?:(?:to\s+)?(?:above|below|over|under|to|at|around|about|near|between)\s+"
    r"|(?:to\s+)?between\s+\d+(?:\.\d+)?\s+and\s+)?$"
    # ("expect seasonal sales to lift the regional index above 160": what is to move the index, then where to)
    r"|\b(?:lift|push|take|bring|drive|raise)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<moved>index)\s+"
    r"(?:to\s+)?(?:above|over|past|beyond|to|below)\s+$",
    re.IGNORECASE,
)
# "The reading was 6.8 points higher than": how far an index moved, not where it stands.
POINTS_MOVED_AFTER = re.compile(r"\s+(?:higher|lower|above|below|up|down|more|less)\b", re.IGNORECASE)
# "rose to 53.8 from 52.2, a gain of 1.6 points": the move named before it (not "a reading of 118.4 points")
POINTS_MOVED_BEFORE = re.compile(
    r"\b(?:gain|rise|increase|fall|drop|decline|jump|climb|improvement|loss)\s+of\s+$", re.IGNORECASE
)


# "E-COMMERCE LOGISTICS ACTIVITY INDEX — INDONESIA", "Manufacturing PMI | June 2025": a report on an index.
INDEX_REPORT = re.compile(r"\b(?:index|[IÍ]ndice|PMI)\b", re.IGNORECASE)
# "SAUDI E-COMMERCE ACTIVITY INDEX (SECAI)": the index's abbreviation, which the text goes on to use for it
# ("Índice de Logística del Comercio Electrónico (ILCET)": the noun first, in Spanish or French).
INDEX_ABBREVIATION = re.compile(r"\b(?i:index\s*|[IÍ]ndice\s[^()\n]{0,80})\(([A-Z]{2,8})\)")


def index_names(text: str) -> tuple[str, ...]:
    """The abbreviations a report on an index (one its first lines name) calls the index by, after "index":
    its bare decimals are the index's readings. Empty for any other text."""
    if INDEX_REPORT.search(text, 0, HEADER_REACH) is None:
        return ()
    return ("index", *dict.fromkeys(INDEX_ABBREVIATION.findall(text)))


# "(Q4 2019 = 100)", "(2015=100)": the base an index counts from.
INDEX_BASE_AFTER = re.compile(r"\s*\([^()=]{0,20}=\s*100\s*\)")
INDEX_LABEL_BEFORE = re.compile(r"\bindex\s*:\s*$", re.IGNORECASE)


def _points_reading(text: str, start: int, end: int) -> bool:
    """Whether "N points" is where an index stands ("Index: 118.4 points (Q4 2019 = 100)", "rose to 118.4
    points"), not how far it moved ("rose 1.4 points")."""
    if POINTS_MOVED_AFTER.match(text, end) or POINTS_MOVED_BEFORE.search(text, max(0, start - 20), start):
        return False
    return (
        INDEX_BASE_AFTER.match(text, end) is not None
        or INDEX_LEVEL.search(text, max(0, start - 12), start) is not None
        or INDEX_LABEL_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _index_value(text: str, start: int, end: int, index_report: tuple[str, ...]) -> bool:
    """Whether a bare decimal is the value of an index or score named shortly before it; in a report on an
    index, of the index by its abbreviation ("The headline SECAI rose to 54.8"), or a place's reading
    ("East Java came in at 53.1")."""
    if text.startswith("-", end) or INDEX_LEVEL.search(text, max(0, start - 12), start) is None:
        return False
    if INDEX_WORD.search(text, max(0, start - 120), start) is not None:
        return True
    # (in a report on an index, the index named anywhere before in its sentence: "The JCEL Index, a diffusion
    # index built from a monthly survey of ... from Japan, rose to 52.4")
    before = text[:start]
    return bool(index_report) and (
        "index" in before.lower() or any(name in before for name in index_report) or names_place_first(text)
    )


def _index_goal(text: str, start: int, index_report: tuple[str, ...]) -> bool:
    """Whether a number is where the index, by that word or by its name in a report on it, is expected to
    stand ("expects the CBCI to exceed 160"); a whole number, which ``_index_value`` leaves to the counts."""
    goal = INDEX_GOAL_BEFORE.search(text, max(0, start - 40), start)
    name: str = (goal.group("name") or goal.group("moved")) if goal else ""
    return bool(name) and (name.lower() == "index" or name in index_report)


# "18,400 sellers, of which 3,100", "89 data centres in operation, a further 14 under construction and 33
# with planning permission": more of the things the count before counts.
# ("38 on-site inspections, including 9 in Osaka Prefecture and 5 in Fukuoka Prefecture": a part of the count
# before, and the next part, by place)
CONTINUED_COUNT_BEFORE = re.compile(
    OF_WHICH.pattern + r"|\b(?:a\s+further|another)\s+$|,\s+including\s+$", re.IGNORECASE
)
LIST_JOIN_BEFORE = re.compile(r"(?:,|\band)\s+$")
# "with 612,000 active sellers, followed by East Java (455,000) and Central Java (389,000)": the same count
# for each name, in brackets after it
NAMED_BRACKET_BEFORE = re.compile(r"(?:\bby|,|\band)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+\($")
STATE_AFTER = re.compile(r"\s+(?:(?:with|under|awaiting|pending)\s|in\s+(?=[A-Z]))")
# "It granted 1,571 authorisations and refused 94, chiefly because ...": a second verb whose object is more
# of the things the count before it counts, left unsaid.
VERB_JOIN_BEFORE = re.compile(r"\b(?:and|but)\s+[a-z]+ed\s+$")
CLAUSE_END_AFTER = re.compile(r"\s*(?:[,;.)]|$)")
# "train 25,000 developers by 2030 ..., which has certified 6,400 so far", "800,000 have already enrolled":
# how many of the things counted before there are to date
SO_FAR_AFTER = re.compile(
    r"\s+(?:(?:have|has)\s+(?:already\s+|so\s+far\s+)?[a-z]+ed\b|so\s+far\b|to\s+date\b)"
)


def _continues_count(text: str, start: int, end: int) -> bool:
    """Whether a bare number goes on counting what the count before it counts ("54 data centres ... and 31
    more", and the examples above)."""
    return bool(
        ADDITIONAL_AFTER.match(text, end)
        or SO_FAR_AFTER.match(text, end)
        or CONTINUED_COUNT_BEFORE.search(text, max(0, start - 14), start)
        or (LIST_JOIN_BEFORE.search(text, max(0, start - 5), start) and STATE_AFTER.match(text, end))
        or (VERB_JOIN_BEFORE.search(text, max(0, start - 24), start) and CLAUSE_END_AFTER.match(text, end))
        or (NAMED_BRACKET_BEFORE.search(text, max(0, start - 40), start) and text.startswith(")", end))
    )


def _set_against_count(text: str, start: int, end: int, found: list[Quantity]) -> bool:
    """Whether a bare number is compared with a count earlier in its sentence ("41 operators,
    compared with 27 a year before"; "rose to 5,800, about 740 more than a year earlier")."""
    # ("612 brands crossed the 100-million-yuan mark, compared with 537 last year": past an amount used as
    # an adjective, to the count before it)
    last = next((q for q in reversed(found) if not ADJECTIVE_AMOUNT.fullmatch(text, q.start, q.end)), None)
    if last is None or last.unit not in ("count", None):
        return False
    between = text[last.end : start]
    if len(between) > 120 or ". " in between or "\n\n" in between:
        return False
    counted = last.unit == "count"
    return bool(
        COMPARED_BEFORE.search(text, max(0, start - 30), start)
        or MORE_AFTER.match(text, end)
        or (counted and _continues_count(text, start, end))
        or (counted and RANKED_WITH.search(text, max(0, start - 60), start))
        # "Registered enterprises: 4,862 (+612 during the year)", "2,460 (2024: 1,980)": beside the count, a
        # change signed or another year's count in brackets
        or (
            counted
            and (beside := BRACKET_BESIDE.fullmatch(between)) is not None
            and (text[start] in "+-−" or beside.group("year") is not None)
        )
    )


ADJECTIVE_AMOUNT = re.compile(r"\d[\d.,]*-[a-z]+-[a-z]+")  # "100-million-yuan"
BRACKET_BESIDE = re.compile(r"(?:\s[a-z]+)?\s?\(\s*(?P<year>(?:19|20)\d\d\s*:\s*)?")


# "Riyadh led with 17,204 registrations, followed by Makkah region with 10,115 and the Eastern Province with
# 5,932": the next in rank, with a bare number of the same things.
RANKED_WITH = re.compile(
    r"(?:followed\s+by|then|,|and)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3}\s+with\s+"
    r"(?:about\s+|some\s+|nearly\s+|around\s+)?$"
)


# "the share rose 1.2 points to 45%": bare points are percentage points where a percentage is spoken of.
# "each 0.1-point rise in a country's score": a step of a model, no move that happened
EACH_BEFORE = re.compile(r"\b(?:each|every|per)\s+$", re.IGNORECASE)
POINTS_CONTEXT = re.compile(r"%|\bper\s*cent|\bpercent|\bpct\b|\bshare\b|\brate\b|\bmargin\b", re.IGNORECASE)
# "3-4%", "2.5–3 per cent", "4%-6%": a range of percentages, each end a quantity.
PERCENT_RANGE = re.compile(
    rf"(?<![\w.,-])(?P<low>\d+(?:\.\d+)?)(?:%?\s?[-–]\s?|\s+(?P<word>and|to)\s+)(?P<high>\d+(?:\.\d+)?)\s?"
    rf"{PERCENT_WORDS}(?:\b|(?<=%))",
    re.IGNORECASE,
)
# The verbs of growth a range written with "to" may follow at once ("to grow 8 to 10%").
RANGE_VERBS = ("grow", "rise", "increase", "expand")
# "between 4 and 4.5 per cent", "from $5 to $6 billion": a range written with words, its unit written once.
# ("grow by 6.5 to 7.5 per cent", "growth of 2 to 3 per cent" too: a change given as a range)
RANGE_WORD_BEFORE = {
    "and": re.compile(r"\bbetween\s+$", re.I),
    # ("to grow 8 to 10% this year")
    "to": re.compile(r"\b(?:from|by|of|" + "|".join(f"{verb}s?" for verb in RANGE_VERBS) + r")\s+$", re.I),
}


def _worded_range(text: str, match: re.Match[str]) -> bool:
    """Whether a range joined by a word is one: "between 4 and 4.5", "from 4 to 5", its low end no year."""
    word = match.group("word").lower()
    return RANGE_WORD_BEFORE[word].search(
        text, max(0, match.start() - 10), match.start()
    ) is not None and not (_YEAR_NUMBER.fullmatch(match.group("low")))


def _percent_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """The ends of each range of percentages, where no quantity was read."""
    ends = []
    for match in PERCENT_RANGE.finditer(text):
        if match.group("word") and not _worded_range(text, match):
            continue
        approx = bool(APPROX_BEFORE.search(text[max(0, match.start() - 25) : match.start()]))
        for start, end, group in (
            (match.start(), match.end("low"), "low"),
            (match.start("high"), match.end(), "high"),
        ):
            if not any(q.start < end and start < q.end for q in found):
                ends.append(
                    Quantity(start, end, float(match.group(group)), "percent", approx, None, "digits")
                )
    return sorted(found + ends, key=lambda q: q.start) if ends else found


# "$600-700 bln", "1.2-1.5 trillion yuan": a range of amounts whose scale and currency are written once.
DIGIT_DASH_DIGIT = re.compile(r"\d\s?[-–]\s?\d")
AMOUNT_RANGE = re.compile(
    rf"(?<![\w.,])(?:(?P<prefix>{CURRENCY_PREFIX})\s?)?(?P<low>{NUMBER})"
    rf"(?:\s?[-–]\s?|\s+(?P<word>and|to)\s+(?:{CURRENCY_PREFIX})?\s?)(?P<high>{NUMBER})\s*"
    rf"(?P<scale>{SCALE_WORD})\b(?:\s+(?P<currency>{WORD_CURRENCY})\b)?",
    re.IGNORECASE,
)


# "440,000-460,000 TEU", "2,000-2,500 new jobs": a range of counts, its counted noun written once.
COUNT_RANGE = re.compile(
    r"(?<![\w.,$€£¥₹-])(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s?[-–]\s?(?P<high>\d{1,3}(?:,\d{3})+|\d+)"
    # (not "3-4 million units": counts in millions are left to their noun)
    rf"(?=\s)(?!\s+(?:{SCALE_WORD})\b)",
    re.IGNORECASE,
)


def _count_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Both ends of each range of counts whose noun follows it, where nothing else was read of them."""
    ends: list[Quantity] = []
    for match in COUNT_RANGE.finditer(text):
        low, high = match.group("low"), match.group("high")
        if _YEAR_NUMBER.fullmatch(low) or any(q.start < match.end() and match.start() < q.end for q in found):
            continue  # "2021-2025", or a range read already ("$600-700 bln")
        if (counted := _count_noun(text, match.end())) is None:
            continue
        approx = bool(APPROX_BEFORE.search(text[max(0, match.start() - 25) : match.start()]))
        ends.append(Quantity(match.start(), match.end("low"), _number(low), "count", approx, counted))
        ends.append(Quantity(match.start("high"), match.end(), _number(high), "count", approx, counted))
    return sorted(found + ends, key=lambda q: q.start) if ends else found


THOUSANDS_COMMA = re.compile(r",\d{3}")


def _amount_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Both ends of each range of money written with one scale, in place of what was read of it."""
    ends: list[Quantity] = []
    covered: list[tuple[int, int]] = []
    for match in AMOUNT_RANGE.finditer(text):
        if match.group("word") and not _worded_range(text, match):
            continue
        prefix, currency = match.group("prefix"), match.group("currency")
        # ("70-75 million cross-border parcels": a range of counts in one scale, its noun after it)
        counted = None if prefix or currency else _count_noun(text, match.end())
        if not (prefix or currency or counted):
            continue
        if THOUSANDS_COMMA.search(match.group("low")) and not THOUSANDS_COMMA.search(match.group("high")):
            continue  # "between A$250,000 and A$20 million": the low end written out in full, scaled alone
        unit = (
            "count"
            if counted
            else CURRENCY_PREFIXES[prefix.lower()]
            if prefix
            else CURRENCY_WORDS[" ".join(currency.lower().split())]
        )
        scale = _scale(match.group("scale"))
        approx = bool(APPROX_BEFORE.search(text[max(0, match.start() - 25) : match.start()]))
        low, high = _number(match.group("low")) * scale, _number(match.group("high")) * scale
        ends.append(Quantity(match.start(), match.end("low"), low, unit, approx, counted))
        ends.append(Quantity(match.start("high"), match.end(), high, unit, approx, counted))
        covered.append((match.start(), match.end()))
    if not ends:
        return found
    kept = [q for q in found if not any(start < q.end and q.start < end for start, end in covered)]
    return sorted(kept + ends, key=lambda q: q.start)


# "two million parcels", "five billion dollars", "half a million users": a number in words before a scale.
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TENS = "(?:" + "|".join(TENS) + ")"
SPELLED_SCALED = re.compile(
    # (the look-ahead: the first letters of the number words, so most positions are passed over at once)
    # ("one point nine billion dollars": a decimal read out, as transcripts write it)
    # ("seventy-three point six billion patacas": tens and units joined by a hyphen)
    rf"(?=[otfsenhOTFSENH])\b(?:(?:(?P<tens>{_TENS})(?:-(?=[a-z]))?)?(?P<n>{_SPELLED})?(?<=[a-z])"
    rf"(?:\s+point\s+(?P<decimals>{_DIGIT_WORD}(?:\s+{_DIGIT_WORD})*))?"
    rf"|half\s+a)\s+(?P<scale>million|billion|trillion)\b"
    rf"(?:\s+(?P<currency>{WORD_CURRENCY})\b)?",
    re.IGNORECASE,
)


LOWERCASE_SPELLED_SCALED = folding.lowercased(SPELLED_SCALED)


NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _spelled_scaled(text: str, found: list[Quantity]) -> list[Quantity]:
    """Numbers in words before a scale, in money when a currency follows, else counting the noun after.

    (Found in the lowercased text where that finds the same, faster: only spans and lowercased groups
    are read.)"""
    added = []
    low = folding.lowered(text)
    for match in SPELLED_SCALED.finditer(text) if low is None else LOWERCASE_SPELLED_SCALED.finditer(low):
        taken = any(q.start < match.end() and match.start() < q.end for q in found)
        if taken or NAME_AFTER.match(text, match.end()):
            continue  # "the One Million Uzbek Coders programme": a name
        tens, units = match.group("tens"), match.group("n")
        n = (TENS[tens.lower()] if tens else 0) + (SPELLED[units.lower()] if units else 0) or 0.5
        if decimals := match.group("decimals"):
            n += float("0." + "".join(str(DIGIT_WORDS[d]) for d in decimals.lower().split()))
        value = n * SCALES[match.group("scale").lower()]
        currency = match.group("currency")
        unit = CURRENCY_WORDS[" ".join(currency.lower().split())] if currency else None
        counted = None if unit else _count_noun(text, match.end())
        if unit or counted:  # "two million parcels": a plural noun after it says what it counts
            approx = bool(APPROX_BEFORE.search(text[max(0, match.start() - 25) : match.start()]))
            unit = unit or "count"
            added.append(Quantity(match.start(), match.end(), value, unit, approx, counted, "words"))
    return sorted(found + added, key=lambda q: q.start) if added else found


def find_quantities(text: str, index_report: tuple[str, ...] = ()) -> list[Quantity]:
    """Every quantity in ``text``, in order of position (``index_report``: the text is from a report on an
    index, by the names ``index_names`` gives)."""
    norm = normalise(text)
    lowered = folded(norm)
    # (whether WORD_HINT matches depends on the text alone: found once, for the test here and below)
    hinted = _hinted(norm, lowered)
    if not ANY_DIGIT.search(norm) and not hinted and "illion" not in lowered:
        return []
    found: list[Quantity] = []
    position = 0
    # Searching from a few characters before the next digit finds the same match sooner: every
    # quantity holds a digit, and the pattern is slow to reject the prose between numbers.
    while (digit := ANY_DIGIT.search(norm, position)) and (
        match := QUANTITY_RE.search(norm, max(position, digit.start() - DIGIT_REACH))
    ):
        prefix = match.group("prefix")
        if (match.group("scale") or "").lower() == "b" and not (prefix or match.group("currency")):
            position = match.end("number")  # "the 2b form": "b" is a billion only in money ("US$1.2b")
            continue
        if (
            prefix
            and prefix.lower() in SCALED_ONLY_PREFIXES
            and not match.group("scale")
            and not THOUSANDS_GROUPED.search(match.group("number"))
            and not CENTS_WRITTEN.search(match.group("number"))
        ):
            # "R2", "N95": a letter before a number is money only before "billion" or "mn", or before
            # thousands set apart ("CFA 1,150 per order", "K2,500"), or with its cents ("K7.50")
            position = match.end("number")
            continue
        if BUSINESS_MODEL.fullmatch(match.group(0)) and (
            MODEL_NOUN_AFTER.match(norm, match.end())
            or names_business_models(norm)
            # "from individuals to businesses (P2B)": the pair's abbreviation
            or (norm.endswith("(", 0, match.start()) and norm.startswith(")", match.end()))
        ):
            position = match.end()  # "P2P and P2B payments": who pays whom, not 2 billion pesos
            continue
        if not _compound_is_valid(match):
            # Re-read only up to the first amount's scale; the second amount is read next.
            cut = match.end("scale") if match.group("scale") else match.end("number")
            match = QUANTITY_RE.match(norm[:cut], match.start())
            if match is None:
                position = cut
                continue
        position = max(match.end(), position + 1)
        if _is_year(match) or _looks_like_noise(norm, match):
            continue
        if match.group("bare_points") and (
            not (POINTS_CONTEXT.search(norm) or index_report)
            or EACH_BEFORE.search(norm, max(0, match.start() - 8), match.start())
        ):
            # "scored 3 points", "the index rose 12 points": no percentage in sight (in a report on an index,
            # "Export orders rose 1.4 points" moves one of its readings)
            continue
        scale = match.group("scale")
        # ("298.000 millones", "8.500 M€": the dot a Spanish scale or a euro sign after follows sets
        # thousands apart)
        # ("VND 54.870 billion", "34.600 million krónur": in a currency whose home sets thousands apart with
        # dots, three digits after a dot before a scale are thousands, never a decimal to three places)
        # ("4.800 million euros", "€380.000": nobody writes a decimal's trailing zeros before a scale, or
        # cents to three places)
        raw = match.group("number")
        dotted = (
            bool(scale and "millones" in scale)
            or bool(match.group("euro_after"))
            or (bool(scale) and (_unit(match) in DOTTED_CURRENCIES or raw.endswith("00")))
            or (not scale and raw.endswith(".000") and bool(match.group("prefix") or match.group("currency")))
        )
        value = number_value(raw, dotted) * _scale(scale)
        if match.group("yi"):
            value *= 100
        if match.group("currency"):
            value *= SCALED_CURRENCY_WORDS.get(match.group("currency").lower(), 1.0)
        if match.group("basis"):
            value /= 100  # a basis point is a hundredth of a percentage point
        if match.group("sign") in ("-", "−") or match.group("signed"):
            value = -value
        if match.group("number2"):
            value += _number(match.group("number2")) * _scale(match.group("scale2"))
        unit = _unit(match)
        if match.group("cents_of"):
            unit, value = CURRENCY_PREFIXES[match.group("cents_of").lower() + "$"], value / 100
        start = match.start()
        end = start + len(match.group(0).rstrip())
        counted = None
        index = False
        plus = PLUS_AFTER.match(norm, end)  # "300-plus employees": at least 300
        if plus:
            end = plus.end()
        # ("Index: 118.4 points (Q4 2019 = 100)": in a report on an index, its reading, not a move of it)
        reading = bool(match.group("bare_points") and index_report) and _points_reading(norm, start, end)
        if reading:
            unit = None
        if unit is None and not match.group("scale"):
            counted = _count_noun(norm, end)
            decimal = "." in match.group("number")
            index = (
                reading
                or (decimal and _index_value(norm, start, end, index_report))
                or _index_goal(norm, start, index_report)
            )
            if (
                decimal
                and not index
                and ONE_DOTTED_THOUSAND.fullmatch(raw)
                and (
                    counted
                    or (":" in norm and COUNTED_LABEL.search(norm, max(0, start - 110), start))
                    or (
                        found
                        and found[-1].unit == "count"
                        and COUNT_BASE_BEFORE.fullmatch(norm, found[-1].end, start)
                    )
                )
            ):
                # "sent 1.850 parcels", "2.400 bilingual agents", "Webshops selling abroad: 2.340, up from
                # 2.110": a count of things is whole, so its dot sets thousands apart
                value, decimal = number_value(raw, True), False
            if counted is None and not (
                index
                or (
                    THOUSANDS.search(match.group("number"))
                    and COUNT_VERB.search(norm[max(0, start - 32) : start])
                )
                or TOTAL_TO.search(norm, max(0, start - 40), start)
                or COUNTED_SUBJECT.search(norm, max(0, start - 60), start)
                or PUT_AT.search(norm, max(0, start - 90), start)
                or THINGS_NUMBER.search(norm, max(0, start - 40), start)
                or (":" in norm and COUNTED_LABEL.search(norm, max(0, start - 110), start))
                or NUMBER_OF_BEFORE.search(norm, max(0, start - 120), start)
                or SAMPLE_SIZE_BEFORE.search(norm, max(0, start - 8), start)
                or PART_BEFORE.search(norm, max(0, start - 130), start)
                or PART_AFTER.match(norm, end)
                or _set_against_count(norm, start, end, found)
                or (
                    DEADLINE_AFTER.match(norm, end)
                    and GOAL_VALUE_BEFORE.search(norm[max(0, start - 30) : start])
                )
                or (
                    YEAR_AFTER.match(norm, end)
                    and FORECAST_VALUE_BEFORE.search(norm, max(0, start - 40), start) is not None
                )
            ):
                continue  # a bare small number with nothing to say what it measures
            if (decimal and not index) or SIZE_BAR.search(norm, max(0, start - 60), start):
                continue  # "11.11 and 12.12 sales", "a company with 20 employees": no count of things
            unit = "count"
            if counted is None and found and found[-1].counted and _continues_count(norm, start, end):
                counted = found[-1].counted
        elif unit is None:
            counted = _count_noun(norm, end)
            # "1.2 billion parcels", "Parcels reached 286 million", a count's base ("1.36 billion, up from
            # just over 1 billion"); else a bare amount
            unit = (
                "count"
                if counted
                or COUNTED_SUBJECT.search(norm, max(0, start - 60), start)
                or THINGS_NUMBER.search(norm, max(0, start - 40), start)
                or (
                    found
                    and found[-1].unit == "count"
                    and COUNT_BASE_BEFORE.fullmatch(norm, found[-1].end, start)
                )
                else None
            )
        approx = (
            bool(APPROX_BEFORE.search(norm[max(0, start - 25) : start]))
            and not ("xceed" in norm and THRESHOLD_EXCEED.search(norm, max(0, start - 110), start))
        ) or bool(plus)
        form = "signed" if match.group("sign") else "index" if index else "digits"
        found.append(Quantity(start, end, value, unit, approx, counted, form))
        tail = RANGE_TAIL.match(norm, end)
        if tail and match.group("scale") and _scale(tail.group("scale")) == _scale(match.group("scale")):
            # "US$280bn-300bn": the range's upper end, in the same unit
            upper = _number(tail.group("number")) * _scale(tail.group("scale"))
            found.append(Quantity(tail.start("number"), tail.end(), upper, unit, approx, counted, form))
            position = max(position, tail.end())
    worded = (
        "between" in lowered
        or "from" in lowered
        or "by " in lowered
        or (" to " in lowered and ("of " in lowered or any(verb in lowered for verb in RANGE_VERBS)))
    )
    if ("-" in norm or "–" in norm or worded) and ("%" in norm or "cent" in lowered or "pc" in lowered):
        found = _percent_ranges(norm, found)  # (every range of percentages holds one of those)
    if (("-" in norm or "–" in norm) and DIGIT_DASH_DIGIT.search(norm)) or worded:
        found = _amount_ranges(norm, found)
        found = _count_ranges(norm, found)
    if "illion" in lowered:
        found = _spelled_scaled(norm, found)
    if not hinted:
        return sorted(found, key=lambda q: q.start)
    for stem, words, kinds in _WORD_QUANTITY_GROUPS:
        if stem not in lowered or not any(word in lowered for word in words):
            continue
        for pattern, value, unit in kinds:
            for match in pattern.finditer(norm):
                if any(
                    q.start <= match.start() < q.end
                    # ("4 in 10 sellers": the ratio's digits, read as a number of their own)
                    and not ("d" in pattern.groupindex and q.end <= match.end("n"))
                    for q in found
                ):
                    continue
                approx = bool(APPROX_BEFORE.search(norm[max(0, match.start() - 25) : match.start()])) or bool(
                    HEDGE_START.match(match.group(0))
                )
                amount = value or _spelled_value(match, unit)
                if amount:
                    # ("1 in 4 sells": the ratio's digits are no count of their own)
                    found = [q for q in found if not match.start() <= q.start < match.end()]
                    found.append(Quantity(match.start(), match.end(), amount, unit, approx, form="words"))
    return sorted(found, key=lambda q: q.start)


def _word_quantity_groups() -> tuple[
    tuple[str, tuple[str, ...], tuple[tuple[re.Pattern[str], float, str], ...]], ...
]:
    """WORD_QUANTITIES in order, the runs of those with the same words together (their words are looked for
    once), each with a stem every one of several words holds ("fifth" in "a fifth", "one-fifth"): one look
    spares the rest in most sentences."""
    groups: list[tuple[str, tuple[str, ...], list[tuple[re.Pattern[str], float, str]]]] = []
    for words, pattern, value, unit in WORD_QUANTITIES:
        if not groups or groups[-1][1] != words:
            last = re.split(r"[\s-]", words[0].strip())[-1]
            stem = (
                last if len(words) > 1 and all(last in word for word in words) else ""
            )  # ("" is in any text)
            groups.append((stem, words, []))
        groups[-1][2].append((pattern, value, unit))
    return tuple((stem, words, tuple(kinds)) for stem, words, kinds in groups)


_WORD_QUANTITY_GROUPS = _word_quantity_groups()


HEDGE_START = re.compile(rf"{_HEDGE}\s", re.IGNORECASE)


def _spelled_value(match: re.Match[str], unit: str) -> float:
    """ "three times" -> 3; "two of which" -> 2; "nine out of ten" -> 90 (percent); 0 for "five in four"."""
    n = SPELLED[match.group("n").lower()]
    if unit == "times" and match.group("half"):
        return n + 0.5
    if unit in ("times", "count"):
        return float(n)
    d = SPELLED[match.group("d").lower()]
    return 100 * n / d if n < d else 0.0


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def stated_precision(quote: str, value: float) -> float:
    """How precisely ``value`` was stated, in its own units: half a unit of the last digit written.

    "2.9 trillion" -> 0.05e12, "RMB 2,200.6 billion" -> 0.05e9, "6.5 percent" -> 0.05; a
    number in words ("a fifth", "doubled") is taken to the nearest 5 %.
    """
    match = _WRITTEN_NUMBER.search(normalise(quote))
    if match is None:
        return abs(value) * 0.05
    written = _number(match.group(0))
    scale = abs(value) / written if written else 1.0
    decimals = len(match.group(1) or "")
    return 0.5 * 10.0**-decimals * scale


_BASIS = re.compile(
    rf"\bin\s+(?:the\s+)?(?:(US|U\.S\.)\s+)?({WORD_CURRENCY}|[A-Z]{{3}})(?:[\s-]+denominated)?\s+terms\b",
    re.IGNORECASE,
)


def stated_basis(sentence: str) -> str | None:
    """The currency a rate was computed in, when the sentence says so: "in US dollar terms" -> USD."""
    match = _BASIS.search(sentence)
    if match is None:
        return None
    if match.group(1):
        return "USD"
    word = " ".join(match.group(2).lower().split())
    return CURRENCY_WORDS.get(word) or CURRENCY_PREFIXES.get(word)
