"""Synthetic news sites for benchmarks: deterministic pages that vary the way real outlets do.

The ingestion and re-parse benchmarks need thousands of article pages on 127.0.0.1. Pages that share
one template and one sentence shape measure the fetcher and the warehouse but hardly the parser, the
relevance filter, figure extraction or copy detection, which is where production spends its time and
makes its mistakes. Here every page takes one of six layouts (news site, portal, wire service, ministry
release, blog with JSON-LD, magazine), each with its own chrome and its own way of giving the date;
stories run from about 150 to 2,500 words and state figures in the many ways the press writes them.
About three pages in four are digital-trade stories, one in five is an off-topic page full of numbers
(sport, weather, notices) and one in twenty is a syndicated copy of an earlier story under another
outlet's chrome and headline. A few pages are hard but valid: full-width digits and Chinese punctuation,
a truncated last paragraph, GBK or ISO-8859-1 bytes.

Page ``n`` is the same bytes on every run, and ``plan(n)`` says what it is (kind, layout, outlet, place,
date, charset, quirks, the story it copies), so a benchmark can score the pipeline against it::

    from benchmarks.synthetic import PER_FEED, plan, start_site

    site = start_site(10_000)
    feeds = [f"{site.base}/feed/{i}" for i in range(-(-site.total // PER_FEED))]
    ...
    site.shutdown()

``article(n)`` and ``feed(base, index, total)`` give the bytes without a server.
"""

from __future__ import annotations

import html
import json
import random
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import urlsplit

PER_FEED = 100

# Shares of page kinds; a copy needs an earlier story, so the first pages are never copies.
COPY_SHARE = 0.05
DISTRACTOR_SHARE = 0.20
FIRST_POSSIBLE_COPY = 10
COPY_LOOKBACK = 400  # a copy repeats a story at most this many pages earlier

# Quirks of hard-but-valid pages, each a few percent of all pages.
FULL_WIDTH_SHARE = 0.06  # of pages from Chinese and ASEAN outlets
TRUNCATED_SHARE = 0.03
GBK_SHARE = 0.12  # of Chinese portal and ministry pages
LATIN1_SHARE = 0.15  # of European outlets' pages

EARLIEST = datetime(2023, 1, 2, tzinfo=UTC)
LATEST = datetime(2026, 11, 20, tzinfo=UTC)
MEDIAN_WORDS, MIN_WORDS, MAX_WORDS = 520, 150, 2500
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 3, 40

# Units of a currency per US dollar; rough 2023-2026 averages.
USD_RATES = {"USD": 1.0, "CNY": 7.16, "EUR": 0.92, "INR": 83.5, "MYR": 4.6, "SGD": 1.34, "THB": 35.4,
             "IDR": 15_800.0}  # fmt: skip
CURRENCY_STYLES = {
    "CNY": ("{a} yuan", "{a} yuan", "{a} yuan", "RMB {a}", "RMB{a}", "CNY{a}", "{a} renminbi"),
    "USD": ("${a}", "${a}", "US${a}", "USD{a}", "USD {a}", "{a} US dollars"),
    "EUR": ("€{a}", "€{a}", "EUR {a}", "{a} euros"),
    "INR": ("Rs {a}", "₹{a}", "{a} rupees", "Rs. {a}"),
    "MYR": ("RM{a}", "RM {a}", "{a} ringgit", "MYR {a}"),
    "SGD": ("S${a}", "{a} Singapore dollars"),
    "THB": ("{a} baht", "THB {a}"),
    "IDR": ("Rp {a}", "{a} rupiah", "IDR {a}"),
}


# ---------------------------------------------------------------------------------------------
# Outlets, places and metrics
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Outlet:
    """A publisher: the layouts it uses, its house style for numbers and where its stories are set."""

    name: str
    host: str
    layouts: tuple[str, ...]
    region: str
    utc_offset: float
    percent: str
    short_scale: bool
    sections: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """Where a story is set: its size next to China's, the currency of its figures, its dateline city."""

    name: str
    long: str
    region: str
    scale: float
    currency: str
    city: str
    kind: str

    @property
    def possessive(self) -> str:
        if self.kind == "world":
            return "global"
        return f"{self.name}'" if self.name.endswith("s") else f"{self.name}'s"


@dataclass(frozen=True, slots=True)
class Metric:
    """A series the press reports: China's annual value in dollars, plausible growth, its flows."""

    names: tuple[str, ...]
    usd: float
    growth: tuple[float, float]
    exports: str = ""
    imports: str = ""


NEWS_SECTIONS = ("China", "World", "Business", "Economy", "Tech", "Sports", "Culture", "Opinion")
OUTLETS = (
    Outlet("Eastern Business Herald", "ebherald.example", ("newsroom", "magazine"), "cn", 8, "percent", False,
           ("China", "Business", "Digital Economy", "Markets", "Sports", "Life")),
    Outlet("Harbour Daily", "harbourdaily.example", ("newsroom",), "cn", 8, "percent", False, NEWS_SECTIONS),
    Outlet("Zhongyuan Net", "zynet.example", ("portal",), "cn", 8, "percent", False,
           ("News", "Economy", "Trade", "Society", "Sports", "Photos")),
    Outlet("Lingnan Online", "lingnan.example", ("portal", "newsroom"), "cn", 8, "%", False,
           ("Local", "Business", "Greater Bay Area", "Sports", "Weather")),
    Outlet("Provincial Department of Commerce", "commerce.gov.example", ("ministry",), "cn", 8, "percent",
           False, ("News Releases", "Statistics", "Policies", "Services")),
    Outlet("Asia Trade Wire", "atwire.example", ("wire",), "asean", 8, "percent", False,
           ("Top News", "ASEAN", "China", "Markets", "Sports")),
    Outlet("Pan-Pacific Press Agency", "pppa.example", ("wire",), "world", 0, "percent", False,
           ("World", "Economy", "Asia-Pacific", "Sports")),
    Outlet("Ministry of Trade and Industry", "mti.gov.example", ("ministry",), "asean", 8, "per cent", False,
           ("Media Centre", "Statistics", "Publications")),
    Outlet("Straits Ledger", "straitsledger.example", ("newsroom", "blog"), "asean", 8, "per cent", False,
           ("Singapore", "Asia", "Business", "Tech", "Sport")),
    Outlet("Digital Silk Road Review", "dsrreview.example", ("blog",), "world", 0, "%", True,
           ("Analysis", "Data", "Podcasts", "Events")),
    Outlet("Euro Commerce Monitor", "ecmonitor.example", ("newsroom", "magazine"), "eu", 1, "per cent", True,
           ("EU Affairs", "Digital", "Trade", "Markets", "Sport")),
    Outlet("Deccan Trade Journal", "deccantrade.example", ("newsroom", "portal"), "in", 5.5, "per cent",
           False, ("India", "Economy", "IT", "Cricket", "States")),
    Outlet("Pacific Ledger", "pacledger.example", ("magazine", "newsroom"), "us", -5, "percent", False,
           ("Politics", "Economy", "Tech", "Sports", "Weather")),
    Outlet("Market Pulse", "marketpulse.example", ("blog",), "us", -5, "%", True,
           ("Newsletter", "Charts", "Deep Dives")),
)  # fmt: skip
PLACES = (
    Place("China", "China", "cn", 1.0, "CNY", "BEIJING", "country"),
    Place("Zhejiang", "Zhejiang province", "cn", 0.12, "CNY", "HANGZHOU", "province"),
    Place("Guangdong", "Guangdong province", "cn", 0.2, "CNY", "GUANGZHOU", "province"),
    Place("Jiangsu", "Jiangsu province", "cn", 0.1, "CNY", "NANJING", "province"),
    Place("Fujian", "Fujian province", "cn", 0.05, "CNY", "FUZHOU", "province"),
    Place("Shandong", "Shandong province", "cn", 0.06, "CNY", "JINAN", "province"),
    Place("Hainan", "Hainan province", "cn", 0.012, "CNY", "HAIKOU", "province"),
    Place("Sichuan", "Sichuan province", "cn", 0.03, "CNY", "CHENGDU", "province"),
    Place("Henan", "Henan province", "cn", 0.03, "CNY", "ZHENGZHOU", "province"),
    Place("Guangxi", "Guangxi Zhuang autonomous region", "cn", 0.02, "CNY", "NANNING", "province"),
    Place("Shanghai", "Shanghai", "cn", 0.08, "CNY", "SHANGHAI", "city"),
    Place("Shenzhen", "Shenzhen", "cn", 0.09, "CNY", "SHENZHEN", "city"),
    Place("Hangzhou", "Hangzhou", "cn", 0.05, "CNY", "HANGZHOU", "city"),
    Place("Yiwu", "Yiwu", "cn", 0.015, "CNY", "YIWU", "city"),
    Place("Chongqing", "Chongqing", "cn", 0.03, "CNY", "CHONGQING", "city"),
    Place("Xiamen", "Xiamen", "cn", 0.02, "CNY", "XIAMEN", "city"),
    Place("ASEAN", "the ASEAN region", "asean", 0.35, "USD", "JAKARTA", "bloc"),
    Place("Malaysia", "Malaysia", "asean", 0.05, "MYR", "KUALA LUMPUR", "country"),
    Place("Vietnam", "Vietnam", "asean", 0.05, "USD", "HANOI", "country"),
    Place("Indonesia", "Indonesia", "asean", 0.08, "IDR", "JAKARTA", "country"),
    Place("Thailand", "Thailand", "asean", 0.05, "THB", "BANGKOK", "country"),
    Place("Singapore", "Singapore", "asean", 0.07, "SGD", "SINGAPORE", "country"),
    Place("the Philippines", "the Philippines", "asean", 0.04, "USD", "MANILA", "country"),
    Place("the EU", "the European Union", "eu", 1.3, "EUR", "BRUSSELS", "bloc"),
    Place("Germany", "Germany", "eu", 0.35, "EUR", "BERLIN", "country"),
    Place("France", "France", "eu", 0.25, "EUR", "PARIS", "country"),
    Place("Ireland", "Ireland", "eu", 0.2, "EUR", "DUBLIN", "country"),
    Place("the Netherlands", "the Netherlands", "eu", 0.15, "EUR", "AMSTERDAM", "country"),
    Place("the US", "the United States", "us", 1.2, "USD", "WASHINGTON", "country"),
    Place("California", "California", "us", 0.2, "USD", "SAN FRANCISCO", "province"),
    Place("India", "India", "in", 0.3, "INR", "NEW DELHI", "country"),
    Place("Karnataka", "Karnataka", "in", 0.08, "INR", "BENGALURU", "province"),
    Place("Maharashtra", "Maharashtra", "in", 0.07, "INR", "MUMBAI", "province"),
    Place("the world", "the world", "world", 6.0, "USD", "GENEVA", "world"),
)
METRICS = (
    Metric(("digitally delivered services trade", "trade in digitally delivered services",
            "digital services trade", "digitally deliverable services trade"), 4.0e11, (1.5, 12.0),
           "digitally delivered services exports", "digitally delivered services imports"),
    Metric(("cross-border e-commerce trade", "cross-border e-commerce",
            "cross-border e-commerce imports and exports"), 3.4e11, (4.0, 20.0),
           "cross-border e-commerce exports", "cross-border e-commerce imports"),
    Metric(("online retail sales", "online retail sales of physical goods", "online sales"), 2.1e12,
           (3.0, 14.0)),
    Metric(("services trade", "trade in services", "total services trade"), 1.05e12, (2.0, 15.0),
           "services exports", "services imports"),
    Metric(("goods trade", "foreign trade", "trade in goods"), 6.0e12, (-4.0, 8.0), "goods exports",
           "goods imports"),
    Metric(("digital economy", "value added of the digital economy", "digital economy output"), 7.5e12,
           (5.0, 12.0)),
    Metric(("digital trade", "overall digital trade"), 5.2e11, (4.0, 15.0)),
    Metric(("ICT services exports", "computer and information services exports", "software services exports"),
           1.0e11, (5.0, 25.0)),
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Word pools: many small choices, so that two stories share few word 3-grams, as two real ones do
# ---------------------------------------------------------------------------------------------
NAMES_BY_REGION = {
    "cn": ("Zhang Wei", "Li Na", "Wang Fang", "Liu Yang", "Chen Jing", "Huang Lei", "Zhao Min", "Xu Ming",
           "Sun Li", "Zhou Tao", "Ma Xiaoling", "Guo Qiang", "Lin Yuhan", "He Jun", "Luo Ping"),
    "asean": ("Nguyễn Thị Hương", "Siti Aminah Yusof", "Somchai Prasert", "Ahmad Faizal Rahman",
              "Trần Văn Minh", "Maria Santos", "Tan Wei Ling", "Dewi Lestari", "Lim Boon Heng"),
    "eu": ("José Álvarez", "Françoise Müller", "Søren Østergaard", "Zoë Lefèvre", "Łukasz Wiśniewski",
           "Ingrid Åberg", "Matteo Rossi", "Aoife Ní Bhriain", "Jürgen Köhler", "Inès Dubois"),
    "us": ("Sarah Collins", "David Okafor", "Emily Tran", "Marcus Reed", "Rachel Goldberg", "Luis Herrera"),
    "in": ("Priya Raghavan", "Arjun Mehta", "Kavita Iyer", "Rohan Deshpande", "Sunita Rao", "Vikram Nair"),
    "world": ("Amina Diallo", "Hiroshi Tanaka", "Olga Petrova", "Carlos Mendes", "Grace Mwangi",
              "Henrik Lund", "Ayşe Demir"),
}  # fmt: skip
ROLES = (
    "an official with the {body}", "deputy director of the {body}", "a spokesperson for the {body}",
    "a senior researcher at the {think_tank}", "chief economist at {bank}", "founder of {company}",
    "head of international business at {company}", "a partner at {consultancy}",
    "general manager of {company}",
)  # fmt: skip
REGION_BODIES = {
    "cn": ("Ministry of Commerce", "provincial department of commerce", "General Administration of Customs",
           "municipal commerce bureau", "National Bureau of Statistics"),
    "asean": ("ASEAN Secretariat", "Ministry of Trade and Industry", "national statistics office",
              "Ministry of Digital Economy"),
    "eu": ("European Commission", "Directorate-General for Trade", "national statistics institute",
           "Ministry for Economic Affairs"),
    "us": ("Commerce Department", "Bureau of Economic Analysis", "Office of the US Trade Representative"),
    "in": ("Ministry of Electronics and Information Technology", "Department of Commerce",
           "Reserve Bank of India", "state IT department"),
    "world": ("World Trade Organization", "UN Conference on Trade and Development", "OECD secretariat"),
}  # fmt: skip
THINK_TANKS = (
    "Chinese Academy of International Trade and Economic Cooperation",
    "Institute for Digital Commerce Studies",
    "Centre for Asian Trade Policy", "Global Services Trade Forum", "Harbour Institute of Economics",
    "Lowland Policy Lab", "Institute of Southeast Asian Commerce",
)  # fmt: skip
BANKS = ("Meridian Securities", "Orient Capital", "Kestrel Bank", "Tasman Investment Research",
         "Gold Coast Securities", "Novara Bank")  # fmt: skip
COMPANIES = (
    "Brightsail Trading", "Lumen Parcel Logistics", "Kedai Maju Online", "Nordlicht Digital",
    "Blue Heron Cloud",
    "Yunhai Supply Chain", "Pearl River Export Services", "Sarjana Tech", "Redkite Marketplace",
    "Jadeway Cross-border", "Tidewater Software", "Saffron Pay",
)  # fmt: skip
CONSULTANCIES = ("Halvorsen & Partners", "Crescent Advisory", "Atlas Market Intelligence", "Orchid Research")
DRIVERS = (
    "faster customs clearance", "livestreaming sales", "cheaper cloud computing", "overseas warehouses",
    "AI-powered translation tools", "simpler tax rebates for exporters",
    "mobile payment links across borders", "bonded logistics parks", "new direct freight routes",
    "demand for software outsourcing", "a boom in online games and streaming", "paperless trade documents",
    "digital identity checks for sellers", "cross-border data pilot zones", "small-parcel air cargo",
    "remote engineering and design services", "B2B ordering platforms", "after-sales service hubs abroad",
    "electronic invoicing", "rail freight to Europe",
)  # fmt: skip
MARKETS = ("Southeast Asia", "the Middle East", "Latin America", "Central Asia", "Europe", "Africa",
           "North America", "Japan and South Korea", "Australia", "the Gulf states")  # fmt: skip
GOODS = ("home appliances", "apparel", "toys", "garden furniture", "phone accessories", "cosmetics", "tea",
         "sporting goods", "auto parts", "small machinery", "e-bikes", "solar lights")  # fmt: skip
CHALLENGES = (
    "rising logistics costs", "uneven rules on data transfer", "tariff uncertainty",
    "a shortage of digital skills",
    "returns handling abroad", "payment fraud", "new consumer-safety rules", "thin margins on marketplaces",
    "currency swings", "the end of duty-free treatment for small parcels",
)  # fmt: skip
PLANS = ("action plan", "three-year plan", "guideline", "work programme", "development strategy", "roadmap",
         "set of measures", "white paper")  # fmt: skip
WHOLES = ("total services trade", "foreign trade", "total retail sales of consumer goods", "GDP",
          "the national total", "overall trade")  # fmt: skip
RISE_VERBS = ("rose", "grew", "climbed", "increased", "expanded", "gained")
BIG_RISE_VERBS = ("jumped", "surged", "soared")
FALL_VERBS = ("fell", "declined", "dropped", "slipped", "contracted")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
CAPTION_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
WIRE_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
               "Dec.")  # fmt: skip
COUNT_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "11")
FULL_WIDTH = str.maketrans("0123456789.,%()", "０１２３４５６７８９．，％（）")
NUMBER_RUN = re.compile(r"\d[\d.,]*\d%?|\d%?")


# ---------------------------------------------------------------------------------------------
# What page n is
# ---------------------------------------------------------------------------------------------
T = TypeVar("T")


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """One of the options; ``Random.choice`` costs two Python calls a draw and a page takes hundreds."""
    return options[int(rng.random() * len(options))]


@dataclass(frozen=True, slots=True)
class Plan:
    """What page ``n`` is, decided before any text: the truth a benchmark scores the pipeline against."""

    n: int
    kind: str  # "story" (on topic), "distractor" (off topic) or "copy" (a syndicated story)
    layout: str
    outlet: Outlet
    place: Place
    published: datetime
    charset: str
    quirks: frozenset[str]
    copy_of: int | None = None

    @property
    def on_topic(self) -> bool:
        return self.kind != "distractor"


def _kind(n: int, draw: float) -> str:
    if draw < COPY_SHARE and n >= FIRST_POSSIBLE_COPY:
        return "copy"
    return "distractor" if draw < COPY_SHARE + DISTRACTOR_SHARE else "story"


def _kind_of(n: int) -> str:
    """The kind of page n from the first draw of its generator alone, so a copy finds its original cheaply."""
    return _kind(n, random.Random(n).random())


def _earlier_story(n: int, rng: random.Random) -> int | None:
    """A story shortly before page n, which page n copies; None when there is none."""
    candidate = rng.randrange(max(0, n - COPY_LOOKBACK), n)
    while candidate >= 0 and _kind_of(candidate) != "story":
        candidate -= 1
    return candidate if candidate >= 0 else None


def _moment(rng: random.Random, outlet: Outlet) -> datetime:
    """A publication time between 2023 and late 2026, in the outlet's zone, during its working day."""
    day = EARLIEST + timedelta(days=rng.randrange((LATEST - EARLIEST).days))
    local = datetime(day.year, day.month, day.day, tzinfo=timezone(timedelta(hours=outlet.utc_offset)))
    return local + timedelta(hours=rng.randint(6, 22), minutes=rng.randrange(60))


def _place_for(rng: random.Random, outlet: Outlet) -> Place:
    """Mostly a place of the outlet's region; a fifth of the time anywhere, as outlets cover the world."""
    home = [p for p in PLACES if p.region == outlet.region]
    if outlet.layouts == ("ministry",) or rng.random() < 0.8:
        return pick(rng, home)
    return pick(rng, PLACES)


def _charset_for(rng: random.Random, outlet: Outlet, layout: str) -> str:
    """GBK for some Chinese portals and ministries, Latin-1 for some European pages, UTF-8 otherwise."""
    draw = rng.random()
    if outlet.region == "cn" and layout in ("portal", "ministry") and draw < GBK_SHARE:
        return "gbk"
    if outlet.region == "eu" and draw < LATIN1_SHARE:
        return "iso-8859-1"
    return "utf-8"


def _quirks_for(rng: random.Random, outlet: Outlet) -> frozenset[str]:
    quirks = set()
    if outlet.region in ("cn", "asean") and rng.random() < FULL_WIDTH_SHARE:
        quirks.add("full-width")
    if rng.random() < TRUNCATED_SHARE:
        quirks.add("truncated")
    return frozenset(quirks)


def plan(n: int) -> Plan:
    """What page n is: kind, layout, outlet, place, date, charset and quirks, all drawn from ``Random(n)``."""
    rng = random.Random(n)
    kind = _kind(n, rng.random())
    original = _earlier_story(n, rng) if kind == "copy" else None
    if kind == "copy" and original is None:
        kind = "story"
    outlet = pick(rng, OUTLETS)
    if original is None:
        published = _moment(rng, outlet)
        place = _place_for(rng, outlet)
    else:
        source = plan(original)
        while outlet is source.outlet:
            outlet = pick(rng, OUTLETS)
        # A copy runs hours or days after the original, under its own outlet's chrome and clock.
        later = source.published + timedelta(minutes=rng.randint(60, 120 * 60))
        published = later.astimezone(timezone(timedelta(hours=outlet.utc_offset)))
        place = source.place
    layout = pick(rng, outlet.layouts)
    return Plan(
        n=n,
        kind=kind,
        layout=layout,
        outlet=outlet,
        place=place,
        published=published,
        charset=_charset_for(rng, outlet, layout),
        quirks=_quirks_for(rng, outlet),
        copy_of=original,
    )


# ---------------------------------------------------------------------------------------------
# Figures in the outlet's house style
# ---------------------------------------------------------------------------------------------
def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_plural(name: str) -> bool:
    return name.endswith(("exports", "imports", "sales"))


class Writer:
    """Writes one story's figures the way its outlet does: its metric, place, date and people."""

    def __init__(self, rng: random.Random, page: Plan) -> None:
        self.rng = rng
        self.outlet = page.outlet
        self.place = page.place
        self.published = page.published
        self.currency = page.place.currency
        self.metric = pick(rng, METRICS)
        self.name = pick(rng, self.metric.names)  # the story's usual name for its metric
        # An outlet converts local amounts into dollars in brackets, or not, through a story.
        self.converts = self.currency != "USD" and rng.random() < 0.45
        self.people = [self._person() for _ in range(rng.randint(1, 3))]
        self.quoted: set[str] = set()  # people introduced already, named alone from then on
        self.said: set[str] = set()  # sentences of prose written already

    def _person(self) -> tuple[str, str]:
        rng = self.rng
        region = self.place.region
        role = pick(rng, ROLES).format(
            body=pick(rng, REGION_BODIES[region]),
            think_tank=pick(rng, THINK_TANKS),
            bank=pick(rng, BANKS),
            company=pick(rng, COMPANIES),
            consultancy=pick(rng, CONSULTANCIES),
        )
        return pick(rng, NAMES_BY_REGION[region]), role

    def metric_name(self) -> str:
        """Mostly the story's own name for the metric, now and then a synonym, as reporters vary it."""
        return self.name if self.rng.random() < 0.8 else pick(self.rng, self.metric.names)

    def subject(self) -> str:
        """'Zhejiang's cross-border e-commerce' or 'cross-border e-commerce in Zhejiang province'."""
        name = self.metric_name()
        if self.place.kind == "world" or self.rng.random() < 0.6:
            return f"{self.place.possessive} {name}"
        return f"{name} in {self.place.long}"

    def source(self) -> str:
        return "the " + pick(self.rng, REGION_BODIES[self.place.region])

    def pct(self, value: float, places: int = 1) -> str:
        number = f"{abs(value):.{places}f}"
        if self.outlet.percent == "%":
            return f"{number}%"
        return f"{number} pct" if self.rng.random() < 0.03 else f"{number} {self.outlet.percent}"

    def points(self, value: float) -> str:
        word = pick(self.rng, ("percentage points", "percentage points", "percentage point", "pp"))
        return f"{value:.1f}pp" if word == "pp" else f"{value:.1f} {word}"

    def scaled(self, value: float) -> str:
        """2.9 trillion, 2,200.6 billion or 4.5bn: the amount with its scale word."""
        rng = self.rng
        for size, word, short in ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m")):
            if value < size:
                continue
            if size == 1e12 and rng.random() < 0.2:  # "RMB 2,200.6 billion"
                size, word, short = 1e9, "billion", "bn"
            number = value / size
            places = 2 if number < 10 and rng.random() < 0.35 else 1
            return f"{number:,.{places}f}{short if self.outlet.short_scale else ' ' + word}"
        return f"{value:,.0f}"

    def money(self, local: float) -> str:
        """An amount in the words, symbols or codes its currency goes by, with dollars in brackets or not."""
        currency = self.currency
        if currency == "INR" and local >= 1e10 and self.rng.random() < 0.5:
            text = self._indian(local)
        else:
            text = pick(self.rng, CURRENCY_STYLES[currency]).format(a=self.scaled(local))
        if self.converts:
            text += f" (${self.scaled(local / USD_RATES[currency])})"
        return text

    def _indian(self, rupees: float) -> str:
        if rupees >= 1e12:
            return f"Rs {rupees / 1e12:.2f} lakh crore"
        return f"{pick(self.rng, ('₹', 'Rs '))}{rupees / 1e7:,.0f} crore"

    def level(self) -> float:
        """This place's annual value of the metric in local currency, give or take a seventh."""
        usd = self.metric.usd * self.place.scale * self.rng.uniform(0.85, 1.15)
        return usd * USD_RATES[self.currency]

    def growth(self) -> float:
        return round(self.rng.uniform(*self.metric.growth), 1) or 0.4

    def moved(self, change: float) -> str:
        """'rose 6.5 percent', 'jumped 21.0%', 'fell 2.3 per cent'."""
        if change < 0:
            verb = pick(self.rng, FALL_VERBS)
        else:
            verb = pick(self.rng, BIG_RISE_VERBS if change > 15 else RISE_VERBS)
        return f"{verb} {self.pct(change)}"

    def up_or_down(self, change: float) -> str:
        return f"{'up' if change >= 0 else 'down'} {self.pct(change)}"

    def period(self) -> tuple[str, float]:
        """A reporting period whose data are out by the publication date, and its share of a year."""
        rng = self.rng
        year = self.published.year
        done = self.published.month - 1  # months whose figures have been released
        if done < 3 or rng.random() < 0.25:
            return pick(rng, ("last year", f"in {year - 1}", f"for the whole of {year - 1}")), 1.0
        if done >= 9 and rng.random() < 0.7:
            nine_months = ("in the first three quarters", "in January-September", "in the first nine months",
                           f"in the first three quarters of {year}", "during January-September")  # fmt: skip
            return pick(rng, nine_months), 0.75
        if done >= 6 and rng.random() < 0.7:
            half = ("in the first half", f"in the first half of {year}", "in January-June",
                    "in the first six months of the year", f"in H1 {year}")  # fmt: skip
            return pick(rng, half), 0.5
        if rng.random() < 0.6:
            last = MONTHS[done - 1]
            months = (f"in the first {COUNT_WORDS[done]} months", f"in January-{last}",
                      f"in the January-{last} period")  # fmt: skip
            return pick(rng, months), done / 12
        return pick(rng, (f"in {MONTHS[done - 1]}", "last month")), 1 / 12


# ---------------------------------------------------------------------------------------------
# Sentences of an on-topic story
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Lead:
    """The news of a story, which its first sentence and its headline both state."""

    period: str
    level: float
    change: float


def lead_sentence(w: Writer, lead: Lead) -> str:
    """The news: a level, its change and the period, in one of the shapes wire and paper leads take."""
    level = w.money(lead.level)
    change = lead.change
    shape = w.rng.randrange(6)
    if shape == 0:
        return (
            f"{_capital(w.subject())} {w.moved(change)} year-on-year to {level} {lead.period}, "
            f"{w.source()} said."
        )
    if shape == 1:
        return (
            f"Data released by {w.source()} on {pick(w.rng, WEEKDAYS)} showed {w.subject()} reached {level} "
            f"{lead.period}, {w.up_or_down(change)} from a year earlier."
        )
    if shape == 2:
        return (
            f"{_capital(lead.period)}, {w.place.long} recorded {level} in {w.metric_name()}, "
            f"a year-on-year {'increase' if change >= 0 else 'decrease'} of {w.pct(change)}."
        )
    if shape == 3:
        return (
            f"{_capital(w.subject())} totalled {level} {lead.period}, according to {w.source()}, "
            f"{w.up_or_down(change)}."
        )
    if shape == 4:
        return (
            f"{_capital(w.subject())} {w.moved(change)} {lead.period} from the same period a year before, "
            f"reaching {level}, official figures showed."
        )
    return (
        f"The value of {w.subject()} came to {level} {lead.period}, a {'rise' if change >= 0 else 'drop'} of "
        f"{w.pct(change)} on the year-earlier figure."
    )


def headline(w: Writer, lead: Lead, shape: int) -> str:
    place = w.place
    plural = _is_plural(w.name)
    if shape == 0:
        moved = ("climb" if lead.change >= 0 else "slip") + ("" if plural else "s")
        helped = pick(w.rng, DRIVERS)
        return f"{_capital(place.possessive)} {w.name} {moved} {w.pct(lead.change)}, helped by {helped}"
    if shape == 1:
        amount = w.money(lead.level).split(" (")[0]
        return f"{_capital(w.name)} in {place.long} {'hit' if plural else 'hits'} {amount}"
    if shape == 2:
        year = w.published.year + w.rng.randint(2, 5)
        return f"{_capital(place.long)} eyes bigger share of {w.name} by {year}"
    if shape == 3:
        return f"Digital trade: {place.name} bets on {pick(w.rng, DRIVERS)}"
    if shape == 4:
        return f"Sellers in {place.city.title()} ride {w.name} wave to reach {pick(w.rng, MARKETS)}"
    return f"{_capital(place.possessive)} {w.name} {w.moved(lead.change)} {lead.period}"


def flows_sentence(w: Writer) -> str:
    """Exports and imports, the second amount often bare, its currency left to the context."""
    metric = w.metric
    if not metric.exports:
        return share_sentence(w)
    rng = w.rng
    total = w.level() * rng.uniform(0.3, 1.0)
    export_share = rng.uniform(0.45, 0.72)
    exports, imports = total * export_share, total * (1 - export_share)
    if rng.random() < 0.5:
        return (
            f"Of the total, {metric.exports} stood at {w.money(exports)}, {w.up_or_down(w.growth())}, "
            f"while {metric.imports} came to {w.scaled(imports)}, {w.up_or_down(w.growth() - 3)}."
        )
    return (
        f"{_capital(metric.exports)} {w.moved(w.growth())} to {w.money(exports)}, and {metric.imports} "
        f"reached {w.scaled(imports)}, leaving a surplus of {w.scaled(exports - imports)}."
    )


def share_sentence(w: Writer) -> str:
    """A share of a whole and how far it moved, in points."""
    rng = w.rng
    share = rng.uniform(8, 62)
    whole = pick(rng, WHOLES)
    name = w.metric_name()
    if rng.random() < 0.5:
        verb = "accounted" if rng.random() < 0.5 else "made up"
        return (
            f"{_capital(name)} {verb} {'for ' if verb == 'accounted' else ''}{w.pct(share)} of {whole}, "
            f"{w.points(rng.uniform(0.2, 4))} higher than a year earlier."
        )
    return (
        f"The share of {name} in {whole} reached {w.pct(share)}, up from {w.pct(share - rng.uniform(1, 5))}."
    )


def multiple_sentence(w: Writer) -> str:
    """Growth in words: 'more than doubled', '4.5 times', 'a fifth of'."""
    rng = w.rng
    name = w.metric_name()
    has = "have" if _is_plural(name) else "has"
    since = pick(rng, (2015, 2018, 2019, 2020))
    shape = rng.randrange(4)
    if shape == 2 and w.place.kind == "world":
        shape = 0
    if shape == 0:
        return f"{_capital(name)} {has} more than doubled since {since}, {w.source()} noted."
    if shape == 1:
        return f"That is {rng.uniform(1.5, 6):.1f} times the level of {since}."
    if shape == 2:
        fraction = pick(rng, ("a fifth", "a quarter", "about a third", "nearly half", "two-thirds"))
        whole = "the national total" if w.place.kind in ("province", "city") else f"the world's {name}"
        return f"{_capital(w.place.name)} now accounts for {fraction} of {whole}."
    return f"{_capital(name)} {has} nearly tripled over the past {COUNT_WORDS[rng.randint(5, 9)]} years."


def count_sentence(w: Writer) -> str:
    """Counts of firms, parcels, warehouses, shoppers or data-centre racks: the beat's other figures."""
    rng = w.rng
    size = w.place.scale
    shape = rng.randrange(6)
    if shape == 0:
        firms = max(120, int(150_000 * size * rng.uniform(0.5, 1.5)))
        return (
            f"More than {firms:,} companies in {w.place.long} now sell abroad through "
            f"{rng.randint(3, 60)} cross-border e-commerce platforms."
        )
    if shape == 1:
        parcels = w.scaled(1.4e9 * size * rng.uniform(0.6, 1.4))
        change = w.up_or_down(rng.uniform(5, 40))
        return f"Customs handled {parcels} cross-border parcels {w.period()[0]}, {change}."
    if shape == 2:
        warehouses = max(8, int(2600 * size * rng.uniform(0.6, 1.4)))
        return (
            f"The number of overseas warehouses run by local firms rose to {warehouses:,}, covering "
            f"{rng.uniform(0.2, 30):.1f} million square meters."
        )
    if shape == 3:
        racks = 8.1e6 * size * rng.uniform(0.7, 1.3)
        capacity = f"{racks / 1e6:.2f} million" if racks >= 1e6 else f"{round(racks, -2):,.0f}"
        power = rng.randint(20, 280)
        return (
            f"Data centre capacity reached {capacity} standard racks, with computing power of {power} EFLOPS."
        )
    if shape == 4:
        shoppers = w.scaled(900e6 * min(1.0, size) * rng.uniform(0.5, 1.1))
        on_phones = COUNT_WORDS[rng.randint(2, 9)]
        return f"Some {shoppers} people shopped online {w.period()[0]}, {on_phones} in ten on phones."
    sellers = max(50, int(40_000 * size * rng.uniform(0.4, 1.6)))
    return (
        f"Around {sellers:,} sellers joined the {pick(rng, COMPANIES)} export scheme, which links them "
        f"with buyers in {pick(rng, MARKETS)}."
    )


def target_sentence(w: Writer) -> str:
    """A policy target with its year: what the pipeline extracts into targets."""
    rng = w.rng
    year = w.published.year + rng.randint(1, 6)
    plan_name = pick(rng, PLANS)
    name = w.metric_name()
    issuer = {"province": "the provincial government", "city": "the city government"}.get(
        w.place.kind, "the government"
    )
    shape = rng.randrange(4)
    if shape == 0:
        return (
            f"Under a {plan_name} released in {pick(rng, MONTHS)}, {w.place.long} aims to raise "
            f"the share of {name} in total trade to over {w.pct(rng.randint(25, 55), 0)} by {year}."
        )
    if shape == 1:
        target = w.money(w.level() * rng.uniform(1.3, 2.2))
        return f"{_capital(issuer)} plans to expand {name} to {target} by {year}, the {plan_name} says."
    if shape == 2:
        return (
            f"The {plan_name} sets a goal of cultivating {rng.randint(5, 120) * 10} cross-border e-commerce "
            f"brands and {rng.randint(10, 200)} digital trade demonstration enterprises by the end of {year}."
        )
    return (
        f"By {year}, {issuer} wants at least {w.pct(rng.randint(40, 90), 0)} of small exporters to file "
        f"customs declarations digitally, up from about {w.pct(rng.randint(10, 35), 0)} today."
    )


def forecast_sentence(w: Writer) -> str:
    rng = w.rng
    year = w.published.year + rng.randint(2, 5)
    name = w.metric_name()
    forecaster = pick(rng, BANKS + CONSULTANCIES)
    if rng.random() < 0.5:
        target = w.money(w.level() * rng.uniform(1.3, 2))
        return (
            f"{forecaster} expects {name} in {w.place.long} to reach {target} by {year}, "
            f"growing at a compound annual rate of {w.pct(rng.uniform(6, 18))}."
        )
    verb = "are" if _is_plural(name) else "is"
    rate = w.pct(rng.uniform(4, 15))
    return f"{_capital(name)} {verb} projected to grow {rate} a year through {year}, {forecaster} said."


BACKGROUND_CLAUSES = (
    "officials attributed the momentum to {driver} and {other}",
    "exporters of {goods} in {city} have turned to {driver} to reach buyers in {market}",
    "analysts see {challenge} as the main risk to {name} in the months ahead",
    "many small manufacturers that once relied on trade fairs now take orders for {goods} online, "
    "a shift helped by {driver}",
    "the {plan} also promises support for {driver}, though it names no budget",
    "industry groups have asked officials to address {challenge} before the next review",
    "sellers of {goods} said buyers in {market} increasingly expect delivery within a week",
    "the gains were uneven, with {driver} doing most of the lifting while {other} lagged",
    "logistics firms are adding capacity on routes to {market} to keep up with orders for {goods}",
    "smaller platforms compete on {driver}, while larger ones put their money into {other}",
    "a pilot scheme in {city} lets firms test {driver} before a wider roll-out",
    "trade associations in {market} have signed agreements to promote {goods} sold through {driver}",
    "{company} opened a service centre in {city} to help merchants cope with {challenge}",
    "the {body} said it would publish detailed rules on {driver} later this year",
    "local universities have added courses on {driver} to meet demand from employers",
    "{company}, which started out selling {goods} to {market}, now offers {driver} to other merchants",
    "some economists warn that {challenge} could slow the pace of {name}",
    "a matchmaking event in {city} brought buyers from {market} together with suppliers of {goods}",
    "customs officers in {city} now inspect shipments of {goods} remotely, relying on {driver}",
    "the {plan} was drafted after consultations with exporters, banks and logistics groups",
    "merchants complain that {challenge} eats into profits, especially on {goods}",
    "insurers have started to offer cover tailored to {driver}",
    "the move follows similar steps in {market}, where {driver} is already common",
    "{person} noted that demand for {goods} in {market} had held up better than expected",
    "a growing number of firms in {place} hire staff abroad to handle {driver}",
    "the {body} plans to share data with counterparts in {market} to make {driver} easier",
)
OPENERS = ("Meanwhile, ", "At the same time, ", "In {city}, ", "Elsewhere, ", "On the ground, ",
           "Separately, ", "For now, ", "Still, ", "Last {month}, ", "In practice, ")  # fmt: skip
TAILS = (", officials said", ", according to people in the industry", ", a local trade association said",
         ", {person} said", ", industry data show")  # fmt: skip


class Slots(dict[str, str]):
    """The words a template asks for, drawn only when asked: most templates use two or three of them."""

    def __init__(self, w: Writer) -> None:
        super().__init__()
        self.w = w

    def __missing__(self, key: str) -> str:
        w, rng = self.w, self.w.rng
        if key == "other":  # a second driver, not the first again
            value = pick(rng, [d for d in DRIVERS if d != self.get("driver")])
        elif key in ("city", "place", "name", "person", "body"):
            value = {
                "city": lambda: w.place.city.title(),
                "place": lambda: w.place.long,
                "name": w.metric_name,
                "person": lambda: pick(rng, w.people)[0],
                "body": lambda: pick(rng, REGION_BODIES[w.place.region]),
            }[key]()
        else:
            value = pick(rng, SLOT_WORDS[key])
        self[key] = value
        return value


SLOT_WORDS = {
    "driver": DRIVERS,
    "market": MARKETS,
    "goods": GOODS,
    "challenge": CHALLENGES,
    "plan": PLANS,
    "company": COMPANIES,
    "month": MONTHS,
}


def background_sentence(w: Writer) -> str:
    """Prose without figures (why it grew, who gains, what worries traders), never twice in a story."""
    rng = w.rng
    for _ in range(4):
        slots = Slots(w)
        clause = pick(rng, BACKGROUND_CLAUSES).format_map(slots)
        if rng.random() < 0.3:
            clause = pick(rng, OPENERS).format_map(slots) + clause
        if rng.random() < 0.2:
            clause += pick(rng, TAILS).format_map(slots)
        sentence = _capital(clause) + "."
        if sentence not in w.said:
            break
    w.said.add(sentence)
    return sentence


QUOTE_CLAUSES = (
    "We expect {name} to keep growing, helped by {driver}",
    "Small firms can now reach customers in {market} without opening an office there",
    "The challenge now is {challenge}, not demand",
    "What used to take a month of paperwork now takes a couple of days",
    "Our orders from {market} have never been this steady",
    "Thanks to {driver}, we have changed how we price and ship {goods}",
    "The next step is to open {driver} to every exporter, not only the big ones",
    "Buyers in {market} want smaller orders more often, and we have had to adapt",
)


def quote_paragraph(w: Writer) -> str:
    rng = w.rng
    clause = pick(rng, [c for c in QUOTE_CLAUSES if c not in w.said] or QUOTE_CLAUSES)
    w.said.add(clause)
    clause = clause.format(
        name=w.metric_name(),
        driver=pick(rng, DRIVERS),
        market=pick(rng, MARKETS),
        challenge=pick(rng, CHALLENGES),
        goods=pick(rng, GOODS),
    )
    name, role = pick(rng, w.people)
    who = name if name in w.quoted else f"{name}, {role}"
    w.quoted.add(name)
    return f"“{_capital(clause)},” said {who}."


FIGURE_SENTENCES: tuple[Callable[[Writer], str], ...] = (
    flows_sentence, share_sentence, multiple_sentence, count_sentence, flows_sentence, count_sentence,
)  # fmt: skip


def body_paragraph(w: Writer, words: int) -> str:
    """A paragraph after the lead of about ``words`` words: a quote, a target or a figure, then more."""
    rng = w.rng
    draw = rng.random()
    if draw < 0.2:
        sentences = [quote_paragraph(w)]
    elif draw < 0.3:
        sentences = [target_sentence(w) if rng.random() < 0.6 else forecast_sentence(w)]
    elif draw < 0.65:
        sentences = [pick(rng, FIGURE_SENTENCES)(w)]
    else:
        sentences = [background_sentence(w)]
    length = sentences[0].count(" ") + 1
    while length < words:
        more = pick(rng, FIGURE_SENTENCES)(w) if rng.random() < 0.35 else background_sentence(w)
        sentences.append(more)
        length += more.count(" ") + 1
    return " ".join(sentences)


# ---------------------------------------------------------------------------------------------
# Off-topic pages full of numbers
# ---------------------------------------------------------------------------------------------
TEAMS = ("Harbour City FC", "Riverside United", "Eastern Dragons", "Northgate Rovers", "Lakeside Athletic",
         "Red Lanterns", "Mountain Eagles", "Coastal Mariners")  # fmt: skip
ATHLETES = ("Chen Hao", "Marco Silva", "Kenji Sato", "Ali Hassan", "Tom Baker", "Diego Ruiz", "Park Min-jun")
STREETS = ("Xinhua Road", "Riverside district", "Old Town", "North Station area", "Block 7", "Lotus Garden")


def football_story(rng: random.Random, place: Place) -> tuple[str, list[str]]:
    r = rng.randint
    home, away = rng.sample(TEAMS, 2)
    scored, conceded, crowd = r(1, 5), r(0, 3), r(8_000, 68_000)
    scorer = pick(rng, ATHLETES)
    return f"{home} beat {away} {scored}-{conceded} in front of {crowd:,} fans", [
        f"{home} beat {away} {scored}-{conceded} on {pick(rng, WEEKDAYS)} night, with {scorer} scoring in "
        f"the {r(3, 89)}th minute before a crowd of {crowd:,} at the {place.city.title()} stadium.",
        f"The win lifts {home} to {r(20, 70)} points from {r(12, 30)} matches, {r(1, 9)} clear of "
        f"third place.",
        f"{away} had {r(35, 65)} percent of possession and {r(3, 18)} shots, but their goalkeeper made "
        f"{r(2, 9)} saves in vain.",
        f"The sides meet again on {pick(rng, MONTHS)} {r(1, 28)}; tickets go on sale at 10 am, priced from "
        f"{r(8, 40) * 5} to {r(50, 120) * 5}.",
        f"{scorer}, {r(19, 34)}, has now scored {r(6, 25)} goals in {r(15, 34)} appearances this season.",
        f"Coach {pick(rng, ATHLETES)} said the team had run {r(105, 122)} kilometres in total, "
        f"their most of the campaign.",
    ]


def weather_story(rng: random.Random, place: Place) -> tuple[str, list[str]]:
    r = rng.randint
    high = r(33, 42)
    city = place.city.title()
    return f"Heat alert as {city} braces for {high}C", [
        f"Forecasters issued an orange alert for {city} on {pick(rng, WEEKDAYS)}, with temperatures "
        f"expected to reach {high} degrees Celsius by Thursday and stay above {high - 6} degrees at night.",
        f"Rainfall in {pick(rng, MONTHS)} was {r(12, 80)} millimetres, {r(20, 70)} percent below the "
        f"30-year average, the meteorological bureau said.",
        f"The bureau recorded {r(9, 31)} consecutive days above 35 degrees, breaking the record set in "
        f"{pick(rng, (1998, 2003, 2013, 2017, 2022))}.",
        f"Residents can call the heat hotline on 12{r(100, 999)} or +86 {r(10, 99)} {r(1000, 9999)} "
        f"{r(1000, 9999)}; {r(40, 300)} cooling centres are open.",
        f"Cross-border rail services ran {r(10, 45)} minutes late because of track heat, the operator said.",
        f"Showers on the {r(20, 28)}th may bring the temperature down to {r(24, 30)} degrees.",
    ]


def marathon_story(rng: random.Random, place: Place) -> tuple[str, list[str]]:
    r = rng.randint
    runners = r(8, 40) * 1000
    city = place.city.title()
    return f"{runners:,} runners take on the {city} marathon", [
        f"{pick(rng, ATHLETES)} won the {city} marathon on {pick(rng, MONTHS)} {r(1, 28)} in "
        f"2:0{r(4, 9)}:{r(10, 59)}, ahead of a field of {runners:,} runners.",
        f"The course covered 42.195 kilometres and passed {r(8, 20)} landmarks; {r(3000, 9000)} volunteers "
        f"staffed {r(12, 30)} water stations.",
        f"Organizers said {r(85, 99)}.{r(0, 9)} percent of starters finished, and {r(2, 60)} needed medical "
        f"attention, most of them for cramps.",
        f"Roads in the city centre close from 5:30 am to 2 pm; the traffic police hotline is "
        f"{r(100, 999)}-{r(1000, 9999)}.",
        f"Next year's race is scheduled for {pick(rng, MONTHS)} {r(1, 28)}, with registration opening "
        f"{r(60, 120)} days before.",
    ]


def notice_story(rng: random.Random, place: Place) -> tuple[str, list[str]]:
    r = rng.randint
    street = pick(rng, STREETS)
    return f"Water supply to {street} suspended on {pick(rng, MONTHS)} {r(1, 28)}", [
        f"Water supply to about {r(2, 40) * 1000:,} households in {street} will be suspended for {r(4, 14)} "
        f"hours from 8 am on {pick(rng, WEEKDAYS)} while pipes are replaced, the utility said.",
        f"The works cover {r(2, 9)}.{r(1, 9)} kilometres of mains laid in {r(1975, 1995)}; {r(3, 12)} water "
        f"trucks will stand at Gates 2, 5 and 11.",
        f"Residents with questions can call 96{r(100, 999)} or (0{r(10, 99)}) {r(1000, 9999)}-"
        f"{r(1000, 9999)} between 8:30 and 17:30.",
        f"A second suspension of {r(3, 8)} hours is planned for Buildings {r(1, 30)} to {r(31, 60)} later "
        f"in the month.",
    ]


def basketball_story(rng: random.Random, place: Place) -> tuple[str, list[str]]:
    r = rng.randint
    home, away = rng.sample(TEAMS, 2)
    star = pick(rng, ATHLETES)
    return f"{star} scores {r(28, 45)} as {home} edge {away}", [
        f"{home} beat {away} {r(105, 128)}-{r(88, 104)} on {pick(rng, WEEKDAYS)}, with {star} adding "
        f"{r(5, 14)} rebounds and {r(3, 12)} assists in {r(32, 42)} minutes.",
        f"The hosts shot {r(42, 58)}.{r(0, 9)} percent from the field and made {r(9, 19)} of {r(25, 40)} "
        f"three-point attempts.",
        f"It was their {r(4, 9)}th straight win and moved them to {r(20, 45)}-{r(10, 30)} for the season.",
        f"Game 2 tips off at 19:35 on {pick(rng, MONTHS)} {r(1, 28)}; the arena seats {r(9, 18)},000.",
    ]


def property_story(rng: random.Random, place: Place) -> tuple[str, list[str]]:
    r = rng.randint
    city = place.city.title()
    change = rng.uniform(-1.5, 1.2)
    moved = "edge up" if change >= 0 else "dip"
    return f"{city} new-home prices {moved} {abs(change):.1f}% in {pick(rng, MONTHS)}", [
        f"New-home prices in {city} {'rose' if change >= 0 else 'fell'} {abs(change):.1f} percent "
        f"month-on-month, a survey of {r(40, 120)} developers showed on {pick(rng, WEEKDAYS)}.",
        f"The average price reached {r(18, 80) * 1000:,} per square meter, while sales of existing homes "
        f"totalled {r(3, 19) * 1000:,} units.",
        f"Mortgage rates for first-time buyers stood at {rng.uniform(3, 4.5):.2f} percent, {r(10, 60)} basis "
        f"points lower than a year earlier.",
        f"Agents said viewings rose by about a fifth over the {r(3, 7)}-day holiday.",
    ]


DISTRACTORS = (football_story, weather_story, marathon_story, notice_story, basketball_story, property_story)
LOCAL_LINES = (
    "{name}, who has lived near {street} for {years} years, said she had never seen anything like it",
    "volunteers handed out {count} bottles of water near {street} on {weekday}",
    "tickets for the family stand sold out within {minutes} minutes",
    "the stadium's new roof, finished in {year}, kept most of the crowd dry",
    "{name}, a {age}-year-old retiree, said the queue stretched past the bus stop on {street}",
    "shops along {street} stayed open until {hour} pm to serve the crowds",
    "police said {count} officers were on duty and no arrests were made",
    "local radio carried the event live for the first time since {year}",
    "the district office asked residents to check the notice board at {street} for updates",
    "the city's {small} public libraries will stay open until {hour} pm",
    "bus routes {small} and {route} will be diverted via {street}",
    "the district office said a full report would follow within {small} days",
    "parents at the {street} primary school were told to collect children by {hour} pm",
    "metro line {small} will run every {minutes} minutes until midnight",
    "hospital emergency departments reported {count} more visits than on a usual {weekday}",
    "weather permitting, the fireworks will start at {hour} pm on {street}",
    "the youth team plays its next home game on {month} {day}",
    "{name} told reporters the prize money would go to a children's charity",
    "park rangers closed {small} trails on the east side of the city as a precaution",
    "residents were urged to keep pets indoors during the hottest hours of the day",
)


def local_line(rng: random.Random) -> str:
    """A sentence of local colour with its own numbers, so no two off-topic pages read alike."""
    line = pick(rng, LOCAL_LINES).format(
        name=pick(rng, ATHLETES + NAMES_BY_REGION["cn"] + NAMES_BY_REGION["us"]),
        street=pick(rng, STREETS),
        years=rng.randint(3, 60),
        count=rng.randint(20, 900),
        weekday=pick(rng, WEEKDAYS),
        minutes=rng.randint(4, 45),
        year=rng.randint(1995, 2022),
        age=rng.randint(60, 88),
        hour=rng.randint(6, 11),
        small=rng.randint(2, 19),
        route=rng.randint(20, 399),
        month=pick(rng, MONTHS),
        day=rng.randint(1, 28),
    )
    return _capital(line) + "."


# ---------------------------------------------------------------------------------------------
# Page text
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Text:
    """The words of a page apart from its chrome; a syndicated copy reuses those of its original."""

    headline: str
    summary: str
    author: str
    paragraphs: tuple[str, ...]
    table: tuple[tuple[str, ...], ...] = ()
    other_headline: str = ""  # the headline another outlet gives the story when it runs a copy


def _word_budget(rng: random.Random) -> int:
    """Words of a story: lognormal around 520, cut to 150-2,500, so most are short and a few are long."""
    return min(MAX_WORDS, max(MIN_WORDS, int(rng.lognormvariate(0, 0.7) * MEDIAN_WORDS)))


def _paragraph_count(rng: random.Random, words: int, wire: bool) -> int:
    """Wire stories come in short paragraphs, others in longer ones."""
    per_paragraph = rng.uniform(30, 50) if wire else rng.uniform(45, 80)
    return min(MAX_PARAGRAPHS, max(MIN_PARAGRAPHS, round(words / per_paragraph)))


def _table(w: Writer) -> tuple[tuple[str, ...], ...]:
    """A release's table: the series, its flows and their growth, in the units statistics offices use."""
    rng = w.rng
    period = pick(rng, ("January-September", "January-June", "Full year", "January-March"))
    in_yi = w.currency == "CNY"  # Chinese releases count in units of 100 million yuan
    unit, divisor = ("100 million yuan", 1e8) if in_yi else (f"{w.currency} billion", 1e9)
    total = w.level() * rng.uniform(0.4, 1.0)
    rows = [(_capital(w.metric.names[0]), total)]
    if w.metric.exports:
        share = rng.uniform(0.45, 0.7)
        rows += [("Exports", total * share), ("Imports", total * (1 - share))]
    header = ("Item", f"{period} ({unit})", "Year-on-year (%)")
    return (
        header,
        *((name, f"{value / divisor:,.1f}", f"{rng.uniform(-3, 18):.1f}") for name, value in rows),
    )


def story_text(n: int, page: Plan) -> Text:
    """The words of on-topic story n, from a generator of their own so that copies can repeat them."""
    rng = random.Random(f"text-{n}")
    w = Writer(rng, page)
    budget = _word_budget(rng)
    count = _paragraph_count(rng, budget, page.layout == "wire")
    period, fraction = w.period()
    lead = Lead(period=period, level=w.level() * fraction, change=w.growth())
    opening = lead_sentence(w, lead)
    paragraphs = [opening + (" " + pick(rng, FIGURE_SENTENCES)(w) if rng.random() < 0.5 else "")]
    per_paragraph = budget / count
    paragraphs += [body_paragraph(w, int(per_paragraph * rng.uniform(0.5, 1.2))) for _ in range(count - 1)]
    title, other = (headline(w, lead, shape) for shape in rng.sample(range(6), 2))
    return Text(
        headline=title,
        summary=opening,
        author=pick(rng, NAMES_BY_REGION[page.outlet.region]),
        paragraphs=tuple(paragraphs),
        table=_table(w) if page.layout == "ministry" else (),
        other_headline=other,
    )


def distractor_text(n: int, page: Plan) -> Text:
    rng = random.Random(f"text-{n}")
    # Ministries post notices, not match reports.
    kinds = (notice_story,) if page.layout == "ministry" else DISTRACTORS
    title, paragraphs = pick(rng, kinds)(rng, page.place)
    rest = paragraphs[1:] + [
        " ".join(local_line(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 4))
    ]
    rng.shuffle(rest)
    kept = [paragraphs[0], *rest[: rng.randint(3, len(rest))]]
    kept = [p + "".join(" " + local_line(rng) for _ in range(rng.randint(0, 2))) for p in kept]
    author = pick(rng, NAMES_BY_REGION[page.outlet.region])
    return Text(headline=title, summary=paragraphs[0], author=author, paragraphs=tuple(kept))


def copy_text(page: Plan) -> Text:
    """The original's words with the edits syndication makes: another headline, a credit line, a cut."""
    assert page.copy_of is not None
    rng = random.Random(f"copy-{page.n}")
    original = plan(page.copy_of)
    source = story_text(page.copy_of, original)
    paragraphs = list(source.paragraphs)
    if len(paragraphs) > 4 and rng.random() < 0.5:
        del paragraphs[rng.randrange(2, len(paragraphs))]
    if rng.random() < 0.6:
        paragraphs.append(f"This story first appeared in {original.outlet.name}.")
    return replace(source, headline=source.other_headline, paragraphs=tuple(paragraphs), table=())


def _full_width(paragraph: str) -> str:
    """Numbers in full-width digits and Chinese punctuation, as in pages translated from Chinese."""
    text = NUMBER_RUN.sub(lambda m: m.group(0).translate(FULL_WIDTH), paragraph)
    return text.replace(", ", "，").replace("(", "（").replace(")", "）")


def _with_quirks(text: Text, page: Plan) -> Text:
    paragraphs = list(text.paragraphs)
    if "full-width" in page.quirks:
        paragraphs = [_full_width(p) if i % 2 == 0 else p for i, p in enumerate(paragraphs)]
    if "truncated" in page.quirks:  # a CMS cut the story mid-sentence
        words = paragraphs[-1].split()
        paragraphs[-1] = " ".join(words[: max(4, len(words) * 2 // 3)])
    return replace(text, paragraphs=tuple(paragraphs))


def text_of(page: Plan) -> Text:
    """The words of a page, with its quirks."""
    if page.kind == "copy":
        text = copy_text(page)
    elif page.kind == "distractor":
        text = distractor_text(page.n, page)
    else:
        text = story_text(page.n, page)
    return _with_quirks(text, page) if page.quirks else text


# ---------------------------------------------------------------------------------------------
# Chrome
# ---------------------------------------------------------------------------------------------
RELATED_HEADLINES = (
    "Digital trade expo draws record exhibitors", "How small exporters use cross-border e-commerce",
    "Customs rolls out paperless clearance", "Opinion: the next phase of the digital economy",
    "Ten charts on services trade", "Parcel volumes set new high", "Cloud firms expand abroad",
    "Port throughput steady in autumn", "City unveils night-market plan", "Team names new coach",
    "Typhoon season outlook", "Museum reopens after renovation",
)  # fmt: skip
COMMENTS = (
    "Shipping took 12 days to my place, not bad for 35 yuan.", "Numbers look good but what about returns?",
    "I sell on three platforms and fees went up 4% this year.", "Great article, thanks.",
    "Would love to see the figures by province.",
)  # fmt: skip


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def nav_bar(rng: random.Random, outlet: Outlet) -> str:
    links = "".join(
        f'<li><a href="/{s.lower().replace(" ", "-")}/">{_escape(s)}</a></li>' for s in outlet.sections
    )
    opening = pick(rng, ('<nav aria-label="Main">', '<div class="main-nav">', '<nav class="menu">'))
    closing = "</div>" if opening.startswith("<div") else "</nav>"
    return f'{opening}<ul><li><a href="/">Home</a></li>{links}</ul>{closing}'


def related_list(rng: random.Random) -> str:
    """Links to other stories, on topic or not, whatever the page is about, as sidebars do."""
    items = "".join(
        f'<li><a href="/a/{rng.randrange(100_000)}.html">{h}</a></li>'
        for h in rng.sample(RELATED_HEADLINES, 4)
    )
    heading = pick(rng, ("Related stories", "Read more", "Most popular", "You may also like"))
    name = pick(rng, ("related", "related-news", "more-stories", "recommend"))
    return f'<div class="{name}"><h3>{heading}</h3><ul>{items}</ul></div>'


def share_bar(rng: random.Random) -> str:
    buttons = "".join(
        f'<a class="share-{s}" href="#">{s.title()}</a>' for s in ("weibo", "wechat", "x", "facebook")
    )
    return (
        f'<div class="share-bar">{buttons}<span class="share-count">{rng.randint(3, 900)} shares</span></div>'
    )


def cookie_banner() -> str:
    return (
        '<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience and to '
        "measure how our site is used. By continuing you agree to our cookie policy.</p>"
        '<button type="button">Accept all</button><button type="button">Settings</button></div>'
    )


def ad_block(rng: random.Random) -> str:
    size = pick(rng, ("300x250", "728x90", "320x50"))
    slot = rng.randint(1000, 9999)
    return f'<div class="ad-slot ad-{size}" data-slot="{slot}"><span>Advertisement</span></div>'


def newsletter_box() -> str:
    return (
        '<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Trade, markets and the digital '
        'economy in five minutes.</p><input type="email" placeholder="Email"><button>Sign up</button></div>'
    )


def photo(rng: random.Random, page: Plan) -> str:
    """A picture with a caption and a credit, which the parser should keep out of the story."""
    city = page.place.city.title()
    subject = pick(rng, (
        f"Workers sort parcels at a bonded warehouse in {city}",
        f"Visitors try a virtual fitting room at a trade fair in {city}",
        f"Containers are loaded at a port near {city}",
        f"A livestreamer presents {pick(rng, GOODS)} to overseas buyers in {city}",
    ))  # fmt: skip
    photographer = pick(rng, NAMES_BY_REGION[page.place.region])
    credit = pick(
        rng, (f"PHOTO / {photographer.upper()}", f"Photo: {photographer}", f"[Photo by {photographer}]")
    )
    when = f"{CAPTION_MONTHS[page.published.month - 1]} {page.published.day}"
    return (
        f'<figure class="photo"><img src="/img/{page.n}-{rng.randint(1, 9)}.jpg" alt="{_attr(subject)}" '
        f'width="{pick(rng, (640, 800, 1024))}" height="{pick(rng, (360, 450, 576))}">'
        f"<figcaption>{_escape(f'{subject} on {when}. {credit}')}</figcaption></figure>"
    )


def page_footer(rng: random.Random, outlet: Outlet, published: datetime) -> str:
    phone = f"+{pick(rng, (86, 65, 60, 91, 32, 1))} {rng.randint(10, 99)} {rng.randint(10**7, 10**8 - 1)}"
    links = "".join(
        f'<a href="/{p}">{p.title()}</a> ' for p in ("about", "contact", "privacy", "terms", "advertise")
    )
    return (
        f'<footer class="site-footer"><p>{links}</p><p>Copyright © {published.year} {_escape(outlet.name)}. '
        f"All rights reserved.</p><p>Tel: {phone} | Newsroom: news@{outlet.host}</p></footer>"
    )


def comments_section(rng: random.Random) -> str:
    items = "".join(
        f'<li class="comment"><b>user{rng.randint(100, 99999)}</b> <p>{remark}</p></li>'
        for remark in rng.sample(COMMENTS, 3)
    )
    heading = f"<h3>{rng.randint(3, 80)} comments</h3>"
    return f'<section id="comments" class="comments">{heading}<ol>{items}</ol></section>'


# ---------------------------------------------------------------------------------------------
# Dates as pages show them
# ---------------------------------------------------------------------------------------------
def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def rfc822(moment: datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def clock_line(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def written_date(moment: datetime) -> str:
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


# ---------------------------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------------------------
def _head(page: Plan, text: Text, rng: random.Random, extra: str = "") -> str:
    """The <head>: charset, title, description, canonical link, and what the layout adds."""
    if page.charset != "utf-8" or rng.random() < 0.3:
        charset = f'<meta http-equiv="Content-Type" content="text/html; charset={page.charset}">'
    else:
        charset = '<meta charset="utf-8">'
    if page.copy_of is not None and rng.random() < 0.7:  # a copy points at the original, on another site
        canonical = f"https://www.{plan(page.copy_of).outlet.host}/news/{page.copy_of}.html"
    else:
        canonical = f"/a/{page.n}.html"
    separator = pick(rng, (" - ", " | ", "_"))
    tracking = f"window.dataLayer=[{{section:'news',id:{page.n},ts:{int(page.published.timestamp())}}}];"
    return (
        f"<head>{charset}<title>{_escape(text.headline)}{separator}{_escape(page.outlet.name)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{_attr(_clip(text.summary, 200))}">'
        f'<link rel="canonical" href="{canonical}">'
        f'<link rel="stylesheet" href="/static/{page.outlet.host}.css">'
        f"{extra}<script>{tracking}</script></head>"
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _paragraphs(text: Text, rng: random.Random, inline_spans: bool = False) -> list[str]:
    """<p> elements; a portal's editor wraps a first sentence in a styled <span> now and then."""
    blocks = []
    for paragraph in text.paragraphs:
        escaped = _escape(paragraph)
        if inline_spans and rng.random() < 0.4:
            first, _, rest = escaped.partition(". ")
            if rest:
                escaped = f'<span style="font-weight:bold">{first}.</span> <span>{rest}</span>'
        blocks.append(f"<p>{escaped}</p>")
    return blocks


def _sprinkle(blocks: list[str], extras: list[str], rng: random.Random) -> str:
    """Photos and ads between paragraphs, never before the first, as news templates place them."""
    for extra in extras:
        blocks.insert(rng.randint(1, max(1, len(blocks))), extra)
    return "".join(blocks)


def newsroom_page(page: Plan, text: Text, rng: random.Random) -> str:
    """A modern news site: <article>, a body div, <time>, photos, share bars, related links and ads."""
    published = page.published
    metas = (
        f'<meta property="og:title" content="{_attr(text.headline)}">'
        f'<meta property="og:site_name" content="{_attr(page.outlet.name)}">'
        f'<meta name="author" content="{_attr(text.author)}">'
    )
    if rng.random() < 0.7:
        metas += f'<meta property="article:published_time" content="{iso(published)}">'
    extras = [photo(rng, page), *(ad_block(rng) for _ in range(rng.randint(0, 2)))]
    body = _sprinkle(_paragraphs(text, rng), extras, rng)
    return (
        f'<!DOCTYPE html><html lang="en">{_head(page, text, rng, metas)}<body>{cookie_banner()}'
        f'<header class="masthead"><a class="logo" href="/">{_escape(page.outlet.name)}</a>'
        f'{nav_bar(rng, page.outlet)}</header><main><article class="story"><h1>{_escape(text.headline)}</h1>'
        f'<div class="byline">By {_escape(text.author)} | {_escape(page.outlet.name)}</div>'
        f'<time class="published" datetime="{iso(published)}">{written_date(published)}</time>'
        f"{share_bar(rng)}"
        f'<div class="article-body">{body}</div>{share_bar(rng)}</article>'
        f"<aside>{related_list(rng)}{ad_block(rng)}</aside></main>{page_footer(rng, page.outlet, published)}"
        "</body></html>"
    )


def portal_page(page: Plan, text: Text, rng: random.Random) -> str:
    """An older portal: a layout table, <div id="content"> with <p> and inline spans, a visible date line."""
    published = page.published
    gbk = page.charset == "gbk"
    source = ("来源：" if gbk else "Source: ") + page.outlet.name
    date_line = pick(rng, (
        f"Updated: {clock_line(published)}",
        f"{clock_line(published)}",
        f"{'发布时间：' if gbk else 'Published: '}{clock_line(published)}",
    ))  # fmt: skip
    meta = f'<meta name="publishdate" content="{published:%Y-%m-%d}">' if rng.random() < 0.3 else ""
    paragraphs = _paragraphs(text, rng, inline_spans=True)
    if rng.random() < 0.3:  # the story as runs of text separated by <br><br>, as old editors save it
        content = "<br><br>".join(p[3:-4] for p in paragraphs)
    else:
        content = _sprinkle(paragraphs, [photo(rng, page)], rng)
    crumbs = " &gt; ".join(f'<a href="/{s.lower()}/">{s}</a>' for s in ("Home", *page.outlet.sections[:2]))
    editor = ("责任编辑：" if gbk else "Editor: ") + pick(rng, NAMES_BY_REGION["cn"])
    return (
        f'<html>{_head(page, text, rng, meta)}<body><div class="top">'
        f'<a href="/">{"首页" if gbk else "Home"}</a> | '
        f'{nav_bar(rng, page.outlet)}</div><table width="960" align="center"><tr><td class="left">'
        f'<div class="crumbs">{crumbs}</div><h1 class="title">{_escape(text.headline)}</h1>'
        f'<div class="info"><span>{date_line}</span> <span class="src">{_escape(source)}</span></div>'
        f'<div id="content">{content}</div><div class="editor">{_escape(editor)}</div>{share_bar(rng)}</td>'
        f'<td class="right" width="300">{related_list(rng)}{ad_block(rng)}</td></tr></table>'
        f'<div class="bottom">{page_footer(rng, page.outlet, published)}</div></body></html>'
    )


def wire_page(page: Plan, text: Text, rng: random.Random) -> str:
    """A wire service: a dateline opens the story, often without a year and half the time the only date."""
    published = page.published
    agency = pick(rng, ("Xinhua", "ATW", "PPA"))
    when = f"{WIRE_MONTHS[published.month - 1]} {published.day}"
    if rng.random() < 0.4:
        when += f", {published.year}"
    paragraphs = _paragraphs(text, rng)
    paragraphs[0] = (
        f"<p>{page.place.city}, {when} ({agency}) {pick(rng, ('--', '—', '-'))} {paragraphs[0][3:]}"
    )
    meta = f'<meta name="pubdate" content="{iso(published)}">' if rng.random() < 0.5 else ""
    credit = f"(Reporting by {text.author}; Editing by {pick(rng, NAMES_BY_REGION['world'])})"
    return (
        f'<!DOCTYPE html><html lang="en">{_head(page, text, rng, meta)}<body>{nav_bar(rng, page.outlet)}'
        f'<div class="wrapper"><h1 class="headline">{_escape(text.headline)}</h1>'
        f'<div class="story">{"".join(paragraphs)}<p class="credit">{_escape(credit)}</p></div>'
        '<div class="tags">Topics: <a href="/t/economy">Economy</a> <a href="/t/asia">Asia</a></div>'
        f"</div>{page_footer(rng, page.outlet, published)}</body></html>"
    )


def _table_html(rows: tuple[tuple[str, ...], ...]) -> str:
    head = "".join(f"<th>{_escape(cell)}</th>" for cell in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{_escape(cell)}</td>" for cell in row) + "</tr>" for row in rows[1:]
    )
    return f'<table class="data" border="1"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def ministry_page(page: Plan, text: Text, rng: random.Random) -> str:
    """A ministry press release: formal prose, a table of figures, a release-date line, print links."""
    published = page.published
    gbk = page.charset == "gbk"
    label = "发布日期：" if gbk else pick(rng, ("Release date: ", "Date: ", "Released on "))
    stamp = published.strftime("%Y-%m-%d" if rng.random() < 0.6 else "%Y/%m/%d")
    meta = f'<meta name="dc.date" content="{published:%Y-%m-%d}">' if rng.random() < 0.4 else ""
    blocks = _paragraphs(text, rng)
    if text.table:
        blocks.insert(min(2, len(blocks)), _table_html(text.table))
    department = pick(
        rng, ("Department of Foreign Trade", "Department of Services Trade", "Statistics Division")
    )
    return (
        f'<html lang="en">{_head(page, text, rng, meta)}<body>'
        f'<div class="gov-top">{_escape(page.outlet.name)}</div>'
        f'{nav_bar(rng, page.outlet)}<div class="location">Home &gt; News Releases</div>'
        f'<div class="article"><h2 class="tit">{_escape(text.headline)}</h2>'
        f'<p class="date">{label}{stamp} &nbsp; Source: {department}</p>'
        f'<div class="TRS_Editor">{"".join(blocks)}</div>'
        '<div class="print"><a href="#" onclick="window.print()">Print</a> '
        '<a href="#" onclick="window.close()">Close</a></div></div><div class="foot">Sponsored by '
        f"{_escape(page.outlet.name)} · ICP No. {rng.randint(10_000_000, 99_999_999)} · "
        f"Tel: 0571-{rng.randint(8000_0000, 8999_9999)}</div></body></html>"
    )


def blog_page(page: Plan, text: Text, rng: random.Random) -> str:
    """A blog or AMP page whose date and author are in JSON-LD, with ads, a newsletter box and comments."""
    published = page.published
    data = {
        "@context": "https://schema.org",
        "@type": pick(rng, ("NewsArticle", "BlogPosting", "Article")),
        "headline": text.headline,
        "datePublished": iso(published),
        "author": {"@type": "Person", "name": text.author},
        "publisher": {"@type": "Organization", "name": page.outlet.name},
        "mainEntityOfPage": f"/a/{page.n}.html",
    }
    if rng.random() < 0.4:
        data["dateModified"] = iso(published + timedelta(hours=rng.randint(1, 30)))
    ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    amp = rng.random() < 0.5
    if amp:
        image = f'<amp-img src="/img/{page.n}.jpg" width="1200" height="675" layout="responsive"></amp-img>'
    else:
        image = photo(rng, page)
    body = _sprinkle(
        _paragraphs(text, rng), [*(ad_block(rng) for _ in range(rng.randint(1, 3))), newsletter_box()], rng
    )
    return (
        f"<!doctype html>{'<html amp lang=en>' if amp else '<html lang=en-US>'}{_head(page, text, rng, ld)}"
        f'<body class="single-post postid-{page.n}">{nav_bar(rng, page.outlet)}<div class="site-content">'
        f'<h1 class="entry-title">{_escape(text.headline)}</h1>'
        f'<div class="entry-meta">Posted in <a href="/category/analysis/">Analysis</a></div>{image}'
        f'<div class="entry-content">{body}</div>{share_bar(rng)}{related_list(rng)}{comments_section(rng)}'
        f"</div>{cookie_banner()}{page_footer(rng, page.outlet, published)}</body></html>"
    )


SUBHEADS = ("The numbers", "Why it matters", "What comes next", "Winners and losers", "The policy push",
            "Behind the figures", "The view from abroad")  # fmt: skip


def magazine_page(page: Plan, text: Text, rng: random.Random) -> str:
    """Long-form: sections under subheads, a pull quote, a written date in the byline and a 'date' meta."""
    published = page.published
    meta = f'<meta name="date" content="{published:%Y-%m-%d}">' if rng.random() < 0.5 else ""
    blocks = _paragraphs(text, rng)
    step = max(3, len(blocks) // rng.randint(2, 4))
    subheads = rng.sample(SUBHEADS, len(SUBHEADS))
    sections = []
    for number, start in enumerate(range(0, len(blocks), step)):
        heading = f"<h2>{subheads[number % len(subheads)]}</h2>" if number else ""
        sections.append(f"<section>{heading}{''.join(blocks[start : start + step])}</section>")
    if len(text.paragraphs) > 5:  # a pull quote repeats a sentence of the story
        sections.insert(
            1, f'<blockquote class="pullquote">{_escape(text.paragraphs[1].split(". ")[0])}</blockquote>'
        )
    return (
        f'<!DOCTYPE html><html lang="en">{_head(page, text, rng, meta)}<body>{nav_bar(rng, page.outlet)}'
        f'<div class="longform"><p class="kicker">Analysis</p><h1>{_escape(text.headline)}</h1>'
        f'<p class="dek">{_escape(_clip(text.summary, 160))}</p>'
        f'<p class="byline-date">By {_escape(text.author)} · {written_date(published)}</p>'
        f'{photo(rng, page)}<div class="article-content">{"".join(sections)}</div>'
        f'<div class="author-bio">{_escape(text.author)} covers trade and technology.</div></div>'
        f"{newsletter_box()}{related_list(rng)}{page_footer(rng, page.outlet, published)}</body></html>"
    )


LAYOUTS: dict[str, Callable[[Plan, Text, random.Random], str]] = {
    "newsroom": newsroom_page,
    "portal": portal_page,
    "wire": wire_page,
    "ministry": ministry_page,
    "blog": blog_page,
    "magazine": magazine_page,
}


def encoded_page(n: int) -> tuple[bytes, str]:
    """Page n's bytes and the charset they are in, for the Content-Type header."""
    what = plan(n)
    markup = LAYOUTS[what.layout](what, text_of(what), random.Random(f"chrome-{n}"))
    return markup.encode(what.charset, errors="xmlcharrefreplace"), what.charset


def article(n: int) -> bytes:
    """The HTML of article page n: the same bytes on every call and in every process."""
    return encoded_page(n)[0]


# ---------------------------------------------------------------------------------------------
# Feeds
# ---------------------------------------------------------------------------------------------
def _feed_item(base: str, n: int, atom: bool) -> str:
    what = plan(n)
    text = text_of(what)
    link = f"{base}/a/{n}.html"
    title, author, summary = _attr(text.headline), _attr(text.author), _attr(text.summary)
    if atom:
        return (
            f'<entry><title>{title}</title><link rel="alternate" href="{link}"/>'
            f"<id>tag:{what.outlet.host},{what.published:%Y-%m-%d}:{n}</id><published>{iso(what.published)}</published>"
            f"<updated>{iso(what.published)}</updated><author><name>{author}</name></author>"
            f"<summary>{summary}</summary></entry>"
        )
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f'<guid isPermaLink="false">{what.outlet.host}-{n}</guid>'
        f"<pubDate>{rfc822(what.published)}</pubDate><dc:creator>{author}</dc:creator>"
        f"<description>{summary}</description></item>"
    )


def feed(base: str, index: int, total: int) -> bytes:
    """Feed ``index``: articles index*PER_FEED up to ``total``; RSS 2.0 for even indexes, Atom for odd."""
    numbers = range(index * PER_FEED, min(total, (index + 1) * PER_FEED))
    atom = index % 2 == 1
    items = "".join(_feed_item(base, n, atom) for n in numbers)
    updated = max((plan(n).published for n in numbers), default=EARLIEST)
    if atom:
        return (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Synthetic feed {index}</title><id>{base}/feed/{index}</id>"
            f'<link rel="self" href="{base}/feed/{index}"/><updated>{iso(updated)}</updated>{items}</feed>'
        ).encode()
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Synthetic feed {index}</title><link>{base}/</link>"
        f"<description>Feed {index}</description>"
        f"<lastBuildDate>{rfc822(updated)}</lastBuildDate>{items}</channel></rss>"
    ).encode()


# ---------------------------------------------------------------------------------------------
# Serving
# ---------------------------------------------------------------------------------------------
FEED_PATH = re.compile(r"/feed/(\d+)")
ARTICLE_PATH = re.compile(r"/a/(\d+)\.html")


class Handler(BaseHTTPRequestHandler):
    """Serves /feed/{i} (listing up to the site's ``total`` articles) and /a/{n}.html; the rest is a 404."""

    server: Site

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if match := FEED_PATH.fullmatch(path):
            index = int(match.group(1))
            kind = "application/atom+xml" if index % 2 else "application/rss+xml"
            self._send(feed(self.server.base, index, self.server.total), f"{kind}; charset=utf-8")
        elif match := ARTICLE_PATH.fullmatch(path):
            body, charset = encoded_page(int(match.group(1)))
            self._send(body, f"text/html; charset={charset}")
        else:
            self._send(b"", None, status=404)

    def _send(self, body: bytes, content_type: str | None, status: int = 200) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class Site(ThreadingHTTPServer):
    """The loopback news site; whoever starts it sets ``base`` and ``total`` (``start_site`` does both)."""

    daemon_threads = True
    base: str
    total: int


def start_site(total: int) -> Site:
    """A site of ``total`` articles on 127.0.0.1 at a free port, served from a daemon thread."""
    site = Site(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{site.server_address[1]}"
    site.total = total
    threading.Thread(target=site.serve_forever, daemon=True).start()
    return site
