from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest

from flows.http import (
    MAX_WAIT_SECONDS,
    Fetcher,
    FetchPolicy,
    backoff_until,
    is_public_address,
    parse_retry_after,
)
from tests.site import Site

POLICY = FetchPolicy(
    user_agent="tradewatch-test/1 (+https://example.test/contact)",
    connect_timeout=1,
    read_timeout=0.5,
    total_timeout=5,
    max_bytes=64 * 1024,
    host_rate=0,
    private_hosts=("127.0.0.1",),
)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(POLICY) as client:
        yield client


def test_user_agent_and_conditional_get(site: Site, fetcher: Fetcher) -> None:
    url = site.add("/feed.xml", "<rss/>", content_type="application/rss+xml")
    first = fetcher.fetch(url, purpose="feed", trusted=True)
    assert first.ok and first.body == b"<rss/>"
    assert site.hits("/feed.xml")[0].headers["user-agent"] == POLICY.user_agent
    second = fetcher.fetch(url, purpose="feed", trusted=True, etag=first.headers["etag"])
    assert second.log.outcome == "not_modified" and second.log.status == 304
    assert site.hits("/feed.xml")[1].headers["if-none-match"] == first.headers["etag"]


@pytest.mark.parametrize(
    ("status", "outcome"), [(404, "http_error"), (410, "http_error"), (500, "http_error")]
)
def test_http_errors_are_recorded_not_raised(site: Site, fetcher: Fetcher, status: int, outcome: str) -> None:
    url = site.add("/x", "no", status=status)
    result = fetcher.fetch(url, purpose="feed", trusted=True)
    assert (result.log.status, result.log.outcome, result.log.error) == (status, outcome, f"HTTP {status}")
    assert result.transient == (status == 500)


def test_429_retry_after_rests_the_host(site: Site, fetcher: Fetcher) -> None:
    url = site.add("/busy", "slow down", status=429, headers={"Retry-After": "120"})
    other = site.add("/other", "<p>x</p>")
    result = fetcher.fetch(url, purpose="article")
    assert result.log.status == 429 and result.retry_after == 120
    deferred = fetcher.fetch(other, purpose="article")
    assert deferred.log.outcome == "deferred" and deferred.transient
    assert site.hits("/other") == []


def test_retry_after_as_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None


def test_slow_response_times_out(site: Site, fetcher: Fetcher) -> None:
    url = site.add("/slow", "late", delay=2)
    result = fetcher.fetch(url, purpose="article")
    assert result.log.outcome == "timeout" and result.transient


def test_redirect_loop_and_permanent_redirect(site: Site, fetcher: Fetcher) -> None:
    site.add("/loop/a", status=302, headers={"Location": "/loop/b"})
    site.add("/loop/b", status=302, headers={"Location": "/loop/a"})
    looped = fetcher.fetch(site.url("/loop/a"), purpose="feed", trusted=True)
    assert looped.log.outcome == "redirect_loop"
    site.add("/old", status=301, headers={"Location": "/new"})
    site.add("/new", "<rss/>")
    moved = fetcher.fetch(site.url("/old"), purpose="feed", trusted=True)
    assert (
        moved.ok and moved.permanent_redirect == site.url("/new") and moved.log.final_url == site.url("/new")
    )


def test_oversized_page_refused_by_length_and_by_stream(site: Site, fetcher: Fetcher) -> None:
    url = site.add("/big", b"x" * (POLICY.max_bytes + 1))
    assert fetcher.fetch(url, purpose="article").log.outcome == "too_large"

    def chunked(handler):  # no Content-Length: the cap must hold while streaming
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for _ in range(20):
            chunk = b"y" * 8192
            handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        handler.wfile.write(b"0\r\n\r\n")

    site.add("/stream", handler=chunked)
    assert fetcher.fetch(site.url("/stream"), purpose="article").log.outcome == "too_large"


def test_gzip_body_is_decoded_and_capped_after_decoding(site: Site, fetcher: Fetcher) -> None:
    small = gzip.compress(b"<p>hello</p>")
    url = site.add("/gz", small, headers={"Content-Encoding": "gzip"})
    assert fetcher.fetch(url, purpose="article").body == b"<p>hello</p>"
    bomb = gzip.compress(b"0" * (POLICY.max_bytes * 4))
    url = site.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    assert fetcher.fetch(url, purpose="article").log.outcome == "too_large"


def test_links_may_not_use_file_or_other_schemes(fetcher: Fetcher) -> None:
    for link in ("file:///etc/passwd", "ftp://example.test/x", "javascript:alert(1)"):
        result = fetcher.fetch(link, purpose="article")
        assert result.log.outcome == "refused" and result.body == b""


def test_configured_sources_may_be_local_files(tmp_path, fetcher: Fetcher) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>")
    assert fetcher.fetch(feed.as_uri(), purpose="feed", trusted=True).body == b"<rss/>"
    assert fetcher.fetch(feed.as_uri(), purpose="article").log.outcome == "refused"


def test_links_to_private_addresses_refused_unless_allowed(site: Site) -> None:
    url = site.add("/p", "<p>x</p>")
    with Fetcher(FetchPolicy(user_agent="t", host_rate=0)) as strict:
        refused = strict.fetch(url, purpose="article")
        assert refused.log.outcome == "refused" and "non-public address" in (refused.log.error or "")
        assert strict.fetch(url.replace("127.0.0.1", "localhost"), purpose="article").log.outcome == "refused"
        assert strict.fetch(url, purpose="feed", trusted=True).ok


def test_redirect_to_a_private_address_is_refused(site: Site) -> None:
    site.add("/hop", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    with Fetcher(POLICY) as client:
        result = client.fetch(site.url("/hop"), purpose="article")
    assert result.log.outcome == "refused" and "169.254.169.254" in (result.log.error or "")


def test_robots_txt_is_honoured_for_links(site: Site, fetcher: Fetcher) -> None:
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/private/a.html", "<p>secret</p>")
    site.add("/public/a.html", "<p>open</p>")
    assert fetcher.fetch(site.url("/private/a.html"), purpose="article").log.outcome == "robots_disallowed"
    assert fetcher.fetch(site.url("/public/a.html"), purpose="article").ok
    assert len(site.hits("/robots.txt")) == 1
    assert site.hits("/private/a.html") == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 wrapping of the metadata address
        ("2002:7f00:1::", False),  # 6to4 wrapping of loopback
        ("::127.0.0.1", False),  # IPv4-compatible loopback
        ("fe80::1%eth0", False),
        ("224.0.0.1", False),
    ],
)
def test_only_global_unicast_addresses_are_public(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_hostile_retry_after_values_are_bounded() -> None:
    assert parse_retry_after("999999999999") == MAX_WAIT_SECONDS
    assert parse_retry_after("²") is None
    when = backoff_until(POLICY, 1, parse_retry_after("999999999999"))
    assert when.year < 9999


def test_malformed_link_is_recorded_not_raised(fetcher: Fetcher) -> None:
    result = fetcher.fetch("http://example.test:99999/x", purpose="article")
    assert result.log.outcome == "error" and "Port" in (result.log.error or "")


def test_robots_txt_that_cannot_be_read_means_try_later(site: Site, fetcher: Fetcher) -> None:
    site.add("/robots.txt", "oops", status=503)
    site.add("/a.html", "<p>x</p>")
    result = fetcher.fetch(site.url("/a.html"), purpose="article")
    assert result.log.outcome == "robots_unavailable" and result.transient
    assert site.hits("/a.html") == []
    assert [log.purpose for log in fetcher.drain_own_requests()] == ["robots"]
    assert fetcher.drain_own_requests() == []


def test_every_redirect_hop_is_checked_against_its_own_robots_txt(site: Site, fetcher: Fetcher) -> None:
    other = Site()
    try:
        other.add("/robots.txt", "User-agent: *\nDisallow: /\n", content_type="text/plain")
        other.add("/secret.html", "<p>secret</p>")
        site.add("/jump", status=302, headers={"Location": other.url("/secret.html")})
        result = fetcher.fetch(site.url("/jump"), purpose="article")
        assert result.log.outcome == "robots_disallowed" and result.body == b""
        assert other.hits("/secret.html") == []
    finally:
        other.close()


def test_cache_control_max_age() -> None:
    from flows.http import max_age

    assert max_age("public, max-age=600") == 600
    assert max_age("s-maxage=60") is None and max_age("s-max-age=60") == 60
    assert max_age(None) is None and max_age("no-cache") is None
