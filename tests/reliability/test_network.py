"""A misbehaving web, all at once: one run against a server that breaks in every way listed.

Each fault is its own source (or an article of one); a well-behaved source sits beside
them. The run must finish, record each problem against its source or article, and
store the good source's article as if nothing else had happened.
"""

from __future__ import annotations

import gzip
import os
import resource
import socket
import struct
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from flows.ingest import poll_sources
from tests.conftest import write_config
from tests.newsroom import rows
from tests.pages import RELEVANT_PARAGRAPHS, article_html, rss, story
from tests.reliability.conftest import Ledger
from tests.site import Site

pytestmark = pytest.mark.usefixtures("prefect_server")
MAX_BYTES = 3_000_000
FEED = rss([{"link": "{base}/good.html", "guid": "g"}]).encode()


def _head(handler: BaseHTTPRequestHandler, headers: dict[str, str]) -> None:
    handler.send_response(200)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.end_headers()


def reset_mid_body(handler: BaseHTTPRequestHandler) -> None:
    _head(handler, {"Content-Type": "application/rss+xml", "Content-Length": str(len(FEED))})
    handler.wfile.write(FEED[:40])
    handler.wfile.flush()
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    os.close(handler.connection.detach())  # closed at once with linger 0: a TCP reset


def stalls(handler: BaseHTTPRequestHandler) -> None:
    _head(handler, {"Content-Type": "application/rss+xml", "Content-Length": str(len(FEED))})
    handler.wfile.write(FEED[:40])
    handler.wfile.flush()
    time.sleep(3)  # past the read timeout (1 s)


def truncated_gzip(handler: BaseHTTPRequestHandler) -> None:
    body = gzip.compress(FEED * 50)[:-200]
    _head(
        handler,
        {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip", "Content-Length": str(len(body))},
    )
    handler.wfile.write(body)


BOMB = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # about 200 KB expanding to 200 MB


def gzip_bomb(handler: BaseHTTPRequestHandler) -> None:
    _head(
        handler, {"Content-Type": "text/html", "Content-Encoding": "gzip", "Content-Length": str(len(BOMB))}
    )
    handler.wfile.write(BOMB)


def endless(handler: BaseHTTPRequestHandler) -> None:
    _head(handler, {"Content-Type": "application/rss+xml", "Transfer-Encoding": "chunked"})
    chunk = b"<item><title>again</title></item>" * 100
    try:
        while True:
            handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    except OSError:  # the client gave up, as it should
        return


def many_entries(count: int) -> str:
    return rss([{"link": "{base}/same.html", "guid": f"n{n}"} for n in range(count)])


CASES: dict[str, tuple[str, str]] = {
    # source id: (what was tried, the outcome its fetch must record)
    "reset": ("connection reset mid-body", "network_error"),
    "stall": ("a body that stops arriving (read timeout)", "timeout"),
    "gzip-cut": ("truncated gzip", "network_error"),
    "endless": ("an endless chunked response", "too_large"),
    "page-as-feed": ("a web page served as a feed", "parse_error"),
    "loop": ("a redirect loop", "redirect_loop"),
}


def build(site: Site, other: Site) -> str:
    site.add("/good.xml", FEED, content_type="application/rss+xml")
    site.add("/good.html", article_html("Digital trade grows", RELEVANT_PARAGRAPHS))
    for path, handler in (("/reset", reset_mid_body), ("/stall", stalls), ("/gzip-cut", truncated_gzip),
                          ("/endless", endless), ("/bomb.html", gzip_bomb)):  # fmt: skip
        site.add(path, handler=handler)
    site.add("/page-as-feed", "<html><body><p>We moved our news.</p></body></html>")
    site.add("/loop", status=302, headers={"Location": "/loop2"})
    site.add("/loop2", status=302, headers={"Location": "/loop"})
    # Feeds that are strange but readable: their entries and articles must still arrive.
    site.add("/feed-as-html", rss([{"link": "{base}/b.html", "guid": "b"}]), content_type="text/html")
    site.add("/no-type", rss([{"link": "{base}/c.html", "guid": "c"}]), content_type=None)
    site.add("/ten-thousand", many_entries(10_000), content_type="application/rss+xml")
    site.add(
        "/odd-items",
        rss(
            [
                {"link": "{base}/d.html", "guid": "dup"},
                {"link": "{base}/e.html", "guid": "dup"},  # a duplicate GUID
                {"link": "", "guid": "nolink"},  # no link at all
                {"link": "{base}/f.html", "guid": "future", "date": "Mon, 01 Jan 2091 00:00:00 GMT"},
                {"link": "{base}/g.html", "guid": "epoch", "date": "Thu, 01 Jan 1970 00:00:00 GMT"},
                {"link": "{base}/h.html", "guid": "garbage-date", "date": "the day after tomorrow"},
                {"link": "{base}/bomb.html", "guid": "bomb"},
                {"link": "{base}/hop1", "guid": "chain"},
            ]
        ),
    )
    site.add("/hop1", status=302, headers={"Location": "/hop2"})
    site.add("/hop2", status=302, headers={"Location": "/hop3"})
    site.add("/hop3", status=302, headers={"Location": "/i.html"})
    for name in "bcdefghi":
        site.add(f"/{name}.html", story(name))
    site.routes["/b.html"].content_type = "text/html; charset=iso-8859-1"  # UTF-8 bytes, wrong charset
    lead = "Ten thousand feed items lead here: exporters filed 512 digital trade declarations."
    site.add("/same.html", article_html("One page for ten thousand entries", (lead, *RELEVANT_PARAGRAPHS)))
    other.add(
        "/feed.xml", rss([{"link": "{base}/moved.html", "guid": "m"}]), content_type="application/rss+xml"
    )
    lead = "The publisher moved its feed: exporters there signed 77 digital trade contracts."
    other.add("/moved.html", article_html("Moved story on digital trade", (lead, *RELEVANT_PARAGRAPHS)))
    site.add("/moved", status=301, headers={"Location": other.url("/feed.xml")})
    readable = ("feed-as-html", "no-type", "ten-thousand", "odd-items", "moved")
    paths = {"good": "/good.xml", **{name: f"/{name}" for name in (*CASES, *readable)}}
    return "".join(f'[[sources]]\nid = "{sid}"\nurl = "{site.url(path)}"\n\n' for sid, path in paths.items())


@pytest.fixture
def other_host() -> Iterator[Site]:
    server = Site()
    yield server
    server.close()


def test_a_run_against_a_misbehaving_web_finishes_and_records_every_fault(
    site: Site, other_host: Site, tmp_path: Path, db: Path, ledger: Ledger
) -> None:
    config = write_config(
        tmp_path, build(site, other_host), fetch=f"max_bytes = {MAX_BYTES}\ntotal_timeout = 3"
    )
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = poll_sources(config=str(config), db=str(db))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024

    assert report.status == "completed"
    outcomes = dict(rows(db, "SELECT source_id, outcome FROM fetches WHERE purpose = 'feed'"))
    for source_id, (_, outcome) in CASES.items():
        assert outcomes[source_id] == outcome, source_id
        assert rows(db, f"SELECT failure_streak > 0 FROM sources WHERE source_id = '{source_id}'") == [
            (True,)
        ]
    titles = {t for (t,) in rows(db, "SELECT title FROM articles WHERE relevant")}
    assert "Digital trade grows" in titles  # the good source, untouched by its neighbours
    assert {f"Digital trade story {n}" for n in "bcdfghi"} <= titles  # readable oddities still arrive
    assert "Moved story on digital trade" in titles
    assert rows(db, "SELECT moved_to IS NOT NULL FROM sources WHERE source_id = 'moved'") == [(True,)]
    assert rows(db, "SELECT count(*) FROM entries WHERE source_id = 'ten-thousand'") == [(10_000,)]
    assert rows(db, "SELECT count(*) FROM articles WHERE title = 'One page for ten thousand entries'") == [
        (1,)
    ]
    assert rows(db, "SELECT count(*) FROM entries WHERE source_id = 'odd-items' AND entry_key = 'dup'") == [
        (1,)
    ]
    assert rows(db, "SELECT outcome FROM fetches WHERE url LIKE '%/bomb.html'") == [("too_large",)]
    assert grown_mb < 300  # the 200 MB bomb was never held in memory
    problems = len(CASES) + 2  # and the bomb and the entry without a link
    ledger.record("network faults in one run: " + ", ".join(what for what, _ in CASES.values())
                  + ", a gzip bomb (200 KB -> 200 MB)", problems, problems)  # fmt: skip
    ledger.record(
        "odd but readable feeds: HTML content type, none, 10,000 entries, duplicate GUIDs, no link, "
        "dates in 2091, 1970 and unparseable, a 3-hop redirect chain, a 301 to another host, a wrong charset",
        11,
        11,
    )
