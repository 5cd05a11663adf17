"""Alert summaries escape what came from the web, in every format."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows import publish, summaries
from tests import newsroom
from warehouse.queries import AlertLine, HistoryPoint, Series

HOSTILE = AlertLine(
    alert_id="a1", created_at=datetime(2026, 1, 14, tzinfo=UTC), run_id="r1", kind="conflict",
    severity="high",
    metric_key="cn.cross_border_ecommerce_trade", metric="<script>alert(1)</script> [click](http://evil.test)",
    geo="China", period="2025", unit="CNY", old_value=2.81e12, new_value=2.97e12, change_pct=5.7,
    summary="Sources disagree: <img src=x onerror=alert(1)> says 2.97 trillion yuan",
    quote="2.97 trillion yuan", sentence="Trade reached 2.97 trillion yuan [see](javascript:alert(1)).",
    url="javascript:alert(1)", outlet="Evil <b>Times</b>", published_at=None, figure_kind="level",
)  # fmt: skip


def test_html_escapes_article_text_and_never_links_a_non_web_url() -> None:
    page = summaries.html_page([HOSTILE])
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and 'href="javascript' not in page


def test_markdown_renders_tricks_as_text() -> None:
    text = summaries.markdown([HOSTILE])
    assert "[click](http" not in text and "](javascript" not in text and "<script>" not in text


def test_json_and_text_carry_every_field() -> None:
    (row,) = json.loads(summaries.render("json", [HOSTILE]))
    assert row["new_value"] == 2.97e12 and row["kind"] == "conflict"
    assert "HIGH (1)" in summaries.text([HOSTILE])


def test_a_chart_needs_two_periods_and_prefers_the_reference() -> None:
    one = [HistoryPoint("2024", 2.63e12, "A", False)]
    assert summaries.chart_svg(one, "CNY") is None
    two = [*one, HistoryPoint("2025", 2.81e12, "B", False), HistoryPoint("2025", 2.8e12, "GACS", True)]
    svg = summaries.chart_svg(two, "CNY")
    assert svg is not None and svg.startswith("<svg")


def test_a_report_charts_at_most_max_charts_series_most_severe_first() -> None:
    alerts = [
        dataclasses.replace(
            HOSTILE, alert_id=f"a{n}", metric_key=f"m{n}", severity="high" if n % 2 else "low", summary="s"
        )
        for n in range(summaries.MAX_CHARTS + 10)
    ]
    charted: list[str] = []

    def history(series: Series) -> list[HistoryPoint]:
        charted.append(series[0])
        return [HistoryPoint("2024", 1.0, "A", False), HistoryPoint("2025", 2.0, "A", False)]

    page = summaries.html_page(alerts, history)
    assert page.count("<svg") == len(charted) == summaries.MAX_CHARTS
    assert f"first {summaries.MAX_CHARTS} series" in page
    assert all(int(key[1:]) % 2 for key in charted[: (summaries.MAX_CHARTS + 10) // 2])


def test_a_summary_of_the_most_severe_says_how_many_there_were_and_where_all_are() -> None:
    shown = [
        dataclasses.replace(HOSTILE, alert_id=f"a{n}", severity="high", summary=f"n{n}") for n in range(3)
    ]
    text = summaries.markdown(shown, total=9, all_in="the alerts table")
    assert text.startswith(
        "# tradewatch alerts\n\n9 alerts.\nThe 3 most severe are listed; all are in the alerts table."
    )
    assert text.count("- **conflict**") == 3
    page = summaries.html_page(shown, total=9, all_in="the alerts table")
    assert "<p>9 alerts.</p><p>The 3 most severe are listed; all are in the alerts table.</p>" in page
    assert "most severe" not in summaries.markdown(shown)


def test_the_day_report_and_the_artifact_list_the_most_severe_of_a_flood(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories = [
        (f"http://a.test/{n}", f"China's services trade reached {7 + n / 10} trillion yuan in {2010 + n}.",
         f"{2011 + n}-01-30", "A")
        for n in range(6)
    ]  # fmt: skip
    added = newsroom.publish(db, *stories, run_id="flood")
    monkeypatch.setattr(publish, "REPORT_ALERTS", 4)
    monkeypatch.setattr(publish, "ARTIFACT_ALERTS", 2)
    artifact = publish.publish(db, "flood", tmp_path, day=datetime.now(UTC).date())
    assert added == 6
    assert "6 alerts.\nThe 2 most severe are listed" in artifact and artifact.count("- **") == 2
    (report,) = tmp_path.glob("alerts-*.md")
    text = report.read_text(encoding="utf-8")
    assert "6 alerts.\nThe 4 most severe are listed" in text and text.count("- **") == 4
