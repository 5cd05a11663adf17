"""Reading pages in worker processes: the same rows as reading them in the flow's threads."""

from __future__ import annotations

import os
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.ingest import poll_sources
from flows.parsing import PageToRead, ParsePool, parse_pool, read_page
from flows.reparse import reparse
from flows.settings import load_settings
from tests.conftest import write_config
from tests.pages import OFF_TOPIC_PARAGRAPHS, article_html, rss, story
from tests.site import Site
from warehouse.db import reading

pytestmark = pytest.mark.usefixtures("prefect_server")

STORIES = 12
STORED = (
    ("SELECT canonical_url, title, relevant, content_hash, text FROM articles", "ORDER BY 1"),
    (
        "SELECT article_id, value, unit, kind, period, geo, metric_key, sentence, span_start FROM figures",
        "ORDER BY ALL",
    ),
    ("SELECT article_id, value, comparator, year, metric_key FROM targets", "ORDER BY ALL"),
)


def _serve_stories(site: Site) -> str:
    items = [{"link": f"{{base}}/s{n}.html", "guid": f"s{n}"} for n in range(STORIES)]
    site.add("/feed.xml", rss(items))
    for n in range(STORIES):
        match = (f"Match report {n}: the home side won {n} to nil.", *OFF_TOPIC_PARAGRAPHS)
        site.add(f"/s{n}.html", story(n) if n % 4 else article_html(f"Match {n}", match))
    return f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n'


def _stored(db: Path) -> list[list[tuple[object, ...]]]:
    with reading(db) as con:
        return [con.execute(f"{query} {order}").fetchall() for query, order in STORED]


def test_a_backlog_read_in_worker_processes_stores_what_threads_store(site: Site, tmp_path: Path) -> None:
    sources = _serve_stories(site)
    results = []
    for name, run in (
        ("threads", "parse_processes = 1"),
        ("processes", "parse_processes = 2\nprocess_backlog = 0"),
    ):
        directory = tmp_path / name
        directory.mkdir()
        config = write_config(directory, sources, run=run + "\nbatch_size = 3")
        db = directory / "w.duckdb"
        report = poll_sources(config=str(config), db=str(db))
        assert report.articles.articles_new == STORIES
        results.append(_stored(db))
    threads, processes = results
    assert processes == threads
    assert threads[1], "the stories' figures are stored"


def test_reparse_reads_stored_pages_in_worker_processes(site: Site, tmp_path: Path) -> None:
    config = write_config(tmp_path, _serve_stories(site), run="parse_processes = 2\nprocess_backlog = 0")
    db = tmp_path / "w.duckdb"
    poll_sources(config=str(config), db=str(db))
    before = _stored(db)
    report = reparse(config=str(config), db=str(db))
    assert (report.scanned, report.changed) == (STORIES, 0)
    assert _stored(db) == before


def test_a_pool_only_for_a_backlog_above_the_setting_and_two_processes(tmp_path: Path) -> None:
    config = write_config(tmp_path, "", run="parse_processes = 2\nprocess_backlog = 10")
    settings = load_settings(str(config))
    with parse_pool(settings, 10) as none, parse_pool(settings, 11) as pool:
        assert none is None and isinstance(pool, ParsePool)
    single = load_settings(str(write_config(tmp_path, "", run="parse_processes = 1\nprocess_backlog = 0")))
    with parse_pool(single, 1000) as pool:
        assert pool is None


def test_a_pool_whose_worker_died_reads_in_the_calling_thread(tmp_path: Path) -> None:
    settings = load_settings(str(write_config(tmp_path, "")))
    pages = [
        PageToRead(
            story(n).encode(),
            f"http://example.org/{n}",
            f"http://example.org/{n}",
            None,
            datetime(2025, 6, 1, tzinfo=UTC),
        )
        for n in range(3)
    ]
    expected = [read_page(page, settings.topic, settings.catalog) for page in pages]
    pool = ParsePool(settings.topic, settings.catalog, 2)
    try:
        assert pool.read(pages) == expected
        worker = next(iter(pool._executor._processes))  # type: ignore[union-attr]
        os.kill(worker, signal.SIGKILL)
        assert pool.read(pages) == expected
        assert pool.read(pages) == expected
    finally:
        pool.close()
