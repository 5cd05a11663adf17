"""Builders for the feeds and pages the test server serves; all text written for these tests."""

from __future__ import annotations

import json
from html import escape

RELEVANT_PARAGRAPHS = (
    "Exports of digitally delivered services from the coastal province climbed 9.1 percent in the "
    "first three quarters to 412 billion yuan, the provincial commerce department said on Tuesday.",
    "Officials credited cloud computing contracts and cross-border e-commerce platforms for much of the "
    "gain, adding that digital trade now accounts for about a third of the province's services trade.",
    "The department aims to lift the share of digital trade in total services trade above 40 percent "
    "by 2028, according to an action plan released alongside the figures.",
)
OFF_TOPIC_PARAGRAPHS = (
    "The home side won 3-1 on Saturday evening in front of 41,200 fans, with two goals in the final "
    "eleven minutes settling a tense league match.",
    "The visitors had led at half-time through a header in the 38th minute, and their goalkeeper made "
    "six saves before the late collapse.",
    "The result lifts the club to fourth place, two points behind the leaders with five games left.",
)


def article_html(
    title: str,
    paragraphs: tuple[str, ...] | list[str] = RELEVANT_PARAGRAPHS,
    *,
    published: str = "2025-11-18T09:30:00+08:00",
    canonical: str | None = None,
    charset: str = "utf-8",
    site_name: str = "Test Business Daily",
) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    canonical_tag = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{escape(title)} - {site_name}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{site_name}">
<meta property="article:published_time" content="{published}">
{canonical_tag}</head>
<body><nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/world">World</a></nav>
<div class="main"><h1>{escape(title)}</h1><div class="byline">By a staff reporter</div>
<div class="article-body">{body}</div>
<ul class="related"><li><a href="/other">Another story about ports and shipping</a></li></ul></div>
<footer>Copyright 2025 {site_name}. All rights reserved.</footer></body></html>"""


def story(n: int | str) -> str:
    """A relevant article whose text differs from every other story's (same text = same article)."""
    lead = f"Story {n}: the digital trade office counted {n}00 new platform exporters this autumn."
    return article_html(f"Digital trade story {n}", (lead, *RELEVANT_PARAGRAPHS))


def rss(items: list[dict[str, str]], title: str = "Test feed") -> str:
    entries = "".join(
        f"<item><title>{escape(i.get('title', 'Item'))}</title><link>{escape(i['link'])}</link>"
        + (f'<guid isPermaLink="false">{escape(i["guid"])}</guid>' if "guid" in i else "")
        + f"<pubDate>{i.get('date', 'Tue, 18 Nov 2025 08:00:00 GMT')}</pubDate>"
        + f"<description>{escape(i.get('summary', ''))}</description></item>"
        for i in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.test/</link><description>test</description>{entries}</channel></rss>"
    )


def atom(items: list[dict[str, str]], title: str = "Test Atom feed") -> str:
    entries = "".join(
        f"<entry><id>{escape(i.get('guid', i['link']))}</id><title>{escape(i.get('title', 'Entry'))}</title>"
        f'<link rel="alternate" href="{escape(i["link"])}"/>'
        f"<updated>{i.get('date', '2025-11-18T08:00:00Z')}</updated>"
        f"<summary>{escape(i.get('summary', ''))}</summary></entry>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{title}</title><id>urn:test:feed</id><updated>2025-11-18T08:00:00Z</updated>{entries}</feed>"
    )


def json_feed(items: list[dict[str, str]], title: str = "Test JSON feed") -> str:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "items": [
                {
                    "id": i.get("guid", i["link"]),
                    "url": i["link"],
                    "title": i.get("title", "Item"),
                    "summary": i.get("summary", ""),
                    "date_published": i.get("date", "2025-11-18T08:00:00Z"),
                }
                for i in items
            ],
        }
    )


def listing(links: list[tuple[str, str]]) -> str:
    rows = "".join(f'<li><a href="{href}">{escape(text)}</a></li>' for href, text in links)
    return (
        "<html><head><title>Press releases</title></head><body>"
        '<nav><a href="/">Home</a><a href="/about">About the ministry</a></nav>'
        f'<ul class="news-list">{rows}</ul><footer><a href="/contact">Contact</a></footer></body></html>'
    )
