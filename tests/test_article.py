from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from parsers.article import parse_article
from parsers.datelines import date_from_url, dateline_date, parse_date_text, zone
from parsers.models import Article
from parsers.profiles import PROFILES, profile_for
from tests.pages import RELEVANT_PARAGRAPHS, article_html

URL = "https://biz.test/2025/11/18/story.html?utm_source=rss"


def test_metadata_and_body_from_a_news_page() -> None:
    article = parse_article(
        article_html("Digital trade climbs", published="2025-11-18T09:30:00+08:00").encode(), URL
    )
    assert article.problem is None
    assert article.title == "Digital trade climbs"
    assert article.outlet == "Test Business Daily"
    assert article.language == "en"
    assert article.published_at == datetime(2025, 11, 18, 1, 30, tzinfo=UTC)
    assert article.paragraphs == RELEVANT_PARAGRAPHS
    assert article.canonical_url == "https://biz.test/2025/11/18/story.html"


def test_same_site_canonical_is_taken() -> None:
    html = article_html("T", canonical="https://www.biz.test/story-original.html")
    assert parse_article(html, URL).canonical_url == "https://www.biz.test/story-original.html"


def test_canonical_to_home_page_or_another_site_is_ignored() -> None:
    for declared in ("https://biz.test/", "https://other.test/original.html", "javascript:void(0)"):
        html = article_html("T", canonical=declared)
        assert parse_article(html, URL).canonical_url == "https://biz.test/2025/11/18/story.html", declared


def test_page_without_an_article_is_a_problem_not_an_empty_article() -> None:
    listing = "<html><body><ul>" + "".join(f"<li><a href='/{i}'>Headline {i}</a></li>" for i in range(30))
    article = parse_article((listing + "</ul></body></html>").encode(), URL)
    assert article.paragraphs == () and (article.problem or "").startswith("no article")
    assert parse_article(b"", URL).problem is not None
    assert parse_article(b"\x00\xff\xfe garbage \x00", URL).problem is not None


def test_json_ld_date_and_authors() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "datePublished": "2025-11-20T08:00:00Z",
                "author": [{"@type": "Person", "name": "Li Wei"}],
            }
        ],
    }
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
    html = article_html("T", published="").replace("</head>", script)
    article = parse_article(html, URL)
    assert article.published_at == datetime(2025, 11, 20, 8, tzinfo=UTC)
    assert article.authors == ("Li Wei",)


# ---------------------------------------------------------------------------------------------
# Fixture pages: one per site profile plus generic pages, each with its expectations beside it.
# ---------------------------------------------------------------------------------------------
FIXTURES = Path(__file__).parent / "fixtures" / "pages"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))


def _expectation(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))
    return data


def _parse_fixture(name: str) -> Article:
    expected = _expectation(name)
    return parse_article((FIXTURES / f"{name}.html").read_bytes(), expected["url"], expected.get("charset"))


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_page(name: str) -> None:
    expected = _expectation(name)
    article = _parse_fixture(name)
    if "problem" in expected:
        assert (article.problem or "").startswith(expected["problem"]), article.problem
        assert article.paragraphs == ()
        return
    assert article.problem is None, article.problem
    for key, field in (("title", "title"), ("outlet", "outlet"), ("language", "language")):
        if key in expected:
            assert getattr(article, field) == expected[key], key
    for key in ("extractor", "encoding"):
        if key in expected:
            assert getattr(article, key) == expected[key], key
    if "canonical" in expected:
        assert article.canonical_url == expected["canonical"]
    if "published" in expected:
        assert article.published_at == datetime.fromisoformat(expected["published"])
        assert article.published_at is not None and article.published_at.utcoffset() is not None
    if "updated" in expected:
        assert article.updated_at == datetime.fromisoformat(expected["updated"])
    if "authors" in expected:
        assert list(article.authors) == expected["authors"]
    if "paragraphs" in expected:
        assert len(article.paragraphs) == expected["paragraphs"], article.paragraphs
    assert article.paragraphs[0].startswith(expected["first"])
    assert article.paragraphs[-1].startswith(expected["last"])
    for fragment in expected.get("contains", []):
        assert fragment in article.text, fragment
    for fragment in expected.get("absent", []):
        assert fragment not in article.text, fragment
    for fragment in expected.get("captions", []):
        assert any(fragment in caption for caption in article.captions), (fragment, article.captions)
    for caption in article.captions:
        assert caption not in article.text, caption


def test_fixtures_cover_every_site_profile_and_stay_small() -> None:
    extractors = {_expectation(name).get("extractor") for name in FIXTURE_NAMES}
    assert {f"profile:{profile.name}" for profile in PROFILES} <= extractors
    assert "generic" in extractors
    for path in FIXTURES.iterdir():
        assert path.stat().st_size < 30_000, path.name


def test_every_profile_is_found_from_its_urls() -> None:
    for name in FIXTURE_NAMES:
        expected = _expectation(name)
        profile = profile_for(expected["url"])
        if str(expected.get("extractor", "")).startswith("profile:"):
            assert profile is not None and f"profile:{profile.name}" == expected["extractor"]
    assert profile_for("http://www.xinhuanet.com/english/2019-11/28/c_138589000.htm") is not None
    assert profile_for("http://www.xinhuanet.com/politics/2025-11/28/c_1131.htm") is None
    assert profile_for("https://global.chinadaily.com.cn/a/202511/10/WS1.html") is not None
    assert profile_for("https://example.com/chinadaily.com.cn/") is None
    assert profile_for("not a url") is None


def test_a_profiled_site_with_unfamiliar_markup_falls_back_to_the_generic_extractor() -> None:
    html = article_html("Redesigned page", site_name="China Daily")
    article = parse_article(html, "https://www.chinadaily.com.cn/a/202511/18/WS1.html")
    assert article.extractor == "generic"
    assert article.paragraphs == RELEVANT_PARAGRAPHS
    assert article.outlet == "China Daily"
    assert article.published_at == datetime(2025, 11, 18, 1, 30, tzinfo=UTC)


def test_listing_page_of_a_profiled_site_is_no_article() -> None:
    items = "".join(
        f'<li><a href="/a/202511/{i:02d}/WS{i}.html">Headline number {i} about trade and ports</a>'
        f"<span>2025-11-{i:02d}</span></li>"
        for i in range(1, 25)
    )
    html = f"<html><body><div class='main'><ul class='list'>{items}</ul></div></body></html>"
    article = parse_article(html, "https://www.chinadaily.com.cn/business/")
    assert (article.problem or "").startswith("no article")
    assert article.paragraphs == ()


def test_caption_inside_the_body_goes_to_captions() -> None:
    paragraphs = [*RELEVANT_PARAGRAPHS[:2], "Workers load a ship at the port of Ningbo. [Photo/Xinhua]"]
    paragraphs += [
        RELEVANT_PARAGRAPHS[2],
        "Photo taken on Nov 9, 2025 shows a cargo terminal. (Xinhua/Li He)",
    ]
    article = parse_article(article_html("Ports", paragraphs), URL)
    assert article.paragraphs == RELEVANT_PARAGRAPHS
    assert len(article.captions) == 2
    assert "[Photo/Xinhua]" not in article.text


def test_editor_lines_bylines_and_copyright_are_not_body_text() -> None:
    paragraphs = [
        "By ZHANG WEI | China Daily",
        *RELEVANT_PARAGRAPHS,
        "(Web editor: Zhang Kaiwei, Liang Jun)",
        "Copyright 1995 - 2025. All rights reserved.",
    ]
    article = parse_article(article_html("Digital trade", paragraphs), URL)
    assert article.paragraphs == RELEVANT_PARAGRAPHS


def test_a_paragraph_starting_with_by_is_kept() -> None:
    paragraphs = [
        "By the end of 2025, the province expects digital trade to exceed 500 billion yuan, officials said.",
        *RELEVANT_PARAGRAPHS,
    ]
    assert parse_article(article_html("T", paragraphs), URL).paragraphs == tuple(paragraphs)


# ---------------------------------------------------------------------------------------------
# Hostile input: never raise. (How quickly is measured by the benchmarks, not asserted here;
# the linear-time design is what keeps these cases fast.)
# ---------------------------------------------------------------------------------------------
def _parse_hostile(html: bytes | str) -> Article:
    return parse_article(html, URL)


def test_ten_thousand_levels_of_nesting() -> None:
    empty = _parse_hostile("<html><body>" + "<div>" * 10_000 + "x" + "</div>" * 10_000 + "</body></html>")
    assert (empty.problem or "").startswith("no article")
    story = "".join(f"<p>{p}</p>" for p in RELEVANT_PARAGRAPHS)
    nested = _parse_hostile("<html><body>" + "<div><span>" * 10_000 + story + "</span></div>" * 10_000)
    assert nested.paragraphs == RELEVANT_PARAGRAPHS


def test_five_megabyte_single_line_pages() -> None:
    text_line = "<html><body><p>" + "word " * 1_000_000 + "</p></body></html>"
    assert len(text_line) > 5_000_000
    article = _parse_hostile(text_line)
    assert article.problem is None or article.problem.startswith("no article")
    tag_line = "<html><body>" + "<p>ab</p>" * 600_000 + "</body></html>"
    article = _parse_hostile(tag_line.encode())
    assert article.problem is None or article.problem.startswith("no article")
    unclosed = "<html><body>" + "<script>" + "x" * 5_000_000
    assert (_parse_hostile(unclosed).problem or "").startswith("no article")
    comments = "<!--" * 1_000_000
    assert (_parse_hostile(comments).problem or "").startswith("no article")


def test_nul_bytes_garbage_and_broken_encodings() -> None:
    with_nuls = article_html("Nul", RELEVANT_PARAGRAPHS).replace("<p>", "<p>\x00").encode()
    assert _parse_hostile(with_nuls).paragraphs == RELEVANT_PARAGRAPHS
    garbage = random.Random(7).randbytes(300_000)
    assert (_parse_hostile(garbage).problem or "").startswith("no article")
    assert (_parse_hostile(b"\xff\xfe" + garbage).problem or "").startswith("no article")
    broken = article_html("Broken").encode() + b"\xc3\x28\xa0\xa1\xe2\x82" * 1000
    assert _parse_hostile(broken).paragraphs == RELEVANT_PARAGRAPHS
    for junk in ("", " ", "<", "<html", "</p></div></body>", "<!--", "<script>", "\x00" * 1000):
        assert (_parse_hostile(junk).problem or "").startswith("no article"), repr(junk)
    deep_json = '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    assert (_parse_hostile(deep_json + article_html("T")).problem or "") == ""


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
SHANGHAI = zone("Asia/Shanghai")
NOW = datetime(2025, 12, 1, tzinfo=UTC)


def test_datelines() -> None:
    assert dateline_date("(China Daily) 10:22, November 10, 2025", SHANGHAI) == datetime(
        2025, 11, 10, 10, 22, tzinfo=SHANGHAI
    )
    assert dateline_date("BEIJING, Nov. 28 (Xinhua) -- China's exports rose", SHANGHAI, now=NOW) == datetime(
        2025, 11, 28, tzinfo=UTC
    )  # a date without a time stays that date, whatever the site's zone
    assert dateline_date("GENEVA, Dec. 5 (Xinhua) -- Members met", UTC, now=NOW) == datetime(
        2024, 12, 5, tzinfo=UTC
    )
    assert dateline_date("GENEVA, Dec. 3 (Xinhua) -- x", UTC, year_hint=2025) == datetime(
        2025, 12, 3, tzinfo=UTC
    )
    assert dateline_date("UNITED NATIONS, Sept. 9 (Reuters) - x", UTC, now=NOW) == datetime(
        2025, 9, 9, tzinfo=UTC
    )
    assert dateline_date("The minister said in May that talks would resume.", UTC, now=NOW) is None


def test_dates_in_urls() -> None:
    cases = {
        "https://www.chinadaily.com.cn/a/202511/10/WS6911.html": (2025, 11, 10),
        "http://en.people.cn/n3/2025/1110/c90000-2000.html": (2025, 11, 10),
        "https://english.news.cn/20251128/abc/c.html": (2025, 11, 28),
        "http://www.xinhuanet.com/english/2019-11/28/c_138.htm": (2019, 11, 28),
        "https://news.cgtn.com/news/2025-11-10/slug/index.html": (2025, 11, 10),
        "https://www.wto.org/english/news_e/news25_e/dgno_10nov25_e.htm": (2025, 11, 10),
        "https://biz.test/2025/11/18/story.html": (2025, 11, 18),
    }
    for url, (year, month, day) in cases.items():
        assert date_from_url(url) == datetime(year, month, day, tzinfo=UTC), url
    assert date_from_url("https://www.globaltimes.cn/page/202511/1347000.shtml") is None
    assert date_from_url("https://example.test/2025/13/45/x") is None


def test_written_dates_and_time_zones() -> None:
    assert parse_date_text("Updated: 2025-11-10 07:12", SHANGHAI) == datetime(
        2025, 11, 10, 7, 12, tzinfo=SHANGHAI
    )
    assert parse_date_text("Published: Nov 10, 2025 10:22 PM", SHANGHAI) == datetime(
        2025, 11, 10, 22, 22, tzinfo=SHANGHAI
    )
    assert parse_date_text("10-Nov-2025 12:34 GMT+8") == datetime(2025, 11, 10, 4, 34, tzinfo=UTC)
    assert parse_date_text("2025年11月10日 09:30", SHANGHAI) == datetime(2025, 11, 10, 9, 30, tzinfo=SHANGHAI)
    assert parse_date_text("2019-11-19T04:15:38+0000") == datetime(2019, 11, 19, 4, 15, 38, tzinfo=UTC)
    assert parse_date_text("no date here") is None
