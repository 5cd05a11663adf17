"""Figure and target extraction on sentences written for these tests (and the seed article, if present)."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from parsers.figure_periods import sale_window
from parsers.figure_places import (
    CURRENCY_COUNTRY,
    company_of_text,
    issuing_place,
    own_release_company,
    platform_report,
)
from parsers.figures import extract
from parsers.geo import COUNTRIES, SUBDIVISIONS, find_places, place_aliases, place_counts
from parsers.metrics import Catalog
from parsers.numbers import find_quantities
from parsers.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))
PUBLISHED = date(2025, 11, 20)
SEED = ROOT.parent / "shared" / "seed" / "gold.json"


def figures(text: str) -> list[tuple[float, str | None, str, str | None, str | None]]:
    return [(f.value, f.unit, f.kind, f.period, f.geo) for f in extract(text, PUBLISHED, CATALOG).figures]


def test_level_change_and_equivalent_in_one_sentence() -> None:
    text = (
        "Customs data show that Zhejiang's cross-border e-commerce exports climbed 11.2 percent "
        "in the first three quarters to 312.5 billion yuan ($43.9 billion)."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.period, f.geo) for f in result] == [
        (11.2, "percent", "change", "2025-01/2025-09", "Zhejiang"),
        (3.125e11, "CNY", "level", "2025-01/2025-09", "Zhejiang"),
        (4.39e10, "USD", "level", "2025-01/2025-09", "Zhejiang"),
    ]
    assert result[2].equivalent_of == 1
    assert {f.metric_key for f in result} == {"cn.cross_border_ecommerce_exports"}
    assert result[0].sentence == text and text[slice(*result[1].span)] == "312.5 billion yuan"


def test_periods_carry_over_within_a_paragraph() -> None:
    text = (
        "In the first half of this year, services trade kept growing. Total services trade reached "
        "3.89 trillion yuan, up 8 percent. Knowledge-intensive services trade grew 6.2 percent "
        "in the quarter."
        "\n\nIn October, retail sales rose 4.8 percent to 4.54 trillion yuan, accelerating from 3.2 percent "
        "in September."
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "2025-H1", "2025-H1", "2025-H1", "2025-10", "2025-10", "2025-09",
    ]  # fmt: skip


def test_multiples_span_from_their_base_and_restatements_link_across_sentences() -> None:
    text = (
        "Software exports reached $180 billion in 2024, up 4.5 times from a decade earlier. "
        "Japan's digital deficit widened to 6.7 trillion yen last year. "
        "The shortfall, equivalent to about $45 billion, was a record."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.period) for f in result[:2]] == [(1.8e11, "2024"), (4.5, "2014/2024")]
    assert (result[3].unit, result[3].equivalent_of, result[3].period) == ("USD", 2, "2024")


def test_a_restatement_after_a_change_links_to_the_amount_before_it() -> None:
    text = (
        "The Philippine outsourcing industry earned $38 billion in revenues last year, up 7 percent. "
        "That is equivalent to roughly P2.2 trillion."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.unit, f.equivalent_of) for f in result] == [("USD", None), ("percent", None), ("PHP", 0)]


def test_places_follow_regions_attributions_and_owners() -> None:
    text = (
        "African digital trade is growing. The continent's exports of digitally deliverable services "
        "reached $44.9 billion in 2023. Exports from Africa grew 8.1 percent, the ITC said.\n\n"
        "Fujian's cross-border e-commerce trade rose 11.3 percent, Fuzhou Customs said.\n\n"
        "The WTO's 164 members met in Abu Dhabi, and China's share of them climbed to 5.1 percent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Africa", "Africa", "Fujian", "World", "China",
    ]  # fmt: skip


def test_a_company_release_reports_the_company_not_its_country() -> None:
    text = (
        "HANGZHOU, China -- Lantern Group today reported results. Total revenues were RMB58.6 billion, "
        "up 6.5% year-over-year. The Group's cross-border sales rose 45%, and the Group hired 500 engineers."
    )
    assert {f.geo for f in extract(text, PUBLISHED, CATALOG).figures} == {None}


def test_the_metric_is_the_subject_with_its_qualifiers() -> None:
    text = (
        "Cross-border e-commerce exports rose 9 percent, while exports of robot vacuum cleaners through "
        "online channels rose 28 percent. Telecommunications, computer and information services remained "
        "the largest category, with exports rising 13.4 percent. The country's digital economy generated "
        "$81.3 billion of value added. China's ICT surplus with the region was $51.3 billion."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result[:4]] == [
        "Cross-border e-commerce exports",
        "exports of robot vacuum cleaners through online channels",
        "Telecommunications, computer and information services exports",
        "country's digital economy value added",
    ]
    # A narrower series never shares the key of the catalog concept it mentions.
    assert result[0].metric_key == "cn.cross_border_ecommerce_exports"
    assert result[1].metric_key != result[0].metric_key


def test_table_rows_and_list_lines_are_labelled_by_their_first_cell() -> None:
    text = (
        "China's foreign trade in goods, January-September 2025.\n\n"
        "Indicator | Value | Change\nExports | 19.95 trillion yuan | +7.1%\n"
        "Cross-border e-commerce imports | 430 billion yuan | -6.3%\n\n"
        "ASIA-PACIFIC\nDigital economy GMV, ASEAN, 2024: US$263 billion (+15%)"
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.metric_key) for f in result[:4:2]] == [
        ("Exports of trade in goods", "cn.goods_exports"),
        ("Cross-border e-commerce imports", "cn.cross_border_ecommerce_imports"),
    ]
    assert (result[4].metric, result[4].geo, result[4].period) == (
        "Digital economy GMV (gross merchandise value)",
        "ASEAN",
        "2024",
    )


def test_periods_from_questions_bullets_and_relative_words() -> None:
    text = (
        "Q: How did digital trade do last year?\n\n"
        "A: Digitally delivered services trade came to about 2.9 trillion yuan, up 6.5 percent. Zhejiang's "
        "exports grew 9.8 percent in the same period, and the share of SMEs rose to 18.2 percent, "
        "up from 17.3 percent a year earlier.\n\n"
        "• Total services trade: RMB 7,523.1 billion (+14.4%)\n"
        "• Fourth quarter alone: RMB 2,004.6 billion (+12.1%)"
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "2024", "2024", "2024", "2024", "2023", "2024", "2024", "2024-Q4", "2024-Q4",
    ]  # fmt: skip


def test_a_stated_currency_and_a_company_release() -> None:
    text = (
        "HONG KONG -- Orientrade Holdings Ltd (HKEX: 2613) reported results for the three months ended "
        "September 30. (All amounts in RMB unless otherwise noted.)\n\n"
        "Revenue: 18.6 billion, up 14% from a year earlier\n"
        "GMV, trailing twelve months: 1.92 trillion, up 9%"
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.period, f.geo) for f in result] == [
        (1.86e10, "CNY", "2025-Q3", None),
        (14, "percent", "2025-Q3", None),
        (1.92e12, "CNY", "2024-10/2025-09", None),
        (9, "percent", "2024-10/2025-09", None),
    ]


def test_a_bare_amount_takes_the_local_currency_not_its_restatement_in_dollars() -> None:
    text = (
        "Of the total, Singapore's services exports stood at S$124.5 billion ($92.9 billion), "
        "up 5.1 per cent, while services imports came to 119.6 billion, up 2.0 per cent.\n\n"
        "India's software exports reached Rs 9.2 lakh crore ($110.2 billion) last year. "
        "Imports of software services came to 1.4 trillion.\n\n"
        "Exports of ICT services hit $41.5 billion (3.5 trillion rupees), while imports were 12.3 billion."
    )
    levels = [
        (f.value, f.unit, f.equivalent_of is not None) for f in extract(text, PUBLISHED, CATALOG).figures
    ]
    assert [level for level in levels if level[1] != "percent"] == [
        (1.245e11, "SGD", False), (9.29e10, "USD", True), (1.196e11, "SGD", False),
        (9.2e12, "INR", False), (1.102e11, "USD", True), (1.4e12, "INR", False),
        (4.15e10, "USD", False), (3.5e12, "INR", True), (1.23e10, "USD", False),
    ]  # fmt: skip


def test_deadlines_hold_for_their_sentence_and_past_ones_date_a_stock() -> None:
    text = (
        "By 2030, digitally delivered services trade will strive to exceed 4 trillion yuan, and "
        "cross-border e-commerce trade will reach 4 trillion yuan. By the end of 2024, China had 974 million "
        "online shoppers. The EU set a 2030 target of at least 90 percent, against 57.7 percent in 2023. "
        "Three out of four firms expect exports to grow over the next two years. The WTO raised its "
        "forecast for trade volumes this year to 2.4%. The headline was a GDP growth target of "
        "around 5 percent."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.comparator, t.year) for t in result.targets] == [
        (4e12, ">", 2030), (4e12, "=", 2030), (90, ">=", 2030), (2.4, "=", 2025), (5, "~", 2025),
    ]  # fmt: skip
    assert [f.value for f in result.figures] == [9.74e8, 57.7, 75]


def test_falls_are_negative_and_absolute_changes_are_changes() -> None:
    text = "Goods exports to the region fell 3.4 percent last year, while imports declined by $12 billion."
    assert figures(text) == [
        (-3.4, "percent", "change", "2024", None),
        (-1.2e10, "USD", "change", "2024", None),
    ]


def test_share_cagr_and_count() -> None:
    text = (
        "Digitally delivered services accounted for 54.2 percent of global services exports in 2024. "
        "They grew at an average annual rate of 8.1 percent between 2019 and 2023, and more than 4,000 "
        "companies now sell abroad."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.kind, f.period) for f in result] == [("share", "2024"), ("cagr", "2019/2023"), ("count", None)]
    assert result[0].share_of == "global services exports"
    assert result[2].approx and "companies" in result[2].metric


def test_the_country_and_the_former_resolve() -> None:
    text = (
        "China's online retail sales rose 7.2 percent in 2024.\n\n"
        "Imports and exports of the country's digital trade reached 3.8 trillion yuan in 2024. "
        "Digitally delivered services and digitally ordered goods both grew, and the former rose 6.5 percent."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.geo for f in result] == ["China", "China", "China"]
    assert result[2].metric.lower().startswith("digitally delivered services")


def test_targets_with_comparators_deadlines_and_issuers() -> None:
    text = (
        "China has issued an action plan on digital trade. Under the plan, the share of digitally delivered "
        "services in total services trade should exceed 45 percent by 2029 and reach 50 percent by 2035. "
        "Analysts expect cross-border e-commerce trade to hit about 3 trillion yuan by 2027."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert result.figures == ()
    assert [(t.value, t.comparator, t.year, t.kind) for t in result.targets] == [
        (45.0, ">", 2029, "target"),
        (50.0, "=", 2035, "target"),
        (3e12, "~", 2027, "forecast"),
    ]
    assert result.targets[0].metric_key == "cn.digitally_delivered_services_share_of_services_trade"


def test_off_topic_numbers_are_not_figures() -> None:
    text = "The home side won 3-1 on Sept 25 at 7:30 pm, their fourth win in a row, in the 15th round."
    assert figures(text) == []


def test_bad_input_never_raises() -> None:
    prose = "The ministry said digital trade kept growing as platforms opened new routes abroad. " * 40
    paragraph = prose + "Exports rose 6.5 percent to 2.9 trillion yuan in 2024.\n\n"
    five_megabytes = paragraph * (5_000_000 // len(paragraph))
    table_line = "Exports | 2.9 trillion yuan | +6.5% | " * 2_000  # a table flattened into one long line
    for text in ("", "no numbers here", "12" * 100_000, "x|" * 200_000, "exports rose 5.", "value of $",
                 "２．９ trillion yuan", table_line, five_megabytes):  # fmt: skip
        extract(text, None, CATALOG)
    assert extract(five_megabytes, None, CATALOG).truncated


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside the project")
def test_seed_article_exactly() -> None:
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    result = extract(gold["text"], date.fromisoformat(gold["published"]), CATALOG)
    got = sorted(
        (f.value, f.unit, f.kind, f.period, f.geo, f.equivalent_of is not None) for f in result.figures
    )
    want = sorted(
        (g["value"], g["unit"], g["kind"], g["period"], g["geo"], g["equivalent"]) for g in gold["figures"]
    )
    assert got == want
    keys = {(f.value, f.unit): f.metric_key for f in result.figures}
    agree = [g["metric_id"] == keys[(g["value"], g["unit"])] for g in gold["figures"]]
    assert sum(agree) == len(agree) - 1  # all but SHEIN's own count, which the catalog does not know
    targets = sorted((t.value, t.unit, t.comparator, t.year, t.geo, t.kind) for t in result.targets)
    assert targets == sorted(
        (t["value"], t["unit"], t["comparator"], t["year"], t["geo"], t["kind"]) for t in gold["targets"]
    )


def test_more_wordings_of_numbers() -> None:
    text = (
        "Zhejiang contributed nearly two-fifths of the provincial total, more than twice the level of 2015. "
        "The number of platform sellers in the province had passed 120,000 by the end of June, and 300-plus "
        "firms opened warehouses abroad. The services deficit narrowed by RMB 33.2 billion in 2024. "
        "In the 10 years through 2024, ICT services exports grew at an average annual rate of 5.9 percent."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(f.value, f.unit, f.kind, f.approx) for f in result.figures] == [
        (40.0, "percent", "share", True),
        (2.0, "times", "change", True),
        (120_000, "count", "count", True),  # "had passed 120,000": at least that many
        (300, "count", "count", True),
        (pytest.approx(-3.32e10), "CNY", "change", False),
        (5.9, "percent", "cagr", False),
    ]
    assert result.targets == ()


def metrics(text: str) -> list[str]:
    return [f.metric for f in extract(text, PUBLISHED, CATALOG).figures]


def test_a_falling_clause_names_its_own_subject() -> None:
    text = (
        "Fujian's cross-border e-commerce trade reached 90 billion yuan. Exports made up 70 billion yuan "
        "of it, while imports slid 2.5 percent to 20 billion yuan."
    )
    assert metrics(text)[2:] == ["imports of cross-border e-commerce trade"] * 2


def test_the_number_of_things_names_the_things() -> None:
    text = "The number of active online sellers in Johor reached 12,400 in 2024."
    assert metrics(text) == ["active online sellers in Johor"]


def test_a_bulleted_list_names_flows_balances_and_periods_of_its_topic() -> None:
    text = (
        "Services trade at a glance: trade in services, 2024\n\n"
        "• Exports: RMB 2,100.5 billion (+9.0%)\n"
        "• Deficit: RMB 950.2 billion\n"
        "• Third quarter alone: RMB 1,500.0 billion\n\nSource: the ministry."
    )
    assert metrics(text) == [
        "Exports of trade in services",
        "Exports of trade in services",
        "services trade deficit",
        "services trade",
    ]


def test_asides_between_a_subject_and_its_verb_are_skipped() -> None:
    text = (
        "Cloud services, most of which are sold abroad, accounted for 40 percent of software exports. "
        "Platform services - marketplaces, app stores and ad networks - made up 25 percent of the total. "
        "Video streaming, however, grew 3 percent."
    )
    assert metrics(text) == [
        "share of Cloud services in software exports",
        "share of Platform services in the total",
        "Video streaming",
    ]


def test_a_share_verb_after_and_keeps_the_subject_before_it() -> None:
    text = (
        "Worldwide, digitally delivered services exports reached $4.0 trillion in 2024, and accounted for "
        "55 percent of total U.S. services exports, with insurance accounting for 6 percent of the total."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.share_of) for f in result[1:]] == [
        (
            "share of digitally delivered services exports in total U.S. services exports",
            "total U.S. services exports",
        ),
        ("share of insurance in total U.S. services exports", "total U.S. services exports"),
    ]


def test_a_count_keeps_the_clause_that_says_what_is_counted() -> None:
    text = (
        "By June, more than 3,000 companies in the city were running overseas warehouses, officials said. "
        "The fair drew 900 exhibitors from 40 countries and regions. "
        "Hubs handled about 20 cargo flights a week."
    )
    assert metrics(text) == [
        "companies in the city were running overseas warehouses",
        "exhibitors from 40 countries and regions",
        "countries and regions",
        "cargo flights a week",
    ]


def test_a_pronoun_subject_measures_what_the_last_amount_measured() -> None:
    text = (
        "Global exports of digitally deliverable services reached $4.1 trillion in 2024.\n\n"
        "These services accounted for 55 percent of global services exports. Their value has doubled "
        "since 2014."
    )
    assert metrics(text)[1:] == [
        "share of Global exports of digitally deliverable services in global services exports",
        "Global exports of digitally deliverable services",
    ]


def test_a_percentage_after_a_listed_item_is_its_share_of_the_same_whole() -> None:
    text = (
        "Germany was the EU's largest partner, taking 28% of the bloc's software exports, "
        "followed by France (12%) and Italy (7%)."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.kind, f.geo, f.metric) for f in result[1:]] == [
        ("share", "EU", "share of France in the bloc's software exports"),
        ("share", "EU", "share of Italy in the bloc's software exports"),
    ]


def test_a_province_in_apposition_only_locates_the_city() -> None:
    text = (
        "The trade fair closed in Ningbo, a city in East China's Zhejiang province, with deals worth "
        "3.1 billion yuan. The fair ended in Wenzhou, Zhejiang province, with orders worth 1.2 billion yuan."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Ningbo", "Wenzhou"]


def test_owned_subjects_appended_changes_and_measures_before_amounts() -> None:
    text = (
        "Sichuan, the country's largest inland foreign trade hub, saw its digital trade reach 80 billion "
        "yuan in 2024, up 9 percent. The bloc's internet economy generated a gross merchandise value "
        "(GMV) of $120 billion, up 11 percent from a year earlier. Mobile sales grew 4 percent and desktop "
        "sales fell 2 percent in 2024, when web sales reached $2 billion and app sales were $3 billion."
    )
    assert metrics(text) == [
        "digital trade",
        "digital trade",
        "bloc's internet economy gross merchandise value (GMV)",
        "bloc's internet economy gross merchandise value (GMV)",
        "Mobile sales",
        "desktop sales",
        "web sales",
        "app sales",
    ]


def test_abbreviations_and_verbless_clauses_name_the_subject() -> None:
    text = (
        "Canada's exports of information and communications technology (ICT)-enabled services were "
        "$90 billion in 2024.\n\nCanada's digitally delivered services trade set a record. Canada sold more "
        "services abroad than ever, with exports up 7% on 2023."
    )
    first, second = metrics(text)
    assert first == "Canada's exports of information and communications technology ICT-enabled services"
    assert "exports" in second and "digitally delivered services" in second


def test_a_share_of_them_is_a_share_of_what_was_just_counted() -> None:
    text = "The survey covered 2,000 exporters. A quarter of them sell only online."
    result = extract(text, PUBLISHED, CATALOG).figures
    assert (result[1].kind, result[1].share_of) == ("share", "exporters")
    assert "sell only online" in result[1].metric


def test_the_year_before_a_fiscal_year_is_the_fiscal_year_before() -> None:
    text = (
        "India's software exports grew. The export agency lent ₹900 crore to exporters in the 2023-24 "
        "financial year, up from ₹700 crore the year before. Services exports rose to $300 billion in "
        "2023-24 from $280 billion in the previous year, a growth of 7.1 per cent."
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "2023-04/2024-03",
        "2022-04/2023-03",
        "2023-04/2024-03",
        "2022-04/2023-03",
        "2023-04/2024-03",
    ]


def test_a_value_compared_with_is_the_same_measure_earlier() -> None:
    text = "The digital economy made up 18.2 percent of GDP in 2024, up from 17.5 percent a year earlier."
    first, second = extract(text, PUBLISHED, CATALOG).figures
    assert (second.kind, second.metric, second.period) == ("share", first.metric, "2023")


def test_a_part_that_made_up_a_percentage_with_no_whole_named_is_a_share() -> None:
    text = (
        "Contact centres accounted for 58% of revenues, while software services made up 22%. "
        "Within the total, IT services made up 68.4%, while BPO contributed 27.9%."
    )
    assert [f[2] for f in figures(text)] == ["share"] * 4


def test_a_goal_counting_things_with_listed_modifiers_names_them_all() -> None:
    result = extract(
        "MDEC seeks to bring 50,000 more micro, small and medium enterprises onto marketplaces by 2026.",
        PUBLISHED,
        CATALOG,
    )
    assert [(t.value, t.year, t.metric) for t in result.targets] == [
        (50_000, 2026, "micro, small and medium enterprises onto marketplaces")
    ]


def test_a_shares_whole_ends_before_its_own_amount_or_abbreviation() -> None:
    text = (
        "Digitally delivered services made up 74 per cent of total UK services exports of £513bn. "
        "The digital economy contributed 23.2% of gross domestic product (GDP) in 2023."
    )
    assert [f.share_of for f in extract(text, PUBLISHED, CATALOG).figures if f.kind == "share"] == [
        "total UK services exports",
        "gross domestic product (GDP)",
    ]


def test_people_employed_by_a_subject_with_an_aside_a_participle_or_a_second_verb() -> None:
    text = (
        "Fiji's outsourcing industry, which handles customer calls, employed about 6,200 people. "
        "India is home to more than 1,800 GCCs employing about 1.9 million people. "
        "Capability centres (CCs), the units set up by multinationals, now number 1,800 and employ "
        "about 1.9 million people."
    )
    people = [f.metric for f in extract(text, PUBLISHED, CATALOG).figures if "people" in f.metric]
    assert people == [
        "people employed in Fiji's outsourcing industry",
        "people employed in GCCs",
        "people Capability centres (CCs) employ",  # the text's own verb
    ]


def test_the_period_a_subject_names_is_the_figures_not_part_of_its_metric_or_key() -> None:
    published = date(2025, 11, 6)
    q3 = extract(
        "Total revenue in the third quarter was US$612 million, an increase of 41% from US$434 million in "
        "the prior-year quarter.",
        published,
        CATALOG,
    ).figures
    assert [(f.metric, f.period) for f in q3] == [
        ("Total revenue", "2025-Q3"),
        ("Total revenue", "2025-Q3"),
        ("Total revenue", "2024-Q3"),
    ]
    q2 = extract("Total revenue in the second quarter was US$580 million.", published, CATALOG).figures
    assert q2[0].metric_key == q3[0].metric_key
    months = extract("Exports for the first half of fiscal 2025 rose 5%.", published, CATALOG).figures
    assert months[0].metric == "Exports"


def test_a_share_of_people_who_did_what_a_catalog_share_measures_takes_its_key() -> None:
    text = (
        "In the EU, only 55.6% of people aged 16 to 74 had at least basic digital skills in 2023, and "
        "45.2% of enterprises used cloud computing services."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric_key for f in found] == [
        "eu.basic_digital_skills_share",
        "eu.enterprises_using_cloud_share",
    ]
    assert found[0].metric == "share of people aged 16 to 74 that had at least basic digital skills"


def test_an_abbreviation_with_a_hyphen_stays_in_the_name() -> None:
    text = (
        "The Philippine information technology and business process management (IT-BPM) industry "
        "generated $38 billion in revenues last year. Exports of content (games and music) rose 5%."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Philippine information technology and business process management (IT-BPM) industry revenues",
        "Exports of content",
    ]


def test_a_participle_right_before_the_verb_qualifies_the_subject() -> None:
    text = "Items sold climbed 39% to 624 million. Parcels shipped rose 5%."
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Items sold",
        "Items sold",
        "Parcels shipped",
    ]


def test_a_subject_that_narrows_a_defined_measure_keeps_its_own_name_and_key() -> None:
    for text in (
        "Gross merchandise value (GMV) was US$4.82 billion. Cross-border GMV was US$1.97 billion.",
        "- Gross merchandise value (GMV) of US$4.82 billion.\n- Cross-border GMV of US$1.97 billion.",
    ):
        total, cross = extract(text, PUBLISHED, CATALOG).figures
        assert cross.metric == "Cross-border GMV (Gross merchandise value)"
        assert cross.metric_key != total.metric_key


def test_a_share_in_an_aside_is_not_the_measure_and_those_from_another_place_are_its_kin() -> None:
    text = (
        "Purchases from China, which accounted for 58.3 percent of the total, dropped 7.6 percent to 1.12 "
        "trillion won. Those from the United States gained 5.2 percent to 418.3 billion won."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "share of Purchases from China in the total",
        "Purchases from China",
        "Purchases from China",
        "Purchases from the United States",
        "Purchases from the United States",
    ]


def test_a_group_that_opens_the_sentence_narrows_its_figures() -> None:
    assert metrics("Among large firms, cloud adoption rose to 61 percent in 2024.") == [
        "cloud adoption among large firms"
    ]


def test_an_amount_after_the_whole_of_a_share_measures_the_whole() -> None:
    text = "Software made up 40 percent of the country's services exports of $200 billion."
    assert metrics(text)[1] == "country's services exports"


def test_participles_owned_shares_and_groups_keep_their_subject() -> None:
    text = (
        "Mobile money accounts in Ghana have doubled since 2019, reaching 30 million in 2024. "
        "Global exports of AI services grew 20 percent in 2024, and India's share of them rose to 6 percent. "
        "Average export sales of the surveyed firms fell 3 percent. "
        "Two out of three SMEs accepted QR payments in 2024."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result] == [
        "Mobile money accounts in Ghana",
        "Mobile money accounts in Ghana",
        "Global exports of AI services",
        "share of India in Global exports of AI services",
        "Average export sales of the surveyed firms",
        "SMEs accepted QR payments share",
    ]


def test_a_flow_from_a_place_is_a_flow_of_the_topic() -> None:
    text = "Kenya's digitally delivered services trade keeps growing. Exports from Kenya rose 8 percent."
    assert metrics(text) == ["Exports from Kenya of digitally delivered services trade"]


def test_an_event_is_dated_by_the_report_and_an_opening_period_covers_counts() -> None:
    text = (
        "The fair drew more than 600 exhibitors from 20 countries.\n\n"
        "In 2024, 60% of adults shopped online, and the bloc counted 9.5 million ICT specialists."
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == ["2025", "2025", "2024", "2024"]


def test_places_named_in_the_sentence_resolve_anaphors_partners_and_openings() -> None:
    text = (
        "Hangzhou is the home of the expo. In Ningbo, online exports rose 9 percent, and the city is home "
        "to some 5,000 online sellers. Japan was the largest market, taking $20 billion. "
        "With 650 million people and 400 million internet users, ASEAN is a fast-growing market. "
        "India's share of world services exports climbed 0.8 percentage points."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Ningbo", "Ningbo", "Ningbo", "ASEAN", "ASEAN", "India",
    ]  # fmt: skip


def test_a_goal_names_what_it_moves_and_a_forecast_its_subject() -> None:
    text = (
        "The ministry aims to lift annual game exports to $12 billion by 2028. "
        "Officials expect cloud services revenue to top $5 billion in 2027. "
        "Regional e-commerce sales are expected to reach $300 billion by 2030."
    )
    assert [t.metric for t in extract(text, PUBLISHED, CATALOG).targets] == [
        "annual game exports",
        "cloud services revenue",
        "Regional e-commerce sales",
    ]


def test_a_share_of_respondents_is_named_by_their_group_and_answer() -> None:
    text = (
        "A poll of 900 retailers was published in March. Three out of four surveyed retailers said they "
        "accepted mobile wallets, and about half reported shipping orders abroad.\n\n"
        "Last year, 41 percent of hotels used booking apps, while 12 percent analysed guest data. "
        "Three-quarters of the hotels that sell online had added a second language."
    )
    shares = [(f.metric, f.share_of) for f in extract(text, PUBLISHED, CATALOG).figures if f.kind == "share"]
    assert shares == [
        ("share of surveyed retailers that accepted mobile wallets", "surveyed retailers"),
        ("share of surveyed retailers that reported shipping orders abroad", "surveyed retailers"),
        ("share of hotels that used booking apps", "hotels"),
        ("share of hotels that analysed guest data", "hotels"),
        ("share of hotels that sell online that had added a second language", "hotels that sell online"),
    ]


def test_a_share_of_a_survey_takes_the_surveyed_group() -> None:
    text = "Our team surveyed 2,500 exporters in May. About half now plan to open an overseas office."
    result = extract(text, PUBLISHED, CATALOG).figures
    shares = [f.metric for f in result if f.kind == "share"]
    assert shares == ["share of exporters that plan to open an overseas office"]


def test_a_share_of_the_total_is_a_share_of_what_was_just_measured() -> None:
    text = (
        "Online exports of the province's furniture makers reached 80 billion yuan in 2024. "
        "Ningbo contributed about a third of that total.\n\n"
        "The port city hosts some 9,000 online furniture sellers, about a fifth of the national total."
    )
    shares = [(f.metric, f.share_of) for f in extract(text, PUBLISHED, CATALOG).figures if f.kind == "share"]
    assert shares[1] == ("share of port city in online furniture sellers", "online furniture sellers")
    assert shares[0] == (
        "share of Ningbo in Online exports of the province's furniture makers",
        "Online exports of the province's furniture makers",
    )


def test_a_count_of_the_parties_to_something_has_no_place_of_its_own() -> None:
    text = (
        "Malaysia hosts the talks on the data pact, which now has 14 members. "
        "The EU's 27 member states back it, as do 12 African economies.\n\n"
        "Malaysia's online exports rose 7 percent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [None, "EU", "Africa", "Malaysia"]


def test_a_bare_amount_compared_with_a_year_earlier_is_dated_a_year_earlier() -> None:
    text = (
        "Harbourline reported results for the three months ended June 30.\n\n"
        "(All amounts in RMB unless otherwise noted.)\n\n"
        "Operating profit came to 3.6 billion, compared with 2.9 billion a year earlier."
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == ["2025-Q2", "2024-Q2"]


def test_a_period_that_dates_an_event_is_not_the_figures() -> None:
    text = (
        "Harbourline reported results for the three months ended June 30.\n\n"
        "Cloud revenue tripled to 4 billion yuan, while subscription revenue rose 40 percent "
        "after the rollout in March of a cheaper plan."
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == ["2025-Q2", "2025-Q2", "2025-Q2"]


def test_what_was_bought_sold_or_provided_is_the_metric_not_who() -> None:
    text = (
        "Kenyan firms bought $2.1 billion of cloud services from abroad in 2024. "
        "Vietnamese studios sold $900 million of mobile games overseas last year. "
        "A state lender provided $340 million of financing to online exporters."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "cloud services imports",
        "mobile games exports",
        "state lender financing",
    ]


def test_an_earlier_value_after_a_long_qualifier_is_the_same_measure() -> None:
    text = (
        "A state lender provided $410 million of financing to small online exporters in the northern "
        "provinces in 2024, up from $260 million the year before."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.period) for f in result] == [
        ("state lender financing", "2024"),
        ("state lender financing", "2023"),
    ]


def test_a_part_in_a_with_clause_and_a_gapped_part_share_the_amounts_whole() -> None:
    text = (
        "Online furniture sales rose 9 percent to 90 billion yuan in 2024, with sofas contributing "
        "about a third of the total and the bedding segment 21 percent."
    )
    shares = [(f.metric, f.share_of) for f in extract(text, PUBLISHED, CATALOG).figures if f.kind == "share"]
    assert shares == [
        ("share of sofas in Online furniture sales", "Online furniture sales"),
        ("share of bedding segment in Online furniture sales", "Online furniture sales"),
    ]


def test_such_things_are_the_things_as_the_text_named_them() -> None:
    text = (
        "Bonded e-commerce warehouses let online sellers stock goods near buyers.\n\n"
        "The province now runs 45 such warehouses. Imports of such goods rose 8 percent in 2024. "
        "Its artisans are known for handmade goods. Exports of such goods rose 11 percent."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Bonded e-commerce warehouses",
        "Imports of such goods",  # "let online sellers stock goods" may hold a verb: not taken
        "Exports of handmade goods",
    ]


def test_the_gazetteer_knows_more_economies_and_chinese_cities() -> None:
    text = (
        "Irish software exports rose 6 percent in 2024. Mexico's online sales grew 11 percent, "
        "and Foshan's cross-border e-commerce exports climbed 9 percent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Ireland", "Mexico", "Foshan"]


def test_the_share_is_the_share_last_named() -> None:
    text = (
        "Online sales made up 31.5 percent of Vietnam's retail sales in 2024. "
        "Officials said the share marked a 2.8 percentage point increase.\n\n"
        "Q: The plan wants the share of cloud services in software spending above 60 percent by 2030. "
        "Can it?\n\n"
        "A: The share was 48 percent last year."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.share_of) for f in result] == [
        ("share of Online sales in Vietnam's retail sales", "Vietnam's retail sales"),
        ("share of Online sales in Vietnam's retail sales", "Vietnam's retail sales"),
        ("share of cloud services in software spending", None),
    ]


def test_the_scale_or_size_points_back_to_what_was_measured() -> None:
    text = (
        "In 2024, the city's online game exports reached 52 billion yuan, "
        "and the scale was up 6.1 billion yuan from a year earlier."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result] == ["city's online game exports", "city's online game exports"]


def test_gdp_named_before_an_amount_is_the_metric() -> None:
    text = (
        "Cross-border e-commerce is booming in the bloc, a market of 600 million people "
        "with a combined GDP of about $4 trillion."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result if f.unit == "USD"] == ["GDP (gross domestic product)"]


def test_a_goal_for_the_share_is_for_the_share_last_named() -> None:
    text = (
        "Online sales made up 31.5 percent of Vietnam's retail sales in 2024. "
        "The trade ministry expects that share to exceed 40 percent by 2030."
    )
    assert [t.metric for t in extract(text, PUBLISHED, CATALOG).targets] == [
        "share of Online sales in Vietnam's retail sales"
    ]


def test_the_change_a_forecast_implies_is_part_of_the_forecast() -> None:
    result = extract(
        "The region's digital economy is expected to generate GMV of $299 bln in 2025, up 14 pct from "
        "last year, driven by e-commerce.",
        date(2025, 11, 12),
        CATALOG,
    )
    assert [(t.value, t.unit, t.year, t.kind) for t in result.targets] == [
        (2.99e11, "USD", 2025, "forecast"),
        (14.0, "percent", 2025, "forecast"),
    ]
    assert result.figures == ()


def test_a_forecast_goes_on_with_its_growth_and_a_second_verb() -> None:
    result = extract(
        "For 2025, the industry is projected to generate $40 billion in revenues, a 5% increase, and "
        "employ around 1.9 million workers, the association said.",
        date(2025, 2, 20),
        CATALOG,
    )
    assert [(t.value, t.year, t.metric) for t in result.targets] == [
        (4e10, 2025, "revenues"),
        (5.0, 2025, "revenues"),
        (1.9e6, 2025, "workers"),
    ]
    assert result.figures == ()
    past = extract(
        "Exports are expected to reach $5bn by 2030, and grew 5 percent in 2024.", PUBLISHED, CATALOG
    )
    assert [(f.value, f.period) for f in past.figures] == [(5.0, "2024")]


def test_guidance_shall_and_a_second_forecasts_year() -> None:
    published = date(2025, 11, 13)
    guided = extract(
        "The company raised its full-year 2025 revenue guidance to US$1.55 billion-1.6 billion and said it "
        "expects revenue of about US$2 billion in 2026.",
        published,
        CATALOG,
    )
    assert [(t.value, t.year) for t in guided.targets] == [(1.55e9, 2025), (1.6e9, 2025), (2e9, 2026)]
    shall = extract(
        "The agency set the target for 2027 that the deficit shall be reduced to not more than 400,000 "
        "million Baht, and exports shall increase to 100,000 million Baht.",
        published,
        CATALOG,
    )
    assert [(t.value, t.comparator, t.year) for t in shall.targets] == [(4e11, "<=", 2027), (1e11, "=", 2027)]
    based = extract(
        "Full-year exports are expected to exceed US$580 billion, growing more than 20 percent from last "
        "year's US$475.07 billion.",
        published,
        CATALOG,
    )
    assert [t.value for t in based.targets] == [5.8e11, 20.0]
    assert [f.value for f in based.figures] == [4.7507e11]


def test_the_verb_that_reports_a_forecast_is_no_part_of_what_it_is_of() -> None:
    result = extract(
        "The ministry raised its outlook, saying full-year exports are expected to exceed US$580 billion.",
        date(2025, 8, 9),
        CATALOG,
    )
    assert [t.metric for t in result.targets] == ["full-year exports"]


def test_a_revised_forecast_is_of_what_the_forecast_is_for() -> None:
    text = (
        "The freight council raised its forecast for growth in container shipping volumes this year to 5.2%, "
        "well above the 3% projected in May.\n\nIt trimmed its forecast for 2027 to 2.9% from 3.4%.\n\n"
        "Cloud services revenue is projected to grow 9% in 2026 and to slow to 7% in 2027."
    )
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.quote, t.metric) for t in targets if t.quote != "3%"] == [
        ("5.2%", "growth in container shipping volumes"),
        ("2.9%", "growth in container shipping volumes"),
        ("3.4%", "growth in container shipping volumes"),
        ("9%", "Cloud services revenue"),
        ("7%", "Cloud services revenue"),
    ]


def test_a_target_of_a_value_named_after_its_measure() -> None:
    text = (
        "The cabinet set an export growth target of about 6 percent for 2026 and kept "
        "the Digital Nation Plan target of 30 percent by 2030."
    )
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [t.metric for t in targets][:1] == ["export growth"]
    assert all(t.metric != "Digital Nation Plan" for t in targets)


def test_a_figure_next_to_a_list_of_places_is_none_of_theirs() -> None:
    text = (
        "African software exports reached $9 billion in 2024. Egypt, Kenya, Morocco and Nigeria "
        "together accounted for 70 percent of the total.\n\n"
        "We polled 1,200 developers across India, Brazil and Mexico."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Africa", "Africa", None]


def test_a_percentage_more_than_a_year_is_a_change() -> None:
    text = "Online exports of furniture reached 80 billion yuan in 2024. This is 6.2% more than in 2023."
    assert [f.kind for f in extract(text, PUBLISHED, CATALOG).figures] == ["level", "change"]


def test_a_count_covered_by_things_counted_before_is_their_reach() -> None:
    text = "Sellers in the province ran 150 bonded warehouses spanning 24 countries in 2024."
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures][1] == (
        "countries covered by bonded warehouses"
    )


def test_a_count_of_what_something_hosts_names_the_host() -> None:
    text = (
        "The province's software parks now host about 2,300 firms. "
        "Its exporters joined the Pacific Data Compact, which brings together 19 economies."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result] == [
        "firms in province's software parks",
        "economies in Pacific Data Compact",
    ]


def test_a_share_of_a_counted_group_is_where_the_group_was_counted() -> None:
    text = (
        "Malaysia's app exports rose 8 percent in 2024.\n\n"
        "We polled 1,200 developers across India, Brazil and Mexico. A fifth of them sell apps abroad, "
        "and three out of four expect their exports to grow."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Malaysia", None, None, None]


def test_where_a_company_is_listed_or_based_is_not_the_figures_place() -> None:
    text = (
        "Kestrel's Singapore-listed shares jumped 4.2% in early trading. "
        "Ningbo-based firms ran 90 warehouses. "
        "A Shanghai-based think tank expects their app revenue to top $9 billion by 2027."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [f.geo for f in result.figures] == [None, "Ningbo"]
    assert [t.geo for t in result.targets] == ["Ningbo"]


def test_a_period_after_a_colon_belongs_to_its_own_clause() -> None:
    text = (
        "The port's single window, in use since March 2021, has cut paperwork: "
        "about 2,400 traders filed digital manifests last year."
    )
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == ["2024"]


def test_periods_of_fiscal_years_the_text_or_its_country_defines() -> None:
    us = (
        "WASHINGTON - The Postal Service carried 9.2 billion packages in fiscal 2024, which ended in "
        "September. It had carried 8.9 billion in fiscal 2023."
    )
    assert [f[3] for f in figures(us)] == ["2023-10/2024-09", "2022-10/2023-09"]
    japan = (
        "TOKYO - Japan's payments for foreign software licences rose 8 percent to 1.9 trillion yen in "
        "fiscal 2023, the Ministry of Finance said."
    )
    assert [f[3] for f in figures(japan)] == ["2023-04/2024-03", "2023-04/2024-03"]


def test_a_period_right_after_a_statement_dates_the_statement() -> None:
    text = (
        "Online sales of books in Kenya rose 12 percent in 2024. The ministry, which said last month "
        "it would license 40 new couriers, expects more growth."
    )
    assert [f[3] for f in figures(text)] == ["2024", None]


def test_the_same_period_last_year_is_a_year_before_the_last_figures() -> None:
    text = (
        "Vietnam's online retail sales rose 14 percent to 190 trillion dong in the first half of 2025. "
        "In the same period last year, they had totalled 167 trillion dong."
    )
    assert [f[3] for f in figures(text)] == ["2025-H1", "2025-H1", "2024-H1"]
    base = "Kenya's e-commerce exports were 9 percent higher than in the same period last year."
    assert [f[3] for f in figures("Kenya's e-commerce exports rose in the third quarter. " + base)] == [
        "2025-Q3"
    ]


def test_a_level_a_span_ends_at_is_of_its_last_year() -> None:
    text = "In the four years to 2023, Chile's share of online shoppers rose by 9 percentage points to 61%."
    assert [f[3] for f in figures(text)] == ["2019/2023", "2023"]


def test_a_clause_after_a_semicolon_keeps_its_own_period() -> None:
    text = (
        "In the July-September quarter of 2024, Peru's digital services imports were 1.2 billion dollars; "
        "by the April-June quarter of 2025 they had reached 1.5 billion dollars, a record."
    )
    assert [f[3] for f in figures(text)] == ["2024-Q3", "2025-Q2"]


def test_a_shopping_festival_named_by_its_day_is_of_that_days_month() -> None:
    # (no period until the thirty-third stop; annotators of five sets since date a sale named by its day, and
    # its undated numbers, by the day's month)
    text = "E-commerce sales during the Double 12 shopping festival climbed 9 percent, platforms said."
    assert [f.period for f in extract(text, date(2025, 12, 14), CATALOG).figures] == ["2025-12"]


def test_an_amount_larger_than_a_base_is_a_change() -> None:
    text = "Brazil's digital services deficit was 3.1 billion dollars larger than in 2023."
    assert [f[2] for f in figures(text)] == ["change"]


def test_a_base_period_and_a_base_amount_named_by_its_noun() -> None:
    text = (
        "Peru's online retail sales reached 4.1 billion dollars in the third quarter of 2025. "
        "Compared with the July-September period of 2024, they rose 11 percent. "
        "The platform's profit was 21 million dollars, compared with a loss of 6 million dollars "
        "in the third quarter of 2024."
    )
    assert [f[3] for f in figures(text)] == ["2025-Q3", "2025-Q3", "2025-Q3", "2024-Q3"]


def test_a_year_before_counts_back_from_the_period_talked_about() -> None:
    text = (
        "Vietnam's cross-border e-commerce exports rose in the second quarter of 2025. They made up "
        "18 percent of online sales, up from 14 percent a year ago."
    )
    assert [f[3] for f in figures(text)] == ["2025-Q2", "2024-Q2"]


def test_more_than_doubled_is_no_comparison_base() -> None:
    text = (
        "Colombia's e-commerce sales more than doubled between 2018 and 2024, "
        "to an estimated 9 billion dollars."
    )
    assert [f[3] for f in figures(text)] == ["2018/2024", "2024"]


def test_a_period_after_after_dates_the_event() -> None:
    text = (
        "Mexico's cross-border e-commerce imports rose 8 percent in the first half of 2025. Parcels from "
        "Asia fell 5 percent after the government raised duties on low-value imports in March."
    )
    assert [f[3] for f in figures(text)] == ["2025-H1", "2025-H1"]


def test_a_place_in_capitals_labels_its_line_and_a_dateline_is_no_place() -> None:
    text = (
        "Regional snapshot (first half, y/y):\n\nPERU: Online sales 6.2 billion dollars, up 12 percent.\n\n"
        "CHILE: Online sales 5.4 billion dollars, up 8 percent."
    )
    assert [f[4] for f in figures(text)] == ["Peru", "Peru", "Chile", "Chile"]
    text = (
        "WENZHOU -- Ningbo's online sellers handled 2 billion yuan of orders in October. "
        "The city's online exports rose 5 percent."
    )
    assert [f[4] for f in figures(text)] == ["Ningbo", "Ningbo"]


def test_every_place_of_a_partner_list_is_a_partner() -> None:
    text = (
        "Chile's wine sales through online stores rose 9 percent, helped by shipments to Peru, Brazil "
        "and the United States, while exports of olive oil grew 4 percent."
    )
    assert [f[4] for f in figures(text)] == ["Chile", "Chile"]


def test_exports_of_a_long_named_thing_from_a_place_are_that_places() -> None:
    text = (
        "Exports of software and cloud services from the EU rose 6 percent to a record €1.2tn.\n\n"
        "Ireland and Germany sold the most.\n\nImports of such services from Japan fell 2 percent."
    )
    assert [f[4] for f in figures(text)] == ["EU", "EU", "EU"]


def test_a_place_named_in_passing_does_not_run_on_into_the_next_paragraph() -> None:
    text = (
        "Global sales of cloud software grew 9 percent last year. Sales in Europe rose 7 percent, "
        "and those in North America 11 percent.\n\n"
        "Security software remained the fastest-growing segment, rising 15 percent.\n\n"
        "Worldwide spending on cloud software should pass $900 billion by 2028, analysts expect."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [f.geo for f in result.figures] == ["World", "Europe", "North America", "World"]
    assert [t.geo for t in result.targets] == ["World"]


def test_a_segment_without_a_flow_takes_the_flow_the_text_is_about() -> None:
    text = (
        "Exports of digitally delivered services from Peru reached 3.2 billion dollars in 2024, and "
        "exports of goods sold online grew 6 percent. Computer services were the largest segment, "
        "rising 15 percent."
    )
    assert extract(text, PUBLISHED, CATALOG).figures[-1].metric == "Computer services exports"
    text = (
        "Peru's trade in services grew 5 percent. Computer services were the largest segment, up 15 percent."
    )
    assert extract(text, PUBLISHED, CATALOG).figures[-1].metric == "Computer services trade"


def test_a_place_that_exported_and_imported_trades_the_same_thing() -> None:
    text = (
        "Canada exported 52 billion dollars worth of engineering services in 2024 and imported "
        "31 billion dollars."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "engineering services exports",
        "engineering services imports",
    ]


def test_the_former_and_the_latter_point_to_the_two_amounts_or_places_named_last() -> None:
    text = (
        "Canada exported 52 billion dollars worth of engineering services in 2024 and imported "
        "31 billion dollars. The former rose 6 percent, the latter only 2 percent, leaving a surplus "
        "of 21 billion dollars."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result[2:4]] == ["engineering services exports", "engineering services imports"]
    text = (
        "Software sales in Asia grew 10 percent, led by Japan and Vietnam. The former's sales rose "
        "8 percent, while the latter's grew 19 percent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Asia", "Japan", "Vietnam"]


def test_a_report_on_one_company_gives_its_numbers_no_country() -> None:
    text = (
        "Pune-born Orbitline Systems said its quarterly revenue rose 5 percent to 9 billion rupees, as "
        "the country's third-largest chip designer won new clients. The company employed 12,000 people "
        "at the end of June, and shares of the company rose 2 percent. India's chip design industry "
        "has drawn foreign investors."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [None, None, None, None]


def test_a_listed_company_reports_its_own_numbers_and_a_place_named_once_stays_put() -> None:
    text = (
        "Tallowby, the Toronto-listed payments firm, said revenue rose 11% to C$310 million, "
        "after a C$12 million charge on its Mexico unit.\n\n"
        "It processed 84 million transfers, up 9% on the year before."
    )
    # (the charge on its Mexico unit is the company's own, in a sentence on its revenue: no place's)
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [None, None, None, None, None]


def test_a_lead_reporting_results_makes_a_company_report_whose_yen_stay_yen() -> None:
    text = (
        "TOKYO - Hanamori Trading, which runs a proxy-buying app, said on Friday that operating profit "
        "climbed 22% to ¥3.1 billion in the year to March.\n\n"
        "Gross merchandise value rose 15% to ¥98 billion. The company plans a second warehouse.\n\n"
        "Japan's online retail market grew 9% to ¥25 trillion last year."
    )
    found = extract(text, date(2025, 5, 16), CATALOG).figures
    assert [(f.unit, f.geo) for f in found] == [
        ("percent", None),
        ("JPY", None),
        ("percent", None),
        ("JPY", None),
        ("percent", "Japan"),
        ("JPY", "Japan"),
    ]


def test_the_one_national_currency_a_text_reports_in_names_its_country() -> None:
    text = (
        "Mexico's streaming levy worried the United States, and U.S. firms lobbied hard in Washington. "
        "American platforms said the United States would retaliate.\n\n"
        "Viewers spent 41 billion pesos on streaming in 2024, up 8% from a year earlier."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Mexico", "Mexico"]


def test_the_ngultrum_without_its_dot_names_bhutan() -> None:
    text = (
        "Exports of IT services reached Nu 2,140 million, most of them for clients in India, Australia and "
        "Japan. Consumers spent Nu 1.9 billion on goods ordered from online stores abroad."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Bhutan", "Bhutan"]


def test_a_caption_naming_a_currency_and_place_gives_them_to_the_rows_under_it() -> None:
    text = (
        "Canada's software exports grew again last year.\n\n"
        "Chile, selected digital exports, 2024 (US$, change on 2023)\n"
        "Software: 2.3 billion (+7.1%)\n"
        "Data services: 1.1 billion (+3.0%)"
    )
    result = [(f.value, f.unit, f.geo) for f in extract(text, PUBLISHED, CATALOG).figures]
    assert result == [
        (2.3e9, "USD", "Chile"),
        (7.1, "percent", "Chile"),
        (1.1e9, "USD", "Chile"),
        (3.0, "percent", "Chile"),
    ]


def test_a_bare_count_compared_with_a_count_measures_the_same_things() -> None:
    text = "Vietnam's ports handled 62 container ships a day from China in March, up from 48 a year earlier."
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.geo) for f in result] == [(62, "count", "Vietnam"), (48, "count", "Vietnam")]
    assert result[1].metric == result[0].metric


def test_the_end_of_a_period_right_after_a_base_dates_the_base() -> None:
    text = "As of end-September, Kenyan firms ran 410 bonded depots, up from 350 at the end of last year."
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == ["2025-09", "2024"]


def test_a_bar_that_decides_who_a_rule_covers_is_no_level() -> None:
    text = (
        "Kenya's new levy applies to platforms with global turnover of at least $500 million and local "
        "sales above KSh 5 billion. Parcels under the $300 customs threshold pay nothing, and apps "
        "charging commissions of up to 25% face an audit."
    )
    assert [f.kind for f in extract(text, PUBLISHED, CATALOG).figures] == ["other", "other", "other", "other"]


def test_things_numbered_are_counted_however_much_money_the_sentence_names() -> None:
    text = (
        "Customs filings for parcels under €150 numbered 3.2 million in 2024, "
        "compared with 2.7 million a year earlier."
    )
    assert [(f.value, f.unit) for f in extract(text, PUBLISHED, CATALOG).figures][-2:] == [
        (3.2e6, "count"),
        (2.7e6, "count"),
    ]


def test_a_verb_that_moves_its_object_by_an_amount_is_a_change() -> None:
    text = (
        "Single-window clearance cut paperwork costs for Chilean exporters by about a quarter in 2024, "
        "and the new rules raised their online sales by 9 percent."
    )
    assert [(f.value, f.kind) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (-25.0, "change"),
        (9.0, "change"),
    ]


def test_a_place_inside_a_programmes_name_is_no_place() -> None:
    text = (
        "The EU's digital services exports rose 6 percent. It committed €1.2 billion under the Digital "
        "Europe Programme."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["EU", "EU"]


def test_global_or_world_inside_a_name_is_no_place() -> None:
    text = "In Ningbo, Forbes Global 2000 firms at the fair rose to 4,800 this year."
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Ningbo"]


def test_cents_are_hundredths_of_the_currency_the_text_counts_in() -> None:
    text = "The retailer's profit rose to NZ$48 million.\n\nIt will pay a dividend of 12 cents a share."
    assert [(round(f.value, 6), f.unit) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (4.8e7, "NZD"),
        (0.12, "NZD"),
    ]
    stamps = extract("Stamps cost 60 cents each.", PUBLISHED, CATALOG).figures
    assert [(round(f.value, 6), f.unit) for f in stamps] == [(0.6, "USD")]


def test_a_partner_named_in_one_paragraph_does_not_run_on_in_a_text_told_in_its_own_currency() -> None:
    text = (
        "Thailand's exports rose 6 percent to 900 billion baht in May.\n\n"
        "The United States, the biggest buyer, cut its orders by 3 percent as US tariffs rose.\n\n"
        "Over five months, electronics exports came to 1.2 trillion baht, up 9 percent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Thailand",
        "Thailand",
        "United States",
        "Thailand",
        "Thailand",
    ]


def test_the_world_does_not_run_on_into_a_paragraph_counting_in_the_texts_own_currency() -> None:
    text = (
        "Britain's exports of software services climbed to £38bn last year, up 6 per cent.\n\n"
        "Globally, such exports reached $1.1tn in 2024, growing 8 per cent.\n\n"
        "Exports of computer services rose 9.2 per cent to £16.4bn in the first quarter."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["United Kingdom"] * 2 + [
        "World"
    ] * 2 + ["United Kingdom"] * 2


def test_the_region_in_a_text_on_an_autonomous_region_is_that_region() -> None:
    text = (
        "Guangxi's cross-border e-commerce trade reached 41.6 billion yuan in the first eight months.\n\n"
        "Shoppers bought more fruit from ASEAN members. Trade with ASEAN accounted for 62 percent of the "
        "region's cross-border e-commerce."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Guangxi", "Guangxi"]


def test_an_aside_opened_by_an_irregular_participle_names_neither_the_measure_nor_its_place() -> None:
    text = (
        "Guangxi's cross-border e-commerce trade reached 41.6 billion yuan in the first eight months. "
        "Imports, driven by durian, coffee and other ASEAN produce ordered online, climbed 41 percent. "
        "The expo, held in Nanning, produced deals worth 15 billion yuan."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.geo) for f in found[1:]] == [
        ("Imports of cross-border e-commerce trade", "Guangxi"),
        ("expo deals", "Nanning"),
    ]


def test_the_rands_bare_sign_before_a_scale_tells_the_texts_country() -> None:
    text = (
        "South Africa's services exports reached R140bn in 2024.\n\n"
        "Globally, such exports grew 8 percent.\n\n"
        "Offshore outsourcing earned R32bn abroad, up 18 percent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "South Africa",
        "World",
        "South Africa",
        "South Africa",
    ]


def test_the_city_in_a_text_on_a_city_state_is_the_city_state_not_a_city_named_later() -> None:
    text = (
        "E-commerce parcels are the backbone of Hong Kong's air cargo. Hong Kong handled 1.1 billion of "
        "them last year.\n\nAir cargo through the city was worth HK$4.6 trillion last year.\n\n"
        "Shenzhen's airport said its international cargo grew 21.4 per cent."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Hong Kong",
        "Hong Kong",
        "Shenzhen",
    ]


def test_a_time_in_a_relative_clause_after_a_preposition_is_not_the_figures() -> None:
    text = (
        "British services exports rose 4% in the second quarter. Exports to Singapore, with which Britain "
        "has had a trade agreement in force since June 2022, climbed 9.4% in the quarter."
    )
    found = extract(text, date(2025, 10, 28), CATALOG).figures
    assert [f.period for f in found] == ["2025-Q2", "2025-Q2"]


def test_the_members_of_a_world_body_are_the_worlds_and_a_blocs_its_own() -> None:
    text = (
        "Some 70 WTO members back the moratorium. The EU's 27 member states agreed. Singapore "
        "co-convenes a group of more than 90 economies."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["World", "EU", None]


def test_a_paragraph_naming_no_place_told_by_a_world_body_is_the_worlds() -> None:
    text = (
        "Postal operators handled about 1.9 billion cross-border parcels last year, the Universal Postal "
        "Union said.\n\nThe United States processed 1.4 billion de minimis shipments. US customs seized "
        "more of them."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["World", "United States"]


def test_states_and_provinces_outside_china_are_places_of_their_countries() -> None:
    text = (
        "Karnataka's software exports rose 12 percent to Rs 4.1 lakh crore in 2024-25.\n\n"
        "The state hosts 875 global capability centres. Maharashtra's exports grew 9 percent.\n\n"
        "In Latin America, where the firm opened hubs in Riyadh and São Paulo, revenue doubled."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [f.geo for f in found] == ["Karnataka", "Karnataka", "Karnataka", "Maharashtra", "Latin America"]
    assert found[0].metric_key.startswith("in.")
    assert [f.geo for f in extract("Shares rose 11% in New York.", PUBLISHED, CATALOG).figures] == [None]


def test_japans_prefectures_and_koreas_provinces_are_places_and_a_prefectures_yen_is_the_yen() -> None:
    text = (
        "Sellers in Hiroshima Prefecture shipped goods worth ¥4.2 billion abroad in fiscal 2024.\n\n"
        "Gyeonggi accounted for 41% of the exporters. The surveyed firms also named China as a market."
    )
    found = figures(text)
    assert [(unit, geo) for _, unit, _, _, geo in found] == [("JPY", "Hiroshima"), ("percent", "Gyeonggi")]


def test_germanys_lander_and_states_named_by_their_people_are_places() -> None:
    text = (
        "Start-ups in Hesse raised €410 million. Lower Saxony's online sales grew 6.2%.\n\n"
        "Bavarian exporters shipped 12% more by parcel, and Texan sellers 4% more."
    )
    found = figures(text)
    assert [geo for *_, geo in found] == ["Hesse", "Lower Saxony", "Bavaria", "Texas"]


def test_a_place_after_in_other_is_anywhere_in_it_but_where_the_figure_is() -> None:
    text = (
        "The survey covered 640 Austrian retailers.\n\n"
        "Of them, 38% named customs paperwork in other EU countries as their main hurdle, and 21% cited "
        "shipping costs."
    )
    assert [geo for *_, geo in figures(text)] == ["Austria", "Austria", "Austria"]


def test_a_text_a_world_body_opens_without_a_place_is_the_worlds() -> None:
    text = (
        "Postal operators handled about 1.9 billion cross-border parcels last year, the Universal Postal "
        "Union said.\n\nLetter traffic fell 7.4% to 2.1 billion items.\n\n"
        "The strain is sharpest in the United States. US customs processed 1.4 billion shipments. "
        "The United States will end the exemption."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "World",
        "World",
        "World",
        "United States",
    ]


def test_a_quoted_sentence_that_opens_on_a_place_sets_the_place_for_what_follows() -> None:
    text = (
        "Globally, digital services exports grew 8 percent.\n\n"
        '"Singapore punches far above its weight. It exported roughly S$190 billion of these services."'
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["World", "Singapore"]


def test_a_country_called_by_its_title_owns_no_number_as_an_organisation_would() -> None:
    text = (
        "Saudi Arabia's online retail grew fast.\n\nThe ministry said it made up 9% of the Kingdom's "
        "retail spending in 2024, with a value of SAR 41 billion."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Saudi Arabia", "Saudi Arabia"]


def test_places_where_clients_are_are_partners_not_the_figures_place() -> None:
    text = (
        "India's software firms signed more deals.\n\n"
        "Work done for clients in Germany, France and Japan came to $14 billion in 2024."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["India"]


def test_a_place_a_sentence_opens_in_is_the_place_of_its_share() -> None:
    text = (
        "Chile's data services grew.\n\n"
        "In Peru the software category made up 2.1 per cent of total services exports in 2024."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Peru"]


def test_a_share_of_a_global_total_is_the_worlds() -> None:
    text = (
        "Europe's parcel hubs grew fast.\n\n"
        "Online orders made up about a quarter of global parcel volumes in 2024, the survey said."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["World"]


def test_a_defined_abbreviation_keeps_the_texts_words_and_is_glossed_where_it_stands_alone() -> None:
    text = (
        "Food-delivery gross merchandise value (GMV) in the Gulf states rose 14 percent to $9.1 billion "
        "last year, and annual GMV stood at $8 billion in 2023.\n\n"
        "SAUDI ARABIA: GMV $4.2 billion, +17%."
    )
    figures = extract(text, PUBLISHED, CATALOG).figures
    assert figures[2].metric == "annual GMV (Food-delivery gross merchandise value)"
    assert all("Food-delivery gross merchandise value" in f.metric for f in figures[2:]), figures
    assert figures[3].metric_key == "sa.food_delivery_gmv"


def test_a_verb_before_a_defined_abbreviation_qualifies_nothing() -> None:
    text = (
        "The region's digital economy is expected to generate gross merchandise value (GMV) of $299 bln "
        "in 2025.\n\nGMV totalled $263 bln last year."
    )
    (figure,) = extract(text, date(2025, 11, 12), CATALOG).figures
    assert figure.metric == "GMV (gross merchandise value)"


def test_an_abbreviated_measure_is_named_as_the_text_writes_it_and_keyed_spelled_out() -> None:
    text = (
        "Pakistan's information technology (IT) sector had a strong year. IT exports rose 18 percent "
        "to $3.8 billion in fiscal 2025."
    )
    figures = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in figures] == ["IT exports (information technology)"] * 2
    assert (
        figures[0].metric_key
        == extract(
            "Pakistan's information technology exports rose 18 percent to $3.8 billion in fiscal 2025.",
            PUBLISHED,
            CATALOG,
        )
        .figures[0]
        .metric_key
    )


def test_a_place_as_the_subject_measures_what_was_just_measured() -> None:
    text = (
        "Software exports rose 9 percent to $2 billion in Vietnam in 2024.\n\n"
        "Thailand, the region's second-largest supplier, posted growth of 12 percent, and Malaysia 7 percent."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.geo) for f in result[2:]] == [
        ("Software exports", "Thailand"),
        ("Software exports", "Malaysia"),
    ]
    text = (
        "Sichuan's trade grew slowly last year. Chengdu, the province's biggest hub, handled "
        "cross-border e-commerce trade of 90 billion yuan in 2024."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.metric_key) for f in result] == [
        ("cross-border e-commerce trade", "cn.cross_border_ecommerce_trade")
    ]


def test_what_a_goal_is_of_when_no_verb_moves_a_named_thing() -> None:
    def goals(text: str) -> list[tuple[str, int | None]]:
        return [(t.metric, t.year) for t in extract(text, PUBLISHED, CATALOG).targets]

    assert goals(
        "The ministry wants 60 percent of listed retailers to accept digital wallets, QR codes or card "
        "payments by 2028."
    ) == [("share of listed retailers that accept digital wallets, QR codes or card payments", 2028)]
    assert goals(
        "Cloud services could account for 30 percent of all software spending by 2029, it said."
    ) == [("share of Cloud services in all software spending", 2029)]
    assert goals("The strategy sets a goal of at least 2 trillion won in annual game exports by 2030.") == [
        ("annual game exports", 2030)
    ]
    assert goals(
        "The number of public charging points, which stood at 4 million last year, should exceed "
        "9 million by 2030."
    )[-1] == ("public charging points", 2030)
    assert goals(
        "The bloc had almost 9 million nurses in 2024, well short of the Health Decade target of "
        "12 million by 2030."
    )[-1] == ("nurses", 2030)


def test_the_sector_a_goal_lifts_is_the_one_the_text_is_about() -> None:
    text = (
        "Cross-border e-commerce exports from Fujian rose 8 percent last year. The province aims to lift "
        "the sector's annual exports to 300 billion yuan by 2027 and to about 400 billion yuan by 2030."
    )
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.metric, t.year) for t in targets] == [
        ("cross-border e-commerce annual exports", 2027),
        ("cross-border e-commerce annual exports", 2030),
    ]


def test_the_latter_s_without_a_noun_measures_what_the_former_s_did() -> None:
    text = (
        "Asia's digitally delivered services exports grew 10 percent in 2024, led by India and Japan. "
        "The former's exports rose 13 percent, while the latter's grew 5 percent."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.geo for f in result[1:]] == ["India", "Japan"]
    assert (
        result[2].metric == result[1].metric
        and result[2].metric_key == "jp.digitally_delivered_services_exports"
    )


def test_values_measured_against_a_goal_are_facts() -> None:
    text = (
        "Only 8,500 solar kiosks were running in 2024, short of the goal of 15,000 by 2027. By June, "
        "3.2 million farmers had enrolled, or 64 percent of the ministry's target of 5 million farmers by "
        "the end of 2026. Some 40 ports have adopted the code. The port authority wants to cut the queue "
        "of waiting ships to no more than 40 by 2028."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.comparator, t.year) for t in result.targets] == [
        (15000, "=", 2027), (5e6, "=", 2026), (40, "<=", 2028),
    ]  # fmt: skip
    assert [f.value for f in result.figures] == [8500, 3.2e6, 64, 40]


def test_range_ends_crossings_hedges_and_falls() -> None:
    text = (
        "The bank sees regional e-commerce sales at US$40bn-45bn by 2028 (CAGR ~9%). The firm expects "
        "full-year revenue of between $3.1 billion and $3.3 billion. The ministry expects software exports "
        "to cross $80 billion in 2026 and the platform economy to reach more than half of GDP by 2030. "
        "Analysts expect parcel volumes to fall about 15% this year."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.comparator, t.year) for t in result.targets] == [
        (4e10, ">=", 2028), (4.5e10, "<=", 2028), (9, "~", 2028), (3.1e9, ">=", 2025), (3.3e9, "<=", 2025),
        (8e10, ">", 2026), (50, ">", 2030), (-15, "~", 2025),
    ]  # fmt: skip


def test_a_goal_without_a_deadline_takes_the_one_before_it() -> None:
    text = (
        "By 2028, cloud services revenue will exceed 900 billion yuan. No fewer than 50 cloud firms with "
        "global reach will be fostered, and data centres will use about 30 percent green power.\n\n"
        "The plan sets a deficit target of 3 percent for 2026 and a debt ratio of about 60 percent. "
        "The firm expects full-year sales of $2 billion, and adjusted profit of about $300 million.\n\n"
        "Exports grew 5 percent last year. Imports will rise."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [
        (9e11, 2028), (50, 2028), (30, 2028), (3, 2026), (60, 2026), (2e9, 2025), (3e8, 2025),
    ]  # fmt: skip


def test_an_earlier_forecast_and_a_bar_each_thing_clears() -> None:
    text = (
        "The agency raised its forecast for air freight growth this year to 3.1%, up from 1.2% projected "
        "in April. The city plans to nurture at least 30 brands with annual sales of more than 500 million "
        "yuan each by 2028."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [(3.1, 2025), (1.2, 2025), (30, 2028)]
    assert result.figures == ()


def test_a_bare_dollar_is_the_local_dollar_in_an_australian_text() -> None:
    text = "Australia's ICT services exports reached $6.1 billion in 2023-24, the department said."
    assert [f.unit for f in extract(text, PUBLISHED, CATALOG).figures] == ["AUD"]


def test_what_a_goal_multiplies_or_a_pronoun_or_a_fact_before_it_measured() -> None:
    text = (
        "The ministry aims to double the number of licensed data brokers to 400 by 2028. Analysts expect "
        "regional cloud revenue to exceed $50 billion by 2029. If prices fall, it could exceed $60 billion. "
        "E-commerce made up about 18 percent of retail sales in 2024, on track to meet the Digital Plan "
        "target of 20 percent by 2026."
    )
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.quote, t.metric) for t in targets] == [
        ("double", "licensed data brokers"),
        ("400", "number of licensed data brokers"),
        ("$50 billion", "regional cloud revenue"),
        ("$60 billion", "regional cloud revenue"),
        ("20 percent", targets[-1].metric),
    ]
    facts = extract(text, PUBLISHED, CATALOG).figures
    assert targets[-1].metric == facts[-1].metric and facts[-1].value == 18


def named_metrics(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.quote, f.metric, f.share_of) for f in extract(text, PUBLISHED, CATALOG).figures]


def test_a_share_in_a_with_clause_is_of_the_amount_it_hangs_on() -> None:
    text = (
        "Peru's online retail sales reached 4.2 billion soles ($1.1 billion) in 2024, with marketplaces "
        "accounting for about 62 percent. Chile's app economy was worth $3 billion in 2024. Food delivery "
        "took around a quarter of that value."
    )
    found = named_metrics(text)
    assert found[2] == (
        "62 percent",
        "share of marketplaces in Peru's online retail sales",
        "Peru's online retail sales",
    )
    assert found[4][1:] == ("share of Food delivery in Chile's app economy", "Chile's app economy")


def test_a_share_after_a_clause_that_dropped_its_subject_or_with_a_second_whole() -> None:
    text = (
        "Shipments to Vietnam had doubled since 2021 and now make up 18 percent of the exporters' revenue. "
        "The survey means cloud services — from storage to analytics — now account for 40 percent of IT "
        "budgets and about 9 percent of total corporate spending."
    )
    found = named_metrics(text)
    assert found[1][1] == "share of Shipments to Vietnam in the exporters' revenue"
    assert found[2][1] == "share of cloud services in IT budgets"
    assert found[3][1] == "share of cloud services in total corporate spending"


def test_a_relative_clause_or_a_verbless_change_names_its_own_subject() -> None:
    text = (
        "Peru's software exports rose 9 percent to $800 million in 2024, ahead of both tourism receipts, "
        "which grew 3 percent, and total mining exports, up 2.5 percent. Cloud revenue reached $2 billion, "
        "seasonally adjusted, up 1.2 percent."
    )
    found = named_metrics(text)
    assert found[2][1] == "tourism receipts"
    assert found[3][1] == "total mining exports"
    assert found[5][1] == "Cloud revenue"


def test_such_or_those_exports_are_the_exports_just_measured() -> None:
    text = (
        "Kenya's exports of digitally delivered services reached $3.1 billion in FY2024-25. In FY2023-24, "
        "such exports had stood at $2.7 billion.\n\nThose exports have grown at an average annual rate of "
        "9 percent since 2018."
    )
    assert {m for _, m, _ in named_metrics(text)} == {"Kenya's exports of digitally delivered services"}


def test_a_change_tacked_on_as_a_noun_and_a_plural_possessive_whole() -> None:
    text = (
        "In 2024, 27 percent of Peruvian firms sold online, a 4.1 percentage point increase on 2022. "
        "Marketplace orders made up 11 percent of Chilean retailers' total sales in 2024."
    )
    found = named_metrics(text)
    assert found[1][1] == found[0][1] == "share of Peruvian firms that sold online"
    assert found[2][2] == "Chilean retailers' total sales"


def test_comparison_bases_do_not_make_the_main_period() -> None:
    text = (
        "Retail sales were $5.2 billion, compared with $4.1 billion in the second quarter of 2024. Orders "
        "rose to 90 million from 70 million in the second quarter of 2024.\n\n"
        "Region | Q2 2024 | Q2 2025\nNorth | 10.1 | 12.4\n\nMargins widened to 8 percent in the second "
        "quarter of 2025.\n\nFees rose 3 percent in the quarter."
    )
    assert [f[3] for f in figures(text)][-1] == "2025-Q2"


def test_a_year_earlier_counts_back_from_the_period_named_last() -> None:
    text = (
        "Wages rose 2 percent in 2022, and rents climbed 6 percent in 2023, up from 4 percent a year earlier."
    )
    assert [f[3] for f in figures(text)] == ["2022", "2023", "2022"]


def test_a_period_stated_in_a_paragraph_dates_its_later_undated_figures() -> None:
    text = (
        "In 2023, 40 percent of Danish firms used cloud services, 12 percent used AI and 9 percent "
        "sold abroad.\n\n"
        "Broadband reached 91 percent of Danish homes in 2024, up 2 percentage points on the previous year. "
        "Fibre covered 70 percent of rural areas."
    )
    assert [f[3] for f in figures(text)] == ["2023", "2023", "2023", "2024", "2024", "2024"]


def test_an_average_annual_rate_since_a_year_runs_to_the_texts_year() -> None:
    text = (
        "Chile's software exports reached $2.1 billion in 2024. They have grown at an average annual "
        "rate of 7 percent since 2016."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2016/2024"]


def test_projects_as_a_verb_makes_a_forecast_and_an_ambition_a_target() -> None:
    text = (
        "The trade council projects Peru's software exports to reach $3 billion in 2026. "
        "The ambition is $5 billion of exports a year by 2030. "
        "Officials want at least 2,000 more firms exporting services by 2028. "
        "The industry body restated its aspiration for revenue to reach $9 billion by 2031. "
        "The roadmap calls for cloud use to cover 60 percent of firms by 2029. "
        "Infrastructure projects worth $4 billion were signed this year."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year, t.kind) for t in result.targets] == [
        (3e9, 2026, "forecast"),
        (5e9, 2030, "target"),
        (2000, 2028, "target"),
        (9e9, 2031, "target"),
        (60.0, 2029, "target"),
    ]
    assert [f.value for f in result.figures] == [4e9]


def test_a_value_as_it_stands_now_is_no_goal() -> None:
    text = (
        "The plan wants services to make up 40 percent of exports by 2028, up from about 31 percent now. "
        "The goal is 10,000 certified engineers by 2030; women currently hold fewer than one in five of "
        "these posts."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [t.value for t in result.targets] == [40.0, 10000]
    assert [f.value for f in result.figures] == [31.0, 20.0]


def test_a_multiple_of_its_size_in_an_earlier_year_spans_from_that_base() -> None:
    text = (
        "Kenya's online sales reached $5 billion in 2024. They were 8 percent higher than in 2023 and "
        "2.5 times their size a decade earlier, in 2013. Mobile payments rose 3 times from 2023 last year."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2024", "2013/2024", "2024"]


def test_a_since_year_dates_a_change_not_a_share_and_a_multi_year_change_spans_from_its_base() -> None:
    text = (
        "In 2024, Poland's IT services made up 9.5 percent of its services exports, up 3 percentage points "
        "since 2016. Cloud use reached 41 percent of firms in 2024, up 6 percentage points from 2021 and "
        "2 percent more than in 2023."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2016/2024", "2024", "2021/2024", "2024"]


def test_twice_the_level_recorded_in_a_year_is_a_base() -> None:
    text = (
        "Chile's software exports reached $2.4 billion in 2024. That is 6 percent more than in 2023 and "
        "twice the level recorded in 2016."
    )
    assert [f[3] for f in figures(text)][:2] == ["2024", "2024"]


def test_a_goal_by_the_end_of_a_bracketed_plan_period_a_base_before_its_deadline_and_pass() -> None:
    text = (
        "Vietnam will strive to lift online retail sales to 40 billion dollars by 2027, and to about "
        "60 billion dollars by the end of the next plan period (2026-2030). The number of exporting "
        "platforms should have more than tripled from the 2025 level by 2030. Analysts expect cloud "
        "adoption to pass 50 percent in 2028."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year, t.comparator) for t in result.targets] == [
        (4e10, 2027, "="),
        (6e10, 2030, "~"),
        (3.0, 2030, ">"),
        (50.0, 2028, ">"),
    ]


def test_an_amount_a_year_with_no_period_of_its_own_has_none() -> None:
    text = (
        "Kenya's software exports reached $1.2 billion in 2024.\n\n"
        "A levy on streamed services would cost exporters about $40 million a year."
    )
    assert [f[3] for f in figures(text)] == ["2024", None]


def test_hedged_and_as_many_as_bases_and_a_period_recorded_for_a_number() -> None:
    text = (
        "In 2024, mobile wallets handled a fifth of Peru's online payments, up from less than 8 percent in "
        "2020. Video sales made up a third of online sales, up from less than 6 percent in 2021. "
        "Some 2.1 billion parcels entered Chile in 2024, three times as many as in 2021 and the "
        "equivalent of 5.7 million a day. In March alone, card sales rose 4 percent, below the 9 percent "
        "pace recorded in February."
    )
    assert [f[3] for f in figures(text)] == [
        "2024", "2020", "2024", "2021", "2024", "2021/2024", "2024", "2025-03", "2025-02",
    ]  # fmt: skip


def test_double_the_amount_in_a_year_is_a_base_and_a_span_may_hold_an_aside() -> None:
    text = (
        "In the 2024-25 financial year, the agency lent £4 billion to exporters. Of that, £0.9 billion "
        "went to software firms, more than double the amount in the previous year.\n\n"
        "Between 2019, the year the treaty was signed, and 2024, UK software exports to Chile rose by "
        "about 30 percent to £1.1 billion."
    )
    periods = [f[3] for f in figures(text)]
    assert periods[:2] == ["2024-04/2025-03", "2024-04/2025-03"]
    assert periods[-2:] == ["2019/2024", "2024"]


def test_committing_funds_is_a_fact_and_committing_to_a_level_a_goal() -> None:
    text = (
        "The EU's 2025-2027 work programme commits €900 million to cloud projects. "
        "The government has committed to reaching 300,000 software engineers by 2030."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [(9e8, "2025/2027")]
    assert [(t.value, t.year) for t in result.targets] == [(300000, 2030)]


def test_money_set_aside_and_a_value_bar_have_no_period_unless_stated() -> None:
    text = (
        "Chile's online sales reached $9 billion in 2024.\n\n"
        "Regional budgets earmark about $300 million for digital skills, a third of which comes from loans. "
        "Parcels worth up to $50 still enter duty-free. The ministry allocated $20 million to the scheme "
        "this year. App stores charge commissions of up to 30 percent."
    )
    assert [f[3] for f in figures(text)] == ["2024", None, None, None, "2025", None]


def test_a_rate_named_by_its_duty_has_no_period() -> None:
    text = (
        "Peru's online imports rose 12 percent in 2024.\n\n"
        "Lima now levies a 16 percent import duty on small parcels. Courier volumes fell 5 percent after "
        "the duty-free allowance ended. In 2025, Chile added a 19% VAT on such parcels."
    )
    assert [f[3] for f in figures(text)] == ["2024", None, "2024", None]  # (when it began is not its period)


def test_growth_during_the_period_runs_to_the_goals_deadline_and_a_trailing_estimate_is_a_forecast() -> None:
    text = (
        "Chile's software exports reached $3 billion in 2024.\n\n"
        "Under its new plan, Chile aims to lift software exports to $6 billion by 2030, and targets average "
        "annual growth of about 9 percent in the sector during the period. On current trends the total "
        "would reach roughly $4 billion by 2030, the ministry estimates."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year, t.kind) for t in result.targets] == [
        (6e9, 2030, "target"),
        (9.0, 2030, "target"),
        (4e9, 2030, "forecast"),
    ]


def test_by_the_end_of_the_period_is_when_the_goals_just_named_fall_due() -> None:
    text = (
        "Chile's plan says software exports should exceed $6 billion by 2029. Cloud services, which made "
        "up 12 percent of those exports in 2024, are expected to account for about 20 percent by the end "
        "of the period."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [(6e9, 2029), (20.0, 2029)]


def test_during_the_year_is_the_year_the_text_reports_on() -> None:
    text = (
        "Peruvians spent $4 billion online in 2024, 9 percent more than a year earlier.\n\n"
        "About 12 million Peruvians bought something online during the year."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2024", "2024"]


def test_the_latest_twelve_months_end_with_the_period_just_named() -> None:
    text = (
        "Peru's services exports grew 3 percent in the three months to September 2025. The United States "
        "took just over a quarter of them in the latest 12 months."
    )
    assert [f[3] for f in figures(text)] == ["2025-Q3", "2024-10/2025-09"]


def test_a_look_back_in_n_years_and_no_fact_dated_after_its_report() -> None:
    text = (
        "Peru's online sales reached $6 billion in 2024.\n\n"
        "Their share of retail has gained nearly 5 percentage points in 10 years. Card payments rose "
        "3 percent, and I expect them to pass 60 percent of sales in 2027."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2015/2025", "2024"]


def test_counts_over_the_period_take_the_period_the_text_set() -> None:
    text = (
        "Peru's online sales rose 8 percent in January-June to $3 billion. Couriers handled about 90 million "
        "parcels over the period, roughly 9 million more than a year earlier."
    )
    assert [f[3] for f in figures(text)][-2:] == ["2025-H1", "2025-H1"]


def test_the_share_one_goal_is_of_another_is_neither_goal_nor_figure() -> None:
    text = (
        "Chile aims to raise its software exports to $5 billion by 2030, a third of the $15 billion "
        "overall services export target."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [t.value for t in result.targets] == [5e9, 1.5e10]
    assert result.figures == ()


def test_an_amount_since_a_year_is_all_of_it_from_then_to_now() -> None:
    text = (
        "Peru's software exports reached $2 billion in 2024.\n\n"
        "Since 2020, the agency has lent $300 million to exporters. Data-centre pledges made since the "
        "start of 2023 total about $5 billion. Cloud firms took 14 percent of IT spending, up 6 percentage "
        "points since 2019."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2020/2025", "2023/2025", "2024", "2019/2024"]


def test_a_founding_date_dates_no_figure_but_starts_a_cumulative_one() -> None:
    text = (
        "Peru's software exports reached $2 billion in 2024.\n\n"
        "Backed by the alliance's 90 members, first established in 2009, the scheme was renewed. The Lima "
        "exchange, launched in late 2021, has handled a cumulative $700 million in trades."
    )
    assert [f[3] for f in figures(text)] == ["2024", None, "2021/2025"]


def test_a_forecast_beside_a_dated_base_number_stays_a_forecast() -> None:
    text = "Full-year GMV in Peru is forecast at about $9 billion, vs $7.5 billion in 2024."
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year, t.kind) for t in result.targets] == [(9e9, 2025, "forecast")]
    assert [(f.value, f.period) for f in result.figures] == [(7.5e9, "2024")]


def test_a_founding_date_after_a_place_dates_no_figure() -> None:
    text = "Shein, which launched in Chile in 2022, doubled its sales in the country last year."
    assert [f[3] for f in figures(text)] == ["2024"]


def test_a_count_that_moved_was_or_restates_takes_the_period_talked_about_and_a_standing_count_none() -> None:
    text = (
        "Chileans spent $9 billion online in 2024, 12 percent more than a year earlier.\n\n"
        "The number of online orders rose to 160 million. That works out to nearly 440,000 orders a day. "
        "Active buyers were 11 million. The country has 40 fibre operators."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2024", "2024", "2024", "2024", None]


def test_a_share_price_move_or_buyback_is_of_the_month_of_the_report() -> None:
    text = (
        "Peru's largest retailer said revenue rose 9 percent to $2 billion in the third quarter.\n\n"
        "The company also authorised a $300 million share buyback. Shares of the retailer ended 2 percent "
        "higher."
    )
    assert [f[3] for f in figures(text)] == ["2025-Q3", "2025-Q3", "2025-11", "2025-11"]


def test_a_fraction_in_words_that_something_moved_by_is_a_change() -> None:
    text = "Rail freight dropped by nearly a third in 2024, while trucks made up a quarter of the total."
    assert [(round(v, 1), u, k) for v, u, k, _, _ in figures(text)] == [
        (-33.3, "percent", "change"),
        (25.0, "percent", "share"),
    ]


def test_the_number_of_things_counts_them_though_money_is_near() -> None:
    text = "The number of parcels handled rose to 820 million, and the average value was €38."
    assert [(v, u) for v, u, _, _, _ in figures(text)][:1] == [(8.2e8, "count")]


def test_a_count_stays_a_count_after_a_change_in_percent() -> None:
    text = (
        "Sales reached R$ 50 billion. The number of orders rose 5% to 214 million, "
        "and active buyers grew 3 percent to 41 million."
    )
    big = [(v, u) for v, u, _, _, _ in figures(text) if v > 1e6]
    assert big == [(5e10, "BRL"), (2.14e8, "count"), (4.1e7, "count")]


def test_the_places_of_the_parts_of_a_breakdown_do_not_carry_on() -> None:
    text = (
        "Kenya's tea exports rose to $1.4 billion in 2024. Pakistan took about half of them, "
        "followed by Egypt with close to a fifth. Exports grew 6 percent in the first quarter."
    )
    assert [g for _, _, _, _, g in figures(text)][-1] == "Kenya"


def test_a_place_standing_for_the_metric_gives_way_to_the_measure_named_after_the_amount() -> None:
    text = "Analysts reckon that developing nations forgo some $4 billion a year in customs revenue."
    (figure,) = extract(text, PUBLISHED, CATALOG).figures
    assert figure.metric == "customs revenue"


def test_a_group_of_economies_opening_a_sentence_is_that_group() -> None:
    text = "Least developed countries exported services worth $52 billion in 2024."
    assert [g for _, _, _, _, g in figures(text)] == ["Least-developed countries"]


def test_a_clause_without_a_verb_repeats_the_change_before_it() -> None:
    text = (
        "Card payments fell 4 percent, the cheque segment by 11 percent and cash 9 percent. "
        "Revenue rose by $3.2 billion, or 5.5 percent, to $61 billion."
    )
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [
        (-4.0, "change"), (-11.0, "change"), (-9.0, "change"),
        (3.2e9, "change"), (5.5, "change"), (6.1e10, "level"),
    ]  # fmt: skip


def test_a_multiple_of_a_past_level_spans_from_that_year() -> None:
    text = "Tourism receipts reached $48 billion in 2024, nearly three times the level recorded in 2012."
    assert [(v, u, p) for v, u, _, p, _ in figures(text)] == [
        (4.8e10, "USD", "2024"),
        (3.0, "times", "2012/2024"),
    ]


def test_a_percent_that_is_no_change_is_a_share_unless_it_is_a_charge() -> None:
    text = (
        "Broadband coverage is highest in Denmark (91.4%) and lowest in Greece (48.2%). "
        "Parcels pay a 15% import duty."
    )
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [(91.4, "share"), (48.2, "share"), (15.0, "other")]


def test_a_growth_rate_that_changed_pace_or_is_stated_at_a_rate_is_a_change() -> None:
    text = (
        "Card spending grew 6 percent in May, easing from 7.5 percent in April. "
        "Kenya posted the fastest growth of the group, at 12 percent. "
        "Services output has risen by 9% since then and ended the year 0.4 percent higher."
    )
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [
        (6.0, "change"), (7.5, "change"), (12.0, "change"), (9.0, "change"), (0.4, "change"),
    ]  # fmt: skip


def test_a_count_that_a_verb_moves_is_a_change() -> None:
    text = (
        "The carrier added 2,300 drivers in 2024, while its rival cut 1,100 jobs. "
        "Subscribers rose by 4 million. The city will add 12 new logistics parks."
    )
    assert [(v, u, k) for v, u, k, _, _ in figures(text)] == [
        (2300, "count", "change"),
        (-1100, "count", "change"),
        (4e6, "count", "change"),
        (12, "count", "count"),
    ]


def test_people_named_in_the_plural_are_their_country() -> None:
    text = "Indonesians spent $31 billion online in 2024. Sales rose 9 percent in the first quarter."
    assert [g for _, _, _, _, g in figures(text)] == ["Indonesia", "Indonesia"]


def test_a_pair_of_places_and_a_non_place_name_no_place() -> None:
    text = (
        "The EU's cloud exports reached €96 billion in 2024. About 2,400 firms use the EU-Japan "
        "data adequacy deal, and exports to non-EU countries grew 3 percent."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["EU", "EU", "EU"]


def test_a_world_tour_is_not_the_world() -> None:
    text = "Korea's film exports fell. Music exports rose 8 percent to 900 billion won thanks to world tours."
    assert [g for _, _, _, _, g in figures(text)] == ["South Korea", "South Korea"]


def test_a_text_that_names_no_country_but_counts_in_yuan_is_about_china() -> None:
    text = (
        "Holiday sales on the platforms reached 820 billion yuan, up 9 percent, an analyst in Chengdu said."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["China", "China"]


def test_a_place_right_after_a_fraction_in_words_is_the_groups() -> None:
    text = "In Kenya's survey, two in five African shoppers paid by phone."
    assert [g for _, _, _, _, g in figures(text)] == ["Africa"]


def test_an_unnamed_province_reporting_in_yuan_is_no_countrys() -> None:
    province = "Online exports from the inland province rose 7.2 percent to 86 billion yuan in 2024."
    assert [f[4] for f in figures(province)] == [None, None]
    unplaced = "Cross-border e-commerce exports rose 7.2 percent to 2.1 trillion yuan in 2024."
    assert [f[4] for f in figures(unplaced)] == ["China", "China"]


def test_n_years_earlier_counts_back_from_the_period_named() -> None:
    text = (
        "Cloud services made up 6 percent of Chile's exports in 2024, up from 4 percent five years earlier."
    )
    assert [f[3] for f in figures(text)] == ["2024", "2019"]


def test_targeting_a_level_sets_a_goal() -> None:
    text = "Lima Logistics, a listed courier, is targeting a margin of at least 12 percent by 2028."
    assert [(t.value, t.kind) for t in extract(text, PUBLISHED, CATALOG).targets] == [(12.0, "target")]


def test_a_value_named_a_target_is_a_goal() -> None:
    text = (
        "Card payments made up 81 percent of Peru's retail payments in 2024, already above the 75 percent "
        "target set for 2026 under the payments plan."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year, t.kind) for t in result.targets] == [(75.0, 2026, "target")]
    assert [f.value for f in result.figures] == [81.0]


def test_a_bare_amount_compared_with_a_count_counts_too() -> None:
    text = "Customs cleared 2.4 billion small parcels in 2024, up from 1.7 billion in 2023."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(2.4e9, "count"), (1.7e9, "count")]


def test_the_yen_sign_in_a_sentence_about_japan() -> None:
    text = "Korea's game exports grew 5 percent, while Japan's anime market reached ¥3.1 trillion in 2024."
    assert [u for _, u, _, _, _ in figures(text)] == ["percent", "JPY"]


def test_a_table_states_the_unit_of_its_amounts_and_the_period_of_its_columns() -> None:
    text = (
        "Online sales by channel (US$ millions)\n"
        "Channel | H1 2024 | H1 2025 | Change\n"
        "Apps | 820.5 | 1,004.0 | +22.4%\n"
        "Web | 310.2 | 298.7 | -3.7%"
    )
    assert [(v, u, p) for v, u, _, p, _ in figures(text)] == [
        (8.205e8, "USD", "2024-H1"), (1.004e9, "USD", "2025-H1"), (22.4, "percent", "2025-H1"),
        (3.102e8, "USD", "2024-H1"), (2.987e8, "USD", "2025-H1"), (-3.7, "percent", "2025-H1"),
    ]  # fmt: skip


def test_a_column_header_states_the_unit_of_its_column_only() -> None:
    text = "Country | Exports (€ bn) | Firms\nSpain | 41.3 | 1,200\nItaly | 38.9 | 950"
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (4.13e10, "EUR"),
        (1200, "count"),
        (3.89e10, "EUR"),
        (950, "count"),
    ]


def test_a_ceiling_a_revision_and_a_part_made_up_are_not_rises() -> None:
    text = (
        "Imports made up 41.5 billion yuan of the total. Parcels worth up to $150 pay no duty. "
        "The estimate for May was revised up by £0.4 billion. "
        "Riders numbered 21 million, 2.5 million more than in 2023."
    )
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [
        (4.15e10, "level"), (150.0, "other"), (4e8, "other"), (2.1e7, "count"), (2.5e6, "change"),
    ]  # fmt: skip


def test_the_region_is_the_region_named_last() -> None:
    text = (
        "Europe trades more each year. Europe buys most coffee, and Europe sells most machines. "
        "Which region grows fastest? Africa. The region's exports rose 9 percent in 2024."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Africa"]


def test_a_place_after_with_that_does_something_is_no_partner() -> None:
    text = "Developing economies sold $900 billion of services, with Africa alone earning $60 billion."
    assert [g for _, _, _, _, g in figures(text)] == ["Developing economies", "Africa"]


def test_the_share_of_a_group_of_countries_is_that_groups() -> None:
    text = "Developed economies took 70 percent of it; the share of developing economies was 28 percent."
    assert [g for _, _, _, _, g in figures(text)] == ["Developed economies", "Developing economies"]


def test_every_eu_member_is_a_place() -> None:
    text = "Gigabit coverage is highest in Malta (99.1%) and lowest in Croatia (61.0%)."
    assert [g for _, _, _, _, g in figures(text)] == ["Malta", "Croatia"]


def test_a_market_that_takes_a_share_of_a_countrys_exports_leaves_the_share_to_the_exporter() -> None:
    text = (
        "Japan took 18 percent of Thailand's car exports in 2024. "
        "Ireland accounted for 30 percent of EU software exports."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Thailand", "Ireland"]


def test_respectively_pairs_each_amount_with_its_place() -> None:
    text = "Kenya and Nigeria grew fastest in 2024, at 14 percent and 11 percent respectively."
    assert [g for _, _, _, _, g in figures(text)] == ["Kenya", "Nigeria"]


def test_a_net_loss_is_a_negative_level() -> None:
    text = "The lender earned $41 million, against a net loss of $12 million a year earlier."
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [(4.1e7, "level"), (-1.2e7, "level")]


def test_an_amount_after_one_that_follows_the_number_of_counts_too() -> None:
    text = "Revenue hit $2 billion, and the number of riders grew by 4 million to about 90 million."
    assert [u for _, u, _, _, _ in figures(text)] == ["USD", "count", "count"]


def test_a_rate_since_a_fiscal_year_runs_to_the_fiscal_year_reported() -> None:
    text = (
        "India's software exports reached $200 billion in 2024-25. Since 2019-20 they have grown at an "
        "average annual rate of 9 per cent."
    )
    assert [f[3] for f in figures(text)] == ["2024-04/2025-03", "2019-04/2025-03"]


def test_a_rate_compared_with_the_rate_before_is_of_its_kind() -> None:
    text = "Kenya's sales grew at an average annual rate of 5.2 percent, slower than the 7.0 percent in Peru."
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [(5.2, "cagr"), (7.0, "cagr")]


def test_an_earlier_value_of_the_same_measure_keeps_its_place() -> None:
    text = "Asia supplied 40 percent of the world's services exports, up from 31 percent a decade earlier."
    assert [(v, g) for v, _, _, _, g in figures(text)] == [(40.0, "Asia"), (31.0, "Asia")]


def test_a_share_of_the_region_still_names_what_the_next_sentences_are_about() -> None:
    text = (
        "Latin American online sales grew 12 percent. Brazil's market was worth $72 billion. Only a third of "
        "the region's small firms sell online, and just one in five of those ship abroad. "
        "Regional sales should top $300 billion by 2028."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [f.geo for f in result.figures][-1] == result.targets[0].geo == "Latin America"


def test_a_bare_amount_right_after_the_people_or_things_it_counts_is_a_count() -> None:
    text = "Revenue was $4.1 billion. Monthly users reached 2.2 billion, and paid subscribers 310 million."
    assert [u for _, u, _, _, _ in figures(text)] == ["USD", "count", "count"]


def test_a_second_goal_over_the_same_period_keeps_the_first_deadline() -> None:
    text = (
        "The agency aims to lift online exports to $8 billion by 2029 and to raise the number of exporting "
        "shops to at least 12,000 over the same period."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year, t.comparator) for t in result.targets] == [
        (8e9, 2029, "="),
        (12000.0, 2029, ">="),
    ]


def test_a_bare_count_a_goal_moves_past_is_a_target() -> None:
    text = "Analysts warned that the number of customs checkpoints will pass 300 by 2029."
    assert [(t.value, t.unit, t.year) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (300.0, "count", 2029)
    ]


def test_a_count_goal_followed_by_what_the_things_do_keeps_the_things_counted() -> None:
    text = "The port has opened 9 bonded warehouses, and plans to have at least 30 operating by end-2028."
    (target,) = extract(text, PUBLISHED, CATALOG).targets
    assert (target.value, target.year, target.comparator, target.metric) == (
        30.0,
        2028,
        ">=",
        "bonded warehouses",
    )


def test_goals_set_in_a_year_and_due_within_years() -> None:
    text = (
        "The premier set a goal in 2022 of doubling the value of Chile's services exports within ten years."
    )
    assert [(t.value, t.unit, t.year, t.kind) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (2.0, "times", 2032, "target")
    ]


def test_a_strategy_that_sets_goals_sets_targets() -> None:
    text = "The strategy sets goals of raising $40 billion in investment and hiring 20,000 coders by 2030."
    assert [(t.value, t.year, t.kind) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (40e9, 2030, "target"),
        (20000.0, 2030, "target"),
    ]


def test_an_amount_with_scale_and_currency_a_year_earlier_is_of_the_year_before() -> None:
    text = "Chile's software exports rose to 2.3 billion pesos in 2023 from 1.9 billion pesos a year earlier."
    assert [f[3] for f in figures(text)] == ["2023", "2022"]


def test_a_count_a_move_ended_at_is_of_the_period_talked_about() -> None:
    text = "Peru's online exports rose 9 percent in 2024. Registered exporters jumped 15% to 4,800."
    assert [(f[0], f[3]) for f in figures(text)] == [(9.0, "2024"), (15.0, "2024"), (4800.0, "2024")]


def test_a_period_in_a_relative_clause_dates_only_that_clause() -> None:
    text = "Andes Freight runs 11 bonded depots in Peru, three of which opened in the first half of 2025."
    assert [(f[0], f[3]) for f in figures(text)] == [(11.0, None), (3.0, "2025-H1")]


def test_a_forecast_in_a_clause_of_its_own_shares_the_year_of_the_one_before() -> None:
    text = "Peru's online sales are projected to reach $40bn this year, while margins are set to widen by 8%."
    assert [(t.value, t.year, t.kind) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (40e9, 2025, "forecast"),
        (8.0, 2025, "forecast"),
    ]


def test_a_share_a_present_verb_holds_is_of_no_period() -> None:
    text = (
        "Chile's cloud services imports rose 14 percent in 2024. "
        "Three American providers control roughly 80 percent of the local market."
    )
    assert [(f[0], f[3]) for f in figures(text)] == [(14.0, "2024"), (80.0, None)]


def test_a_multiple_of_a_level_years_before_spans_to_the_period_reported() -> None:
    text = (
        "Colombia's app exports rose 12 percent in 2024. "
        "They stood at $90 million in 2018, so the market has seen a more than fivefold expansion."
    )
    assert [(f[0], f[3]) for f in figures(text)] == [(12.0, "2024"), (90e6, "2018"), (5.0, "2018/2024")]


def test_the_measure_a_goal_verb_names_before_of_is_the_goal_metric() -> None:
    text = "Andes Freight is targeting an operating margin of at least 9% by 2028."
    (target,) = extract(text, PUBLISHED, CATALOG).targets
    assert (target.value, target.year, target.metric) == (9.0, 2028, "operating margin")


def test_the_figure_after_a_goal_is_the_goals_measure() -> None:
    text = (
        "Peru aims to raise software exports to $2 billion by 2030. "
        "One bank is less upbeat: it expects the figure will exceed $1.5 billion in 2030."
    )
    assert [(t.value, t.metric) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (2e9, "software exports"),
        (1.5e9, "software exports"),
    ]


def test_a_goal_of_lifting_a_thing_names_the_thing() -> None:
    text = (
        "The ministry has set a goal of boosting game exports to between $3 billion and $4 billion by 2030."
    )
    assert [(t.value, t.comparator, t.metric) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (3e9, ">=", "game exports"),
        (4e9, "<=", "game exports"),
    ]


def test_a_goal_moving_a_thing_to_a_percent_of_a_whole_is_a_share() -> None:
    text = "Ecuador aims to raise online sales to 15 percent of retail sales by 2029."
    (target,) = extract(text, PUBLISHED, CATALOG).targets
    assert (target.value, target.year, target.metric) == (15.0, 2029, "share of online sales in retail sales")


def test_money_a_goal_spends_or_invests_is_spending_on_or_investment_in_a_thing() -> None:
    text = (
        "The port operator plans to spend $80 million on cold-storage sheds in the coming year "
        "and will invest $45 million in customs software by 2027."
    )
    assert [(t.value, t.metric) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (80e6, "spending on cold-storage sheds"),
        (45e6, "investment in customs software"),
    ]


def test_a_count_goal_that_trains_or_connects_things_names_the_deed() -> None:
    text = "Bolivia plans to train 8,000 customs brokers and to connect 900 rural clinics to fibre by 2028."
    assert [(t.value, t.metric) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (8000.0, "customs brokers trained"),
        (900.0, "rural clinics connected to fibre"),
    ]


def test_a_second_goal_after_a_first_takes_no_words_of_the_first() -> None:
    text = (
        "The lender expects loan growth of about 12% in 2026 and aims to reach 3 million borrowers by 2028."
    )
    assert [(t.value, t.metric) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (12.0, "loan growth"),
        (3e6, "borrowers"),
    ]
    text = "Analysts expect app exports to grow by 9 percent in 2026 and to exceed $4 billion by 2030."
    assert [t.metric for t in extract(text, PUBLISHED, CATALOG).targets] == ["app exports", "app exports"]


def test_a_level_a_move_since_a_year_ended_at_is_of_the_text_year() -> None:
    text = (
        "Uruguay's software exports grew 6 percent in 2024. "
        "Their share of services exports has risen 4 percentage points since 2018, to 21%."
    )
    assert [(f[0], f[3]) for f in figures(text)] == [(6.0, "2024"), (4.0, "2018/2024"), (21.0, "2024")]


def test_by_then_is_the_year_named_just_before() -> None:
    text = (
        "The bloc has set itself goals for 2030. By then, 75% of firms should use cloud computing; "
        "80% of adults should have basic digital skills; and it should employ 20 million ICT specialists."
    )
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.value, t.year) for t in targets] == [(75, 2030), (80, 2030), (2e7, 2030)]
    assert "basic digital skills" in targets[1].metric
    past = "Exports were 4 billion euros in 2019. By then, online sales made up 12% of retail."
    (figure,) = [f for f in extract(past, PUBLISHED, CATALOG).figures if f.unit == "percent"]
    assert figure.period == "2019"


def test_a_place_the_number_is_in_is_its_place() -> None:
    text = "Cloud use ranged from 42.0% in Denmark to 5.2% in Romania."
    assert [g for _, _, _, _, g in figures(text)] == ["Denmark", "Romania"]


def test_a_currency_name_countries_share_is_the_local_one_in_a_text_about_a_country_using_it() -> None:
    text = (
        "Pakistan's IT exports rose to $3.8 billion in FY25. In Pakistan, firms earned Rs 1.07 trillion, "
        "and Pakistan's central bank said remittances reached 38 billion rupees in June."
    )
    assert [u for _, u, _, _, _ in figures(text) if u != "percent"] == ["USD", "PKR", "PKR"]
    egypt = "Egypt's digital exports reached 12 billion pounds. Egypt wants more. Egypt is growing."
    assert [u for _, u, _, _, _ in figures(egypt)] == ["EGP"]
    # "K" is Zambia's kwacha in a text on Zambia, "B$" the Bahamas' dollar in one on the Bahamas
    zambia = "Zambia collected K412.6 million in VAT. Zambia's revenue grew. Zambia is growing."
    assert [u for _, u, _, _, _ in figures(zambia)] == ["ZMW"]
    bahamas = "The Bahamas earned B$1.2 billion from tourism. The Bahamas grew. The Bahamas is growing."
    assert [u for _, u, _, _, _ in figures(bahamas)] == ["BSD"]
    # "dinars" are Tunisia's by default and Jordan's in a text on Jordan; a bare "$" in a text on the
    # Philippines that also counts in pesos is the US dollar (the peso's sign there is "₱")
    jordan = "Jordan's ICT exports reached 1.2 billion dinars. Jordan grew. Jordan is growing."
    assert [u for _, u, _, _, _ in figures(jordan)] == ["JOD"]
    manila = (
        "Philippine IT-BPM revenue reached $38 billion in 2024. Pay starts at 18,000 pesos. "
        "The Philippines grew. The Philippines is growing."
    )
    assert [u for _, u, _, _, _ in figures(manila)] == ["USD", "PHP"]


def test_lines_under_a_caption_in_billions_of_dollars_take_its_unit_and_measure() -> None:
    text = (
        "Exports of software rose to $712 billion in 2025.\n\n"
        "Seasonally adjusted exports, in billions of dollars:\n\n"
        "Q1 2025: 172.9\nQ2 2025: 176.4\n\nThe series is revised each quarter."
    )
    found = extract(text, PUBLISHED, CATALOG).figures[1:]
    assert [(f.value, f.unit, f.period) for f in found] == [
        (1.729e11, "USD", "2025-Q1"),
        (1.764e11, "USD", "2025-Q2"),
    ]
    assert all("exports" in f.metric for f in found)
    assert not extract("Note: 5\nSeason: 12", PUBLISHED, CATALOG).figures


def test_a_company_report_carries_no_market_into_the_next_paragraph() -> None:
    text = (
        "The company said revenue rose 22% to $9.8 billion.\n\n"
        "US sales fell 9% in the quarter.\n\n"
        "Items shipped from the company's overseas warehouses made up 34% of sales, the company said."
    )
    assert [g for _, _, _, _, g in figures(text)][-1] is None


def test_a_sentence_opening_on_a_place_names_the_place_of_the_figures_after_it() -> None:
    text = (
        "Singapore's digital exports rose 8% to S$236 billion.\n\n"
        "Hong Kong is pursuing a similar strategy. Its software exports reached HK$38.2 billion in 2025."
    )
    assert [g for _, _, _, _, g in figures(text)][-1] == "Hong Kong"


def test_a_caption_ending_in_a_colon_gives_its_period_to_the_list_below() -> None:
    text = (
        "UK exports of services rose 1.4% to £45.3bn in April.\n\n"
        "The main categories (exports, three months to April, change on previous three months):\n\n"
        "Financial services: £26.4bn, +0.9%\nTravel: £11.2bn, -2.3%\n\nThe data are revised monthly."
    )
    found = extract(text, date(2026, 6, 12), CATALOG).figures
    assert [f.period for f in found][2:] == ["2026-02/2026-04"] * 4


def test_the_corresponding_period_last_year_is_the_period_named_before_a_year_earlier() -> None:
    text = (
        "Customs cleared 412 million parcels between January and October, compared with 353 million in "
        "the corresponding period last year. Sales reached $5 billion in the first half, from $4 billion "
        "in the same period of 2024."
    )
    periods = [f.period for f in extract(text, date(2025, 11, 20), CATALOG).figures]
    assert periods == ["2025-01/2025-10", "2024-01/2024-10", "2025-H1", "2024-H1"]


def test_a_goal_that_a_part_contribute_or_account_for_a_percentage_is_a_share_goal() -> None:
    text = (
        "The blueprint sets these targets:\n"
        "(a) the digital economy to contribute 30 per cent of GDP by 2030; and\n\n"
        "The government wants e-commerce to account for 15% of retail sales by 2028."
    )
    metrics = [t.metric for t in extract(text, PUBLISHED, CATALOG).targets]
    assert metrics == ["share of digital economy in GDP", "share of e-commerce in retail sales"]


def test_a_second_verb_of_a_forecast_shares_its_subject_and_a_baseline_is_a_forecast() -> None:
    text = "In our baseline, software exports will grow about 7% a year and exceed $6 trillion by 2030."
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.metric, t.kind) for t in targets] == [("software exports", "forecast")] * 2


def test_a_loss_is_negative_of_the_measure_it_is_compared_with_and_less_is_a_fall() -> None:
    text = (
        "Adjusted EBITDA of US$48.5 million, versus a loss of US$12.1 million a year earlier. "
        "Exports were 1.8 pct less than in 2024."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.metric) for f in found][:2] == [
        (4.85e7, "Adjusted EBITDA"),
        (-1.21e7, "Adjusted EBITDA"),
    ]
    assert found[2].value == -1.8


def test_every_country_is_a_place() -> None:
    text = "Uzbekistan's IT exports rose to $1.1 billion, and Fiji's outsourcing exports to FJ$164 million."
    assert [g for _, _, _, _, g in figures(text)] == ["Uzbekistan", "Fiji"]


def test_projects_as_a_verb_and_a_goal_restated_as_growth() -> None:
    text = (
        "The chamber projects online retail sales to reach Dh48bn in 2026, implying a compound annual "
        "growth rate of 10.7 per cent. Economists project full-year exports at about $1.05 billion. "
        "The projects to build ports cost $5 billion in 2024."
    )
    extraction = extract(text, date(2025, 3, 18), CATALOG)
    assert [(t.value, t.metric) for t in extraction.targets] == [
        (4.8e10, "online retail sales"),
        (10.7, "online retail sales"),
        (1.05e9, "full-year exports"),
    ]
    assert [f.value for f in extraction.figures] == [5e9]


def test_the_lines_under_a_caption_of_goals_for_a_year_are_goals_for_that_year() -> None:
    text = (
        "Online retail grew 20% in 2024.\n\n"
        "The targets set for 2025 by the master plan are:\n"
        "- B2C e-commerce revenue reaching US$35 billion;\n"
        "- B2C e-commerce accounting for 10% of total retail sales.\n\nOfficials said more was needed."
    )
    targets = extract(text, date(2025, 4, 10), CATALOG).targets
    assert [(t.value, t.year, t.metric) for t in targets] == [
        (3.5e10, 2025, "B2C e-commerce revenue"),
        (10, 2025, "share of B2C e-commerce in total retail sales"),
    ]


def test_a_header_cell_that_is_a_unit_gives_its_column_the_unit() -> None:
    text = (
        "Digitally delivered services exports, top exporters, 2024\n"
        "| Exporter | US$bn | change on 2023 |\n|---|---|---|\n"
        "| United States | 700 | +7.1% |\n| India | 269 | +17.3% |\n\nSource: WTO."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.geo) for f in found if f.unit == "USD"] == [
        (7e11, "USD", "United States"),
        (2.69e11, "USD", "India"),
    ]


def test_pakistan_kenya_and_egypt_count_fiscal_years_from_july() -> None:
    text = (
        "Pakistan's IT exports rose 23 pct to $2.8 bln in the first nine months of the 2024-25 fiscal year."
    )
    assert {f.period for f in extract(text, date(2025, 4, 17), CATALOG).figures} == {"2024-07/2025-03"}


def test_a_text_in_a_countrys_currency_a_chinese_provinces_text_and_a_listed_companys() -> None:
    uzbek = (
        "Exports of IT services amounted to $735 million, mostly to the United States. "
        "That is roughly 9.3 trillion soums, officials in Uzbekistan said."
    )
    assert [g for _, _, _, _, g in figures(uzbek)] == ["Uzbekistan", "Uzbekistan"]
    guangxi = (
        "Guangxi's cross-border e-commerce trade with Vietnam rose 27 percent. Exports climbed 41 percent."
    )
    assert [g for _, _, _, _, g in figures(guangxi)][-1] == "Guangxi"
    company = (
        "MercadoLibre, Latin America's most valuable listed company, posted a 39% jump in net revenue.\n\n"
        "Net revenue rose to $7.41 billion in the July-September quarter."
    )
    assert [g for _, _, _, _, g in figures(company)] == [None, None]


def test_a_rate_set_against_another_a_name_of_a_million_and_a_top_that_is_money() -> None:
    text = (
        "IT exports grew nearly twice the pace of overall exports. Graduates of the One Million Coders "
        "programme found jobs. The ministry expects the figure to top 55 billion yuan in 2026."
    )
    extraction = extract(text, PUBLISHED, CATALOG)
    assert [(f.value, f.unit, f.kind) for f in extraction.figures] == [(2.0, "times", "other")]
    assert [(t.value, t.unit, t.year) for t in extraction.targets] == [(5.5e10, "CNY", 2026)]


def test_a_multiple_of_the_same_period_a_year_before_is_of_its_own_period() -> None:
    text = (
        "IT exports amounted to $735.4 million in January-September, "
        "1.5 times more than in the same period of 2024."
    )
    periods = [f.period for f in extract(text, date(2025, 10, 16), CATALOG).figures]
    assert periods == ["2025-01/2025-09", "2025-01/2025-09"]


def test_both_ends_of_a_goal_range_share_its_metric_and_an_aside_in_brackets_is_skipped() -> None:
    text = (
        "Analysts expect full-year net revenue of $28 billion-$29 billion. It expects sales of between "
        "$3.1 billion and $3.3 billion in 2026. The government wants overseas sales of content (games, anime "
        "and streaming rights) to reach $130 billion by 2033."
    )
    metrics = [t.metric for t in extract(text, date(2025, 11, 6), CATALOG).targets]
    assert metrics == ["full-year net revenue"] * 2 + ["sales"] * 2 + ["overseas sales of content"]


def test_a_goal_named_only_as_a_target_measures_what_the_amount_is_in_or_what_was_measured() -> None:
    text = 'IT exports rose 50%. "Our target for this year is $1 billion," the director said.'
    (target,) = extract(text, date(2025, 10, 16), CATALOG).targets
    assert target.metric == "IT exports"


def test_a_table_under_its_caption_with_a_provisional_year_and_a_percentage_column() -> None:
    text = (
        "Table 1: Exports by major category (S$ billion)\n\n"
        "| Category | 2023 | 2024p | Change (%) |\n|---|---|---|---|\n"
        "| Financial services | 52.1 | 56.8 | 9.0 |\n\n"
        "Source: the statistics office."
    )
    found = extract(text, date(2025, 7, 18), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [
        (5.21e10, "SGD", "2023"),
        (5.68e10, "SGD", "2024"),
        (9.0, "percent", "2024"),
    ]
    # the row's label, in the caption's measure, and the change column's kind
    assert [(f.metric, f.kind) for f in found] == [("Financial services exports", "level")] * 2 + [
        ("Financial services exports", "change")
    ]
    bracketed = extract(
        "Exports of digitally delivered services rose 8 percent.\n\n| Economy | 2024 (US$ bn) |\n"
        "| European Union (extra-EU) | 1,150 |\n| United States | 713.2 |\n\nThe rest grew.",
        date(2025, 7, 18),
        CATALOG,
    ).figures
    assert [(f.geo, f.metric) for f in bracketed[1:]] == [
        ("EU", "digitally delivered services exports"),
        ("United States", "digitally delivered services exports"),
    ]


def test_a_caption_naming_each_columns_unit_over_rows_with_one_or_two_separators() -> None:
    text = (
        "Canada's software exports rose 5 percent last year.\n\n"
        "Largest markets, 2024 (C$bn | % change on 2023)\n"
        "United States | 41.5 | +6.2\nUnited Kingdom | 3.1 | -1.4\n\n"
        "Other markets, 2024 (C$bn)\nMexico | 2.2\nJapan | 1.8\n\n"
        "Source: Statistics Canada."
    )
    found = extract(text, date(2025, 6, 2), CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.period, f.geo) for f in found[1:]] == [
        (4.15e10, "CAD", "level", "2024", "United States"),
        (6.2, "percent", "change", "2024", "United States"),
        (3.1e9, "CAD", "level", "2024", "United Kingdom"),
        (-1.4, "percent", "change", "2024", "United Kingdom"),
        (2.2e9, "CAD", "level", "2024", "Mexico"),
        (1.8e9, "CAD", "level", "2024", "Japan"),
    ]


def test_list_lines_under_a_caption_of_destinations_are_the_exporters_flows_to_each() -> None:
    text = (
        "Uzbekistan's IT exports reached $740 million in January-September.\n\n"
        "Top destinations for IT exports, January–September 2025:\n"
        "- USA — $301.5 million (41%)\n- Kazakhstan — $66.2 million (9%)\n\n"
        "The park has 2,000 residents."
    )
    found = extract(text, date(2025, 10, 16), CATALOG).figures
    assert [(f.metric, f.geo, f.metric_key) for f in found[1:3]] == [
        ("IT exports to USA", "Uzbekistan", "uz.it_exports_to_united_states"),
        ("IT exports to USA", "Uzbekistan", "uz.it_exports_to_united_states"),
    ]
    assert found[3].metric_key == "uz.it_exports_to_kazakhstan"


def test_bulleted_lines_whose_label_a_comma_ends_name_their_items() -> None:
    text = (
        "Thailand's imports of digital services reached 580,000 million Baht in 2024.\n\n"
        "The major items of digital services import in 2024 consist of:\n"
        "- Digital advertising services, 142,000 million Baht\n- Cloud services, 118,500 million Baht\n\n"
        "The deficit widened."
    )
    found = extract(text, date(2025, 6, 24), CATALOG).figures
    assert [f.metric for f in found[1:]] == ["Digital advertising services", "Cloud services"]


def test_bars_thresholds_and_values_as_they_stand_have_no_period() -> None:
    text = (
        "In 2025, parcels valued at up to €15,000 qualify, and the €150 duty exemption ends. The share of "
        "parcels through overseas warehouses should reach 40% by 2027, from 26% currently. Customs "
        "processed 1.36 billion de minimis shipments in 2024."
    )
    found = extract(text, date(2025, 11, 13), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [
        (15000.0, None),
        (150.0, None),
        (26.0, None),
        (1.36e9, "2024"),
    ]


def test_a_count_in_a_list_under_a_captions_period_takes_it() -> None:
    text = (
        "Third Quarter 2025 Highlights\n- GMV of US$4.82 billion, up 31% year-over-year.\n"
        "- Active buyers of 58.3 million, up from 47.9 million a year earlier.\n\nThe company said more."
    )
    found = extract(text, date(2025, 11, 6), CATALOG).figures
    assert [(f.value, f.period) for f in found if f.unit == "count"] == [
        (5.83e7, "2025-Q3"),
        (4.79e7, "2024-Q3"),
    ]


def test_list_lines_under_a_caption_in_hundreds_of_millions_of_yuan() -> None:
    text = (
        "Trade of major cities, January-September (unit: 100 million yuan):\n"
        "- Hangzhou: 1,045.6, up 8.2%\n- Ningbo: 812.3, up 5.7%\n\nThe data are preliminary."
    )
    found = extract(text, date(2025, 10, 24), CATALOG).figures
    assert [(round(f.value), f.unit) for f in found if f.unit == "CNY"] == [
        (104_560_000_000, "CNY"),
        (81_230_000_000, "CNY"),
    ]


def test_a_goal_range_written_with_to_but_not_a_move_from_one_amount_to_another() -> None:
    published = date(2025, 8, 1)
    ranged = extract(
        "Analysts expect the market to reach $600 billion to $1 trillion by 2030.", published, CATALOG
    )
    assert [t.comparator for t in ranged.targets] == [">=", "<="]
    moved = extract(
        "The plan aims to lift exports from $5 billion to $6 billion by 2030.", published, CATALOG
    )
    assert [t.comparator for t in moved.targets][-1] == "="
    forecast = extract("The WTO cut its forecast for 2026 to 0.5% from 1.8%.", date(2025, 10, 7), CATALOG)
    assert [t.comparator for t in forecast.targets][:1] == ["="]


def test_a_tables_flow_rows_are_of_what_its_caption_names_and_its_balance_is_no_total() -> None:
    text = (
        "Norway's services exports rose 2% in the quarter.\n\n"
        "Table 2: Trade in ICT services, seasonally adjusted (millions of Norwegian kroner)\n\n"
        "| | Q1 2025 | Q2 2025 |\n|---|---|---|\n"
        "| Exports | 18,410 | 18,902 |\n| Imports | 15,077 | 15,310 |\n| Balance | 3,333 | 3,592 |\n\n"
        "Source: the statistics office."
    )
    found = extract(text, date(2025, 8, 20), CATALOG).figures[1:]
    assert [(f.value, f.unit, f.period) for f in found[:2]] == [
        (1.841e10, "NOK", "2025-Q1"),
        (1.8902e10, "NOK", "2025-Q2"),
    ]
    concept = "no.telecom_computer_information_services"
    assert [f.metric_key for f in found[::2]] == [
        f"{concept}_exports",
        f"{concept}_imports",
        f"{concept}_balance",
    ]


def test_a_pronoun_after_a_share_is_the_shares_part_whatever_opens_its_sentence() -> None:
    text = (
        "Exports of digitally deliverable services, which include computer and financial services, made up "
        "61% of total services exports in the second quarter. In the first half of 2025, they totalled "
        "NZ$4.1 billion."
    )
    found = extract(text, date(2025, 9, 4), CATALOG).figures
    assert found[-1].metric == "Exports of digitally deliverable services"


def test_dashed_lines_under_a_caption_naming_its_flow_and_unit_after_a_comma() -> None:
    text = (
        "Kazakhstan's software exporters had a strong year.\n\n"
        "Quarterly exports of Astana Hub members in 2025, mln USD:\n"
        "Q1 - 14.2\nQ2 - 15.9\n\n"
        "The hub expects more members next year."
    )
    found = extract(text, date(2025, 8, 10), CATALOG).figures
    assert [(f.value, f.unit, f.period, f.metric) for f in found] == [
        (1.42e7, "USD", "2025-Q1", "exports of Astana Hub members"),
        (1.59e7, "USD", "2025-Q2", "exports of Astana Hub members"),
    ]


def test_a_place_that_exported_or_shipped_after_an_opening_clause_and_the_object_it_is_set_against() -> None:
    found = extract(
        "According to the statistics bureau, Ireland exported €390bn of services in 2024, against €230bn of "
        "goods. Vietnam shipped $5bn worth of electronics to the US in May.",
        date(2025, 7, 1),
        CATALOG,
    ).figures
    assert [(f.metric, f.geo) for f in found] == [
        ("services exports", "Ireland"),
        ("goods exports", "Ireland"),
        ("electronics exports", "Vietnam"),
    ]


def test_a_clause_after_while_that_names_its_own_year_leaves_the_opening_year_behind() -> None:
    found = extract(
        "In 2023, 41.2% of firms in Chile sold online, while 9.1% of firms used cloud software in 2024, "
        "up from 7% in 2023.",
        date(2025, 6, 16),
        CATALOG,
    ).figures
    assert [f.period for f in found] == ["2023", "2024", "2023"]


def test_an_average_rate_a_year_written_around_the_number_is_a_cagr() -> None:
    for sentence in (
        "Software exports grew an average 6.2 per cent a year between 2019 and 2024.",
        "Software exports grew 6.2% per year on average between 2019 and 2024.",
    ):
        found = extract(sentence, date(2025, 6, 16), CATALOG).figures
        assert [(f.kind, f.period) for f in found] == [("cagr", "2019/2024")]


def test_a_caption_line_ending_in_its_bracket_gives_its_period_to_the_counts_listed_below() -> None:
    text = (
        "Tiendaya reported results on Thursday.\n\n"
        "HIGHLIGHTS (Q2 2025, yr/yr change)\n\n"
        "* Active sellers: 1.2 mln (+9 pct)\n* Orders: 88 mln (+14 pct)\n\n"
        "Margins held steady."
    )
    found = extract(text, date(2025, 8, 7), CATALOG).figures
    assert [(f.value, f.period) for f in found if f.unit == "count"] == [
        (1.2e6, "2025-Q2"),
        (8.8e7, "2025-Q2"),
    ]


def test_a_province_that_only_locates_a_city_before_it_is_not_the_figures_place() -> None:
    found = extract(
        "The trade fair closed in Fuzhou, capital of southeast China's Fujian Province, with deals worth "
        "12.5 billion yuan signed.",
        date(2025, 6, 16),
        CATALOG,
    ).figures
    assert [f.geo for f in found] == ["Fuzhou"]


def test_a_peoples_adjective_that_describes_the_company_is_not_the_figures_place() -> None:
    for lead in ("the Latin American online marketplace", "the Japanese e-commerce operator"):
        found = extract(
            f"Mercanta Inc, {lead}, on Thursday reported quarterly net revenue of $1.2 bln, up 20 pct.",
            date(2025, 11, 6),
            CATALOG,
        ).figures
        assert [f.geo for f in found] == [None, None]


def test_a_part_that_owns_its_share_or_its_contribution_to_a_whole() -> None:
    found = extract(
        "The ICT sector's contribution to GDP stood at 5.8 per cent in 2024, while e-commerce's share of "
        "retail sales rose to 12 per cent.",
        date(2025, 6, 1),
        CATALOG,
    ).figures
    assert [(f.kind, f.metric_key) for f in found] == [
        ("share", "unplaced.ict_sector_share_of_gdp"),
        ("share", "unplaced.ecommerce_share_of_retail_sales"),
    ]


def test_a_goal_for_the_full_year_named_and_a_wire_range_with_its_scale_on_both_ends() -> None:
    found = extract(
        "The company aims to lift cross-border GMV to more than $6 bln for the full year 2026. It expects "
        "fourth-quarter net revenue of $2.05 bln-2.15 bln.",
        date(2025, 11, 6),
        CATALOG,
    ).targets
    assert [(round(t.value), t.comparator, t.year) for t in found] == [
        (6_000_000_000, ">", 2026),
        (2_050_000_000, ">=", 2025),
        (2_150_000_000, "<=", 2025),
    ]


def test_a_measure_named_as_the_object_of_a_verb_keeps_the_words_that_name_it() -> None:
    found = extract(
        "Pakistan posted a trade surplus of $3.2bn in 2024. The region generated an estimated gross "
        "merchandise value of $263 billion.",
        date(2025, 7, 21),
        CATALOG,
    ).figures
    assert [f.metric for f in found] == ["Pakistan trade surplus", "region gross merchandise value (GMV)"]


def test_a_caption_ending_in_a_colon_frames_the_list_on_the_lines_of_its_own_paragraph() -> None:
    text = (
        "Exports by small firms were worth about $5bn in 2024, and $4bn in 2023.\n\n"
        "The numbers at a glance, for FY2024-25 (April-March):\n"
        "• Consignments cleared through courier terminals: 1.9 crore, up 34%\n"
        "• Declared value of those consignments: Rs 38,600 crore\n\n"
        "More is expected."
    )
    found = extract(text, date(2025, 5, 22), CATALOG).figures
    assert {f.period for f in found[2:]} == {"2024-04/2025-03"}


def test_the_terms_of_a_rule_hold_for_no_period() -> None:
    text = (
        "In 2024 the ministry proposed a handling fee of €2 per item for parcels, and the US threshold stood "
        "at $800 per person per day. The tax applies once a group's revenue exceeds 500 mln pounds. Since "
        "2021 VAT has been levied at 7%, and the 1930 act exempts parcels valued at $800 or less. In 2023 "
        "the de minimis threshold for imported parcels was set at US$3."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(f.period, f.kind) for f in found] == [(None, "other")] * 6


def test_an_amount_worth_of_things_and_the_place_that_followed_with_another() -> None:
    text = (
        "Thailand approved 52 billion baht worth of data centre investments in 2024. Bangkok alone drew 30 "
        "billion baht in data centre investments. Chonburi followed with 12 billion baht."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [f.metric for f in found] == [
        "data centre investments approved",
        "data centre investments",
        "data centre investments",
    ]


def test_a_tables_bare_flow_column_is_of_what_its_caption_names_and_percent_in_words_marks_a_column() -> None:
    text = (
        "The year-wise value of software services exports, as reported by the central bank, is given below:\n"
        "Year | Exports (Rs lakh crore) | Growth (percent)\n"
        "2021-22 | 10.3 | 21.4\n2022-23 | 11.9 | 15.5\n\nEnd."
    )
    found = extract(text, date(2025, 7, 30), CATALOG).figures
    assert [(f.unit, f.kind, f.metric) for f in found[:2]] == [
        ("INR", "level", "software services exports"),
        ("percent", "change", "software services exports"),
    ]


def test_partners_ranked_by_size_are_each_the_flow_with_that_partner() -> None:
    text = (
        "Bangladesh received remittances of $27bn in 2024. Saudi Arabia remained the largest source of "
        "remittances at $5.1bn, followed by the UAE with $4.6bn and the UK with $3.2bn."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures[1:]
    assert [(f.geo, f.metric_key) for f in found] == [
        ("Bangladesh", "bd.remittances_from_saudi_arabia"),
        ("Bangladesh", "bd.remittances_from_united_arab_emirates"),
        ("Bangladesh", "bd.remittances_from_united_kingdom"),
    ]


def test_a_goal_that_points_back_and_ranges_and_caps_in_other_words() -> None:
    text = (
        "About 2,300 sellers now ship abroad through the hub. The agency expects that number to pass 3,000 "
        "by the end of 2026. Analysts expect approvals of RM70 billion-RM75 billion in 2026, and the deficit "
        "could widen to as much as 28 trillion yen by 2030."
    )
    found = extract(text, date(2025, 9, 3), CATALOG).targets
    assert "sellers" in found[0].metric
    assert [t.comparator for t in found] == [">", ">=", "<=", "<="]


def test_a_forecast_verb_before_an_amount_and_no_measure_of_its_own() -> None:
    text = (
        "Online sales reached R$98.6 billion in the first half, according to ABComm, which projects R$234.9 "
        "billion for the full year."
    )
    (forecast,) = extract(text, date(2025, 8, 14), CATALOG).targets
    assert (forecast.year, forecast.kind, forecast.metric) == (2025, "forecast", "Online sales")


def test_a_share_held_or_controlled_is_the_holders() -> None:
    found = extract(
        "Amazon controls 40% of the cloud market, and local firms hold about 30%.", PUBLISHED, CATALOG
    )
    assert found.figures[0].metric == "share of Amazon in the cloud market"


def test_nationally_opens_on_the_country_of_a_text_about_one_of_its_states() -> None:
    text = (
        "Selangor's cross-border e-commerce exports rose 12% to RM3.1 billion in the first half.\n\n"
        "Nationally, e-commerce income reached RM1.19 trillion last year."
    )
    found = extract(text, date(2024, 9, 5), CATALOG).figures
    assert [f.geo for f in found] == ["Selangor", "Selangor", "Malaysia"]


def test_a_measure_named_only_by_a_pointer_or_a_period_alone_is_the_last_one_measured() -> None:
    text = (
        "Around 4.6 billion low-value consignments entered the bloc in 2024. That was almost double the year "
        "before. Exports of IT services reached $3.8 billion in the year. June alone brought in $338m."
    )
    found = extract(text, date(2025, 3, 18), CATALOG).figures
    assert [f.metric for f in found] == [
        "low-value consignments entered the bloc",
        "low-value consignments entered the bloc",
        "Exports of IT services",
        "Exports of IT services",
    ]


def test_a_list_lines_own_place_does_not_run_on_into_the_next_line() -> None:
    text = (
        "Cloud spending in Southeast Asia rose 27% in 2024.\n\n"
        "Key numbers:\n"
        "- Colocation vacancy, Q2 2025: 1.8% in Singapore versus 9.5% in Johor\n"
        "- Digital economy gross merchandise value (GMV), 2024: US$263bn\n"
        "- Since 2015 these sales have grown at 12% a year\n\nMore below."
    )
    found = extract(text, date(2025, 10, 15), CATALOG).figures
    assert [f.geo for f in found] == ["ASEAN", "Singapore", "Johor", "ASEAN", "ASEAN"]


def test_a_base_after_a_count_named_before_it_counts_too() -> None:
    text = (
        "Active customers rose to 11.8 million from 9.6 million a year earlier, while revenue grew to £312m."
    )
    found = extract(text, date(2025, 10, 20), CATALOG).figures
    assert [f.unit for f in found] == ["count", "count", "GBP"]


def test_more_of_the_things_counted_before_are_counted() -> None:
    found = extract(
        "The country now has 54 data centres in operation and 31 more under construction.", PUBLISHED, CATALOG
    )
    assert [(f.value, f.metric) for f in found.figures] == [
        (54, "data centres in operation"),
        (31, "data centres under construction"),
    ]


def test_a_lead_the_company_reports_itself_makes_a_company_report() -> None:
    text = (
        "OSTEND, 6 February 2025 - Ostend Airport handled 18 million e-commerce parcels in 2024, an increase "
        "of 27% on 2023, the airport company said. The EU's parcel flows grew too.\n\n"
        "Cargo revenue rose to €26.4m from €21.2m a year earlier."
    )
    assert [f.geo for f in extract(text, date(2025, 2, 6), CATALOG).figures] == [None] * 4


def test_tables_set_out_with_tabs_or_runs_of_spaces_and_their_rows_own_units() -> None:
    tabbed = (
        "IT exports rose.\n\nExports by category, FY25 vs FY24 (US$ million)\n\n"
        "Category\tFY25\tFY24\tChange (%)\nComputer services\t3,021\t2,545\t18.7\n\nImports rose."
    )
    found = extract(tabbed, date(2025, 7, 18), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (3.021e9, "USD", "level"),
        (2.545e9, "USD", "level"),
        (18.7, "percent", "change"),
    ]
    spaced = (
        "Kestrel grew in Australia.\n\nKestrel Global Commerce: FY25 results summary (A$m unless stated)\n\n"
        "                                FY25      FY24   Change\n"
        "Total payment volume ($bn)      14.6      10.6     +38%\n"
        "Take rate (%)                   2.82      3.06  -0.24pp\n"
        "Active merchants              18,420    14,050     +31%\n\nMore text."
    )
    found = extract(spaced, date(2025, 8, 21), CATALOG).figures
    assert [(f.value, f.unit) for f in found[::3]] == [(1.46e10, "AUD"), (2.82, "percent"), (18420, "count")]
    assert {f.period for f in found if f.kind == "change"} == {"2024-07/2025-06"}


def test_change_columns_in_per_cent_beside_flow_columns_under_a_long_caption() -> None:
    text = (
        "Exports of ICT services rose.\n\n"
        "Table 1: Trade in telecommunications, computer and information services by component, Q3 2025 (RM "
        "billion; year-on-year change in per cent)\n\n"
        "| Component | Exports | Change | Imports | Change |\n|---|---|---|---|---|\n"
        "| Computer services | 5.21 | 12.8 | 4.36 | 5.0 |\n\nMore."
    )
    found = extract(text, date(2025, 11, 14), CATALOG).figures
    assert [(f.unit, f.kind, f.metric) for f in found] == [
        ("MYR", "level", "Computer services exports"),
        ("percent", "change", "Computer services exports"),
        ("MYR", "level", "Computer services imports"),
        ("percent", "change", "Computer services imports"),
    ]


def test_fiscal_years_of_the_country_a_sentence_names_before_them() -> None:
    text = (
        "US customs processed 1.36 billion de minimis shipments in fiscal 2024, the agency said. The United "
        "States collected $64.6 billion in customs duties. Britain's digital services tax raised 678 mln "
        "pounds in the 2023/24 fiscal year, as the United States pressed London to scrap it."
    )
    found = extract(text, date(2025, 5, 14), CATALOG).figures
    assert [f.period for f in found][::2] == ["2023-10/2024-09", "2023-04/2024-03"]


def test_a_currency_name_the_texts_country_shares_stays_its_own() -> None:
    text = (
        "Pakistan's IT exports rose to $3.8 billion in FY25, the State Bank of Pakistan said. In rupee terms "
        "the earnings came to Rs1.06 trillion. Pakistan's firms now rival India's."
    )
    found = extract(text, date(2025, 7, 18), CATALOG).figures
    assert [(f.unit, f.period) for f in found] == [("USD", "2024-07/2025-06"), ("PKR", "2024-07/2025-06")]


def test_an_amount_in_local_currency_terms_restates_the_headline_amount_before() -> None:
    text = (
        "Pakistan's IT exports climbed to $3.8 billion in fiscal year 2024-25, up 18 percent from $3.22bn in "
        "FY24. In rupee terms, the earnings amounted to Rs1.06 trillion."
    )
    found = extract(text, date(2025, 7, 18), CATALOG).figures
    assert (found[-1].unit, found[-1].equivalent_of) == ("PKR", 0)


def test_money_earned_from_a_measure_and_brought_in_by_a_subject_with_an_aside() -> None:
    text = (
        "In June alone, the country earned $338 million from IT exports. Computer services, the biggest "
        "component, brought in $3.03bn during the year."
    )
    found = extract(text, date(2025, 7, 18), CATALOG).figures
    assert [f.metric for f in found] == ["IT exports", "Computer services exports"]


def test_a_company_that_says_so_near_the_top_reports_its_own_figures() -> None:
    text = (
        "Daxin Holdings Ltd.'s overseas unit stayed profitable, helped by Turkish platform Pazarim.\n\n"
        "The unit reported revenue of 34.8 billion yuan in the quarter, up 10% from a year earlier, the "
        "Hangzhou-based company said Tuesday."
    )
    assert [f.geo for f in extract(text, date(2025, 11, 26), CATALOG).figures] == [None, None]


def test_a_pronoun_after_an_opening_stretch_of_months_points_back() -> None:
    text = (
        "UK services exports rose 1.2 per cent in the quarter. In the three months to August they fell 0.8 "
        "per cent. In January-June this year it came to £210 billion."
    )
    found = extract(text, date(2025, 10, 14), CATALOG).figures
    assert {f.metric for f in found} == {"UK services exports"}


def test_a_sector_named_by_an_ing_noun_is_the_subject() -> None:
    text = "Financial services grew 6.3 per cent, while manufacturing rose 11.2 per cent."
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Financial services",
        "manufacturing",
    ]


def test_an_opening_with_clause_names_its_own_measure_and_a_pointer_subject_gives_way_to_a_named_one() -> (
    None
):
    text = "With imports of IT services at $0.7bn, the sector posted a trade surplus of $3.1bn."
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in found] == ["imports of IT services", "IT services trade surplus"]


def test_a_goal_to_take_a_measure_past_an_amount_is_above_it() -> None:
    found = extract(
        "The ministry aims to take services exports past $1 trillion by 2030.", PUBLISHED, CATALOG
    )
    assert [(t.comparator, t.year) for t in found.targets] == [(">", 2030)]


def test_a_people_named_in_the_plural_or_by_its_adjective_is_their_country() -> None:
    text = "Online spending abroad doubled. South Africans spent R4.5bn with overseas sites in 2021."
    assert [f[4] for f in figures(text)] == ["South Africa", "South Africa"]
    text = "Kuwaiti shoppers spent $2.1 billion on foreign websites last year, up 9 percent."
    assert [f[4] for f in figures(text)] == ["Kuwait", "Kuwait"]


def test_a_place_labelling_a_line_of_a_list_stays_on_its_line_and_a_signed_percent_is_its_change() -> None:
    text = (
        "The bloc's cloud services exports reached €90 billion in 2024, led by Ireland.\n\n"
        "Cloud services exports by member state, 2024 (change on 2023)\n"
        "Sweden: €8.4 bn (-1.5 %)\nIreland: €40.1 bn (+9.2 %)\n\n"
        "Some 3.1 million people worked in cloud services in the EU in 2024."
    )
    found = [(f[0], f[2], f[4]) for f in figures(text)]
    assert found[1:5] == [
        (8.4e9, "level", "Sweden"), (-1.5, "change", "Sweden"),
        (4.01e10, "level", "Ireland"), (9.2, "change", "Ireland"),
    ]  # fmt: skip
    assert found[5][2] == "EU"


def test_a_list_of_traded_things_the_brackets_name_is_measured_by_that_name() -> None:
    text = "The EU sold €388bn worth of telecoms, computer and information services (ICT services)."
    result = extract(text, PUBLISHED, CATALOG)
    assert result.figures[0].metric == "ICT services exports"


def test_a_caption_bracket_may_qualify_its_unit_before_naming_it() -> None:
    text = "IT exports by state, 2024-25 (provisional, Rs crore):\nKerala: 1,12,530\nGoa: 8,460"
    assert [(f[0], f[1], f[4]) for f in figures(text)] == [
        (1.1253e12, "INR", "Kerala"),
        (8.46e10, "INR", "Goa"),
    ]


def test_an_amount_a_change_is_over_is_its_base_with_the_base_period_and_no_hedge() -> None:
    text = "Exports reached $5 billion in 2024, recording a growth of 12 per cent over $4.46 billion in 2023."
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.period, f.approx) for f in result] == [
        (5e9, "2024", False), (12, "2024", False), (4.46e9, "2023", False)
    ]  # fmt: skip


def test_a_value_compared_in_another_place_is_that_places_and_a_share_now_has_no_period() -> None:
    text = (
        "Exports rose 5 percent in 2024. In Pacific Island countries, only about 40 per cent of adults "
        "currently use mobile money, compared with 85 per cent in New Zealand."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.period, f.geo) for f in found[1:]] == [
        (40, None, "Pacific Islands"),
        (85, None, "New Zealand"),
    ]
    assert found[2].metric_key.startswith("nz.") and found[1].metric_key.startswith("pacific_islands.")


def test_a_bare_amount_borrows_the_currency_its_sentence_resolved() -> None:
    text = (
        "In Japan, payments abroad rose 9.6 per cent to ¥10.1tn, while receipts grew 4.2 per cent to 3.25tn."
    )
    assert [f[1] for f in figures(text)] == ["percent", "JPY", "percent", "JPY"]


def test_a_firm_that_says_its_numbers_owns_them() -> None:
    text = (
        "Brazil's online imports fell. Sao Paulo-based logistics firm Rota Azul said its cross-border sales "
        "grew 11% in the first half, after it handled 9.2 million parcels in 2024."
    )
    assert [f[4] for f in figures(text)] == [None, None]


def test_a_small_count_whose_noun_is_the_subject_of_its_verb_is_a_count() -> None:
    text = "Active merchants rose to 812 at the end of September 2025 from 676 a year before."
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.period, f.metric) for f in found] == [
        (812, "count", "2025-09", "Active merchants"), (676, "count", "2024-09", "Active merchants")
    ]  # fmt: skip
    assert figures("The team rose to 12th place in 2024.") == []


def test_those_from_another_place_midsentence_are_the_same_measure_there() -> None:
    text = (
        "Purchases from Japan fell 9.1 percent to 455.2 billion won, while those from the European Union "
        "rose "
        "1.2 percent to 172.4 billion won."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert found[3].metric == "Purchases from the European Union"


def test_the_previous_fiscal_year_and_a_month_alone_leave_the_year_reported_on() -> None:
    text = (
        "Pakistan's IT exports rose 18 pct to 3.8 bln dollars in fiscal year 2024-25.\n\n"
        "The figure compares with 3.22 bln dollars in the previous fiscal year. In June alone, IT exports "
        "stood at 338 mln dollars, up 9 pct from a year earlier and 6 pct higher than in May.\n\n"
        "Computer services brought in 3.08 bln dollars, up 19.1 pct."
    )
    periods = [f[3] for f in figures(text)]
    assert periods[2] == "2023-07/2024-06"
    assert periods[-2:] == ["2024-07/2025-06", "2024-07/2025-06"]


def test_a_company_reporting_inside_a_text_on_a_place_has_no_place_until_the_text_turns_back() -> None:
    text = (
        "India's software exports reached $205 billion in 2024-25, up 12%.\n\n"
        "Tata Consultancy Services on Thursday reported revenue of Rs 63,437 crore for the April-June "
        "quarter. In constant currency terms, revenue fell 3.1%.\n\n"
        "TCS added 5,090 employees in the quarter, taking its headcount to 613,069.\n\n"
        "India's IT services exports grew 8% in the quarter, Nasscom said."
    )
    assert [f[4] for f in figures(text)] == ["India", "India", None, None, None, None, "India"]
    text = (
        "SINGAPORE, March 4 (Reuters) - Kaya Group, which runs the KayaMart marketplace, said gross "
        "merchandise value rose 21% to $9.2 billion in the fourth quarter, as shoppers in Indonesia spent "
        "more.\n\nOrders climbed 18% to 1.1 billion. The Singapore-based company narrowed its loss to "
        "$38 million.\n\n"
        "Southeast Asia's digital economy generated $263 billion in gross merchandise value last year."
    )
    assert [f[4] for f in figures(text)] == [None, None, None, None, None, "ASEAN"]


def test_a_source_dates_every_number_before_it_and_a_goal_year_frames_nothing() -> None:
    text = (
        "The EU will miss its 2030 target for digital specialists. ICT specialists make up 8.7% of "
        "employment in Sweden, but only 2.6% in Romania, against an EU average of 4.8%, according to "
        "Eurostat figures for 2023.\n\nIn the Netherlands, 79% of adults have basic digital skills."
    )
    assert [(f[3], f[4]) for f in figures(text)] == [
        ("2023", "Sweden"), ("2023", "Romania"), ("2023", "EU"), ("2023", "Netherlands")
    ]  # fmt: skip


def test_a_goal_for_a_fiscal_year_is_dated_by_the_year_it_is_named_by() -> None:
    text = "In Japan, the government aims to cut the digital deficit to below 5 trillion yen by fiscal 2030."
    assert [t.year for t in extract(text, PUBLISHED, CATALOG).targets] == [2030]
    text = "India's services exports are expected to cross $400 billion in 2025-26."
    assert [t.year for t in extract(text, PUBLISHED, CATALOG).targets] == [2026]


def test_a_goal_that_something_doubles_or_tops_a_count_by_a_deadline() -> None:
    text = "The regulator wants the number of data centres in the country to double by 2030."
    goals = extract(text, PUBLISHED, CATALOG).targets
    assert [(t.value, t.unit, t.year, t.metric) for t in goals] == [
        (2, "times", 2030, "number of data centres in the country")
    ]
    text = "The alliance expects BPO employment to top 100,000 by 2030."
    assert [(t.value, t.unit, t.year) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (100000, "count", 2030)
    ]
    assert figures("Kenya ranks in the top 10 of African markets.") == []


def test_a_list_line_labelled_by_a_month_is_that_month_of_its_caption_and_over_a_stretch_is_its_period() -> (
    None
):
    text = (
        "Pakistan's IT exports rose to $3.8bn in FY25.\n\n"
        "Monthly IT exports, April-June 2025 (SBP):\n- April: $342m\n- May: $329m"
    )
    assert [f[3] for f in figures(text)][1:] == ["2025-04", "2025-05"]
    text = "In Pakistan, computer services brought in $3.04bn over July-June."
    assert [f[3] for f in figures(text)] == ["2024-07/2025-06"]


def test_table_units_from_a_trailing_caption_unit_a_bracket_of_column_units_and_a_percent_heading() -> None:
    text = "Cloud services exports, € billion\n\n| Country | 2023 | 2024 |\n|---|---|---|\n"
    text += "| Ireland | 9.5 | 11.0 |"
    assert [(f[0], f[1], f[3]) for f in figures(text)] == [(9.5e9, "EUR", "2023"), (1.1e10, "EUR", "2024")]
    text = "Exports by destination, Q3 2025 (₩ billion, y-o-y %)\nChina | 172.5 | -18.7\nJapan | 74.1 | +10.4"
    assert [(f[0], f[1]) for f in figures(text)] == [(1.725e11, "KRW"), (-18.7, "percent"), (7.41e10, "KRW"),
                                                     (10.4, "percent")]  # fmt: skip
    text = (
        "ICT Exports of Pakistan (US$ million)\nComponent | FY2024 | FY2025 | % Change\n"
        "Computer services | 1,820 | 2,210 | 21.4"
    )
    assert [f[1] for f in figures(text)] == ["USD", "USD", "percent"]


def test_a_caption_that_says_what_will_be_done_during_a_plans_years_dates_its_lines_as_goals() -> None:
    text = (
        "Under the strategy, the government will, during 2025-30:\n"
        "- train 500,000 young people as freelancers;\n"
        "- raise the number of registered IT companies to 50,000, from around 25,000 currently."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [(500000, 2030), (50000, 2030)]
    assert [f.value for f in result.figures] == [25000]


def test_the_world_inside_a_name_a_peoples_share_and_a_share_of_the_world_total_after_a_pointer() -> None:
    text = (
        "Speaking at the 4th Global Digital Trade Expo, the minister said China's digital trade rose "
        "5.6 pct in 2024 to 3.06 trln yuan."
    )
    assert [f[4] for f in figures(text)] == ["China", "China"]
    text = (
        "Africa's exports of digitally deliverable services reached US$41.6bn in 2023. That is just under 1% "
        "of the world total. Only 38% of Africans used the internet in 2024."
    )
    assert [f[4] for f in figures(text)] == ["Africa", "Africa", "Africa"]


def test_a_company_described_as_an_acquirer_reporting_results_owns_the_lines_under_it() -> None:
    text = (
        "Mexico's parcel imports fell 9% in 2025.\n\n"
        "Andina Pay, the Bogota-based cross-border acquirer, reported third-quarter results on Tuesday:\n"
        "- Total payment volume (TPV): $12.4bn, up 52% year on year\n- Revenue: $142m, up 31%"
    )
    assert [f[4] for f in figures(text)] == ["Mexico", None, None, None, None]


def test_a_market_ranked_in_its_region_owns_its_numbers_and_a_place_in_a_firms_name_is_none() -> None:
    text = (
        "Online shoppers in Southeast Asia spent US$184 billion in 2025, Lumen Asia Research said.\n\n"
        "Live-stream commerce accounted for 22% of total GMV.\n"
        "- Indonesia remained the region's largest market, with GMV of US$79.4 billion.\n"
        "- China remained the largest market for Vietnamese exporters."
    )
    assert [f[4] for f in figures(text)] == ["ASEAN", "ASEAN", "Indonesia"]


def test_a_companys_own_numbers_and_goals_are_keyed_and_issued_by_the_company_its_report_is_on() -> None:
    text = (
        "MATERIAL EVENT DISCLOSURE\n\nCompany: Kervan Pazaryeri A.Ş. (BIST: KRVN)\n\n"
        "Our Company's gross merchandise volume (GMV) reached TRY 18.6 billion in the second quarter "
        "of 2025. The Company expects GMV to exceed TRY 80 billion in 2025.\n\n"
        "The Company's shares are included in the BIST 100 index."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [(f.geo, f.metric_key.split(".")[0]) for f in result.figures] == [(None, "kervan_pazaryeri")]
    assert [(t.issuer, t.metric_key.split(".")[0]) for t in result.targets] == [
        ("Kervan Pazaryeri", "kervan_pazaryeri")
    ]
    text = (
        "Mexico's parcel imports fell 9% in 2025.\n\n"
        "Andina Pay, the Bogota-based cross-border acquirer, reported revenue of $142m for the third quarter."
    )
    assert [f.metric_key.split(".")[0] for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "mx",
        "andina_pay",
    ]


def test_table_units_listed_after_a_scale_and_currency_and_a_caption_ending_in_scale_then_currency() -> None:
    text = (
        "Overseas direct purchases rose in the third quarter of 2025.\n\n"
        "<Table> Cross-border online shopping by major country, Q3 2025\n(Unit: 100 million won, %)\n\n"
        "Flow | Value | YoY change | Share\nDirect purchases from China | 12,240 | 15.2 | 57.2"
    )
    assert [f[:3] for f in figures(text)] == [
        (1.224e12, "KRW", "level"),
        (15.2, "percent", "change"),
        (57.2, "percent", "share"),
    ]
    text = (
        "Exports of services of Kazakhstan rose 9.6% in January-September 2025.\n\n"
        "Exports of selected services, mln US dollars\n"
        "Category | Jan–Sep 2024 | Jan–Sep 2025 | change, pct\n"
        "Telecommunications, computer and information services | 394.2 | 512.4 | +30.0\n"
        "– of which computer services | 281.7 | 379.5 | +34.7"
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit) for f in found[1:4]] == [(3.942e8, "USD"), (5.124e8, "USD"), (30, "percent")]
    assert found[-1].metric == "computer services exports"


def test_a_heading_names_the_period_of_the_part_of_the_text_it_heads() -> None:
    text = (
        "Statistics Korea, 4 November 2025\n\n"
        "1. Online shopping in September 2025\n\n"
        "Online shopping transactions in September 2025 amounted to 21.9 trillion won.\n\n"
        "2. Cross-border online shopping in Q3 2025\n\n"
        "Overseas direct purchases were 2.14 trillion won, up 8.4%."
    )
    result = extract(text, date(2025, 11, 4), CATALOG)
    assert [f.period for f in result.figures] == ["2025-09", "2025-Q3", "2025-Q3"]


def test_the_rupee_sign_with_a_full_stop_ends_no_sentence() -> None:
    text = (
        "Sri Lanka's IT-BPM exports earned US$1.3 billion (Rs. 390 billion) in 2024. "
        "The budget allots Rs. 3,500 million."
    )
    assert [(f[0], f[1]) for f in figures(text)] == [(1.3e9, "USD"), (3.9e11, "LKR"), (3.5e9, "LKR")]


def test_trade_blocs_are_regions_and_a_market_taking_a_share_of_sales_abroad_is_a_partner() -> None:
    text = "Online retail sales across the six Gulf Cooperation Council states rose 19 per cent in 2024."
    assert [f[4] for f in figures(text)] == ["GCC"]
    text = (
        "Russian software exports rose 12% in 2024. The Eurasian Economic Union (EAEU) accounted for 38% of "
        "foreign sales."
    )
    assert [f[4] for f in figures(text)] == ["Russia", "Russia"]
    text = "India's GCC revenue is expected to reach $100 billion by 2030."
    assert [t.geo for t in extract(text, PUBLISHED, CATALOG).targets] == ["India"]


def test_lines_under_a_caption_of_projections_for_a_year_to_come_are_forecasts_for_it() -> None:
    text = (
        "Online retail sales across the GCC rose 19 per cent in 2024.\n\n"
        "Sandline's projections for 2030:\n- GCC e-commerce sales: $80bn-90bn\n"
        "- Online share of UAE retail: 20 per cent"
    )
    result = extract(text, date(2025, 5, 20), CATALOG)
    assert [f.value for f in result.figures] == [19]
    assert [(t.kind, t.comparator, t.value, t.year) for t in result.targets] == [
        ("forecast", ">=", 8e10, 2030),
        ("forecast", "<=", 9e10, 2030),
        ("forecast", "=", 20, 2030),
    ]


def test_a_caption_naming_the_cells_then_their_unit_and_an_of_which_column() -> None:
    text = (
        "India's services exports grew 13.6 per cent in 2024-25.\n\n(Value in US$ billion)\n"
        "Year | Services exports | of which: computer services\n2022-23 | 325.3 | 147.2"
    )
    found = extract(text, date(2025, 12, 10), CATALOG).figures
    assert [(f.value, f.unit, f.period, f.metric) for f in found[1:]] == [
        (3.253e11, "USD", "2022-04/2023-03", "Services exports"),
        (1.472e11, "USD", "2022-04/2023-03", "computer services exports"),
    ]
    text = "Revenue rose 14% in the quarter.\n\n(All amounts in RMB unless noted.)\n\nNet revenue | 328,000"
    assert "MYR" not in [f[1] for f in figures(text)]  # "RMB" is no "RM" in billions


def test_a_city_outside_china_is_a_figures_place_where_it_labels_its_line_only() -> None:
    text = (
        "Kazakhstan's IT services exports reached $814 million in January-September 2025.\n\n"
        "By region:\n- Almaty city — $602.7 million\n- Astana — $148.3 million\n\n"
        "The ministry in Astana said exports rose 31%."
    )
    assert [f[4] for f in figures(text)] == ["Kazakhstan", "Almaty", "Astana", "Kazakhstan"]
    assert extract(text, PUBLISHED, CATALOG).figures[1].metric_key.startswith("kz.")


def test_a_charge_in_force_has_no_period_even_where_the_sentence_says_when_it_began() -> None:
    text = (
        "Since August 2024, Brazil has charged a 20% import tax on foreign online purchases, and the "
        "state adds 17% on these parcels. Pakistan keeps a withholding tax of 0.25 percent. The EU plans "
        "a flat €3 duty on each item."
    )
    assert [(f[0], f[3]) for f in figures(text)] == [(20, None), (17, None), (0.25, None), (3, None)]


def test_lines_under_a_caption_by_region_are_each_of_their_place_and_measure_what_the_caption_names() -> None:
    text = (
        "Uzbekistan's IT services exports reached $814 million in January-September 2025.\n\n"
        "IT services exports by region, January-September 2025:\n"
        "• Tashkent city — $602.7 million\n• Samarkand region — $48.3 million"
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.geo, f.metric, f.metric_key) for f in found[1:]] == [
        ("Tashkent", "IT services exports", found[0].metric_key),
        ("Samarkand", "IT services exports", found[0].metric_key),
    ]


def test_forecasts_of_a_falling_range_for_a_month_ahead_under_a_base_case_and_by_a_june_year() -> None:
    falling = "Forwarders expect air cargo volumes to fall 10%-15% in September, said a director."
    assert [
        (t.value, t.comparator, t.year) for t in extract(falling, date(2025, 8, 29), CATALOG).targets
    ] == [
        (-10, "<=", 2025),
        (-15, ">=", 2025),
    ]
    between = (
        "Shipments are expected to fall by between 8% and 12% in 2026. Exports should grow 8 to 10% in 2026."
    )
    assert [(t.value, t.comparator) for t in extract(between, date(2025, 8, 29), CATALOG).targets] == [
        (-8, "<="), (-12, ">="), (8, ">="), (10, "<="),
    ]  # fmt: skip
    based = "8/ My base case: ICT-enabled exports clear $760bn in 2025, growth of roughly 6-7%."
    assert [(t.value, t.comparator, t.metric) for t in extract(based, date(2025, 7, 3), CATALOG).targets] == [
        (760e9, ">", "ICT-enabled exports"),
        (6, ">=", "ICT-enabled exports"),
        (7, "<=", "ICT-enabled exports"),
    ]
    june = "We're projecting computer services exports to pass $2.5 billion by the June 2028 year."
    assert [(t.value, t.year, t.kind) for t in extract(june, date(2025, 10, 21), CATALOG).targets] == [
        (2.5e9, 2028, "forecast")
    ]
    past = "Exports fell 3-4% in 2024."
    assert [f.value for f in extract(past, PUBLISHED, CATALOG).figures] == [-3, -4]


def test_goals_listed_after_a_colon_for_this_year_and_a_verb_sharing_the_modal_before_it() -> None:
    listed = (
        "The main targets we have set for economic and social development this year are: regional GDP "
        "growth of around 5 percent; steady growth in foreign trade."
    )
    shared = (
        "We will keep cross-border e-commerce exports growing, and raise the share of core digital economy "
        "industries in regional GDP to 8.5 percent this year."
    )
    published = date(2025, 1, 22)
    assert [
        (t.value, t.comparator, t.year)
        for s in (listed, shared)
        for t in extract(s, published, CATALOG).targets
    ] == [
        (5, "~", 2025),
        (8.5, "=", 2025),
    ]


def test_goals_listed_for_this_year_after_a_plan_period_named_in_their_caption() -> None:
    text = (
        "Mindful of the opening year of the 15th Five-Year Plan period, the chief projected targets for "
        "this year are: online retail sales to grow by about 6 percent; services exports to exceed 80 "
        "billion yuan."
    )
    assert [(t.value, t.year) for t in extract(text, date(2026, 1, 25), CATALOG).targets] == [
        (6, 2026),
        (8e10, 2026),
    ]


def test_a_second_forecast_sharing_the_verb_shares_the_time_its_first_clause_gives() -> None:
    text = (
        "The port expects container volumes to exceed 2 million for the full year 2026, and e-commerce "
        "parcels to grow by more than 12% over the year."
    )
    assert [(t.value, t.year) for t in extract(text, date(2026, 5, 4), CATALOG).targets] == [
        (2e6, 2026),
        (12, 2026),
    ]


def test_values_before_a_relative_clause_that_looks_ahead_are_facts() -> None:
    text = (
        "India now hosts more than 1,800 GCCs employing roughly 2.16 million people, according to industry "
        "body Nasscom, which expects their number to reach 2,400 by 2030."
    )
    result = extract(text, PUBLISHED, CATALOG)
    assert [f.value for f in result.figures] == [1800, 2.16e6]
    assert [(t.value, t.year) for t in result.targets] == [(2400, 2030)]
    reached = (
        "Fiscal year 2024/25 (1 October 2024 to 30 September 2025) went well. Order intake reached €701 "
        "million, which gives us a comfortable backlog as we enter the new fiscal year."
    )
    result = extract(reached, date(2025, 12, 3), CATALOG)
    assert ([f.value for f in result.figures], result.targets) == ([701e6], ())


def test_places_ranked_by_a_count_each_have_their_own_and_measure_what_the_first_led_with() -> None:
    text = (
        "Saudi e-commerce registrations rose 12% in the second quarter. According to the bulletin, Riyadh "
        "region led with 17,204 e-commerce registrations, followed by Makkah region with 10,115 and the "
        "Eastern Province with 5,932."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.geo) for f in found[1:]] == [
        (17204, "Riyadh"), (10115, "Makkah"), (5932, "Eastern Province")
    ]  # fmt: skip
    assert {f.metric for f in found[1:]} == {"e-commerce registrations"}


def test_a_change_from_the_corresponding_period_of_a_year_keeps_the_period_talked_about() -> None:
    text = (
        "In January-September 2025, exports of services amounted to 7,482.3 mln US dollars. Their share in "
        "total exports reached 6.8%, up 1.0 percentage point from the corresponding period of 2024."
    )
    assert [f[3] for f in figures(text)] == ["2025-01/2025-09"] * 3


def test_rows_under_a_caption_by_destination_are_the_texts_sales_to_each_market() -> None:
    text = (
        "Korea's overseas direct sales fell 3.1% in the third quarter.\n\n"
        "Table 1. Overseas direct sales by major destination, Q3 2025 (₩ billion, y-o-y %)\n"
        "China | 172.5 | -18.7"
    )
    found = extract(text, date(2025, 11, 4), CATALOG).figures[1:]
    assert [(f.value, f.geo, f.metric_key) for f in found] == [
        (1.725e11, "South Korea", "kr.overseas_direct_sales_to_china"),
        (-18.7, "South Korea", "kr.overseas_direct_sales_to_china"),
    ]


def test_rows_of_inbound_items_by_destination_are_each_destinations_own() -> None:
    text = (
        "Postal operators in the region handled more parcels from abroad in 2024.\n\n"
        "Table 2. Inbound parcels by destination (thousands)\n"
        "Destination | 2023 | 2024\n"
        "Mongolia | 812 | 951\n"
        "Uzbekistan | 1,430 | 1,702"
    )
    found = extract(text, date(2025, 5, 2), CATALOG).figures
    assert [(f.value, f.geo) for f in found] == [
        (812e3, "Mongolia"),
        (951e3, "Mongolia"),
        (1.43e6, "Uzbekistan"),
        (1.702e6, "Uzbekistan"),
    ]


def test_rows_of_outbound_items_by_origin_are_each_origins_own() -> None:
    text = (
        "Table 3. Outbound e-commerce shipments by origin, 2025 (thousands)\n"
        "Origin | Shipments\n"
        "Gyeonggi | 2,210\n"
        "Busan | 640"
    )
    found = extract(text, date(2026, 2, 2), CATALOG).figures
    assert [(f.value, f.geo) for f in found] == [(2.21e6, "Gyeonggi"), (640e3, "Busan")]


def test_a_place_a_ranking_names_does_not_run_on_into_the_next_sentence() -> None:
    text = (
        "Saudi e-commerce registrations rose 12% in the second quarter. Riyadh region led with 17,204 "
        "registrations, followed by the Eastern Province with 5,932. Women owned 29 percent of the stores."
    )
    assert extract(text, PUBLISHED, CATALOG).figures[-1].geo == "Saudi Arabia"


def test_a_list_items_place_does_not_run_on_past_the_list() -> None:
    text = (
        "Online shoppers in Southeast Asia spent US$184 billion in 2025.\n\nKey findings:\n"
        "- Vietnam was the fastest-growing market, with GMV rising 29%.\n\n"
        "Cross-border purchases made up roughly 18% of regional GMV."
    )
    assert extract(text, PUBLISHED, CATALOG).figures[-1].geo == "ASEAN"


def test_flows_to_partners_after_by_destination_or_to_a_blocs_members_are_the_texts() -> None:
    text = (
        "Portugal's exports of digitally deliverable services rose 9% in the first half of 2025. By "
        "destination, the euro area absorbed 47% of them, the United Kingdom 14% and the United States 12%. "
        "Exports of services to the member states of the Eurasian Economic Union totalled €1.9 billion."
    )
    assert {f[4] for f in figures(text)} == {"Portugal"}


def test_multiplying_goals_of_a_named_owners_measure_by_the_same_year_or_within_a_decade() -> None:
    text = (
        "The agreement aims to double Australia's digitally enabled services exports to Latin America by "
        "2030. The Commission aims to at least triple the EU's data centre capacity within seven years. "
        "Ottawa set a goal of doubling Canada's exports to markets outside the US within a decade. Lumen "
        "projects GMV will reach US$280bn by 2030 and expects Vietnam's e-commerce market to more than "
        "double over the same period. IT-BPM export earnings are to reach US$5 billion by the same year."
    )
    result = extract(text, date(2025, 9, 1), CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [
        (2, 2030), (3, 2032), (2, 2035), (2.8e11, 2030), (2, 2030), (5e9, 2030)
    ]  # fmt: skip
    assert result.targets[4].metric.endswith("Vietnam's e-commerce market")


def test_a_balance_negative_at_an_amount_is_below_zero_and_so_is_its_restatement() -> None:
    text = "Poland's services balance was negative at PLN 2,145 million (EUR 501 million) in April 2025."
    assert [(f[0], f[1]) for f in figures(text)] == [(-2.145e9, "PLN"), (-5.01e8, "EUR")]


def test_every_column_headed_by_the_same_unit_is_in_it() -> None:
    text = (
        "Pakistan's services exports rose 10.7% in July-February.\n\n"
        "Item | Jul-Feb 2024-25 (US$ million) | Jul-Feb 2023-24 (US$ million) | Change (%)\n"
        "Total services exports | 5,498 | 4,965 | 10.7"
    )
    found = extract(text, date(2025, 3, 19), CATALOG).figures[1:3]
    assert [(f.value, f.unit, f.period) for f in found] == [
        (5.498e9, "USD", "2024-07/2025-02"),
        (4.965e9, "USD", "2023-07/2024-02"),
    ]
    assert figures("Krakow firms sold services worth 31.4 billion złoty abroad in 2024.")[0][1] == "PLN"


def test_a_change_over_the_same_month_a_year_before_is_of_the_month_reported() -> None:
    text = (
        "Exports of services from Pakistan amounted to US$ 731 million in February 2025, an increase of 11.6 "
        "percent over February 2024, according to provisional figures."
    )
    assert [f[3] for f in figures(text)] == ["2025-02", "2025-02"]


def test_a_change_on_the_same_month_a_year_before_in_a_list_keeps_the_month_reported() -> None:
    text = (
        "Balance of payments of Poland in April 2025\n\nKey points:\n"
        "- The surplus on services reached PLN 12,904 million, up PLN 977 million on April 2024."
    )
    assert [f[3] for f in figures(text)] == ["2025-04", "2025-04"]


def test_a_value_a_past_verb_reached_before_and_could_is_a_fact_and_the_goal_is_of_its_subject() -> None:
    text = (
        "Online retail sales across the GCC rose 19 per cent last year to US$39.2bn and could more than "
        "double by the end of the decade."
    )
    result = extract(text, date(2025, 5, 20), CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [(19, "2024"), (3.92e10, "2024")]
    assert [(t.value, t.year, t.metric) for t in result.targets] == [(2, 2030, result.figures[0].metric)]


def test_an_average_annual_increase_runs_between_the_years_of_its_levels_the_base_included() -> None:
    text = (
        "Canada's exports of digitally deliverable services reached $104.6 billion in 2024, up from $71.3 "
        "billion in 2019, an average annual increase of 8.0%."
    )
    assert [(f[2], f[3]) for f in figures(text)] == [
        ("level", "2024"),
        ("level", "2019"),
        ("cagr", "2019/2024"),
    ]


def test_a_month_placed_in_its_fiscal_year_by_an_aside_is_that_month() -> None:
    text = (
        "Japan's digital deficit widened in fiscal 2024. Preliminary data for April 2025, the first month of "
        "fiscal 2025, show a deficit of 610.3 billion yen."
    )
    assert [f[3] for f in figures(text)] == ["2025-04"]


def test_a_trade_balance_with_the_world_is_its_owners_and_a_table_in_dollars_is_in_the_local_dollar() -> None:
    text = (
        "Australia's goods trade surplus with the world shrank to $4.2 billion in May.\n\n"
        "Services exports, seasonally adjusted, millions of dollars\n"
        " | April 2025 | May 2025 | April to May, % change\n"
        "Travel | 5,210 | 5,388 | 3.4\n"
        "Telecommunications | 912 | 925 | 1.4"
    )
    assert figures(text) == [
        (4.2e9, "AUD", "level", "2025-05", "Australia"),
        (5.21e9, "AUD", "level", "2025-04", "Australia"),
        (5.388e9, "AUD", "level", "2025-05", "Australia"),
        (3.4, "percent", "change", "2025-05", "Australia"),
        (9.12e8, "AUD", "level", "2025-04", "Australia"),
        (9.25e8, "AUD", "level", "2025-05", "Australia"),
        (1.4, "percent", "change", "2025-05", "Australia"),
    ]


def test_a_percentage_above_or_below_an_earlier_month_is_a_change_from_it() -> None:
    text = (
        "Card payments abroad in June 2025 were 12.5 percent above June 2024 but 1.5 percent below May 2025."
    )
    assert figures(text) == [
        (12.5, "percent", "change", "2025-06", None),
        (-1.5, "percent", "change", "2025-06", None),
    ]


def test_a_caption_naming_a_coded_quarter_dates_the_list_below_it() -> None:
    text = "Key figures, 2Q25\n• Gross merchandise value: R$14.2bn, +18% y/y\n• Active buyers: 9.3mn"
    assert [f.period for f in extract(text, PUBLISHED, CATALOG).figures] == ["2025-Q2"] * 3


def test_bars_and_charges_on_each_item_are_terms_of_a_rule_of_no_period() -> None:
    text = (
        "In 2025 the threshold is NZ$1,000 for parcels. Parcels valued below A$60 were exempt in 2024. "
        "Ministers agreed in 2025 on a flat €2 handling duty on each parcel. "
        "In 2021 the €22 VAT exemption was scrapped. "
        "Customs cleared 1.2 billion de minimis shipments in 2024."
    )
    assert [(f.value, f.kind, f.period) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (1000.0, "other", None),
        (60.0, "other", None),
        (2.0, "other", None),
        (22.0, "other", None),
        (1.2e9, "count", "2024"),
    ]


def test_one_amount_in_a_marked_dollar_leaves_a_text_on_another_country_in_its_own_dollar() -> None:
    text = (
        "US exports of software rose to $84.2 billion in 2024, the Commerce Department said. "
        "Australia's exports of such services reached A$9.6 billion (US$6.3 billion), and US firms "
        "sold $12.1 billion of software in Australia."
    )
    units = [f.unit for f in extract(text, PUBLISHED, CATALOG).figures]
    assert units == ["USD", "AUD", "USD", "USD"]


def test_a_heading_line_over_a_paragraph_is_no_part_of_its_first_sentence() -> None:
    text = "Parcels and duties\nCustoms cleared 4.1 million parcels.\n\nExports rose to\nChina and Japan."
    assert [s.text for s in split_sentences(text)] == [
        "Parcels and duties",
        "Customs cleared 4.1 million parcels.",
        "Exports rose to\nChina and Japan.",
    ]
    numbered = (
        "4.2 Digital services exports\nFirms exported US$96 million.\n\n4.2 million parcels were\nsent."
    )
    assert [s.text for s in split_sentences(numbered)] == [
        "4.2 Digital services exports",
        "Firms exported US$96 million.",
        "4.2 million parcels were\nsent.",
    ]


def test_bhutans_currency_sign_ends_no_sentence() -> None:
    text = "Exports hit Nu. 1.46 billion in 2023. Imports were Nu. 3.9bn."
    assert [s.text for s in split_sentences(text)] == [
        "Exports hit Nu. 1.46 billion in 2023.",
        "Imports were Nu. 3.9bn.",
    ]


def test_a_caption_naming_each_columns_unit_and_a_row_place_that_does_not_run_on() -> None:
    text = (
        "Thailand's parcel imports kept rising. Parcels from China led, and Vietnam came second.\n\n"
        "Table 2. Parcels by origin, March 2025 (parcels in thousands; value in US$ million)\n"
        "Origin | Parcels | Value\n"
        "China | 2,310 | 41.5\n\n"
        "2. Duties\nDuties collected on e-commerce parcels totalled 1.2 billion baht in March."
    )
    assert figures(text) == [
        (2.31e6, "count", "count", "2025-03", "Thailand"),
        (4.15e7, "USD", "level", "2025-03", "Thailand"),
        (1.2e9, "THB", "level", "2025-03", "Thailand"),
    ]


def test_the_largest_market_with_a_share_of_exports_takes_a_share_of_the_texts_own_exports() -> None:
    text = "Kenya's tea exports rose in 2024. The United Kingdom was the largest market, with 18% of exports."
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Kenya"]


def test_a_conversion_in_the_next_sentence_restates_the_amount_before_it() -> None:
    text = (
        "Kazakhstan's software exports reached US$210 million in the first half. "
        "At the average exchange rate that comes to about 106 billion tenge."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.unit, f.equivalent_of) for f in result] == [("USD", None), ("KZT", 0)]


def test_goals_implied_by_a_forecast_a_plan_for_the_year_and_a_value_today_before_its_goal() -> None:
    published = date(2026, 3, 2)
    forecast = (
        "The firm forecasts that Chile's online sales will reach US$19 billion by 2030, a compound annual "
        "growth rate of 8.5% from 2025, and that their share of retail will pass 15% by the same year."
    )
    result = extract(forecast, published, CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [(1.9e10, 2030), (8.5, 2030), (15.0, 2030)]
    plan = "Peru's software exports grew in 2025. For this year our plan is US$0.9-1.1 billion."
    assert [(t.comparator, t.value, t.year) for t in extract(plan, published, CATALOG).targets] == [
        (">=", 9e8, 2026),
        ("<=", 1.1e9, 2026),
    ]
    today = (
        "The strategy aims to lift e-commerce from 6.1 per cent currently to 12 per cent of retail by 2030."
    )
    result = extract(today, published, CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [(6.1, None)]
    assert [(t.value, t.year) for t in result.targets] == [(12.0, 2030)]


def test_a_measure_by_market_that_is_no_flow_is_each_markets_own_and_regions_of_asia_and_africa() -> None:
    text = (
        "Online retail sales by market, 2024 (US$ billion)\n"
        "Market | Sales\n"
        "Kenya | 1.9\n"
        "Ghana | 0.8\n\n"
        "Exports of IT services from Central Asia reached $3.1bn in 2024. South Asia's rose to $210bn."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Kenya", "Ghana", "Central Asia", "South Asia",
    ]  # fmt: skip


def test_a_place_owning_what_follows_with_and_places_ranked_after_a_partner() -> None:
    text = (
        "Software exports by firms registered with Armenia's tech parks rose 21 pct to $410 mln in 2024. "
        "Clients were in 60 countries, with the United States taking 35 pct of the total, followed by "
        "France and Germany."
    )
    assert {f.geo for f in extract(text, PUBLISHED, CATALOG).figures} == {"Armenia"}


def test_a_period_of_a_value_compared_from_frames_nothing_and_a_fiscal_years_ordinal_quarter() -> None:
    published = date(2025, 3, 21)
    text = (
        "Data for the third quarter (Q3), i.e., October-December of the financial year 2024-25, are out.\n\n"
        "• India's deficit eased to US$ 10.1 billion in Q3:2024-25 from US$ 15.2 billion (1.6 per cent of "
        "GDP) in Q2:2024-25.\n"
        "• India's services exports grew to US$ 98.4 billion."
    )
    periods = [f.period for f in extract(text, published, CATALOG).figures]
    # (the amount compared from, before its bracket, is not yet dated by the "in Q2:2024-25" after it)
    assert [periods[0], periods[2], periods[3]] == ["2024-Q4", "2024-Q3", "2024-Q4"]


def test_an_event_that_ran_on_days_of_a_month_dates_its_list_and_an_event_compared_by_name() -> None:
    published = date(2024, 12, 12)
    text = (
        "Nairobi, 12 December 2024 — Kilimall said its Black Friday sale ran from 1 to 29 November 2024.\n\n"
        "Highlights\n"
        "• Orders rose 31% compared with Black Friday 2023.\n"
        "• Gross merchandise value reached about US$21 million."
    )
    assert [f.period for f in extract(text, published, CATALOG).figures] == ["2024-11", "2024-11"]


def test_a_range_written_with_between_or_from_and_a_projection_that_puts_a_measure_at_an_amount() -> None:
    published = date(2025, 6, 20)
    text = (
        "The central bank projects growth of between 3 and 3.5 per cent next year. "
        "A projection by the trade ministry puts the surplus at about 2 trillion won in 2030."
    )
    targets = extract(text, published, CATALOG).targets
    assert [(t.comparator, t.value, t.year) for t in targets] == [
        (">=", 3.0, 2026), ("<=", 3.5, 2026), ("~", 2e12, 2030),
    ]  # fmt: skip
    assert targets[2].metric == "surplus"


def test_a_second_measure_expected_and_a_sectors_share_of_gdp() -> None:
    text = (
        "Kenya's digital economy grew 11% in 2024. The firm now expects revenue growth of 12-14% for 2026, "
        "as well as GMV of $4.1bn-4.3bn. "
        "Analysts expect the sector's contribution to GDP to reach 9% by 2030."
    )
    targets = extract(text, PUBLISHED, CATALOG).targets
    assert [t.metric for t in targets] == [
        "revenue growth", "revenue growth", "GMV", "GMV", "share of digital economy in GDP",
    ]  # fmt: skip


def test_forecast_columns_and_a_table_of_scenarios() -> None:
    published = date(2026, 3, 18)
    text = (
        "Table 1. Payments by rail, actual and forecast (US$ billion)\n"
        "Rail | 2025A | 2026F\n"
        "Cards | 41.2 | 44.0\n\n"
        "Table 2. Extra-EU software exports in 2030 by scenario (€ billion; change vs 2025 in %)\n"
        "Scenario | 2030 | Change vs 2025\n"
        "Baseline | 310 | +21"
    )
    result = extract(text, published, CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [(4.12e10, "2025")]
    assert [(t.value, t.unit, t.year, t.kind) for t in result.targets] == [
        (4.4e10, "USD", 2026, "forecast"),
        (3.1e11, "EUR", 2030, "forecast"),
        (21.0, "percent", 2030, "forecast"),
    ]
    assert [(t.metric, t.geo) for t in result.targets[1:]] == [("Extra-EU software exports", "EU")] * 2


def test_a_column_of_targets_for_a_year_holds_goals_even_for_the_year_under_way() -> None:
    text = (
        "SURABAYA CITY GOVERNMENT\nTable III.1 Key performance indicators (Rp billion)\n"
        "Indicator | 2023 | 2024 | Target 2025\n"
        "e-Peken transactions | 84.0 | 118.4 | 150.0\n\n"
        "Indicator                 2024 actual   2025 goal\n"
        "Start-ups supported                64          150"
    )
    result = extract(text, date(2025, 3, 10), CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [
        (8.4e10, "2023"),
        (1.184e11, "2024"),
        (64, "2024"),
    ]
    assert [(t.value, t.year, t.kind) for t in result.targets] == [
        (1.5e11, 2025, "target"),
        (150, 2025, "target"),
    ]


def test_a_row_of_things_counted_and_where_they_are_holds_counts() -> None:
    text = (
        "Indicator                                    2025 actual\n"
        "Companies at Casanearshore and Technopark            318\n"
        "Offshoring jobs in Casablanca                     41,500"
    )
    assert [(f.value, f.unit) for f in extract(text, date(2026, 3, 24), CATALOG).figures] == [
        (318, "count"),
        (41500, "count"),
    ]


def test_guidance_a_colon_opens_and_a_goal_by_a_fiscal_year() -> None:
    published = date(2025, 9, 22)
    text = (
        "Kiwipay Ltd (NZX: KPY) reported record revenue. Guidance for FY26: we expect TPV of NZ$8 billion to "
        "NZ$9 billion. We also aim to reach 40,000 merchants by the end of FY28."
    )
    targets = extract(text, published, CATALOG).targets
    assert [(t.comparator, t.value, t.year) for t in targets] == [
        (">=", 8e9, 2026), ("<=", 9e9, 2026), ("=", 40000.0, 2028),
    ]  # fmt: skip


def test_a_numbered_heading_naming_targets_for_a_fiscal_year_sets_the_goals_listed_under_it() -> None:
    published = date(2025, 11, 2)
    text = (
        "2. Targets for FY2029-30\n\n"
        "- Software exports: ₹2.1 lakh crore.\n"
        "- Digital economy: a share of 20% of GSDP, up from an estimated 14% in FY2024-25."
    )
    result = extract(text, published, CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [(2.1e12, 2030), (20.0, 2030)]
    assert [f.value for f in result.figures] == [14.0]


def test_a_heading_naming_targets_by_the_end_of_a_year_sets_the_goals_listed_under_its_caption() -> None:
    text = (
        "3. Targets (by end-2028)\n\nThe programme aims to:\n"
        "• raise the number of exporters selling online to 1,500;\n"
        "• lift exports of computer services to USD 90 million a year."
    )
    result = extract(text, date(2025, 6, 2), CATALOG)
    assert [(t.value, t.year) for t in result.targets] == [(1500, 2028), (9e7, 2028)]


def test_a_heading_giving_guidance_for_a_fiscal_year_dates_the_forecasts_listed_under_it() -> None:
    text = (
        "Guidance for fiscal year 2026 (July 2025 - June 2026)\n"
        "- The Company expects revenue of between US$90 million and US$96 million."
    )
    found = extract(text, date(2025, 8, 28), CATALOG).targets
    assert [(t.value, t.year, t.kind) for t in found] == [(9e7, 2026, "forecast"), (9.6e7, 2026, "forecast")]


def test_a_goal_to_cut_something_by_a_percentage_is_a_fall() -> None:
    text = "The project aims to cut the average time to clear a courier parcel by 30 percent by 2028."
    assert [t.value for t in extract(text, date(2025, 6, 2), CATALOG).targets] == [-30]


def test_a_duty_free_allowance_is_a_bar_and_conversions_after_a_dash_or_a_year() -> None:
    text = (
        "Chile ended its US$41 duty-free allowance in 2025. "
        "Payments processed reached ₦980 trillion in 2024 — roughly US$640 billion at today's rate. "
        "GMV rose to Rp 410 trillion in 2024 (about US$26bn)."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.kind, f.period, f.metric) for f in result[:1]] == [
        (41.0, "other", None, "duty-free allowance")
    ]
    assert [f.equivalent_of for f in result[1:]] == [None, 1, None, 3]


def test_labelled_lines_of_counts_under_a_caption_and_a_bracket_giving_another_times_value() -> None:
    published = date(2026, 8, 5)
    text = (
        "Headline numbers, January-June 2026\n"
        "Container throughput: 198,300 TEU (+9.1% y/y)\n"
        "Trains handled: 1,420 (H1 2025: 1,300)\n"
        "Share of e-commerce in throughput: 28% (H1 2025: 17%)"
    )
    result = extract(text, published, CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in result if f.value in (198300.0, 28.0)] == [
        (198300.0, "count", "2026-H1"),
        (28.0, "percent", "2026-H1"),
    ]


def test_a_count_in_a_unit_measures_what_its_label_or_subject_names() -> None:
    text = (
        "Sea-rail volume: 1.31 million TEU, up 5.2%.\n\n"
        "The port expects container throughput to exceed 41 million TEU in 2026."
    )
    result = extract(text, date(2025, 9, 12), CATALOG)
    assert [f.metric for f in result.figures] == ["Sea-rail volume", "Sea-rail volume"]
    assert [t.metric for t in result.targets] == ["container throughput in TEU"]


def test_a_report_headed_by_a_company_and_its_legal_form_in_its_own_voice_is_the_companys() -> None:
    text = (
        "Message from the President\nTakumi Systems Co., Ltd. | Annual Report 2025\n\n"
        "To our shareholders,\n\nConsolidated revenue rose 6.1% to ¥412.3 billion."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.geo, f.metric_key.split(".")[0]) for f in result] == [(None, "takumi_systems")] * 2


def test_a_report_with_a_letter_from_our_chief_executive_is_the_companys_own() -> None:
    lead = "Cambodian sellers came online.\n\nSellers on Kappa Market sold US$143 million in 2025, up 19%."
    text = f"KAPPA MARKET SELLER REPORT 2025\nPhnom Penh, March 2026\n\nA letter from our CEO\n{lead}"
    assert [f.geo for f in extract(text, date(2026, 3, 2), CATALOG).figures] == [None, None]
    assert [f.geo for f in extract(lead, date(2026, 3, 2), CATALOG).figures] == ["Cambodia"] * 2
    # the company is the one its first line names, as the text writes it again
    goal = (
        "YUZU MARKET SELLER REPORT 2025\n\nA letter from our CEO\n"
        "Sellers on Yuzu Market grew. We aim to double GMV by 2028."
    )
    assert [t.issuer for t in extract(goal, date(2026, 3, 2), CATALOG).targets] == ["Yuzu Market"]


def test_a_central_banks_rate_a_levy_and_a_rate_of_return_are_terms_of_no_period() -> None:
    text = (
        "The MPC resolved to keep the Bank Policy Rate at 35 per cent. "
        "The Base Rate currently stands at 3.50%. "
        "The transfer tax, currently levied at 2 per cent, will be reviewed. "
        "The economic internal rate of return is estimated at 17.4%. In 2024 online payments rose 12%."
    )
    found = extract(text, date(2025, 3, 20), CATALOG).figures
    assert [(f.kind, f.period) for f in found] == [("other", None)] * 4 + [("change", "2024")]


def test_contracts_as_a_noun_move_nothing() -> None:
    text = "Logistics deals accounted for 37 per cent of the value, and software contracts for 22 per cent."
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.kind) for f in found] == [(37, "share"), (22, "share")]
    assert [f.value for f in extract("Output contracted 2% in 2024.", PUBLISHED, CATALOG).figures] == [-2]


def test_a_fairs_at_a_glance_lines_are_of_the_year_its_title_names() -> None:
    text = (
        "CLOSING REPORT\nAfrica Digital Commerce Expo 2025\nKigali, 8-11 October 2025\n\n"
        "AT A GLANCE\nExhibitors: 286 (2024: 214)\nRegistered visitors: 18,400\n\n"
        "More than 1,100 firms now sell online abroad."
    )
    found = extract(text, date(2025, 10, 13), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [
        (286, "2025"),
        (214, "2024"),
        (18_400, "2025"),
        (1100, None),
    ]
    call = "Pagora Q2 2025 Earnings Conference Call\n\nActive merchants: 1,140"
    assert [f.period for f in extract(call, date(2025, 8, 1), CATALOG).figures] != ["2025"]


def test_what_a_project_costs_and_how_it_is_financed_is_of_no_period() -> None:
    text = (
        "The Board approved the project in May 2025. Total project cost is UA 38.6 million, of which an "
        "ADF grant of UA 32.0 million. Exports rose to US$2 billion in 2024."
    )
    found = extract(text, date(2025, 5, 20), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(38.6e6, None), (32e6, None), (2e9, "2024")]


def test_a_take_rate_or_margin_that_eased_is_a_share_not_a_growth_rate() -> None:
    text = "The take rate eased to 1.41% from 1.47%, while growth slowed to 6%."
    assert [f.kind for f in extract(text, PUBLISHED, CATALOG).figures] == ["share", "share", "change"]


def test_the_high_end_of_a_yen_range_is_in_yen() -> None:
    text = (
        "Tokyo-based Hoshi Systems said that for fiscal 2026 it expects revenue of ¥820-850 billion in Japan."
    )
    assert [t.unit for t in extract(text, date(2025, 6, 20), CATALOG).targets] == ["JPY", "JPY"]


def test_a_count_of_people_on_a_labelled_line_under_goals_is_a_goal_named_by_its_label() -> None:
    text = (
        "The plan sets the following goals for fiscal 2028:\n"
        "- Certified data engineers: 12,000, from 7,400 at the end of March 2025"
    )
    result = extract(text, date(2025, 6, 20), CATALOG)
    assert [(t.value, t.year, t.metric) for t in result.targets] == [
        (12000.0, 2028, "Certified data engineers")
    ]
    assert [f.value for f in result.figures] == [7400.0]


def test_goals_and_forecasts_naming_their_measure_after_aims_for_guided_to_projects_or_in() -> None:
    published = date(2025, 7, 17)
    text = (
        "The task force has set a target of US$4.5 billion in IT exports for FY2025-26. "
        "The roadmap aims for IT exports of US$10 billion by 2030. "
        "The company guided to an adjusted EBITDA margin of around 31% in 2026. "
        "The tax office projects collections of Rs 220 billion next year. "
        "We expect exports to grow 20-25 percent this fiscal year."
    )
    targets = extract(text, published, CATALOG).targets
    assert [(t.value, t.year, t.metric) for t in targets] == [
        (4.5e9, 2026, "IT exports"),
        (1e10, 2030, "IT exports"),
        (31.0, 2026, "adjusted EBITDA margin"),
        (2.2e11, 2026, "collections"),
        (20.0, 2026, "exports"),
        (25.0, 2026, "exports"),
    ]


def test_labelled_lines_count_with_words_after_their_noun_and_a_labels_note_makes_a_goal() -> None:
    text = (
        "Key numbers\n"
        "- Active merchants at quarter-end: 41,300\n"
        "- Employees of resident companies: about 53,000\n"
        "- Software exports in 2025 (ministry projection): US$1.5 billion\n"
        "- Exporting residents by 2026 (ministry target): 2,000"
    )
    result = extract(text, date(2025, 2, 14), CATALOG)
    assert [(f.value, f.unit, f.metric) for f in result.figures] == [
        (41300.0, "count", "Active merchants at quarter-end"),
        (53000.0, "count", "Employees of resident companies"),
    ]
    assert [(t.value, t.year, t.kind, t.metric) for t in result.targets] == [
        (1.5e9, 2025, "forecast", "Software exports"),
        (2000.0, 2026, "target", "Exporting residents"),
    ]


def test_a_declared_unit_over_period_columns_a_share_column_named_in_per_cent_and_counts_in_thousands() -> (
    None
):
    published = date(2025, 11, 5)
    korean = (
        "Table 1. Online shopping, third quarter\n(Unit: KRW billion, %)\n"
        "Item | Q3 2024 | Q3 2025 | Change\n"
        "Online shopping transactions | 62,487.3 | 66,210.9 | 6.0"
    )
    assert [(round(f.value), f.unit) for f in extract(korean, published, CATALOG).figures] == [
        (62487300000000, "KRW"), (66210900000000, "KRW"), (6, "percent"),
    ]  # fmt: skip
    indian = (
        "Software exports (value in US$ billion; share in per cent)\n"
        "Year | Value | Share in total services exports\n"
        "2023-24 | 151.9 | 44.5"
    )
    assert [(f.value, f.unit) for f in extract(indian, published, CATALOG).figures] == [
        (1.519e11, "USD"), (44.5, "percent"),
    ]  # fmt: skip
    thai = (
        "Table 1: QR payments, Q1 2025 (number in thousand transactions; value in THB million)\n"
        "Direction\tNumber\tValue\tValue change y/y (%)\n"
        "Inbound\t4,215\t5,612\t68.4"
    )
    assert [(f.value, f.unit) for f in extract(thai, published, CATALOG).figures] == [
        (4215000.0, "count"), (5.612e9, "THB"), (68.4, "percent"),
    ]  # fmt: skip


def test_a_caption_naming_a_year_then_what_is_expected_sets_forecasts_on_the_lines_below() -> None:
    text = (
        "Kookaburra Pay Limited reported results for the 12 months ended 30 June 2025 (FY25).\n\n"
        "FY26 outlook\nFor the year ending 30 June 2026, the company expects:\n"
        "• TPV of A$46bn–48bn\n• Revenue growth of 18–22%"
    )
    targets = extract(text, date(2025, 8, 21), CATALOG).targets
    assert [(t.comparator, t.value, t.year, t.kind, t.metric) for t in targets] == [
        (">=", 4.6e10, 2026, "forecast", "TPV"), ("<=", 4.8e10, 2026, "forecast", "TPV"),
        (">=", 18.0, 2026, "forecast", "Revenue growth"), ("<=", 22.0, 2026, "forecast", "Revenue growth"),
    ]  # fmt: skip


def test_a_caption_that_strives_to_by_a_year_sets_targets_on_the_items_below() -> None:
    text = (
        "II. Main targets\nBy the end of 2026, the zone strives to:\n"
        "1. cultivate 100 digital trade enterprises;\n"
        "2. bring the number of public overseas warehouses to 80.\n\n"
        "III. Support measures\n"
        "(1) Enterprises that build an overseas warehouse will receive a subsidy of up to RMB 2 million."
    )
    extraction = extract(text, date(2024, 6, 18), CATALOG)
    assert [(t.comparator, t.value, t.year) for t in extraction.targets] == [
        ("=", 100.0, 2026),
        ("=", 80.0, 2026),
    ]
    assert [f.value for f in extraction.figures] == [2e6]  # the next section's measures are no goals


def test_georgia_is_the_country_unless_the_text_says_it_is_the_us_state() -> None:
    text = (
        "In the second quarter of 2025, Georgia's exports of services rose 6.7 percent to US$1,820.4 million."
    )
    assert {f.geo for f in extract(text, PUBLISHED, CATALOG).figures} == {"Georgia"}
    state = "A data centre in the state of Georgia will cost $2 billion."
    assert [f.geo for f in extract(state, PUBLISHED, CATALOG).figures] == [None]


def test_a_text_naming_no_place_in_hk_dollars_is_hong_kongs_and_one_sgd_amount_flips_nothing() -> None:
    text = "Exports of services rose 6.4% to HK$214.6 billion. Imports rose 4.9% to HK$170.3 billion."
    assert {f.geo for f in extract(text, PUBLISHED, CATALOG).figures} == {"Hong Kong"}
    eu = (
        "The EU signed a digital trade agreement with Singapore's neighbour. Services exports to the partner "
        "reached €67.4 billion (S$98.4 billion) in 2023, up 6.2%."
    )
    assert {f.geo for f in extract(eu, PUBLISHED, CATALOG).figures} == {"EU"}


def test_the_global_services_sector_is_an_industry_not_the_world() -> None:
    text = "In Jamaica, the global services sector employed approximately 60,000 persons at the end of 2024."
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Jamaica"]


def test_a_stock_exchange_release_headed_by_a_nordic_company_and_a_ticker_on_a_city_exchange() -> None:
    nordic = (
        "Kuusi Pay Oyj | Stock exchange release | 23 October 2025\n\n"
        "Net sales increased by 19.6% to EUR 48.3 million, driven by merchants selling to Germany."
    )
    assert {(f.geo, f.metric_key.split(".")[0]) for f in extract(nordic, PUBLISHED, CATALOG).figures} == {
        (None, "kuusi_pay")
    }
    moroccan = (
        "Casablanca, 24 September 2025\n\nAtlas Code S.A. (Casablanca Stock Exchange: ATC), which serves "
        "French clients, published its results.\n\n- Revenue: MAD 842.6 million, +14.3%"
    )
    assert {f.geo for f in extract(moroccan, PUBLISHED, CATALOG).figures} == {None}


def test_nz_names_new_zealand_and_us_dollars_name_no_country() -> None:
    text = (
        "Stats NZ says computer services exports came in at $1.9 billion for the "
        "June 2025 year. In US terms that is roughly 1.1 billion US dollars. Firms sell to the US and Europe."
    )
    figures = extract(text, date(2025, 10, 21), CATALOG).figures
    assert [(f.unit, f.geo, f.period) for f in figures] == [
        ("NZD", "New Zealand", "2024-07/2025-06"),
        ("USD", "New Zealand", "2024-07/2025-06"),
    ]


def test_a_pair_of_places_with_the_home_country_is_the_homes_and_a_second_currency_keeps_the_home() -> None:
    text = (
        "Lao National Radio\n\nShoppers in Laos pay with their phones. Lao and Chinese users made 2.4 "
        "million cross-border QR payments in May, worth 1.1 trillion kip.\n\nYunnan's cross-border "
        "e-commerce trade reached 6.3 billion yuan. Laos now has 4.6 million internet users."
    )
    assert [f.geo for f in extract(text, date(2026, 6, 15), CATALOG).figures] == [
        "Laos",
        "Laos",
        "Yunnan",
        "Laos",
    ]


def test_a_release_its_press_office_signs_is_the_companys_and_a_pick_up_point_is_no_rise() -> None:
    text = (
        "Polka's sale sets records\nResults recap | Polka press office | Moscow, 17 November 2025\n\n"
        "Polka, the Russian online marketplace, has summed up its sale.\n\n"
        "• Orders: 58.3 mn\n• Share of orders collected at pick-up points: 81%"
    )
    figures = extract(text, date(2025, 11, 17), CATALOG).figures
    assert [(f.kind, f.geo, f.metric_key.split(".")[0]) for f in figures] == [
        ("count", None, "polka"),
        ("share", None, "polka"),
    ]


def test_ethiopias_and_south_africas_fiscal_years() -> None:
    ethiopia = "Ethiopia's IT-enabled services exports grew 68 percent in the 2024/25 fiscal year."
    south_africa = "South Africa's BPO exports grew 12 percent in the 2024/25 fiscal year."
    texts = (ethiopia, south_africa)
    assert [f.period for text in texts for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "2024-07/2025-06",
        "2024-04/2025-03",
    ]


def test_the_other_side_of_a_comparison_is_the_place_it_is_for() -> None:
    text = "Sweden's share was 18% in 2024, against roughly 12% for Norway and 15% in Denmark."
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Sweden", "Norway", "Denmark"]


def test_a_release_under_a_label_is_the_company_its_lead_presents_and_its_round_is_its_own() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nKpakpo Pay closes Series A round\n\n"
        "ACCRA, Ghana, 12 May 2026 — Kpakpo Pay, a cross-border payments company that lets small African "
        "online sellers collect money from customers abroad, today announced a US$14 million Series A round. "
        "The round brings the company's total funding to US$19.5 million."
    )
    figures = extract(text, date(2026, 5, 12), CATALOG).figures
    assert [(f.geo, f.metric_key.split(".")[0]) for f in figures] == [
        (None, "kpakpo_pay"),
        (None, "kpakpo_pay"),
    ]
    assert figures[0].metric == "Series A round"


def test_what_a_board_proposes_to_do_from_a_date_is_a_goal_for_that_year() -> None:
    text = (
        "The Board proposes, with effect from 1 July 2026, to:\n"
        "• lower the cap on debit interchange from 8 cents to 6 cents per transaction;\n"
        "• remove surcharging on debit cards."
    )
    assert [(t.value, t.year) for t in extract(text, date(2025, 7, 22), CATALOG).targets] == [(0.06, 2026)]


def test_money_a_budget_gives_for_the_coming_year_is_of_that_year() -> None:
    text = "The draft budget allocates 3.8 trillion so'm to digital transformation programmes in 2026."
    assert [f.period for f in extract(text, date(2025, 11, 28), CATALOG).figures] == ["2026"]


def test_goals_listed_under_a_caption_of_objectives_are_goals() -> None:
    objectives = (
        "This White Paper sets three objectives, to be reached by 2030:\n"
        "1. raising exports of computer services to EUR 40 bn;\n"
        "2. raising the number of exporting SMEs to 8,600."
    )
    assert [t.kind for t in extract(objectives, date(2025, 8, 20), CATALOG).targets] == ["target", "target"]


def test_the_nordic_countries_are_a_region() -> None:
    text = "Nordic ICT services exports totalled EUR 57.6bn in 2024. Sweden accounted for EUR 24.8bn."
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Nordic countries", "Sweden"]


def test_a_company_heading_its_annual_report_with_a_dash_reports_its_own_fiscal_year() -> None:
    text = (
        "Kestrel Informatik SE — Annual Report 2024/25\n\nDear Shareholders,\n\n"
        "Fiscal year 2024/25 (1 October 2024 to 30 September 2025) went well for us. In a German economy "
        "that barely grew, we increased revenue by 8.3% to €612.4 million."
    )
    figures = extract(text, date(2025, 12, 3), CATALOG).figures
    assert {(f.geo, f.period, f.metric_key.split(".")[0]) for f in figures} == {
        (None, "2024-10/2025-09", "kestrel_informatik")
    }


def test_labelled_lines_with_four_letter_codes_a_stock_counted_at_a_date_and_a_conversion_after_a_value() -> (
    None
):
    published = date(2025, 10, 20)
    text = (
        "Key indicators, Q2 2025\n"
        "• Value of electronic money transactions: CFAF 38 412.7 billion\n"
        "• Active accounts at end-June 2025: 61.3 million"
    )
    assert [f.metric for f in extract(text, published, CATALOG).figures] == [
        "Value of electronic money transactions", "Active accounts",
    ]  # fmt: skip
    report = (
        "Key figures, H1 2025 (IFRS, MAD million)\n"
        "- Consolidated revenue: 842.6 (≈ €78.0 million), +14.3%\n"
        "- Headcount at 30 June 2025: 6,480"
    )
    figures = extract(report, published, CATALOG).figures
    assert [(f.value, f.unit, f.equivalent_of, f.approx) for f in figures] == [
        (8.426e8, "MAD", None, False), (7.8e7, "EUR", 0, True), (14.3, "percent", None, False),
        (6480.0, "count", None, False),
    ]  # fmt: skip


def test_a_labels_date_dates_its_value_but_a_long_clause_before_a_colon_is_no_label() -> None:
    text = (
        "Key indicators, Q2 2025\n• Active accounts at end-June 2025: 61.3 million\n"
        "- Headcount at 30 June 2025: 6,480\n\n"
        "The agreement, in force since June 2022, has made paperless trade routine: more than 1,100 firms "
        "used it last year."
    )
    figures = extract(text, date(2025, 10, 20), CATALOG).figures
    assert [(f.value, f.period) for f in figures] == [
        (6.13e7, "2025-06"),
        (6480.0, "2025-06"),
        (1100.0, "2024"),
    ]


def test_the_bare_base_of_a_change_is_a_year_earlier_unless_the_change_is_on_the_quarter_before() -> None:
    published = date(2025, 11, 14)
    text = (
        "In the third quarter of 2025, ICT exports rose 9.5% to RM0.23 billion, up from RM0.21 billion. "
        "Active users rose to 160 million, up from 151 million. "
        "Exhibitors came from 72 countries. "
        "In the third quarter of 2025, the deficit narrowed to US$11.5 billion from US$16.7 billion in the "
        "previous quarter."
    )
    periods = [(f.value, f.period) for f in extract(text, published, CATALOG).figures]
    assert periods[:4] == [(9.5, "2025-Q3"), (2.3e8, "2025-Q3"), (2.1e8, "2024-Q3"), (1.6e8, "2025-Q3")]
    assert (1.51e8, "2024-Q3") in periods
    assert (72.0, "2024-Q3") not in periods and (1.67e10, "2024-Q3") not in periods


def test_a_goals_amount_in_a_time_is_no_measure_of_it() -> None:
    text = "The State Bank of Pakistan expects remittances of about $41bn in the current fiscal year."
    assert [t.metric for t in extract(text, date(2025, 7, 20), CATALOG).targets] == ["remittances"]


def test_a_goal_for_a_share_of_a_group_doing_something_after_a_named_strategy() -> None:
    text = (
        "Harnessing Digital, the national digital strategy, sets a goal of 75% of enterprises using cloud "
        "computing, big data or AI by 2030."
    )
    assert [t.metric for t in extract(text, date(2025, 12, 10), CATALOG).targets] == [
        "share of enterprises using cloud computing, big data or AI"
    ]


def test_a_fiscal_year_over_by_publication_is_no_deadline_and_a_dashed_aside_may_hold_hyphens() -> None:
    text = (
        "Egypt's digital exports — software, IT-enabled services and call-centre work sold abroad — stood at "
        "US$3.6 billion in FY2019/20. By FY2024/25 they had reached US$7.4 billion."
    )
    result = extract(text, date(2025, 11, 10), CATALOG)
    assert not result.targets
    assert [(f.value, f.period, f.metric) for f in result.figures] == [
        (3.6e9, "2019-07/2020-06", "Egypt's digital exports"),
        (7.4e9, "2024-07/2025-06", "Egypt's digital exports"),
    ]


def test_a_tax_rate_is_a_term_of_a_rule_in_force_not_of_the_texts_year() -> None:
    text = (
        "In 2024, exports rose 12%. Operators pay corporate income tax at 12.5 per cent. "
        "Foreign sellers must collect 10% GST."
    )
    figures = extract(text, date(2025, 3, 18), CATALOG).figures
    assert [(f.value, f.kind, f.period) for f in figures] == [
        (12.0, "change", "2024"), (12.5, "other", None), (10.0, "other", None),
    ]  # fmt: skip
    text = "Since 15 August, shipments from countries without a trade deal pay a general rate of 31%."
    assert [(f.kind, f.period) for f in extract(text, date(2025, 9, 18), CATALOG).figures] == [
        ("other", None)
    ]


def test_a_bare_amount_in_brackets_after_a_figure_is_its_year_earlier_value_not_a_conversion() -> None:
    text = (
        "July–September 2025 in brief\n- Net sales increased by 19.6% to EUR 48.3 million (40.4 million).\n"
        "- Revenue was EUR 12.0 million (US$13.1 million)."
    )
    figures = extract(text, date(2025, 10, 23), CATALOG).figures
    assert [(f.value, f.period, f.equivalent_of) for f in figures] == [
        (19.6, "2025-Q3", None), (4.83e7, "2025-Q3", None), (4.04e7, "2024-Q3", None),
        (1.2e7, "2025-Q3", None), (1.31e7, "2025-Q3", 3),
    ]  # fmt: skip


def test_a_range_of_goals_in_a_three_letter_currency_and_a_ticker_on_a_latin_american_exchange() -> None:
    text = (
        "Andes Pay S.A. (BVC: ANDP) today announced results.\n\n"
        "Andes Pay raised its guidance and now expects 2025 TPV of COP 69 trillion to COP 71 trillion."
    )
    targets = extract(text, date(2025, 11, 6), CATALOG).targets
    assert [(t.comparator, t.value, t.issuer) for t in targets] == [
        (">=", 6.9e13, "Andes Pay"), ("<=", 7.1e13, "Andes Pay"),
    ]  # fmt: skip


def test_a_table_headed_by_fiscal_years_written_as_two_has_a_change_column() -> None:
    text = (
        "Table 1: Transactions by fiscal year (Tk crore; change in percent)\n"
        "Channel | FY2023-24 | FY2024-25 | Change\nMFS | 15,45,120 | 18,02,760 | 16.7"
    )
    figures = extract(text, date(2025, 8, 20), CATALOG).figures
    assert [(f.unit, f.kind) for f in figures] == [("BDT", "level"), ("BDT", "level"), ("percent", "change")]


def test_money_a_budget_gives_is_of_the_budgets_year() -> None:
    text = (
        "Budget 2026 speech.\n\nIn 2024, e-commerce income rose 8%. Budget 2026 therefore provides RM1.5 "
        "billion for digitalisation programmes. Of that, RM300 million will go to matching grants."
    )
    figures = extract(text, date(2025, 10, 10), CATALOG).figures
    assert [(f.value, f.period) for f in figures] == [(8.0, "2024"), (1.5e9, "2026"), (3e8, "2026")]


def test_a_share_that_stands_now_has_no_period_whether_of_a_stock_or_of_a_flow() -> None:
    # ("now account for more than half of the country's services exports" read as the text's year until the
    # thirty-first stop; the conventions table gives a value said to hold "now" no period)
    text = (
        "In 2024 the sector's exports rose 12%. Women now make up 35% of its workforce, and its exports now "
        "account for more than half of the country's services exports. The sector currently contributes "
        "about 2% of GDP."
    )
    figures = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(f.value, f.period) for f in figures] == [
        (12.0, "2024"),
        (35.0, None),
        (50.0, None),
        (2.0, None),
    ]


def test_a_value_its_clause_says_holds_now_or_today_has_no_period_whatever_the_paragraph_dated() -> None:
    text = (
        "In 2024 the port handled 1.2 million TEU. Paperless declarations now cover 98% of its flows, and "
        "some 37% of local firms sell abroad online today. Fees are currently estimated at around 3%."
    )
    said_of_else = (
        "In 2024 exports rose 12%. Buy-now-pay-later plans financed SAR 11.3 billion of purchases. "
        "Purchases from the U.S., now the second-largest source, fell 9.1 percent to 455.2 billion won. "
        "Sellers that must now sign contracts put the cost at TRY 2,400,000 each, the ministry said in a "
        "note released today."
    )
    periods = [f.period for f in extract(text, date(2025, 3, 1), CATALOG).figures]
    assert periods == ["2024", None, None, None]
    assert {f.period for f in extract(said_of_else, date(2025, 3, 1), CATALOG).figures} == {"2024"}


def test_goals_on_labelled_lines_are_named_by_their_labels_and_a_year_before_a_measure_is_none() -> None:
    text = (
        "Targets for fiscal 2027:\n- Consolidated revenue: ¥1,600 billion or more\n"
        "- Operating margin: 10% or higher\n\nThe company now expects 2025 TPV of US$112bn-116bn."
    )
    targets = extract(text, date(2025, 5, 20), CATALOG).targets
    assert [t.metric for t in targets] == ["Consolidated revenue", "Operating margin", "TPV", "TPV"]


def test_a_second_goal_whose_words_name_no_measure_is_of_the_goal_before_it() -> None:
    text = "We project regional GMV of US$330bn in 2025 and between US$600bn and US$700bn by 2030."
    assert [t.metric for t in extract(text, date(2024, 11, 14), CATALOG).targets] == ["regional GMV"] * 3


def test_a_goal_for_something_to_reach_a_value_measures_that_thing() -> None:
    text = "The ministry's goal is for the IT industry to reach 10% of GDP by 2030."
    assert [t.metric for t in extract(text, date(2025, 5, 1), CATALOG).targets] == [
        "share of IT industry in GDP"
    ]


def test_the_months_and_the_half_a_text_just_named_are_the_ones_it_means() -> None:
    # Thailand's fiscal year starts in October, but "the six months" are the half this text reports on;
    # "during the half" of a company whose fiscal half runs April to September is those six months.
    bulletin = (
        "Thailand's digital transactions reached 14,890 million in H1 2025, up 18.3% from a year earlier. "
        "PromptPay processed transfers worth THB 43.6 trillion over the six months."
    )
    assert [f.period for f in extract(bulletin, date(2025, 9, 5), CATALOG).figures][-1] == "2025-H1"
    results = (
        "For the six months ended 30 September 2025, revenue rose 27% to S$142.3 million. "
        "Cross-border merchants generated 61% of payment volume during the half."
    )
    periods = [f.period for f in extract(results, date(2025, 11, 12), CATALOG).figures]
    assert periods == ["2025-04/2025-09"] * 3


def test_the_dollar_of_a_small_economy_is_its_own_in_a_text_about_it() -> None:
    fiji = (
        "Fiji's exports of digitally deliverable services are estimated at $318.4 million in 2025. "
        "Government allocates $12.5 million to the digitalFIJI programme, Fiji's minister said."
    )
    assert [f.unit for f in extract(fiji, date(2025, 7, 1), CATALOG).figures] == ["FJD", "FJD"]
    mauritius = (
        "Mauritius earned 9.1 billion rupees from ICT exports in 2024, the Mauritian statistics office said."
    )
    assert [f.unit for f in extract(mauritius, date(2025, 7, 1), CATALOG).figures] == ["MUR"]


def test_a_text_that_names_only_cities_is_their_country_s() -> None:
    text = (
        "Budget speech, National Assembly, Islamabad.\n\n"
        "IT firms registered with the Pakistan Software Export Board processed Rs 31 trillion in payments. "
        "Rs 4.2 billion goes to software technology parks in Karachi and Islamabad."
    )
    assert [(f.unit, f.geo) for f in extract(text, date(2025, 6, 10), CATALOG).figures] == [
        ("PKR", "Pakistan"),
        ("PKR", "Pakistan"),
    ]


def test_the_cfa_franc_of_a_central_african_text_is_central_africa_s() -> None:
    text = "Cameroon's e-commerce sales reached CFA 26.4 trillion in 2025, the ministry in Yaounde said."
    assert [f.unit for f in extract(text, date(2026, 3, 1), CATALOG).figures] == ["XAF"]


def test_a_time_that_owns_a_thing_after_the_number_is_that_thing_s() -> None:
    festival = (
        "Over eleven days, from 1 to 11 November, GMV reached 1.46 trillion som, "
        "2.3 times the result of last year's festival. Average order value: 304,000 som, up 8% on last year."
    )
    survey = "This year, 61% of exporters sold online, up from 55% in last year's edition."
    periods = [f.period for f in extract(festival, date(2025, 11, 14), CATALOG).figures]
    assert periods[:2] == ["2025-11", "2025-11"]
    assert [f.period for f in extract(survey, date(2025, 11, 14), CATALOG).figures] == ["2025", "2024"]


def test_money_a_budget_written_with_two_years_gives_is_of_its_fiscal_year() -> None:
    text = (
        "FEDERAL BUDGET 2025-26\nNational Assembly, Islamabad\n\n"
        "For the coming year, Rs 28.5 billion has been allocated for IT parks in Karachi."
    )
    assert [f.period for f in extract(text, date(2025, 6, 10), CATALOG).figures] == ["2025-07/2026-06"]


def test_a_text_naming_no_country_but_other_regions_is_that_of_the_cities_it_names() -> None:
    text = (
        "Ministry of Digital Economy | Amman, 10 March 2026\n\n"
        "Parcel imports reached JOD 412 million last year. Traders in Irbid and Zarqa compete with "
        "platforms based in Europe and North America."
    )
    assert [f.geo for f in extract(text, date(2026, 3, 10), CATALOG).figures] == ["Jordan"]


def test_parts_of_continents_named_as_one_market_are_regions_of_their_own() -> None:
    text = (
        "Online retail sales in Central America reached US$6.8 billion in 2024. Card spending in West "
        "Africa rose 21% in 2024. Parcel volumes in the Western Balkans rose 9% in 2024."
    )
    assert [f.geo for f in extract(text, date(2025, 3, 1), CATALOG).figures] == [
        "Central America",
        "West Africa",
        "Western Balkans",
    ]


def test_a_table_by_customs_office_reads_its_rows_places_and_its_columns_measures() -> None:
    text = (
        "Parcels rose.\n\n2. Inbound consignments by customs office, Q3 2025\n\n"
        "Office | Parcels ('000) | Declared value (€ million)\n"
        "Milan Malpensa Airport | 512 | 40.1\n"
        "Cargo City Terminal, Vienna | 1,840 | 151.2"
    )
    found = extract(text, date(2025, 11, 3), CATALOG).figures
    assert [(f.value, f.geo, f.metric, f.period) for f in found] == [
        (512e3, "Milan", "Inbound consignments: Parcels", "2025-Q3"),
        (40.1e6, "Milan", "Inbound consignments: Declared value", "2025-Q3"),
        (1.84e6, "Vienna", "Inbound consignments: Parcels", "2025-Q3"),
        (151.2e6, "Vienna", "Inbound consignments: Declared value", "2025-Q3"),
    ]


def test_a_second_market_whose_verb_is_left_out_takes_a_share_of_the_same_homes_flow() -> None:
    text = (
        "Kenya's services exports rose. Last year the United Kingdom bought about 40 per cent of our ICT "
        "exports and Uganda some 15 per cent. The goal is KSh 200 billion of ICT exports by 2030."
    )
    found = extract(text, date(2025, 6, 1), CATALOG)
    assert [f.geo for f in found.figures if f.kind == "share"] == ["Kenya", "Kenya"]
    assert [t.geo for t in found.targets] == ["Kenya"]


def test_cents_before_any_amount_are_hundredths_of_the_one_currency_the_text_counts_in() -> None:
    text = (
        "TRADING STATEMENT\n\nEarnings per share rose to 95.2 cents in the six months.\n\n"
        "Revenue grew to R4.1 billion, and the fulfilment segment to R1.2 billion."
    )
    found = extract(text, date(2025, 10, 14), CATALOG).figures
    assert [(round(f.value, 3), f.unit) for f in found][:1] == [(0.952, "ZAR")]


def test_a_column_of_changes_under_a_caption_over_places_is_of_the_captions_measure() -> None:
    text = (
        "Exports rose.\n\nOnline exports by province, Q2 2025 (USD million)\n\n"
        "Province | Value | Change on Q2 2024 (%)\nIzmir | 119.3 | +24.7\nBursa | 71.4 | +9.8"
    )
    found = extract(text, date(2025, 8, 1), CATALOG).figures
    assert [(f.value, f.metric) for f in found if f.kind == "change"] == [
        (24.7, "Online exports"),
        (9.8, "Online exports"),
    ]


def test_a_numbered_caption_by_destination_region_is_over_the_regions_where_things_are_counted() -> None:
    text = (
        "Parcels rose.\n\n2. Parcels by destination region, Q2 2024\n"
        "(thousands of parcels; share of total in %)\nRegion | Parcels | Share\n"
        "Cusco | 212 | 5.1\nPiura | 180 | 4.4"
    )
    found = extract(text, date(2024, 8, 1), CATALOG).figures
    assert [(f.value, f.geo, f.metric) for f in found if f.unit == "count"] == [
        (212e3, "Cusco", "Parcels"),
        (180e3, "Piura", "Parcels"),
    ]


def test_a_company_s_own_numbers_made_in_a_market_are_no_place_s() -> None:
    text = (
        "Pagora Holdings Ltd. (NASDAQ: PGRA)\nSecond Quarter 2025 Earnings Call\n\n"
        "Brazil is still our biggest market, with TPV of R$19.6 billion. "
        "Brazil's cross-border e-commerce imports reached US$2.9 billion, according to the central bank."
    )
    assert [f.geo for f in extract(text, date(2025, 8, 7), CATALOG).figures] == [None, "Brazil"]


def test_the_high_end_of_a_range_is_a_goal_as_its_low_end_is() -> None:
    text = (
        "We now expect FY26 revenue growth of 3% to 5%, and we continue to target an operating margin "
        "of 20% to 22% for the year."
    )
    found = extract(text, date(2025, 10, 17), CATALOG).targets
    assert [(t.value, t.comparator, t.year) for t in found] == [
        (3.0, ">=", 2026), (5.0, "<=", 2026), (20.0, ">=", 2026), (22.0, "<=", 2026),
    ]  # fmt: skip


def test_a_clause_after_so_keeps_its_time_to_itself() -> None:
    text = "Pakistan's IT exports for the whole of 2023-24 were US$ 3.2 billion, so this year sets a record."
    assert [f.period for f in extract(text, date(2025, 6, 10), CATALOG).figures] == ["2023-07/2024-06"]


def test_table_rows_that_count_things_in_a_scale_their_label_names() -> None:
    results = (
        "Key operating indicators | Q2 2025 | Q2 2024 | Change\n"
        "Orders (million) | 9.8 | 7.6 | 28.9%\n"
        "Active sellers | 54,300 | 46,100 | 17.8%"
    )
    bulletin = (
        "Table 4.1: Mobile money at a glance\n"
        "Indicator\t2023\t2024\n"
        "Value of transactions (KSh trillion)\t7.91\t8.69\n"
        "Agents (thousand)\t339.2\t367.4"
    )
    counts = [
        (f.value, f.period, f.metric)
        for text in (results, bulletin)
        for f in extract(text, date(2025, 8, 10), CATALOG).figures
        if f.unit == "count"
    ]
    assert counts == [
        (9.8e6, "2025-Q2", "Orders"), (7.6e6, "2024-Q2", "Orders"),
        (54300.0, "2025-Q2", "Active sellers"), (46100.0, "2024-Q2", "Active sellers"),
        (339200.0, "2023", "Agents"), (367400.0, "2024", "Agents"),
    ]  # fmt: skip


def test_a_caption_that_counts_things_in_a_scale_gives_its_cells_that_unit() -> None:
    text = (
        "South Africa: courier import declarations by country of origin, July 2025 (thousand declarations)\n"
        "Origin | Declarations\nChina | 2 410\nAll other origins | 862"
    )
    assert [(f.value, f.unit) for f in extract(text, date(2025, 8, 29), CATALOG).figures] == [
        (2410000.0, "count"),
        (862000.0, "count"),
    ]


def test_a_tax_rate_in_force_until_a_year_is_no_goal() -> None:
    text = (
        "Residents pay a flat 7.5 per cent personal income tax and are exempt from profit tax until 2040. "
        "Their staff pay income tax at a reduced 7.5% rate under a regime that runs until 2040. "
        "IT export proceeds are taxed at a final rate of 0.25pc."
    )
    found = extract(text, date(2025, 10, 14), CATALOG)
    assert not found.targets
    assert [(f.kind, f.period) for f in found.figures] == [("other", None)] * 3


def test_the_same_quarter_last_year_is_counted_back_from_the_reported_quarter_not_a_base_value_before() -> (
    None
):
    text = (
        "Highlights\n\n- Card payments abroad grew 12.1% in the third quarter of 2026.\n"
        "- Their share of all card spending rose to 8.8%, from 7.9% in the third quarter of 2025.\n"
        "- Online payments to foreign merchants reached 4.2 billion, 21.0% more than in the same quarter "
        "last year."
    )
    found = extract(text, date(2026, 11, 12), CATALOG).figures
    assert [(f.value, f.period) for f in found][-2:] == [(4.2e9, "2026-Q3"), (21.0, "2026-Q3")]


def test_a_base_value_recorded_in_an_earlier_period_keeps_that_period_to_itself() -> None:
    text = (
        "SERVICES TRADE: SECOND QUARTER 2025\n\nThe services account posted a surplus of US$1,210 million, "
        "wider than the US$1,020 million recorded in the second quarter of 2024."
    )
    found = extract(text, date(2025, 8, 20), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(1.21e9, "2025-Q2"), (1.02e9, "2024-Q2")]


def test_an_interview_with_a_companys_head_gives_the_companys_own_numbers_and_goals() -> None:
    text = (
        "INTERVIEW | Baltic Retail Weekly\n\nKurzeme Market's chief executive on selling to Estonia\n\n"
        "How big is the business?\nLast year our sales in Latvia were EUR 96 million, 22% more than in 2023. "
        "Latvian online retail was around EUR 900 million.\n\nWhat are your goals?\n"
        "We plan to reach 2,500 sellers by the end of 2026."
    )
    found = extract(text, date(2025, 5, 6), CATALOG)
    assert [f.geo for f in found.figures] == [None, None, "Latvia"]
    assert [(t.value, t.issuer, t.geo) for t in found.targets] == [(2500, "Kurzeme Market", None)]
    plain = text.replace("INTERVIEW | ", "")
    assert extract(plain, date(2025, 5, 6), CATALOG).targets[0].issuer != "Kurzeme Market"


def test_the_base_of_a_multiple_keeps_the_earlier_time_named_after_it_to_itself() -> None:
    text = (
        "Results for 2025\n\nSoftware exports reached $4.2 billion, nearly triple the $1.5 "
        "billion recorded five years earlier."
    )
    found = extract(text, date(2026, 2, 10), CATALOG).figures
    assert [(f.value, f.period) for f in found if f.unit == "USD"] == [(4.2e9, "2025"), (1.5e9, "2020")]


def test_a_rate_a_year_after_a_sentence_naming_average_annual_growth_over_years_is_that_growth() -> None:
    text = (
        "Chart 2\nThe second chart plots average annual growth in these exports from 2019 to 2023. Estonia "
        "leads at 8.2% a year, helped by its game studios."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(f.value, f.kind, f.period) for f in found] == [(8.2, "cagr", "2019/2023")]


def test_the_earlier_rate_after_a_year_on_year_growth_rate_is_a_growth_rate_too() -> None:
    text = "Card payments grew 9.8 per cent year-on-year in the third quarter, up from 7.5 per cent before."
    found = extract(text, date(2025, 11, 5), CATALOG).figures
    assert [(f.value, f.kind) for f in found] == [(9.8, "change"), (7.5, "change")]


def test_what_was_cut_or_reduced_fell() -> None:
    text = "Processing time was cut by about a fifth in 2025. Clearance time was reduced by 12% last year."
    assert [(f.value, f.kind) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (-20.0, "change"),
        (-12.0, "change"),
    ]


def test_what_eased_or_softened_by_a_percentage_fell_and_what_eased_to_one_settled_there() -> None:
    text = (
        "The average basket eased 3.6% to $41 in 2025. Parcel prices softened 2% in 2025. "
        "Card fees eased to 1.9% in 2025."
    )
    found = [f for f in extract(text, PUBLISHED, CATALOG).figures if f.unit == "percent"]
    assert [(f.value, f.kind) for f in found[:2]] == [(-3.6, "change"), (-2.0, "change")]
    assert found[2].value == 1.9


def test_goals_for_a_share_of_things_to_be_something_or_named_after_the_percentage() -> None:
    text = (
        "The Digitalisation Strategy aims for 80% of public services to be available online by 2027. "
        "The central bank set a new goal of 80% non-cash payments by 2030."
    )
    assert [t.metric for t in extract(text, date(2025, 5, 21), CATALOG).targets] == [
        "share of public services available online",
        "non-cash payments",
    ]


def test_a_goal_to_raise_it_is_for_what_was_just_measured() -> None:
    text = (
        "The share of e-commerce declarations released automatically stands at 78% at present. "
        "The Committee aims to raise it to 95% by the end of 2026."
    )
    targets = extract(text, date(2025, 10, 14), CATALOG).targets
    assert [(t.value, t.year) for t in targets] == [(95.0, 2026)]
    assert "declarations released automatically" in targets[0].metric


def test_places_listed_with_the_or_beside_an_unknown_name_are_a_list() -> None:
    text = (
        "Malaysia's digital exporters want to lift the share from markets such as India, the Gulf and Africa "
        "to 25 per cent, from 12 per cent now. We support 3,200 SMEs today."
    )
    assert "Africa" not in {f.geo for f in extract(text, PUBLISHED, CATALOG).figures}


def test_rates_charged_paid_capped_or_granted_are_terms_of_a_rule() -> None:
    text = (
        "Mexico charges 19% on parcels, and items above that pay a 60% rate. The fee is capped at 0.3%. "
        "Exporters get a cash incentive of 4 percent and may retain up to 50 percent of their proceeds."
    )
    assert [(f.value, f.kind, f.period) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (19.0, "other", None), (60.0, "other", None), (0.3, "other", None), (4.0, "other", None),
        (50.0, "other", None),
    ]  # fmt: skip


def test_a_rate_paid_after_two_words_a_charge_that_is_its_rate_and_bars_on_each_shipment() -> None:
    text = (
        "Parcels from the EU pay a single flat rate of 30%. The SEP tax is 3 percent of gross turnover, and "
        "the old DST was 1.5 percent. Buyers pay no duty on the first US$400 of each shipment in 2024. "
        "The USD 200 bar in force since 2019 ends. Tax revenue was 3 percent of GDP in 2024."
    )
    assert [(f.value, f.kind, f.period) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (30.0, "other", None), (3.0, "other", None), (1.5, "other", None), (400.0, "other", None),
        (200.0, "other", None), (3.0, "share", "2024"),
    ]  # fmt: skip


def test_what_was_collected_above_a_threshold_is_an_amount_not_the_bar() -> None:
    text = "Duty collected on shipments above the threshold came to COP 96,500 million in 2024."
    assert [(f.kind, f.period) for f in extract(text, PUBLISHED, CATALOG).figures] == [("level", "2024")]


def test_the_previous_years_total_is_of_the_year_before_the_one_the_sentence_states() -> None:
    text = (
        "Busan handled 3.6 million parcels in 2025, nearly double the previous year's total of 1.9 million."
    )
    assert [(f.value, f.period) for f in extract(text, date(2026, 3, 1), CATALOG).figures] == [
        (3.6e6, "2025"), (2.0, "2025"), (1.9e6, "2024"),
    ]  # fmt: skip


def test_more_ways_to_say_a_number_rose() -> None:
    text = (
        "Parcels swelled 83% in 2024. Sales were climbing 13.2 pct. Exports had grown 18 per cent. "
        "Orders were about a third more than a year earlier. There were 24% more transactions than in 2023."
    )
    assert {f.kind for f in extract(text, PUBLISHED, CATALOG).figures} == {"change"}


def test_what_is_to_reach_a_value_and_a_value_someone_aims_for_are_targets() -> None:
    text = (
        "Under the concept, online trade is to reach 17% of total retail trade by 2030. "
        "Specialists are forecast to number 18 million in 2030, short of the 20 million that the "
        "Digital Decade policy programme aims for."
    )
    assert [(t.value, t.kind) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (17.0, "target"),
        (18e6, "forecast"),
        (20e6, "target"),
    ]


def test_an_exchange_rate_and_a_maximum_are_no_levels() -> None:
    text = (
        "The naira weakened to ₦1,580 to the dollar. Grants are capped at a maximum of $50,000 per project."
    )
    assert [f.kind for f in extract(text, PUBLISHED, CATALOG).figures] == ["other", "other"]


def test_counts_added_roughly_or_as_a_net_addition_moved() -> None:
    text = "The hub added roughly 40,000 jobs in 2024. The firm had a net addition of 1,032 employees."
    assert [(f.kind, f.unit) for f in extract(text, PUBLISHED, CATALOG).figures] == [("change", "count")] * 2


def test_yen_in_a_text_on_japan_that_names_china_in_passing_is_the_yen() -> None:
    text = (
        "Rating comment | Japan\n\nCard spending in Japan rose 7% to ¥98.2 trillion in 2024, and Japan's "
        "wallets took ¥11.4 trillion, some through Chinese and Korean wallets."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.unit, f.geo) for f in found if f.unit != "percent"] == [("JPY", "Japan")] * 2


def test_a_results_call_headed_by_a_group_on_a_line_of_its_own_is_the_groups() -> None:
    text = (
        "KITANO TRADING GROUP\nFY2025 Results Briefing\n\nCEO: Our overseas sales rose 12% to ¥88 billion, "
        "and we now serve buyers in 40 countries across Asia."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert {(f.geo, f.metric_key.split(".")[0]) for f in found if f.unit != "count"} == {
        (None, "kitano_trading_group")
    }


def test_a_live_blogs_entries_about_one_company_each_are_the_companys() -> None:
    text = (
        "LIVE | Results day in Bengaluru\n\n"
        "17:30 IST\nTapti Systems now expects FY26 revenue to grow 4-5%. Its Q3 revenue was ₹9,120 crore.\n\n"
        "16:10 IST\nGodavari Technologies' Q3 numbers are in:\n- Revenue: ₹41,300 crore, up 5.2%\n"
        "- Headcount: 210,400\n\n"
        "14:45 IST\nIndia's services exports rose 9% to US$35.9 billion in December."
    )
    result = extract(text, date(2026, 1, 15), CATALOG)
    assert [f.geo for f in result.figures] == [None, None, None, None, "India", "India"]
    assert [t.geo for t in result.targets] == [None, None]


def test_a_caption_naming_counts_and_percentages_for_its_columns_in_turn() -> None:
    text = (
        "Courier lanes grew in 2025.\n\n"
        "Table 2: Platforms and fees, 2025 (number of platforms; average fee as % of sales)\n"
        "Group | Platforms | Avg. fee\nLocal marketplaces | 12 | 9.5\n\n"
        "Table 3: Payments by channel, Q2 2025 (value in ₦ trillion; volume in millions of transactions)\n"
        "Channel | Value | Volume\nPOS | 6.8 | 412\n\n"
        "Table 4: Parcels by lane, 2025 (millions of parcels; change on 2024 in %)\n"
        "Lane | Parcels | Change\nAir lane | 21.7 | -6.2"
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.metric) for f in found] == [
        (12, "count", "Local marketplaces platforms"),
        (9.5, "percent", "Local marketplaces avg. fee"),
        (6.8e12, "NGN", "Payments of POS value"),
        (412e6, "count", "Payments of POS volume"),
        (21.7e6, "count", "Parcels of Air lane"),
        (-6.2, "percent", "Parcels of Air lane"),
    ]


def test_a_companys_table_of_lanes_named_by_places_is_the_companys() -> None:
    text = (
        "Kestrel Parcels plc | Q3 trading update\n\n"
        "Group revenue rose 5% to £1.2bn, and our volumes grew.\n\n"
        "Table 1: Parcel volumes by lane, Q3 (millions of parcels; change in %)\n"
        "Lane | Volume | Change\nUK to EU | 14.6 | -6.2"
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.geo) for f in found[-2:]] == [(14.6e6, None), (-6.2, None)]


def test_a_ranges_end_with_no_time_of_its_own_is_not_of_its_starts_time() -> None:
    text = (
        "In 2025 the platform grew. Its profit climbed from $6.1 million in 2024 to $7.9 million. "
        "Sales rose from $4.6 billion in 2020 to $7.2 billion in 2024."
    )
    found = extract(text, date(2026, 2, 1), CATALOG).figures
    assert [f.period for f in found] == ["2024", "2025", "2020", "2024"]


def test_a_table_with_decimal_commas_under_a_caption_labelled_with_a_dash() -> None:
    text = (
        "Digital exports grew in 2025.\n\n"
        "Table 1 — Digital exports of consumer goods by sector, 2025 "
        "(value in € billion; share of total in %)\n"
        "Sector\tValue\tShare\nFood and wine\t3,4\t16,5"
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.metric) for f in found] == [
        (3.4e9, "EUR", "Digital exports of consumer goods of Food and wine value"),
        (16.5, "percent", "Digital exports of consumer goods of Food and wine share"),
    ]


def test_two_goals_coordinated_before_the_deadline_they_share() -> None:
    text = (
        "The roadmap targets an average cost of no more than 1% for card payments, and of no more than 3% "
        "for remittances, by 2027. The firm expects revenue of $1.2bn in 2026, and it targets 20 million "
        "users by 2028."
    )
    found = extract(text, date(2026, 5, 18), CATALOG)
    assert [(t.value, t.comparator, t.year) for t in found.targets] == [
        (1.0, "<=", 2027),
        (3.0, "<=", 2027),
        (1.2e9, "=", 2026),
        (20e6, "=", 2028),
    ]


def test_bars_that_decide_what_a_rule_covers_are_no_levels() -> None:
    text = (
        "In 2025 the city added 1,180 sellers with annual exports above 10 million yuan. "
        "Platforms with annual sales in Korea above ₩1 trillion, or with more than 1 million daily users, "
        "must name an agent. Entities whose turnover in 2024 exceeded €750 million pay the tax. "
        "Consignments valued above US$3 pay duty. MAS proposes to raise the stock cap to S$10,000."
    )
    found = extract(text, date(2026, 1, 10), CATALOG).figures
    assert [(f.value, f.kind, f.period) for f in found[1:]] == [
        (10e6, "other", None),
        (1e12, "other", None),
        (1e6, "other", None),
        (750e6, "other", None),
        (3.0, "other", None),
        (10000.0, "other", None),
    ]


def test_a_period_naming_the_total_after_it_and_the_same_months_of_a_year() -> None:
    text = (
        "In Q2 2025 card payments abroad totalled US$412 million, down 6.3% quarter on quarter, bringing "
        "the first-half total to US$852 million. Parcels cleared reached 41.2 million in Jan–Sep 2025 vs "
        "33.9 million in the same months of 2024."
    )
    found = extract(text, date(2025, 11, 6), CATALOG).figures
    assert [f.period for f in found] == [
        "2025-Q2",
        "2025-Q2",
        "2025-H1",
        "2025-01/2025-09",
        "2024-01/2024-09",
    ]


def test_a_platforms_own_newsroom_release_in_its_own_voice_is_the_platforms() -> None:
    text = (
        "Savdo Market | Newsroom\nTashkent, 14 November 2025\n\n"
        "Our biggest festival yet ended on Tuesday: customers across Uzbekistan placed 4.8 million orders, "
        "and GMV reached 1.46 trillion soʻm."
    )
    found = extract(text, date(2025, 11, 14), CATALOG).figures
    assert {(f.geo, f.metric_key.split(".")[0]) for f in found} == {(None, "savdo_market")}


def test_a_partners_part_of_the_home_countrys_flow_is_the_home_countrys() -> None:
    text = (
        "Egypt's digital exports rose 12% in 2024. Europe took 44% of offshoring exports. "
        "The United States and the EU together took 58% of our computer services exports."
    )
    found = extract(text, date(2025, 10, 5), CATALOG).figures
    assert [f.geo for f in found] == ["Egypt", "Egypt", "Egypt"]
    member = "Ireland accounted for a third of EU exports of digitally delivered services in 2024."
    assert [f.geo for f in extract(member, date(2025, 10, 5), CATALOG).figures] == ["Ireland"]


def test_a_release_in_won_over_a_table_of_selected_destinations_is_koreas() -> None:
    text = (
        "STATISTICS KOREA\nPress Release\n\n"
        "Online shopping reached KRW 68.9 trillion in Q2 2025. Overseas direct sales were KRW 391.2 billion, "
        "and purchases KRW 2,147.5 billion; China took most of them.\n\n"
        "Table 1. Overseas direct sales, selected destinations\n(unit: KRW 100 million, %)\n\n"
        "Destination | Q2 2025 | Change from Q2 2024 (%)\nChina | 2,086 | -19.3\nJapan | 421 | 14.7"
    )
    found = extract(text, date(2025, 8, 5), CATALOG).figures
    assert {f.geo for f in found} == {"South Korea"}
    assert [(f.value, f.metric) for f in found[-2:]] == [
        (42.1e9, "Overseas direct sales to Japan"),
        (14.7, "Overseas direct sales to Japan"),
    ]


def test_a_fairs_organiser_reporting_the_fairs_numbers_and_a_ticker_with_its_market_segment() -> None:
    fair = (
        "FOR IMMEDIATE RELEASE\n\nKUALA LUMPUR, 25 September 2025 – The Digital Trade Expo 2025 closed its "
        "run at MITEC today with RM1.26 billion in potential deals, organiser Nusantara Expo Management "
        "announced.\n\n• 18,420 trade visitors from 46 countries"
    )
    found = extract(fair, date(2025, 9, 25), CATALOG).figures
    assert {f.geo for f in found} == {None}
    assert not any(f.metric_key.startswith("for_immediate") for f in found)  # (a label, no company's name)
    listed = (
        "Hoshizora Commerce Inc. (TSE Prime: 4397)\nIntegrated Report 2025\n\n"
        "Our GMV from buyers outside Japan reached ¥98.6 billion, up 21.4%."
    )
    assert {f.geo for f in extract(listed, date(2025, 6, 20), CATALOG).figures} == {None}


def test_lines_bulleted_with_squares_and_circles_are_statements_of_their_own() -> None:
    text = (
        "2. Cross-border online shopping, Q2 2025\n\n"
        "□ Overseas direct purchases rose 9.8% year-on-year to KRW 2,147.5 billion.\n"
        "  ○ For the first half of 2025, overseas direct purchases came to KRW 4.3 trillion."
    )
    found = extract(text, date(2025, 8, 5), CATALOG).figures
    assert [(f.period, f.metric) for f in found] == [
        ("2025-Q2", "Overseas direct purchases"),
        ("2025-Q2", "Overseas direct purchases"),
        ("2025-H1", "overseas direct purchases"),
    ]


def test_transactions_or_registrations_named_before_a_bare_amount_are_counted() -> None:
    text = (
        "FPS transactions averaged HK$8.9 billion a day in December, and FPS registrations reached "
        "16.9 million. "
        "BI projects QRIS transactions to reach 6.5bn for the full year."
    )
    found = extract(text, date(2026, 1, 20), CATALOG)
    assert [(f.value, f.unit) for f in found.figures] == [(8.9e9, "HKD"), (16.9e6, "count")]
    assert [(t.value, t.unit) for t in found.targets] == [(6.5e9, "count")]


def test_a_column_headed_by_one_word_of_a_caption_naming_two_measures_and_their_units() -> None:
    text = (
        "Table 2. Kenya's ICT services export earnings (KSh billion) and yearly growth (per cent)\n"
        "Year | Earnings | Growth\n"
        "2022 | 88.4 | +9.1\n"
        "2023 | 97.0 | +9.7"
    )
    found = extract(text, date(2024, 5, 2), CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.metric) for f in found] == [
        (88.4e9, "KES", "level", "Kenya's ICT services export earnings"),
        (9.1, "percent", "change", "Kenya's ICT services export earnings"),
        (97.0e9, "KES", "level", "Kenya's ICT services export earnings"),
        (9.7, "percent", "change", "Kenya's ICT services export earnings"),
    ]


def test_a_review_at_a_glance_counts_labelled_lines_and_their_bracketed_changes_and_years() -> None:
    text = (
        "Highlights of 2025\n"
        "Licensed enterprises: 1,318 (+204 during the year)\n"
        "Employment: about 9,600 people (+1,100 during the year)\n"
        "Registered projects at 31 December: 85 (2024: 61)\n"
        "Permits granted in the year: 240"
    )
    found = extract(text, date(2026, 2, 3), CATALOG).figures
    assert [(f.value, f.kind, f.period, f.metric) for f in found] == [
        (1318, "count", "2025", "Licensed enterprises"),
        (204, "change", "2025", "Licensed enterprises"),
        (9600, "count", "2025", "Employment"),
        (1100, "change", "2025", "Employment"),
        (85, "count", "2025-12", "Registered projects"),
        (61, "count", "2024", "Registered projects"),
        (240, "count", "2025", "Permits granted in the year"),
    ]


def test_a_table_of_coded_rows_under_a_caption_naming_its_columns_value_in_yi_and_change() -> None:
    text = (
        "Table 3. Cross-border e-commerce by customs mode, January-June 2025 (value in 100 million yuan; "
        "year-on-year change in %)\n"
        "Mode | Value | Change\n"
        "9610 parcel exports | 402.6 | 8.4\n"
        "9710 B2B direct exports | 318.0 | 11.2"
    )
    found = extract(text, date(2025, 7, 20), CATALOG).figures
    assert [(round(f.value), f.unit, f.kind) for f in found] == [
        (40_260_000_000, "CNY", "level"),
        (8, "percent", "change"),
        (31_800_000_000, "CNY", "level"),
        (11, "percent", "change"),
    ]
    assert [f.metric for f in found][::2] == [
        "Cross-border e-commerce of parcel exports value",
        "Cross-border e-commerce of B2B direct exports value",
    ]


def test_a_column_of_counts_in_millions_and_a_column_of_compound_growth_over_its_years() -> None:
    counted = (
        "Table: Express parcels cleared at the airport\n"
        "Year | Number of parcels (million) | Declared value (HK$ billion)\n"
        "2024 | 188.5 | 40.2"
    )
    found = extract(counted, date(2025, 3, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(188.5e6, "count"), (40.2e9, "HKD")]
    grown = (
        "Table 1. ICT services exports, US$ billion\n"
        "Economy | 2019 | 2024 | CAGR 2019-24 (%)\n"
        "Malaysia | 6.1 | 9.8 | 9.9"
    )
    found = extract(grown, date(2025, 3, 1), CATALOG).figures
    assert [(f.value, f.kind, f.period) for f in found][-1] == (9.9, "cagr", "2019/2024")


def test_a_tax_rate_set_anew_is_a_rate_in_force_and_inflation_a_rise_in_prices() -> None:
    text = (
        "The rate of the tax was lowered from 8% to 6% in July 2025 under a new law. "
        "Consumer price inflation averaged 12.5% over the year."
    )
    found = extract(text, date(2026, 2, 1), CATALOG).figures
    assert [(f.value, f.kind, f.period, f.metric) for f in found] == [
        (8.0, "other", None, "rate of the tax"),
        (6.0, "other", None, "rate of the tax"),
        (12.5, "change", None, "Consumer price inflation"),
    ]


def test_captions_in_per_cent_of_a_whole_or_in_a_bare_scale_of_things_counted() -> None:
    shares = "Table 2: Online orders by category, 2025 (% of orders)\nToys and games | 14\nBooks | 9"
    found = extract(shares, date(2026, 1, 5), CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.metric) for f in found] == [
        (14.0, "percent", "share", "Toys and games online orders"),
        (9.0, "percent", "share", "Books online orders"),
    ]
    counted = (
        "Table 4.2: Subscriptions at year-end (million)\nService | 2024 | 2025\nof which 5G | 9.1 | 14.6"
    )
    found = extract(counted, date(2026, 1, 5), CATALOG).figures
    assert [(f.value, f.unit, f.metric) for f in found] == [
        (9.1e6, "count", "5G subscriptions"),
        (14.6e6, "count", "5G subscriptions"),
    ]
    money = "Table 3: Export earnings (million)\nYear | Value\n2024 | 9.1"
    assert [f.unit for f in extract(money, date(2026, 1, 5), CATALOG).figures] != ["count"]


def test_rows_labelled_as_a_number_of_things_or_a_percentage_of_a_whole() -> None:
    text = (
        "Table 6 — Cloud indicators\nIndicator | 2023 | 2024\n"
        "Licensed data centres (number) | 40 | 47\nPublic workloads on cloud (% of total) | 38 | 51"
    )
    found = extract(text, date(2025, 5, 1), CATALOG).figures
    assert [(f.value, f.unit, f.metric) for f in found][::2] == [
        (40.0, "count", "Licensed data centres"),
        (38.0, "percent", "Public workloads on cloud share"),
    ]


def test_the_size_of_a_survey_sample_counts_its_respondents() -> None:
    found = extract("Our March 2025 exporter survey (n = 1,204) found that:", date(2025, 4, 2), CATALOG)
    assert [(f.value, f.unit, f.metric) for f in found.figures] == [
        (1204, "count", "exporter survey respondents")
    ]


def test_a_prospectus_headed_by_an_egyptian_or_mexican_company_is_the_companys() -> None:
    for header, market in (
        ("Nilepay Systems S.A.E.", "Egyptian"),
        ("Pagos Andinos S.A.B. de C.V.", "Mexican"),
    ):
        text = (
            f"PROSPECTUS\n{header}\nListing on the {market} Exchange\n\nOur payment volume rose 41% in 2024."
        )
        assert [f.geo for f in extract(text, date(2025, 9, 1), CATALOG).figures] == [None]


def test_things_shipped_to_a_place_are_the_subject_not_its_verb() -> None:
    found = extract(
        "Parcels shipped to the United Kingdom accounted for 18% of orders.", date(2025, 6, 1), CATALOG
    )
    assert "Parcels shipped to the United Kingdom" in found.figures[0].metric


def test_a_one_word_measure_heading_takes_the_captions_words_for_it() -> None:
    text = "Chart data: mobile payments in Chile, US$ billion\nYear\tPayments\n2023\t8.1\n2024\t9.6"
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(f.value, f.metric) for f in found] == [
        (8.1e9, "mobile payments in Chile"),
        (9.6e9, "mobile payments in Chile"),
    ]


def test_a_list_of_goals_ends_at_the_first_line_without_a_bullet() -> None:
    text = (
        "The Strategy sets the following goals to be achieved by 2030:\n"
        "• ICT export earnings of US$ 3 billion;\n"
        "• a workforce of 150,000 IT/BPM professionals.\n"
        "An allocation of Rs. 2,000 million was provided in Budget 2025 for the programme."
    )
    found = extract(text, date(2025, 9, 10), CATALOG)
    assert [(t.value, t.year) for t in found.targets] == [(3e9, 2030), (150_000, 2030)]
    assert [f.value for f in found.figures] == [2e9]


def test_exports_to_other_countries_of_a_region_are_the_exporters() -> None:
    text = "Ghana's exports to other African countries rose 18% in 2024."
    assert [f.geo for f in extract(text, date(2025, 3, 1), CATALOG).figures] == ["Ghana"]


def test_a_country_called_by_its_title_at_the_start_of_a_sentence_is_no_company() -> None:
    text = "Saudi Arabia leads the Gulf.\n\nThe Kingdom's ICT market reached SAR 180 billion in 2024."
    assert [f.geo for f in extract(text, date(2025, 6, 24), CATALOG).figures] == ["Saudi Arabia"]


def test_parcels_counted_in_pieces_are_measured_by_their_subject() -> None:
    text = "Outbound e-commerce parcels handled at the airport reached 2.4 million pieces in May."
    found = extract(text, date(2025, 6, 10), CATALOG).figures
    assert [(f.value, f.metric) for f in found] == [
        (2.4e6, "Outbound e-commerce parcels handled at the airport")
    ]


def test_a_labelled_measure_under_a_numbered_section_heading_is_the_sections() -> None:
    text = (
        "Summary\nCard use grew.\n\n"
        "2. Mobile Money\n• Transactions: 2.1 billion in 2Q25, up 12% year-on-year.\n"
        "• Value: KSh 9.8 trillion."
    )
    found = extract(text, date(2025, 8, 1), CATALOG).figures
    assert [f.metric for f in found] == [
        "Mobile Money transactions",
        "Mobile Money transactions",
        "Mobile Money value",
    ]


def test_a_pace_kept_up_each_year_is_compound_growth() -> None:
    text = "Since 2019, software exports grew at about 9% a year. Exports rose 4% a year earlier."
    assert [f.kind for f in extract(text, date(2025, 3, 1), CATALOG).figures] == ["cagr", "change"]


def test_a_multiple_a_modal_looks_ahead_to_is_a_forecast() -> None:
    text = (
        "Analysts project the payments market will double by 2030. The pact could double the bloc's "
        "digital economy to USD 1 trillion by 2030."
    )
    found = extract(text, date(2025, 6, 1), CATALOG)
    assert [(t.value, t.unit, t.year) for t in found.targets] == [(2.0, "times", 2030), (1e12, "USD", 2030)]
    assert not found.figures


def test_a_concept_that_only_qualifies_revenue_adds_no_flow() -> None:
    found = extract("IT-BPM revenue reached US$38bn in 2024.", date(2025, 3, 1), CATALOG).figures
    assert [f.metric for f in found] == ["IT-BPM revenue"]


def test_a_dollar_sign_in_a_sentence_told_in_pesos_is_the_peso() -> None:
    text = "Chile's courier imports doubled in 2024. In pesos, those imports came to about $950 billion."
    assert [f.unit for f in extract(text, date(2025, 3, 1), CATALOG).figures][-1] == "CLP"


def test_a_dollar_sign_in_a_text_that_names_the_peso_and_marks_the_us_dollar_is_the_peso() -> None:
    text = (
        "Amounts are in Chilean pesos unless marked US$.\n\n"
        "Chile's online sales reached $2.310.000 million (about US$2.450 million) in 2025."
    )
    assert [f.unit for f in extract(text, date(2026, 3, 1), CATALOG).figures] == ["CLP", "USD"]
    results = "Chile's online sales reached US$9.8 billion in 2025. Exports rose to $5.2 billion."
    assert [f.unit for f in extract(results, date(2026, 3, 1), CATALOG).figures] == ["USD", "USD"]


def test_a_filings_peso_sign_is_the_peso_of_the_country_the_text_is_about() -> None:
    found = extract("Colombia's online sales reached Ps.18.6 trillion in 2024.", date(2025, 3, 1), CATALOG)
    assert [(f.value, f.unit) for f in found.figures] == [(18.6e12, "COP")]


def test_a_range_of_pesos_written_with_to_is_two_ends_of_a_forecast() -> None:
    text = "We expect TPV of Ps.240 billion to Ps.255 billion in 2026."
    found = extract(text, date(2026, 3, 1), CATALOG).targets
    assert [(t.value, t.unit, t.comparator) for t in found] == [(240e9, "MXN", ">="), (255e9, "MXN", "<=")]


def test_a_german_table_with_dotted_thousands_and_a_change_in_percent_column() -> None:
    text = (
        "Online sales in Germany reached €20,3 Mrd. in the third quarter, up 3,6 % on a year earlier.\n\n"
        "Online sales by category, Q3 2025 (turnover in € million; change on Q3 2024 in %)\n"
        "Category | € million | Change in %\n"
        "Fashion & accessories | 3.912 | −2,1"
    )
    found = extract(text, date(2025, 11, 5), CATALOG).figures
    assert [(f.value, f.unit, f.quote) for f in found] == [
        (20.3e9, "EUR", "€20,3 Mrd"),
        (3.6, "percent", "3,6 %"),
        (3912e6, "EUR", "3.912"),
        (-2.1, "percent", "−2,1"),
    ]


def test_a_table_captioned_with_the_number_of_what_it_counts() -> None:
    text = (
        "Service jobs in Costa Rica by segment, December 2024 (number of employees)\n"
        "Segment\tEmployees\nShared services\t11,200\nSoftware\t8,900"
    )
    found = extract(text, date(2025, 5, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(11_200, "count"), (8_900, "count")]


def test_a_balance_below_zero_written_before_a_shared_dollar_sign_is_the_countrys() -> None:
    found = extract("Australia's net balance was -$2,493m.", date(2025, 12, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(-2493e6, "AUD")]


def test_a_prospectus_headed_by_a_company_in_capitals_is_the_companys() -> None:
    for header in ("KEDAI PAY BERHAD", "PAGOS DEL NORTE, S.A.B. DE C.V."):
        text = f"{header}\nPROSPECTUS\n\nOur payment volume in Malaysia and Mexico rose 41% in 2024."
        assert [f.geo for f in extract(text, date(2025, 9, 1), CATALOG).figures] == [None]


def test_a_caption_naming_the_year_ended_on_a_day_frames_the_lines_below() -> None:
    text = (
        "Mexico City, March 2026\n\n"
        "Selected operating data (for the year ended December 31, 2025)\n"
        "Payment volume: MXN 186.4 billion\nActive merchants: 68,400"
    )
    found = extract(text, date(2026, 3, 16), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(186.4e9, "2025"), (68_400, "2025")]


def test_a_caption_in_thousands_of_a_currency_written_with_a_quote() -> None:
    text = (
        "Table 7.1: Selected data (RM'000 unless stated otherwise)\n\n"
        "Item | 2023 | 2024\nRevenue | 48,215 | 66,930"
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [
        (48_215e3, "MYR", "2023"),
        (66_930e3, "MYR", "2024"),
    ]


def test_a_line_that_names_only_its_base_a_year_before_reports_the_month_after_it() -> None:
    text = (
        "Cargo rose 9.4% in January-September.\n• Parcels handled: 21.8 million, up 38.5% on September 2024."
    )
    found = extract(text, date(2025, 10, 14), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [
        (9.4, "2025-01/2025-09"),
        (21.8e6, "2025-09"),
        (38.5, "2025-09"),
    ]


def test_a_report_its_state_government_issues_is_the_states_and_so_is_the_state() -> None:
    text = (
        "GOVERNMENT OF TELANGANA\nAnnual Report 2024-25\n\n"
        "Key indicators, 2024-25\n- IT exports: Rs 3,02,567 crore\n\n"
        "Clients in the United States cut spending. The State's exports rose 12.8%."
    )
    found = extract(text, date(2025, 6, 12), CATALOG).figures
    assert [(f.value, f.geo) for f in found] == [(3_025_670e6, "Telangana"), (12.8, "Telangana")]


def test_rows_of_a_table_by_country_of_origin_or_merchant_location_are_partners_of_the_home() -> None:
    for caption in (
        "Table 4.1: Parcels imported into New Zealand by country of origin, 2024/25 (million items)",
        "Table 1. Parcels bought in New Zealand, by merchant location (million items)",
    ):
        lead = "New Zealand's customs cleared more parcels."
        text = f"{lead}\n\n{caption}\nOrigin | Items\nChina | 27.9\nAustralia | 5.1"
        found = extract(text, date(2025, 9, 1), CATALOG).figures
        assert [(f.value, f.geo) for f in found] == [(27.9e6, "New Zealand"), (5.1e6, "New Zealand")]


def test_a_note_whose_first_line_is_a_company_and_its_legal_form_is_the_companys() -> None:
    text = (
        "ATHENS CARGO TERMINALS S.A.\nMonthly Traffic Note\n\n"
        "Greece imported 24 million parcels in 2024, most of them from China.\n\n"
        "Inbound parcels: 2.38 million (+21.3% y/y)"
    )
    found = extract(text, date(2025, 9, 16), CATALOG).figures
    assert [f.geo for f in found] == ["Greece", None, None]


def test_labelled_lines_in_pesos_as_filings_write_them_are_statements_of_their_own() -> None:
    text = "Net loss: Ps.212 million\nNet revenue: Ps.2,610 million (approximately US$144 million)"
    assert [s.text for s in split_sentences(text)] == text.split("\n")
    found = extract(text, date(2026, 3, 1), CATALOG).figures
    assert [f.metric for f in found] == ["Net loss", "Net revenue", "Net revenue"]


def test_a_label_that_dates_its_count_with_as_of_a_day() -> None:
    found = extract("Active merchants as of December 31, 2025: 68,400", date(2026, 3, 1), CATALOG).figures
    assert [(f.value, f.metric) for f in found] == [(68_400, "Active merchants")]


def test_a_scale_written_onto_its_number_ends_a_sentence_and_a_bullet_starts_one() -> None:
    text = "Key statistics\n- Exports rose 2.3% to $6,412m.\n- Imports fell 0.8% to $8,905m. Mr. Lee said so."
    assert [s.text for s in split_sentences(text)] == [
        "Key statistics",
        "- Exports rose 2.3% to $6,412m.",
        "- Imports fell 0.8% to $8,905m.",
        "Mr. Lee said so.",
    ]


def test_a_bare_number_a_forecast_verb_looks_ahead_to_in_a_year_is_a_forecast_of_the_count() -> None:
    text = (
        "Ireland has 9 cable systems. ComReg expects the number of operational systems to reach 21 in 2026."
    )
    found = extract(text, date(2025, 7, 3), CATALOG)
    assert [(round(t.value), t.year, t.kind) for t in found.targets] == [(21, 2026, "forecast")]
    assert find_quantities("The team reached 21 in 2024.") == []


def test_a_goal_for_the_figure_just_given_is_a_goal_for_its_measure() -> None:
    text = (
        "Gujarat's IT exports were Rs 32,000 crore in 2024-25. "
        "The state government aims to take the figure to Rs 60,000 crore by 2027-28."
    )
    (target,) = extract(text, date(2025, 8, 20), CATALOG).targets
    assert target.metric == "Gujarat's IT exports"


def test_a_company_a_release_presents_with_a_possessive_is_the_company_of_the_text() -> None:
    text = (
        "PRESS RELEASE\nRecord sales day\n\n"
        "Phnom Penh, 13 November 2025 — Psarly, Cambodia's home-grown online marketplace, today announced "
        "record orders."
    )
    assert company_of_text(text) == "Psarly"


def test_one_of_a_kind_a_name_in_another_script_or_publ_still_names_the_company_of_the_text() -> None:
    release = (
        "PRESS RELEASE\n\nTAINAN, 3 May 2026 – Lanhua Shop (蘭花商店), one of Taiwan's biggest online "
        "retailers, today announced its results.\n\nOrders rose 12%."
    )
    transcript = (
        "Vikfrakt AB (publ) – Interim report January–June 2026\nGöteborg, 20 July 2026\n\nWe grew 4%."
    )
    assert (company_of_text(release), company_of_text(transcript)) == ("Lanhua Shop", "Vikfrakt")
    assert [f.geo for f in extract(transcript, date(2026, 7, 20), CATALOG).figures] == [None]


def test_a_web_business_named_by_its_site_over_its_report_is_the_company_of_the_text() -> None:
    report = "TIENDALO.COM.AR – SELLER REPORT 2025\nBuenos Aires, May 2026\n\nActive sellers grew 14%."
    assert company_of_text(report) == "Tiendalo"
    assert [f.geo for f in extract(report, date(2026, 5, 20), CATALOG).figures] == [None]
    news = "Infobae.com – Argentina's online sales rose 14%, the chamber said."
    assert company_of_text(news) is None


def test_a_body_its_header_names_releasing_its_own_numbers_is_the_company_of_the_text() -> None:
    release = (
        "Kauri Air Cargo\nMonthly Traffic Release – July 2025\n\nAUCKLAND, 14 August 2025 – Kauri Air Cargo, "
        "the freight division of Kauri Airways, today released its operating statistics.\n\n"
        "Cargo revenue was NZ$41.7 million."
    )
    assert company_of_text(release) == "Kauri Air Cargo"
    assert [f.geo for f in extract(release, date(2025, 8, 14), CATALOG).figures] == [None]
    study = release.replace("the freight division of Kauri Airways", "a research firm")
    assert own_release_company(study) is None
    index = (
        "KENTE PAY SPENDING INDEX\nEdition: H1 2026\n\nKente Pay, the card network operating in Ghana, Togo "
        "and Benin, publishes this index twice a year.\n\nGhanaian cardholders spent 16% more."
    )
    assert own_release_company(index) == "Kente Pay"


def test_of_countries_named_as_often_the_one_whose_city_heads_the_text_is_its_own() -> None:
    note = (
        "Costing Note 3/2026\nMadrid, 2 March 2026\n\nThe levy raised €310 million in 2025, most of it from "
        "groups based in the United States. US officials object to the levy. Spain collects it yearly, as "
        "Spain did in 2024."
    )
    assert [f.geo for f in extract(note, date(2026, 3, 2), CATALOG).figures][:1] == ["Spain"]


@pytest.mark.parametrize(
    "caption", ["Sub-indices (seasonally adjusted, index points)", "Sub-indices (diffusion index)"]
)
def test_a_table_captioned_in_index_points_holds_readings_of_the_month_of_their_column(caption: str) -> None:
    text = (
        caption
        + "\nComponent | Apr 2026 | May 2026\nNew orders | 51.0 | 53.2\nCross-border orders | 47.5 | 49.9"
    )
    figures = extract(text, date(2026, 6, 3), CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.period) for f in figures] == [
        (51.0, "count", "other", "2026-04"),
        (53.2, "count", "other", "2026-05"),
        (47.5, "count", "other", "2026-04"),
        (49.9, "count", "other", "2026-05"),
    ]


def test_an_index_release_reads_its_headline_its_dotted_sub_indices_its_moves_and_its_outlook() -> None:
    text = (
        "Andes Card Network\nCross-Border Spending Index: Q3 2025 release\n\nThe Andes Card Network "
        "Cross-Border Spending Index, which follows card and account-to-account payments made by residents "
        "of the three member countries to merchants located abroad, rose to 131.7 in the third quarter of "
        "2025. The reading was 4.2 points higher than in the second quarter.\n\n"
        "Sub-indices, Q3 2025 (index points, base period Q1 2021)\nGames and apps ........ 148.3\n"
        "Clothing ........ 112.9\n\nThe network expects the index to climb above 140 by the end of 2026."
    )
    found = extract(text, date(2025, 10, 20), CATALOG)
    assert [(f.value, f.unit, f.kind) for f in found.figures] == [
        (131.7, "count", "other"),
        (4.2, "percentage_point", "change"),
        (148.3, "count", "other"),
        (112.9, "count", "other"),
    ]
    assert [(t.value, t.unit, t.comparator, t.year) for t in found.targets] == [(140, "count", ">", 2026)]


def test_an_index_by_its_abbreviation_its_hyphenated_moves_and_readings_named_as_such() -> None:
    text = (
        "Lagoon Pay\nCross-Border Shopping Index (CBSI), Q2 2025\n\nThe CBSI rose to 131.2 in the second "
        "quarter of 2025, up from 125.0 in the first quarter and 117.9 a year earlier. The 6.2-point "
        "quarterly gain was the largest yet; each 0.5-point rise adds about 1,000 jobs.\n\n"
        "Sub-index readings by market, Q2 2025\nBenin | 140.6\nTogo | 122.4\n\n"
        "Lagoon Pay expects the CBSI to exceed 135 in the third quarter of 2025."
    )
    found = extract(text, date(2025, 7, 20), CATALOG)
    assert [(f.value, f.unit) for f in found.figures if f.unit != "count" or f.kind == "other"] == [
        (131.2, "count"),
        (125.0, "count"),
        (117.9, "count"),
        (6.2, "percentage_point"),
        (140.6, "count"),
        (122.4, "count"),
    ]
    assert [(t.value, t.comparator, t.year) for t in found.targets] == [(135, ">", 2025)]


def test_a_countrys_prefectures_are_named_for_it_when_the_text_is_weighed() -> None:
    text = (
        "Japan Parcel Association\nMonthly note\n\nShippers from Japan sent more parcels. Customs checks in "
        "the United States slowed them, and the United States suspended its exemption.\n\n"
        "Firms in Fukuoka Prefecture shipped 4% more. Aichi firms shipped 2% less.\n\nRates rose to ¥2,850."
    )
    found = extract(text, date(2026, 6, 3), CATALOG).figures
    assert [(f.unit, f.geo) for f in found] == [
        ("percent", "Fukuoka"),
        ("percent", "Aichi"),
        ("JPY", "Japan"),
    ]


def test_a_caption_in_millions_of_a_currency_code_and_dotted_thousands_of_a_text_with_decimal_commas() -> (
    None
):
    text = (
        "Chile's GMV rose 16,4% and orders 12,5% in 2025.\n\n"
        "GMV by category, 2025 (millions of CLP)\nElectronics\t612.300\nHome and furniture\t498.100"
    )
    found = extract(text, date(2026, 4, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in found][2:] == [(612.3e9, "CLP"), (498.1e9, "CLP")]
    assert not extract("Reach (millions of try)\nSydney | 4.1", date(2026, 4, 1), CATALOG).figures


def test_a_column_of_counts_by_province_and_halves_written_1st_and_2nd() -> None:
    text = (
        "Firms by province\nProvince | Registered firms (number)\nPunjab | 14,320\n\n"
        "Card transactions (billion)\nInstrument | 1st half 2024 | 1st half 2025\nCredit card | 10.8 | 11.6"
    )
    figures = extract(text, date(2025, 9, 1), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in figures] == [
        (14320, "count", None),
        (10.8e9, "count", "2024-H1"),
        (11.6e9, "count", "2025-H1"),
    ]
    assert "Registered firms" in figures[0].metric


@pytest.mark.parametrize(
    ("header", "city"),
    [
        ("BUSAN PORT AUTHORITY", "Busan"),
        # (a customs department of a city, in the country's currency, which names the country too)
        ("HAI PHONG CUSTOMS DEPARTMENT", "Hai Phong"),
        ("Ho Chi Minh City Customs Department", "Ho Chi Minh City"),
    ],
)
def test_a_city_authority_heading_its_report_makes_the_city_its_place(header: str, city: str) -> None:
    text = (
        f"{header}\nMonthly Review\n\nParcels cleared rose 3.1% in July 2025 to VND 2,315 billion. "
        "Imports made up 70% of the value.\n\nThe value cleared came to VND 14,210 billion in January-July."
    )
    assert {f.geo for f in extract(text, date(2025, 8, 2), CATALOG).figures} == {city}


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("INCHEON INTERNATIONAL AIRPORT CORPORATION\nAnnual Traffic Review 2024", "Incheon"),
        ("HANG NADIM INTERNATIONAL AIRPORT, BATAM\nANNUAL TRAFFIC REVIEW 2024", "Batam"),
        ("Budapest Airport Zrt. - Cargo Business Unit\nAnnual Traffic Review 2024", "Budapest"),
        (
            "PORTS AUTHORITY\n\nMOMBASA, 12 February 2025 - The Port of Mombasa handled 1.2 million TEU.",
            "Mombasa",
        ),
        # (a venue's line, with its date; an airport named in a sentence: their cities' countries)
        (
            "PRESS BRIEFING\nDirectorate General of Customs\n"
            "Muscat International Airport Cargo Village, 18 February 2025",
            "Oman",
        ),
        (
            "EDITORIAL\n\nEvery morning the sorting hall near Lisbon airport fills with 4,000 packages.",
            "Portugal",
        ),
    ],
)
def test_an_airport_or_port_heading_its_report_makes_its_city_the_place(header: str, place: str) -> None:
    text = f"{header}\n\nE-commerce cargo rose 12.5% in 2024."
    assert extract(text, date(2025, 2, 14), CATALOG).figures[-1].geo == place


def test_a_listed_stocks_own_date_frames_its_item_not_the_items_after_it() -> None:
    text = (
        "Results for 2025\n- Sellers registered: 61 as at the end of January 2026\n"
        "- Parcels cleared: 92.4 million, up 14 percent from 2024"
    )
    figures = extract(text, date(2026, 3, 1), CATALOG).figures
    assert [f.period for f in figures] == ["2026-01", "2025", "2025"]


def test_a_press_release_whose_lead_presents_a_company_reports_the_companys_own_numbers() -> None:
    release = (
        "PRESS RELEASE\n\nHANOI, 3 December 2025 – Cho Moi, one of Vietnam's largest online "
        "marketplaces, today announced its sales festival results.\n\n- Orders: 4.2 million, up 9%"
    )
    study = release.replace("today announced its sales festival results", "today released its annual study")
    assert {f.geo for f in extract(release, date(2025, 12, 3), CATALOG).figures} == {None}
    assert {f.geo for f in extract(study, date(2025, 12, 3), CATALOG).figures} == {"Vietnam"}


def test_a_value_a_plan_says_a_measure_is_to_reach_in_the_current_year_is_a_goal_for_that_year() -> None:
    text = "Under the plan, e-commerce is to reach 12% of retail sales in 2026 and 20% by 2030."
    targets = extract(text, date(2026, 2, 1), CATALOG).targets
    assert [(t.value, t.year, t.kind) for t in targets] == [(12.0, 2026, "target"), (20.0, 2030, "target")]


def test_a_stock_expected_to_stand_at_a_value_on_a_day_is_a_forecast_for_that_days_year() -> None:
    text = "Foreign reserves are expected to stand at NT$5.2 trillion on 31 December 2026."
    (target,) = extract(text, date(2026, 5, 2), CATALOG).targets
    assert (target.value, target.year, target.kind, target.metric) == (
        5.2e12,
        2026,
        "forecast",
        "Foreign reserves",
    )
    (figure,) = extract(
        "Reserves stood at NT$5.1 trillion on 31 March 2026.", date(2026, 5, 2), CATALOG
    ).figures
    assert figure.period == "2026-03"


def test_growth_over_the_n_years_or_restating_two_levels_runs_between_their_years() -> None:
    text = "Sales reached €4.2 billion in 2024. They grew 40% over the four years, or 9% a year on average."
    figures = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [f.period for f in figures] == ["2024", "2020/2024", "2020/2024"]
    text = "Sales reached €4.2 billion in 2024, against €3.0 billion in 2021. That is a rise of 40%."
    assert [f.period for f in extract(text, date(2025, 3, 1), CATALOG).figures][-1] == "2021/2024"
    text = "Fees rose from 10.5% in 2021 to 13.1% in 2024, an increase of 2.6 percentage points."
    assert [f.period for f in extract(text, date(2025, 3, 1), CATALOG).figures][-1] == "2021/2024"
    text = "Sales totalled €4.2 billion in 2024, up 40% from €3.0 billion in 2021."
    assert [f.period for f in extract(text, date(2025, 3, 1), CATALOG).figures][1] == "2021/2024"


def test_a_paragraph_opening_on_a_company_with_a_bracket_after_its_name_gives_its_numbers() -> None:
    text = (
        "Kenya's startups raised $410m in 2025.\n\n"
        "PesaLink (payouts for freelancers)\n• Payments processed in Q3: $14.2m\n\n"
        "DukaBox (Mombasa) ships parcels for small sellers. It handled 310,000 parcels last year."
    )
    assert [f.geo for f in extract(text, date(2026, 1, 10), CATALOG).figures] == ["Kenya", None, None]


def test_a_caption_naming_columns_with_colons_and_a_column_of_codes() -> None:
    text = (
        "Table 3  Exports by customs mode, 2024\n(Value: RMB 100 million; Growth: % year on year)\n"
        "Mode | Code | Value | Growth\nB2B direct export | 9710 | 88.5 | 12.4"
    )
    figures = extract(text, date(2025, 5, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in figures] == [(8.85e9, "CNY"), (12.4, "percent")]


def test_growth_raised_from_one_rate_to_another_against_a_value_first_published_earlier() -> None:
    text = (
        "Sales in Q1 2025 are now put at €8.3 billion, against the €7.9 billion published in June. "
        "Year-on-year growth for that quarter has been raised from 4.1 to 9.6 percent."
    )
    figures = extract(text, date(2025, 9, 12), CATALOG).figures
    assert [(f.kind, f.period) for f in figures] == [
        ("level", "2025-Q1"), ("level", "2025-Q1"), ("change", "2025-Q1"), ("change", "2025-Q1"),
    ]  # fmt: skip


def test_a_goal_naming_no_year_under_a_heading_on_the_year_ahead_is_for_that_year() -> None:
    text = (
        "Work report\n\n4. Priorities for 2027\n(2) Digital trade. We will strive for growth of more than 8% "
        "in digital services exports, and help firms open at least 50 overseas warehouses."
    )
    targets = extract(text, date(2027, 1, 20), CATALOG).targets
    assert [(t.value, t.comparator, t.year) for t in targets] == [(8.0, ">", 2027), (50.0, ">=", 2027)]


def test_an_objective_is_a_goal_not_a_forecast() -> None:
    (target,) = extract(
        "Our medium-term objective is a take rate of at least 1.50% by 2028.", PUBLISHED, CATALOG
    ).targets
    assert (target.value, target.comparator, target.kind) == (1.5, ">=", "target")


def test_a_growth_rate_revised_to_a_value_is_a_change() -> None:
    text = "Quarterly growth in the June quarter has been revised to 1.9%. The share was revised to 22%."
    assert [f.kind for f in extract(text, PUBLISHED, CATALOG).figures] == ["change", "share"]


def test_attrition_that_eased_is_a_share_and_growth_at_an_average_rate_a_year_is_compound() -> None:
    text = (
        "Attrition eased to 13.5% in 2025. Over the past five years, offshoring exports have grown at an "
        "average rate of 7.9% a year."
    )
    assert [f.kind for f in extract(text, PUBLISHED, CATALOG).figures] == ["share", "cagr"]


def test_a_count_on_a_labelled_line_of_highlights_is_of_the_period_they_report() -> None:
    text = (
        "Phnom Penh, 13 November 2025 — Psarly today announced the results of its sale, which ran for 72 "
        "hours from 9 to 11 November.\n\nHighlights\n- GMV: US$ 14.8 million, up 41%\n"
        "- Orders placed: 1.26 million"
    )
    found = extract(text, date(2025, 11, 13), CATALOG).figures
    assert [(f.value, f.period) for f in found][-1] == (1.26e6, "2025-11")


def test_a_foreign_country_that_accounted_for_a_share_of_a_flow_is_the_homes_market() -> None:
    text = (
        "Morocco's offshoring exports reached MAD 21.4 billion in 2024. "
        "France alone accounted for 65% of offshoring exports in 2024. "
        "North America accounted for roughly 55% of the industry's revenue."
    )
    assert [f.geo for f in extract(text, PUBLISHED, CATALOG).figures] == ["Morocco", "Morocco", "Morocco"]


def test_dh_is_the_dirham_of_the_country_the_text_is_about() -> None:
    text = "Morocco's offshoring exports reached MAD 21.4 billion. Investment came to DH 1.6 billion."
    assert [f.unit for f in extract(text, PUBLISHED, CATALOG).figures] == ["MAD", "MAD"]
    gulf = "The UAE's online sales reached Dh 31 billion in 2024."
    assert [f.unit for f in extract(gulf, PUBLISHED, CATALOG).figures] == ["AED"]


def test_a_period_that_opens_a_later_clause_is_that_clauses() -> None:
    text = (
        "Last year, China's services trade reached 3.08 trillion yuan. Cross-border e-commerce trade came to "
        "2.71 trillion yuan, and in the first four months of this year it grew by a further 5.8 percent. "
        "Exports reached $5bn, and imports $3bn in 2024."
    )
    found = extract(text, date(2026, 5, 22), CATALOG).figures
    assert [f.period for f in found] == ["2025", "2025", "2026-01/2026-04", "2024", "2024"]


def test_a_percentage_of_people_who_did_something_is_a_share_whatever_the_clause_before_did() -> None:
    text = "Our survey found that 38% had lost a foreign client during 2024, and 57% named labour costs."
    assert [(f.value, f.kind) for f in extract(text, PUBLISHED, CATALOG).figures] == [
        (38, "share"),
        (57, "share"),
    ]


def test_every_national_currency_names_a_country_the_places_know() -> None:
    assert {country for country in CURRENCY_COUNTRY.values() if country not in COUNTRIES} == set()


def test_a_forecast_of_bare_growth_after_a_forecast_of_an_amount_is_that_amounts_growth() -> None:
    text = (
        "For 2025 we expect online goods sales of around €81 billion. "
        "For 2026 we forecast growth of 3 to 4 %."
    )
    found = extract(text, PUBLISHED, CATALOG).targets
    assert [t.metric for t in found] == [
        "online goods sales",
        "online goods sales growth",
        "online goods sales growth",
    ]


def test_an_index_base_is_no_period_and_its_reading_in_points_is_where_it_stands() -> None:
    report = (
        "Nordlys Parcel Index – Q3 2026\n\nKey readings\n• Index: 131.7 points (Q1 2020 = 100), +4.8% on a "
        "year earlier\n\nThe index rose to 131.7 points, up 2.2 points on the quarter."
    )
    found = extract(report, date(2026, 10, 20), CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.period) for f in found] == [
        (131.7, "count", "other", "2026-Q3"),
        (4.8, "percent", "change", "2026-Q3"),
        (131.7, "count", "other", "2026-Q3"),
        (2.2, "percentage_point", "change", "2026-Q3"),
    ]


def test_a_networks_index_of_its_own_traffic_places_none_of_its_customers_markets() -> None:
    report = (
        "Halvard Pay Online Spending Index – H1 2026\n\nThe Halvard Pay Online Spending Index, which follows "
        "card payments processed on Halvard Pay's network, rose 9.1% in the half.\n\nFinland\nPayments "
        "by Finnish cardholders at foreign web shops came to €640 million, up 7%.\n\nFor the country as a "
        "whole, Statistics Finland puts online imports of goods at €4.2 billion in 2025."
    )
    assert own_release_company(report) == "Halvard Pay"
    found = extract(report, date(2026, 8, 4), CATALOG).figures
    assert [(f.value, f.geo) for f in found] == [
        (9.1, None),
        (640e6, None),
        (7, None),
        (4.2e9, "Finland"),
    ]


def test_thousands_set_apart_by_apostrophes_under_a_unit_line_of_their_own() -> None:
    text = (
        "Insurance services trade by mode of supply, 2025\nIn CHF million\nMode | Exports | Imports\n"
        "Mode 1 – cross-border supply | 8'415 | 6’230\n\nPremiums ceded abroad reached CHF 1'250 million. "
        "Registered insurers totalled 1'140."
    )
    found = extract(text, date(2026, 3, 9), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [
        (8415e6, "CHF"),
        (6230e6, "CHF"),
        (1250e6, "CHF"),
        (1140, "count"),
    ]
    assert [f.metric for f in found[:2]] == ["cross-border supply exports", "cross-border supply imports"]


def test_a_caption_in_millions_of_a_measures_abbreviation_heads_rows_of_that_measure() -> None:
    text = (
        "RTK by region, June 2026 (million RTK; change on June 2025 in %)\nRegion | RTK | Change\n"
        "North Atlantic | 412 | +3.1\nSouth Pacific | 96 | -1.4"
    )
    found = extract(text, date(2026, 7, 8), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (412e6, "count", "count"),
        (3.1, "percent", "change"),
        (96e6, "count", "count"),
        (-1.4, "percent", "change"),
    ]
    assert all("RTK" in f.metric for f in found)


def test_shares_of_groups_in_states_are_the_states_and_the_next_paragraph_the_countrys() -> None:
    text = (
        "The bank surveyed 960 exporters across Australia.\n\n"
        "Sellers in Queensland made up 38% of respondents and sellers in Tasmania 9%. Tasmania's were the "
        "most upbeat, and Tasmania's island freight costs the highest.\n\n"
        "Average export revenue per firm rose 7% to A$2.4 million, or A$2.1 million after freight."
    )
    found = extract(text, date(2026, 4, 2), CATALOG).figures
    assert [(f.value, f.geo) for f in found] == [
        (960, "Australia"),
        (38, "Queensland"),
        (9, "Tasmania"),
        (7, "Australia"),
        (2.4e6, "Australia"),
        (2.1e6, "Australia"),
    ]


def test_a_caption_in_shares_of_respondents_heads_rows_of_percentages() -> None:
    text = (
        "Table 3: Main obstacles to selling abroad, 2026 (share of respondents, %)\nObstacle | Share\n"
        "Slow payments | 61\nReturns | 47"
    )
    found = extract(text, date(2026, 6, 1), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [(61, "percent", "share"), (47, "percent", "share")]


def test_the_value_a_correction_rejects_after_not_is_no_figure() -> None:
    text = (
        "CORRECTION\n\nExports of software services from Kerala were Rs 412 crore in 2025, not Rs 4,120 "
        "crore as published. They rose 18 per cent, not 81 per cent."
    )
    found = extract(text, date(2026, 2, 3), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(4.12e9, "INR"), (18, "percent")]


def test_power_and_weight_counted_in_their_units_are_levels_and_containers_counts() -> None:
    text = (
        "The Lisbon campus runs 36 MW of IT load. Air cargo totalled 84,300 tonnes. "
        "The terminal handled 512,000 TEU."
    )
    found = extract(text, date(2026, 2, 3), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (36, "count", "level"),
        (84300, "count", "level"),
        (512000, "count", "count"),
    ]


def test_average_growth_a_year_after_two_levels_is_a_cagr_between_their_years() -> None:
    text = (
        "Danish firms exported game-development services worth DKK 9.6 billion in 2025, up from DKK 4.1 "
        "billion in 2017. That works out at average growth of 11.2 percent a year."
    )
    found = extract(text, date(2026, 3, 2), CATALOG).figures
    assert [(f.kind, f.period) for f in found] == [
        ("level", "2025"),
        ("level", "2017"),
        ("cagr", "2017/2025"),
    ]


def test_a_reports_years_frame_its_key_figures_whose_labels_name_their_own_time() -> None:
    text = (
        "Until May 2024 the scheme was run by the ministry. The audit covered the years 2020 to 2023.\n\n"
        "Key figures\nBudget 2020–2023: EUR 22.5 million\n"
        "Funds paid out by 31 December 2023: EUR 17.9 million\nAverage grant: EUR 14,200"
    )
    found = extract(text, date(2024, 11, 5), CATALOG).figures
    assert [(f.metric, f.period) for f in found] == [
        ("Budget", "2020/2023"),
        ("Funds paid out", "2020/2023"),
        ("Average grant", "2020/2023"),
    ]


def test_a_market_ranked_in_three_words_is_the_exporters_and_a_table_of_shares_holds_shares() -> None:
    text = (
        "The bank surveyed 540 Finnish exporters.\n\n"
        "Sweden is the most important online market, named by 58% of online exporters.\n\n"
        "Table 4. Expected change in export orders in 2027, % of respondents\nIncrease | 41\nDecrease | 12"
    )
    found = extract(text, date(2026, 10, 1), CATALOG).figures
    assert [(f.value, f.kind, f.geo) for f in found][1:] == [
        (58, "share", "Finland"),
        (41, "share", "Finland"),
        (12, "share", "Finland"),
    ]


def test_a_forecast_range_repeating_rs_and_a_number_of_things_to_reach_a_range() -> None:
    text = (
        "The new levy is expected to yield Rs. 2.2 billion to Rs. 2.6 billion in 2026. The agency expects "
        "the number of licensed couriers to reach 40 to 45 in 2026."
    )
    found = extract(text, date(2025, 11, 3), CATALOG).targets
    assert [(t.value, t.comparator, t.year) for t in found] == [
        (2.2e9, ">=", 2026),
        (2.6e9, "<=", 2026),
        (40, ">=", 2026),
        (45, "<=", 2026),
    ]


def test_sellers_abroad_taking_a_share_of_the_homes_spending_are_the_homes_figure() -> None:
    text = (
        "Danish households spent DKK 18 billion at foreign web shops in 2025. German sites took 31% of that, "
        "and Chinese marketplaces 22%."
    )
    found = extract(text, date(2026, 2, 1), CATALOG).figures
    assert [f.geo for f in found] == ["Denmark", "Denmark", "Denmark"]


def test_an_item_after_a_semicolon_in_a_labelled_line_names_itself_and_an_improvement_is_a_change() -> None:
    text = (
        "Highlights\n• Operating profit: €41 million; operating margin of 7.2%, an improvement of 1.3 "
        "percentage points"
    )
    found = extract(text, date(2026, 5, 4), CATALOG).figures
    assert [f.metric for f in found] == ["Operating profit", "operating margin", "operating margin"]


def test_that_is_about_an_amount_in_another_currency_restates_the_last_amount() -> None:
    text = (
        "Software exports reached Rs 24.1 billion in 2025, up 19% on 2024. That is about US$178 million. "
        "That was 3.9 billion rupees larger than a year earlier."
    )
    found = extract(text, date(2026, 3, 1), CATALOG).figures
    assert [(f.unit, f.equivalent_of) for f in found] == [
        ("INR", None),
        ("percent", None),
        ("USD", 0),
        ("INR", None),
    ]


def test_foreign_clients_accounting_for_a_share_of_the_states_exports_are_the_states_figure() -> None:
    text = (
        "Karnataka's software exports stood at Rs 4,10,000 crore in 2024-25. US clients account for roughly "
        "58 per cent of the state's IT exports."
    )
    found = extract(text, date(2025, 7, 1), CATALOG).figures
    assert [f.geo for f in found] == ["Karnataka", "Karnataka"]


def test_the_previous_years_amount_after_over_is_that_years_and_the_base_of_the_change() -> None:
    text = (
        "Exports in 2024 stood at $305 billion, a growth of 13.8 per cent over the previous year's $268 "
        "billion."
    )
    found = extract(text, date(2025, 6, 12), CATALOG).figures
    assert [f.period for f in found] == ["2024", "2024", "2023"]


def test_things_that_were_founded_in_a_period_are_counted_in_it() -> None:
    text = "2,310 fintech firms were founded in the first half, 7% more than in the same period of 2024."
    found = extract(text, date(2025, 9, 1), CATALOG).figures
    assert [f.period for f in found] == ["2025-H1", "2025-H1"]
    founded = extract("The firm was founded in 2012 and has 310 staff.", date(2025, 9, 1), CATALOG).figures
    assert [f.period for f in founded] == [None]


def test_employment_in_a_place_that_rose_by_a_number_is_a_count_that_moved() -> None:
    text = "Software employment in the state rose by 48,200 in 2024 to 6.1 lakh."
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert [(f.value, f.kind, f.metric) for f in found] == [
        (48200, "change", "Software employment in the state"),
        (pytest.approx(610000), "count", "Software employment in the state"),
    ]


def test_a_forecast_over_the_whole_of_a_year_is_for_that_year() -> None:
    text = "The Secretariat expects services exports to exceed €105,000 million over the whole of 2025."
    extraction = extract(text, date(2025, 10, 17), CATALOG)
    assert not extraction.figures
    assert [(t.value, t.comparator, t.year) for t in extraction.targets] == [(105e9, ">", 2025)]


def test_a_second_measure_after_an_aside_on_the_first_goal_shares_its_year() -> None:
    text = (
        "The Board now expects FY26 Group GMV of £2.30bn-£2.36bn, towards the upper end of previous "
        "guidance, and an adjusted EBITDA margin of around 8%."
    )
    targets = extract(text, date(2026, 1, 22), CATALOG).targets
    assert [(t.value, t.comparator, t.year) for t in targets][-1] == (8, "~", 2026)


def test_a_conversion_after_the_amounts_own_time_restates_it() -> None:
    text = (
        "Exports rose to €231.9 billion last year (about $250 billion). Online sales totalled 901.3 billion "
        "pesos in 2025, about US$48 billion."
    )
    found = extract(text, date(2026, 2, 12), CATALOG).figures
    assert [f.equivalent_of for f in found] == [None, 0, None, 2]


def test_a_row_label_names_its_unit_after_a_comma() -> None:
    text = (
        "Table 5.1 – Headline indicators: baseline (2024) and goal (2030)\n"
        "Indicator | Baseline 2024 | Goal 2030\n"
        "Firms that sell online, % of all firms | 14 | 35\n"
        "Outbound parcels, thousands per year | 310 | 1,200"
    )
    extraction = extract(text, date(2025, 6, 24), CATALOG)
    assert [(f.value, f.unit, f.metric) for f in extraction.figures] == [
        (14, "percent", "Firms that sell online share"),
        (310_000, "count", "Outbound parcels"),
    ]
    assert [(t.value, t.unit, t.year) for t in extraction.targets] == [
        (35, "percent", 2030),
        (1.2e6, "count", 2030),
    ]


def test_a_rank_among_the_worlds_economies_does_not_place_the_figures_after_it_in_the_world() -> None:
    text = (
        "Output growth is projected to ease to 2.2 percent in 2026 as higher global tariffs bite, and to "
        "settle near 2.5 percent by 2030.\n\nDigital trade\nSingapore remains one of the world's most "
        "connected economies. Its exports of digitally delivered services rose 8.5 percent to US$212 billion "
        "in 2024."
    )
    found = extract(text, date(2026, 2, 20), CATALOG).figures
    assert [f.geo for f in found] == ["Singapore", "Singapore"]


def test_a_table_set_out_with_dot_leaders_under_a_caption_of_counts_and_their_time() -> None:
    text = (
        "Vietnam Post handled more parcels.\n\n"
        "Outbound items by province of origin (million items, H1 2024)\n"
        "Ho Chi Minh City ........ 9.8\n"
        "Da Nang* ................ 1.3\n"
        "Other provinces ......... 2.0\n\n"
        "Tasks for 2026\n"
        "The Tax Department aims to collect at least VND 170,000 billion from e-commerce in 2026."
    )
    extraction = extract(text, date(2024, 7, 16), CATALOG)
    assert [(f.value, f.unit, f.period, f.geo) for f in extraction.figures] == [
        (9.8e6, "count", "2024-H1", "Ho Chi Minh City"),
        (1.3e6, "count", "2024-H1", "Da Nang"),
        (2e6, "count", "2024-H1", "Vietnam"),
    ]
    assert [t.geo for t in extraction.targets] == ["Vietnam"]


def test_rows_labelled_by_their_time_measure_what_the_caption_breaks_down_by_time() -> None:
    text = (
        "Lisbon Post, parcels report, Q1 2024.\n\n"
        "Inbound volumes by month (million items)\n"
        "January ..... 3.4\n"
        "February ....  3.0\n\n"
        "2. Key indicators (millions)\n"
        "| Indicator | Q1 2024 | Q2 2024 |\n"
        "| Mobile subscriptions | 38.9 | 39.7 |\n\n"
        "Receipts by quarter (€ million)\n"
        "Q1 2024 .......... 139.6\n"
        "Q2 2024 .......... 143.8"
    )
    found = extract(text, date(2024, 7, 8), CATALOG).figures
    assert [(f.value, f.unit, f.period, f.metric) for f in found] == [
        (3.4e6, "count", "2024-01", "Inbound volumes"),
        (3.0e6, "count", "2024-02", "Inbound volumes"),
        (38.9e6, "count", "2024-Q1", "Mobile subscriptions"),
        (39.7e6, "count", "2024-Q2", "Mobile subscriptions"),
        (139.6e6, "EUR", "2024-Q1", "Receipts"),
        (143.8e6, "EUR", "2024-Q2", "Receipts"),
    ]


def test_a_table_without_a_caption_unit_reads_the_columns_whose_heading_names_one() -> None:
    text = (
        "Japan's online shopping market grew to 24.8 trillion yen in 2023.\n\n"
        "Table: Online shopping by prefecture, 2023\n"
        "Prefecture | Households ordering online (%) | Monthly spending per household (yen) | Rank\n"
        "Tokyo | 66.1 | 26,900 | 1\n"
        "Osaka | 57.9 | 21,300 | 2"
    )
    found = extract(text, date(2024, 10, 8), CATALOG).figures[1:]
    assert [(f.value, f.unit) for f in found] == [
        (66.1, "percent"),
        (26_900, "JPY"),
        (57.9, "percent"),
        (21_300, "JPY"),
    ]
    # a row naming only a place measures what its column's heading names, of what the caption breaks down
    assert [f.metric for f in found[2:]] == [
        "Households ordering online",
        "Online shopping: Monthly spending per household",
    ]


def test_a_caption_giving_the_change_in_per_cent_after_a_comma_makes_the_change_column_percentages() -> None:
    text = (
        "Krama Market grew fast in Cambodia last year.\n\n"
        "GMV by category, 2025\n"
        "(US$ million; change on 2024, per cent)\n\n"
        "Category                        GMV  Change\n"
        "Fashion and accessories        48.2    +21\n"
        "Electronics and phones         39.6     +4"
    )
    found = extract(text, date(2026, 2, 10), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (48.2e6, "USD", "level"),
        (21, "percent", "change"),
        (39.6e6, "USD", "level"),
        (4, "percent", "change"),
    ]


def test_a_text_that_says_what_year_its_data_are_for_dates_its_numbers_by_it_not_by_its_title() -> None:
    text = (
        "Communications Market Report 2025\n\n"
        "This report presents data for calendar 2024. [Data are for 2024 unless stated otherwise.]\n\n"
        "KEY FINDINGS\n"
        "• Total telecommunications revenues: $56.3 billion, up 2.1% from 2023\n"
        "• Retail fixed internet revenues: $14.9 billion"
    )
    found = extract(text, date(2025, 12, 4), CATALOG).figures
    assert [f.period for f in found] == ["2024", "2024", "2024"]


def test_a_ratio_written_as_a_multiple_is_its_value_not_a_change() -> None:
    text = "Net leverage rose to 1.9x at end-March, from 1.6x a year earlier. Sales grew 2.4x in 2024."
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert [f.kind for f in found] == ["other", "other", "change"]


def test_trade_agreements_blocs_are_places() -> None:
    text = (
        "Trade among CPTPP members was worth US$1.1 trillion in 2024; RCEP economies traded US$5.6 trillion."
    )
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert [f.geo for f in found] == ["CPTPP", "RCEP"]


def test_a_report_headed_by_a_companys_legal_name_whose_lead_has_it_act_is_its_own() -> None:
    text = (
        "HARBOUR POST CORPORATION\nCross-Border Parcel Report: First Half 2024\n\n"
        "Harbour Post handled 41.6 million international parcels in Vietnam in the first half of 2024."
    )
    assert own_release_company(text) == "Harbour Post"
    assert own_release_company("HENAN AIRPORT GROUP\nMonthly Cargo Note\n\nCargo rose 5% in Henan.") is None


def test_a_survey_that_says_its_results_refer_to_a_state_and_a_year_places_and_dates_them() -> None:
    text = (
        "SURVEY OF SMALL EXPORTERS 2025: PARANÁ\n\n"
        "Banco Sulino interviewed 1,036 exporting firms in Paraná and 412 firms in Santa Catarina. Unless "
        "noted, results refer to Paraná and to the 2024 calendar year.\n\n"
        "• 46% of respondents sold abroad through at least one digital channel."
    )
    found = extract(text, date(2025, 3, 18), CATALOG).figures
    assert [(f.period, f.geo) for f in found][-1] == ("2024", "Paraná")


def test_the_hksar_government_is_hong_kongs() -> None:
    text = "The HKSAR Government said 1,200 firms joined the data scheme in 2025."
    found = extract(text, date(2026, 2, 25), CATALOG).figures
    assert [f.geo for f in found] == ["Hong Kong"]


def test_a_place_in_a_reporting_companys_name_is_not_the_place_of_its_numbers() -> None:
    text = (
        "HARBOUR VIETNAM POST CORPORATION\nCross-Border Parcel Report: First Half 2024\n\n"
        "Harbour Vietnam Post handled 41.6 million international parcels in the first half of 2024."
    )
    found = extract(text, date(2024, 7, 16), CATALOG).figures
    assert [f.geo for f in found] == [None]


def test_rows_under_a_caption_by_provincial_office_are_each_places_share_of_the_measure() -> None:
    text = (
        "Collections by provincial tax office, 2025 (VND billion)\n"
        "Ho Chi Minh City ...... 48,300\n"
        "Hanoi .................. 41,900"
    )
    found = extract(text, date(2026, 1, 27), CATALOG).figures
    assert [(f.geo, f.metric) for f in found] == [
        ("Ho Chi Minh City", "Collections"),
        ("Hanoi", "Collections"),
    ]


def test_they_after_a_count_are_the_things_counted_doing_what_the_amount_measures() -> None:
    text = (
        "By the end of 2025, 139 foreign suppliers, including Google and Apple, had registered through the "
        "e-portal. They paid VND 9,820 billion during the year."
    )
    found = extract(text, date(2026, 1, 27), CATALOG).figures
    assert [f.metric for f in found] == ["foreign suppliers", "foreign suppliers paid"]


def test_a_caption_ending_in_its_unit_and_a_note_in_brackets_gives_the_rows_their_unit() -> None:
    text = (
        "Table 1: Key figures and estimates, € million (years to December)\n"
        "Item | 2025A | 2026E\n"
        "Adj. EBITDA | 48.3 | 61.4"
    )
    extraction = extract(text, date(2026, 3, 12), CATALOG)
    assert [(f.value, f.unit) for f in extraction.figures] == [(48.3e6, "EUR")]
    assert [(t.value, t.unit, t.year) for t in extraction.targets] == [(61.4e6, "EUR", 2026)]


def test_an_analysts_twelve_month_target_price_is_a_forecast_for_a_year_on() -> None:
    text = "Rating: BUY (unchanged)\n12-month target price: €14.20 (raised)"
    extraction = extract(text, date(2026, 3, 12), CATALOG)
    assert not extraction.figures
    assert [(t.value, t.year, t.kind, t.metric) for t in extraction.targets] == [
        (14.2, 2027, "forecast", "target price")
    ]


def test_tonnes_are_amounts_of_weight_in_lines_and_in_tables_captioned_by_them() -> None:
    text = (
        "SUMMARY\n- Total cargo handled: 281,400 metric tons, up 4.8% from February 2024\n\n"
        "CARGO BY SEGMENT (metric tons)\nSegment | Feb 2025 | Feb 2024\nMail | 6,150 | 4,700"
    )
    found = extract(text, date(2025, 3, 20), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (281_400, "count", "level"),
        (4.8, "percent", "change"),
        (6_150, "count", "level"),
        (4_700, "count", "level"),
    ]


def test_a_caption_ending_in_a_percent_sign_makes_its_rows_percentages_of_the_share_it_names() -> None:
    text = (
        "Table 1: Share of surveyed exporters selling online abroad, by region, %\n"
        "Region | 2021 | 2024\n"
        "Bavaria | 44 | 58"
    )
    found = extract(text, date(2025, 3, 20), CATALOG).figures
    assert [(f.value, f.unit, f.period, f.geo, f.metric) for f in found] == [
        (44, "percent", "2021", "Bavaria", "Share of surveyed exporters selling online abroad"),
        (58, "percent", "2024", "Bavaria", "Share of surveyed exporters selling online abroad"),
    ]


def test_projects_before_a_measure_of_three_words_and_of_is_a_forecast_verb() -> None:
    text = (
        "The Treasury projects offshore GST collections of A$4.9 billion in 2026, as platforms keep growing."
    )
    extraction = extract(text, date(2025, 9, 16), CATALOG)
    assert [(t.value, t.year, t.kind) for t in extraction.targets] == [(4.9e9, 2026, "forecast")]


def test_a_company_whose_name_opens_with_an_accented_capital_and_its_borsa_ticker() -> None:
    text = (
        "ISTANBUL, 6 November 2025 — Çarşı Dijital A.Ş. (Borsa Istanbul: CRSDJ), which runs an online "
        "marketplace, today announced results. The company expects full-year 2025 GMV of TRY 150 billion."
    )
    assert company_of_text(text) == "Çarşı Dijital"
    assert [t.issuer for t in extract(text, date(2025, 11, 6), CATALOG).targets] == ["Çarşı Dijital"]


def test_management_expects_in_a_companys_report_is_the_companys_forecast() -> None:
    text = (
        "Vitrola Commerce (B3: VTRL3) reported 3Q25 results. Vitrola Commerce said GMV grew 18%. Sales under "
        "the Remessa Conforme programme rose.\n\nOUTLOOK\nFor 4Q25, management expects GMV of between "
        "R$11.5 billion and R$12.0 billion."
    )
    targets = extract(text, date(2025, 11, 6), CATALOG).targets
    assert [t.issuer for t in targets] == ["Vitrola Commerce", "Vitrola Commerce"]


def test_a_fraction_after_up_or_before_more_than_is_a_change_by_it() -> None:
    text = (
        "Imports rose to 41.6 billion tugriks in 2024, up a quarter on 2023. Sales were down a fifth in 2024."
    )
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (41.6e9, "MNT", "level"),
        (25, "percent", "change"),
        (-20, "percent", "change"),
    ]


def test_short_dot_leaders_and_captions_in_percent_with_a_period_or_by_location() -> None:
    text = (
        "Mobile retail revenue by operator (%, Q2 2024)\n"
        "One Mobile ............ 53.8\n"
        "Two Mobile .. 46.2\n\n"
        "Share of respondents selling online abroad, by location (%)\n"
        "Escuintla .............................. 42"
    )
    found = extract(text, date(2024, 9, 20), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [
        (53.8, "percent", "2024-Q2"),
        (46.2, "percent", "2024-Q2"),
        (42, "percent", "2024-Q2"),  # (the period the text last named)
    ]
    assert found[-1].geo == "Escuintla"


def test_a_caption_in_percent_over_columns_of_years() -> None:
    text = (
        "Table 1. Selected ICT indicators, establishments: 2021 and 2023 (in percent)\n\n"
        "Indicator                        2021    2023\n"
        "With internet access             95.0    98.4\n"
        "Using paid cloud services        27.5    36.9\n"
    )
    found = extract(text, date(2025, 3, 20), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [
        (95.0, "percent", "2021"),
        (98.4, "percent", "2023"),
        (27.5, "percent", "2021"),
        (36.9, "percent", "2023"),
    ]


def test_samoas_fiscal_year_runs_from_july() -> None:
    text = "Samoans bought about SAT$48 million from overseas online stores in the last financial year."
    found = extract(text, date(2024, 9, 1), CATALOG).figures
    assert [f.period for f in found] == ["2023-07/2024-06"]


def test_a_world_bodys_visit_to_a_country_in_the_headline_is_about_that_country() -> None:
    text = (
        "IMF Staff Concludes Visit to Papua New Guinea for the 2025 Article IV Consultation\n\n"
        "The team met the Governor of the Bank of Papua New Guinea.\n\n"
        "Real GDP growth was 4.6 percent in 2024."
    )
    found = extract(text, date(2025, 6, 27), CATALOG).figures
    assert [f.geo for f in found] == ["Papua New Guinea"]
    region = "Trade across Latin America and the Caribbean grew 3 percent in 2024; CARICOM's grew 2 percent."
    assert [f.geo for f in extract(region, date(2025, 6, 27), CATALOG).figures] == [
        "Latin America and the Caribbean",
        "CARICOM",
    ]


def test_a_name_alone_in_capitals_on_the_first_line_whose_lead_has_it_act_is_a_companys_release() -> None:
    text = (
        "KARTLI POST\nCross-Border Parcel Report, First Quarter 2025\n\n"
        "Kartli Post handled 1.84 million inbound parcels from China in January-March 2025."
    )
    assert own_release_company(text) == "Kartli Post"
    assert own_release_company("STATISTICS KARTLI\nReport\n\nStatistics Kartli said exports rose.") is None


def test_a_labelled_count_in_items_measures_what_its_label_names() -> None:
    text = "Headline numbers\n- Inbound international parcels: 186,400 items, up 21.3% year on year"
    found = extract(text, date(2025, 9, 5), CATALOG).figures
    assert [f.metric for f in found] == ["Inbound international parcels items"] * 2


def test_what_an_amount_is_in_past_its_restatement_in_brackets_is_what_it_measures() -> None:
    text = "Last year the platform generated UAH 31.2 billion (about USD 750 million) in revenue."
    found = extract(text, date(2026, 2, 12), CATALOG).figures
    assert [f.metric for f in found] == ["platform revenue"] * 2


def test_a_headline_that_opens_with_a_place_and_a_colon_names_the_texts_place() -> None:
    text = (
        "Montenegro: Staff Concluding Statement of the 2024 Article IV Mission\n\n"
        "Real GDP grew by 6.0 percent in 2023. Progress towards EU accession continued, and EU-funded "
        "projects in the EU's candidate countries expanded."
    )
    found = extract(text, date(2024, 6, 18), CATALOG).figures
    assert [f.geo for f in found] == ["Montenegro"]


def test_a_currency_that_depreciated_or_appreciated_moved() -> None:
    text = (
        "The kina depreciated 5.2 percent against the dollar in 2024, while the lari appreciated 3 percent."
    )
    found = extract(text, date(2025, 6, 27), CATALOG).figures
    assert [(f.value, f.kind) for f in found] == [(-5.2, "change"), (3, "change")]


def test_an_interest_rate_a_central_bank_sets_is_no_share() -> None:
    text = "The central bank cut its refinancing rate to 6.75% in July. The MPC kept Bank Rate at 4%."
    found = extract(text, date(2025, 11, 6), CATALOG).figures
    assert [(f.value, f.kind) for f in found] == [(6.75, "other"), (4, "other")]


def test_things_that_now_number_a_count_are_counted_by_it() -> None:
    text = "Parcel lockers now number 430 across the country. Dial number 112 in an emergency."
    found = extract(text, date(2025, 4, 15), CATALOG).figures
    assert [(f.value, f.kind, f.metric) for f in found] == [(430, "count", "Parcel lockers")]


def test_compounded_at_advancing_and_amounts_in_pounds_weight_or_bits_per_second() -> None:
    text = (
        "Since 2021 GMV has compounded at 22% a year. The non-mining index was advancing 2.3% in 2025. "
        "Landed weight: 1.93 billion lbs. Capacity reached 142 terabits per second."
    )
    found = extract(text, date(2026, 3, 12), CATALOG).figures
    assert [f.kind for f in found] == ["cagr", "change", "level", "level"]


def test_a_heading_row_with_a_coded_quarter_heads_a_column_of_changes() -> None:
    text = "Table 1 – GMV by segment, 3Q25 (R$ million)\nSegment | 3Q25 | YoY\nMarketplace | 6,248 | 27.3%"
    found = extract(text, date(2025, 11, 6), CATALOG).figures
    assert [(f.value, f.kind, f.period) for f in found] == [
        (6_248e6, "level", "2025-Q3"),
        (27.3, "change", "2025-Q3"),
    ]


def test_a_goal_under_a_live_blogs_time_stamp_is_no_table_cell() -> None:
    text = (
        "14:05 | Barbados sets a goal\n"
        "The minister says her government wants to double the number of firms exporting online by 2026."
    )
    targets = extract(text, date(2024, 5, 16), CATALOG).targets
    assert [(t.value, t.kind) for t in targets] == [(2, "target")]


def test_a_margin_or_a_take_rate_is_named_as_itself() -> None:
    text = (
        "Adjusted EBITDA was R$143.5 million, with an adjusted EBITDA margin of 8.9% of net revenue. "
        "Revenue as a share of TPV, our take rate, eased to 1.12% in 2025. The effective take rate "
        "reached 21%."
    )
    found = extract(text, date(2025, 11, 6), CATALOG).figures
    assert [(f.metric, f.kind) for f in found][1:] == [
        ("adjusted EBITDA margin", "share"),
        ("take rate", "share"),
        ("effective take rate", "share"),
    ]


def test_a_list_line_labelled_by_suppliers_counts_them() -> None:
    text = (
        "Main results for 2024\n"
        "- Foreign suppliers registered in the VAT scheme: 143, compared with 118 at the end of 2023\n"
        "- VAT collected at import on consignments ordered online: MKD 820 million"
    )
    found = extract(text, date(2025, 2, 6), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(143, "2024"), (118, "2023"), (820e6, "2024")]


def test_a_bare_growth_forecast_is_of_the_gdp_just_reported_and_its_range_of_the_same() -> None:
    text = (
        "Real GDP grew by 4.7 percent in 2024. Growth is projected to ease to 3.1 percent in 2025 and to be "
        "in a range of 3-3.5 percent in 2026. "
        "The plan aims to build a digital economy worth $5 billion by 2030."
    )
    found = extract(text, PUBLISHED, CATALOG).targets
    assert [t.metric for t in found] == ["Real GDP growth"] * 3 + ["digital economy"]


def test_a_budget_allocation_for_the_coming_year_restated_in_dollars_is_one_figure_not_a_goal() -> None:
    text = (
        "Kuwait's budget. For fiscal year 2025/2026 we have allocated KD 312 million (about $1.01 billion) "
        "to digital transformation, 14% more than in the current fiscal year."
    )
    extraction = extract(text, date(2025, 3, 12), CATALOG)
    assert [(f.unit, f.equivalent_of) for f in extraction.figures][:2] == [("KWD", None), ("USD", 0)]
    assert all(t.unit != "USD" for t in extraction.targets)


def test_a_city_or_named_region_taking_its_part_of_a_whole_is_that_parts_place_and_not_carried() -> None:
    text = (
        "Jordan's card payments rose.\n\n"
        "Amman governorate accounted for 68 per cent of online card payments. The Riyadh Region generated "
        "41 percent of online orders. Exports accounted for 20% of GDP."
    )
    found = extract(text, date(2025, 5, 1), CATALOG).figures
    assert [f.geo for f in found] == ["Amman", "Riyadh", "Jordan"]


def test_a_development_bank_named_after_a_region_names_no_place_of_what_follows() -> None:
    text = (
        "Timor-Leste exported US$4.6 million online in 2024.\n\n"
        "The economy depends on public spending, and the Asian Development Bank expects it to grow 3.9% "
        "in 2025.\n\nMobile broadband now reaches 96% of the population."
    )
    extraction = extract(text, date(2025, 5, 28), CATALOG)
    assert [f.geo for f in extraction.figures] == ["Timor-Leste", "Timor-Leste"]
    assert [t.geo for t in extraction.targets] == ["Timor-Leste"]


def test_when_a_tax_was_introduced_is_not_the_time_of_what_it_collected() -> None:
    text = "The digital services tax, introduced in July 2022, collected TZS 64.9 billion."
    assert [f.period for f in extract(text, date(2025, 6, 12), CATALOG).figures] != ["2022-07"]


def test_a_report_that_speaks_of_the_body_its_header_names_as_itself_is_that_bodys_own() -> None:
    body = (
        "Cross-Border Parcel Report, 2024\n\nEthiopia saw strong online demand.\n\n"
        "- Inbound international items: 1.46 million, up 31% on 2023\n\n"
        "Exporters registered on the enterprise's export window rose to 1,140."
    )
    own = extract(f"ETHIOPIAN POSTAL SERVICE ENTERPRISE\n{body}", date(2025, 3, 18), CATALOG).figures
    assert [f.geo for f in own] == [None, None, None]
    assert own[0].metric_key.startswith("ethiopian_postal_service_enterprise.")
    hub = extract(f"HENAN AIRPORT GROUP NOTE\n{body}", date(2025, 3, 18), CATALOG).figures
    assert hub[0].geo is not None  # (a hub named by its place reports the place's numbers)


def test_a_name_several_currencies_share_is_the_one_of_the_country_the_text_is_on() -> None:
    oman = "Oman's digital exports reached 1.2 billion rials. Oman grew. Oman is growing."
    assert [u for _, u, _, _, _ in figures(oman)] == ["OMR"]
    norway = "Norway's online retail sales reached 60 billion kroner. Norway grew. Norway is growing."
    assert [u for _, u, _, _, _ in figures(norway)] == ["NOK"]
    uzbekistan = "Uzbekistan's IT exports reached 5 trillion som. Uzbekistan grew. Uzbekistan is growing."
    assert [u for _, u, _, _, _ in figures(uzbekistan)] == ["UZS"]


def test_signs_of_paraguay_panama_czechia_and_nicaraguas_cordoba() -> None:
    text = (
        "Nicaragua's exports reached C$ 4.5 billion, ₲ 412.6 trillion, Gs. 60,000, B/. 1.2 billion, "
        "Kč 4.5 billion and 3 billion Kč. Nicaragua grew. Nicaragua is growing."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (4.5e9, "NIO"), (412.6e12, "PYG"), (60000, "PYG"), (1.2e9, "PAB"), (4.5e9, "CZK"), (3e9, "CZK"),
    ]  # fmt: skip


def test_a_column_headed_by_its_scale_then_currency_or_by_its_measure_then_unit() -> None:
    text = (
        "Kyrgyzstan's exports of IT services rose in the first quarter of 2025.\n\n"
        "Table 1. Exports of IT services by region\nRegion | million soms | change y/y, %\n"
        "Bishkek city | 2,905 | +36.2\nOsh city | 198 | +40.1\n\n"
        "Sales by category, 2025\nCategory | GMV, US$ million | growth vs 2024\nElectronics | 82.1 | +24%\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (2.905e9, "KGS"), (36.2, "percent"), (198e6, "KGS"), (40.1, "percent"),
        (82.1e6, "USD"), (24, "percent"),
    ]  # fmt: skip


def test_a_company_listed_on_an_exchange_not_named_in_the_rules_reports_its_own_numbers() -> None:
    text = (
        "Pazario Group (BELEX: PZRO) - Q3 2025 earnings call\n\n"
        "Thank you, and good afternoon from Belgrade. Gross merchandise value for the quarter was RSD 21.4 "
        "billion, up 27% year over year. Serbia's online sales grew too."
    )
    assert [(u, g) for _, u, _, _, g in figures(text)][:2] == [("RSD", None), ("percent", None)]


def test_a_place_a_value_is_set_beside_is_not_what_the_next_sentence_is_about() -> None:
    text = (
        "Tajikistan's goods exports reached US$2.1 billion in 2025. Internet users made up 41% of the "
        "population in 2024, against 80% in neighbouring Kyrgyzstan and about 36% in Turkmenistan. The "
        "project will cost US$48.5 million."
    )
    found = [g for _, _, _, _, g in figures(text)]
    assert found[3:] == ["Turkmenistan", "Tajikistan"]


def test_the_two_congos_by_their_names_and_a_language_is_not_its_country() -> None:
    drc = "The Democratic Republic of the Congo's mobile money transfers reached $2.1 billion in 2024."
    assert [g for _, _, _, _, g in figures(drc)] == ["Democratic Republic of the Congo"]
    brazzaville = "Congo-Brazzaville's online sales rose 12% in 2024."
    assert [g for _, _, _, _, g in figures(brazzaville)] == ["Congo"]
    gabon = (
        "GABONESE REPUBLIC\n\n[Unofficial English translation. Only the French text is authentic.]\n\n"
        "This notice applies to parcels addressed to private persons in Gabon.\n\n"
        "Parcels handled at the sorting centre rose to 186,000 in 2024, 31% more than in 2023."
    )
    assert {g for _, _, _, _, g in figures(gabon)} == {"Gabon"}


def test_a_value_a_present_verb_holds_as_it_stands_has_no_period() -> None:
    text = (
        "Online card payments reached EUR 2.1 billion in 2024. MobilePay is used for about 45% of online "
        "payments, and cross-border GMV is now 19% of the total."
    )
    assert [p for _, _, _, p, _ in figures(text)] == ["2024", None, None]


def test_a_region_no_list_knows_is_named_by_the_word_for_its_kind_and_does_not_carry_on() -> None:
    text = (
        "Ukraine's IT services exports fell in 2024. Lviv Oblast exported IT services worth USD 1.12 billion "
        "in 2024. Firms in Chüy region sold $214 million abroad. Exports of the country rose 4% in 2024."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Lviv Oblast", "Chüy", "Ukraine"]
    china = "The Commerce Department said sales in the Xinjiang Uygur Autonomous Region rose 7% in 2024."
    assert [g for _, _, _, _, g in figures(china)] == ["Xinjiang"]
    customs = "Ukraine's parcel imports rose 9% in 2024. Customs department figures show 41,000 seizures."
    assert [g for _, _, _, _, g in figures(customs)] == ["Ukraine", "Ukraine"]


def test_bars_a_rule_sets_and_a_rate_per_dollar_are_other_kinds() -> None:
    text = (
        "Online sales in Kazakhstan reached 2.1 trillion tenge in 2024. Grants are capped at 5 million tenge "
        "per company, and parcels below the US$200 tax-free threshold pay no duty; firms register above a "
        "threshold of KZT 500,000. The tenge traded at about KZT 505 per US dollar."
    )
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [
        (2.1e12, "level"), (5e6, "other"), (200, "other"), (500000, "other"), (505, "other"),
    ]  # fmt: skip


def test_a_rate_a_rule_sets_is_an_other_kind() -> None:
    text = (
        "Online imports into Ireland rose 12% in 2024. The standard rate is 23%, and low-value parcels pay "
        "a single flat-rate charge of 25% of their declared value."
    )
    assert [(v, k) for v, _, k, _, _ in figures(text)] == [(12, "change"), (23, "other"), (25, "other")]


def test_rows_under_a_caption_of_changes_are_changes() -> None:
    text = (
        "Online spending abroad by US cardholders rose in the second quarter of 2025.\n\n"
        "Table 1. Webshop turnover, year-on-year change (%)\nQuarter | Pure online | Total\n"
        "2025-Q1 | 7.5 | 5.6\n2025-Q2 | 8.1 | 6.4\n"
    )
    assert {k for v, u, k, _, _ in figures(text) if u == "percent"} == {"change"}


def test_a_report_headed_by_a_company_and_opened_by_its_manager_is_its_own() -> None:
    text = (
        "KOMPRA SELLER ECONOMY REPORT 2025\nEl Salvador edition | San Salvador, February 2026\n\n"
        "From the country manager\nWhen we opened our marketplace in El Salvador, most of our sellers were "
        "shops in San Salvador.\n\n2025 at a glance\n- Gross merchandise value (GMV): US$286.4 million, "
        "up 31% on 2024\n- Active sellers: 14,900"
    )
    assert {g for _, _, _, _, g in figures(text)} == {None}


def test_fiscal_years_of_tonga_and_haiti() -> None:
    tonga = "Tonga's online imports were TOP 23.7 million in 2024/25. Tonga grew. Tonga is growing."
    assert [p for _, _, _, p, _ in figures(tonga)] == ["2024-07/2025-06"]
    haiti = "Haiti's remittances reached $4.1 billion in fiscal 2024/25. Haiti grew. Haiti is growing."
    assert [p for _, _, _, p, _ in figures(haiti)] == ["2024-10/2025-09"]


def test_a_multiple_of_an_average_is_an_other_kind_and_of_a_past_year_a_change() -> None:
    text = (
        "Armenia's IT exports rose in 2024. Pay in the sector was about 2.6 times the national average, and "
        "firms numbered 2,900, three times as many as in 2015."
    )
    assert [(v, k) for v, u, k, _, _ in figures(text) if u == "times"] == [(2.6, "other"), (3, "change")]


def test_money_a_channel_added_is_a_level_and_money_a_rise_was_adding_a_change() -> None:
    text = (
        "Nepal's internet banking added Rs 6.1 trillion in 2024. Exports rose 6% in 2024, adding almost "
        "US$40bn."
    )
    assert [(v, k) for v, u, k, _, _ in figures(text) if u != "percent"] == [
        (6.1e12, "level"),
        (40e9, "change"),
    ]


def test_columns_headed_with_a_percent_sign_after_a_comma_hold_percentages() -> None:
    text = (
        "The Baltic states exported more digital services in 2024.\n\n"
        "Digitally delivered services exports (EUR million, current prices)\n"
        "Country | 2019 | 2024 | CAGR 2019-24, % | Share of services exports 2024, %\n"
        "Estonia | 3,150 | 5,620 | 12.3 | 48\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (3.15e9, "EUR"), (5.62e9, "EUR"), (12.3, "percent"), (48, "percent"),
    ]  # fmt: skip


def test_lines_under_a_caption_of_changes_in_percent_are_changes_in_percent() -> None:
    text = (
        "Czech online sales rose in June 2025.\n\n"
        "Retail trade, June 2025 (year-on-year change at constant prices, %)\n"
        "  Food ...............................  1.8\n  Automotive fuel .................... -0.7\n"
    )
    assert [(v, u, k) for v, u, k, _, _ in figures(text)] == [
        (1.8, "percent", "change"),
        (-0.7, "percent", "change"),
    ]


def test_rows_under_a_caption_in_teu_or_in_numbers_of_things_then_other_units_are_counts() -> None:
    text = (
        "Djibouti's port traffic rose in July 2025.\n\n"
        "CONTAINER THROUGHPUT BY TERMINAL (TEU)\nTerminal | Jul 2025 | Jul 2024\n"
        "Doraleh Container Terminal | 71,200 | 65,800\n\n"
        "Express consignments by airport, November 2024\n"
        "(number of consignments; change in total, % year-on-year)\n"
        "Airport | Inbound | Outbound | Change (%)\nHazrat Shahjalal, Dhaka | 221,400 | 132,700 | +9.0\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (71200, "count"), (65800, "count"), (221400, "count"), (132700, "count"), (9.0, "percent"),
    ]  # fmt: skip


def test_a_shared_sign_restating_an_amount_in_the_local_currency_is_the_us_dollar() -> None:
    text = (
        "Mobile money transactions in the Solomon Islands were worth SBD 412 million ($49 million) in 2025. "
        "The Solomon Islands grew. The Solomon Islands is growing."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(412e6, "SBD"), (49e6, "USD")]


def test_a_city_labelling_a_table_row_is_the_place_of_every_cell_in_it() -> None:
    text = (
        "Bangladesh's express cargo rose in November 2024.\n\n"
        "Express consignments by airport, November 2024 (number of consignments)\n"
        "Airport | Inbound | Outbound\nHazrat Shahjalal, Dhaka | 221,400 | 132,700\n"
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Dhaka", "Dhaka"]


def test_a_multiple_of_an_earlier_value_named_by_its_year_is_of_now() -> None:
    text = "Sri Lanka's ICT exports reached USD 1.9 billion in 2024, roughly 1.8 times their 2019 level."
    assert [(v, p) for v, u, _, p, _ in figures(text) if u == "times"] == [(1.8, "2024")]


def test_a_caption_naming_a_percent_column_after_a_comma_gives_every_column_its_unit() -> None:
    text = (
        "Table 2. Parcel exports by channel, January-June 2025\n"
        "(value in billion yuan; change on the same period of 2024, per cent)\n\n"
        "Channel                          Value   Change\n"
        "Direct mail (9610)                12.4     +6.2\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(12.4e9, "CNY"), (6.2, "percent")]


def test_a_unit_heading_the_label_column_is_the_unit_of_the_whole_table() -> None:
    text = (
        "KEY FIGURES\n"
        "(HK$ million)                     FY2025    FY2024   Change\n"
        "Turnover                           1,204.8     998.1   +20.7%\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (1204.8e6, "HKD"), (998.1e6, "HKD"), (20.7, "percent"),
    ]  # fmt: skip


def test_cents_written_after_a_dollars_mark_are_hundredths_of_that_dollar() -> None:
    text = "The directors recommend a final dividend of S4.5 cents a share, payable in May."
    assert [(round(v, 6), u) for v, u, _, _, _ in figures(text)] == [(0.045, "SGD")]


def test_a_plans_table_of_expected_and_binding_indicators_holds_its_goals_and_bases() -> None:
    text = (
        "Yunnan Cross-Border E-Commerce Development Plan (2026-2030)\n\n"
        "Table 3  Key indicators\n(unit: 100 million yuan)\n\n"
        "Indicator                              2025      2030   Attribute\n"
        "Cross-border e-commerce trade           410      >900   expected\n"
        "Licensed e-commerce exporters (number)  120       200   binding\n"
        "Bonded import trade                      95       150   expected\n"
    )
    found = extract(text, date(2026, 3, 2), CATALOG)
    assert [(f.value, f.period) for f in found.figures] == [(41e9, "2025"), (120, "2025"), (9.5e9, "2025")]
    assert [(t.comparator, t.value, t.year, t.kind) for t in found.targets] == [
        (">", 90e9, 2030, "target"), ("=", 200, 2030, "target"), ("=", 15e9, 2030, "target"),
    ]  # fmt: skip


def test_a_modal_goal_without_a_year_shares_the_deadline_of_the_goal_coordinated_after_it() -> None:
    text = (
        "Online retail sales should grow at an average annual rate of above 9 per cent, and rural online "
        "sales should make up a quarter of the total by 2030."
    )
    found = extract(text, date(2026, 3, 2), CATALOG).targets
    assert [(t.value, t.year) for t in found] == [(9.0, 2030), (25.0, 2030)]
    assert found[0].metric == "Online retail sales"


def test_the_canadian_dollar_written_ca_dollar_is_the_canadian_dollar() -> None:
    text = "Under the proposal, shipments valued up to CA$150 would stay free of duty."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(150, "CAD")]


def test_a_yen_sign_in_a_caption_over_a_list_in_a_text_on_japan_is_the_yen() -> None:
    text = (
        "Japan's services deficit widened in 2024, the Ministry of Finance said.\n\n"
        "Net payments by item (¥ billion, 2024):\n"
        "Cloud and computing — 812\n"
        "Online advertising, incl. search — 640\n"
    )
    found = extract(text, date(2025, 2, 10), CATALOG).figures
    assert [(f.value, f.unit, f.metric) for f in found] == [
        (812e9, "JPY", "Cloud and computing"), (640e9, "JPY", "Online advertising"),
    ]  # fmt: skip


def test_points_abbreviated_pts_beside_percentages_are_percentage_points() -> None:
    text = "Mobile orders made up 64% of online sales in Chile, up 3.5 pts on the year."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(64, "percent"), (3.5, "percentage_point")]


def test_a_row_label_naming_its_scale_is_read_in_a_table_whose_columns_are_not_periods() -> None:
    text = (
        "Cross-border e-commerce at the Kunming bonded zone (May 2025)\n"
        "Item | Volume | Change y/y\n"
        "Orders shipped (mn) | 2.6 | +14%\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(2.6e6, "count"), (14, "percent")]


def test_a_caption_in_thousands_of_teu_with_its_month_makes_the_rows_counts() -> None:
    text = (
        "CONTAINERS BY TERMINAL (thousand TEU, May 2025)\n"
        "Terminal | Volume | Change y-o-y\n"
        "Pier 7 | 1,210 | +4.4%\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(1210e3, "count"), (4.4, "percent")]


def test_a_caption_naming_the_value_columns_unit_leaves_a_column_of_consignments_counted() -> None:
    text = (
        "Courier clearances by office, May 2025 (value in KSh million)\n"
        "Office | Consignments | Value\n"
        "Eldoret depot | 3,400 | 260\n"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(3400, "count"), (260e6, "KES")]


def test_a_row_counting_hubs_or_start_ups_in_a_table_of_years_is_a_count() -> None:
    text = "Table 2: Kigali innovation ecosystem\nIndicator | 2023 | 2024\nActive start-ups | 310 | 355\n"
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(310, "count"), (355, "count")]


def test_a_part_of_a_count_that_has_done_something_or_of_a_places_count_is_a_count() -> None:
    text = (
        "09:40 - Of the 27 members that signed the accord, 19 have ratified it.\n\n"
        "The province hosts 41 of Canada's 240 data centres."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (27, "count"),
        (19, "count"),
        (41, "count"),
        (240, "count"),
    ]


def test_how_many_a_goal_has_reached_so_far_counts_its_things_and_is_no_goal() -> None:
    text = (
        "The ministry plans to certify 12,000 data analysts by 2028 through its academy, which has certified "
        "3,150 so far. It also targets 90 new service centres, of which 64 have opened already."
    )
    found = extract(text, date(2025, 6, 1), CATALOG)
    assert [(f.value, f.metric) for f in found.figures] == [
        (3150, "data analysts"),
        (64, "new service centres"),
    ]
    assert [t.value for t in found.targets] == [12000, 90]


def test_multiples_in_words_with_a_half_or_a_triple_after_a_comma_are_times() -> None:
    text = (
        "Software exports reached US$620 million in 2024, about three and a half times the level of 2019. "
        "Card spending abroad hit US$2.1 billion in the first half of 2025, triple the value of the same "
        "period a year before."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text) if u == "times"] == [(3.5, "times"), (3.0, "times")]


def test_a_ratio_with_a_few_words_between_and_a_verb_after_is_a_share() -> None:
    text = "Roughly one Polish online shop in four sells abroad, the chamber's survey found."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(25.0, "percent")]
    assert figures("One branch in five cities opened in 2024.") == []


def test_an_analysts_central_case_or_pencilled_in_value_is_a_forecast_of_what_it_names() -> None:
    text = (
        "For 2027 we pencil in exports of about US$3.1 billion. Our central case is for software exports to "
        "reach US$2.4 billion in 2026."
    )
    found = extract(text, date(2025, 9, 1), CATALOG).targets
    assert [(t.value, t.year, t.kind, t.metric) for t in found] == [
        (3.1e9, 2027, "forecast", "exports"), (2.4e9, 2026, "forecast", "software exports"),
    ]  # fmt: skip


def test_planned_capital_expenditure_in_a_year_to_come_is_a_goal_of_that_spending() -> None:
    text = (
        "The company plans capital expenditure of approximately €80 million in 2026, mostly for sorting hubs."
    )
    found = extract(text, date(2025, 9, 1), CATALOG).targets
    assert [(t.value, t.year, t.kind, t.metric) for t in found] == [
        (80e6, 2026, "target", "capital expenditure")
    ]


def test_a_bare_target_number_and_a_share_raised_to_half_are_goals() -> None:
    text = (
        "About 700 firms have joined so far; the target is 2,000 by 2028. The province aims to raise online "
        "sales to 90 billion yuan by 2027 and to lift the share of rural sellers to half by the same year."
    )
    found = extract(text, date(2025, 9, 1), CATALOG).targets
    assert [(t.value, t.unit, t.year) for t in found] == [
        (2000, "count", 2028),
        (90e9, "CNY", 2027),
        (50, "percent", 2027),
    ]


def test_a_second_forecast_in_the_same_year_shares_the_year_of_the_first() -> None:
    text = (
        "Under our baseline, software exports are projected to reach US$1.6 billion in 2027; a scenario with "
        "faster cloud adoption puts them at US$1.9 billion in the same year."
    )
    found = extract(text, date(2025, 9, 1), CATALOG).targets
    assert [(t.value, t.year) for t in found] == [(1.6e9, 2027), (1.9e9, 2027)]


def test_the_first_months_of_an_earlier_year_beside_named_months_are_what_a_change_is_measured_against() -> (
    None
):
    text = (
        "From January to June the airport handled 41,200 tonnes of cargo, 8.4 per cent more than in the "
        "first six months of 2024."
    )
    assert [(v, p) for v, _, _, p, _ in figures(text)] == [(41200, "2025-H1"), (8.4, "2025-H1")]


def test_a_by_the_numbers_items_value_takes_its_time_and_measure_from_the_caption_after_it() -> None:
    text = (
        "Kenya's digital economy in five numbers\n\n"
        "1. KSh 8.7 trillion. The value of mobile money transactions in 2023, up 11% on the year before.\n\n"
        "2. 38%. Share of adults who shopped online in 2022.\n\n"
        "3. 12%\nOnline sellers made up 12% of small firms in 2021."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(round(f.value), f.period) for f in found] == [
        (8.7e12, "2023"),
        (11, "2023"),
        (38, "2022"),
        (12, "2021"),
    ]
    assert found[0].metric == "value of mobile money transactions"


def test_a_state_or_provincial_government_named_first_over_its_report_is_the_reports_place() -> None:
    text = (
        "LAGOS STATE GOVERNMENT\nMinistry of Commerce\n\n"
        "In 2024 the State kept Lagos at the centre of Nigeria's start-up scene. Trade and transport "
        "contributed 21.5% of Lagos State's output, up from 19.9% in 2021."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Lagos", "Lagos"]


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("SURABAYA CITY GOVERNMENT", "Surabaya"),
        ("Tokyo Metropolitan Government", "Tokyo"),
    ],
)
def test_a_city_government_named_over_its_speech_is_the_place_of_our_city(header: str, place: str) -> None:
    text = (
        f"{header}\nRemarks at the Digital Exporters Forum\n\n"
        "Today more than 1,800 companies in our city sell abroad online, and they shipped goods worth "
        "US$410 million last year."
    )
    assert [g for _, _, _, _, g in figures(text)] == [place, place]


def test_a_change_tacked_on_as_more_than_an_earlier_year_is_the_change_of_the_figure_before() -> None:
    text = "Postal customs cleared 9.6 million small parcels in 2024, 17 per cent more than in 2023."
    count, change = extract(text, date(2025, 3, 1), CATALOG).figures
    assert (change.value, change.kind) == (17, "change")
    assert (change.metric, change.metric_key) == (count.metric, count.metric_key)


def test_a_row_labelled_by_a_month_in_columns_of_years_is_that_month_of_what_the_caption_counts() -> None:
    text = "Air parcels by month (thousands)\nMonth | 2024 | 2025\nMarch | 410 | 522\nApril | 398 | 540\n"
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [
        (410e3, "2024-03"), (522e3, "2025-03"), (398e3, "2024-04"), (540e3, "2025-04"),
    ]  # fmt: skip
    assert {f.metric for f in found} == {"Air parcels"}


def test_newly_registered_things_that_numbered_a_count_are_what_it_counts() -> None:
    text = "Newly registered exporters in the park numbered 1,240 in 2024."
    assert [f.metric for f in extract(text, date(2025, 3, 1), CATALOG).figures] == [
        "Newly registered exporters in the park"
    ]


def test_a_company_named_in_accented_capitals_with_its_legal_form_is_the_reports_company() -> None:
    text = (
        "COMERCIALIZADORA PACÍFICO NORTE, S.A.B. DE C.V.\n(BMV: CPN)\n\nRevenue rose 9% to MXN 2,140 million."
    )
    assert company_of_text(text) == "Comercializadora Pacífico Norte"


def test_a_filings_company_is_named_after_the_exchanges_disclaimer_it_opens_with() -> None:
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
        "responsibility for the contents of this announcement and expressly disclaim any liability "
        "whatsoever for any loss howsoever arising from or in reliance upon any part of its contents.\n\n"
        "PEARL DELTA PARCEL HOLDINGS LIMITED\n(Stock Code: 9123)\n\nANNUAL RESULTS ANNOUNCEMENT\n"
    )
    assert company_of_text(text) == "Pearl Delta Parcel Holdings"


def test_goals_listed_under_a_plan_the_cabinet_approved_by_its_title_and_year_are_that_plans() -> None:
    text = (
        "The e-ID programme has enrolled 9 million people. The cabinet has now approved Digital Malawi 2031. "
        "Its main goals:\n- Internet use: at least 60 per cent of adults by 2031.\n"
        "- Digital services exports: US$400 million a year by 2031.\n"
    )
    found = extract(text, date(2025, 8, 1), CATALOG).targets
    assert [t.issuer for t in found] == ["Digital Malawi 2031", "Digital Malawi 2031"]


def test_a_forecast_of_bare_growth_is_of_the_last_amount_the_text_measured() -> None:
    text = (
        "Peru's exports of knowledge-based services reached USD 1.3 billion in 2024, up 6% on 2023.\n\n"
        "Outlook\nWe forecast growth of 7-9% in 2025, helped by nearshoring demand."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).targets
    assert {t.metric for t in found} == {
        f"{extract(text, date(2025, 3, 1), CATALOG).figures[0].metric} growth"
    }


def test_a_goal_counted_in_a_unit_measures_what_the_unit_counts_not_who_sets_it() -> None:
    text = (
        "The port authority aims to handle 4 million TEU in 2026. The operator plans to bring 45 MW of cloud "
        "capacity online by 2027. Officials expect container throughput to reach 3.6 million TEUs in 2026."
    )
    found = extract(text, date(2025, 4, 1), CATALOG).targets
    assert [t.metric for t in found] == ["TEU", "cloud capacity in MW", "container throughput in TEUs"]
    assert "teu" not in found[2].metric_key  # the throughput's series, whether its unit is named or not


def test_an_interview_opening_on_a_company_whose_head_answers_in_its_voice_is_the_companys() -> None:
    text = (
        "Verdella, a Ningbo-based company that sells kitchenware through Amazon and its own shops, is one of "
        "many exporters facing new duties. We spoke to founder and chief executive Li Wen at its offices.\n\n"
        "Q: How was last year?\nA: Our sales were 620 million yuan in 2024, up 18 per cent. "
        "We employ 210 people."
    )
    found = extract(text, date(2025, 5, 1), CATALOG).figures
    assert [f.geo for f in found] == [None, None, None]


def test_a_corporation_named_over_its_results_with_its_short_name_is_the_reports_company() -> None:
    text = (
        "LAO POST CORPORATION (LaoPost)\n2024 Business Results\nVientiane, 3 March 2025\n\n"
        "- Consolidated revenue: LAK 1,240 billion, up 9.1% on 2023\n\n"
        '"Parcels are now our largest business," the chairman said.'
    )
    assert [g for _, _, _, _, g in figures(text)] == [None, None]


def test_us_dollars_named_in_words_before_the_amount_are_its_currency() -> None:
    text = "Receipts reached US dollars 1.12 billion in 2024, at an average declared value of US dollars 86."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(1.12e9, "USD"), (86, "USD")]


def test_an_index_move_named_before_its_points_is_a_change_in_points() -> None:
    text = "PARCEL INDEX\n\nThe index rose to 53.8 in February from 52.2 in January, a gain of 1.6 points."
    found = extract(text, date(2026, 3, 10), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (53.8, "count", "other"), (52.2, "count", "other"), (1.6, "percentage_point", "change"),
    ]  # fmt: skip


def test_an_index_named_noun_first_in_spanish_is_known_by_its_abbreviation() -> None:
    text = (
        "Índice de Logística del Comercio Electrónico (ILCE)\n\n"
        "The ILCE, which tracks couriers and marketplaces, rose to 53.8 in February."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(53.8, "count")]


def test_regional_readings_and_sub_indices_captions_head_tables_of_an_index() -> None:
    text = (
        "PARCEL LOGISTICS INDEX – OCTOBER 2025\n\nThe index rose to 56.8 in October.\n\n"
        "SUB-INDICES\nComponent | September | October\nParcel volumes | 55.9 | 59.3\n\n"
        "Volumes recovered.\n\nRegional readings (October 2025)\nJalisco | 54.3\nBaja California | 49.6"
    )
    found = extract(text, date(2025, 11, 10), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [
        (56.8, "count", "2025-10"), (55.9, "count", "2025-09"), (59.3, "count", "2025-10"),
        (54.3, "count", "2025-10"), (49.6, "count", "2025-10"),
    ]  # fmt: skip


def test_a_column_headed_by_a_month_alone_is_its_latest_month_up_to_publication() -> None:
    text = "Orders by channel (million)\nChannel | November | December\nMobile | 4.1 | 5.2"
    found = extract(text, date(2026, 1, 8), CATALOG).figures
    assert [(round(f.value), f.period) for f in found] == [(4_100_000, "2025-11"), (5_200_000, "2025-12")]


def test_a_label_and_one_value_set_apart_by_spaces_on_two_lines_or_more_are_a_table() -> None:
    text = (
        "Services exports, USD bn\nFiscal year    Exports\nFY2022-23      325.3\nFY2023-24      341.1\n\n"
        "Key results (share of responding companies, %, 2025)\n"
        "Transfer data abroad                   87\nUse cloud services                     58"
    )
    found = extract(text, date(2025, 11, 18), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [
        (325.3e9, "USD"), (341.1e9, "USD"), (87, "percent"), (58, "percent"),
    ]  # fmt: skip


def test_a_column_headed_in_points_holds_moves_in_points() -> None:
    text = (
        "Table 1. Digital trade index by voivodeship, 2025 (index points)\n"
        "Voivodeship       Score   Change on 2024 (pts)\nMazowieckie        68.9   +1.8"
    )
    found = extract(text, date(2026, 6, 18), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(68.9, "count"), (1.8, "percentage_point")]


def test_a_zone_named_after_its_place_on_its_reports_first_line_is_that_places() -> None:
    for header, place in (
        ("BATAM CROSS-BORDER E-COMMERCE PILOT ZONE", "Batam"),
        ("RAS AL KHAIMAH CROSS-BORDER E-COMMERCE PILOT ZONE", "Ras Al Khaimah"),
    ):
        text = f"{header}\nAnnual Evaluation Report 2024\n\nCross-border e-commerce exports rose 38% in 2024."
        assert [f.geo for f in extract(text, date(2025, 3, 14), CATALOG).figures] == [place]


def test_a_company_named_on_a_line_of_its_own_over_its_update_reports_its_own_numbers() -> None:
    text = (
        "NAJD DIGITAL INFRASTRUCTURE COMPANY\nInvestor Update: First Quarter 2026\nRiyadh, 12 May 2026\n\n"
        "Revenue of SAR 486 million, up 27% year on year. Our second Riyadh campus entered service."
    )
    assert [g for _, _, _, _, g in figures(text)] == [None, None]


def test_a_text_setting_three_states_side_by_side_without_naming_their_country_is_the_countrys() -> None:
    text = (
        "New Delhi | 15 January 2026\n\n"
        "17:12 Gujarat led with USD 98.4 billion of shipments, followed by Maharashtra and Tamil Nadu. "
        "Karnataka was fourth.\n\n"
        "16:31 Hubs run in Bhiwandi (Maharashtra), Surat (Gujarat), Tiruppur (Tamil Nadu) and Bengaluru "
        "(Karnataka).\n\n"
        "16:09 Merchandise exports were USD 38.5 billion in December."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Gujarat", "India"]


def test_a_place_things_came_from_outside_of_is_not_where_they_are_counted() -> None:
    text = (
        "Madrid, 21 May 2024\n\nSpanish consumers received 412 million parcels in 2023. "
        "Around 27% came from outside the European Union."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Spain", "Spain"]


def test_an_index_forecast_to_stay_between_two_readings_is_a_range_of_two_bounds() -> None:
    text = (
        "LOGISTICS INDEX (ILCET)\n\nThe ILCET rose to 53.8 in February.\n\n"
        "AMLCE expects the index to stay between 52 and 55 in the second quarter."
    )
    found = extract(text, date(2026, 3, 10), CATALOG).targets
    assert [(t.comparator, t.value, t.year) for t in found] == [(">=", 52, 2026), ("<=", 55, 2026)]


def test_regions_of_unitary_countries_are_places_in_iso_and_english_names() -> None:
    text = (
        "Online sales in Dong Thap rose 24% in 2025. Uusimaa produced 71 per cent of Finland's services "
        "exports. Lombardy accounts for 27% of Italy's online sellers. Antioquia exported US$410 million "
        "of software in 2024."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Dong Thap", "Uusimaa", "Lombardy", "Antioquia"]
    # (a region's name that is a bank's, a company's, a currency's or another country's city is no place)
    assert find_places("Banco Santander and Meta paid in bolívares to a firm in Córdoba.") == []


def test_a_minimum_price_a_price_at_or_below_and_an_items_bar_are_terms_of_a_rule() -> None:
    text = (
        "Since 2023 the ministry has required a minimum price of US$100 for goods listed by foreign sellers. "
        "Since July 2024, imported goods priced at or below THB 1,500 have carried VAT.\n\n"
        "5. 1 million dong (about US$39). The threshold below which imported parcels were duty-free.\n\n"
        "8. €150 – the customs duty exemption for low-value parcels."
    )
    found = extract(text, date(2025, 2, 20), CATALOG).figures
    assert [(f.value, f.kind, f.period) for f in found] == [
        (100, "other", None), (1500, "other", None), (1e6, "other", None), (39, "other", None),
        (150, "other", None),
    ]  # fmt: skip


def test_the_full_fiscal_year_is_the_fiscal_year_a_report_comes_out_after() -> None:
    text = (
        "PAKISTAN BUREAU OF STATISTICS\n\n"
        "Over the full fiscal year, ICT exports totalled US$3.80 billion, up 18.0% on the year before."
    )
    found = extract(text, date(2025, 8, 19), CATALOG).figures
    assert [f.period for f in found] == ["2024-07/2025-06", "2024-07/2025-06"]


def test_a_column_headed_by_a_period_written_as_year_and_quarter_is_that_quarter() -> None:
    text = "Table 1. Exports (US$ million)\nCategory | 2025-Q2 | % change\nComputer services | 412 | +14.2"
    found = extract(text, date(2025, 8, 21), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(412e6, "2025-Q2"), (14.2, "2025-Q2")]


def test_a_by_the_numbers_items_caption_after_a_dash_says_what_it_measures() -> None:
    text = (
        "TEN NUMBERS THAT EXPLAIN FRANCE'S DIGITAL TRADE\n\n"
        "1. €187.4 billion – what shoppers in France spent online in 2025, goods and services together.\n\n"
        "2. 2.6 billion – the number of online purchases made over the year."
    )
    found = extract(text, date(2026, 4, 1), CATALOG).figures
    assert [f.metric for f in found] == [
        "what shoppers in France spent online",
        "number of online purchases made",
    ]


def test_an_index_reading_on_a_row_labelled_by_a_place_is_a_reading_of_the_index() -> None:
    text = (
        "CROSS-BORDER LOGISTICS INDEX\n\nThe Cross-Border Logistics Index (CBLI) rose to 58.7 in October.\n\n"
        "Sub-indices, October 2024 (index points)\nCustoms clearance | 56.2\n\n"
        "Regional readings of the CBLI, October 2024\nMaharashtra | 60.2\nGujarat | 55.9"
    )
    found = extract(text, date(2024, 11, 6), CATALOG).figures
    assert [(f.metric, f.geo) for f in found][-2:] == [
        (found[0].metric, "Maharashtra"), (found[0].metric, "Gujarat"),
    ]  # fmt: skip
    assert "CBLI" in found[0].metric


def test_a_number_with_its_scale_written_out_at_the_end_of_the_text_is_whole() -> None:
    text = "Highlights\n- Revenue of SAR 486 million\n- Operating profit of SAR 238 million"
    assert [v for v, _, _, _, _ in figures(text)] == [486e6, 238e6]
    assert [v for v, _, _, _, _ in figures("Revenue was SAR 486 million. Profit was SAR 23")] == [486e6]


def test_a_by_the_numbers_item_its_caption_calls_a_goal_is_a_goal_of_what_the_caption_names() -> None:
    text = (
        "Nepal's IT exports are booming.\n\n"
        "10. US$3 billion. The annual IT export goal the ministry has set for 2030 as part of its drive."
    )
    found = extract(text, date(2024, 9, 5), CATALOG)
    assert found.figures == ()
    assert [(t.value, t.year, t.metric) for t in found.targets] == [(3e9, 2030, "IT export")]


@pytest.mark.parametrize("label", ["\nThe goal.", ". The goal."])
def test_an_item_labelled_in_a_few_words_is_the_headline_of_the_sentence_that_says_its_value_again(
    label: str,
) -> None:
    text = (
        "Uruguay's software exports keep growing.\n\n"
        f"10. US$3 billion{label} The Digital Uruguay Agenda aims for exports of US$3 billion by 2030."
    )
    found = extract(text, date(2026, 6, 15), CATALOG)
    assert found.figures == ()
    assert [(t.value, t.year) for t in found.targets] == [(3e9, 2030)]


def test_a_text_that_states_its_amounts_in_us_dollars_keeps_the_sign_american() -> None:
    text = (
        "VANCOUVER, Nov. 4, 2025 - Harbourline Commerce Inc., a Canadian provider of checkout services for "
        "online sellers, reported its quarterly results. All amounts are in U.S. dollars unless otherwise "
        "stated.\n\n- Gross merchandise volume of $3.4 billion (C$4.7 billion), up 19% year over year"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(3.4e9, "USD"), (4.7e9, "CAD"), (19, "percent")]


def test_a_highlight_counts_the_things_named_before_of() -> None:
    text = (
        "Lumen Checkout reported its online payments results for the quarter.\n\n"
        "- Active sellers of 23,400 at quarter end, an increase of 3,100 over the past year"
    )
    assert [(v, u, k) for v, u, k, _, _ in figures(text)] == [
        (23400, "count", "count"),
        (3100, "count", "change"),
    ]


def test_quebec_written_with_its_accent_is_a_canadian_province_under_its_english_name() -> None:
    text = "Québec shoppers spent $2.7 billion on goods from foreign online stores in 2024."
    assert figures(text) == [(2.7e9, "CAD", "level", "2024", "Quebec")]


def test_subscriptions_named_before_a_bare_amount_are_counted() -> None:
    text = (
        "The regulator said mobile broadband subscriptions reached 31.2 million, while payments through "
        "mobile wallets were worth KES 8.1 trillion."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(3.12e7, "count"), (8.1e12, "KES")]


def test_a_second_verb_that_leaves_its_object_unsaid_counts_the_same_things() -> None:
    text = (
        "The regulator approved 812 cross-border data transfer requests and rejected 57, mostly for lack of "
        "safeguards."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(812, "count"), (57, "count")]
    ranked = "The platform served 812 online merchants and ranked 57 in the world."
    assert [(v, u) for v, u, _, _, _ in figures(ranked)] == [(812, "count")]


def test_a_caption_ending_in_number_counts_its_rows() -> None:
    text = (
        "Cross-border data transfers approved by destination, 2025 (number)\n"
        "European Union | 640\n"
        "United States | 155"
    )
    assert [(v, u, k) for v, u, k, _, _ in figures(text)] == [
        (640, "count", "count"),
        (155, "count", "count"),
    ]


def test_captions_that_give_the_other_columns_units_after_the_amounts() -> None:
    parcels = (
        "Parcels cleared by port, March 2025 (unit: 10,000 parcels; year-on-year change in %)\n"
        "Port | Parcels | Change\n"
        "Kunming Airport | 412.5 | +18.2"
    )
    assert [(v, u) for v, u, _, _, _ in figures(parcels)] == [(4125000, "count"), (18.2, "percent")]
    for caption in ("(billion yuan; growth in %)", "(billion yuan unless stated; year-on-year change in %)"):
        text = (
            f"Yunnan's digital services exports by segment, 2025 {caption}\n"
            "Segment | Exports | Growth\nSoftware | 12.4 | 9.1"
        )
        assert [(v, u) for v, u, _, _, _ in figures(text)] == [(1.24e10, "CNY"), (9.1, "percent")]


def test_a_text_that_names_one_countrys_cities_far_more_than_any_country_is_that_countrys() -> None:
    text = (
        "TECH PARK NEWSLETTER\n\n"
        "Residents exported $118 million of IT services in January-June.\n\n"
        "City | Residents\nAlmaty | 402\nAstana | 377\nShymkent | 61\n\n"
        "Firms in Almaty and Astana led the growth. The United States and Germany are the largest markets."
    )
    assert figures(text)[0][4] == "Kazakhstan"


def test_a_rows_label_that_names_things_counted_then_what_they_did_counts_its_cells() -> None:
    text = (
        "The fintech sandbox's second year.\n\n"
        "Activity | 2024 | 2025\n"
        "New admissions | 12 | 15\n"
        "Firms graduated to a full licence | 4 | 7\n"
        "Firms receiving grants (US$ million) | 3 | 5"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (12, "count"), (15, "count"), (4, "count"), (7, "count"), (3e6, "USD"), (5e6, "USD"),
    ]  # fmt: skip


def test_a_column_headed_by_things_counted_on_a_day_counts_them() -> None:
    text = (
        "The tech park's residents by city.\n\n"
        "City | Residents at 30 June | Share of exports, %\n"
        "Tashkent | 1,204 | 71\n"
        "Samarkand | 96 | 5"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (1204, "count"), (71, "percent"), (96, "count"), (5, "percent"),
    ]  # fmt: skip


def test_a_rows_label_that_ends_in_a_money_unit_gives_its_cells_that_unit() -> None:
    text = (
        "Review of the digital strategy.\n\n"
        "Indicator | 2022 | 2025\n"
        "Software exports, USD million | 240 | 610"
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in result] == [(2.4e8, "USD", "2022"), (6.1e8, "USD", "2025")]
    assert {f.metric for f in result} == {"Software exports"}


def test_a_sale_recap_dates_its_undated_numbers_by_the_days_the_sale_ran() -> None:
    recap = (
        "Bazaarly Newsroom\nHarbolnas 2025: the recap\n\n"
        "Here is how Harbolnas 2025 (10-12 December) went on Bazaarly, the online marketplace.\n\n"
        "- Orders: 4.2 million, 31% more than last year\n- Active sellers: 61,000"
    )
    result = extract(recap, date(2025, 12, 15), CATALOG).figures
    assert [(f.value, f.period) for f in result] == [(4.2e6, "2025-12"), (31, "2025-12"), (61000, "2025-12")]
    season = (
        "Festive season 2025: the recap\n\n"
        "Between Black Friday on 28 November and New Year's Eve, shoppers placed 1.9 million orders on "
        "the marketplace."
    )
    assert [f.period for f in extract(season, date(2026, 1, 8), CATALOG).figures] == ["2025-11/2025-12"]
    assert sale_window("Officials met exporters (3-5 November).", date(2025, 11, 20)) is None
    assert sale_window("Online sales rose 3.5% at the trade fair (3-5 November).", date(2025, 11, 20)) is None


@pytest.mark.parametrize(
    ("lead", "published", "month"),
    [
        ("Thailand's 11.11 campaign generated some ฿9.6bn in sales", date(2025, 11, 14), "2025-11"),
        ("Shoppers spent US$2.9bn over White Friday", date(2025, 12, 2), "2025-11"),
        ("The Double 12 sale brought in RM410mn", date(2026, 1, 5), "2025-12"),
    ],
)
def test_a_sale_named_after_its_day_dates_its_undated_numbers_by_that_month(
    lead: str, published: date, month: str
) -> None:
    text = f"{lead}, up 18% on last year's event.\n\nWe counted 21.4mn orders, a quarter more than in 2024."
    assert [f.period for f in extract(text, published, CATALOG).figures][2] == month
    # (not a sale that ran from another month's day, or over weeks, or a quarter's report that names it)
    for longer in ("from 20 October", "over several weeks", "in the fourth quarter"):
        ran = text.replace(", up 18%", f" {longer}, up 18%")
        assert [f.period for f in extract(ran, published, CATALOG).figures][2] != month, longer
    # ("grew 11.11 billion", "9.9%": numbers, not sales' days)
    assert sale_window("The campaign grew 11.11 billion. Orders rose 9.9%.", published) is None


def test_a_text_on_a_province_that_never_names_its_country_is_the_provinces() -> None:
    text = (
        "Ontario's digital trade office published its review of Ontario's online export programs.\n\n"
        "The export support program helped 860 businesses in 2024."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Ontario"]
    named = text.replace("Ontario's online export programs", "Canada's online export programs")
    assert [g for _, _, _, _, g in figures(named)] == ["Canada"]


def test_a_groups_investor_or_trading_update_reports_the_group_not_its_country() -> None:
    for release in ("Investor Update: Third Quarter 2025", "Trading Update: First Half 2025"):
        text = (
            f"Baiyun Data Centre Holdings\n{release}\nGuangzhou, 6 November 2025\n\n"
            "- Revenue of RMB 2.4 billion, up 11% year on year\n- 41,000 cabinets in service at 30 September"
        )
        assert {f.geo for f in extract(text, PUBLISHED, CATALOG).figures} == {None}, release


def test_this_quarter_in_a_quarters_results_is_the_quarter_reported_on() -> None:
    text = (
        "Lumen Checkout today reported results for the three months ended September 30, 2025.\n\n"
        '"Our German business, which we opened two years ago, grew payment volume by 37% this quarter," said '
        "the chief executive."
    )
    assert [p for _, _, _, p, _ in figures(text)] == ["2025-Q3"]


def test_a_time_that_dates_when_a_run_began_is_not_the_figures() -> None:
    text = (
        "Statistics office release, second quarter of 2025.\n\n"
        "Exports of software services rose 3.9% to $6.1 billion, extending a run of "
        "gains that began in 2022."
    )
    assert [p for _, _, _, p, _ in figures(text)] == ["2025-Q2", "2025-Q2"]
    text = "The proceedings started in 2023 after the authority received 312 complaints about online sellers."
    assert [p for _, _, _, p, _ in figures(text)] == ["2023"]


def test_a_plans_milestone_is_a_target() -> None:
    text = "The strategy's interim milestone of US$3 billion of software exports in 2028 is retained."
    assert [(t.value, t.year, t.kind) for t in extract(text, PUBLISHED, CATALOG).targets] == [
        (3e9, 2028, "target")
    ]


def test_a_goal_by_a_month_with_no_year_is_due_the_first_such_month_after_the_text() -> None:
    text = "We are targeting 2 million monthly active customers by October, the marketplace said."
    assert [(t.value, t.year) for t in extract(text, date(2026, 1, 8), CATALOG).targets] == [(2e6, 2026)]
    assert [(t.value, t.year) for t in extract(text, date(2026, 11, 8), CATALOG).targets] == [(2e6, 2027)]
    past = "Registered online sellers rose to 71,000 by September, the minister said."
    assert [f.value for f in extract(past, date(2025, 11, 8), CATALOG).figures] == [71000]


def test_a_cagr_column_that_runs_into_years_to_come_holds_forecasts_in_percent() -> None:
    text = (
        "Gulf e-commerce outlook.\n\n"
        "Online retail sales forecast (USD billion; CAGR in %)\n"
        "Market | 2025 | 2030F | CAGR 2025-30\n"
        "Bahrain | 0.91 | 1.52 | 10.8"
    )
    result = extract(text, date(2026, 6, 9), CATALOG)
    assert [(f.value, f.unit) for f in result.figures] == [(9.1e8, "USD")]
    assert [(t.value, t.unit, t.year) for t in result.targets] == [
        (1.52e9, "USD", 2030),
        (10.8, "percent", 2030),
    ]
    fiscal = (
        "Pakistan's IT exports rose in the first quarter of fiscal year 2025-26, the State Bank of Pakistan "
        "said.\n\nMonthly IT exports:\nMonth | FY26 | FY25 | YoY\nJuly | $326m | $286m | +14.0%"
    )
    assert len(extract(fiscal, date(2025, 10, 21), CATALOG).figures) == 3


def test_a_caption_of_counts_whose_bars_part_its_columns_units() -> None:
    text = (
        "Parcels by office, March 2025\n"
        "(thousands of shipments | % change year on year)\n"
        "Monterrey Airport | 2,210 | +9.4"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(2210000, "count"), (9.4, "percent")]


def test_a_facility_row_under_a_by_port_caption_is_its_towns_without_its_note() -> None:
    text = (
        "Parcels cleared by port, March 2025 (unit: 10,000 parcels; year-on-year change in %)\n"
        "Port | Parcels | Change\n"
        "Beihai Port | 96.2 | +12.0\n"
        "Pingxiang (Youyiguan) | 410.3 | +8.1\n"
        "Murtala Muhammed International Airport, Lagos | 55.0 | +3.2\n"
        "Wajir International Airport | 1.2 | +0.4"
    )
    assert [g for _, _, k, _, g in figures(text) if k == "count"] == ["Beihai", "Pingxiang", "Lagos", "Wajir"]


def test_a_verb_of_its_own_moves_a_number_after_raised_by() -> None:
    text = "Capital raised by Kenyan start-ups fell by 28% in 2024, while the fund raised its stake by 5%."
    assert [v for v, _, _, _, _ in figures(text)] == [-28, 5]


def test_a_number_explained_after_a_dash_as_the_number_of_things_counts_them() -> None:
    text = (
        "Ten numbers on Chile's digital trade.\n\n3. 48,000 — the number of firms that sold software abroad."
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(48000, "count")]


def test_a_regions_trade_within_it_after_a_countrys_possessive_is_the_countrys() -> None:
    text = (
        "The central bank aims to raise the share of Kenya's intra-African trade payments settled in "
        "shillings to 30 per cent by 2028."
    )
    assert [t.geo for t in extract(text, PUBLISHED, CATALOG).targets] == ["Kenya"]


def test_a_place_named_the_largest_source_is_a_partner() -> None:
    text = (
        "Kenya Revenue Authority parcel statistics.\n\n"
        "China remained the largest source, accounting for 48.1 per cent of the month's inbound parcels."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Kenya"]
    text = "China was the origin of 91 per cent of those shipments."
    assert [g for _, _, _, _, g in figures(text)] == ["China"]


def test_a_zone_named_with_its_place_in_brackets_reports_that_place() -> None:
    text = (
        "China (Ningbo) Cross-border E-commerce Comprehensive Pilot Zone\n"
        "Annual Evaluation Report 2024\n\n"
        "The zone ranked in the top tier of the 165 pilot zones across China, as across China overall.\n\n"
        "Cross-border e-commerce imports and exports through the zone reached 52.3 billion yuan in 2024."
    )
    assert [g for v, _, _, _, g in figures(text) if v > 1e9] == ["Ningbo"]


def test_a_zone_committees_notice_reports_the_place_in_the_zones_brackets() -> None:
    text = (
        "Administrative Committee of the China (Tianjin) Pilot Free Trade Zone\n\n"
        "In 2023, cross-border e-commerce imports and exports in the zone reached RMB 31.2 billion."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Tianjin"]


def test_hong_kongs_government_writes_its_own_dollar_as_a_bare_sign() -> None:
    speech = (
        "Legislative Council, Hong Kong, 25 February 2026\n\n"
        "The HKSAR Government has reserved $500 million for a Digital Trade Facilitation Fund."
    )
    assert [u for _, u, _, _, _ in figures(speech)] == ["HKD"]
    press = (
        "Hong Kong is a bridge for mainland firms. Global exports of digitally delivered services hit "
        "a record $4.25 trillion in 2023, the WTO said."
    )
    assert [u for _, u, _, _, _ in figures(press)] == ["USD"]


def test_a_caption_naming_each_columns_unit_in_words_reads_the_rows_under_it() -> None:
    text = (
        "Table 1. Exports of ICT-Enabled Services by Type of Service, Philippines: 2024\n"
        "(value in million US dollars; growth rate in percent)\n\n"
        "Type of service | Value | Growth rate\n"
        "Computer services | 7,220 | 10.4\n"
        "Telecommunications services | 1,150 | -5.0"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (7.22e9, "USD"), (10.4, "percent"), (1.15e9, "USD"), (-5.0, "percent"),
    ]  # fmt: skip


def test_a_caption_of_index_scores_and_their_moves_in_points_reads_each_rows_place() -> None:
    text = (
        "E-Business Index 2024: the leaders\n(index score; change from EBI 2023 in points)\n\n"
        "Locality | Score | Change\nHanoi | 79.8 | +2.1\nDa Nang | 51.7 | +0.9"
    )
    assert [(v, u, g) for v, u, _, _, g in figures(text)] == [
        (79.8, "count", "Hanoi"), (2.1, "percentage_point", "Hanoi"),
        (51.7, "count", "Da Nang"), (0.9, "percentage_point", "Da Nang"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "caption", ["City sub-indices, Q2 2025", "Readings by city, Q2 2025 (Q1 2023 = 100)"]
)
def test_sub_indices_named_by_what_they_part_or_set_to_100_in_a_base_period_are_readings(
    caption: str,
) -> None:
    text = f"Cross-Border Spending Index\n\n{caption}\nShenzhen ........ 141.2\nZhuhai .......... 124.3"
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(141.2, "count"), (124.3, "count")]


def test_a_column_headed_index_reading_holds_readings_of_the_rows_places() -> None:
    text = "Index by emirate, Q3 2024\nEmirate | index reading\nDubai | 156.2\nAbu Dhabi | 141.7"
    assert [(v, u, g) for v, u, _, _, g in figures(text)] == [
        (156.2, "count", "Dubai"),
        (141.7, "count", "Abu Dhabi"),
    ]


def test_a_multiple_expected_in_a_year_is_a_forecast_for_that_year() -> None:
    text = "The company expects cross-border GMV to at least double in 2026."
    targets = extract(text, date(2026, 3, 5), CATALOG).targets
    assert [(t.comparator, t.value, t.unit, t.year, t.metric) for t in targets] == [
        (">=", 2.0, "times", 2026, "cross-border GMV")
    ]


def test_a_forecasts_growth_at_a_compound_annual_rate_is_part_of_the_forecast() -> None:
    text = (
        "We project GCC e-commerce sales to reach US$90 billion by 2030, growing at a compound annual "
        "rate of about 13% from 2025."
    )
    found = extract(text, date(2026, 3, 3), CATALOG)
    assert [(t.value, t.unit, t.year) for t in found.targets] == [
        (9e10, "USD", 2030),
        (13.0, "percent", 2030),
    ]
    assert found.figures == ()


def test_parcel_volumes_are_counted_not_lent_the_sentences_currency() -> None:
    text = "Revenue rose to RMB18.6bn and cross-border parcel volumes passed 1.2bn."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(1.86e10, "CNY"), (1.2e9, "count")]


def test_a_regulators_year_in_numbers_counts_notifications_and_cases() -> None:
    text = (
        "The year in numbers\n- Personal data breach notifications: 6 230\n"
        "- Cross-border cases handled under the one-stop-shop mechanism: 312\n"
        "- Media enquiries: 020 7215 2000"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(6230.0, "count"), (312.0, "count")]


def test_parts_of_a_count_by_place_after_including_are_counts_too() -> None:
    text = "The Commission carried out 38 on-site inspections, including 9 in Osaka and 5 in Fukuoka."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(38.0, "count"), (9.0, "count"), (5.0, "count")]


def test_a_population_of_a_number_counts_people() -> None:
    text = "But with a population of roughly 455,000, Brunei is a small market."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(455000.0, "count")]


def test_a_clause_after_a_semicolon_on_a_time_that_is_over_states_a_fact() -> None:
    text = (
        "The programme aims for 75% of EU enterprises to use cloud computing by 2030; only 45.2% of "
        "enterprises bought cloud computing services in 2023."
    )
    found = extract(text, date(2025, 9, 30), CATALOG)
    assert [(t.value, t.year) for t in found.targets] == [(75.0, 2030)]
    assert [(f.value, f.period) for f in found.figures] == [(45.2, "2023")]


def test_a_bare_goal_value_due_by_the_end_of_a_fiscal_year_is_counted() -> None:
    text = (
        "14 businesses held CBPR certification. The Commission aims to raise that number to 50 by the end "
        "of fiscal 2027."
    )
    assert [(t.value, t.unit) for t in extract(text, date(2025, 6, 13), CATALOG).targets] == [(50.0, "count")]


def test_a_share_expected_to_exceed_half_by_a_year_is_a_forecast_of_50_percent() -> None:
    text = "They project that the share of card payments made with phones will exceed half by 2026."
    targets = extract(text, date(2024, 5, 21), CATALOG).targets
    assert [(t.comparator, t.value, t.unit, t.year) for t in targets] == [(">", 50.0, "percent", 2026)]


def test_a_marketplaces_seller_report_gives_its_own_numbers_no_place() -> None:
    text = (
        "Pasarnusa Seller Report 2025\nJakarta, 5 March 2026\n\n"
        "Last year Indonesia's small sellers went national. Active sellers: 2.84 million (+16% from 2024)\n"
        "Sellers based outside Java: 31% of active sellers\n\n"
        "West Java remained our largest seller base, with 612,000 active sellers. Pasarnusa aims to bring "
        "50,000 sellers into cross-border selling by the end of 2027."
    )
    found = extract(text, date(2026, 3, 5), CATALOG)
    assert [f.geo for f in found.figures] == [None, None, None, "West Java"]
    assert [t.geo for t in found.targets] == [None]


@pytest.mark.parametrize(
    "header",
    [
        "FEIRA DIGITAL\nAnnual Seller Report 2025",
        "Kuota 2025: Year in Review",
        "LotusPay 2025: Your Year in Review",
    ],
)
def test_a_platforms_year_in_review_or_annual_seller_report_gives_its_own_numbers_no_place(
    header: str,
) -> None:
    text = (
        f"{header}\nMexico City, 14 January 2026\n\nHere is what happened across our wallet in Chile and in "
        "Mexico, where we began.\n\nOur users made 412 million payments, up 19% on 2024."
    )
    assert [f.geo for f in extract(text, date(2026, 1, 14), CATALOG).figures] == [None, None]
    assert platform_report("Vietnam 2025: Year in Review\n\nExports rose 12%.") is False


def test_a_report_that_says_which_year_it_covers_dates_the_numbers_that_name_none() -> None:
    text = (
        "Bazaarly Global Seller Report 2025\nBengaluru, 10 September 2025\n\n"
        "This report covers the financial year 2024-25 (April 2024 to March 2025).\n\n"
        "At a glance\n• Orders shipped abroad: 41 million"
    )
    assert [p for _, _, _, p, _ in figures(text)] == ["2024-04/2025-03"]


def test_counts_in_brackets_after_the_places_that_follow_a_count_are_those_places() -> None:
    text = (
        "Selangor remained our largest seller base in 2025, with 612,000 active sellers, followed by Penang "
        "(455,000) and Sabah (389,000)."
    )
    assert [(v, g) for v, _, _, _, g in figures(text)] == [
        (612000.0, "Selangor"), (455000.0, "Penang"), (389000.0, "Sabah"),
    ]  # fmt: skip


def test_indonesias_provinces_are_known_by_their_english_names() -> None:
    text = "Online sales by sellers in East Java rose 12% in 2024, and those in South Sulawesi 41%."
    assert [g for _, _, _, _, g in figures(text)] == ["East Java", "South Sulawesi"]


def test_an_agency_or_chamber_named_after_its_place_over_its_report_is_the_reports_place() -> None:
    for header, place in (
        ("Invest Northern Ireland", "Northern Ireland"),
        ("GREATER MANCHESTER CHAMBER OF COMMERCE", "Greater Manchester"),
        ("Bavaria Trade and Investment Agency", "Bavaria"),
    ):
        text = (
            f"{header}\nQuarterly bulletin\n\n"
            "Members sold £212 million of software abroad in the quarter. Customers in the Republic of "
            "Ireland took 22% of it; Ireland and the United States, with Irish and American clients, lead."
        )
        assert figures(text)[0][4] == place, header


def test_a_header_that_heads_only_the_value_columns_is_read_against_the_columns_after_the_labels() -> None:
    text = (
        "Postal operators handled more parcels.\n\n"
        "Selected operators\nInbound items, thousands | change on 2023, %\nPosta Uno | 3,412 | +17.5\n\n"
        "Selected states\nConsignments (million) | declared value (EUR million)\nEstonia | 3.6 | 318\n\n"
        "By region\nOutbound parcels, thousands | 2024 share, %\nNorth | 512 | 40\n"
    )
    found = extract(text, date(2025, 7, 1), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (3_412_000, "count", "count"),
        (17.5, "percent", "change"),
        (3_600_000, "count", "count"),
        (318e6, "EUR", "level"),
        (512_000, "count", "count"),
        (40, "percent", "share"),
    ]


def test_a_header_of_years_alone_is_widened_to_the_rows_under_it() -> None:
    text = "Posts handled more parcels.\n\nOutbound parcels (thousands)\n2023 | 2024\nNorth | 480 | 512\n"
    found = extract(text, date(2025, 7, 1), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(480_000, "2023"), (512_000, "2024")]


def test_a_columns_dollar_with_its_scale_is_the_texts_own_dollar() -> None:
    text = (
        "Stats NZ said ICT services exports rose to NZ$2.9 billion.\n\n"
        "Region | ICT services exports ($m) | Annual change (%)\nAuckland | 1,204 | 9.4\n"
    )
    found = extract(text, date(2025, 9, 18), CATALOG).figures
    assert [(f.value, f.unit) for f in found][1] == (1_204e6, "NZD")


def test_a_header_row_that_holds_values_is_not_widened_to_the_row_under_it() -> None:
    text = (
        "Connectivity\n"
        "Gigabit broadband, premises | 87% | September 2025 | June 2025: 85%\n"
        "Gigabit broadband by nation, September 2025 | England 87% | Scotland 81% | Wales 79% | Ulster 96%\n"
    )
    found = extract(text, date(2025, 10, 16), CATALOG).figures
    assert [(f.value, f.period) for f in found if f.value == 85] == [(85, "2025-06")]


def test_a_caption_naming_tonnes_then_a_change_gives_each_column_its_unit() -> None:
    for weight in ("tonnes", "metric tons"):
        text = (
            "The airport handled more cargo.\n\n"
            f"Table 1. Cargo throughput, May 2025 ({weight}; year-on-year change in %)\n"
            "Category | May 2025 | YoY\nInternational | 21,460 | +14.8\n"
        )
        found = extract(text, date(2025, 6, 12), CATALOG).figures
        assert [(f.value, f.unit, f.kind) for f in found] == [
            (21_460, "count", "level"),
            (14.8, "percent", "change"),
        ], weight


def test_a_caption_naming_the_things_counted_then_their_scale_and_time_counts_its_rows() -> None:
    text = "Posts delivered more.\n\nBy region (inbound items, millions, 2023)\nNorth America | 187.6\n"
    found = extract(text, date(2024, 7, 18), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [(187.6e6, "count", "2023")]
    text = "Exporters sold more.\n\nExports by region (exports, millions, 2023)\nNorth | 187.6\n"
    assert [f.unit for f in extract(text, date(2024, 7, 18), CATALOG).figures] != ["count"]


def test_a_caption_with_an_unnumbered_table_label_and_a_time_after_its_scale_counts_its_rows() -> None:
    text = (
        "The airport handled more courier pieces.\n\n"
        "TABLE — Courier pieces by origin (thousands, January 2026)\n"
        "Origin | Pieces | y/y change (%)\nChina | 1,712 | +50.8\n"
    )
    first, change = extract(text, date(2026, 2, 15), CATALOG).figures
    assert (first.value, first.unit, first.period) == (1_712_000, "count", "2026-01")
    assert first.metric == change.metric == "Courier pieces from China"


def test_a_captions_column_units_parted_by_a_bar_after_its_words_give_each_column_its_unit() -> None:
    text = (
        "Express shipments rose.\n\n"
        "Table 4.2: Express shipments by tier, 2024 (thousand shipments | % change on 2023)\n"
        "Tier A | 8,221 | +34.5\n"
    )
    found = extract(text, date(2025, 5, 28), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (8_221_000, "count", "count"),
        (34.5, "percent", "change"),
    ]


def test_columns_of_things_counted_from_abroad_in_thousands_and_per_resident_are_counts() -> None:
    text = (
        "Canada Post delivered more parcels.\n\nCROSS-BORDER ONLINE SHOPPING, 2023\n"
        "Territory | Parcels from abroad (thousands) | Parcels per resident | Households buying from foreign "
        "sites (%)\n"
        "Yukon | 612 | 13.6 | 71\n"
    )
    found = extract(text, date(2024, 9, 9), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(612_000, "count"), (13.6, "count"), (71, "percent")]


def test_a_key_figures_table_between_bars_counts_its_labelled_things_with_a_note_after_the_value() -> None:
    text = (
        "Sellers did well.\n\nKey numbers, 2025\n| Active sellers | 412,000 |\n"
        "| Sellers exporting to at least one other country | 9,800, tripled from 2024 |\n"
        "| Registered buyers | 1,200,000 (+14% on 2024) |\n"
    )
    found = extract(text, date(2026, 2, 10), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [
        (412_000, "count"),
        (9_800, "count"),
        (3, "times"),
        (1_200_000, "count"),
        (14, "percent"),
    ]


def test_a_row_counting_labelled_things_under_a_caption_in_millions_is_in_millions() -> None:
    text = (
        "Subscriptions grew.\n\n2. Key indicators (millions)\n| Indicator | Q1 2024 | Q2 2024 |\n"
        "| Registered mobile money accounts | 45.1 | 46.8 |\n"
    )
    found = extract(text, date(2024, 9, 5), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(45.1e6, "count"), (46.8e6, "count")]


def test_a_ratio_written_in_digits_is_a_percentage_not_a_count_of_its_things() -> None:
    text = "Last year 4 in 10 sellers made an international sale, up from 3 in 10 in 2023."
    assert [(v, u, k) for v, u, k, _, _ in figures(text)] == [
        (40, "percent", "share"),
        (30, "percent", "share"),
    ]


def test_a_networks_index_release_titled_with_one_country_reports_that_countrys_numbers() -> None:
    for title, place in (
        ("Index: Chile, Q2 2024", "Chile"),
        ("Index — Chile, Q2 2024", "Chile"),
        ("Index for the Dominican Republic, Q2 2024", "Dominican Republic"),
    ):
        text = (
            f"AndesPay Network | Press release\nAndesPay Cross-Border Spending {title}\n\n"
            "SANTIAGO, 14 August 2024 — AndesPay today released its quarterly index.\n\n"
            "Highlights\n• Inbound spending on foreign cards reached US$1.47 billion in April-June.\n"
            "• Outbound online purchases rose 18.5% year on year."
        )
        assert [g for _, _, _, _, g in figures(text)] == [place, place], title


def test_a_bar_a_rule_sets_is_of_no_period_but_a_rate_per_unit_and_a_revision_keep_theirs() -> None:
    text = (
        "In December 2024 the courier limit rose to US$3,000. In 2024 tier B covered parcels worth more "
        "and up to US$2,000."
    )
    assert [(v, k, p) for v, _, k, p, _ in figures(text)] == [(3000, "other", None), (2000, "other", None)]
    text = (
        "Prices were converted at ¥151 per dollar in 2024. Exports in 2024 were revised up by $0.3 billion."
    )
    assert [p for _, _, _, p, _ in figures(text)] == ["2024", "2024"]


def test_a_value_that_edged_or_added_up_to_an_amount_is_a_level() -> None:
    text = "In the first half of 2025 the ticket edged up to R$ 503 and exports added up to $2.3 billion."
    assert [(k, p) for _, _, k, p, _ in figures(text)] == [("level", "2025-H1"), ("level", "2025-H1")]


def test_provinces_and_regions_of_ecuador_new_zealand_costa_rica_and_the_dominican_republic_are_places() -> (
    None
):
    text = (
        "Parcels received, 2024 (thousands)\nProvince | Parcels\nPichincha | 498\nGuayas | 451\n\n"
        "Region | Exports\nCanterbury | 297\n\nProvince | Share\nCartago | 11.8%\nLa Altagracia | 9.1%\n"
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [f.geo for f in found] == ["Pichincha", "Guayas", "Canterbury", "Cartago", "La Altagracia"]
    # (not other countries' cities, the sea or a coast that share a province's or region's name)
    text = "Exports from Santiago rose 9% in 2024, and trans-Tasman trade and West Coast ports grew 4%."
    assert [g for _, _, _, _, g in figures(text)] == ["Chile", "Chile"]
    assert "San Juan" not in SUBDIVISIONS  # (Puerto Rico's capital, a Dominican province too)


def test_a_count_of_things_received_handled_or_processed_is_a_flow_of_the_period_talked_about() -> None:
    text = (
        "Nordic posts delivered 412 million inbound items in 2024, 8.7 per cent more than in 2023.\n\n"
        "PostNord received 14.9 million inbound items, Bring processed 8.3 million parcels and Posti "
        "handled 5.2 million. Bpost delivered 2.1 million, DHL shipped 1.4 million and customs cleared "
        "3.3 million."
    )
    found = extract(text, date(2025, 3, 12), CATALOG).figures
    assert [(round(f.value), f.period) for f in found if f.unit == "count"] == [
        (412_000_000, "2024"),
        (14_900_000, "2024"),
        (8_300_000, "2024"),
        (5_200_000, "2024"),
        (2_100_000, "2024"),
        (1_400_000, "2024"),
        (3_300_000, "2024"),
    ]


def test_a_header_naming_only_a_change_on_a_year_dates_every_column_the_year_after() -> None:
    text = (
        "Posts handled more parcels.\n\nSelected operators\n"
        "Inbound items, thousands | change on 2023, %\nPosta Uno | 3,412 | +17.5\n"
    )
    found = extract(text, date(2025, 7, 15), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [(3_412_000, "2024"), (17.5, "2024")]


def test_a_change_from_the_year_ended_a_month_is_of_the_year_after_it() -> None:
    text = "Exports were $2.41 billion in the year ended June 2025, up 8.7% from the year ended June 2024."
    assert [p for _, _, _, p, _ in figures(text)] == ["2024-07/2025-06", "2024-07/2025-06"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hai Phong's logistics revenue reached VND 31.250 billion in 2024.", 3.125e13, "VND"),
        ("Online sales in Bali came to Rp 8.400 billion in 2024.", 8.4e12, "IDR"),
        ("Icelanders spent 21.300 million krónur on foreign web shops in 2024.", 2.13e10, "ISK"),
        ("Hai Phong's logistics revenue reached VND 2.5 billion in 2024.", 2.5e9, "VND"),
    ],
)
def test_three_digits_after_a_dot_in_a_currency_written_with_dotted_thousands_are_thousands(
    text: str, value: float, unit: str
) -> None:
    assert [(round(f.value), f.unit) for f in extract(text, PUBLISHED, CATALOG).figures] == [(value, unit)]


def test_cells_of_a_table_in_a_scaled_currency_written_with_dotted_thousands_are_thousands() -> None:
    text = (
        "Digital services revenue by segment (VND billion)\n\n"
        "Segment              2023       2024\n"
        "Software             12.480     14.020\n"
        "Digital content       1.5        1.75"
    )
    found = extract(text, date(2025, 4, 1), CATALOG).figures
    assert [round(f.value) for f in found] == [1.248e13, 1.402e13, 1.5e9, 1.75e9]


def test_a_table_with_no_unit_in_a_report_on_an_index_holds_the_indexs_readings() -> None:
    text = (
        "Andes Parcel Rate Index (APRI): May 2025 commentary\n\n"
        "The APRI rose to 104.2 in May from 103.1 in April.\n\n"
        "Table 2. APRI by region, May 2025\n\n"
        "| Region | Reading | Change on April (points) |\n"
        "| Lima | 106.4 | +1.3 |\n"
        "| Arequipa | 101.9 | -0.2 |"
    )
    found = extract(text, date(2025, 6, 5), CATALOG).figures[2:]
    assert [(f.value, f.unit, f.kind) for f in found] == [
        (106.4, "count", "other"),
        (1.3, "percentage_point", "change"),
        (101.9, "count", "other"),
        (-0.2, "percentage_point", "change"),
    ]


def test_rows_under_a_caption_by_origin_hub_are_each_hubs_own() -> None:
    text = (
        "Parcels shipped abroad by origin hub, 2025 (thousands)\n\n"
        "Hub | Parcels\n"
        "Bangkok | 2,310\n"
        "Chiang Mai | 415"
    )
    found = extract(text, date(2026, 2, 1), CATALOG).figures
    assert [(f.value, f.geo) for f in found] == [(2.31e6, "Bangkok"), (415e3, "Chiang Mai")]


@pytest.mark.parametrize(
    ("sentence", "goals"),
    [
        ("We expect the index to settle between 109 and 111 by March 2026.", [(">=", 109), ("<=", 111)]),
        ("We expect the index to rise to between 120 and 122 by March 2026.", [(">=", 120), ("<=", 122)]),
        ("We expect the APRI to ease to around 108 by the end of June.", [("~", 108)]),
    ],
)
def test_where_an_index_is_expected_to_settle_or_ease_to_is_its_forecast(
    sentence: str, goals: list[tuple[str, float]]
) -> None:
    text = (
        "Andes Parcel Rate Index (APRI): monthly commentary\n\nThe APRI rose to 112.4 in November. "
        + sentence
    )
    found = extract(text, date(2025, 12, 5), CATALOG).targets
    assert [(t.comparator, t.value, t.unit, t.year) for t in found] == [
        (comparator, value, "count", 2026) for comparator, value in goals
    ]


def test_a_row_labelled_of_which_counts_part_of_the_things_the_row_above_counts() -> None:
    text = (
        "Table 1. Zone indicators\n\n"
        "| Indicator | 2024 | 2025 |\n"
        "| Licensed firms | 1,204 | 1,377 |\n"
        "| of which selling to Africa | 212 | 305 |"
    )
    found = extract(text, date(2026, 3, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in found][2:] == [(212, "count"), (305, "count")]


def test_a_row_label_naming_its_scale_in_brackets_between_bars_scales_its_cells() -> None:
    text = (
        "Table 2. Zone indicators\n\n"
        "| Indicator | 2024 | 2025 |\n"
        "| Parcels shipped abroad (million) | 3.9 | 5.6 |"
    )
    found = extract(text, date(2026, 3, 1), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(3.9e6, "count"), (5.6e6, "count")]


def test_rwandas_franc_as_frw_and_basis_points_as_bp() -> None:
    text = (
        "Rwanda's ICT services exports reached Frw 98.4 billion in 2024. "
        "The lender's bad-loan ratio fell 150bp to 6.2% in 2024."
    )
    found = extract(text, date(2025, 3, 1), CATALOG).figures
    assert [(round(f.value, 2), f.unit) for f in found] == [
        (9.84e10, "RWF"),
        (-1.5, "percentage_point"),
        (6.2, "percent"),
    ]


def test_a_column_of_things_counted_beside_one_of_money_holds_counts() -> None:
    text = (
        "The details for each State are as under:\n\n"
        "State | Registered exporters | Exports 2024-25 (Rs. crore)\n"
        "Kerala | 4,112 | 1,870"
    )
    found = extract(text, date(2025, 12, 5), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(4112, "count"), (1.87e10, "INR")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, online purchases by individuals stayed duty-free up to USD 800 per quarter.",
        "In 2024, the threshold below which parcels are released without duty was US$ 40.",
        "In 2024, the courier charged shops a flat ₦2,900 per interstate parcel.",
        "In 2024, the annual fee for a trading licence was kept at AED 9,800.",
        "In 2024, the sales tax has been 15% for most goods.",
    ],
)
def test_bars_charges_and_fees_in_force_are_of_no_period(sentence: str) -> None:
    (found,) = extract(sentence, date(2025, 3, 1), CATALOG).figures
    assert (found.kind, found.period) == ("other", None)


def test_a_financial_year_said_to_have_ended_in_june_dates_the_texts_fiscal_years() -> None:
    text = (
        "Exports of computer services totalled $3.1 billion in the year ended March 2024. Inland Revenue "
        "collected $146 million of GST in the 2023/24 financial year, which ended on 30 June 2024, up from "
        "$118 million in 2022/23."
    )
    found = extract(text, date(2024, 8, 2), CATALOG).figures
    assert [f.period for f in found] == ["2023-04/2024-03", "2023-07/2024-06", "2022-07/2023-06"]


def test_a_brief_for_investors_in_a_city_named_on_its_first_line_is_the_citys() -> None:
    text = (
        "SURABAYA INVESTOR BRIEF | DIGITAL SERVICES | MAY 2025\n\n"
        "The city's software firms earned US$ 410 million in 2024, and more than 900 IT enterprises "
        "operate there."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Surabaya", "Surabaya"]


@pytest.mark.parametrize("amount", ["ISK 36 billion", "36 billion krónur"])
def test_amounts_in_icelandic_kronur_beside_pounds_leave_an_icelandic_text_icelands(amount: str) -> None:
    text = (
        "Market brief: online retail in Iceland\n\n"
        "Iceland is a small market, and Iceland's shoppers often buy abroad. UK exports to Iceland were "
        "£1.1 billion in 2023 and £0.9 billion in 2022.\n\n"
        f"Online retail reached {amount} in 2023."
    )
    assert [g for _, _, _, _, g in figures(text)][2:] == ["Iceland"]


def test_the_government_after_a_sentence_opening_on_a_country_is_that_countrys() -> None:
    text = (
        "Icelanders spent ISK 29 billion on foreign websites in 2023, and Iceland's online retail grew 7%. "
        "In the UK, the government aims to reach £1 trillion of exports a year by 2030."
    )
    (target,) = extract(text, date(2024, 5, 15), CATALOG).targets
    assert target.issuer == "United Kingdom government"


def test_cells_under_a_caption_of_scenarios_for_a_year_to_come_are_forecasts_for_that_year() -> None:
    text = (
        "Andes Policy Lab expects Peru's IT exports to keep rising.\n\n"
        "Two scenarios for 2030 (US$ billion)\n"
        "Scenario | IT services exports | Online goods exports\n"
        "Reform | 2.4 | 0.6\n"
        "Drift | 1.3 | 0.2"
    )
    found = extract(text, date(2026, 5, 1), CATALOG)
    assert not found.figures
    assert [(round(t.value), t.year, t.kind) for t in found.targets] == [
        (2.4e9, 2030, "forecast"),
        (6e8, 2030, "forecast"),
        (1.3e9, 2030, "forecast"),
        (2e8, 2030, "forecast"),
    ]


def test_a_provincial_government_named_before_a_bar_on_the_first_line_is_the_reports_place() -> None:
    text = (
        "GYEONGGI PROVINCIAL GOVERNMENT | Trade Policy Bureau\n"
        "Press briefing, 22 August 2024\n\n"
        "Small firms in the province exported KRW 412 billion of goods online in January-June, and "
        "3,850 firms sold abroad online."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Gyeonggi", "Gyeonggi"]


def test_a_blocs_secretariat_heading_its_bulletin_makes_figures_naming_no_place_the_blocs() -> None:
    text = (
        "EAST AFRICAN COMMUNITY SECRETARIAT | DIRECTORATE OF CUSTOMS\n"
        "Quarterly Customs Bulletin, Q2 2025\n\n"
        "Kenya cleared 1.1 million consignments, Tanzania 640,000 and Uganda 410,000.\n\n"
        "Partner States cleared 2.6 million low-value consignments in the quarter, 19% more than a year "
        "earlier."
    )
    assert [g for _, _, _, _, g in figures(text)][-2:] == ["EAC", "EAC"]


@pytest.mark.parametrize(
    ("header", "city"),
    [
        ("Speech by the Mayor of Guadalajara at the Western E-commerce Forum", "Guadalajara"),
        ("[Check against delivery]\nAddress by the Mayor of Zaragoza\nEbro Logistics Forum", "Zaragoza"),
        ("Speech by Ana Ruiz, Mayor of Rosario, at the opening of the forum", "Rosario"),
    ],
)
def test_a_mayors_speech_is_the_mayors_citys_from_paragraph_to_paragraph(header: str, city: str) -> None:
    text = (
        f"{header}\n\n"
        "Jalisco's online exports reached US$ 2.4 billion last year, and Jalisco's online sales grew 12%.\n\n"
        "Today more than 1,200 technology companies call our metropolitan area home."
    )
    assert [g for _, _, _, _, g in figures(text)][-1] == city


@pytest.mark.parametrize("done", ["collected on small parcels", "recorded by the customs office"])
def test_a_value_collected_in_a_past_year_beside_a_forecast_is_a_fact(done: str) -> None:
    text = (
        "The revenue authority projects that the levy will raise GH¢380 million in 2026, against GH¢240 "
        f"million {done} in 2024."
    )
    found = extract(text, date(2025, 7, 1), CATALOG)
    assert [(f.value, f.period) for f in found.figures] == [(2.4e8, "2024")]
    assert [(t.value, t.year) for t in found.targets] == [(3.8e8, 2026)]


def test_an_estimate_putting_a_trades_employment_at_a_number_counts_people() -> None:
    text = "Industry estimates put employment in Ghana's BPO sector at more than 12,000 at the end of 2024."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(12000, "count")]


@pytest.mark.parametrize("whose", ["our", "its"])
def test_a_number_of_our_things_counts_those_things(whose: str) -> None:
    text = f"At June 30, 2025, 41,000 of {whose} active sellers were based outside Brazil."
    found = extract(text, date(2025, 8, 6), CATALOG).figures
    assert [(f.value, f.unit, f.metric) for f in found] == [(41000, "count", "active sellers")]


def test_a_company_named_with_its_legal_form_and_listing_over_its_letter_issues_its_guidance() -> None:
    text = (
        "Kestrel Crafts Market, Inc. (Nasdaq: CMKR)\nSecond Quarter 2025 Letter to Shareholders\n\n"
        "Dear fellow shareholders,\n\nFor the third quarter we expect revenue of $143 million."
    )
    (target,) = extract(text, date(2025, 8, 6), CATALOG).targets
    assert target.issuer == "Kestrel Crafts Market"


def test_a_plan_named_by_the_words_before_it_does_not_reach_back_over_a_full_stop() -> None:
    text = (
        "We will train engineers in Cairo and Alexandria. We plan to raise the number of people employed in "
        "delivery centres to 215,000 by 2026."
    )
    (target,) = extract(text, date(2024, 10, 15), CATALOG).targets
    assert "Alexandria" not in (target.issuer or "")


def test_a_companys_insights_team_signing_its_commentary_makes_its_we_the_companys() -> None:
    text = (
        "ParcelPulse Courier Rate Index – Q3 2025 commentary\n\n"
        "Published 8 October 2025 | ParcelPulse insights team, Manchester\n\n"
        "Policy watch\n\nThe government's review of the £135 threshold is still open.\n\n"
        "Outlook\n\nWe expect the index to fall below 130 by the end of 2025."
    )
    (target,) = extract(text, date(2025, 10, 8), CATALOG).targets
    assert target.issuer == "ParcelPulse"


def test_an_opinion_piece_by_a_minister_speaks_for_the_ministry() -> None:
    text = (
        "OPINION\n\nEgypt's next export boom will travel by cable\n\n"
        "By the Minister of Communications and Information Technology\n\n"
        "We plan to raise the number of people employed in delivery centres to 215,000 by 2026."
    )
    (target,) = extract(text, date(2024, 10, 15), CATALOG).targets
    assert target.issuer == "Ministry of Communications and Information Technology"


def test_the_city_council_in_a_mayors_speech_is_the_citys_council() -> None:
    text = (
        "Address by the Mayor of Rosario\n\n"
        "By 2030, the City Council wants Rosario to host 1,000 export-ready digital start-ups."
    )
    (target,) = extract(text, date(2025, 5, 22), CATALOG).targets
    assert target.issuer == "Rosario City Council"


def test_a_projection_by_an_office_named_after_policy_is_a_forecast() -> None:
    text = (
        "The Fiscal Policy Office projects that the new duty will raise 2,300 million baht in fiscal year "
        "2026."
    )
    (target,) = extract(text, date(2025, 11, 20), CATALOG).targets
    assert (target.kind, target.issuer) == ("forecast", "Fiscal Policy Office")


def test_a_chamber_named_after_a_city_over_its_survey_makes_it_the_citys() -> None:
    text = (
        "SURABAYA CHAMBER OF COMMERCE\n\n"
        "Member firms sold US$ 120 million of goods abroad online in 2024, and 640 firms took part."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Surabaya", "Surabaya"]


@pytest.mark.parametrize(
    ("header", "country", "province"),
    [
        ("BANCO CENTRAL DE RESERVA DEL PERÚ", "Peru", "Arequipa"),
        ("Banco Central do Brasil", "Brazil", "Paraná"),
        ("INSTITUTO NACIONAL DE ESTADÍSTICA Y GEOGRAFÍA, MÉXICO", "Mexico", "Jalisco"),
        ("Autoridad del Canal de Panamá", "Panama", None),
    ],
)
def test_a_country_named_in_its_own_language_by_its_institution_is_that_country(
    header: str, country: str, province: str | None
) -> None:
    """Its figures are the country's, not those of the one province it names in passing."""
    text = (
        f"{header}\nNote 14-2025\n\n"
        "Exports of services reached US$ 2,415 million in 2024.\n\n"
        f"Computer services grew fastest, on contracts signed by firms in {province or 'the capital'}."
    )
    assert [g for _, _, _, _, g in figures(text)] == [country]


def test_a_places_abbreviation_the_text_defines_as_a_programme_names_the_programme() -> None:
    """ "PRC" is China's where the text does not say otherwise; here it is a Brazilian programme's."""
    text = (
        "Reply of the Ministry of Finance on the Remessa Conforme Programme (PRC).\n\n"
        "Companies certified under the PRC declared 187.6 million international consignments in 2024. "
        "Brazil's customs cleared 89% of PRC consignments before arrival."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["Brazil", "Brazil"]


def test_the_peoples_republic_of_china_abbreviated_is_still_china() -> None:
    text = (
        "The People's Republic of China (PRC) reported cross-border e-commerce trade of 2.63 trillion yuan "
        "in 2024, and Brazil's imports from it rose 9%. The PRC's exports made up 77.6% of it."
    )
    assert [g for _, _, _, _, g in figures(text)] == ["China", "Brazil", "China"]


def test_fiscal_years_a_table_marks_as_estimates_hold_forecasts_for_the_years_they_end_in() -> None:
    text = (
        "Umoja Express: cross-border e-commerce parcels carry the half.\n\n"
        "Table 1: Earnings summary and estimates (R million)\n\n"
        "Item | FY24A | FY25E | FY26F\n"
        "Revenue | 6,180 | 7,010 | 7,890"
    )
    result = extract(text, date(2025, 3, 12), CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [(6.18e9, "2024")]
    assert [(t.value, t.year, t.kind) for t in result.targets] == [
        (7.01e9, 2025, "forecast"),
        (7.89e9, 2026, "forecast"),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Item (US$ million) | 2023 | 2024",
        "| Item (US$ million) | 2023 | 2024 |",
        "| US$ m, FYE December | 2023 | 2024 |",
        "| US$ m | 2023 | 2024 |",
    ],
)
def test_a_unit_over_a_tables_labels_is_the_whole_tables(header: str) -> None:
    bar = "| " if header.startswith("|") else ""
    text = (
        "Cross-border e-commerce parcels drive Kelana Express, the analysts said.\n\n"
        f"{header}\n"
        f"{bar}Revenue | 1,185.0 | 1,301.0{bar[::-1]}\n"
        f"{bar}Payment volume ($bn) | 14.6 | 10.6{bar[::-1]}\n"
        f"{bar}Core net profit | 151.6 | 170.3{bar[::-1]}"
    )
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [
        (1.185e9, "USD"), (1.301e9, "USD"), (1.46e10, "USD"), (1.06e10, "USD"), (1.516e8, "USD"),
        (1.703e8, "USD"),
    ]  # fmt: skip


@pytest.mark.parametrize("hedge", ["fewer than ", "more than ", "just over ", "almost "])
def test_a_hedged_count_set_against_a_count_before_it_counts_the_same_things(hedge: str) -> None:
    text = (
        f"We now have 18 400 merchants accepting payment online in 2024, against {hedge}6 000 five years ago."
    )
    found = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.value, f.period, f.metric, f.approx) for f in found] == [
        (18400, "2024", "merchants accepting payment online", False),
        (6000, "2019", "merchants accepting payment online", True),
    ]


@pytest.mark.parametrize(
    ("amount", "value"),
    [("23 500 FCFA", 23500), ("87 400 million FCFA", 8.74e10), ("1.2 billion francs CFA", 1.2e9)],
)
def test_cfa_francs_written_after_the_number(amount: str, value: float) -> None:
    text = f"The members' cross-border online sales came to {amount} in 2023."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(value, "XOF")]


def test_a_table_set_out_in_spaces_with_thousands_set_apart_by_a_space() -> None:
    text = (
        "Exports of digitally delivered services by service type, 2024 (revised), EUR million\n\n"
        "Telecommunications, computer and information services     17 840\n"
        "Other business services                                     8 910\n"
        "Charges for the use of intellectual property                3 260"
    )
    assert [(v, u, p) for v, u, _, p, _ in figures(text)] == [
        (1.784e10, "EUR", "2024"),
        (8.91e9, "EUR", "2024"),
        (3.26e9, "EUR", "2024"),
    ]


@pytest.mark.parametrize(
    ("amount", "value", "unit"),
    [
        ("Shs1.55 trillion", 1.55e12, "UGX"),
        ("Shs 386.2bn", 3.862e11, "UGX"),
        ("Rp 487 triliun", 4.87e14, "IDR"),
        ("Rp 96.4 miliar", 9.64e10, "IDR"),
        ("Rp 850 juta", 8.5e8, "IDR"),
    ],
)
def test_east_african_shillings_and_indonesian_scales(amount: str, value: float, unit: str) -> None:
    place = "Uganda" if unit == "UGX" else "Indonesia"
    text = f"{place}'s exports of ICT-enabled services were worth {amount} in 2024."
    assert [(v, u) for v, u, _, _, _ in figures(text)] == [(value, unit)]


def test_a_table_rows_of_passengers_and_of_tonnes_are_counts() -> None:
    text = (
        "Hang Nadim airport at a glance\n\n"
        "                          2023         2024\n"
        "Passengers           2,012,330    2,417,605\n"
        "Cargo (tonnes)          41,226       52,870\n"
        "Mail (tons)              1,200        1,350"
    )
    assert [(v, u, p) for v, u, _, p, _ in figures(text)] == [
        (2012330, "count", "2023"),
        (2417605, "count", "2024"),
        (41226, "count", "2023"),
        (52870, "count", "2024"),
        (1200, "count", "2023"),
        (1350, "count", "2024"),
    ]


@pytest.mark.parametrize(
    ("header", "zone"),
    [
        ("Colón Free Zone Administration, Department of Statistics", "Colón Free Zone"),
        ("JEBEL ALI DIGITAL COMMERCE ZONE AUTHORITY", "Jebel Ali Digital Commerce Zone"),
        (
            "ANNUAL REVIEW\nIssued by the Blue Bay Digital Industrial Park Administration | Lingshui",
            "Blue Bay Digital Industrial Park",
        ),
    ],
)
def test_a_zone_reporting_its_own_numbers_is_their_place_and_keys_them_in_its_country(
    header: str, zone: str
) -> None:
    text = (
        f"{header}\nPanama, April 2025\n\n"
        "In 2024 re-exports totalled US$ 11,802.3 million, 4.7% more than in 2023.\n\n"
        "E-commerce parcels dispatched under the scheme rose to 3.7 million in 2024."
    )
    found = extract(text, date(2025, 4, 22), CATALOG).figures
    assert [f.geo for f in found] == [zone] * 3
    assert all(f.metric_key.startswith("pa.") for f in found)


def test_a_zone_named_after_two_places_is_not_a_place_of_its_own() -> None:
    text = (
        "JOHOR-SINGAPORE SPECIAL ECONOMIC ZONE AUTHORITY\nInvestor update\n\n"
        "The zone approved 17 projects worth a combined RM6.3 billion in 2024."
    )
    assert "Zone" not in str([g for _, _, _, _, g in figures(text)])


@pytest.mark.parametrize(
    "ticker",
    [
        *("(KELX MK)", "(KELX MK Equity)", "(KELX.KL)", "(KELX, Bursa Malaysia)", "(KELX, Nasdaq Stockholm)"),
        "(9278 MK)",
    ],
)
def test_a_company_named_with_its_ticker_as_the_markets_write_it_reports_its_own_numbers(ticker: str) -> None:
    text = (
        "STRAITS PENINSULA SECURITIES | Equity Research | Malaysia | Logistics\n\n"
        f"Kelana Express Logistics {ticker}\n"
        "Rating: BUY (maintained)\n\n"
        "The cross-border segment handled 58.3 million parcels in FY25. Management expects cross-border "
        "revenue to reach 50% of the total by 2027."
    )
    result = extract(text, date(2025, 8, 28), CATALOG)
    assert [f.geo for f in result.figures] == [None]
    assert [t.issuer for t in result.targets] == ["Kelana Express Logistics"]


@pytest.mark.parametrize(
    ("bloc", "name"),
    [
        ("SADC", "SADC"),
        ("Southern African Development Community", "SADC"),
        ("ECOWAS", "ECOWAS"),
        ("UEMOA", "WAEMU"),
        ("West African Economic and Monetary Union", "WAEMU"),
        ("COMESA", "COMESA"),
        ("Economic Community of West African States", "ECOWAS"),
        ("Common Market for Eastern and Southern Africa", "COMESA"),
    ],
)
def test_african_blocs_are_places(bloc: str, name: str) -> None:
    text = f"Intra-{bloc} cross-border e-commerce reached US$1.8 billion in 2025, the secretariat said."
    assert [g for _, _, _, _, g in figures(text)] == [name]


def test_a_goal_whose_subject_has_done_something_else_is_still_a_goal() -> None:
    text = (
        "The ministry aims to lift annual e-exports to $10bn by 2028 and has simplified customs declarations."
    )
    result = extract(text, date(2025, 11, 18), CATALOG)
    assert [(t.value, t.year, t.kind) for t in result.targets] == [(1e10, 2028, "target")]
    assert not result.figures


def test_a_rules_bar_after_a_goal_takes_no_deadline_from_it() -> None:
    text = (
        "The ministry aims to lift annual e-exports to $10bn by 2028. The main risk sits in Europe: the EU's "
        "planned removal of the €150 customs duty exemption for low-value parcels would raise landed costs."
    )
    result = extract(text, date(2025, 11, 18), CATALOG)
    assert [t.value for t in result.targets] == [1e10]
    assert [(f.value, f.unit, f.kind, f.period) for f in result.figures] == [(150, "EUR", "other", None)]


def test_goals_a_caption_names_for_a_year_before_a_colon_in_the_same_sentence() -> None:
    text = (
        "The National Digital Economy Development Plan sets our goals for 2027: cross-border e-commerce "
        "exports of at least US$150 million and 2,000 registered e-commerce businesses."
    )
    result = extract(text, date(2026, 10, 20), CATALOG)
    assert [(t.value, t.unit, t.comparator, t.year) for t in result.targets] == [
        (1.5e8, "USD", ">=", 2027),
        (2000, "count", "=", 2027),
    ]
    assert not result.figures


def test_a_comparator_runs_on_to_the_next_goal_only_in_the_same_unit() -> None:
    text = "The bloc aims for a share above 45 percent by 2029 and 50 percent by 2035."
    result = extract(text, date(2025, 6, 1), CATALOG)
    assert [t.comparator for t in result.targets] == [">", ">"]


def test_a_bare_number_a_speaker_wants_by_a_year_is_a_goal() -> None:
    text = (
        "Romanian companies selling online to other EU countries rose to around 14,500 last year, and we "
        "want 25,000 by 2028."
    )
    result = extract(text, date(2026, 5, 14), CATALOG)
    assert [(t.value, t.year, t.kind) for t in result.targets] == [(25000, 2028, "target")]


def test_a_bare_number_forecast_for_the_end_of_the_year_measures_the_subject_of_its_verb() -> None:
    text = (
        "CaucasusPay expects card spending in Georgia to grow 15-20% in the second half of 2024, and the "
        "Armenian headline index to pass 250 by the end of the year."
    )
    *_, index = extract(text, date(2024, 7, 25), CATALOG).targets
    assert (index.value, index.comparator, index.year, index.metric) == (
        250,
        ">",
        2024,
        "Armenian headline index",
    )


def test_a_range_of_counts_in_one_scale_holds_both_ends() -> None:
    text = "Management expects 70-75 million cross-border parcels in FY26, helped by a second sorting hub."
    result = extract(text, date(2025, 8, 28), CATALOG)
    assert [(t.value, t.unit, t.comparator) for t in result.targets] == [
        (7e7, "count", ">="),
        (7.5e7, "count", "<="),
    ]


@pytest.mark.parametrize("heading", ["Var. % y/y", "Var. %", "y/y %", "% y/y", "Chg. %", "Variation %"])
def test_a_column_of_changes_headed_as_spanish_and_portuguese_tables_write_it(heading: str) -> None:
    text = (
        "Table 1. Exports of digitally deliverable services, second quarter of 2025\n\n"
        f"Category | US$ million | {heading}\n"
        "Computer and information services | 149 | 26.3"
    )
    assert [(v, u, k) for v, u, k, _, _ in figures(text)] == [
        (1.49e8, "USD", "level"),
        (26.3, "percent", "change"),
    ]


@pytest.mark.parametrize("number", ["Table 2.", "Table 4.2:", "Table 3"])
def test_rows_labelled_by_quarters_under_a_caption_naming_a_year_are_that_years(number: str) -> None:
    text = (
        "Parcels rose again.\n\n"
        f"{number} E-commerce parcels dispatched by quarter, 2024\n\n"
        "Quarter        Parcels (thousands)     Change y/y\n"
        "Q1                             742         +24.1%\n"
        "Q2                             861         +27.6%"
    )
    found = extract(text, date(2025, 4, 22), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [
        (742000, "2024-Q1"), (24.1, "2024-Q1"), (861000, "2024-Q2"), (27.6, "2024-Q2")
    ]  # fmt: skip


@pytest.mark.parametrize("bar", ["", "| "])
def test_rows_labelled_by_quarters_in_a_column_of_a_year_are_that_years(bar: str) -> None:
    end = bar[::-1]
    text = (
        "Quarterly e-commerce parcels\n\n"
        f"{bar}Quarter | Parcels (million) | Change on 2023{end}\n"
        f"{bar}Q1      | 3.9               | +39%{end}\n"
        f"{bar}H2      | 10.4              | +42%{end}"
    )
    found = extract(text, date(2025, 3, 12), CATALOG).figures
    assert [(f.value, f.period) for f in found] == [
        (3.9e6, "2024-Q1"), (39, "2024-Q1"), (1.04e7, "2024-H2"), (42, "2024-H2")
    ]  # fmt: skip


def test_a_sign_after_a_currency_code_keeps_the_code_and_the_base_its_own_period() -> None:
    text = (
        "The group's third-quarter numbers were better than feared. "
        "Operating profit improved to EUR -14mn from EUR -21mn in Q3 2024."
    )
    found = extract(text, date(2025, 11, 6), CATALOG).figures
    assert [(f.value, f.unit, f.period, f.quote) for f in found] == [
        (-14e6, "EUR", "2025-Q3", "EUR -14mn"), (-21e6, "EUR", "2024-Q3", "EUR -21mn")
    ]  # fmt: skip


def test_a_japanese_brokers_fiscal_year_columns_marked_as_estimates_hold_forecasts() -> None:
    text = (
        "Kyushu Parcel Lines: cross-border parcels carry the quarter.\n\n"
        "Estimates\n"
        "(¥bn, FY to March)             FY3/25    FY3/26E    FY3/27E\n"
        "Revenue                         112.6      131.0      148.5\n"
        "Operating profit                  7.1        9.2       11.0"
    )
    result = extract(text, date(2025, 11, 12), CATALOG)
    assert [(f.value, f.period) for f in result.figures] == [
        (112.6e9, "2024-04/2025-03"), (7.1e9, "2024-04/2025-03")
    ]  # fmt: skip
    assert [(t.value, t.year, t.kind) for t in result.targets] == [
        (131e9, 2026, "forecast"), (148.5e9, 2027, "forecast"),
        (9.2e9, 2026, "forecast"), (11e9, 2027, "forecast"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Rating: BUY | 12-month target price: ¥3,450 | Price (11 Nov close): ¥2,812",
        "Rating: BUY | Price target (12m): ¥3,450 | Share price: ¥2,812",
    ],
)
def test_a_target_price_dates_its_own_cell_not_the_share_price_in_the_next(line: str) -> None:
    text = f"Equity Research | Japan\n\nKyushu Parcel Lines (9278 JP)\n{line}\n\nParcels rose 41% YoY."
    result = extract(text, date(2025, 11, 12), CATALOG)
    assert [(f.value, f.unit) for f in result.figures] == [(2812, "JPY"), (41, "percent")]
    assert [(t.value, t.year, t.metric) for t in result.targets] == [(3450, 2026, "target price")]


def test_a_column_of_tonnes_and_a_row_of_things_counted_with_a_dot_between_thousands() -> None:
    text = (
        "The table below breaks down the year's cargo by segment.\n\n"
        "Segment | Tonnes 2024 | Change\n"
        "E-commerce | 421 700 | +13,4 %\n\n"
        "EXPORT PROMOTION IN NUMBERS, 2024\n\n"
        "| Indicator | Value |\n"
        "| Services exporters assisted | 1.126 |"
    )
    found = extract(text, date(2025, 2, 20), CATALOG).figures
    assert [(f.value, f.unit, f.kind, f.period) for f in found] == [
        (421_700, "count", "level", "2024"),
        (13.4, "percent", "change", "2024"),
        (1_126, "count", "count", "2024"),
    ]


def test_a_lead_calling_its_subject_a_group_that_publishes_its_results_is_a_companys_release() -> None:
    text = (
        "Tallinn, 27 March 2025\n\n"
        "Nordpost (AS Eesti Pakk), the Estonian state-owned postal and logistics group, today published its "
        "audited results for 2024.\n\n"
        "Parcels handled rose 12% to 38.6 million, and Estonia's online shoppers bought more from abroad."
    )
    assert [f.geo for f in extract(text, date(2025, 3, 27), CATALOG).figures] == [None, None]


def test_a_datelines_city_before_a_companys_lead_is_not_the_company() -> None:
    text = (
        "Malé, 28 April 2025 - Maldives Parcel Limited (MPL), the national postal operator, today published "
        "its audited results for 2024.\n\nThe company aims to raise its revenue to MVR 250 million by 2027."
    )
    assert [t.issuer for t in extract(text, date(2025, 4, 28), CATALOG).targets] == [
        "Maldives Parcel Limited"
    ]


@pytest.mark.parametrize(
    ("header", "province"), [("PROVINCE OF CÓRDOBA", "Córdoba"), ("Province of Mendoza", "Mendoza")]
)
def test_a_first_line_naming_a_province_as_itself_makes_the_text_that_provinces(
    header: str, province: str
) -> None:
    text = (
        f"{header} | 2026 BUDGET\n"
        "Presentation of the budget bill to the Legislature by the Minister of Finance\n\n"
        "The sector now employs 42,600 people in the province, and its firms sold services worth ARS 9.000 "
        "million abroad."
    )
    assert {f.geo for f in extract(text, date(2025, 10, 30), CATALOG).figures} == {province}


@pytest.mark.parametrize("header", ["STATE OF KUWAIT — MINISTRY OF FINANCE", "State of Qatar"])
def test_a_first_line_naming_a_country_as_a_state_names_no_province(header: str) -> None:
    assert issuing_place(f"{header}\n\nThe digital economy grew 5% in 2024.") is None


def test_argentinas_provinces_are_places_but_not_those_named_as_cities() -> None:
    assert [p.name for p in find_places("Firms in Mendoza, Neuquén and Entre Ríos grew.")] == [
        "Mendoza", "Neuquén", "Entre Ríos"
    ]  # fmt: skip
    assert SUBDIVISIONS["Tucumán"] == "Argentina"
    assert "Buenos Aires" not in SUBDIVISIONS and "Santa Cruz" not in SUBDIVISIONS


def test_a_firms_sector_commentary_under_its_name_reports_the_sectors_numbers_not_its_own() -> None:
    text = (
        "NORTE CALIFICADORA DE RIESGO S.A.\n"
        "Sector Commentary | Corporate Ratings | Argentina\n\n"
        "Cross-border parcels cleared under the courier regime rose 210% in 1H25. We expect margins to fall."
    )
    assert [f.geo for f in extract(text, date(2025, 7, 22), CATALOG).figures] == ["Argentina"]


def test_a_success_story_section_gives_its_companys_numbers_until_the_next_heading() -> None:
    text = (
        "Senegal's exports of services reached FCFA 1 126 billion in 2023.\n\n"
        "SUCCESS STORY 1: Teranga Bissap, Thiès\nHibiscus drinks and syrups\n\n"
        "Aminata Diop started the firm. Online sales abroad reached FCFA 86.400.000 in 2023.\n\n"
        "Success story: Kaay Code, Dakar\n\n"
        "The studio billed clients in Senegal FCFA 312.750.000 in 2023.\n\n"
        "OUTLOOK\n\n"
        "Services exports are expected to grow 8% in 2024."
    )
    found = extract(text, date(2024, 7, 8), CATALOG)
    assert [f.geo for f in found.figures] == ["Senegal", None, None]
    assert [t.geo for t in found.targets] == ["Senegal"]


@pytest.mark.parametrize("header", ["BUSAN METROPOLITAN CITY", "City of Busan"])
def test_a_city_naming_itself_on_the_first_line_reports_its_own_numbers(header: str) -> None:
    text = (
        f"{header}\n2026 Major Work Report | Digital Economy Bureau\n\n"
        "Online exports by local companies grew 27.4% in 2025, according to the city's analysis."
    )
    assert [f.geo for f in extract(text, date(2026, 1, 28), CATALOG).figures] == ["Busan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Today the ICT sector makes up 3.1% of GDP.",
        "International activities now generate 21% of parcels revenue.",
    ],
)
def test_a_share_standing_today_or_now_generated_has_no_period(sentence: str) -> None:
    text = f"In the third quarter revenue rose 2.4%. {sentence}"
    assert [f.period for f in extract(text, date(2025, 11, 6), CATALOG).figures] == ["2025-Q3", None]


def test_a_projection_of_a_long_named_measure_and_one_after_a_hedge_are_forecasts() -> None:
    text = (
        "The company projects cross-border online spending by Central Asian cardholders of $5.6 billion for "
        "the full year. The Budget Office projects a more cautious US$ 210 million for 2026."
    )
    targets = extract(text, date(2025, 7, 18), CATALOG).targets
    assert [(t.value, t.year, t.kind, t.metric) for t in targets] == [
        (5.6e9, 2025, "forecast", "cross-border online spending by Central Asian cardholders"),
        (2.1e8, 2026, "forecast", "unknown"),
    ]


def test_a_forecast_to_grow_at_a_rate_of_names_no_measure_by_its_verb() -> None:
    text = "E-commerce GMV is forecast to grow at a compound annual rate of about 13% to 2030."
    assert [t.metric for t in extract(text, date(2025, 7, 18), CATALOG).targets] == ["E-commerce GMV"]


@pytest.mark.parametrize("further", ["a further ", "another "])
def test_a_forecast_to_fall_by_a_further_amount_is_a_fall(further: str) -> None:
    text = f"Letter volumes are projected to fall by {further}12% in 2025."
    assert [t.value for t in extract(text, date(2025, 3, 27), CATALOG).targets] == [-12]


def test_a_release_whose_lead_has_the_company_report_a_result_today_is_its_own() -> None:
    text = (
        "Harbour Post returns to profit\n\n"
        "Harbour Post today reported a profit before tax of $31.4 million for 2024-25, a turnaround from the "
        "$200.1 million loss recorded in FY24.\n\n"
        "                      FY25       FY24\n"
        "Group revenue        $9.62bn    $9.36bn\n"
        "Letters delivered    2.08bn     2.30bn\n"
    )
    assert own_release_company(text) == "Harbour Post"
    found = extract(text, date(2025, 8, 26), CATALOG).figures
    assert [(f.value, f.unit) for f in found][1:] == [
        (-200.1e6, "USD"), (9.62e9, "USD"), (9.36e9, "USD"), (2.08e9, "count"), (2.3e9, "count"),
    ]  # fmt: skip


def test_quebec_under_its_french_and_english_names_and_cariforum_are_places() -> None:
    text = "Québec's exports rose 9% in 2024; Quebec's imports 4%; CARIFORUM states' exports 6%."
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert [f.geo for f in found] == ["Quebec", "Quebec", "CARIFORUM"]


def test_a_projection_of_a_measure_named_in_six_words_before_to_is_a_forecast() -> None:
    text = (
        "ECLAC projects digitally deliverable services exports from CARICOM to grow by 5.5% to 6.5% a year "
        "in 2026-2028, reaching about US$5.8 billion in 2028."
    )
    targets = extract(text, date(2026, 7, 15), CATALOG).targets
    assert [(t.value, t.year, t.kind) for t in targets] == [
        (5.5, 2028, "forecast"), (6.5, 2028, "forecast"), (5.8e9, 2028, "forecast"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "header", ["State | Parcels | Share of national total", "State | Parcels | Change y/y"]
)
def test_a_column_of_things_counted_beside_their_shares_or_moves_holds_counts(header: str) -> None:
    text = f"Parcels by state of destination, February 2025\n\n{header}\nSão Paulo | 4.987.310 | 35,1%\n"
    found = extract(text, date(2025, 3, 20), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(4_987_310, "count"), (35.1, "percent")]


def test_a_column_of_start_ups_beside_their_funding_counts_them() -> None:
    text = (
        "Our map covers 64 start-ups that move money across borders.\n\n"
        "Segment                           Start-ups   Funding 2025 (US$ mn)\n"
        "Collection accounts for sellers          19                     512\n"
        "B2B payables and FX                      17                     436\n"
    )
    found = extract(text, date(2025, 11, 3), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [
        (64, "count"), (19, "count"), (512e6, "USD"), (17, "count"), (436e6, "USD"),
    ]  # fmt: skip


def test_a_sale_opening_on_one_day_and_closing_on_another_runs_over_their_months() -> None:
    text = (
        "This year's Double 11 shopping festival ran for four weeks, opening on 14 October and closing at "
        "midnight on 11 November.\n\nGMV reached 1.38 trillion yuan over the festival."
    )
    assert sale_window(text, date(2024, 11, 14)) == "2024-10/2024-11"
    assert [f.period for f in extract(text, date(2024, 11, 14), CATALOG).figures] == ["2024-10/2024-11"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "MERIDIAN LOGISTICS REAL ESTATE | MARKET REPORT\nChengdu Grade-A Warehouse Market | Q3 2025\n\n"
            "MARKET SNAPSHOT\n- Average vacancy rate: 17.8%\n\nDEMAND\nOperators leased space in "
            "Shuangliu for their south-west China operations.\n\nThe demand reflects Chengdu's growing role. "
            "Chengdu Customs said so.",
            "Chengdu",
        ),
        (
            "Consumer Council for Northern Ireland\n\nShoppers in Northern Ireland pay more.\n\n"
            "Most bought goods from a retailer based in Great Britain in 2023. "
            "They spent £1,940 on average.\n\n"
            "Consumers in Northern Ireland face higher charges than elsewhere in the UK.",
            "Northern Ireland",
        ),
    ],
)
def test_a_text_naming_a_place_inside_a_country_more_often_than_the_country_is_that_places(
    text: str, place: str
) -> None:
    assert [f.geo for f in extract(text, date(2025, 10, 22), CATALOG).figures] == [place]


def test_a_value_a_present_verb_after_now_gives_has_no_period_whatever_time_came_before() -> None:
    text = "A leatherworker who started selling wallets in 2019 now ships to 41 countries."
    assert [f.period for f in extract(text, date(2026, 2, 18), CATALOG).figures] == [None]


def test_a_goal_to_double_a_measure_named_in_several_words_by_a_year_is_a_target() -> None:
    text = "Under its strategy, the government aims to double digitally delivered services exports by 2030."
    targets = extract(text, date(2024, 7, 26), CATALOG).targets
    assert [(t.value, t.unit, t.year) for t in targets] == [(2, "times", 2030)]


@pytest.mark.parametrize("zone", ["Qianhai", "Hengqin", "Nansha", "Pudong"])
def test_chinas_zones_and_new_areas_are_places_of_their_own(zone: str) -> None:
    text = f"In 2024, digital trade in {zone} reached 186.4 billion yuan."
    assert [f.geo for f in extract(text, date(2025, 2, 18), CATALOG).figures] == [zone]


def test_a_place_a_figure_is_outside_is_not_its_place_but_still_one_the_text_is_about() -> None:
    text = "Online sales by Quebec businesses to buyers outside Canada totalled $3.1 billion in 2024."
    assert [f.geo for f in extract(text, date(2025, 3, 25), CATALOG).figures] == ["Quebec"]
    counts = place_counts(
        "Work done by staff outside Pakistan is untaxed; 27% of parcels came from outside the EU."
    )
    assert (counts["Pakistan"], counts["EU"]) == (1, 0)


def test_a_caption_in_the_chinese_hundred_million_after_its_currency_and_a_semicolon() -> None:
    text = (
        "Table 1. Cross-border e-commerce exports by supervision mode, January-July 2025\n"
        "(unit: RMB 100 million; change in percent on the same period of 2024)\n\n"
        "Mode | Value | Change\nDirect retail export (code 9610) | 1,102.5 | +14.6\n"
    )
    found = extract(text, date(2025, 8, 20), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(pytest.approx(1.1025e11), "CNY"), (14.6, "percent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Average net effective rent: RMB 24.6 per sq m per month.",
        "Wholesale capacity prices fell to WST 92 per Mbps per month.",
    ],
)
def test_a_price_of_a_unit_of_space_or_capacity_is_no_level(sentence: str) -> None:
    assert [f.kind for f in extract(sentence, date(2025, 10, 22), CATALOG).figures] == ["other"]


def test_a_goal_whose_cue_follows_its_number_is_a_target() -> None:
    text = (
        "Under Finland's Digital Compass, at least 90 per cent of small and medium-sized enterprises should "
        "reach a basic level of digital intensity by 2030."
    )
    assert [t.kind for t in extract(text, date(2025, 11, 26), CATALOG).targets] == ["target"]


def test_a_country_goes_by_its_formal_name_and_a_bloc_whose_rules_set_a_bar_is_not_its_place() -> None:
    text = (
        "The duty-free allowance for parcels entering the Kyrgyz Republic, set by the rules of the Eurasian "
        "Economic Union, remains at 200 euros per parcel. In January-October 2024, residents of the Kyrgyz "
        "Republic received 8.6 million international parcels."
    )
    assert [f.geo for f in extract(text, date(2024, 12, 5), CATALOG).figures] == ["Kyrgyzstan", "Kyrgyzstan"]
    aliases = place_aliases()
    assert (aliases["Kyrgyz Republic"], aliases["Slovak Republic"]) == ("Kyrgyzstan", "Slovakia")


def test_an_airport_operators_release_reports_its_citys_traffic_unless_it_is_named_as_a_company() -> None:
    body = (
        "Incheon International Airport Corporation (IIAC) said on Tuesday that e-commerce shipments "
        "reached 131.5 million items in 2025.\n\nE-commerce accounted for 24.8% of total air cargo tonnage "
        'handled at Incheon last year.\n\n"Our job now is to keep capacity in step with demand," an '
        "IIAC official said."
    )
    operator = f"INCHEON INTERNATIONAL AIRPORT CORPORATION\nNEWS RELEASE | 20 January 2026\n\n{body}"
    company = f"INCHEON INTERNATIONAL AIRPORT S.A.\nNEWS RELEASE | 20 January 2026\n\n{body}"
    assert [f.geo for f in extract(operator, date(2026, 1, 20), CATALOG).figures][1:] == ["Incheon"]
    assert [f.geo for f in extract(company, date(2026, 1, 20), CATALOG).figures][1:] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first quarter most orders stayed under Korea's US$150 duty-free limit for personal imports.",
        "In the third quarter of 2024 the duty-free threshold for low-value parcels is NT$2,000.",
        "In 2025 the duty-free limit for personal imports (US$200 for goods sent from the US) held.",
    ],
)
def test_a_bar_named_with_what_it_is_for_or_a_second_bar_in_brackets_is_a_rules_term(sentence: str) -> None:
    assert [(f.kind, f.period) for f in extract(sentence, date(2025, 5, 14), CATALOG).figures] == [
        ("other", None)
    ]


def test_a_multiple_in_words_of_a_level_named_by_its_year_is_of_now() -> None:
    text = (
        "Exports of computer services rose to USD 540 million in 2023, more than three times the 2021 level."
    )
    found = extract(text, date(2024, 5, 2), CATALOG).figures
    assert [(f.unit, f.period) for f in found] == [("USD", "2023"), ("times", "2023")]


def test_a_place_that_intends_to_reach_a_share_sets_a_target() -> None:
    text = (
        "The country's IT services exports are to reach USD 5 billion by 2030. Tashkent intends to supply at "
        "least 70 percent of this volume."
    )
    found = extract(text, date(2026, 1, 28), CATALOG)
    assert (list(found.figures), [(t.value, t.comparator, t.year) for t in found.targets]) == (
        [],
        [(5e9, "=", 2030), (70, ">=", 2030)],
    )


def test_a_forecast_column_of_a_fiscal_year_named_by_one_year_is_for_that_year() -> None:
    text = (
        "Table 2. Japan's cross-border e-commerce exports, projections (¥ billion)\n\n"
        "Scenario | FY2027 | FY2030\nBaseline | 745 | 930\nUpside | 800 | 1,080\n"
    )
    found = extract(text, date(2025, 11, 14), CATALOG).targets
    assert [(t.value, t.year, t.kind) for t in found] == [
        (745e9, 2027, "forecast"),
        (930e9, 2030, "forecast"),
        (800e9, 2027, "forecast"),
        (1080e9, 2030, "forecast"),
    ]


def test_a_region_of_japan_is_a_place_and_one_opening_a_listed_companys_name_is_not() -> None:
    region = "Kansai's cross-border e-commerce exports reached ¥612 billion in 2024, Osaka taking 46%."
    assert [f.geo for f in extract(region, date(2025, 11, 14), CATALOG).figures] == ["Kansai", "Osaka"]
    assert [p.name for p in find_places("Kyushu Global Express (9278 JP) and Andes Pay (NASDAQ: ANDP)")] == []


def test_a_range_in_a_forecast_tables_cell_is_two_forecasts_each_end_bounding_it() -> None:
    text = (
        "Table 1. Baseline forecasts\n\nIndicator | 2027 | 2030\n"
        "ICT services exports, USD million | 150-180 | 260\nPeriod | 2021-2025 | 2026-2030\n"
    )
    found = extract(text, date(2025, 10, 20), CATALOG).targets
    assert [(t.value, t.comparator, t.year) for t in found] == [
        (150e6, ">=", 2027),
        (180e6, "<=", 2027),
        (260e6, "=", 2030),
    ]


def test_a_column_headed_change_comma_points_holds_moves_in_points() -> None:
    text = (
        "Index readings by market (Q1 2022 = 100)\n\n"
        "Market            Q3 2025   Q2 2025   Change, points\n"
        "Kazakhstan          148.6     142.3            +6.3\n"
    )
    found = extract(text, date(2025, 11, 12), CATALOG).figures
    assert [(f.value, f.unit, f.kind) for f in found][-1] == (6.3, "percentage_point", "change")


def test_an_index_release_titled_for_a_region_reports_the_regions_numbers() -> None:
    text = (
        "STEPPEPAY CROSS-BORDER E-COMMERCE SPENDING INDEX\nCentral Asia | Q3 2025\n\n"
        "Uzbekistan and Kazakhstan led the gains, and Kazakhstan's banks raised card limits.\n\n"
        "The regional composite index rose to 154.9, up 7.1 points from the second quarter."
    )
    found = extract(text, date(2025, 11, 12), CATALOG).figures
    assert [f.geo for f in found] == ["Central Asia", "Central Asia"]


def test_a_dot_leader_of_one_dot_where_a_long_label_leaves_no_room_leads_to_its_value() -> None:
    text = (
        "Main obstacles to digital exports, 2024 (% of respondents)\n\n"
        "Payment fees and currency conversion ......... 47\n"
        "Lack of marketing skills for foreign markets . 33\n"
    )
    found = extract(text, date(2024, 6, 18), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(47, "percent"), (33, "percent")]


def test_a_row_labelled_by_things_in_a_table_of_percentages_holds_a_percentage() -> None:
    text = (
        "Main obstacles to digital exports, 2024 (% of respondents)\n\n"
        "Payment fees and currency conversion ......... 47\n"
        "Customs procedures for small parcels ......... 21\n"
    )
    found = extract(text, date(2024, 6, 18), CATALOG).figures
    assert [(f.value, f.unit) for f in found] == [(47, "percent"), (21, "percent")]


def test_an_airport_opening_its_clause_is_its_citys_and_one_named_as_a_venue_is_not() -> None:
    opening = (
        "Consignments handled at Turkey's airports rose 23% in 2024. Istanbul Airport remained the main "
        "gateway, handling 2,617,940 consignments, while Antalya Airport saw 214,337 parcels."
    )
    venue = (
        "In 2024, Turkey's customs teams at the Istanbul Airport terminals seized 1.2 million unsafe items."
    )
    assert [f.geo for f in extract(opening, date(2025, 2, 6), CATALOG).figures] == [
        "Turkey",
        "Istanbul",
        "Antalya",
    ]
    assert [f.geo for f in extract(venue, date(2025, 2, 6), CATALOG).figures] == ["Turkey"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Istanbul Airport remained the main gateway, handling 2,617,940 consignments.",
        "Sabiha Gökçen Airport followed with 702,518 consignments.",
    ],
)
def test_a_count_a_hub_is_handling_or_follows_with_is_of_the_period_reported(sentence: str) -> None:
    text = f"Consignments handled at Turkey's airports rose 23% in 2024 to 3.9 million.\n\n{sentence}"
    assert [f.period for f in extract(text, date(2025, 2, 6), CATALOG).figures][-1] == "2024"


def test_where_something_is_expected_to_lift_an_index_is_a_forecast_of_its_reading() -> None:
    text = (
        'SILKROAD SPENDING INDEX\nQ3 2025\n\n"We expect seasonal sales to lift the regional index above 160 '
        "in the fourth quarter,\" the network's economist said."
    )
    found = extract(text, date(2025, 11, 12), CATALOG).targets
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found] == [(160, "count", ">", "forecast")]


def test_the_prefecture_is_the_prefecture_the_text_is_about() -> None:
    text = (
        "SANJO, Niigata - Small makers in Japan sell abroad as Japan's yen stays weak and Japan's ports "
        "modernise. A survey by Niigata Prefecture found 214 companies in the prefecture selling abroad "
        "in 2023.\n\nThe prefecture's subsidy covers up to ¥1.5 million per company."
    )
    found = extract(text, date(2024, 6, 18), CATALOG).figures
    assert [f.geo for f in found] == ["Niigata", "Niigata"]


def test_a_couriers_peak_season_report_is_of_the_days_its_first_lines_give() -> None:
    text = (
        "PEAK SEASON REPORT 2024\nExpress volumes, 15 November – 31 December 2024\n\n"
        "Maputo, 28 January 2025\n\n• Inbound cross-border e-commerce parcels: 612,000, up 41% year on year"
    )
    found = extract(text, date(2025, 1, 28), CATALOG).figures
    assert [f.period for f in found] == ["2024-11/2024-12", "2024-11/2024-12"]
    assert (
        sale_window("PEAK SEASON REPORT\nPeak 2024 (29 Nov-31 Dec)", date(2025, 1, 22)) == "2024-11/2024-12"
    )


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Vestland", "Norway"),
        ("Skåne", "Sweden"),
        ("Capital Region of Denmark", "Denmark"),
        ("Sofala", "Mozambique"),
        ("Huambo", "Angola"),
        ("Manicaland", "Zimbabwe"),
    ],
)
def test_the_counties_and_provinces_of_more_countries_are_places(name: str, country: str) -> None:
    assert (SUBDIVISIONS.get(name), [p.name for p in find_places(f"Exports from {name} rose.")]) == (
        country,
        [name],
    )
    assert "Maputo" not in SUBDIVISIONS and "Midlands" not in SUBDIVISIONS  # a city; England's region


def test_a_row_of_things_handled_in_a_table_of_years_is_a_count() -> None:
    text = "Measure | 2024 | 2023\nShipments handled | 1,340,000 | 1,136,000\n"
    found = extract(text, date(2025, 1, 22), CATALOG).figures
    assert [(f.value, f.unit, f.period) for f in found] == [
        (1_340_000, "count", "2024"),
        (1_136_000, "count", "2023"),
    ]


def test_the_seychelles_rupee_and_the_mozambican_metical_as_their_press_writes_them() -> None:
    seychelles = "Seychelles shoppers spent more online in 2024: median spending per shopper was SR 4,800."
    mozambique = "Mozambique's couriers grew in 2024: revenue reached MT 1.06 billion, after 12 MT of cargo."
    assert [f.unit for f in extract(seychelles, date(2025, 3, 4), CATALOG).figures] == ["SCR"]
    assert [(f.value, f.unit) for f in extract(mozambique, date(2025, 3, 4), CATALOG).figures] == [
        (1.06e9, "MZN")
    ]
