from __future__ import annotations

from datetime import date

import pytest

from parsers import periods
from parsers.periods import canonical, find_periods, shift_year

PUBLISHED = date(2025, 11, 10)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("in 2024", "2024"),
        ("last year", "2024"),
        ("three years ago", "2022"),
        ("Half-year revenue", "2025-H1"),
        ("to double by the end of the decade", "2030"),
        ("in the fiscal year that ended in September 2024", "2023-10/2024-09"),
        ("this year", "2025"),
        ("in the first quarter", "2025-Q1"),
        ("in the fourth quarter", "2024-Q4"),
        ("in the first half of 2024", "2024-H1"),
        ("H1 2025", "2025-H1"),
        ("in the first three quarters", "2025-01/2025-09"),
        ("January-September", "2025-01/2025-09"),
        ("from January to October 2024", "2024-01/2024-10"),
        ("the first 10 months", "2025-01/2025-10"),
        ("in October", "2025-10"),
        ("in December", "2024-12"),
        ("in fiscal year 2024-25", "2024-04/2025-03"),  # two calendar years: April's, as "2024-25" alone
        ("FY2025", "2025"),
        ("from 2020 to 2024", "2020/2024"),
        ("between 2019 and 2023", "2019/2023"),
        ("over the past five years", "2020/2025"),
        ("the 14th Five-Year Plan period (2021-2025)", "2021/2025"),
        ("in the first half of this year", "2025-H1"),
        ("the first quarter of last year", "2024-Q1"),
        ("in the first 10 months of this year", "2025-01/2025-10"),
        ("for the twelve months ended March 31, 2024", "2023-04/2024-03"),
        ("in the fiscal year ended March 2025", "2024-04/2025-03"),
        ("as of March 31, 2024", "2024-03"),
        ("in the 10 years through 2024", "2014/2024"),
        ("the five years to 2023", "2018/2023"),
        ("in the first six months", "2025-H1"),
        ("the three months ended September 30", "2025-Q3"),
        ("the nine months ended September 30, 2025", "2025-01/2025-09"),
        ("fell 12 per cent in May", "2025-05"),
        ("| Jun Qtr 2025 |", "2025-Q2"),  # a statistics table's quarter, named by its last month
        ("in the Sept. qtr", "2025-Q3"),
        ("up 1.4 percent from the September 2024 quarter", "2024-Q3"),
        ("at June 30", "2025-06"),  # a stock on a day with no year: the latest such day
        ("as of 31 December", "2024-12"),
        ("at June 30, 2024", "2024-06"),
        ("in the 2024-2025 financial year", "2024-04/2025-03"),  # both years in full: one fiscal year
        ("fiscal year 2024/2025", "2024-04/2025-03"),
        ("from 2020-2024", "2020/2024"),
    ],
)
def test_periods(text: str, period: str) -> None:
    assert [e.period for e in find_periods(text, PUBLISHED)] == [period]


def test_years_ago_count_back_from_the_year_the_sentence_states_before_them() -> None:
    found = find_periods("41% of revenue in 2024, against 35% five years ago", PUBLISHED)
    assert [e.period for e in found] == ["2024", "2019"]


def test_deadlines_and_dates() -> None:
    (deadline,) = find_periods("exceed 45 percent by 2029", PUBLISHED)
    assert deadline.deadline and deadline.period == "2029"
    assert find_periods("on November 10, 2025", PUBLISHED) == []
    assert find_periods("prices may rise", PUBLISHED) == []


def test_a_span_opened_by_from_is_not_a_comparison_base() -> None:
    (span,) = find_periods("average annual growth of 12.9 percent from 2020 to 2024", PUBLISHED)
    assert (span.period, span.span, span.base) == ("2020/2024", True, False)
    (base,) = find_periods("up 250 billion yuan from 2023", PUBLISHED)
    assert base.base
    (season,) = find_periods("up 5.1 points from the autumn 2024 survey", PUBLISHED)
    assert season.base
    (months,) = find_periods("exports reached 21.6 billion yuan from January to October", PUBLISHED)
    assert (months.period, months.base) == ("2025-01/2025-10", False)


def test_the_past_five_years_end_at_the_year_the_sentence_states() -> None:
    found = find_periods("climbed over the past five years to 5.1 percent in 2024", PUBLISHED)
    assert [e.period for e in found] == ["2019/2024", "2024"]


def test_same_period_last_year_is_a_base() -> None:
    (base,) = find_periods("down 1.1 points from the same period last year", PUBLISHED)
    assert (base.period, base.base) == ("2024", True)


def test_the_year_after_a_base_word_and_a_multiples_level_are_bases() -> None:
    (year,) = find_periods("increasing 9.6 percent from the year 2023", PUBLISHED)
    assert (year.period, year.base) == ("2023", True)
    level, own = find_periods("about 1.5 times the 2023 level, with 4,500 firms last year", PUBLISHED)
    assert [(level.period, level.base), (own.period, own.base)] == [("2023", True), ("2024", False)]
    (stated,) = find_periods("in the year 2023, exports rose", PUBLISHED)
    assert stated.base is False


def test_spans_ended_by_a_month_in_quarters_or_a_split_financial_year_and_a_months_total() -> None:
    published = date(2025, 10, 10)
    (split,) = find_periods("in the 2024/25 financial year ended March", published, fiscal_start=7)
    assert split.period == "2024-04/2025-03"
    (quarters,) = find_periods("In the four quarters to June, exports totalled", published)
    assert quarters.period == "2024-07/2025-06"
    (total,) = find_periods("made up US$2.26 billion of the nine-month total", date(2025, 4, 17), 7)
    assert total.period == "2024-07/2025-03"
    assert find_periods("a six-month high", published) == []


def test_fiscal_years_follow_the_country() -> None:
    assert [e.period for e in find_periods("in FY2024-25", PUBLISHED, fiscal_start=4)] == ["2024-04/2025-03"]
    assert [e.period for e in find_periods("in fiscal year 2025", PUBLISHED)] == ["2025"]
    assert [e.period for e in find_periods("exports in 2024-25", PUBLISHED)] == ["2024-04/2025-03"]
    # A fiscal year compared with is a base like any other year.
    (base,) = find_periods("up 4.1 percent over FY 2022-23", PUBLISHED, fiscal_start=4)
    assert (base.period, base.base) == ("2022-04/2023-03", True)
    # A company's fiscal quarter says nothing about the calendar.
    (fiscal,) = find_periods("the second quarter of its fiscal 2026", PUBLISHED)
    assert fiscal.period == "2026"


@pytest.mark.parametrize(
    ("period", "same", "months", "shifted"),
    [
        ("2025-01/2025-06", "2025-H1", 6, "2024-H1"),
        ("2025-07/2025-09", "2025-Q3", 3, "2024-Q3"),
        ("2024-01/2024-12", "2024", 12, "2023"),
        ("2024-04/2025-03", "2024-04/2025-03", 12, "2023-04/2024-03"),
    ],
)
def test_canonical_periods(period: str, same: str, months: int, shifted: str) -> None:
    assert canonical(period) == same
    assert periods.months(same) == months
    assert shift_year(same, -1) == shifted


def test_a_move_in_trading_is_of_the_day_reported() -> None:
    found = find_periods("The lender's shares slipped 2.4% in late trading", PUBLISHED)
    assert [e.period for e in found] == ["2025-11"]


@pytest.mark.parametrize(
    ("text", "published", "fiscal_start", "by_start", "expected"),
    [
        # relative to the publication date
        ("Card spending cooled last month.", date(2025, 3, 4), 1, False, ["2025-02"]),
        ("Card spending cooled last month.", date(2025, 1, 9), 1, False, ["2024-12"]),
        ("Bookings slowed in the previous quarter.", date(2025, 2, 14), 1, False, ["2024-Q4"]),
        ("Freight volumes have held up so far this year.", date(2025, 6, 3), 1, False, ["2025-01/2025-05"]),
        (
            "Year-to-date, the platform shipped more parcels.",
            date(2024, 9, 20),
            1,
            False,
            ["2024-01/2024-08"],
        ),
        ("Year-to-date sales for January to April rose.", date(2025, 6, 3), 1, False, ["2025-01/2025-04"]),
        ("Prices peaked in March last year.", date(2025, 6, 3), 1, False, ["2024-03"]),
        # ranges and single months
        ("Orders rose between February and May.", date(2025, 6, 20), 1, False, ["2025-02/2025-05"]),
        ("Revenue for the July-September quarter of 2023 fell.", date(2025, 6, 3), 1, False, ["2023-Q3"]),
        (
            "The fund ran from March 2024 until February 2025.",
            date(2025, 6, 3),
            1,
            False,
            ["2024-03/2025-02"],
        ),
        ("August alone brought a record.", date(2025, 10, 2), 1, False, ["2025-08"]),
        ("Stocks stood at a peak as of end-April.", date(2025, 10, 2), 1, False, ["2025-04"]),
        ("Stocks stood at a peak as of end-November.", date(2025, 10, 2), 1, False, ["2024-11"]),
        ("Licences were counted at end-December.", date(2025, 1, 15), 1, False, ["2024-12"]),
        # halves and quarters named by their last month
        ("Volumes rose in 2H 2024 and again in 1H25.", date(2025, 9, 1), 1, False, ["2024-H2", "2025-H1"]),
        ("Exports eased in the December quarter.", date(2025, 2, 26), 7, False, ["2024-Q4"]),
        ("Exports eased in the March quarter of 2024.", date(2025, 2, 26), 7, False, ["2024-Q1"]),
        ("Growth resumed in the September quarter.", date(2025, 9, 2), 7, False, ["2024-Q3"]),
        # fiscal years and their parts
        (
            "Profit rose in Q3 FY25 and in H2 FY25.",
            date(2025, 5, 2),
            4,
            False,
            ["2024-Q4", "2024-10/2025-03"],
        ),
        ("Sales in the second quarter of FY2026 rose.", date(2025, 11, 2), 4, False, ["2025-Q3"]),
        ("Sales in the first half of fiscal 2025-26 rose.", date(2025, 11, 2), 4, False, ["2025-04/2025-09"]),
        ("The deficit widened in fiscal 2023.", date(2025, 1, 10), 4, True, ["2023-04/2024-03"]),
        ("The deficit widened in fiscal 2023.", date(2025, 1, 10), 4, False, ["2022-04/2023-03"]),
        ("The deficit widened in fiscal 2023.", date(2025, 1, 10), 10, False, ["2022-10/2023-09"]),
        (
            "Receipts grew in the 12 months through June 2024.",
            date(2025, 1, 10),
            1,
            False,
            ["2023-07/2024-06"],
        ),
        ("Taxes fell in fiscal 2024, which ended in June.", date(2025, 1, 10), 7, False, ["2023-07/2024-06"]),
        # no period
        ("Sales hit the lowest level since 2019.", date(2025, 1, 10), 1, False, []),
    ],
)
def test_relative_fiscal_and_named_periods(
    text: str, published: date, fiscal_start: int, by_start: bool, expected: list[str]
) -> None:
    found = find_periods(text, published, fiscal_start, by_start)
    assert [e.period for e in found if not e.deadline] == expected


def test_an_opening_over_is_no_comparison_base() -> None:
    (opening,) = find_periods("Over 2023-24 as a whole, sales rose 4 per cent.", date(2025, 1, 10), 7)
    assert (opening.period, opening.base) == ("2023-07/2024-06", False)
    (base,) = find_periods("Sales rose 4 per cent over FY 2022-23.", date(2025, 1, 10), 4)
    assert base.base


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Shipments in fiscal 2024, which ended in September, were up.", 10),
        ("The office reported for fiscal year 2023, which ran from July 2022 to June 2023.", 7),
        ("The federal fiscal year closes with a budget vote.", 10),
        ("Shipments were up in fiscal 2024.", None),
    ],
)
def test_a_text_can_say_how_its_fiscal_years_run(text: str, start: int | None) -> None:
    assert periods.declared_fiscal_start(text) == start


def test_a_base_restated_by_a_stated_year_is_one_base() -> None:
    text = "Sales were 2.5 times their size a decade earlier, in fiscal 2013."
    found = find_periods(text, PUBLISHED, 4)
    assert [(e.period, e.base) for e in found] == [("2012-04/2013-03", True)]


def test_a_span_between_two_years_may_hold_an_aside() -> None:
    found = find_periods("between 2019, the year the treaty was signed, and 2024", PUBLISHED)
    assert [(e.period, e.span) for e in found] == [("2019/2024", True)]


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Sales reached $3 billion in 2023, and cloud spending has tripled over the past five years.",
         date(2025, 9, 1), "2020/2025"),
        ("Orders have doubled in the past two years.", date(2026, 2, 1), "2023/2025"),
        ("Over the past four years exports rose to $9 billion in 2024.", date(2025, 9, 1), "2020/2024"),
    ],
)  # fmt: skip
def test_the_past_years_run_to_their_clauses_year_or_the_last_one_over(
    text: str, published: date, period: str
) -> None:
    assert [e.period for e in find_periods(text, published) if e.span] == [period]


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Exports in Q4 rose", date(2025, 6, 24), "2025-Q1"),
        ("Profit in Q2 fell", date(2025, 11, 10), "2025-Q3"),
    ],
)
def test_a_bare_quarter_where_fiscal_years_start_in_april_is_a_fiscal_one(
    text: str, published: date, period: str
) -> None:
    assert [e.period for e in find_periods(text, published, 4)] == [period]


def test_the_new_financial_year_is_the_one_not_yet_over() -> None:
    found = find_periods("It plans to spend $50 million in the new financial year.", date(2026, 8, 20), 7)
    assert [(e.period, e.deadline) for e in found] == [("2026-07/2027-06", True)]


@pytest.mark.parametrize(
    ("phrase", "period", "deadline"),
    [
        ("this fiscal year", "2025-07/2026-06", False),
        ("next fiscal year", "2026-07/2027-06", True),
        ("last fiscal year", "2024-07/2025-06", False),
        ("the previous financial year", "2024-07/2025-06", False),
        ("in the latest fiscal year", "2024-07/2025-06", False),
        ("in the fiscal year just ended", "2024-07/2025-06", False),
    ],
)
def test_a_fiscal_year_named_by_where_it_stands_from_publication(
    phrase: str, period: str, deadline: bool
) -> None:
    found = find_periods(f"Exports grew 12 percent {phrase}.", date(2025, 7, 17), 7)
    assert [(e.period, e.deadline) for e in found] == [(period, deadline)]


def test_a_year_ended_with_its_day_first_declares_a_fiscal_start_and_a_year_to_a_month_does_not() -> None:
    assert periods.declared_fiscal_start("Results for the 12 months ended 30 June 2025 (FY25).") == 7
    assert periods.declared_fiscal_start("For the year ending 31 March 2026 (FY26) we expect growth.") == 4
    assert periods.declared_fiscal_start("Sales rose 8% in the year to March, FY figures show.") is None


def test_a_bare_half_in_a_report_on_a_fiscal_year_is_that_years_half() -> None:
    found = find_periods("Second-half TPV was A$20.7bn", date(2025, 8, 21), 7, fiscal_full_year=True)
    assert [e.period for e in found] == ["2025-H1"]
    assert [e.period for e in find_periods("in the second half of 2024", date(2025, 8, 21), 7)] == ["2024-H2"]
    assert periods.reports_fiscal_year("results for the 12 months ended 30 June 2025 (FY25)")
    assert not periods.reports_fiscal_year("the federal fiscal year runs from October")


def test_full_year_in_a_text_that_declares_its_fiscal_year_is_that_fiscal_year() -> None:
    found = find_periods("our first full-year profit", date(2025, 8, 21), 7, fiscal_full_year=True)
    assert [e.period for e in found] == ["2024-07/2025-06"]
    assert [e.period for e in find_periods("our first full-year profit", date(2025, 8, 21), 7)] == ["2025"]


def test_a_text_on_a_fiscal_year_that_ends_in_june_declares_a_july_start() -> None:
    text = (
        "Revenue for the 12 months to June 30 rose 8%. The group handled 90 million parcels in fiscal 2026."
    )
    assert periods.declared_fiscal_start(text) == 7
    assert periods.declared_fiscal_start("Sales for the 12 months to June 30 rose 8%.") is None


def test_within_n_years_counts_from_the_year_the_goal_was_set() -> None:
    found = find_periods(
        "The minister announced in 2023 a plan to triple software exports within five years", PUBLISHED
    )
    assert [(e.period, e.deadline) for e in found] == [("2023", False), ("2028", True)]
    (ahead,) = find_periods("wants to halve delivery times within 3 years", PUBLISHED)
    assert (ahead.period, ahead.deadline) == ("2028", True)


def test_by_end_of_a_year_written_with_a_hyphen_is_a_deadline() -> None:
    (deadline,) = find_periods("hopes to open 12 more depots by end-2027", PUBLISHED)
    assert (deadline.period, deadline.deadline) == ("2027", True)


def test_the_n_months_without_first_are_the_first_n_months() -> None:
    (months,) = find_periods("During the seven months, parcel exports climbed", PUBLISHED)
    assert months.period == "2025-01/2025-07"
    (trailing,) = find_periods("in the seven months to October", PUBLISHED)
    assert trailing.period == "2025-04/2025-10"


def test_hyphenated_quarters_and_halves_and_those_a_forecast_looks_ahead_to() -> None:
    published = date(2026, 11, 13)
    assert [e.period for e in find_periods("third-quarter GMV rose 27%", published)] == ["2026-Q3"]
    assert [e.period for e in find_periods("first-half profit fell", published)] == ["2026-H1"]
    ahead = find_periods("The firm expects fourth-quarter revenue to grow", published)
    assert [e.period for e in ahead] == ["2026-Q4"]
    assert [e.period for e in find_periods("It expects first-half sales to rise", published)] == ["2027-H1"]
    opening = find_periods("For the fourth quarter, the firm expects GMV to exceed $15 billion.", published)
    assert [e.period for e in opening] == ["2026-Q4"]
    told = find_periods("For the third quarter, revenue rose 5%, and the firm expects more.", published)
    assert [e.period for e in told] == ["2026-Q3"]


def test_a_five_year_plan_period_without_its_years_is_read_from_the_plan_number() -> None:
    published = date(2026, 3, 18)
    running = find_periods("During the 15th Five-Year Plan period, China will strive", published)
    assert [(e.period, e.deadline) for e in running] == [("2030", True)]
    over = find_periods("Over the 14th Five-Year Plan period, exports grew", published)
    assert [(e.period, e.span) for e in over] == [("2021/2025", True)]


def test_a_split_fiscal_year_is_aprils_where_none_is_known_and_mid_year_is_a_deadline() -> None:
    published = date(2026, 5, 20)
    assert [e.period for e in find_periods("Exports rose 5% in FY2025/26.", published)] == ["2025-04/2026-03"]
    assert [(e.period, e.deadline) for e in find_periods("It aims to do so by mid-2027.", published)] == [
        ("2027", True)
    ]


def test_the_first_months_of_a_fiscal_year_and_fiscal_years_of_july() -> None:
    published = date(2025, 4, 17)
    nine = find_periods("Exports rose in the first nine months of the 2024-25 fiscal year.", published, 7)
    assert [e.period for e in nine] == ["2024-07/2025-03"]
    six = find_periods("Exports rose in the first six months of FY26.", published, 4)
    assert [e.period for e in six] == ["2025-04/2025-09"]


def test_a_fiscal_quarter_with_its_months_in_brackets_and_the_months_so_far_of_a_fiscal_year() -> None:
    quarter = find_periods(
        "in the first quarter (July-September) of fiscal year 2025-26", date(2025, 10, 21), 7
    )
    assert [e.period for e in quarter] == ["2025-Q3"]
    so_far = find_periods("brought in $2.27 bln over the nine months", date(2025, 4, 17), 7)
    assert [e.period for e in so_far] == ["2024-07/2025-03"]


def test_the_first_months_of_the_year_are_of_the_calendar_year_where_fiscal_years_differ() -> None:
    calendar = find_periods("earned $2.3 bln in the first eight months of the year", date(2025, 10, 2), 7)
    assert [e.period for e in calendar] == ["2025-01/2025-08"]


def test_a_month_range_across_the_new_year() -> None:
    assert [e.period for e in find_periods("in the July-March period", date(2025, 4, 17))] == [
        "2024-07/2025-03"
    ]
    assert [e.period for e in find_periods("from October to March", date(2025, 4, 17))] == ["2024-10/2025-03"]


def test_a_month_range_of_a_named_fiscal_year() -> None:
    published = date(2025, 4, 17)
    assert [e.period for e in find_periods("The surplus for July-March FY25 rose.", published, 7)] == [
        "2024-07/2025-03"
    ]
    assert [e.period for e in find_periods("Exports in April-December FY25 rose.", published, 4)] == [
        "2024-04/2024-12"
    ]


def test_over_a_named_stretch_of_months_is_that_stretch_not_a_base() -> None:
    found = find_periods("Remittances reached $9.3bn over the July-June period.", date(2025, 7, 10), 7, False)
    assert [(e.period, e.base) for e in found] == [("2024-07/2025-06", False)]


def test_a_month_range_quarter_is_one_period_and_a_base_after_over() -> None:
    found = find_periods(
        "Revenue grew 2.6 per cent over the January-March quarter.", date(2025, 7, 17), 4, False
    )
    assert [(e.period, e.base) for e in found] == [("2025-Q1", True)]
    opening = find_periods(
        "Over the July-September quarter, exports totalled $71.6bn.", date(2025, 10, 14), 1, False
    )
    assert [(e.period, e.base) for e in opening] == [("2025-Q3", False)]


def test_a_fiscal_quarter_that_names_its_months_declares_when_the_fiscal_year_begins() -> None:
    assert (
        periods.declared_fiscal_start("results for the first quarter of fiscal 2026 (July-September 2025)")
        == 7
    )
    assert periods.declared_fiscal_start("Revenue in Q2 FY26 (October-December 2025) rose") == 7


def test_a_fiscal_year_that_names_its_months_declares_when_it_begins() -> None:
    assert (
        periods.declared_fiscal_start("Fiscal year 2024/25 (1 October 2024 to 30 September 2025) was") == 10
    )
    assert periods.declared_fiscal_start("in the financial year 2025 (from July 2024 through June 2025)") == 7


def test_a_month_range_of_a_year_written_as_two_is_those_months_of_that_fiscal_year() -> None:
    found = find_periods(
        "Item | Jul-Feb 2024-25 (US$ million) | Jul-Feb 2023-24", date(2025, 3, 19), 7, False
    )
    assert [e.period for e in found] == ["2024-07/2025-02", "2023-07/2024-02"]


def test_parts_of_a_year_written_as_two_are_parts_of_that_fiscal_year() -> None:
    published = date(2025, 11, 1)
    found = [
        [e.period for e in find_periods(text, published, 4, False)]
        for text in ("in H1 2025-26", "in Q2 2025-26", "in the first nine months of 2024-25")
    ]
    assert found == [["2025-04/2025-09"], ["2025-Q3"], ["2024-04/2024-12"]]


def test_a_stretch_that_ended_on_a_day_written_before_its_month() -> None:
    published = date(2025, 11, 1)
    found = [
        [e.period for e in find_periods(text, published, 1, False)]
        for text in ("for the quarter ended 30 June 2025", "in the three months to 30 September 2025")
    ]
    assert found == [["2025-Q2"], ["2025-Q3"]]


def test_a_coded_quarter_before_a_four_digit_year_and_the_decade_to_a_year() -> None:
    published = date(2025, 11, 1)
    found = [
        [e.period for e in find_periods(t, published, 1, False)]
        for t in ("in 2Q 2025", "in the decade to 2024")
    ]
    assert found == [["2025-Q2"], ["2014/2024"]]


def test_a_month_and_its_year_with_no_word_before_them() -> None:
    published = date(2025, 11, 1)
    found = [
        [(e.period, e.since) for e in find_periods(t, published, 1, False)]
        for t in ("March 2025", "Oct 2024 shipments", "Filed 12 March 2025", "since June 2024")
    ]
    assert found == [[("2025-03", False)], [("2024-10", False)], [], [("2024-06", True)]]


def test_a_fiscal_quarter_or_half_written_with_a_colon_before_its_year() -> None:
    published = date(2025, 3, 1)
    found = [
        [e.period for e in find_periods(t, published, 4, False)] for t in ("in Q2:2024-25", "in H1:2024-25")
    ]
    assert found == [["2024-Q3"], ["2024-04/2024-09"]]


def test_months_of_the_year_so_far_as_companies_write_them_and_a_date_written_day_first() -> None:
    published = date(2025, 11, 13)
    texts = (
        "Nine-month GMV rose",
        "9M25 revenue",
        "in 9M 2025",
        "a nine-month high",
        "Lagos, 12 November 2025.",
    )
    found = [[e.period for e in find_periods(t, published, 1, False)] for t in texts]
    assert found == [["2025-01/2025-09"], ["2025-01/2025-09"], ["2025-01/2025-09"], [], []]
    assert [e.period for e in find_periods("as at 30 June 2025", published, 1, False)] == ["2025-06"]


def test_days_of_one_month_are_that_month_and_as_on_a_day_is_its_month() -> None:
    published = date(2025, 11, 20)
    texts = (
        "over the sale from 9 to 11 November",
        "on 20-22 March 2025",
        "June 3-5",
        "as on 31st March 2025",
    )
    found = [[(e.period, e.base) for e in find_periods(t, published, 1, False)] for t in texts]
    assert found == [[("2025-11", False)], [("2025-03", False)], [("2025-06", False)], [("2025-03", False)]]


def test_a_deadline_is_never_a_base() -> None:
    found = find_periods("to grow exports by 50% over the next decade", date(2025, 6, 20), 1, False)
    assert [(e.period, e.deadline, e.base) for e in found] == [("2035", True, False)]


def test_fiscal_years_written_as_a_span_of_several() -> None:
    found = find_periods("a 15% CAGR over FY25-28", date(2025, 7, 22), 7, False)
    assert [(e.period, e.span) for e in found] == [("2024-07/2028-06", True)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("exports rose in the II quarter of 2025", "2025-Q2"),
        ("Express release, II Quarter 2025", "2025-Q2"),
        ("| II Q 2025 | Change, % |", "2025-Q2"),
        ("6.4% more than in the IV quarter of 2024", "2024-Q4"),
    ],
)
def test_quarters_numbered_in_roman(text: str, period: str) -> None:
    assert [e.period for e in find_periods(text, date(2025, 9, 19))] == [period]


def test_two_months_in_a_row_joined_by_and_are_a_span() -> None:
    assert [e.period for e in find_periods("Shipments fell 23% in June and July.", date(2025, 8, 10))] == [
        "2025-06/2025-07"
    ]


def test_periods_coded_with_a_slash_as_statistics_offices_write_them_and_a_coded_base() -> None:
    published = date(2025, 10, 6)
    texts = ("sales in 9M/2025", "revenue in Q3/2025", "exports in H1/2025", "up 4% over 9M/2024")
    found = [[(e.period, e.base) for e in find_periods(t, published, 1, False)] for t in texts]
    assert found == [
        [("2025-01/2025-09", False)],
        [("2025-Q3", False)],
        [("2025-H1", False)],
        [("2024-01/2024-09", True)],
    ]


def test_a_coded_quarter_of_last_year_is_that_quarter_a_year_before() -> None:
    published = date(2026, 1, 22)
    text = "Group revenue of £1.21bn, up 5.3% on Q3 last year"
    assert [(e.period, e.base) for e in find_periods(text, published, 4, False)] == [("2024-Q4", True)]
    assert [e.period for e in find_periods("sales in Q2 of last year", published, 1, False)] == ["2025-Q2"]


def test_a_goals_deadline_holds_though_it_has_passed() -> None:
    published = date(2026, 1, 14)
    goal = "The master plan had set a goal of $5bn ICT exports by 2025."
    assert [(e.period, e.deadline) for e in find_periods(goal, published, 1, False)] == [("2025", True)]
    stock = "By the end of 2025 the firm had 4,000 staff."
    assert [(e.period, e.deadline) for e in find_periods(stock, published, 1, False)] == [("2025", False)]


def test_a_year_named_by_the_month_it_ends_in() -> None:
    published = date(2025, 10, 21)
    named = find_periods("For the June 2025 year exports came to $1.9 billion.", published, 1, False)
    assert [e.period for e in named] == ["2024-07/2025-06"]
    same = find_periods("Services exports were $23.4 billion in that same June year.", published, 1, False)
    assert [e.period for e in same] == ["2024-07/2025-06"]
    assert [e.period for e in find_periods("the year-end June 2025 figure", published, 1, False)] == [
        "2025-06"
    ]


def test_a_quarter_coded_as_a_trimestre() -> None:
    published = date(2025, 12, 4)
    assert [e.period for e in find_periods("3T2024 | 3.512,4", published, 1, False)] == ["2024-Q3"]
    assert [e.period for e in find_periods("revenue in 3T25 rose", published, 1, False)] == ["2025-Q3"]
    assert find_periods("a 4T truck", published, 1, False) == []


def test_a_quarter_written_after_its_year() -> None:
    published = date(2025, 9, 4)
    assert [e.period for e in find_periods("2024Q4 | 12 207 | 12 655", published, 1, False)] == ["2024-Q4"]
    assert [e.period for e in find_periods("in 2025 Q1 exports rose", published, 1, False)] == ["2025-Q1"]


def test_the_whole_of_a_year_that_opens_a_sentence_is_its_period_not_a_base() -> None:
    found = find_periods("Over the whole of 2023, sales came to $2 billion.", PUBLISHED, 1, False)
    assert [(e.period, e.base) for e in found] == [("2023", False)]
    found = find_periods("Sales rose 4% over 2023.", PUBLISHED, 1, False)
    assert [(e.period, e.base) for e in found] == [("2023", True)]


def test_a_flow_summed_to_the_end_of_a_month_is_the_year_to_that_month() -> None:
    flow = "Software exports totalled 6.2 billion dirhams at the end of April 2025."
    assert [e.period for e in find_periods(flow, PUBLISHED, 1, False)] == ["2025-01/2025-04"]
    stock = "Registered exporters numbered 1,240 at the end of April 2025."
    assert [e.period for e in find_periods(stock, PUBLISHED, 1, False)] == ["2025-04"]


def test_a_japanese_fiscal_year_named_by_the_month_and_year_it_ends() -> None:
    header = "Item | FY3/2025 | FY3/2026"
    assert [e.period for e in find_periods(header, PUBLISHED, 1, False)] == [
        "2024-04/2025-03",
        "2025-04/2026-03",
    ]
    assert [e.period for e in find_periods("in FY2024/12 sales rose", PUBLISHED, 1, False)] == ["2024"]


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("2Q FY3/26", "2025-Q3"),
        ("Q4 FY3/26", "2026-Q1"),
        ("1H FY3/2026", "2025-04/2025-09"),
        ("FY3/26", "2025-04/2026-03"),
        ("FY12/25", "2025"),
    ],
)
def test_parts_of_a_fiscal_year_named_by_the_month_it_ends_in_with_two_digits(
    written: str, period: str
) -> None:
    sentence = f"{written} operating profit rose 52% YoY."
    assert [e.period for e in find_periods(sentence, PUBLISHED, 1, False)] == [period]


def test_days_an_event_ran_across_two_months() -> None:
    ran = "The sale, which ran from October 24 to November 11, lifted orders."
    assert [e.period for e in find_periods(ran, PUBLISHED, 1, False)] == ["2025-10/2025-11"]
    held = "The fair, held between 29 December and 2 January 2025, drew buyers."
    assert [e.period for e in find_periods(held, PUBLISHED, 1, False)] == ["2024-12/2025-01"]


def test_malaysias_financial_year_ended_on_a_day_and_a_span_of_fiscal_years() -> None:
    def periods_of(text: str, start: int) -> list[str]:
        return [e.period for e in find_periods(text, date(2026, 3, 10), start)]

    assert periods_of("Item | FYE 30 June 2023 | FYE 30 June 2024", 7) == [
        "2022-07/2023-06",
        "2023-07/2024-06",
    ]
    assert periods_of("The take rate was 0.69% in FYE 2025.", 7) == ["2024-07/2025-06"]
    assert periods_of("It grew at a CAGR of 37.7% between FYE 2023 and FYE 2025.", 7) == ["2022-07/2025-06"]
    assert periods_of("Sales rose from FY22 to FY25.", 4) == ["2021-04/2025-03"]


def test_a_financial_year_named_by_the_day_it_ended_declares_when_fiscal_years_start() -> None:
    assert (
        periods.declared_fiscal_start("Table 7.1 (RM'000)\nItem | FYE 30 June 2023 | FYE 30 June 2024") == 7
    )


def test_a_quarter_written_out_with_its_number_and_its_months_in_brackets() -> None:
    text = (
        "Exports were £96.8 billion in Quarter 2 (Apr to June) 2025, up 2.1% on Quarter 1 (Jan to Mar) 2025."
    )
    assert [e.period for e in find_periods(text, PUBLISHED)] == ["2025-Q2", "2025-Q1"]
    assert [e.period for e in find_periods("Table 1: Exports by type, Quarter 2 2025", PUBLISHED)] == [
        "2025-Q2"
    ]


def test_the_year_in_a_laws_name_is_no_period_and_a_half_may_be_written_1st() -> None:
    assert find_periods("taxable under the Income Tax Ordinance, 2001, at 10 percent", PUBLISHED) == []
    assert find_periods("under the Finance Act 2024", PUBLISHED) == []
    assert [e.period for e in find_periods("fines in 2024 under the Act", PUBLISHED)] == ["2024"]
    assert [e.period for e in find_periods("in the 2nd half of 2024", PUBLISHED)] == ["2024-H2"]


def test_a_quarter_coded_without_its_year_that_a_forecast_looks_ahead_to_is_still_to_come() -> None:
    published = date(2025, 10, 23)
    assert [e.period for e in find_periods("We expect volumes in Q4 to grow", published)] == ["2025-Q4"]
    assert [e.period for e in find_periods("Volumes in Q4 grew 3%", published)] == ["2024-Q4"]


def test_a_year_right_after_a_bare_multiple_is_when_it_grew_not_its_base() -> None:
    grew = find_periods("Marketplace exports grew 3.1 times in 2025, to $96 million.", date(2025, 12, 20))
    assert [(e.period, e.base) for e in grew] == [("2025", False)]
    of_then = find_periods("Exports were 3.1 times their level in 2019.", date(2025, 12, 20))
    assert [(e.period, e.base) for e in of_then] == [("2019", True)]


def test_a_count_of_months_then_the_months_named_is_those_months() -> None:
    found = find_periods(
        "Revenue should rise in the seven months from June to December 2026.", date(2026, 4, 1)
    )
    assert [e.period for e in found] == ["2026-06/2026-12"]


def test_a_time_after_what_they_earned_is_the_base_of_a_multiple() -> None:
    found = find_periods("almost three times what they earned a decade ago", date(2026, 5, 28))
    assert [(e.period, e.base) for e in found] == [("2016", True)]


def test_quetzales_written_after_q_are_no_quarter() -> None:
    found = find_periods("Firms sold Q1.2 million abroad in Q1 2025 and Q2.", date(2025, 11, 12))
    assert [e.period for e in found] == ["2025-Q1", "2025-Q2"]


def test_when_the_period_named_before_ended_is_no_time_of_its_own() -> None:
    found = find_periods("in fiscal year 2024/25, which ended in mid-July 2025, and in March 2025", PUBLISHED)
    assert [e.period for e in found] == ["2024-04/2025-03", "2025-03"]
    found = find_periods("in the year to June 2025 (ending 30 June 2025)", PUBLISHED)
    assert [e.period for e in found][:1] == ["2024-07/2025-06"]


def test_the_full_year_a_rise_runs_over_is_no_base() -> None:
    found = find_periods("volumes to grow by between 15% and 20% over the full year", date(2024, 5, 8))
    assert [(e.period, e.base) for e in found] == [("2024", False)]


def test_the_first_months_of_a_bare_year_are_the_calendar_years_whatever_the_sentence_names() -> None:
    sentence = (
        "The Financial Services Commission said payments rose 48 percent in the first nine months of 2025."
    )
    assert [e.period for e in find_periods(sentence, date(2025, 11, 26), 7)] == ["2025-01/2025-09"]
    fiscal = "in the first nine months of fiscal 2025"
    assert [e.period for e in find_periods(fiscal, date(2025, 11, 26), 7)] == ["2024-07/2025-03"]


def test_between_a_month_of_one_year_and_a_month_of_the_next_is_a_run_of_months() -> None:
    found = find_periods("collected TZS 64.9 billion between July 2024 and April 2025", date(2025, 6, 12))
    assert [e.period for e in found] == ["2024-07/2025-04"]
    assert [e.period for e in find_periods("in July 2024 and April 2025", date(2025, 6, 12))] == [
        "2024-07",
        "2025-04",
    ]


def test_a_split_fiscal_year_to_the_end_of_a_month_is_the_year_so_far() -> None:
    published = date(2025, 6, 2)
    sentence = "In the 2024/25 fiscal year to the end of April, 118,600 consignments entered Tonga."
    assert [e.period for e in find_periods(sentence, published, 7)] == ["2024-07/2025-04"]
    ended = "In the 2024/25 financial year ended March, revenue rose."
    assert [e.period for e in find_periods(ended, published, 7)] == ["2024-04/2025-03"]
    assert [e.period for e in find_periods("In the year to the end of April, exports rose.", published)] == [
        "2024-05/2025-04"
    ]


def test_the_coming_year_is_the_fiscal_year_that_begins_next() -> None:
    (calendar,) = find_periods(
        "For the coming year we project revenues of QR 197 billion", date(2024, 12, 19)
    )
    assert calendar.period == "2025"
    (split,) = find_periods("For the coming year, Rs 28.5 billion has been allocated", date(2025, 6, 10), 7)
    assert split.period == "2025-07/2026-06"


def test_the_coming_fiscal_year_is_the_one_that_begins_next() -> None:
    text = "plans to train 200,000 young people during the coming fiscal year"
    (coming,) = find_periods(text, date(2024, 6, 6), fiscal_start=7)
    assert (coming.period, coming.deadline) == ("2024-07/2025-06", True)


@pytest.mark.parametrize(
    ("caption", "start"),
    [
        ("Table 1: Earnings summary and estimates (June year-end)", 7),
        ("Key figures, March financial year-end", 4),
    ],
)
def test_a_caption_naming_the_month_a_companys_year_ends_in(caption: str, start: int) -> None:
    assert periods.declared_fiscal_start(f"{caption}\n\n | FY24A | FY25E\nRevenue | 6,180 | 7,010") == start


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("By August, 43 foreign online platforms had registered local representatives.", "2025-08"),
        ("By 31 October, 92 platforms had registered.", "2025-10"),
        ("By May, 12 firms had been licensed.", "2025-05"),
    ],
)
def test_a_count_had_reached_by_a_month_over_is_of_that_month(sentence: str, period: str) -> None:
    assert [e.period for e in find_periods(sentence, PUBLISHED, 1, False)] == [period]


def test_a_fiscal_year_over_which_a_total_adds_up_as_a_whole_is_no_base() -> None:
    sentence = "The bank expects receipts to exceed US$ 4.5 billion over FY2025/2026 as a whole."
    assert [(e.period, e.base) for e in find_periods(sentence, PUBLISHED, 7, False)] == [
        ("2025-07/2026-06", False)
    ]


@pytest.mark.parametrize(("cell", "period"), [("Mar-Q 2024", "2024-Q1"), ("Dec Q 2023", "2023-Q4")])
def test_a_quarter_a_table_names_by_its_last_month_and_a_q(cell: str, period: str) -> None:
    assert [e.period for e in find_periods(f"| {cell} | Jun-Q 2025 |", PUBLISHED, 1, False)] == [
        period,
        "2025-Q2",
    ]


def test_a_month_opening_its_sentence_as_its_subject_is_the_last_one_past() -> None:
    found = find_periods(
        "December was the busiest month on record, with 421,660 consignments.", date(2025, 2, 6)
    )
    assert [e.period for e in found] == ["2024-12"]


def test_a_count_that_had_been_reached_by_a_month_named_after_its_verb_is_of_that_month() -> None:
    found = find_periods(
        "Some 640 firms had registered by September, the prefecture said.", date(2025, 11, 14)
    )
    assert [e.period for e in found] == ["2025-09"]


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("Peak 2023 (24 Nov-31 Dec)", "2023-11/2023-12"),
        ("express volumes, 15 November – 31 December 2024", "2024-11/2024-12"),
        ("over 28 December-3 January", "2024-12/2025-01"),
    ],
)
def test_days_in_two_months_with_a_dash_between_are_those_months(written: str, period: str) -> None:
    assert [e.period for e in find_periods(written, date(2025, 1, 22))] == [period]
