"""Hostile input: feeds and pages written to hurt the reader or to turn it against its network.

One run reads a feed whose links point at loopback, private, link-local and metadata
addresses (directly, through a redirect, through names that resolve there, through a
name that resolves differently the second time) and at other schemes; a feed with
entity bombs and an external entity; pages built to choke a parser; an article whose
title is script and Markdown tricks; and a notification URL holding a secret.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

import pytest

from flows.ingest import poll_sources
from tests.conftest import write_config
from tests.newsroom import rows
from tests.pages import RELEVANT_PARAGRAPHS, article_html, rss
from tests.reliability.conftest import Ledger
from tests.site import Site

pytestmark = pytest.mark.usefixtures("prefect_server")
SECRET = "s3cr3t-t0ken-4711"
PUBLIC_DECOY = "93.184.216.34"  # what the rebinding name says the first time it is asked

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    + "".join(
        f'<!ENTITY {chr(99 + i)} "{("&" + chr(98 + i) + ";") * 10}">' for i in range(8)
    )  # ten to the ninth "lol"s if expanded
    + ']><rss version="2.0"><channel><title>&j;</title>'
    "<item><title>t</title><link>{base}/fine.html</link><guid>laughs</guid></item></channel></rss>"
)
QUADRATIC = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "' + "x" * 50_000 + '">]><rss version="2.0"><channel>'
    "<title>" + "&x;" * 50_000 + "</title></channel></rss>"
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
    "<link>{base}/fine.html</link><guid>xxe</guid><description>&xxe;</description></item></channel></rss>"
)
HOSTILE_TITLE = (
    "<script>alert('x')</script> [win](javascript:alert(1)) | table | ![img](http://evil.test/x.png)"
)


@pytest.fixture
def rebinding(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that resolves to a public address when checked and to loopback when connected.

    No DNS server can run here, so this one lookup is simulated; everything else is real.
    """
    real = socket.getaddrinfo
    asked: dict[str, int] = {}

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            asked[host] = asked.get(host, 0) + 1
            address = PUBLIC_DECOY if asked[host] == 1 else "127.0.0.1"
            return real(address, *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def build(site: Site) -> dict[str, str]:
    port = site.base.rsplit(":", 1)[1]
    forbidden = {
        "loopback": f"http://127.0.0.2:{port}/x.html",
        "ipv6-loopback": f"http://[::1]:{port}/x.html",
        "a name for loopback": f"http://localhost:{port}/x.html",
        "decimal loopback": f"http://2130706433:{port}/x.html",
        "any-address": f"http://0.0.0.0:{port}/x.html",
        "private": "http://10.0.0.1/x.html",
        "link-local": "http://169.254.10.10/x.html",
        "metadata": "http://169.254.169.254/latest/meta-data/",
        "redirect to metadata": "{base}/to-metadata",
        "DNS rebinding": f"http://rebind.test:{port}/x.html",
        "file scheme": "file:///etc/passwd",
        "ftp scheme": "ftp://example.com/x",
        "javascript scheme": "javascript:alert(1)",
        "data scheme": "data:text/html,<p>x</p>",
    }
    site.add("/to-metadata", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    site.add("/x.html", article_html("Never to be fetched", RELEVANT_PARAGRAPHS))
    items = [{"link": link, "guid": name} for name, link in forbidden.items()]
    items.append({"link": "{base}/hostile.html", "guid": "hostile"})
    for name in ("nested", "one-line", "nul", "garbage"):
        items.append({"link": f"{{base}}/{name}.html", "guid": name})
    site.add("/links.xml", rss(items), content_type="application/rss+xml")
    site.add("/laughs.xml", LAUGHS, content_type="application/rss+xml")
    site.add("/quadratic.xml", QUADRATIC, content_type="application/rss+xml")
    site.add("/external.xml", EXTERNAL, content_type="application/rss+xml")
    lead = "Hostile page: exporters there reported 90 new digital trade contracts this quarter."
    site.add("/fine.html", article_html("A fine story", (lead, *RELEVANT_PARAGRAPHS)))
    # The markup sits in the sentence of a figure, so the alert that quotes the sentence carries it.
    lead = (
        "<script>alert('x')</script> The ministry counted 4,321 cross-border e-commerce firms "
        "[win](javascript:alert(1)) in 2024, up 12 percent from a year earlier."
    )
    more = (  # its own text: a near copy of another page would be marked a copy and never compared
        "Digital trade platforms in the port city handled 88 million cross-border e-commerce parcels, "
        "in 2024, and digitally delivered services exports grew 7 percent, the commerce bureau said."
    )
    site.add("/hostile.html", article_html(HOSTILE_TITLE, (lead, more)))
    site.add("/nested.html", "<html><body>" + "<div>" * 10_000 + "digital trade" + "</div>" * 10_000)
    site.add("/one-line.html", "<html><body><p>" + "digital trade exports rose 5 percent " * 140_000 + "</p>")
    site.add("/nul.html", b"<html><body><p>digital\x00trade\x00" * 2000 + b"</p></body></html>")
    site.add("/garbage.html", bytes(range(256)) * 4000, content_type="text/html; charset=utf-8")
    return forbidden


def test_hostile_links_feeds_and_pages(
    site: Site, tmp_path: Path, db: Path, reports: Path, rebinding: None, ledger: Ledger,
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    forbidden = build(site)
    sources = "".join(
        f'[[sources]]\nid = "{name}"\nurl = "{site.url(f"/{name}.xml")}"\n\n'
        for name in ("links", "laughs", "quadratic", "external")
    )
    site.add("/hook", status=500)  # the notification service is down: the failure must not leak the URL
    monkeypatch.setenv(
        "TRADEWATCH_NOTIFY", f"json://reader:{SECRET}@127.0.0.1:{site.base.rsplit(':', 1)[1]}/hook"
    )
    config = write_config(tmp_path, sources, fetch="max_bytes = 7000000")
    caplog.set_level("DEBUG")
    started = time.monotonic()
    report = poll_sources(config=str(config), db=str(db))
    seconds = time.monotonic() - started

    assert report.status == "completed" and seconds < 120
    refused = dict(rows(db, "SELECT entry_key, state FROM entries WHERE source_id = 'links'"))
    for name in forbidden:  # a rebound name is asked at the address its check approved: unreachable here
        assert refused[name] == ("pending" if name == "DNS rebinding" else "refused"), name
    assert not [r for r in site.requests if r.path.startswith("/x.html")]  # nothing reached behind the guard
    assert rows(db, "SELECT count(*) FROM articles WHERE text LIKE '%root:%' OR title LIKE '%root:%'") == [
        (0,)
    ]
    assert rows(db, "SELECT count(*) FROM entries WHERE title LIKE '%lollol%'") == [(0,)]
    pages = dict(rows(db, "SELECT split_part(url, '/', -1), coalesce(problem, 'ok') FROM articles"))
    assert {"nested.html", "one-line.html", "nul.html", "garbage.html"} <= set(pages)

    markdown = "".join(p.read_text() for p in reports.glob("alerts-*.md"))
    html = "".join(p.read_text() for p in reports.glob("alerts-*.html"))
    assert "&lt;script&gt;" in html and "\\<script\\>" in markdown  # the hostile sentence, as text
    assert "<script>" not in html and 'href="javascript:' not in html
    assert "](javascript:" not in markdown and "<script>" not in markdown
    shown = markdown + html + " ".join(report.errors)
    said = shown + caplog.text + capsys.readouterr().out + str(rows(db, "SELECT errors FROM runs"))
    assert SECRET not in said

    ledger.record("links to loopback, private, link-local, metadata addresses, a name for loopback, "
                  "a redirect there, DNS rebinding, and non-http schemes: none reached",
                  len(forbidden), len(forbidden))  # fmt: skip
    ledger.record("feeds with a billion-laughs bomb, a quadratic blow-up, an external entity to /etc/passwd",
                  3, 3)  # fmt: skip
    ledger.record("pages with 10,000 nested tags, a 5 MB line, NUL bytes, binary garbage", 4, 4)
    ledger.record("a title of script and Markdown tricks in reports; a secret in the notification URL", 2, 2)
