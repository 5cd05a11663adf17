"""The ingestion flow end to end: real HTTP on 127.0.0.1, a real DuckDB file, real Prefect runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prefect.artifacts import Artifact

from flows.ingest import poll_sources
from tests.conftest import write_config
from tests.newsroom import rows
from tests.pages import (
    OFF_TOPIC_PARAGRAPHS,
    article_html,
    atom,
    json_feed,
    listing,
    rss,
    story,
)
from tests.site import Site
from warehouse.load import raw_page

pytestmark = pytest.mark.usefixtures("prefect_server")

MAX_BYTES = 100_000
GOOD_SOURCES = ("rss", "atom", "json", "listing", "malformed")
BAD_SOURCES = {
    "missing": (404, "http_error"),
    "gone": (410, "http_error"),
    "broken": (500, "http_error"),
    "busy": (429, "http_error"),
    "stalled": (None, "timeout"),
    "loop": (302, "redirect_loop"),
    "html": (200, "parse_error"),
}


def build_site(site: Site) -> None:
    """A publisher with every kind of source, a few broken ones, and awkward article pages."""
    for n in range(1, 7):
        site.add(f"/articles/a{n}.html", story(n))
    site.add("/articles/sport.html", article_html("Derby ends in late drama", OFF_TOPIC_PARAGRAPHS))
    gbk = article_html("数字贸易 grows in the province", charset="gbk").replace(
        "<p>Exports", "<p>数字贸易（digital trade）: Exports", 1
    )
    site.add("/articles/gbk.html", gbk.encode("gbk"), content_type="text/html")
    site.add("/articles/big.html", article_html("Huge page") + " " * MAX_BYTES)
    site.add("/articles/slow.html", article_html("Slow page"), delay=2)
    site.add("/articles/loop.html", status=302, headers={"Location": "/articles/loop.html?again=1"})
    site.add("/articles/loop.html", status=302, headers={"Location": "/articles/loop.html"})
    items = [
        {"link": "{base}/articles/a1.html", "guid": "a1", "title": "Digital trade story 1"},
        {"link": "{base}/articles/a2.html?utm_source=rss&utm_medium=feed", "guid": "a2"},
        {"link": "{base}/articles/sport.html", "guid": "sport"},
        {"link": "file:///etc/passwd", "guid": "passwd"},
        {"link": "{base}/articles/missing.html", "guid": "missing"},
        {"link": "{base}/articles/slow.html", "guid": "slow"},
        {"link": "{base}/articles/gbk.html", "guid": "gbk"},
        {"link": "{base}/articles/big.html", "guid": "big"},
        {"link": "{base}/articles/loop.html", "guid": "loop"},
    ]
    site.add("/feeds/main.xml", rss(items), content_type="application/rss+xml")
    site.add(
        "/feeds/main.atom",
        atom([{"link": "{base}/articles/a1.html"}, {"link": "{base}/articles/a3.html"}]),
        content_type="application/atom+xml",
    )
    site.add(
        "/feeds/main.json",
        json_feed([{"link": "{base}/articles/a4.html"}]),
        content_type="application/feed+json",
    )
    site.add("/news/", listing([("/articles/a5.html", "Five"), ("{base}/articles/a1.html", "One")]))
    broken = rss([{"link": "{base}/articles/a6.html", "guid": "a6"}]).replace("</channel>", "<unclosed>")
    site.add("/feeds/malformed.xml", broken, content_type="application/rss+xml")
    site.add("/feeds/missing.xml", status=404)
    site.add("/feeds/gone.xml", status=410)
    site.add("/feeds/broken.xml", status=500)
    site.add("/feeds/stalled.xml", rss([]), delay=2)
    site.add("/feeds/loop.xml", status=302, headers={"Location": "/feeds/loop2.xml"})
    site.add("/feeds/loop2.xml", status=302, headers={"Location": "/feeds/loop.xml"})
    site.add("/feeds/html.xml", "<html><body><p>We have moved our news.</p></body></html>")


def sources_toml(site: Site, busy_site: Site) -> str:
    """Sources on one host, but for the busy one: its 429 rests only its own host."""
    busy_site.add("/feeds/busy.xml", status=429, headers={"Retry-After": "3600"})
    paths = {
        "rss": "/feeds/main.xml",
        "atom": "/feeds/main.atom",
        "json": "/feeds/main.json",
        "malformed": "/feeds/malformed.xml",
        **{k: f"/feeds/{k}.xml" for k in BAD_SOURCES},
    }
    blocks = [
        f'[[sources]]\nid = "{sid}"\nurl = "{(busy_site if sid == "busy" else site).url(path)}"\n'
        for sid, path in paths.items()
    ]
    blocks.append(
        f'[[sources]]\nid = "listing"\nurl = "{site.url("/news/")}"\nkind = "listing"\n'
        'selector = "ul.news-list a"\n'
    )
    return "\n".join(blocks)


@pytest.fixture
def busy_site() -> Iterator[Site]:
    server = Site()
    yield server
    server.close()


@pytest.fixture
def config(site: Site, busy_site: Site, tmp_path: Path) -> Path:
    build_site(site)
    return write_config(tmp_path, sources_toml(site, busy_site), fetch=f"max_bytes = {MAX_BYTES}")


def test_first_run_stores_articles_and_records_every_failure(config: Path, db: Path, site: Site) -> None:
    report = poll_sources(config=str(config), db=str(db))

    assert report.status == "completed"
    assert (report.sources_ok, report.sources_failed) == (len(GOOD_SOURCES), len(BAD_SOURCES)), report.errors
    assert (report.sources_ok, report.sources_failed) == (len(GOOD_SOURCES), len(BAD_SOURCES))
    stored = dict(rows(db, "SELECT split_part(canonical_url, '/', -1), relevant FROM articles"))
    assert stored == {**{f"a{n}.html": True for n in range(1, 7)}, "sport.html": False, "gbk.html": True}
    assert rows(db, "SELECT count(*) FROM articles WHERE relevant") == [(7,)]
    assert rows(db, "SELECT relevant FROM articles WHERE url LIKE '%sport%'") == [(False,)]
    # one article reached through three sources is stored once and linked to each
    assert rows(
        db,
        "SELECT list(source_id ORDER BY source_id) FROM article_sources JOIN articles USING (article_id)"
        " WHERE url LIKE '%a1.html'",
    ) == [(["atom", "listing", "rss"],)]
    assert len(site.hits("/articles/a1.html")) == 1
    # the GBK page is decoded from its meta tag
    ((gbk_title, gbk_text),) = rows(db, "SELECT title, text FROM articles WHERE url LIKE '%gbk%'")
    assert gbk_title.startswith("数字贸易") and "数字贸易（digital trade）" in gbk_text
    # each source failure is in fetches with its outcome, and in the run's errors
    outcomes = dict(rows(db, "SELECT source_id, outcome FROM fetches WHERE purpose = 'feed'"))
    for sid, (_, outcome) in BAD_SOURCES.items():
        assert outcomes[sid] == outcome, sid
        assert any(e.startswith(f"{sid}:") for e in report.errors)
    assert rows(db, "SELECT sources_failed, status FROM runs") == [(len(BAD_SOURCES), "completed")]
    # each article failure too, and the link to a local file was never read
    article_outcomes = dict(
        rows(db, "SELECT split_part(url, '/', -1), outcome FROM fetches WHERE purpose = 'article'")
    )
    assert article_outcomes["passwd"] == "refused"
    assert article_outcomes["missing.html"] == "http_error"
    assert article_outcomes["slow.html"] == "timeout"
    assert article_outcomes["big.html"] == "too_large"
    assert article_outcomes["loop.html"] == "redirect_loop"
    states = dict(rows(db, "SELECT entry_key, state FROM entries WHERE source_id = 'rss'"))
    assert states == {
        "a1": "done",
        "a2": "done",
        "sport": "done",
        "gbk": "done",
        "passwd": "refused",
        "missing": "failed",
        "big": "failed",
        "loop": "failed",
        "slow": "pending",
    }
    # source state: 410 stops polling, 429 waits for Retry-After, malformed still delivered its entry
    assert rows(db, "SELECT gone_at IS NOT NULL FROM sources WHERE source_id = 'gone'") == [(True,)]
    ((retry_after,),) = rows(db, "SELECT retry_after FROM sources WHERE source_id = 'busy'")
    assert retry_after > datetime.now(UTC) + timedelta(minutes=50)
    assert rows(db, "SELECT count(*) FROM articles WHERE url LIKE '%a6.html'") == [(1,)]
    # the run's summary is a Prefect artifact
    artifact = Artifact.get("tradewatch-run")
    assert (
        artifact is not None
        and report.run_id in str(artifact.data)
        and "sources failed | 7" in str(artifact.data)
    )
    # raw HTML is kept, compressed, byte for byte
    ((body, compression),) = rows(db, "SELECT body, compression FROM raw_pages WHERE url LIKE '%a3.html'")
    assert raw_page(body, compression) == site.routes["/articles/a3.html"].body.replace(
        b"{base}", site.base.encode()
    )


def test_second_run_adds_nothing_and_skips_resting_sources(config: Path, db: Path, site: Site) -> None:
    poll_sources(config=str(config), db=str(db))
    tables = ("articles", "entries", "article_sources", "article_urls", "raw_pages")
    before = {t: rows(db, f"SELECT count(*) FROM {t}") for t in tables}

    second = poll_sources(config=str(config), db=str(db))

    assert {t: rows(db, f"SELECT count(*) FROM {t}") for t in tables} == before
    assert second.entries_new == 0 and second.articles.articles_new == 0
    assert second.sources_skipped == 2  # gone (410) and busy (Retry-After)
    conditional = rows(
        db,
        "SELECT source_id, outcome FROM fetches WHERE run_id = "
        f"'{second.run_id}' AND purpose <> 'article' AND source_id IN ('rss', 'atom', 'json', 'listing')",
    )
    assert {outcome for _, outcome in conditional} == {"not_modified"}
    assert site.hits("/feeds/gone.xml") and len(site.hits("/feeds/gone.xml")) == 1
    # the timed-out article was tried again
    assert rows(db, "SELECT attempts, state FROM entries WHERE entry_key = 'slow'") == [(2, "pending")]


def test_next_run_picks_up_articles_left_pending(site: Site, tmp_path: Path, db: Path) -> None:
    site.add(
        "/feed.xml", rss([{"link": "{base}/a.html", "guid": "a"}, {"link": "{base}/b.html", "guid": "b"}])
    )
    site.add("/a.html", story("A"))
    site.add("/b.html", "try later", status=503, headers={"Retry-After": "0"})
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')

    first = poll_sources(config=str(config), db=str(db))
    assert (first.articles.articles_new, first.articles.articles_failed) == (1, 1)
    assert rows(db, "SELECT entry_key, state FROM entries ORDER BY 1") == [("a", "done"), ("b", "pending")]

    site.add("/b.html", story("B"))
    second = poll_sources(config=str(config), db=str(db))
    assert second.articles.articles_new == 1
    assert rows(db, "SELECT entry_key, state FROM entries ORDER BY 1") == [("a", "done"), ("b", "done")]
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]


def test_sources_given_directly_replace_the_config(site: Site, tmp_path: Path, db: Path) -> None:
    site.add("/only.xml", rss([{"link": "{base}/a.html", "guid": "a"}]))
    site.add("/a.html", story("A"))
    local = tmp_path / "local.xml"
    local.write_text(rss([{"link": site.url("/a.html"), "guid": "local-a"}]))
    config = write_config(tmp_path, '[[sources]]\nid = "never"\nurl = "http://192.0.2.1/feed.xml"\n')

    report = poll_sources(config=str(config), db=str(db), sources=[site.url("/only.xml"), str(local)])

    assert report.sources_ok == 2 and report.sources_failed == 0
    assert rows(db, "SELECT count(*) FROM sources WHERE source_id = 'never'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(db, "SELECT count(*) FROM article_sources") == [(2,)]


def test_source_groups_by_tag_are_polled_apart_into_one_warehouse(
    site: Site, tmp_path: Path, db: Path
) -> None:
    site.add("/china.xml", rss([{"link": "{base}/a.html", "guid": "a"}]))
    site.add("/world.xml", rss([{"link": "{base}/b.html", "guid": "b"}]))
    site.add("/a.html", story("A"))
    site.add("/b.html", story("B"))
    config = write_config(
        tmp_path,
        f'[[sources]]\nid = "cn"\nurl = "{site.url("/china.xml")}"\ntags = ["china"]\n'
        f'[[sources]]\nid = "intl"\nurl = "{site.url("/world.xml")}"\ntags = ["world"]\n',
    )
    first = poll_sources(config=str(config), db=str(db), tags=["china"])
    assert (first.sources_ok, first.articles.articles_new) == (1, 1)
    second = poll_sources(config=str(config), db=str(db), tags=["world"])
    assert (second.sources_ok, second.articles.articles_new) == (1, 1)
    assert rows(db, "SELECT source_id, count(*) FROM article_sources GROUP BY 1 ORDER BY 1") == [
        ("cn", 1),
        ("intl", 1),
    ]


def test_hostile_feed_items_are_recorded_and_the_rest_goes_on(site: Site, tmp_path: Path, db: Path) -> None:
    feed = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": ['
        '{"id": "bad-title", "url": "{base}/a.html", "title": "broken \\ud800 title"},'
        '{"id": "bad-port", "url": "http://127.0.0.1:99999/x.html"},'
        '{"id": "fine", "url": "{base}/b.html"}]}'
    )
    site.add("/feed.json", feed, content_type="application/feed+json")
    site.add("/a.html", story("A"))
    site.add("/b.html", story("B"))
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.json")}"\n')

    report = poll_sources(config=str(config), db=str(db))

    assert (report.sources_ok, report.articles.articles_new) == (1, 2)
    assert rows(db, "SELECT entry_key, state FROM entries ORDER BY 1") == [
        ("bad-port", "pending"),
        ("bad-title", "done"),
        ("fine", "done"),
    ]
    assert rows(db, "SELECT outcome FROM fetches WHERE url LIKE '%99999%'") == [("error",)]


def test_figures_and_targets_are_stored_with_their_provenance(site: Site, tmp_path: Path, db: Path) -> None:
    site.add(
        "/feed.xml", rss([{"link": "{base}/a.html", "guid": "a"}, {"link": "{base}/sport.html", "guid": "s"}])
    )
    site.add("/a.html", story("A"))
    site.add("/sport.html", article_html("Derby drama", OFF_TOPIC_PARAGRAPHS))
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')

    report = poll_sources(config=str(config), db=str(db))

    assert (report.articles.figures, report.articles.targets) == (3, 1)
    figures = rows(
        db,
        "SELECT f.value, f.unit, f.kind, f.period, f.geo, f.quote, f.span_start, f.span_end, a.text"
        " FROM figures f JOIN articles a USING (article_id) ORDER BY f.ordinal",
    )
    assert [row[:5] for row in figures] == [
        (9.1, "percent", "change", "2025-01/2025-09", None),
        (4.12e11, "CNY", "level", "2025-01/2025-09", None),
        # ("digital trade now accounts for about a third": a share that holds now, of no period)
        (pytest.approx(100 / 3), "percent", "share", None, None),
    ]
    assert all(text[start:end] == quote for *_, quote, start, end, text in figures)
    assert rows(db, "SELECT comparator, year, value FROM targets") == [(">", 2028, 40.0)]
    assert rows(db, "SELECT count(*) FROM figures JOIN articles USING (article_id) WHERE NOT relevant") == [
        (0,)
    ]
    assert rows(db, "SELECT figures, targets FROM runs") == [(3, 1)]


def test_a_source_that_fails_transiently_is_retried_at_once(site: Site, tmp_path: Path, db: Path) -> None:
    feed = rss([{"link": "{base}/a.html", "guid": "a"}]).replace("{base}", site.base)
    calls = {"n": 0}

    def flaky(handler) -> None:  # a 502 first, then the feed
        calls["n"] += 1
        status, body = (502, b"bad gateway") if calls["n"] == 1 else (200, feed.encode())
        handler.send_response(status)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    site.add("/flaky.xml", handler=flaky)
    site.add("/a.html", story("A"))
    site.add("/gone.xml", status=404)
    config = write_config(
        tmp_path,
        f'[[sources]]\nid = "flaky"\nurl = "{site.url("/flaky.xml")}"\n\n'
        f'[[sources]]\nid = "missing"\nurl = "{site.url("/gone.xml")}"\n',
        run="task_retries = 2",
    )

    report = poll_sources(config=str(config), db=str(db))

    assert (report.sources_ok, report.sources_failed) == (1, 1)
    assert calls["n"] == 2  # retried once, on the transient 502
    assert len(site.hits("/gone.xml")) == 1  # a 404 is not retried
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
