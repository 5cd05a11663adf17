"""Comparison with existing records: each alert kind fires when it should and stays quiet otherwise.

Articles go through the real extractor and loader into a real DuckDB file (tests/newsroom.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.newsroom import alerts, publish, rows
from warehouse import compare as compare_module
from warehouse.compare import agree, compare
from warehouse.db import connect, reading, writing

FILLER = (
    "\n\nOfficials said software, cloud services and online gaming led the growth, while engineering design "
    "and financial services also expanded. Exporters pointed to rising demand in Southeast Asia, the Middle "
    "East and Latin America, and to new pilot zones that let companies move data across borders more easily. "
    "Analysts expect the momentum to continue as more small firms sell services abroad through platforms."
)


def test_a_first_figure_is_a_new_metric_and_the_next_year_a_new_period(db: Path) -> None:
    publish(
        db,
        (
            "http://a.test/1",
            "China's digitally delivered services trade reached 2.72 trillion yuan in 2023.",
            "2024-03-01",
            "Daily A",
        ),
    )
    assert alerts(db) == [("new_metric", "2023", None, 2.72e12)]
    publish(
        db,
        (
            "http://a.test/2",
            "China's digitally delivered services trade rose 6.5 percent to 2.9 trillion yuan in 2024.",
            "2025-03-01",
            "Daily A",
        ),
    )
    new_period = rows(
        db, "SELECT old_value, new_value, round(change_pct, 1), summary FROM alerts WHERE kind = 'new_period'"
    )
    assert new_period == [
        (
            2.72e12,
            2.9e12,
            6.6,
            "New period: China's digitally delivered services trade (China, 2024): 2.72 "
            "trillion yuan (2023) -> 2.9 trillion yuan +6.6 %",
        ),
    ]
    # +6.5 % agrees with 2.72 -> 2.9 trillion (2.9 was stated to 0.05 trillion): not inconsistent.
    assert [a[0] for a in alerts(db)] == ["new_metric", "new_period"]


def test_confirmations_roundings_and_reruns_are_quiet_disagreements_are_not(db: Path) -> None:
    fact = "China's cross-border e-commerce trade reached {} yuan in 2024, {} said."
    publish(
        db, ("http://a.test/1", fact.format("2.71 trillion", "the customs administration"), "2025-01-14", "A")
    )
    publish(
        db,
        ("http://b.test/1", fact.format("2.71 trillion", "Xinhua"), "2025-01-15", "B"),  # a confirmation
        ("http://c.test/1", fact.format("2.7 trillion", "Reuters"), "2025-01-15", "C"),  # rounding: agrees
        ("http://d.test/1", fact.format("2.63 trillion", "Nikkei"), "2025-01-16", "D"),  # disagrees
    )
    publish(
        db, ("http://a.test/2", fact.format("2.73 trillion", "the customs administration"), "2025-02-20", "A")
    )
    kinds = [(k, o, n) for k, _, o, n in alerts(db)]

    assert kinds == [
        ("conflict", 2.71e12, 2.63e12),
        ("new_metric", None, 2.71e12),
        ("revision", 2.71e12, 2.73e12),
    ]
    with writing(db) as con:  # comparing again adds nothing
        con.execute("UPDATE articles SET compared_at = NULL")
        assert compare(con, "again") == 0


def test_precision_decides_agreement() -> None:
    assert agree(2.9e12, 0.05e12, 2.88e12, 0.005e12)
    assert not agree(2.38e12, 0.005e12, 2.37e12, 0.005e12)


def test_a_syndicated_copy_neither_confirms_nor_conflicts(db: Path) -> None:
    story = (
        "Zhejiang's cross-border e-commerce exports rose 12 percent to 312.5 billion yuan in 2024." + FILLER
    )
    publish(db, ("http://a.test/1", story, "2025-01-10", "Zhejiang Daily"))
    copy = "Reposted. " + story.replace("312.5 billion", "321.5 billion")  # a copy, with a typo in the number
    publish(db, ("http://portal.test/9", copy, "2025-01-11", "Portal"))
    with reading(db) as con:
        (copy_of,) = con.execute(
            "SELECT copy_of FROM articles WHERE url = 'http://portal.test/9'"
        ).fetchone() or (None,)
    assert copy_of is not None
    assert [a[0] for a in alerts(db)] == ["new_metric"]


def test_a_stated_rate_the_levels_contradict_is_inconsistent(db: Path) -> None:
    publish(
        db,
        ("http://a.test/1", "China's services trade reached 7.5 trillion yuan in 2024.", "2025-01-30", "A"),
    )
    publish(
        db,
        (
            "http://b.test/1",
            "China's services trade rose 15 percent to 8.0 trillion yuan in 2025.",
            "2026-01-30",
            "B",
        ),
    )
    found = rows(db, "SELECT round(old_value, 1), new_value FROM alerts WHERE kind = 'inconsistent'")
    assert found == [(6.7, 15.0)]


def test_levels_said_at_the_same_time_give_one_record_its_own_numbers(db: Path) -> None:
    """Two levels for one period said on one day: the alert's level, its value and its id are
    one record's, whichever is picked, and the same on every run."""
    publish(
        db,
        ("http://a.test/1", "China's services trade reached 7.5 trillion yuan in 2024.", "2025-01-30", "A"),
    )
    publish(
        db,
        ("http://b.test/1", "China's services trade reached 8.0 trillion yuan in 2025.", "2026-01-30", "B"),
        ("http://c.test/1", "China's services trade reached 8.62 trillion yuan in 2025.", "2026-01-30", "C"),
    )
    publish(db, ("http://d.test/1", "China's services trade rose 25 percent in 2025.", "2026-02-02", "D"))
    found = rows(
        db,
        "SELECT round(al.old_value, 2), round((f.value / 7.5e12 - 1) * 100, 2) FROM alerts al"
        " JOIN figures f ON f.figure_id = al.compared_id WHERE al.kind = 'inconsistent'",
    )
    assert len(found) == 1 and found[0][0] == found[0][1]


def test_a_half_year_is_never_compared_with_a_year(db: Path) -> None:
    publish(
        db,
        ("http://a.test/1", "China's services trade reached 7.5 trillion yuan in 2024.", "2025-01-30", "A"),
    )
    publish(
        db,
        (
            "http://b.test/1",
            "China's services trade reached 3.89 trillion yuan in the first half of 2025.",
            "2025-07-30",
            "B",
        ),
    )
    found = rows(db, "SELECT kind, old_value, change_pct FROM alerts ORDER BY kind")
    assert found == [("new_metric", None, None), ("new_period", None, None)]


def test_growth_in_dollar_terms_is_not_compared_with_growth_in_yuan(db: Path) -> None:
    publish(db, ("http://a.test/1", "China's goods exports rose 7.1 percent in 2024.", "2025-01-13", "A"))
    publish(
        db,
        (
            "http://b.test/1",
            "In US dollar terms, China's goods exports rose 5.9 percent in 2024.",
            "2025-01-14",
            "B",
        ),
    )
    assert [a[0] for a in alerts(db)] == ["new_metric"]


def test_targets_new_reworded_changed_and_progress(db: Path) -> None:
    goal = (
        "{} the share of digitally delivered services in China's services trade {}, "
        "according to the guideline."
    )
    publish(db, ("http://a.test/1", goal.format("By 2029,", "should exceed 45 percent"), "2025-01-10", "A"))
    publish(db, ("http://b.test/1", goal.format("By 2029,", "is to reach 45 percent"), "2025-01-12", "B"))
    publish(db, ("http://c.test/1", goal.format("By 2029,", "should exceed 50 percent"), "2025-03-10", "C"))
    publish(
        db,
        (
            "http://d.test/1",
            "Digitally delivered services accounted for 38.6 percent of China's services trade in 2024.",
            "2025-04-01",
            "D",
        ),
    )
    found = rows(
        db,
        "SELECT kind, old_value, new_value FROM alerts WHERE kind LIKE 'target%' OR kind = 'new_target' "
        "ORDER BY kind, new_value",
    )
    assert found == [
        ("new_target", None, 45.0),
        ("target_changed", 45.0, 50.0),
        ("target_progress", 45.0, 38.6),
        ("target_progress", 50.0, 38.6),
    ]


def test_a_forecast_then_its_outcome(db: Path) -> None:
    publish(
        db,
        (
            "http://a.test/1",
            "Analysts expect China's cross-border e-commerce trade to reach about 2.95 "
            "trillion yuan in 2024.",
            "2024-06-01",
            "A",
        ),
    )
    publish(
        db,
        (
            "http://b.test/1",
            "China's cross-border e-commerce trade reached 2.71 trillion yuan in 2024.",
            "2025-01-14",
            "B",
        ),
    )
    found = rows(db, "SELECT old_value, new_value FROM alerts WHERE kind = 'forecast_outcome'")
    assert found == [(2.95e12, 2.71e12)]


def test_an_implausible_exchange_rate_and_a_tenfold_slip_are_inconsistent(db: Path) -> None:
    publish(
        db,
        (
            "http://a.test/1",
            "China's services trade reached 7.5 trillion yuan ($105 billion) in 2024.",
            "2025-01-30",
            "A",
        ),
        (
            "http://b.test/1",
            "Zhejiang's digital trade reached 803.6 billion yuan in 2024. Officials said the "
            "province's digital trade of 80.36 billion yuan made it a national leader.",
            "2025-02-01",
            "B",
        ),
    )
    found = rows(db, "SELECT summary FROM alerts WHERE kind = 'inconsistent' ORDER BY summary")
    assert len(found) == 2
    assert "implies 0.014 US dollars per CNY" in found[0][0]
    assert "one article gives" in found[1][0] and "80.36 billion yuan" in found[1][0]


def test_a_moved_deadline_is_a_changed_target(db: Path) -> None:
    goal = "The ministry aims to lift China's cross-border e-commerce trade above 3 trillion yuan by {}."
    publish(db, ("http://a.test/1", goal.format(2027), "2025-01-10", "A"))
    publish(db, ("http://b.test/1", goal.format(2028), "2025-06-10", "B"))
    found = rows(db, "SELECT kind, summary FROM alerts ORDER BY kind")
    assert [kind for kind, _ in found] == ["new_target", "target_changed"]
    assert "deadline 2027 -> 2028" in found[1][1]


def test_a_backlog_compared_a_step_at_a_time_raises_the_same_alerts(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fact = "China's cross-border e-commerce trade reached {} yuan in 2024, {} said."
    backlog = [
        ("http://a.test/1", fact.format("2.71 trillion", "the customs administration"), "2025-01-14", "A"),
        ("http://b.test/1", fact.format("2.71 trillion", "Xinhua"), "2025-01-15", "B"),
        ("http://c.test/1", fact.format("2.7 trillion", "Reuters"), "2025-01-15", "C"),
        ("http://d.test/1", fact.format("2.63 trillion", "Nikkei"), "2025-01-16", "D"),
        ("http://a.test/2", fact.format("2.73 trillion", "the customs administration"), "2025-02-20", "A"),
        (
            "http://e.test/1",
            fact.format("2.38 trillion", "Caixin").replace("2024", "2023"),
            "2024-01-12",
            "E",
        ),
    ]
    query = "SELECT kind, severity, period, old_value, new_value, summary FROM alerts ORDER BY ALL"
    at_once = publish(db, *backlog)
    stepwise = tmp_path / "stepwise.duckdb"
    connect(stepwise).close()
    monkeypatch.setattr(compare_module, "COMPARE_STEP", 1)
    assert publish(stepwise, *backlog) == at_once == 4
    assert rows(stepwise, query) == rows(db, query)


def test_a_goal_restated_by_another_kind_of_body_is_changed_a_forecasters_is_new(db: Path) -> None:
    publish(
        db,
        (
            "http://a.test/1",
            "Under an action plan, the country aims to raise China's online retail sales to "
            "more than 16 trillion yuan by 2027.",
            "2025-01-10",
            "A",
        ),
    )
    publish(
        db,
        (
            "http://b.test/1",
            "The government aims to raise China's online retail sales to more than 17 trillion "
            "yuan by 2027. Analysts at Harlow Analytics expect China's online retail sales to "
            "reach about 15 trillion yuan by 2027.",
            "2025-05-10",
            "B",
        ),
    )
    found = rows(db, "SELECT kind, old_value, new_value FROM alerts ORDER BY kind, new_value")
    assert found == [
        ("new_target", None, 1.5e13),
        ("new_target", None, 1.6e13),
        ("target_changed", 1.6e13, 1.7e13),
    ]
