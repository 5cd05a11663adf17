from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flows import cli
from flows.ingest import poll_sources
from flows.reparse import reparse
from tests.conftest import write_config
from tests.pages import OFF_TOPIC_PARAGRAPHS, RELEVANT_PARAGRAPHS, article_html, rss
from tests.site import Site
from warehouse.db import connect, reading

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture
def stored(site: Site, tmp_path: Path, db: Path) -> Path:
    """A warehouse holding one relevant and one off-topic article, fetched once."""
    site.add(
        "/feed.xml", rss([{"link": "{base}/a.html", "guid": "a"}, {"link": "{base}/b.html", "guid": "b"}])
    )
    site.add("/a.html", article_html("Digital trade climbs", RELEVANT_PARAGRAPHS))
    site.add("/b.html", article_html("Derby drama", OFF_TOPIC_PARAGRAPHS))
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')
    poll_sources(config=str(config), db=str(db))
    site.routes.clear()  # re-parsing must not fetch anything
    return config


def test_reparse_without_changes_changes_nothing(stored: Path, db: Path, site: Site) -> None:
    requests_before = len(site.requests)
    report = reparse(config=str(stored), db=str(db))
    assert (report.scanned, report.changed) == (2, 0)
    assert len(site.requests) == requests_before


def test_reparse_restores_what_the_parser_now_extracts(stored: Path, db: Path) -> None:
    con = connect(db)
    con.execute("UPDATE articles SET text = 'stale text from an older parser', title = 'old' WHERE relevant")
    con.close()
    report = reparse(config=str(stored), db=str(db))
    assert (report.scanned, report.changed) == (2, 1)
    with reading(db) as con:
        title, text = con.execute("SELECT title, text FROM articles WHERE relevant").fetchall()[0]
    assert title == "Digital trade climbs" and text.startswith(RELEVANT_PARAGRAPHS[0])


def test_reparse_applies_a_new_topic(stored: Path, db: Path) -> None:
    (stored.parent / "topic.toml").write_text('threshold = 1.0\n[phrases]\n"goalkeeper" = 2.0\n')
    report = reparse(config=str(stored), db=str(db))
    assert (report.changed, report.now_relevant, report.no_longer_relevant) == (2, 1, 1)
    with reading(db) as con:
        assert con.execute("SELECT title FROM articles WHERE relevant").fetchall() == [("Derby drama",)]


def test_reparse_since_a_later_date_scans_nothing(
    stored: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert reparse(config=str(stored), db=str(db), since=date(2999, 1, 1)).scanned == 0
    assert cli.main(["reparse", "--config", str(stored), "--db", str(db), "--since", "2000-01-01"]) == 0
    assert "Re-parsed 2 stored articles" in capsys.readouterr().out


def test_reparse_on_a_dask_cluster_restores_the_same_rows(stored: Path, db: Path) -> None:
    """The coarse batches go to a real Dask scheduler and its workers (threads here, so they
    report to this session's Prefect API); the flow writes as it does on threads."""
    from distributed import LocalCluster

    from flows.reparse_dask import dask_reparse

    con = connect(db)
    con.execute("UPDATE articles SET text = 'stale text from an older parser', title = 'old' WHERE relevant")
    con.close()
    with LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster:
        report = dask_reparse(cluster.scheduler_address)(config=str(stored), db=str(db))
    assert (report.scanned, report.changed) == (2, 1)
    with reading(db) as con:
        assert con.execute("SELECT title FROM articles WHERE relevant").fetchall() == [
            ("Digital trade climbs",)
        ]


def test_reparse_dates_a_yearless_dateline_by_when_the_page_was_fetched(
    site: Site, tmp_path: Path, db: Path
) -> None:
    html = article_html("Digital trade climbs", RELEVANT_PARAGRAPHS).replace(
        '<meta property="article:published_time" content="2025-11-18T09:30:00+08:00">', ""
    )
    site.add("/feed.xml", rss([{"link": "{base}/a.html", "guid": "a"}]))
    site.add("/a.html", html.replace("<p>", "<p>GENEVA, Dec 28 (Wire) - ", 1))
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')
    poll_sources(config=str(config), db=str(db))
    con = connect(db)
    con.execute("UPDATE raw_pages SET fetched_at = TIMESTAMPTZ '2024-12-30 08:00:00+00'")
    con.close()
    reparse(config=str(config), db=str(db))
    with reading(db) as con:
        (published,) = con.execute("SELECT published_at FROM articles").fetchall()[0]
    assert published.date() == date(2024, 12, 28)
