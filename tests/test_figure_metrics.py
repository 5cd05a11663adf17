"""What a figure measures: metric names on sentences written for these tests."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from parsers.context import row_label, subject_phrase
from parsers.figure_metrics import abbreviations
from parsers.figure_places import company_of_text
from parsers.figures import extract
from parsers.metrics import Catalog

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))
PUBLISHED = date(2025, 11, 20)


def named(text: str) -> list[tuple[str, str]]:
    """(quote, metric and a share's whole) of every figure."""
    return [
        (f.quote, f"{f.metric} | {f.share_of}" if f.share_of else f.metric)
        for f in extract(text, PUBLISHED, CATALOG).figures
    ]


def test_a_concept_worded_by_its_definition_takes_its_usual_name() -> None:
    text = (
        "Exports of services delivered over computer networks from Chile reached $9.1 billion in 2024. "
        "Services that can be delivered remotely over computer networks accounted for 41 percent of total "
        "services exports."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [f.metric for f in result] == [
        "Exports of digitally delivered services from Chile",
        "share of digitally deliverable services exports in total services exports",
    ]
    assert result[0].metric_key.endswith(".digitally_delivered_services_exports")


def test_a_table_of_places_measures_what_the_text_measured_before_it() -> None:
    text = (
        "Global exports of digitally delivered services reached $4.3 trillion in 2024.\n\n"
        "Economy | 2024 (US$ bn) | Change on 2023 | Share of world\n"
        "Chile | 71.2 | +6.4% | 16.8%\n"
        "Peru | 48.6 | +7.2% | 11.4%\n"
        "Top two combined | 119.8 | n/a | 28.2%"
    )
    result = named(text)
    assert result[1:] == [
        ("71.2", "digitally delivered services exports"),  # in the unit its column names
        ("+6.4%", "digitally delivered services exports"),
        ("16.8%", "digitally delivered services exports share of world"),
        ("48.6", "digitally delivered services exports"),
        ("+7.2%", "digitally delivered services exports"),
        ("11.4%", "digitally delivered services exports share of world"),
        ("119.8", "Top two combined digitally delivered services exports"),
        ("28.2%", "Top two combined digitally delivered services exports share of world"),
    ]


def test_a_table_row_takes_the_measure_its_caption_names() -> None:
    text = (
        "Marketly reported results for the third quarter on Tuesday.\n\n"
        "Segment revenue (US$ millions)\n"
        "Segment | Q3 2024 | Q3 2025 | YoY\n"
        "Marketplace | 1,702.5 | 2,241.8 | +31.7%\n"
        "Digital payments | 498.1 | 637.9 | +28.1%"
    )
    assert [m for q, m in named(text) if q.endswith("%")] == [
        "Marketplace revenue",
        "Digital payments revenue",
    ]


def test_a_pronoun_after_a_share_points_to_the_share_s_part() -> None:
    text = (
        "Global exports of digitally deliverable services rose 8.7 percent to $4.1 trillion in 2023, while "
        "merchandise exports fell about 5 percent.\n\n"
        "Digitally deliverable services accounted for 54 percent of total services exports. Their value has "
        "nearly doubled since 2013, growing at an average annual pace of 6.8 percent.\n\n"
        "India, the largest exporter among developing economies, recorded growth of 17 percent in such "
        "exports."
    )
    result = named(text)
    assert [m for q, m in result if q in ("doubled", "6.8 percent", "17 percent")] == [
        "Digitally deliverable services exports"
    ] * 3


def test_that_opening_a_clause_is_what_was_just_measured() -> None:
    text = "Our exports of digitally delivered services were £405 billion in 2024. That was up 6.2 percent."
    assert named(text)[-1] == ("6.2 percent", "Our exports of digitally delivered services")


def test_examples_of_what_is_measured_are_no_part_of_its_name() -> None:
    text = "Exports of content including games, music and webtoons reached $13.6 billion in 2023."
    assert named(text) == [("$13.6 billion", "Exports of content")]


def test_a_part_of_what_was_measured_takes_its_measure_and_the_total_is_the_whole() -> None:
    text = (
        "Exports of content including games, music and webtoons reached $13.6 billion in 2023. Games "
        "accounted for $8.4 billion, or more than 60 percent of the total. Broadcast content, by contrast, "
        "slipped 3.8 percent to $912.7 million."
    )
    assert named(text)[1:] == [
        ("$8.4 billion", "Games exports"),
        ("60 percent", "share of Games in content exports | content exports"),
        ("3.8 percent", "Broadcast content exports"),
        ("$912.7 million", "Broadcast content exports"),
    ]


def test_an_abbreviation_after_the_measure_stays_with_it() -> None:
    text = (
        "Southeast Asia's digital economy generated an estimated USD 279bn in gross merchandise value (GMV)."
    )
    assert named(text) == [("USD 279bn", "Southeast Asia's digital economy gross merchandise value (GMV)")]


def test_places_listed_with_percentages_in_brackets_have_the_last_share_measured() -> None:
    text = (
        "In 2023, 55.6% of people aged 16 to 74 had at least basic digital skills. The Netherlands (82.7%) "
        "and Finland (82.0%) lead the Union, while Romania (27.7%) remains furthest behind."
    )
    result = extract(text, PUBLISHED, CATALOG).figures
    assert [(f.metric, f.geo, f.period) for f in result[1:]] == [
        ("share of people aged 16 to 74 that had at least basic digital skills", place, "2023")
        for place in ("Netherlands", "Finland", "Romania")
    ]


def test_verbs_a_subject_stops_at() -> None:
    text = (
        "Developing economies supplied 22 percent of world services exports. In dollar terms, receipts "
        "worked out to roughly $202 billion. Investment commitments total about USD 50bn."
    )
    assert [m for _, m in named(text)] == [
        "share of Developing economies in world services exports | world services exports",
        "services receipts",
        "Investment commitments",
    ]


def test_money_set_aside_for_a_purpose_and_a_share_of_which() -> None:
    text = (
        "Member States' national roadmaps together earmark around €288.6 billion for measures supporting the "
        "Digital Decade, about 40% of which comes from the Recovery and Resilience Facility."
    )
    funding = "Member States' national roadmaps funding for measures supporting the Digital Decade"
    assert named(text) == [
        ("€288.6 billion", funding),
        ("40%", f"share of what comes from the Recovery and Resilience Facility in {funding} | {funding}"),
    ]


def test_what_is_worth_an_amount_is_its_measure() -> None:
    text = (
        "The Fifth Global Digital Trade Expo, held in Hangzhou in September, produced deals and agreements "
        "worth 135.6 billion yuan, organizers said."
    )
    assert named(text) == [("135.6 billion yuan", "Fifth Global Digital Trade Expo deals and agreements")]


def test_a_bare_measure_takes_what_it_measures_from_the_sentence_or_the_text() -> None:
    text = (
        "China's cross-border e-commerce exports rose 6.2 percent in the first ten months.\n\n"
        "Shipments to ASEAN members jumped 23 percent and those to Latin America 31 percent, while sales to "
        "the United States, still the largest single destination, fell 8.4 percent.\n\n"
        "Receipts from digital-related services rose 9.1 percent, while payments climbed 13.0 percent."
    )
    assert [m for _, m in named(text)[1:]] == [
        "cross-border e-commerce shipments to ASEAN members",
        "cross-border e-commerce shipments to Latin America",
        "cross-border e-commerce sales to the United States",
        "Receipts from digital-related services",
        "digital-related services payments",
    ]


def test_a_period_that_saw_a_measure_move_and_a_period_s_value() -> None:
    text = (
        "Online sales reached S$2.1 billion in the first half. June alone saw online sales jump 10.2 per "
        "cent year on year. Month-on-month, the June value was up 1.5 percent."
    )
    assert [m for _, m in named(text)[1:]] == ["online sales", "online sales"]


def test_a_value_compared_with_a_goal_or_a_figure_is_of_the_same_measure() -> None:
    text = (
        "The plan calls for digitally delivered services exports to account for 40 percent of the city's "
        "services exports by 2027, up from about 32 percent now. Online sales made up around 9% of the "
        "country's total retail sales of consumer goods in 2024, up from 7.5% in 2023."
    )
    result = extract(text, PUBLISHED, CATALOG)
    goal = result.targets[0]
    assert (result.figures[0].metric, result.figures[0].metric_key) == (goal.metric, goal.metric_key)
    assert result.figures[2].metric == result.figures[1].metric


def test_an_item_followed_by_its_value_has_the_measure_before_it() -> None:
    text = (
        "Computer services remained the largest segment of India's services exports at US$ 114.7 billion, "
        "followed by professional and management consulting services at US$ 41.3 billion. The United States "
        "absorbed a little over half of the country's software exports, followed by Europe with close to a "
        "third."
    )
    result = named(text)
    assert result[1] == ("US$ 41.3 billion", "professional and management consulting services exports")
    assert result[-1][1].startswith("share of Europe in the country's software exports")


def test_the_item_after_and_that_goes_on_a_followed_by_list_is_a_share_of_the_same_whole() -> None:
    text = (
        "Amman accounted for 68 per cent of the value of online card payments, followed by Irbid with 9 per "
        "cent and Zarqa with 7 per cent."
    )
    assert [m.split(" | ")[0] for _, m in named(text)][1:] == [
        "share of Irbid in the value of online card payments",
        "share of Zarqa in the value of online card payments",
    ]


def test_list_lines_labelled_by_a_place_measure_what_the_text_measured_first() -> None:
    text = (
        "Southeast Asia's digital economy generated an estimated USD 279bn in gross merchandise value (GMV) "
        "this year.\n\nBy country:\n\n- Indonesia: USD 99bn, up 13 per cent\n- Thailand: USD 46bn\n\n"
        "Funding recovered."
    )
    assert [m for _, m in named(text)[1:]] == ["digital economy gross merchandise value (GMV)"] * 3


def test_a_balance_keeps_its_name_and_exports_of_an_amount_are_of_the_concept() -> None:
    text = (
        "- The total UK trade deficit (goods and services) widened by £2.0 billion to £8.7 billion.\n"
        "- The United States ran a surplus of $292 billion in digitally delivered services last year, with "
        "exports of $713 billion and imports of $421 billion."
    )
    assert [m for _, m in named(text)] == [
        "total UK trade deficit",
        "total UK trade deficit",
        "digitally delivered services surplus",
        "digitally delivered services exports",
        "digitally delivered services imports",
    ]


def test_a_second_part_with_no_whole_shares_the_whole_before_it() -> None:
    text = (
        "Africa's digitally deliverable services exports totalled $48.3 billion, just 1% of world "
        "digitally deliverable services exports, while the least developed countries together accounted "
        "for less than 0.2%."
    )
    whole = "world digitally deliverable services exports"
    assert named(text)[-1] == ("0.2%", f"share of least developed countries in {whole} | {whole}")


def test_keys_of_unknown_metrics_drop_places_and_name_the_measure_last() -> None:
    text = (
        "Japan's deficit in digital services widened to 6.8 trillion yen in FY2024. Exports of content "
        "from South Korea reached $13.6 billion. Computer services exports rose 12 percent."
    )
    keys = [f.metric_key for f in extract(text, PUBLISHED, CATALOG).figures]
    assert keys[0] == "jp.digital_services_deficit"
    assert keys[1].endswith(".content_exports")
    assert keys[-1].endswith(".computer_services_exports")


def test_a_count_of_what_a_subject_handled_names_the_subject() -> None:
    text = (
        "Brazil's Pix instant-payment system processed 63.8 billion transactions in 2024. A: In the 2024-25 "
        "financial year our export support services helped 9,400 businesses."
    )
    assert [m for _, m in named(text)] == [
        "transactions processed by Brazil's Pix instant-payment system",
        "businesses helped by our export support services",
    ]


def test_an_opening_that_excludes_something_names_another_series() -> None:
    text = "- Excluding precious metals, the total trade deficit widened by £1.1 billion to £7.9 billion."
    assert [m for _, m in named(text)] == ["total trade deficit excluding precious metals"] * 2


def test_a_list_that_is_the_object_of_of_stays_in_the_subject() -> None:
    text = "Indonesia's exports of telecommunications, computer and information services rose 12.4 percent."
    assert named(text) == [
        ("12.4 percent", "Indonesia's exports of telecommunications, computer and information services")
    ]


def test_a_participle_that_qualifies_a_noun_is_no_verb() -> None:
    text = "The number of active cross-border e-commerce sellers registered in Zhejiang exceeded 50,000."
    assert named(text) == [("50,000", "active cross-border e-commerce sellers registered in Zhejiang")]
    text = "Gross merchandise value (GMV) processed on our app reached €96 million."
    assert named(text) == [("€96 million", "Gross merchandise value (GMV) processed on our app")]


def test_on_that_basis_before_the_subject_is_no_part_of_it() -> None:
    text = "On that basis Chile's exports came to US$4.1 billion in 2025."
    assert named(text) == [("US$4.1 billion", "Chile's exports")]


def test_an_aside_saying_what_the_subject_is_is_no_subject() -> None:
    text = "The churn rate, that is cancellations as a share of subscribers, eased to 2.1% in 2025."
    assert "churn rate" in named(text)[0][1]
    text = "Inbound parcels, most of them from Asian marketplaces, grew faster: plus 14 percent."
    assert named(text) == [("14 percent", "Inbound parcels")]


def test_a_bare_flow_after_trade_named_as_foreign_trade_is_of_goods() -> None:
    text = (
        "China's total foreign trade in goods reached 43.85 trillion yuan in 2024, with exports surpassing "
        "25 trillion yuan for the first time."
    )
    assert named(text)[-1] == ("25 trillion yuan", "goods exports")


def test_people_surveyed_and_money_spent_on_something() -> None:
    text = (
        "A survey of 1,200 companies by the Brussels Digital Trade Forum found delays. African online "
        "shoppers spent an estimated $9.4 billion buying from foreign sellers in 2024."
    )
    assert [m for _, m in named(text)] == [
        "companies surveyed by the Brussels Digital Trade Forum",
        "African online shoppers spending on buying from foreign sellers",
    ]


def test_a_noun_an_amount_qualifies_names_what_it_is() -> None:
    text = (
        "The company also authorised a $500m share buyback. Mexico introduced a 19% duty on courier "
        "shipments. The company posted an operating margin of 6.8%."
    )
    assert [m for _, m in named(text)] == [
        "share buyback",
        "duty on courier shipments",
        "company operating margin",
    ]


def test_a_possessive_share_of_a_whole_names_its_part() -> None:
    text = (
        "Digitally delivered services trade accounted for 39.1 percent of total services trade in 2024. "
        "Their share of services trade has gained nearly 9 percentage points in 10 years. Asia's share of "
        "world digitally delivered services exports climbed to about a quarter."
    )
    assert [m for _, m in named(text)[1:]] == [
        "share of Digitally delivered services trade in services trade | services trade",
        "share of Asia in world digitally delivered services exports | "
        "world digitally delivered services exports",
    ]


def test_a_year_after_a_share_s_value_is_no_whole() -> None:
    text = (
        "The share of enterprises buying cloud computing services rose to 45.2% in 2023, while 13.5% of "
        "enterprises used artificial intelligence technologies in 2024."
    )
    assert named(text)[-1] == (
        "13.5%",
        "share of enterprises that used artificial intelligence technologies | enterprises",
    )


def test_the_surplus_after_two_flows_is_their_balance() -> None:
    text = (
        "Our exports of digitally delivered services were £405 billion in 2024. Imports were about "
        "£214 billion, so the surplus is just over £190 billion."
    )
    assert named(text)[-1] == ("£190 billion", "digitally delivered services surplus")


def test_money_an_agent_moved_is_named_by_what_it_went_through_or_was_of() -> None:
    text = (
        "Ghanaian households moved $31 billion through mobile wallets in 2024. "
        "The investment board approved $2.4 billion worth of new data centre projects in 2024. "
        "Under the Digital Exporters Scheme, the agency reimbursed $45 million of freight costs in 2024."
    )
    assert named(text) == [
        ("$31 billion", "mobile wallets"),
        ("$2.4 billion", "new data centre projects approved"),
        ("$45 million", "freight costs reimbursed under the Digital Exporters Scheme"),
    ]


def test_a_word_after_a_hyphen_is_no_verb() -> None:
    text = "Korean-made mobile games earned $3.2 billion abroad in 2024."
    assert named(text)[0][1].startswith("Korean-made mobile games")


def test_a_list_after_accounted_for_names_each_part() -> None:
    text = (
        "Cloud hosting accounted for 48 percent of the revenue, managed security for 31 percent and data "
        "analytics for 21 percent in 2024. Sales were 12 percent of the total, vs 15 percent in 2023."
    )
    assert named(text)[:3] == [
        ("48 percent", "share of Cloud hosting in the revenue | the revenue"),
        ("31 percent", "share of managed security in the revenue | the revenue"),
        ("21 percent", "share of data analytics in the revenue | the revenue"),
    ]
    assert "vs" not in named(text)[4][1]


def test_a_time_after_a_count_is_not_what_it_counts() -> None:
    text = "The number of card payments rose to 840 million between April and September."
    assert named(text) == [("840 million", "card payments")]


def test_a_clause_opening_on_where_measures_the_thing_before_it() -> None:
    text = "Most of the gain came from cloud software, where revenues climbed 11.5% in 2024."
    assert named(text) == [("11.5%", "cloud software revenues")]
    placed = "Sales rose in Kenya, where card payments jumped 20% in 2024."
    assert not named(placed)[-1][1].startswith(("where", "Kenya"))


def test_a_list_line_is_in_the_measure_its_caption_names() -> None:
    text = (
        "Kenya, selected services imports, 2024 (KSh, change on 2023)\n"
        "Total services: 512.3 billion (+4.1%)\n"
        "Transport services: 210.6 billion (+2.2%)"
    )
    assert [m for _, m in named(text)] == [
        "Total services imports",
        "Total services imports",
        "Transport services imports",
        "Transport services imports",
    ]


def test_a_share_of_the_total_or_of_it_is_of_what_was_measured_before() -> None:
    text = (
        "Chilean wine exports reached $1.9 billion in 2024. "
        "Red blends earned $1.1 billion, or 58% of the total. "
        "Retailers in Peru spent $2.2 billion on online advertising in 2024, and three platforms took about "
        "70% of it."
    )
    shares = [m for _, m in named(text) if m.startswith("share of")]
    assert shares == [
        "share of Red blends in Chilean wine exports | Chilean wine exports",
        "share of three platforms in Retailers in Peru spending on online advertising"
        " | Retailers in Peru spending on online advertising",
    ]


def test_a_list_line_with_a_currency_word_before_its_value_is_named_by_its_label() -> None:
    text = (
        "Online exports by category, FY2024-25 (value; share of total)\n"
        "Leather goods: Rs 4,200 crore (21%)\n"
        "Spices and tea: Rs 3,100 crore (16%)"
    )
    assert [m for _, m in named(text)][::2] == ["Leather goods exports", "Spices and tea exports"]


def test_list_lines_whose_values_are_moves_are_named_by_their_own_labels() -> None:
    text = (
        "Network at a glance\nCargo tonnage carried: up 6.8% year-on-year\nCargo traffic (FTK): up 5.2%\n\n"
        "Key data\nMobile subscriptions (excl. M2M): 6.21 million\nFixed broadband traffic: up 9.6%"
    )
    assert [m for _, m in named(text)] == [
        "Cargo tonnage carried", "Cargo traffic (FTK)", "Mobile subscriptions", "Fixed broadband traffic",
    ]  # fmt: skip
    assert row_label("Active users: 4.1 million\nOrders: 1.2 billion", 35) == "Orders"


def test_a_share_of_a_whole_named_by_a_charge_word_is_no_charge() -> None:
    text = (
        "Regional firms received 18% of grant funding. Costs were 9.6 per cent of total program expenditure."
    )
    assert [m for _, m in named(text)] == [
        "share of Regional firms in grant funding | grant funding",
        "share of Costs in total program expenditure | total program expenditure",
    ]


def test_a_rate_named_by_what_it_measures_is_the_metric_but_not_a_rate_of_growth() -> None:
    text = (
        "The survey drew 812 replies, a response rate of 27.1%. Software exports grew at an average rate of "
        "12.4% a year."
    )
    assert [m for _, m in named(text)] == ["replies", "response rate", "Software exports"]


def test_a_flow_with_no_topic_before_it_keeps_its_own_words() -> None:
    text = "Ningbo's imports and exports totalled 45.6 billion yuan in January-August, up 3.1 percent."
    assert [m for _, m in named(text)] == ["Ningbo's imports and exports"] * 2


def test_an_aside_opening_on_meaning_and_a_participle_after_a_plural_are_no_subject() -> None:
    text = (
        "Design services sold across borders, meaning branding, packaging and product styling, were worth "
        "about $4 billion in 2024."
    )
    assert named(text) == [("$4 billion", "Design services sold across borders")]


def test_an_impairment_or_an_exemption_an_amount_qualifies_names_it() -> None:
    text = (
        "Profit fell after a $52 million impairment on its warehouse arm. "
        "Online shoppers in Chile will lose the $500 duty exemption on parcels from 2026."
    )
    assert named(text) == [
        ("$52 million", "impairment on its warehouse arm"),
        ("$500", "duty exemption on parcels"),
    ]


def test_a_hedge_before_a_number_is_no_subject() -> None:
    text = "Ghana's mobile money transfers rose 14 percent in 2024. Nearly two-thirds were sent from Accra."
    assert not any(m.lower().startswith("nearly") for _, m in named(text))


def test_a_fiscal_year_between_a_count_and_its_earlier_value_is_no_amount() -> None:
    text = (
        "Rural post offices booked 3.1 million export parcels in 2024-25, up from 1.9 million a year before."
    )
    assert [m for _, m in named(text)] == ["export parcels"] * 2


def test_a_dateline_before_an_en_dash_is_no_part_of_the_subject() -> None:
    text = "NAIROBI, June 3 – Kenyan app users spent $9.1 billion on food delivery in 2024."
    assert not any("June" in m for _, m in named(text))


def test_a_share_named_as_a_share_says_share_once() -> None:
    text = (
        "Thai rice exports reached $5.2 billion in 2024. By region, China was the biggest buyer with a "
        "share of 22.3 percent. Europe's share rose 2.1 percentage points to 11.4 percent."
    )
    assert not any("share share" in m for _, m in named(text))


def test_an_appositive_of_growth_over_a_year_before_is_of_the_amount_before_it() -> None:
    text = (
        "Vietnamese sellers shipped 41 million parcels abroad in 2024, roughly 9 million more than a year "
        "earlier. Korean-made mobile games earned 2.1 trillion won from players abroad in 2024, about 7% "
        "more than a year before."
    )
    metrics = [m for _, m in named(text)]
    assert metrics[0] == metrics[1] and metrics[2] == metrics[3] == "Korean-made mobile games"


def test_a_participle_clause_after_a_comma_measures_the_opening_names() -> None:
    text = (
        "Chile and Peru lead the region, together accounting for nearly half of Andean wine exports. "
        "Vietnam's MoMo continues to dominate, carrying about 70 per cent of the value sent."
    )
    parts = [m for _, m in named(text)]
    assert parts[0].startswith("share of Chile and Peru in ")
    assert parts[1].startswith("share of Vietnam's MoMo in ")


def test_a_change_after_an_attribution_is_of_the_amount_before_it() -> None:
    text = "Exports of software reached $4.9 billion in 2025, according to central bank data, up 8.1%."
    assert [metric for _, metric in named(text)] == ["Exports of software", "Exports of software"]


def test_a_pronoun_after_although_or_a_year_points_back() -> None:
    text = (
        "Kenya's ICT exports were just $5 billion, although they have grown at a CAGR of 10.2% since 2019. "
        "Since 2015 these exports have expanded at an average annual rate of 8.4%."
    )
    assert {metric for _, metric in named(text)} == {"Kenya's ICT exports"}


def test_a_change_in_something_names_what_moved() -> None:
    text = (
        "Vietnam posted a 5 percent rise in electronics exports and a 27% jump in third-quarter online sales."
    )
    assert [metric for _, metric in named(text)] == ["electronics exports", "online sales"]


def test_an_amount_that_moves_the_one_before_is_of_its_measure() -> None:
    text = (
        "That left a surplus in software services of $264.5 billion, widening by $23.3 billion from 2024. "
        "Exports of software rose 1.9% in the fourth quarter, and the first quarter of 2026 added 1.5%."
    )
    metrics = [metric for _, metric in named(text)]
    assert metrics[1] == metrics[0] and metrics[3] == metrics[2] == "Exports of software"


def test_a_number_of_people_a_measure_stands_at_is_that_measure() -> None:
    text = (
        "Employment in the digital economy stood at 2.61 million persons in 2025. "
        "In 2025, the IT workforce grew to 5.8 million people, the association said."
    )
    assert [metric for _, metric in named(text)] == ["Employment in the digital economy", "IT workforce"]


def test_what_an_estimate_puts_at_the_amount_is_the_measure() -> None:
    text = (
        "The best proxy is digitally delivered services. The WTO puts world exports of those at about "
        "$4.6 trillion in 2024. Provisional figures put services exports at $387 billion. "
        "The value of online retail sales was estimated at S$3.5 billion."
    )
    assert [metric for _, metric in named(text)][1:] == ["services exports", "value of online retail sales"]
    (first, *_) = extract(text, PUBLISHED, CATALOG).figures
    assert first.metric.startswith("world exports of digitally delivered services")


def test_a_time_before_the_subject_is_no_part_of_it() -> None:
    text = (
        "Japan's digital deficit hit ¥7 trillion in 2025. "
        "Over the past decade the digital deficit has tripled. "
        "Exports of software rose to $5 billion. Over the past five years they have grown 9.2% a year."
    )
    assert [metric for _, metric in named(text)] == [
        "Japan's digital deficit",
        "digital deficit",
        "Exports of software",
        "Exports of software",
    ]


def test_an_amount_in_a_measure_after_an_agent_is_that_measure() -> None:
    text = (
        "Companies in the industry paid UAH 21.4 bln in taxes in the first half. "
        "The platform processed $71.2 billion in total payment volume, up 41%."
    )
    assert [metric for _, metric in named(text)] == ["taxes", "total payment volume", "total payment volume"]


def test_people_a_sector_employs_and_an_amount_restated_after_its_measure() -> None:
    text = (
        "Fiji's outsourcing sector employed about 6,200 people at the end of 2024. "
        "Companies in the industry paid UAH 21.4 bln in taxes (about $516 mln) in the first half."
    )
    assert [metric for _, metric in named(text)] == [
        "people employed in Fiji's outsourcing sector",
        "taxes",
        "taxes",
    ]


def test_these_services_are_the_services_the_text_is_about() -> None:
    text = (
        "Singapore's digitally deliverable services exports rose 7% in 2024. "
        "Imports of these services grew a slower 5.2 per cent, the statistics office said."
    )
    assert "these services" not in [metric for _, metric in named(text)][-1]


def test_list_lines_labelled_by_a_place_measure_what_their_caption_names() -> None:
    text = (
        "Cross-border e-commerce imports and exports of major cities, January-September "
        "(unit: 100 million yuan):\n"
        "- Hangzhou: 1,045.6, up 8.2%\n- Ningbo: 812.3, up 5.7%\n\nThe data are preliminary."
    )
    assert {metric for _, metric in named(text)} == {"Cross-border e-commerce imports and exports"}


def test_respectively_gives_each_amount_its_flow() -> None:
    text = "Exports and imports of software rose 12.1 percent and 8.3 percent, respectively."
    assert [metric for _, metric in named(text)] == ["Exports of software", "Imports of software"]


def test_a_verb_of_records_and_a_described_subject_leave_the_measure_alone() -> None:
    text = "Vietnam's software exports touched an all-time high of $4.1 billion in 2024."
    assert named(text)[0][1] == "Vietnam's software exports"
    text = (
        "Software exports reached $18 billion, while other business services (the back-office, legal and "
        "R&D work of foreign firms) contributed $12 billion."
    )
    assert named(text)[1][1] == "other business services exports"


def test_a_measure_named_after_the_amount_keeps_what_it_is_of_by_its_acronym() -> None:
    text = (
        "Ghana earned US$1.2 billion from exports of information and communication technology (ICT) services "
        "in 2024."
    )
    assert named(text)[0][1] == "exports of ICT services"


def test_a_share_after_of_which_is_a_part_of_the_amount_before() -> None:
    text = "Services exports reached $157.6 billion, of which software accounted for 40 per cent."
    assert named(text)[1][1] == "share of software in Services exports | Services exports"


def test_a_share_listed_for_another_place_is_the_same_share_there() -> None:
    text = "E-commerce made up 12% of retail sales in Chile and 9% in Peru, but only 4% in Bolivia."
    assert [m for _, m in named(text)] == ["share of E-commerce in retail sales | retail sales"] * 3


def test_a_verb_before_a_defined_measure_is_not_one_of_its_modifiers() -> None:
    found = abbreviations("The report tracks gross merchandise value (GMV) across six markets.")
    assert found == {"GMV": ("", "gross merchandise value")}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("DISCLOSURE\nCompany: Kervan Pazaryeri A.Ş. (BIST: KRVN)\nSubject: results", "Kervan Pazaryeri"),
        ("SINGAPORE -- Sea Ltd (NYSE: SE) said on Tuesday that revenue rose.", "Sea"),
        ("Infosys on Thursday reported revenue of $4.9 billion.", "Infosys"),
    ],
)
def test_the_company_a_companys_report_is_on(text: str, company: str) -> None:
    assert company_of_text(text) == company


def test_a_participle_before_by_and_who_describes_the_subject_and_by_how_much_is_the_verb() -> None:
    text = "Offshore revenue earned by South Africa's business services sector rose 17% to R32.4 billion."
    assert {f.metric for f in extract(text, date(2025, 6, 17), CATALOG).figures} == {
        "Offshore revenue earned by South Africa's business services sector"
    }
    text = "Exports rose by 6.1% in 2024, and e-commerce remained by far the largest, with sales of $159bn."
    assert extract(text, date(2025, 6, 17), CATALOG).figures[0].metric == "Exports"


def test_a_second_verb_after_an_amount_and_and_shares_the_subject() -> None:
    text = "Imports of services totalled 10,915.8 mln US dollars and rose by 6.1% in January-September."
    assert [f.metric for f in extract(text, date(2025, 11, 14), CATALOG).figures] == [
        "Imports of services"
    ] * 2


def test_a_bracket_that_says_what_the_subject_is_is_no_part_of_it() -> None:
    text = (
        "India's cross-border e-commerce exports (goods shipped to overseas consumers through online "
        "marketplaces) were valued at about US$5.1 billion in FY2024-25."
    )
    (figure,) = extract(text, date(2025, 9, 1), CATALOG).figures
    assert figure.metric == "India's cross-border e-commerce exports"


def test_rows_under_a_caption_by_product_group_are_the_captions_measure_of_each() -> None:
    text = (
        "Overseas direct sales fell 3.1% in the third quarter.\n\n"
        "Table 1. Online overseas direct sales by product group, Q3 2025 (unit: billion won, %)\n"
        "Product group | Value | YoY change | Share\nCosmetics | 231.2 | -9.7 | 55.1"
    )
    found = extract(text, date(2025, 11, 4), CATALOG).figures
    assert found[1].metric == "Online overseas direct sales of Cosmetics"


def test_an_adverb_between_two_verbs_a_whose_clause_and_rows_of_a_table_of_one_flow() -> None:
    text = (
        "Exports of services in May 2025 were provisionally estimated at US$ 512.3 million. "
        "Growth came from computer services, whose exports reached US$ 210.4 million.\n\n"
        "Table 3: Imports of ICT services (US$ million)\n\n"
        "Category | May 2025\n"
        "Cloud services | 88.1"
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Exports of services",
        "computer services exports",
        "Cloud services imports",
    ]


def test_a_long_which_clause_between_a_subject_and_its_verb_is_an_aside() -> None:
    text = (
        "ICT services, which include telecommunications, computer and information services such as "
        "software development, data hosting, cloud platforms, web search and the processing of payroll "
        "for clients abroad, accounted for 41.2% of total services exports in 2024."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "share of ICT services exports in total services exports"
    ]


def test_todays_value_after_a_goal_measures_what_the_goal_does() -> None:
    text = "The central bank aims to raise QRIS users to 80 million by 2030, from about 56 million now."
    result = extract(text, PUBLISHED, CATALOG)
    assert [f.metric for f in result.figures] == [t.metric for t in result.targets]


def test_a_year_before_the_subject_is_no_part_of_it() -> None:
    text = "Kenya's tea exports grew. Last year the online channel made up 12% of exports."
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "share of online channel in exports"
    ]


def test_a_tax_named_after_its_rate_or_before_of_and_what_it_is_charged_on() -> None:
    text = (
        "Overseas sellers must collect 10% GST. Chile's 19% VAT applies to imported goods. "
        "IT exporters pay a final tax of 0.25 percent on export proceeds."
    )
    assert [f.metric for f in extract(text, date(2025, 4, 29), CATALOG).figures] == [
        "GST", "VAT", "final tax on export proceeds",
    ]  # fmt: skip


def test_a_margin_after_an_amount_is_that_amounts_margin() -> None:
    text = "- EBITDA: MAD 168.5 million, margin of 20.0%\nKaya posted EBITDA of US$20mn, a margin of 23.5%."
    metrics = [f.metric for f in extract(text, date(2025, 9, 24), CATALOG).figures]
    assert metrics[1] == "EBITDA margin" and metrics[3].endswith(" margin")


def test_a_column_headed_value_under_a_caption_measures_what_the_caption_names() -> None:
    text = (
        "Table 2. Exports of software services (value in US$ billion; share in per cent)\n"
        "Year | Value | Share in total services exports\n2023-24 | 151.9 | 44.5"
    )
    assert extract(text, date(2025, 12, 5), CATALOG).figures[0].metric == "Exports of software services"


def test_a_thing_traded_named_before_worth_is_the_flow_measured() -> None:
    text = "Kazakh companies exported IT services worth US$352 million in the first half, up 41%."
    assert {f.metric for f in extract(text, date(2025, 8, 1), CATALOG).figures} == {"IT services exports"}


def test_spending_is_measured_by_where_it_went() -> None:
    text = (
        "Australian shoppers spent A$14.7 billion (US$9.6 billion) with overseas retailers in 2024. "
        "Saudi consumers spent SAR27.4 billion on purchases from foreign online stores."
    )
    metrics = [f.metric for f in extract(text, date(2025, 8, 1), CATALOG).figures]
    assert metrics == [
        "Australian shoppers spending with overseas retailers",
        "Australian shoppers spending with overseas retailers",
        "Saudi consumers spending on purchases from foreign online stores",
    ]


def test_the_day_a_stock_is_counted_at_is_its_period_not_its_name() -> None:
    text = "Transfera's second quarter:\n• 61,400 active merchants at June 30, against 47,900 a year ago."
    figures = extract(text, date(2025, 7, 24), CATALOG).figures
    assert [(f.metric, f.period) for f in figures] == [
        ("active merchants", "2025-06"),
        ("active merchants", "2024-06"),
    ]


def test_a_charge_named_without_an_article_and_a_balance_after_a_label() -> None:
    charged = "Parcels have been charged customs duty of 45%, with value-added tax of 15% levied on top."
    assert [metric for _, metric in named(charged)] == ["customs duty", "value-added tax"]
    lines = "Exports: R181,3 billion\nImports: R164,5 billion\nTrade balance: surplus of R16,8 billion"
    assert [metric for _, metric in named(lines)] == ["Exports", "Imports", "Trade balance surplus"]
    japan = "Japan's digital deficit, by item:\nComputer services: deficit of 3.2 trillion yen"
    assert [metric for _, metric in named(japan)] == ["Computer services deficit"]


def test_a_pronoun_after_an_opening_span_points_back_not_to_a_comparison_after() -> None:
    text = (
        "Africa's digitally deliverable services exports reached US$46.8 billion in 2024. "
        "Between 2019 and 2024 they grew at an annual rate of 8.3%, faster than its goods exports."
    )
    assert [metric for _, metric in named(text)][-1] == "Africa's digitally deliverable services exports"


def test_trade_in_services_as_a_whole_is_one_name() -> None:
    text = (
        "Digitally delivered services trade made up 38.6 percent of the province's trade in services. "
        "Exports made up 40 percent of total trade in 2024."
    )
    wholes = [f.share_of for f in extract(text, PUBLISHED, CATALOG).figures]
    assert wholes == ["the province's trade in services", "total trade"]


def test_money_allocated_or_a_budget_gives_is_named_by_its_purpose() -> None:
    text = (
        "FEDERAL BUDGET 2025-26\n\n"
        "Rs 28.5 billion has been allocated in the PSDP for IT sector development projects, "
        "including Rs 4.2 billion for software technology parks.\n"
        "This Budget provides:\n- Rs 1.5 billion for the freelancer training programme;"
    )
    assert [metric for _, metric in named(text)] == [
        "allocated for IT sector development projects",
        "funding for software technology parks",
        "funding for the freelancer training programme",
    ]


def test_a_time_described_between_commas_is_no_part_of_the_subject() -> None:
    text = (
        "Digital exports in April-June, the final quarter of the fiscal year, came to 1.34 billion dollars."
    )
    assert [metric for _, metric in named(text)] == ["Digital exports"]


def test_the_value_of_a_named_thing_and_a_which_clause_holding_a_list() -> None:
    text = (
        "The value of transactions on the GhIPSS Instant Pay (GIP) platform, which links banks, mobile money "
        "operators and licensed fintechs, reached GH¢ 118.6 billion."
    )
    assert [metric for _, metric in named(text)] == [
        "value of transactions on the GhIPSS Instant Pay (GIP) platform"
    ]


def test_people_a_subject_employs_are_named_in_the_text_s_words() -> None:
    text = "The digital services sector employs about 120,000 people. The industry now employs 8,000 Fijians."
    assert [metric for _, metric in named(text)] == [
        "people digital services sector employs",
        "people industry employs",
    ]


def test_a_tax_named_before_at_and_its_rate() -> None:
    text = "Staff pay personal income tax at a reduced 7.5% rate. Firms pay corporate income tax at 12.5%."
    assert [metric for _, metric in named(text)] == ["personal income tax", "corporate income tax"]


def test_profit_after_tax_an_aside_before_worth_and_the_value_of_things_just_counted() -> None:
    text = (
        "Profit after tax climbed from KSh 6.1 billion to KSh 7.9 billion. "
        "The Government approved digital investments, mainly data centres, worth RM163.5 billion.\n\n"
        "The number of digital payment transactions stood at 6,118 crore. Their value rose 9.8 per cent."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Profit after tax",
        "Profit after tax",
        "Government digital investments",
        "digital payment transactions",
        "value of digital payment transactions",
    ]


def test_things_counted_are_of_the_subject_that_counts_them_but_not_of_a_place() -> None:
    text = (
        "In FY2024-25, UPI volume stood at 18,587 crore transactions. The Faster Payment System now has "
        "more than 16 million registrations. The bloc had almost 10 million ICT specialists in 2024."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "UPI volume transactions",
        "Faster Payment System registrations",
        "ICT specialists",
    ]


def test_what_a_subject_spent_is_named_with_where_it_spent_it() -> None:
    text = (
        "Dutch consumers spent €35.4bn online last year. "
        "Dutch shoppers spent €4.6bn at foreign webshops in 2024."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Dutch consumers spent online",
        "Dutch shoppers spent at foreign webshops",
    ]


def test_a_measure_a_verb_moved_to_the_value_and_a_margin_after_a_semicolon() -> None:
    text = (
        "Operating profit rose 26% to ¥4.05 billion, lifting our operating margin to 13.0%.\n\n"
        "EBITDA: CHF 223.1 million; margin 32.6%\n\n"
        "Card payments fell 6.3%, bringing the first-half total to US$852 million."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures][2:5] == [
        "operating margin",
        "EBITDA",
        "EBITDA margin",
    ]


def test_a_measure_a_company_moved_by_the_value_and_on_to_the_next() -> None:
    text = "In an economy that barely grew, we increased revenue by 8.3% to €612.4 million."
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == ["revenue", "revenue"]


def test_a_bracketed_chart_caption_with_its_source_names_what_a_bare_flow_column_measures() -> None:
    text = (
        "The chart tracks China's trade.\n\n"
        "[Chart: China's digitally delivered services trade, 2019–2024, US$ billion. "
        "Source: Ministry of Commerce]"
        "\n\nYear | Trade (US$ bn)\n2023 | 382.6\n2024 | 410.1"
    )
    assert {f.metric for f in extract(text, PUBLISHED, CATALOG).figures} == {
        "digitally delivered services trade"
    }


def test_a_flow_or_total_row_in_a_column_of_a_named_measure_is_that_flows_measure_or_the_measure() -> None:
    text = (
        "DECLARED VALUE BY FLOW, JULY 2025\n\nFlow | Declared value (VND million) | Change y/y\n"
        "Import | 1.604.250 | +46,2%\nExport | 710.750 | +21,8%\nTotal | 2.315.000 | +37,7%"
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "Import declared value",
        "Import declared value",
        "Export declared value",
        "Export declared value",
        "Declared value",  # (the whole's row: the measure itself, not the row before's)
        "Declared value",
    ]
    # (not a month's column: "| Exports | August | September |" is of what the text measures)
    months = (
        "Trade in digitally deliverable services, September 2025 (C$ millions)\n\n"
        "Flow | August | September\nExports | 11,062 | 11,314"
    )
    assert not any("august" in f.metric.lower() for f in extract(months, PUBLISHED, CATALOG).figures)


def test_a_caption_unit_before_a_qualifier_and_billions_of_dollars_are_money_not_counts() -> None:
    uk = "UK trade in digitally delivered services, £ billion, current prices\nYear | Exports\n2024 | 382.6"
    assert [(f.unit, f.value) for f in extract(uk, PUBLISHED, CATALOG).figures] == [("GBP", 382.6e9)]
    us = (
        "U.S. exports of ICT-enabled services keep growing.\n\n"
        "The numbers behind the line (billions of dollars):\n\nYear\tExports\n2025\t741.6"
    )
    assert [(f.unit, f.value, f.metric_key) for f in extract(us, PUBLISHED, CATALOG).figures] == [
        ("USD", 741.6e9, "us.digitally_enabled_services_exports")
    ]


def test_the_value_of_transactions_made_and_the_number_of_them() -> None:
    text = (
        "In Q1 2025 card holders made 3 024.6 mln non-cash card transactions with a total value of "
        "PLN 214.7 bn. The number of transactions grew by 8.9% y/y."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == [
        "non-cash card transactions",
        "value of non-cash card transactions",
        "transactions",
    ]


def test_a_count_on_a_line_labelled_by_a_name_counts_that_names_things() -> None:
    text = "Instant payments in 3Q25:\n• Pix: 19.6 billion transactions\n• Exports: 1,200 parcels"
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures] == ["Pix transactions", "parcels"]


def test_a_unit_line_under_a_caption_and_columns_that_name_the_captions_parts() -> None:
    text = (
        "Table 1 – Value settled through Pix, by type of payment\n"
        "R$ billion; Brazilian notation (point as thousands separator, comma as decimal mark)\n\n"
        "Quarter | P2P | P2B\n3T2024 | 3.512,4 | 2.108,7"
    )
    figures = extract(text, date(2025, 12, 4), CATALOG).figures
    assert [(round(f.value), f.unit, f.period, f.metric) for f in figures] == [
        (3_512_400_000_000, "BRL", "2024-Q3", "Value settled through Pix P2P"),
        (2_108_700_000_000, "BRL", "2024-Q3", "Value settled through Pix P2B"),
    ]


def test_a_pronoun_subject_after_an_opening_time_phrase_points_back() -> None:
    text = (
        "U.S. exports of ICT-enabled services grew 5.5% last year. "
        "Over the five years to 2025 they expanded at a compound annual rate of 7.3%."
    )
    assert {f.metric for f in extract(text, PUBLISHED, CATALOG).figures} == {
        "U.S. exports of ICT-enabled services"
    }
    opened = "Over the five years to 2025 they expanded at a compound annual rate of 7.3%."
    assert subject_phrase(opened, opened.index("7.3")) == "they"


def test_of_these_exports_points_back_to_the_last_measure_of_exports() -> None:
    text = (
        "UK exports of digitally delivered services rose by 6.9% in 2024, while imports rose by 5.8%.\n\n"
        "The United States remained the largest single market, taking £98.4 billion of these exports in 2024."
    )
    assert [f.metric for f in extract(text, PUBLISHED, CATALOG).figures][2] == (
        "UK exports of digitally delivered services"
    )


def test_a_goals_modal_ends_its_subject() -> None:
    text = "Exports of ICT services should reach $10 billion by 2027."
    assert [t.metric for t in extract(text, PUBLISHED, CATALOG).targets] == ["Exports of ICT services"]


def test_a_goal_after_an_opening_phrase_measures_what_its_amount_is_in() -> None:
    text = "Beyond next year, our goal is to reach NZ$500 million in ARR by FY30."
    assert [t.metric for t in extract(text, PUBLISHED, CATALOG).targets] == ["ARR"]


def test_things_counted_are_their_subjects_without_the_clause_that_says_how_they_passed() -> None:
    text = (
        "Algeria's online payments grew. Online card payments processed through the interbank network of "
        "banks rose to 14.2 million transactions in 2024."
    )
    [figure] = extract(text, date(2025, 3, 1), CATALOG).figures
    assert figure.metric == "Online card payments transactions"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        (
            "Digital content exports (games, webtoons, animation and metaverse content) reached US$186m.",
            "Digital content exports",
        ),
        ("IT services exports (software, game art) brought in US$41 million in H1.", "IT services exports"),
    ],
)
def test_a_list_in_brackets_after_the_subject_says_what_it_holds_and_is_no_part_of_its_name(
    sentence: str, metric: str
) -> None:
    assert [f.metric for f in extract(sentence, date(2025, 8, 1), CATALOG).figures] == [metric]


def test_what_a_plural_subject_generates_is_a_share_of_the_whole_after() -> None:
    text = "International activities now generate 21% of parcels revenue."
    assert [f.metric for f in extract(text, date(2025, 11, 6), CATALOG).figures] == [
        "share of International activities in parcels revenue"
    ]


@pytest.mark.parametrize(
    ("caption", "header", "metric"),
    [
        (
            "Enterprises that sold online, by region, 2024 (% of enterprises)",
            "Region | %",
            "Enterprises that sold online",
        ),
        ("Online sales by state of delivery, Hot Sale 2025", "State | Sales (MXN bn)", "Online sales"),
        ("Online shopping by prefecture, 2024", "Prefecture | Households ordering online (%)", None),
    ],
)
def test_a_caption_of_a_measure_by_place_above_its_own_paragraph_names_what_the_rows_measure(
    caption: str, header: str, metric: str | None
) -> None:
    text = f"Use of cloud services spread to 31.6% of firms.\n\n{caption}\n\n{header}\nArequipa | 23.5\n"
    found = extract(text, date(2025, 6, 1), CATALOG).figures
    assert found[-1].geo == "Arequipa"
    assert (found[-1].metric == metric) if metric else ("Households ordering online" in found[-1].metric)
