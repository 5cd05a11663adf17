from __future__ import annotations

import json
from datetime import UTC, datetime

from parsers.article import parse_article
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
