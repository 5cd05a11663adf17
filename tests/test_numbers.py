from __future__ import annotations

import pytest

from parsers.numbers import continental_numbers, find_quantities, index_names, normalise


def quantities(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2.9 trillion yuan", 2.9e12, "CNY"),
        ("4 trillion and 800 billion yuan", 4.8e12, "CNY"),
        ("GH¢12 billion", 1.2e10, "GHS"),
        ("430 bln dlrs", 4.3e11, "USD"),
        ("RMB 2,200.6 billion", 2.2006e12, "CNY"),
        ("RMB2.2 trillion", 2.2e12, "CNY"),
        ("CNY1.22 trillion", 1.22e12, "CNY"),
        ("¥15.6 billion", 1.56e10, "CNY"),
        ("$1,185\nbillion", 1.185e12, "USD"),
        ("US$81.3 billion", 8.13e10, "USD"),
        ("USD81.3 billion", 8.13e10, "USD"),
        ("€4.5bn", 4.5e9, "EUR"),
        ("£2.3bn", 2.3e9, "GBP"),
        ("$1.2tn", 1.2e12, "USD"),
        ("Rs 1.2 lakh crore", 1.2e12, "INR"),
        ("₹3,500 crore", 3.5e10, "INR"),
        ("RM1.5 billion", 1.5e9, "MYR"),
        ("120 billion US dollars", 1.2e11, "USD"),
        ("6.5 percent", 6.5, "percent"),
        ("6.5%", 6.5, "percent"),
        ("3.5 per cent", 3.5, "percent"),
        ("2.3 percentage points", 2.3, "percentage_point"),
        ("a 2.3-percentage-point rise", 2.3, "percentage_point"),
        ("the spread narrowed 25 basis points", 0.25, "percentage_point"),
        ("a 150bps cut", 1.5, "percentage_point"),
        ("up 4.5 times", 4.5, "times"),
        ("a four-fold rise", 4.0, "times"),
        ("exports doubled", 2.0, "times"),
        ("a fifth of sales", 20.0, "percent"),
        ("three out of four exporters", 75.0, "percent"),
        ("4,000 companies", 4000.0, "count"),
        ("1.2 billion parcels", 1.2e9, "count"),
        ("２．９ trillion yuan", 2.9e12, "CNY"),
    ],
)
def test_formats(text: str, value: float, unit: str) -> None:
    (found,) = find_quantities(text)
    assert found.unit == unit
    assert found.value == pytest.approx(value)


def test_two_amounts_joined_by_and_are_not_added_up() -> None:
    assert [v for _, v, _ in quantities("RMB 2,200.6 billion and 4 trillion and 800 billion yuan")] == [
        pytest.approx(2.2006e12),
        pytest.approx(4.8e12),
    ]
    # the second amount counts things of its own
    assert [v for _, v, _ in quantities("revenue of US$59 billion and 2.5 million jobs by 2028")] == [
        pytest.approx(5.9e10),
        pytest.approx(2.5e6),
    ]


def test_a_signed_cell_of_a_table_keeps_its_sign() -> None:
    assert quantities("Imports | 13.66 trillion yuan | -0.2% | +1.5%") == [
        ("13.66 trillion yuan", pytest.approx(1.366e13), "CNY"),
        ("-0.2%", -0.2, "percent"),
        ("+1.5%", 1.5, "percent"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the Fourth Global Digital Trade Expo on Sept 25",
        "the 15th Five-Year Plan and the 20th CPC Central Committee",
        "at 10:22 on November 10, 2025",
        "in 2024 and 2025",
        "G20, MC14, Article 5, COVID-19 and 5G networks",
        "ranked among the top three",
        "call the hotline on 12345 or 010-6519 8888",
        "the home side won 3-1",
        "during the 2021-2025 period",
    ],
)
def test_things_that_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_hedges_make_a_quantity_approximate() -> None:
    hedged = find_quantities("more than 4,000 companies and about 2 trillion yuan, but 3 percent")
    assert [q.approx for q in hedged] == [True, True, False]


def test_a_threshold_passed_is_approximate_and_an_estimate_is_not() -> None:
    found = find_quantities(
        "Sales exceeded 40 billion yuan, users passed 2 million "
        "and the market was worth an estimated $7 billion."
    )
    assert [(q.value, q.approx) for q in found] == [(4e10, True), (2e6, True), (7e9, False)]


def test_a_bare_number_a_goal_moves_to_before_a_deadline_is_a_count() -> None:
    assert quantities("The port wants to cut the queue of waiting ships to no more than 40 by 2028.") == [
        ("40", 40.0, "count")
    ]
    assert quantities("Only 8,500 kiosks opened in 2024, short of the goal of 15,000 by 2027.") == [
        ("8,500", 8500.0, "count"),
        ("15,000", 15000.0, "count"),
    ]
    assert quantities("It will reach 90 by June 2027.") == [("90", 90.0, "count")]
    assert quantities("Lane 40 reopened by 2024 and route 12 closed.") == []


def test_a_range_of_two_amounts_gives_both_ends() -> None:
    assert quantities("GMV of US$40bn-45bn by 2028") == [
        ("US$40bn", 4e10, "USD"),
        ("45bn", 4.5e10, "USD"),
    ]
    assert quantities("regional GMV of $600-700 bln by 2030") == [
        ("$600", 6e11, "USD"),
        ("700 bln", 7e11, "USD"),
    ]
    assert quantities("between 1.2-1.5 trillion yuan") == [
        ("1.2", 1.2e12, "CNY"),
        ("1.5 trillion yuan", 1.5e12, "CNY"),
    ]
    # a range in one scale with no currency: counts of the noun after it, if one follows
    assert quantities("sales of 3-4 million units in the 2024-2025 season") == [
        ("3", 3e6, "count"),
        ("4 million", 4e6, "count"),
    ]
    assert quantities("sales of 3-4 million in the 2024-2025 season") == []


def test_doubling_or_tripling_as_a_goal_is_a_multiple() -> None:
    assert quantities("The council aims to triple the number of data centres") == [("triple", 3.0, "times")]
    assert quantities("It plans to double its exports") == [("double", 2.0, "times")]
    assert quantities("a double taxation treaty") == []


def test_indian_digit_grouping_is_one_number() -> None:
    found = quantities("Receipts came to ₹3,25,500 crore, against Rs 98,000 crore")
    assert [(quote, unit) for quote, _, unit in found] == [
        ("₹3,25,500 crore", "INR"),
        ("Rs 98,000 crore", "INR"),
    ]
    assert [value for _, value, _ in found] == pytest.approx([3.255e12, 9.8e11])


def test_fractions_in_words_a_share_moved_from() -> None:
    assert [q.value for q in find_quantities("52% of sales, against a third a decade earlier")][1:] == [
        pytest.approx(100 / 3)
    ]
    assert [q.value for q in find_quantities("58%, up from a quarter in 2015")][1:] == [25.0]
    assert find_quantities("goods from a third country") == []


def test_fractions_in_words_after_a_hedge_or_a_move() -> None:
    text = (
        "Exports rose by roughly a third, close to one in two buyers paid by card and nine out of ten shipped"
    )
    assert quantities(text) == [
        ("roughly a third", pytest.approx(100 / 3), "percent"),
        ("one in two", 50.0, "percent"),
        ("nine out of ten", 90.0, "percent"),
    ]
    assert quantities("Sales fell by a tenth; the remaining fifth went abroad, up from half in 2019") == [
        ("a tenth", 10.0, "percent"),
        ("the remaining fifth", 20.0, "percent"),
        ("half", 50.0, "percent"),
    ]
    assert quantities("in the third quarter, for a quarter of a century") == []


def test_multiples_in_words_and_with_an_x() -> None:
    assert quantities("Output is nearly four times the level of 2010 and more than double its peak") == [
        ("nearly four times ", 4.0, "times"),
        ("more than double", 2.0, "times"),
    ]
    assert quantities("Parcels were twice the number a year before; GMV grew 3.5x") == [
        ("twice ", 2.0, "times"),
        ("3.5x", 3.5, "times"),
    ]
    assert quantities("a 4x4 truck") == []


def test_real_pesos_and_philippine_amounts() -> None:
    found = quantities("R$12.5 billion, 310 billion pesos and PHP45bn")
    assert [(quote, unit) for quote, _, unit in found] == [
        ("R$12.5 billion", "BRL"),
        ("310 billion pesos", "MXN"),
        ("PHP45bn", "PHP"),
    ]
    assert [value for _, value, _ in found] == pytest.approx([1.25e10, 3.1e11, 4.5e10])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("SAR 12.5 billion", 1.25e10, "SAR"),
        ("4.2 billion riyals", 4.2e9, "SAR"),
        ("KSh 310 billion", 3.1e11, "KES"),
        ("₦1.4 trillion", 1.4e12, "NGN"),
        ("₺88 billion", 8.8e10, "TRY"),
        ("PLN 2.7bn", 2.7e9, "PLN"),
        ("640 million zlotys", 6.4e8, "PLN"),
        ("2.1 billion special drawing rights", 2.1e9, "XDR"),
        ("AED 9 billion", 9e9, "AED"),
    ],
)
def test_currencies_of_the_gulf_africa_and_europe(text: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.unit, round(quantity.value)) == (unit, round(value))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Dh3 billion", 3e9, "AED"),
        ("SR5bn", 5e9, "SAR"),
        ("QR1.2 billion", 1.2e9, "QAR"),
        ("N5 trillion", 5e12, "NGN"),
        ("R48 billion", 4.8e10, "ZAR"),
        ("E£5 billion", 5e9, "EGP"),
        ("LE12 billion", 1.2e10, "EGP"),
        ("Sh90 billion", 9e10, "KES"),
        ("Tk 5 billion", 5e9, "BDT"),
        ("฿5 billion", 5e9, "THB"),
        ("GH₵5 billion", 5e9, "GHS"),
        ("MX$5 billion", 5e9, "MXN"),
        ("PKR 5 billion", 5e9, "PKR"),
        ("SEK 5 billion", 5e9, "SEK"),
        ("US$5 bln", 5e9, "USD"),
        ("3.4 trln yuan", 3.4e12, "CNY"),
        ("RM319.6bil", 3.196e11, "MYR"),
        ("US$356mil", 3.56e8, "USD"),
        ("RM1.2tril", 1.2e12, "MYR"),
        ("P650 billion", 6.5e11, "PHP"),
        ("5 billion New Taiwan dollars", 5e9, "TWD"),
        ("5 billion Egyptian pounds", 5e9, "EGP"),
        ("5 billion Pakistani rupees", 5e9, "PKR"),
        ("5 billion Australian dollars", 5e9, "AUD"),
        ("5 billion Swiss francs", 5e9, "CHF"),
        ("5 billion UAE dirhams", 5e9, "AED"),
        ("5 billion Thai baht", 5e9, "THB"),
        ("5 billion kronor", 5e9, "SEK"),
        ("5 billion taka", 5e9, "BDT"),
        ("5 billion cedis", 5e9, "GHS"),
        ("NIS 610 million", 6.1e8, "ILS"),
        ("NIS 75", 75, "ILS"),
        ("3 billion NIS", 3e9, "ILS"),
        ("LAK 162 trillion", 1.62e14, "LAK"),
        ("1.1 trillion kip", 1.1e12, "LAK"),
        ("3.2 trillion riels", 3.2e12, "KHR"),
        ("KGS 10 billion", 1e10, "KGS"),
    ],
)
def test_currencies_by_short_sign_code_or_country_adjective(text: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(f"Exports reached {text} last year.")
    assert (quantity.unit, round(quantity.value)) == (unit, round(value))


def test_a_mask_model_is_no_amount_of_naira() -> None:
    assert find_quantities("N95 masks") == []
    assert find_quantities("the R2 region and Dh300 fares") == []
    assert find_quantities("Form P1 and the P3 grade") == []


def test_a_count_of_things_with_listed_modifiers() -> None:
    (listed,) = find_quantities("MDEC seeks to bring 50,000 more micro, small and medium enterprises online.")
    assert (listed.value, listed.unit, listed.counted) == (
        50_000,
        "count",
        "more micro, small and medium enterprises",
    )


def test_a_large_bare_number_after_a_counting_verb_and_a_hedge_is_a_count() -> None:
    assert quantities("Data centres in the region numbered more than 2,400 at the end of June") == [
        ("2,400", 2400.0, "count")
    ]
    assert quantities("the city now hosts over 3,100") == [("3,100", 3100.0, "count")]
    assert quantities("Employment was estimated at some 410,000") == [("410,000", 410000.0, "count")]


def test_a_bare_number_the_counted_things_reach_or_are_compared_with_is_a_count() -> None:
    assert quantities("The number of bonded warehouses in the zone rose to 86 last year") == [
        ("86", 86.0, "count")
    ]
    assert quantities("It now has 53 ports, compared with 38 a year before") == [
        ("53", 53.0, "count"),
        ("38", 38.0, "count"),
    ]
    assert quantities("Exporters rose to 4,310, about 610 more than in 2023") == [
        ("4,310", 4310.0, "count"),
        ("610", 610.0, "count"),
    ]
    assert quantities("Sales rose 5 percent, up from 3 in 2023") == [("5 percent", 5.0, "percent")]


def test_a_part_of_a_whole_named_first_or_a_base_after_a_line_break_is_a_count() -> None:
    assert quantities("Of the 30 ports that applied, 22 were approved") == [
        ("30", 30.0, "count"),
        ("22", 22.0, "count"),
    ]
    assert quantities("More than 900 traders now sell abroad,\nup from about 600 in 2022") == [
        ("900", 900.0, "count"),
        ("600", 600.0, "count"),
    ]


def test_a_part_in_words_of_a_counted_whole_and_a_half_after_any_hedge() -> None:
    assert quantities("It runs nine depots, three of which opened in May") == [
        ("three", 3.0, "count"),
    ]
    assert quantities("One of them said so") == []
    assert quantities("Mobile orders were less than half in 2020") == [("less than half", 50.0, "percent")]


def test_a_bare_decimal_an_index_or_score_reads_is_a_value() -> None:
    assert quantities("The openness index fell to 0.42 from 0.47") == [
        ("0.42", 0.42, "count"),
        ("0.47", 0.47, "count"),
    ]
    assert [q.form for q in find_quantities("Its score stood at 0.8")] == ["index"]
    assert quantities("Each 0.1-point rise in the score cut trade") == []
    assert quantities("Output fell to 0.42 from 0.47") == []


def test_in_a_report_on_an_index_a_bare_decimal_its_abbreviation_or_a_place_reads_is_a_reading() -> None:
    report = "PARCEL ACTIVITY INDEX (PAI) — MALAYSIA\nMay 2026\n\nThe index rose."
    names = index_names(report)
    assert names == ("index", "PAI")
    assert quantities("Selangor came in at 52.4") == []
    for sentence in ("Selangor came in at 52.4", "The headline PAI rose to 52.4"):
        assert [(q.value, q.form) for q in find_quantities(sentence, names)] == [(52.4, "index")]
    assert find_quantities("Output fell to 52.4", names) == []
    # the index named anywhere before in the sentence; a move in points
    long = (
        "The PAI, built from a monthly survey of couriers, shippers, forwarders and warehouse operators that "
        "handle cross-border parcels across the region, rose to 52.4"
    )
    assert [q.value for q in find_quantities(long, names)] == [52.4]
    assert [(q.value, q.unit) for q in find_quantities("New orders rose 1.4 points", names)] == [
        (1.4, "percentage_point")
    ]
    assert find_quantities("New orders rose 1.4 points") == []
    assert index_names("Parcel volumes rose 5%.\n\n" + "More parcels. " * 30 + "Index of tables") == ()


def test_a_number_naming_a_cohort_season_or_meeting_is_no_count() -> None:
    assert quantities("Cohort 7 goes cross-border; Season 3 starts; Meeting No. 11 opened") == []


def test_a_count_moved_by_a_bare_number_and_modifiers_joined_by_or() -> None:
    assert quantities("Employment rose to 1.82 million, up by roughly 120,000") == [
        ("1.82 million", 1.82e6, "count"), ("120,000", 120_000.0, "count"),
    ]  # fmt: skip
    assert quantities("Users rose to 4,100, an increase of 300") == [
        ("4,100", 4100.0, "count"),
        ("300", 300.0, "count"),
    ]
    assert quantities("Customs seized 412,000 counterfeit or unsafe items") == [
        ("412,000", 412_000.0, "count")
    ]


def test_a_part_of_a_counted_whole_is_a_count() -> None:
    assert quantities("Of these, 45 sell abroad") == [("45", 45.0, "count")]
    assert quantities("Officials approved 30 zones, 12 of them inland") == [
        ("30", 30.0, "count"),
        ("12", 12.0, "count"),
    ]
    assert quantities("Rivals matched 9 of the 14 rules") == [("9", 9.0, "count"), ("14", 14.0, "count")]
    assert quantities("The minister said 30 would be enough") == []


def test_sizes_that_define_firms_table_numbers_and_decimal_counts_are_not_quantities() -> None:
    assert quantities("a levy hurts any business with fewer than 10 employees") == []
    assert quantities("Tables 2 through 5 list the partners") == []
    assert quantities("Watch the 6.18 and 11.11 shopping festivals") == []
    assert quantities("Exports grew for firms with 200 staff, reaching 3,000 companies") == [
        ("3,000", 3000.0, "count")
    ]


def test_a_people_without_a_plural_ending_is_counted() -> None:
    assert quantities("Some 45 million Japanese shop online") == [("45 million", 4.5e7, "count")]
    assert quantities("a budget of 300 million Japanese yen") == [("300 million Japanese yen", 3e8, "JPY")]
    assert quantities("Freighter fleet: 33 aircraft") == [("33", 33.0, "count")]  # its own plural


def test_a_number_that_ends_a_name_of_capitalised_words_is_not_a_quantity() -> None:
    assert quantities("dozens of Forbes Global 2000 firms attended") == []
    assert quantities("Hong Kong 3.5 billion") == [("3.5 billion", 3.5e9, None)]


def test_a_new_total_of_things_counts_them() -> None:
    assert quantities("It opened four hubs, bringing the total to 36") == [("36", 36.0, "count")]


def test_a_goal_to_double_a_bare_noun_is_a_multiple_unless_it_states_the_value() -> None:
    (doubled,) = find_quantities("Tokyo aims to double sales of domestic cloud services by 2030.")
    assert (doubled.value, doubled.unit) == (2.0, "times")
    valued = find_quantities("It plans to double exports of ICT services to SAR 25 billion by 2030.")
    assert [(q.value, q.unit) for q in valued] == [(2.5e10, "SAR")]
    assert find_quantities("Firms plan to double down on exports.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Exports rose 5pc last year.", [(5.0, "percent")]),
        ("Trade reached 1.2trn yuan.", [(1.2e12, "CNY")]),
        ("Revenue was Rs 1,200 cr.", [(1.2e10, "INR")]),
        ("Growth of 3-4% is expected.", [(3.0, "percent"), (4.0, "percent")]),
        ("The share rose 1.2 points to 45%.", [(1.2, "percentage_point"), (45.0, "percent")]),
        ("The index rose 12 points.", []),
        ("Five PCs were sold.", []),
    ],
)
def test_british_percent_wire_scales_percent_ranges_and_points_of_a_percentage(
    text: str, found: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sales hit US$1.2b.", [(1.2e9, "USD")]),
        ("Fill in the 2b form.", []),
        ("It signed a 45.6-billion-yuan deal.", [(4.56e10, "CNY")]),
        ("Exports were 1.2 billion USD.", [(1.2e9, "USD")]),
        ("Payments reached Rp 1.2 quadrillion.", [(1.2e15, "IDR")]),
        ("They shipped two million parcels.", [(2e6, "count")]),
        ("It raised about five billion euros.", [(5e9, "EUR")]),
    ],
)
def test_billions_as_b_hyphenated_and_trailing_currencies_quadrillions_and_scaled_words(
    text: str, found: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Exports reached roughly 9.3 trillion soums.", [(9.3e12, "UZS")]),
        ("IT firms paid UAH 21.4 bln in taxes.", [(2.14e10, "UAH")]),
        ("The sector earned FJ$164 million.", [(1.64e8, "FJD")]),
        ("Trade was 5 billion tenge.", [(5e9, "KZT")]),
    ],
)
def test_currencies_of_central_asia_eastern_europe_and_the_pacific(
    text: str, found: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == found


def test_a_bare_count_a_goal_moves_to_within_some_years_is_a_count() -> None:
    (count,) = find_quantities("We want that number to exceed 200,000 within three years.")
    assert (count.value, count.unit) == (200000, "count")


def test_the_australian_press_writes_whose_dollar_after_the_sign() -> None:
    found = find_quantities("revenue of $US5.2 billion, or $A8 billion")
    assert [(q.value, q.unit) for q in found] == [(5.2e9, "USD"), (8e9, "AUD")]


def test_an_iso_code_that_is_an_english_word_is_a_currency_only_in_capitals() -> None:
    found = find_quantities("GMV reached TRY 18.6 billion; sellers try 3 times.")
    assert [(q.value, q.unit) for q in found] == [(1.86e10, "TRY"), (3, "times")]


def test_a_line_whose_label_names_what_its_bare_number_counts() -> None:
    found = find_quantities("- Active business customers: 412,000, up 9%\n- Licensed data centres: 19")
    assert [(q.value, q.unit) for q in found] == [(412000, "count"), (9, "percent"), (19, "count")]
    assert [(q.value, q.unit) for q in find_quantities("- Founded: 1998\n- Rank: 19")] == []
    more = "Countries represented: 31\nParcel lockers installed in the quarter: 112\nSeizures of items: 2,317"
    assert [(q.value, q.unit) for q in find_quantities(more)] == [
        (31, "count"),
        (112, "count"),
        (2317, "count"),
    ]


def test_a_ratio_in_words_of_any_small_number_is_a_percentage() -> None:
    found = find_quantities("roughly one in eight purchases, and one in six firms")
    assert [round(q.value, 1) for q in found] == [12.5, 16.7]


def test_modifiers_joined_by_and_before_what_a_number_counts() -> None:
    (count,) = find_quantities("More than 62,000 local small and medium enterprises took part.")
    assert (count.value, count.unit, count.counted) == (62000, "count", "local small and medium enterprises")


def test_a_bare_number_whose_subject_names_what_it_counts() -> None:
    found = find_quantities("Headcount grew by 90,000 in 2024, and the number of GCCs crossed 1,700.")
    assert [(q.value, q.unit) for q in found] == [(90000, "count"), (1700, "count")]
    assert [(q.value, q.unit) for q in find_quantities("Parcels reached 286 million in the quarter.")] == [
        (2.86e8, "count")
    ]


def test_the_uzbek_som_and_an_amount_with_a_footnote_mark() -> None:
    text = normalise("worth 9.1 trillion so'm, or Tk 4,210 crore² last year")
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(9.1e12, "UZS"), (4.21e10, "BDT")]


def test_ranges_written_with_between_from_or_by_share_their_unit() -> None:
    text = "between 4 and 4.5 per cent, from $5 to $6 billion, from 1 to 30 November, by 6.5 to 7.5 per cent"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (4.0, "percent"), (4.5, "percent"), (5e9, "USD"), (6e9, "USD"), (6.5, "percent"), (7.5, "percent"),
    ]  # fmt: skip


def test_percentage_points_written_p_p_and_double_the_number_of_an_earlier_time() -> None:
    text = "down 0.3 p.p. on the year; it handled 2.1 billion orders, double the number a year earlier"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (0.3, "percentage_point"), (2.1e9, "count"), (2.0, "times"),
    ]  # fmt: skip


def test_a_range_of_counts_with_its_noun_written_once() -> None:
    text = "throughput of 440,000-460,000 TEU; hiring 2,000-2,500 new engineers; in 2021-2025; a 3-1 win"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (440000.0, "count"), (460000.0, "count"), (2000.0, "count"), (2500.0, "count"),
    ]  # fmt: skip


def test_a_goal_to_double_a_measure_named_in_two_words() -> None:
    assert [(q.value, q.unit) for q in find_quantities("aims to double marketplace GMV by 2028")] == [
        (2.0, "times")
    ]


def test_thousands_set_apart_by_spaces_but_not_the_chinese_yi() -> None:
    text = normalise("CFAF 38 412.7 billion, about 15 000 jobs, 386 100 million yuan, in 2024 500 firms")
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (3.84127e13, "XOF"), (15000.0, "count"), (3.86e10, "CNY"), (500.0, "count"),
    ]  # fmt: skip


def test_currency_signs_of_the_caribbean_central_america_and_the_pacific() -> None:
    text = normalise(
        "J$127.5 billion, Q10 billion, ₡4.9 trillion, F$1.1 billion, K4.3 billion, 50,000 vatu, Q2 2025"
    )
    assert [q.unit for q in find_quantities(text)] == ["JMD", "GTQ", "CRC", "FJD", "PGK", "VUV"]


def test_dollar_signs_marked_by_belize_guyana_suriname_the_cayman_and_solomon_islands_and_tonga() -> None:
    text = normalise(
        "BZ$3.1 million, G$58.6 billion, GY$2 billion, SR$410 million, CI$9 million, SI$12m, T$4m, ৳5 bn"
    )
    assert [q.unit for q in find_quantities(text)] == ["BZD", "GYD", "GYD", "SRD", "KYD", "SBD", "TOP", "BDT"]


def test_a_count_said_to_reach_a_number_and_its_base_up_from_are_counts() -> None:
    text = normalise(
        "By fiscal 2024 the count had reached 1.36 billion, up from just over 1 billion in fiscal 2023."
    )
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(1.36e9, "count"), (1e9, "count")]


def test_a_decimal_comma_before_a_scale_or_a_percent_sign() -> None:
    text = "Exports: R181,3 billion; 3,46 million declarations, up 11,7%; orders 1,2 and 3; 2,500 firms"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (1.813e11, "ZAR"), (3.46e6, "count"), (11.7, "percent"), (2500.0, "count"),
    ]  # fmt: skip


def test_andean_signs_the_uzbek_som_and_the_cfa_franc() -> None:
    text = "worth S/ 23.4 billion; Bs 98,600 million; 1.46 trillion soʻm; CFA 26.4 trillion; press the S/ key"
    assert [q.unit for q in find_quantities(normalise(text))] == ["PEN", "BOB", "UZS", "XOF"]


def test_the_dinar_the_rial_and_a_development_banks_unit_of_account_as_their_press_writes_them() -> None:
    text = "JD 2.1 billion; RO 131.2 million; UA 52.6 million; the JD 40 route, RO 5 and UA 1; ro 3 million"
    assert [(round(q.value), q.unit) for q in find_quantities(text)] == [
        (2_100_000_000, "JOD"), (131_200_000, "OMR"), (52_600_000, "XDR"), (3_000_000, None),
    ]  # fmt: skip


def test_a_range_whose_low_end_is_written_out_in_full_lends_it_no_scale() -> None:
    text = "turnover between A$250,000 and A$20 million; between $1,200 and $1,500 million"
    assert [q.value for q in find_quantities(text)] == [250_000.0, 20e6, 1.2e9, 1.5e9]


def test_the_minutes_of_a_time_stamp_are_no_count() -> None:
    text = "10:15\nPayments panel: 412 million transactions. Q3:15 million parcels."
    assert [q.value for q in find_quantities(text)] == [4.12e8, 1.5e7]


def test_a_range_of_percentages_with_a_sign_on_each_end() -> None:
    assert [q.value for q in find_quantities("to grow 4%-6% in 2025 and 9%–11% after")] == [
        4.0, 6.0, 9.0, 11.0,
    ]  # fmt: skip


def test_months_coded_with_a_slash_are_no_millions() -> None:
    assert [q.value for q in find_quantities("Online sales, 9M/2025: VND 287.4 trillion")] == [287.4e12]


def test_thousands_set_apart_by_dots_where_two_dots_or_a_spanish_scale_leave_no_doubt() -> None:
    found = find_quantities(
        "Sales hit CLP 12.800.000 millones, and the tax raised CLP 298.000 millones; €1.200.000."
    )
    assert [(q.value, q.unit) for q in found] == [(12.8e12, "CLP"), (298e9, "CLP"), (1.2e6, "EUR")]
    assert [q.value for q in find_quantities("Revenue rose to $1.250 billion.")] == [1.25e9]


def test_koreas_percentage_points_and_a_tables_unit_written_currency_first() -> None:
    assert [(q.value, q.unit) for q in find_quantities("77.6%, 0.9%p higher; up 3%pa")] == [
        (77.6, "percent"),
        (0.9, "percentage_point"),
        (3.0, "percent"),
    ]
    assert find_quantities("(unit: KRW 100 million, %)") == []


def test_dots_for_thousands_with_a_decimal_comma_and_pairs_of_who_pays_whom() -> None:
    assert [q.value for q in find_quantities("R$ 3.512,4 billion and R$ 1.234,56 million")] == [
        3.5124e12,
        1234.56e6,
    ]
    assert find_quantities("Quarter | P2P | P2B") == []
    assert find_quantities("driven mainly by P2B payments") == []
    assert [(q.value, q.unit) for q in find_quantities("a P2B fund for farmers")] == [(2e9, "PHP")]


def test_a_decimal_read_out_in_words() -> None:
    found = find_quantities(
        "It came in at one point nine billion dollars, and two point four five million parcels."
    )
    assert [(round(q.value), q.unit) for q in found] == [(1_900_000_000, "USD"), (2_450_000, "count")]


def test_a_ratio_with_a_noun_between_and_almost_a_half() -> None:
    assert [q.value for q in find_quantities("Instalments paid for one order in five.")] == [20.0]
    assert [q.value for q in find_quantities("Exports rose by almost a half.")] == [50.0]
    assert find_quantities("It opened one store in five cities.") == []


def test_macaos_pataca_and_moroccos_dirhams_written_with_their_scale() -> None:
    found = find_quantities("Receipts were 4.7 billion patacas, or MOP 4.7 billion; exports hit 18.2 MMDH.")
    assert [(q.value, q.unit) for q in found] == [(4.7e9, "MOP"), (4.7e9, "MOP"), (18.2e9, "MAD")]
    assert [(q.value, q.unit) for q in find_quantities("a budget of 350 MDH")] == [(350e6, "MAD")]
    found = find_quantities("Duties reached 9,860 mdp; sales hit 1.2 mmdd.")
    assert [(q.value, q.unit) for q in found] == [(9.86e9, "MXN"), (1.2e9, "USD")]
    assert [q.unit for q in find_quantities("Please mop 3 floors.")] == ["count"]


def test_a_payment_pair_spelled_out_before_it_or_naming_a_merchant_is_no_amount() -> None:
    assert find_quantities("Person-to-business (P2B) payments rose.") == []
    assert find_quantities("Person-to-merchant (P2M) payments rose.") == []
    assert find_quantities("Payments from people to businesses (P2B), the fastest segment, grew.") == []
    assert [(q.value, q.unit) for q in find_quantities("a P2B fund for farmers")] == [(2e9, "PHP")]


def test_a_ratio_in_digits_and_a_thousands_mark_in_a_caption() -> None:
    found = find_quantities("Roughly 1 in 5 sells to the US, and 1 in 2024 did not.")
    assert [(q.value, q.unit) for q in found] == [(20.0, "percent")]
    assert find_quantities("Parcels handled ('000 pieces)") == []


def test_a_count_compared_past_an_amount_used_as_an_adjective() -> None:
    found = find_quantities("Some 410 sellers passed the 10-million-peso mark, compared with 352 last year.")
    assert [(q.value, q.unit) for q in found] == [(410, "count"), (10e6, "MXN"), (352, "count")]


def test_a_range_of_percentages_after_of() -> None:
    found = find_quantities("It forecasts real GDP growth of 1.5 to 2.5 per cent for 2026.")
    assert [(q.value, q.unit) for q in found] == [(1.5, "percent"), (2.5, "percent")]


def test_tens_read_out_hedged_multiples_and_growth_by_half() -> None:
    found = find_quantities("Sales came to sixty-two point five billion patacas, or forty million dollars.")
    assert [(q.value, q.unit) for q in found] == [(62.5e9, "MOP"), (40e6, "USD")]
    assert [q.value for q in find_quantities("Volume was 9.1 billion, almost triple the level of 2021.")][
        1:
    ] == [3.0]
    assert [q.value for q in find_quantities("Since then the bars more than quadruple.")] == [4.0]
    assert [q.value for q in find_quantities("Card payments grew by half in 2024.")] == [50.0]
    assert find_quantities("It will triple down.") == []


def test_the_peso_as_filings_write_it_and_europes_abbreviated_billions_and_trailing_euro_sign() -> None:
    found = find_quantities(
        "Volume reached Ps.186.4 billion; the loss was Ps 212 million. He has 3 PS 4 consoles."
    )
    assert [(q.value, q.unit) for q in found] == [(186.4e9, "MXN"), (212e6, "MXN"), (3, "count")]
    found = find_quantities("Turnover was 9.6 mld. lei, and wages reach 10,000 lei.")
    assert [(q.value, q.unit) for q in found] == [(9.6e9, "RON"), (10_000, "RON")]
    found = find_quantities(
        "It mobilises 8.500 M€, of which 3,5 M€ for schools, 3.5 M€ for clinics and 12,50 € a user."
    )
    assert [(q.value, q.unit) for q in found] == [
        (8.5e9, "EUR"),
        (3.5e6, "EUR"),
        (3.5e6, "EUR"),
        (12.5, "EUR"),
    ]
    assert [q.value for q in find_quantities("It raised 2.5 millones.")] == [2.5e6]


def test_a_text_that_writes_numbers_the_continental_way_has_its_separators_swapped_in_place() -> None:
    text = "Sales reached €20,3 Mrd., up 3,6 % on 2024.\nFashion | 3.912 | −2,1\nOn 20.11.2025 at 10.30."
    swapped = continental_numbers(text)
    assert (
        swapped
        == "Sales reached €20.3 Mrd., up 3.6 % on 2024.\nFashion | 3,912 | −2.1\nOn 20.11.2025 at 10.30."
    )
    assert continental_numbers("Up 3,6 % and 2,9 %, but 1.5% elsewhere; 3.912 firms.") == (
        "Up 3,6 % and 2,9 %, but 1.5% elsewhere; 3.912 firms."
    )


def test_a_sign_before_a_currency_and_a_part_of_a_count_after_of_which() -> None:
    found = find_quantities("The balance was -$2,493m, after -US$5 billion.")
    assert [(q.value, q.unit) for q in found] == [(-2493e6, "USD"), (-5e9, "USD")]
    found = find_quantities("Participating sellers: 18,400, of which 3,100 took part for the first time.")
    assert [(q.value, q.unit) for q in found] == [(18_400, "count"), (3_100, "count")]
    found = find_quantities("It has 18,400 sellers, of which 3,100 joined this year.")
    assert [(q.value, q.counted) for q in found] == [(18_400, "sellers"), (3_100, "sellers")]


def test_a_letter_hyphened_to_a_number_names_something() -> None:
    assert find_quantities("PayCo Berhad (Registration No. 1281234-K) filed a 10-K.") == []
    assert [q.value for q in find_quantities("Revenue was RM5-m, or 5m.")][-1:] == [5e6]


def test_bare_numbers_that_go_on_counting_what_the_count_before_counts() -> None:
    text = "There were 89 data centres in operation, a further 14 under construction and 33 with permission."
    assert [(q.value, q.counted) for q in find_quantities(text)] == [
        (89, "data centres"),
        (14, "data centres"),
        (33, "data centres"),
    ]
    assert [q.value for q in find_quantities("It sold 89 cars in 2024, and 33 with me.")] == [89, 33]
    assert [q.value for q in find_quantities("Revenue rose 5% in 2024, and 33 with me.")] == [5]


def test_a_number_on_a_line_of_its_own_explained_as_the_number_of_things_below_it() -> None:
    found = find_quantities("2,100-plus\nThe number of software firms now operating in the park.")
    assert [(q.value, q.counted) for q in found] == [(2_100, "software firms")]


def test_aircraft_movements_counted_on_a_labelled_line() -> None:
    assert [q.value for q in find_quantities("• All-cargo aircraft movements: 1,386 in the month")] == [1_386]


def test_uruguays_peso_sign_beside_the_australian_way_of_writing_us_dollars() -> None:
    found = find_quantities("It assigns $U 620 million, about US$ 15.5 million; it raised $US5.2 billion.")
    assert [(q.value, q.unit) for q in found] == [(620e6, "UYU"), (15.5e6, "USD"), (5.2e9, "USD")]


def test_vulgar_fractions_and_the_dominican_peso_sign() -> None:
    found = find_quantities(
        "Goods volumes grow by ½% and services by 2½ percent; imports of RD$18.6 billion."
    )
    assert [(q.value, q.unit) for q in found] == [(0.5, "percent"), (2.5, "percent"), (18.6e9, "DOP")]


def test_more_national_currencies_by_sign_code_and_name() -> None:
    text = (
        "It earned BDS$1.46 billion, TT$1.9bn, SAT$48 million and ₮1.38 trillion; ALL 13.9 billion, "
        "MKD 1.94 billion, IQD 26 trillion, 4.5 billion denars and 12 billion lek, but all 5 billion."
    )
    assert [q.unit for q in find_quantities(text)] == [
        "BBD", "TTD", "WST", "MNT", "ALL", "MKD", "IQD", "MKD", "ALL", None,
    ]  # fmt: skip


def test_gulf_dinars_and_the_signs_of_namibia_brunei_tanzania_uganda_ethiopia_and_laos() -> None:
    text = (
        "It set KD 24.5 billion, BD 310 million, N$14.6 million, B$312 million, TSh 64.9 billion, "
        "USh 1.2 trillion, Br 1.3 billion and ₭4.5 billion; 48.6 trillion kyat, 2 billion pula, 3 billion "
        "leva; a KD 5 plan."
    )
    assert [q.unit for q in find_quantities(text) if q.unit] == [
        "KWD", "BHD", "NAD", "BND", "TZS", "UGX", "ETB", "LAK", "MMK", "BWP", "BGN",
    ]  # fmt: skip


def test_a_letter_before_thousands_set_apart_is_money_without_a_scale() -> None:
    found = find_quantities("It fell to CFA 1,150 per order and K2,500 a month, but N95 masks and R2 roads.")
    assert [(q.value, q.unit) for q in found if q.unit not in (None, "count")] == [
        (1150, "XOF"),
        (2500, "PGK"),
    ]


def test_currencies_of_west_and_southern_africa_north_africa_and_the_himalayas() -> None:
    text = (
        "It hit ZiG 1.86 trillion, L$2.9 billion, Ar 2.3 trillion, MWK 41.6 billion, GMD 27.4bn, "
        "GNF 48,000bn, LYD 21.4 billion, MVR 1.9 billion and Nu. 2.1 per kWh; 1.2 billion leones, "
        "2.1 billion dinars, 5 billion Libyan dinars, 3 billion dalasi; QR 312 a parcel, but qr 5."
    )
    assert [q.unit for q in find_quantities(text) if q.unit not in (None, "count")] == [
        "ZWG", "LRD", "MGA", "MWK", "GMD", "GNF", "LYD", "MVR", "BTN", "SLE", "TND", "LYD", "GMD", "QAR",
    ]  # fmt: skip


def test_every_other_iso_currency_code_is_read_in_capitals_before_or_after_an_amount() -> None:
    text = (
        "It reached PYG 1.2 trillion. Sales: 3.4 billion HUF. The TOP 10 firms; pyg 5 billion; an IRR of 17%."
    )
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (1.2e12, "PYG"),
        (3.4e9, "HUF"),
        (5e9, None),
        (17, "percent"),
    ]


def test_every_currency_by_its_english_name_and_accents_left_off() -> None:
    text = (
        "It cost 412.6 trillion Paraguayan guaranis, 3.42 billion soms, 1.5 billion gourdes, 2 billion "
        "Trinidad & Tobago dollars, 6 billion cordobas, 800 million Icelandic krónur, 5 million kronur, "
        "90 million balboas and 12 billion afghanis; two marks and 3 real gains."
    )
    assert [q.unit for q in find_quantities(text) if q.unit not in (None, "count")] == [
        "PYG", "KGS", "HTG", "TTD", "NIO", "ISK", "ISK", "PAB", "AFN",
    ]  # fmt: skip


def test_the_pacifics_codes_and_signs_in_capitals_before_a_scale() -> None:
    text = "It took TOP 23.7 million, SAT 1,041.7 million and VT 14.2 billion; the TOP 10 and a SAT 5 test."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (23.7e6, "TOP"), (1041.7e6, "WST"), (14.2e9, "VUV"),
    ]  # fmt: skip


def test_a_letter_before_an_amount_with_its_cents_is_money() -> None:
    found = find_quantities("The fee fell to K7.50; masks cost R2.50 each; version K3.1 and R2 roads.")
    assert [(q.value, q.unit) for q in found] == [(7.5, "PGK"), (2.5, "ZAR")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Revenue was CLP 418.300 million.", 418_300e6, "CLP"),
        ("It lost CLP 6.120 million.", 6_120e6, "CLP"),
        ("Exports rose to COP 96.000 million.", 96_000e6, "COP"),
        ("It sold 4.800 million euros of goods abroad.", 4_800e6, "EUR"),
        ("Sales reached €380.000 in 2024.", 380_000, "EUR"),
        ("It sent 1.850 parcels.", 1_850, "count"),
        ("It now has 2.400 bilingual agents.", 2_400, "count"),
        ("Parcels rose to 1.125 million.", 1.125e6, "count"),
        ("The dinar fell; it was DA 38 600 million in all.", 38_600e6, "DZD"),
        ("Imports were worth Nu 31.5 billion.", 31.5e9, "BTN"),
    ],
)
def test_thousands_set_apart_by_dots_in_english_text_and_more_currency_signs(
    text: str, value: float, unit: str
) -> None:
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found][-1] == (value, unit)


def test_thousands_set_apart_by_spaces_before_a_comma_and_in_a_bare_count() -> None:
    found = find_quantities(
        "The call amounts to PLN 250 000 000, and a firm may get up to PLN 1 200 000 from it."
    )
    assert [(q.value, q.unit) for q in found] == [(250e6, "PLN"), (1.2e6, "PLN")]
    found = find_quantities("Full-freighter movements climbed to 31 870, against 30 412 in 2023.")
    assert [(q.value, q.unit) for q in found] == [(31_870, "count"), (30_412, "count")]


def test_a_rules_threshold_a_sum_exceeds_is_exact() -> None:
    found = find_quantities(
        "Sellers must register once their sales here exceed $60,000 in a 12-month period, "
        "and firms whose sales exceed TOP 100,000 too; sales exceeded $8,000 last year."
    )
    assert [(q.value, q.approx) for q in found] == [(60_000, False), (100_000, False), (8_000, True)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Import tax came to R$ 1,38 bilhão in the month.", 1.38e9, "BRL"),
        ("It is projected to reach R$ 5,1 bilhões in 2025.", 5.1e9, "BRL"),
        ("Firms with turnover below MZN 50 milhões qualify.", 50e6, "MZN"),
        ("The grant was R$ 1,2 milhão.", 1.2e6, "BRL"),
        ("Exports reached EUR 2,6 mil milhões.", 2.6e9, "EUR"),
        ("The agency set aside DKK 45 mio. for it.", 45e6, "DKK"),
        ("Sales were 3,4 mia. kroner.", 3.4e9, "DKK"),
        ("Exports amounted to 61.8 thousand million euros.", 61.8e9, "EUR"),
        ("Value of online payments: Kz 845.3 bln", 845.3e9, "AOA"),
        ("The share rose 0.5 pct point from a year earlier.", 0.5, "percentage_point"),
    ],
)
def test_portuguese_and_nordic_scales_the_old_billion_the_kwanza_and_a_pct_point(
    text: str, value: float, unit: str
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(pytest.approx(value), unit)]
    assert find_quantities("A ticket cost Kz 500 each.") == []  # (the kwanza's sign before a scale only)


def test_a_ratio_in_words_restated_in_brackets_as_a_percentage_is_one_figure() -> None:
    found = find_quantities("Seven in ten (70%) bought online and one in four (25 %) paid more.")
    assert [(q.value, q.unit) for q in found] == [(70, "percent"), (25, "percent")]


def test_a_dotted_count_under_a_label_of_things_counted_and_its_base_are_whole() -> None:
    found = find_quantities("Webshops selling abroad: 2.340, up from 2.110 in H1 2024")
    assert [(q.value, q.unit) for q in found] == [(2_340, "count"), (2_110, "count")]
    assert find_quantities("Webshops selling abroad: 2.3, up from 2.1") == []


def test_the_lempiras_sign_before_a_scale_is_money_and_alone_is_no_amount() -> None:
    found = find_quantities("Exports rose to L15,240 million, under Section L15 of the act.")
    assert [(q.value, q.unit) for q in found] == [(15_240e6, "HNL")]


def test_the_turkish_press_lira_sign_is_read_in_capitals_only() -> None:
    found = find_quantities("Sales reached TL 18.4 billion, and the cap rose to TL400,000; tl 5 is none.")
    assert [(q.value, q.unit) for q in found] == [(18.4e9, "TRY"), (400_000, "TRY")]


@pytest.mark.parametrize("bar", ["no fewer than", "at least", "no less than"])
def test_a_count_spaced_in_thousands_after_a_bar_for_a_goal_is_read(bar: str) -> None:
    found = find_quantities(f"to bring the number of resident firms to {bar} 3 000;")
    assert [(q.value, q.unit) for q in found] == [(3000, "count")]


def test_a_bare_count_in_thousands_an_airport_handled_is_a_count() -> None:
    found = find_quantities("Antalya Airport handled 214,337, most of them outbound.")
    assert [(q.value, q.unit) for q in found] == [(214_337, "count")]
