"""Run summaries for people: plain text for the terminal, Markdown for the Prefect artifact.

Pure functions of a ``RunReport`` and warehouse rows; anything that came from the web
is escaped before it is placed in Markdown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warehouse.queries import ArticleLine, Totals

if TYPE_CHECKING:
    from flows.ingest import RunReport

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|])")


def escape_markdown(text: str) -> str:
    """Make web text inert in Markdown: no links, tags, tables or emphasis can be injected."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _rows(report: RunReport) -> list[tuple[str, int]]:
    articles = report.articles
    return [
        ("sources polled ok", report.sources_ok),
        ("sources failed", report.sources_failed),
        ("sources skipped", report.sources_skipped),
        ("new feed entries", report.entries_new),
        ("articles fetched and stored", articles.articles_new),
        ("  of which relevant", articles.articles_relevant),
        ("duplicates linked to stored articles", articles.articles_duplicate),
        ("article pages failed", articles.articles_failed),
        ("figures extracted", articles.figures),
        ("policy targets extracted", articles.targets),
        ("alerts raised", report.alerts),
    ]


def run_table(report: RunReport) -> list[dict[str, object]]:
    """The run's counts and duration as rows, for a Prefect table artifact."""
    seconds = (report.finished_at - report.started_at).total_seconds() if report.finished_at else None
    rows: list[dict[str, object]] = [{"what": name.strip(), "count": value} for name, value in _rows(report)]
    return [*rows, {"what": "seconds", "count": round(seconds, 1) if seconds is not None else None}]


def run_markdown(report: RunReport) -> str:
    lines = [
        f"# tradewatch run `{report.run_id}`",
        "",
        f"Status: **{report.status}**",
        "",
        "| what | count |",
        "|---|---:|",
    ]
    lines += [f"| {name.strip()} | {value} |" for name, value in _rows(report)]
    if report.errors:
        lines += ["", "## Problems", ""]
        lines += [f"- {escape_markdown(error)}" for error in report.errors]
    return "\n".join(lines) + "\n"


def run_text(report: RunReport, totals: Totals, recent: list[ArticleLine]) -> str:
    seconds = (report.finished_at - report.started_at).total_seconds() if report.finished_at else 0.0
    lines = [f"Run {report.run_id} {report.status} in {seconds:.1f} s; warehouse: {report.db}"]
    lines += [f"  {name:<40}{value:>6}" for name, value in _rows(report)]
    if report.errors:
        lines.append(f"Problems ({len(report.errors)}):")
        lines += [f"  - {' '.join(error.split())}" for error in report.errors[:20]]
        if len(report.errors) > 20:
            lines.append(f"  ... and {len(report.errors) - 20} more: SELECT * FROM fetch_problems")
    lines.append(
        f"Warehouse holds {totals.sources} sources, {totals.entries} entries, {totals.articles} articles "
        f"({totals.relevant} relevant), {totals.figures} figures, {totals.targets} targets, "
        f"{totals.raw_pages} raw pages, {totals.fetches} fetches."
    )
    if recent:
        lines.append("Latest relevant articles:")
        for item in recent:
            day = f"{item.published_at:%Y-%m-%d}" if item.published_at else "????-??-??"
            lines.append(
                f"  {day}  {item.relevance:>5.1f}  {' '.join((item.title or item.url).split())[:90]}"
            )
    return "\n".join(lines)
