"""What the sentences read so far established about a text.

One ``State`` runs through a whole text: the places, periods, currency and topic that later
sentences leave out, and the last figures they point back to. Every stage of figure
extraction reads it; the sentence loop in ``figures.py`` keeps it up to date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from parsers.metrics import ConceptMatch
from parsers.models import Figure, Target

if TYPE_CHECKING:
    from parsers.issuers import Body


@dataclass
class State:
    """What earlier sentences established: coreference needs it."""

    published: date | None
    main_country: str | None
    main: dict[str, str]
    named: Counter[str]  # how often the text names each place
    # the main country is the one whose currency the text reports in: a place named in passing in one
    # paragraph does not run on into the next
    currency_main: bool = False
    main_currency: str | None = None  # the code of that currency
    # the one national currency the text counts its money in, whatever country it is about (a company's
    # report too): what cents before any amount are hundredths of
    counted_currency: str | None = None
    index_report: tuple[str, ...] = ()  # a report on an index: the names it calls it by (see index_names)
    corporate: bool = False  # a company's own report: its markets are named where their numbers are
    corporate_name: str | None = None  # the company a company's own report is on, if the text names it
    # the company releases numbers from its own business (a payment network's index): its markets are no
    # places
    own_release: bool = False
    platform_report: bool = False  # a marketplace's report on its sellers: numbers no place names are its own
    # (paragraph, name) of a company that reports its own numbers inside a text on a place: until a
    # sentence turns to something else, those numbers are the company's and no place's
    company: tuple[int, str] | None = None
    company_here: bool = False  # the sentence read now gives that company's numbers
    # the company a section headed "SUCCESS STORY 2: Kaay Code, Dakar" tells of, until the next heading
    story: str | None = None
    home_country: str | None = None  # the country the text is about, even a company's: whose yen or rupees
    government_dollar: str | None = None  # the dollar a government's own text writes as "$"
    peso_sign: bool = False  # the text names the peso and marks the US dollar as such: its "$" is the peso
    # the state, province or city whose government issues the text ("GOVERNMENT OF TELANGANA"): its place
    # where a figure's sentence names none
    issuing_place: str | None = None
    # (paragraph, year, "target" or "forecast") of a caption over a list of goals or forecasts
    goal_list: tuple[int, str, str] | None = None
    # (paragraph, measure, "in", "to" or "from") of a caption over a list of places
    by_place: tuple[int, str, str] | None = None
    last_geo: str | None = None
    last_geo_paragraph: int = -1
    list_geo: tuple[int, str | None] | None = None  # (paragraph, the place carried into its list)
    previous_figures: list[Figure] = field(default_factory=list)  # the last sentence's: "the former"
    flow: str | None = None  # the flow the text names most: "exports" in a release on exports
    last_metric: tuple[int, str] | None = None  # (paragraph, phrase)
    last_thing: tuple[int, str] | None = None  # (paragraph, what the last count counted): what "them" is
    last_count: tuple[int, str, str | None] | None = None  # (paragraph, what was counted, where)
    last_share: tuple[int, Figure | Target] | None = None  # (paragraph, the last share): what "the share" is
    last_subject: tuple[int, str] | None = None  # (paragraph, what the last amount measured): what "it" is
    topic: str | None = None  # the catalog concept the text last named: what "exports" alone refers to
    fiscal_start: int = 1  # the month the fiscal year of the text's country begins
    declared_fiscal: bool = False  # the text says when its fiscal year begins
    fiscal_report: bool = False  # it reports on a fiscal year it says ends ("the 12 months ended 30 June")
    budget_year: str | None = None  # the year of the budget the text is on ("Budget 2026")
    fiscal_by_start: bool = False  # its fiscal years are named after the year they start in (Japan)
    stated_currency: str | None = None  # the text says all its amounts are in one currency
    sale_window: str | None = None  # the month or months of the sale the text reports on ("(3-5 November)")
    event_year: str | None = None  # the year of the fair or summit the text's title is on ("Expo 2025")
    lead_topic: str | None = None  # the first one it named: what a table's "Exports" row refers to
    last_period: str | None = None  # the period of the last figure: what "the same period" is
    frame: tuple[int, str] | None = None  # (paragraph, period) a paragraph set for what follows in it
    # the frame before a listed stock's own date reframed its item: the next item of the list returns to it
    listed_frame: tuple[tuple[int, str] | None] | None = None
    periods: Counter[str] = field(default_factory=Counter)  # the text's main period is what it omits
    section: str | None = None  # the period the heading over this part of the text names
    last_span: str | None = None
    last_currency: tuple[int, str] | None = None
    issuer: str | None = None
    table_unit: tuple[int, tuple[str, float, int | None]] | None = None  # (paragraph, what a table stated)
    table_periods: tuple[int, list[str]] | None = None  # (paragraph, the period of each column)
    table_percent: frozenset[int] = frozenset()  # the columns the table's header marks as percentages
    # the columns a caption names with their units ("(cases in thousands; value in US$ million)"), and the
    # unit of each column of the header row under it that they name
    table_named: list[tuple[str, str, float]] = field(default_factory=list)
    table_columns: dict[int, tuple[str, float]] = field(default_factory=dict)
    table_forecasts: dict[int, int] = field(default_factory=dict)  # the columns that hold forecasts, by year
    scenario_year: tuple[int, int] | None = None  # (paragraph, year) of a caption over scenarios for a year
    # (paragraph, years) of a sentence that names an average annual growth over years and gives no figure:
    # "The second chart plots average annual growth in these exports from 2019 to 2023."
    growth_frame: tuple[int, str] | None = None
    figures: list[Figure] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    concepts: dict[str, list[ConceptMatch]] = field(default_factory=dict)
    # (paragraph, column headings, caption, what the text measured before it) of the table being read
    table: tuple[int, tuple[str, ...], str, str | None] | None = None
    # "E-commerce gross merchandise value (GMV)": what a bare "GMV" later stands for
    abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)
    # places' abbreviations the text uses for something else ("the Remessa Conforme Programme (PRC)")
    redefined_places: frozenset[str] = frozenset()
    text: str = ""  # the whole text: who "the ministry" is, read only when a goal needs it
    bodies: list[Body] | None = None  # the bodies and documents it names, found on first need
    author: Body | None = None  # the publisher its header names, found with the bodies
    body_positions: list[int] = field(default_factory=list)  # where each of them is named
    first_level: Figure | None = None  # the first amount the text reported: what a list of places measures
    first_level_looked: int = 0  # how many figures the search for it has looked at (figures are only added)

    def first_amount(self) -> Figure | None:
        """The first amount the text reported, looked for once however many list lines ask."""
        while self.first_level is None and self.first_level_looked < len(self.figures):
            figure = self.figures[self.first_level_looked]
            self.first_level_looked += 1
            if figure.kind == "level" and figure.equivalent_of is None:
                self.first_level = figure
        return self.first_level
