"""Pages laid out the ways releases, magazines and wires lay them out, read end to end (page to figures).

The markup is written for these tests: a ministry release with a table of figures, a feature with a
pull quote, a story cut off by its CMS.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

from parsers.article import parse_article
from parsers.figures import extract
from parsers.metrics import Catalog

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog.from_dict(tomllib.loads((ROOT / "config" / "metrics.toml").read_text(encoding="utf-8")))
URL = "https://commerce.gov.test/releases/story.html"
CHROME = (
    '<div class="gov-top">Provincial Department of Commerce</div>'
    '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News Releases</a></li></ul>'
)
LEAD = (
    "<p>Zhejiang's services trade rose 9.4 percent year-on-year to 402.1 billion yuan in the first "
    "three quarters, the provincial department of commerce said on Tuesday.</p>"
)
TAIL = (
    "<p>Officials credited cloud computing contracts and overseas engineering services for much of "
    "the gain, and said a new action plan would support digitally delivered services.</p>"
)


def page(story: str, head: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Services trade grows</title>{head}</head><body>{CHROME}'
        f'<div class="article"><h2 class="tit">Services trade grows</h2>{story}</div>'
        '<div class="foot">Sponsored by the Provincial Department of Commerce</div></body></html>'
    )


def figures_of(html: str, published: date = date(2025, 11, 20)) -> list[tuple[str, float, str | None, str]]:
    article = parse_article(html, URL)
    found = extract(article.text, published, CATALOG).figures
    return [(f.quote, f.value, f.period, f.metric) for f in found]


RELEASE_TABLE = (
    '<table class="data" border="1"><caption>Services trade of Zhejiang</caption>'
    "<thead><tr><th>Item</th><th>January-September (100 million yuan)</th><th>Year-on-year (%)</th></tr>"
    "</thead><tbody>"
    "<tr><td>Services trade</td><td>4,021.3</td><td>9.4</td></tr>"
    "<tr><td>Exports</td><td>2,410.8</td><td>-2.1</td></tr>"
    "<tr><td>Imports</td><td>1,610.5</td><td>12.0</td></tr>"
    "</tbody></table>"
)


def test_each_row_of_a_release_table_is_a_line_with_its_label_headings_and_units() -> None:
    article = parse_article(page(LEAD + RELEASE_TABLE + TAIL), URL)
    assert article.paragraphs[1:5] == (
        "Services trade of Zhejiang",
        "Services trade | January-September: 4,021.3 100 million yuan | Year-on-year: 9.4%",
        "Exports | January-September: 2,410.8 100 million yuan | Year-on-year: -2.1%",
        "Imports | January-September: 1,610.5 100 million yuan | Year-on-year: 12.0%",
    )


def test_figures_in_a_release_table_have_their_row_metric_and_column_period() -> None:
    lead_figures = 2
    table = [
        (value, period, metric) for _, value, period, metric in figures_of(page(LEAD + RELEASE_TABLE + TAIL))
    ]
    table = table[lead_figures:]
    assert table == [
        (4.0213e11, "2025-01/2025-09", "Services trade"),
        (9.4, "2025-01/2025-09", "Services trade"),
        (2.4108e11, "2025-01/2025-09", "Exports of trade in services"),
        (-2.1, "2025-01/2025-09", "Exports of trade in services"),
        (1.6105e11, "2025-01/2025-09", "Imports of trade in services"),
        (12.0, "2025-01/2025-09", "Imports of trade in services"),
    ]


def test_a_table_that_lays_out_the_page_is_walked_as_prose() -> None:
    layout = f'<table width="960"><tr><td class="left">{LEAD}{TAIL}</td><td>Most read</td></tr></table>'
    article = parse_article(page(layout), URL)
    assert [p[:20] for p in article.paragraphs] == ["Zhejiang's services ", "Officials credited c"]


def test_a_table_with_plain_headings_keeps_its_heading_line_and_its_cells_as_written() -> None:
    table = (
        "<table><tr><th>Platform</th><th>Sellers</th><th>Main market</th></tr>"
        "<tr><td>Redkite Marketplace</td><td>12,400</td><td>Southeast Asia</td></tr>"
        "<tr><td>Jadeway Cross-border</td><td>8,100</td><td>Europe</td></tr></table>"
    )
    article = parse_article(page(LEAD + table + TAIL), URL)
    assert article.paragraphs[1:4] == (
        "Platform | Sellers | Main market",
        "Redkite Marketplace | 12,400 | Southeast Asia",
        "Jadeway Cross-border | 8,100 | Europe",
    )


FEATURE = (
    "<section>"
    + LEAD
    + "<p>Exports of computer services grew 14.2 percent to 61.3 billion yuan. Software parks in Hangzhou "
    "added 320 firms over the period, officials said.</p></section>"
    '<blockquote class="{kind}">Exports of computer services grew 14.2 percent to 61.3 billion yuan'
    "</blockquote><section><h2>What comes next</h2>" + TAIL + "</section>"
)


def test_a_pull_quote_is_not_read_twice() -> None:
    for kind in ("pullquote", "pull-quote wide", "quote-aside", ""):
        article = parse_article(page(FEATURE.format(kind=kind)), URL)
        assert sum("14.2 percent" in p for p in article.paragraphs) == 1, kind
        quotes = [f for f in figures_of(page(FEATURE.format(kind=kind))) if f[0] == "14.2 percent"]
        assert len(quotes) == 1, kind


def test_a_quotation_that_repeats_nothing_is_kept() -> None:
    quotation = (
        "<blockquote>We will keep cutting the paperwork for small exporters, and the single window "
        "will cover services trade by next year.</blockquote>"
    )
    article = parse_article(page(LEAD + quotation + TAIL), URL)
    assert any(p.startswith("We will keep cutting") for p in article.paragraphs)


CUT = (
    "<p>Exporters of garden furniture in Ningbo shipped goods worth 3.6 billion yuan to buyers in "
    "Southeast Asia, while sellers of"
)


def test_a_last_paragraph_cut_off_by_the_cms_is_kept_with_its_figures() -> None:
    endings = {
        "closed": CUT + "</p>",
        "then a credit line": CUT + '</p><p class="credit">(Reporting by Li Na; Editing by Olga Petrova)</p>',
        "unclosed": CUT,
    }
    for name, ending in endings.items():
        article = parse_article(page(LEAD + TAIL + ending), URL)
        assert article.paragraphs[2].endswith("while sellers of"), name
        assert ("3.6 billion yuan", 3.6e9) in [f[:2] for f in figures_of(page(LEAD + TAIL + ending))], name


def test_a_number_cut_off_at_the_very_end_is_not_a_figure() -> None:
    html = page(
        LEAD + TAIL + "<p>Exporters of garden furniture in Ningbo shipped goods worth 3.6 billion yuan, up 1"
    )
    assert [f[0] for f in figures_of(html)][-1] == "3.6 billion yuan"


def wire(dateline: str, headline: str = "Services trade grows") -> str:
    story = f"<p>{dateline} {LEAD[3:]}{TAIL}"
    return page(story).replace("Services trade grows", headline)


def test_a_dateline_without_a_year_is_not_put_after_the_page_was_seen() -> None:
    html = wire("BEIJING, Oct 12 (Wire) -")
    seen = datetime(2023, 10, 13, 2, 0, tzinfo=UTC)
    assert parse_article(html, URL, seen_at=seen).published_at == datetime(2023, 10, 12, tzinfo=UTC)
    new_year = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    assert parse_article(wire("BEIJING, Dec. 31 (Wire) -"), URL, seen_at=new_year).published_at == datetime(
        2023, 12, 31, tzinfo=UTC
    )


def test_a_dateline_without_a_year_takes_it_from_the_date_in_the_url() -> None:
    url = "https://wire.test/2024/01/01/services-trade.html"
    seen = datetime(2026, 6, 1, tzinfo=UTC)  # re-read long after it was fetched
    assert parse_article(wire("BEIJING, Dec. 31 (Wire) -"), url, seen_at=seen).published_at == datetime(
        2023, 12, 31, tzinfo=UTC
    )


def test_a_date_in_the_headline_is_not_the_page_s_date() -> None:
    html = page('<p class="date">Release date: 2023-10-12</p>' + LEAD + TAIL)
    html = html.replace("Services trade grows", "Water supply suspended on July 26")
    seen = datetime(2023, 10, 13, tzinfo=UTC)
    assert parse_article(html, URL, seen_at=seen).published_at == datetime(2023, 10, 12, tzinfo=UTC)


def test_a_visible_time_is_read_in_the_zone_written_after_it() -> None:
    cases = {
        "Published: 2025-11-10 12:34 GMT+8": datetime(2025, 11, 10, 4, 34, tzinfo=UTC),
        "Updated: 2025-11-10 09:30 Beijing time": datetime(2025, 11, 10, 1, 30, tzinfo=UTC),
        "Published: 2025-11-10 09:30 (BJT)": datetime(2025, 11, 10, 1, 30, tzinfo=UTC),
        "Posted: November 10, 2025 14:00 IST": datetime(2025, 11, 10, 8, 30, tzinfo=UTC),
        "Published: 2025-11-10 08:00 AEST": datetime(2025, 11, 9, 22, 0, tzinfo=UTC),
        "Published: 2025-11-10 08:00 CET": datetime(2025, 11, 10, 7, 0, tzinfo=UTC),
        "Published: 2025-07-10 08:00 ET": datetime(2025, 7, 10, 12, 0, tzinfo=UTC),  # daylight saving time
        "Published: 2025-11-10 08:00 ET": datetime(2025, 11, 10, 13, 0, tzinfo=UTC),
        "Published: 2025-11-10 08:00": datetime(2025, 11, 10, 8, 0, tzinfo=UTC),  # no zone, no profile
    }
    for line, expected in cases.items():
        html = page(f'<p class="date">{line}</p>' + LEAD + TAIL)
        assert parse_article(html, URL).published_at == expected, line


def test_a_date_without_a_time_stays_that_date() -> None:
    dated = {
        '<meta name="date" content="2025-11-10">': "",
        '<meta name="dc.date" content="2025-11-10">': "",
        "": '<p class="date">Release date: 2025-11-10</p>',
    }
    for head, line in dated.items():
        published = parse_article(page(line + LEAD + TAIL, head), URL).published_at
        assert published is not None and published.astimezone(UTC).date() == date(2025, 11, 10), head or line
    profiled = parse_article(
        page(LEAD + TAIL), "https://www.wto.org/english/news_e/news25_e/dgno_10nov25_e.htm"
    )
    assert profiled.published_at is not None and profiled.published_at.astimezone(UTC).date() == date(
        2025, 11, 10
    )
