from __future__ import annotations

from parsers.feeds import parse_feed, parse_listing, strip_doctype
from tests.pages import atom, json_feed, listing, rss

BASE = "http://news.test/feeds/main.xml"


def test_rss2_entries_with_guid_date_and_relative_link() -> None:
    feed = parse_feed(
        rss(
            [{"link": "/a/1.html", "guid": "id-1", "title": "One", "summary": "<b>Digital</b> trade"}]
        ).encode(),
        BASE,
    )
    assert feed.problem is None
    assert feed.format == "rss20"
    (entry,) = feed.entries
    assert entry.url == "http://news.test/a/1.html"
    assert entry.key == "id-1"
    assert entry.summary == "Digital trade"
    assert entry.published_at is not None and entry.published_at.year == 2025


def test_rss_091_and_rdf_10() -> None:
    rss091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
    <item><title>A</title><link>http://news.test/old.html</link></item></channel></rss>"""
    rdf = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://news.test/"><title>RDF</title></channel>
    <item rdf:about="http://news.test/rdf.html"><title>B</title><link>http://news.test/rdf.html</link></item>
    </rdf:RDF>"""
    assert [e.url for e in parse_feed(rss091, BASE).entries] == ["http://news.test/old.html"]
    assert [e.url for e in parse_feed(rdf, BASE).entries] == ["http://news.test/rdf.html"]


def test_atom_and_json_feed() -> None:
    items = [{"link": "http://news.test/x.html", "guid": "urn:x", "title": "X"}]
    atom_feed = parse_feed(atom(items).encode(), BASE)
    assert atom_feed.format.startswith("atom")
    assert [(e.url, e.guid) for e in atom_feed.entries] == [("http://news.test/x.html", "urn:x")]
    json = parse_feed(json_feed(items).encode(), BASE, "application/feed+json")
    assert json.format == "json"
    assert [(e.url, e.guid, e.title) for e in json.entries] == [("http://news.test/x.html", "urn:x", "X")]
    assert json.entries[0].published_at is not None


def test_malformed_xml_keeps_recoverable_entries_and_says_what_is_wrong() -> None:
    broken = rss([{"link": "http://news.test/ok.html", "title": "Fine"}]).replace("</channel>", "<oops>")
    feed = parse_feed(broken.encode(), BASE)
    assert [e.url for e in feed.entries] == ["http://news.test/ok.html"]
    assert feed.problem is not None and feed.problem.startswith("malformed feed")


def test_html_served_as_feed_is_a_problem_not_an_exception() -> None:
    feed = parse_feed(b"<html><body><p>Sorry, page moved</p></body></html>", BASE, "text/html")
    assert feed.entries == ()
    assert feed.problem is not None


def test_bad_json_feed_is_a_problem() -> None:
    assert parse_feed(b"{not json", BASE).problem is not None
    assert parse_feed(b'{"items": []}', BASE).problem == "JSON document is not a JSON Feed (no version)"


def test_entity_expansion_is_defused_by_stripping_the_doctype() -> None:
    lol = "lol" * 1000
    doctype = f'<!DOCTYPE rss [<!ENTITY big "{lol}">]>'
    body = rss([{"link": "http://news.test/a.html", "title": "&big;" * 2000}]).replace(
        '<rss version="2.0">', doctype + '<rss version="2.0">'
    )
    assert b"ENTITY" not in strip_doctype(body.encode())
    feed = parse_feed(body.encode(), BASE)
    assert all(len(e.title or "") < 100_000 for e in feed.entries)


def test_listing_page_links_resolved_in_order_once_each() -> None:
    html = listing([("/n/1.html", "First"), ("http://other.test/2.html", "Second"), ("/n/1.html", "Again")])
    feed = parse_listing(html, "http://ministry.test/news/", "ul.news-list a")
    assert [e.url for e in feed.entries] == ["http://ministry.test/n/1.html", "http://other.test/2.html"]
    assert feed.entries[0].title == "First"


def test_listing_selector_that_matches_nothing_or_is_invalid() -> None:
    html = listing([("/n/1.html", "First")])
    assert (
        parse_listing(html, "http://m.test/", "div.none a").problem
        == "no links matched selector 'div.none a'"
    )
    assert "bad CSS selector" in (parse_listing(html, "http://m.test/", "a[[").problem or "")


def test_entity_declared_in_an_unterminated_subset_is_removed_too() -> None:
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "' + b"A" * 10_000 + b'">\n'
        b'<rss version="2.0"><channel><title>&big;&big;&big;</title>'
        b"<item><title>T</title><link>http://news.test/a.html</link></item></channel></rss>"
    )
    stripped = strip_doctype(body)
    assert b"ENTITY" not in stripped and b"DOCTYPE" not in stripped
    feed = parse_feed(body, BASE)
    assert len(feed.title or "") < 1000
    assert [e.url for e in feed.entries] == ["http://news.test/a.html"]


def test_external_entity_is_not_read() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>'
        b"<link>http://news.test/a.html</link></item></channel></rss>"
    )
    feed = parse_feed(body, BASE)
    assert all("root:" not in (e.title or "") for e in feed.entries)


def test_listing_entries_are_keyed_by_canonical_link() -> None:
    html = listing([("/n/1.html?utm_source=newsletter", "First")])
    (entry,) = parse_listing(html, "http://ministry.test/news/", "ul.news-list a").entries
    assert entry.key == "http://ministry.test/n/1.html"


def test_malformed_urls_never_raise() -> None:
    feed = parse_feed(
        rss([{"link": "http://news.test:99999/bad"}, {"link": "http://news.test/ok"}]).encode(), BASE
    )
    assert len(feed.entries) == 2
    assert [len(e.key) > 0 for e in feed.entries] == [True, True]
