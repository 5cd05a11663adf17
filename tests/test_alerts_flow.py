"""Alerts through the real flow: two days of news over HTTP on 127.0.0.1, then a quiet rerun."""

from __future__ import annotations

from pathlib import Path

import pytest
from prefect.artifacts import Artifact

from flows import cli
from flows.digest import daily_digest
from flows.ingest import poll_sources
from flows.reparse import reparse
from tests.conftest import write_config
from tests.newsroom import alerts, publish
from tests.pages import article_html, rss
from tests.site import Site
from warehouse.db import reading

pytestmark = pytest.mark.usefixtures("prefect_server")

CONTEXT = {
    "a1": "Officials said cloud services and online gaming led the growth of digital trade last year.",
    "g1": "The guideline also asks provinces to build pilot zones for data flows and digital trade rules.",
    "a2": "Platform sellers in coastal provinces expanded into Southeast Asia and the Middle East, "
    "officials said, as digital trade grew faster than goods trade.",
    "b1": "The research house based its estimate of digital trade on platform data and surveys of exporters.",
    "a3": "The revision of the digital trade data reflects late declarations from bonded warehouses.",
    "g2": "Officials said the higher goal reflects faster growth of digital trade since the first guideline.",
}
LEVEL = "China's cross-border e-commerce trade reached {} yuan in {}, the customs administration said."
GOAL = (
    "By 2029, the share of digitally delivered services in China's services trade should exceed {} percent, "
    "according to the guideline."
)


def page(title: str, lead: str, outlet: str, published: str, context: str) -> str:
    paragraphs = (lead, CONTEXT[context], CONTEXT[context].replace("officials said", "they added"))
    return article_html(title, paragraphs, published=f"{published}T09:00:00+08:00", site_name=outlet)


def day_one(site: Site) -> list[dict[str, str]]:
    level = LEVEL.format("2.38 trillion", 2023)
    site.add(
        "/a1.html", page("<script>alert(1)</script> Trade data", level, "Customs Daily", "2024-01-12", "a1")
    )
    site.add(
        "/g1.html", page("Guideline on digital trade", GOAL.format(45), "Policy Review", "2024-09-03", "g1")
    )
    return [{"link": "{base}/a1.html", "guid": "a1"}, {"link": "{base}/g1.html", "guid": "g1"}]


def day_two(site: Site) -> list[dict[str, str]]:
    lead = LEVEL.format("2.63 trillion", 2024)
    other = LEVEL.format("2.71 trillion", 2024).replace(
        "the customs administration said", "Harbour Research said"
    )
    revised = LEVEL.format("2.37 trillion", 2023) + " The figure was revised."
    site.add("/a2.html", page("Trade in 2024", lead, "Customs Daily", "2025-01-13", "a2"))
    site.add("/b1.html", page("Another view", other, "Harbour Weekly", "2025-01-15", "b1"))
    site.add("/a3.html", page("Revised data", revised, "Customs Daily", "2025-02-01", "a3"))
    # A copy of a2 under another outlet, with a typo in the number: neither a confirmation nor a conflict.
    repost = page("Trade in 2024 (repost)", lead.replace("2.63", "2.68"), "Portal News", "2025-01-14", "a2")
    site.add("/c1.html", repost)
    site.add("/g2.html", page("Guideline updated", GOAL.format(50), "Policy Review", "2025-03-01", "g2"))
    return [{"link": f"{{base}}/{name}.html", "guid": name} for name in ("a2", "b1", "a3", "c1", "g2")]


def test_two_days_of_news_raise_exactly_the_expected_alerts(
    site: Site, tmp_path: Path, db: Path, reports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = day_one(site)
    site.add("/feed.xml", rss(items))
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')
    first = poll_sources(config=str(config), db=str(db))
    assert first.alerts == 2
    assert alerts(db) == [
        ("new_metric", "2023", None, 2.38e12),
        ("new_target", "2029", None, 45.0),
    ]

    site.add("/feed.xml", rss(items + day_two(site)))
    second = poll_sources(config=str(config), db=str(db))
    assert alerts(db) == [
        ("conflict", "2024", 2.63e12, 2.71e12),
        ("new_metric", "2023", None, 2.38e12),
        ("new_period", "2024", 2.38e12, 2.63e12),
        ("new_target", "2029", None, 45.0),
        ("revision", "2023", 2.38e12, 2.37e12),
        ("target_changed", "2029", 45.0, 50.0),
    ]
    assert second.alerts == 4
    with reading(db) as con:
        ((copies,),) = con.execute("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL").fetchall()
    assert copies == 1

    third = poll_sources(config=str(config), db=str(db))  # nothing new: nothing raised
    assert third.alerts == 0 and len(alerts(db)) == 6
    assert reparse(config=str(config), db=str(db)).alerts == 0  # re-extracting the same facts neither

    # Official statistics win: the outlier is now a conflict with the reference; 2.63 agrees with 2.6337.
    csv_file = tmp_path / "official.csv"
    csv_file.write_text(
        "metric_key,geo,period,kind,value,unit,source,url\n"
        "cn.cross_border_ecommerce_trade,China,2024,level,2633700000000,CNY,GACS,https://stats.test/t1\n",
        encoding="utf-8",
    )
    assert cli.main(["load-reference", str(csv_file), "--db", str(db)]) == 0
    with reading(db) as con:
        rows = con.execute(
            "SELECT old_value, new_value, compared_with FROM alerts WHERE compared_with = 'reference'"
        )
        assert rows.fetchall() == [(2.6337e12, 2.71e12, "reference")]

    artifact = Artifact.get("tradewatch-alerts")
    assert artifact is not None
    (report_html,) = reports.glob("alerts-*.html")
    page_text = report_html.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page_text and "<svg" in page_text
    assert (reports / report_html.name.replace(".html", ".md")).exists()

    assert cli.main(["alerts", "--db", str(db), "--min-severity", "high"]) == 0
    shown = capsys.readouterr().out
    # the revision (-0.4 %) is medium: the two conflicts and the changed target are high
    assert "HIGH (3)" in shown and "the reference (GACS)" in shown and "Target changed" in shown


def test_the_daily_digest_summarises_the_last_day_and_can_send_it(
    tmp_path: Path, db: Path, reports: Path, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish(
        db,
        (
            "http://a.test/1",
            "China's services trade reached 7.5 trillion yuan in 2024, Xinhua said.",
            "2025-01-30",
            "A",
        ),
        (
            "http://b.test/1",
            "China's services trade reached 8.1 trillion yuan in 2024, Nikkei said.",
            "2025-02-02",
            "B",
        ),
    )
    config = write_config(tmp_path, "", notify='send = "daily-digest"\nmin_severity = "high"')
    site.add("/hook", "ok")
    monkeypatch.setenv("TRADEWATCH_NOTIFY", site.base.replace("http://", "json://") + "/hook")

    report = daily_digest(config=str(config), db=str(db))

    assert (report.alerts, report.high, report.sent) == (2, 1, 1)
    assert "Sources disagree" in Path(report.report_md).read_text(encoding="utf-8")
    assert Path(report.report_html).exists() and Artifact.get("tradewatch-digest") is not None
    assert "Sources disagree" in site.hits("/hook")[-1].body.decode()
