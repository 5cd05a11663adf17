"""Alert summaries for people: terminal text, Markdown, HTML with small charts, and JSON.

Pure functions of alert rows (and, for charts, each series' history), so every channel
says the same thing. Anything that came from an article (metric names, quotes,
sentences, outlets, URLs) is escaped for the format it is placed in.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from itertools import groupby
from typing import Any

from flows.report import escape_markdown
from warehouse.queries import SEVERITIES, AlertLine, HistoryPoint, Series
from warehouse.wording import amount

FORMATS = ("text", "md", "html", "json")


def series_of(alert: AlertLine) -> Series | None:
    """The series a figure alert is about, whose history a chart can show."""
    if alert.figure_kind is None:
        return None
    return (alert.metric_key, alert.geo, alert.figure_kind, alert.unit)


def _grouped(alerts: Sequence[AlertLine]) -> list[tuple[str, list[tuple[str, list[AlertLine]]]]]:
    """By severity (high first), then by metric and place."""
    result = []
    for severity in SEVERITIES:
        of_level = [a for a in alerts if a.severity == severity]
        if of_level:
            by_metric = groupby(of_level, key=lambda a: f"{a.metric or a.metric_key} [{a.metric_key}]" + (
                f", {a.geo}" if a.geo else ""))  # fmt: skip
            result.append((severity, [(name, list(items)) for name, items in by_metric]))
    return result


def _where(alert: AlertLine) -> str:
    day = f"{alert.published_at:%Y-%m-%d}" if alert.published_at else None
    return ", ".join(part for part in (alert.outlet, day) if part)


def text(alerts: Sequence[AlertLine]) -> str:
    if not alerts:
        return "No alerts."
    lines = [f"{len(alerts)} alert{'s' * (len(alerts) != 1)}"]
    for severity, metrics in _grouped(alerts):
        lines.append(f"\n{severity.upper()} ({sum(len(items) for _, items in metrics)})")
        for name, items in metrics:
            lines.append(f"  {' '.join(name.split())}")
            for alert in items:
                lines.append(f"    - [{alert.kind}] {' '.join(alert.summary.split())}")
                if alert.quote:
                    lines.append(f'      "{" ".join((alert.sentence or alert.quote).split())[:300]}"')
                source = _where(alert)
                if source or alert.url:
                    lines.append(f"      {source}{' ' if source else ''}{alert.url or ''}")
    return "\n".join(lines)


def _counted(alerts: Sequence[AlertLine], total: int | None, all_in: str) -> list[str]:
    """How many alerts there were, and, when only the most severe are listed, where all are."""
    count = max(total or 0, len(alerts))
    lines = [f"{count} alert{'s' * (count != 1)}."]
    if count > len(alerts):
        lines.append(f"The {len(alerts)} most severe are listed; all are in {all_in}.")
    return lines


def markdown(
    alerts: Sequence[AlertLine],
    title: str = "tradewatch alerts",
    *,
    total: int | None = None,
    all_in: str = "the alerts table",
) -> str:
    """The alerts by severity and metric. ``total`` is how many there were when ``alerts`` are the
    most severe of them only; ``all_in`` says where the rest can be read."""
    lines = [f"# {escape_markdown(title)}", ""]
    if not alerts:
        return "\n".join([*lines, "No alerts."]) + "\n"
    lines += _counted(alerts, total, all_in)  # our own words: nothing to escape
    for severity, metrics in _grouped(alerts):
        lines += ["", f"## {severity.capitalize()}"]
        for name, items in metrics:
            lines += ["", f"### {escape_markdown(name)}", ""]
            for alert in items:
                lines.append(f"- **{alert.kind}**: {escape_markdown(alert.summary)}")
                if alert.sentence or alert.quote:
                    lines.append(f"  > {escape_markdown(alert.sentence or alert.quote or '')}")
                source = escape_markdown(_where(alert))
                if alert.url:
                    # The URL is shown as escaped text, never as a live Markdown link target.
                    source = f"{source} {escape_markdown(alert.url)}".strip()
                if source:
                    lines.append(f"  ({source})")
    return "\n".join(lines) + "\n"


def as_json(alerts: Sequence[AlertLine]) -> str:
    return json.dumps([asdict(a) for a in alerts], default=str, ensure_ascii=False, indent=1)


def chart_svg(points: Sequence[HistoryPoint], unit: str | None) -> str | None:
    """A small line chart of one series' values by period, as inline SVG; None with under two periods.

    Drawn with matplotlib's non-interactive backend, so it needs no display and no network.
    """
    by_period: dict[str, float] = {}
    for point in points:  # the reference value, else the latest said, stands for its period
        if point.reference or point.period not in by_period:
            by_period[point.period] = point.value
    if len(by_period) < 2:
        return None
    import matplotlib  # heavy, and needed only when an HTML report is drawn

    matplotlib.use("Agg")
    from matplotlib import pyplot

    periods = sorted(by_period)
    figure, axes = pyplot.subplots(figsize=(3.6, 1.6), dpi=100)
    try:
        axes.plot(periods, [by_period[p] for p in periods], marker="o", color="#2b6cb0", linewidth=1.5)
        axes.tick_params(labelsize=7)
        axes.yaxis.set_major_formatter(lambda value, _: amount(value, unit))
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    finally:
        pyplot.close(figure)
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #1a202c; }
h2 { border-bottom: 1px solid #cbd5e0; }
.high { color: #c53030; } .medium { color: #b7791f; } .low { color: #4a5568; }
li { margin-bottom: .8rem; } blockquote { margin: .3rem 0 .3rem 1rem; color: #4a5568; font-size: .9rem; }
.kind { font-family: monospace; background: #edf2f7; padding: 0 .3rem; }
.chart svg { height: 8rem; width: auto; }
"""


# A chart takes matplotlib tens of milliseconds, and a first run over a new source can
# alert on thousands of series: past this many, a report lists alerts without charts.
MAX_CHARTS = 50


def charted_series(alerts: Sequence[AlertLine]) -> list[Series]:
    """The series ``html_page`` draws, in its order: the first ``MAX_CHARTS``, most severe first."""
    charted: list[Series] = []
    for _, metrics in _grouped(alerts):
        for _, items in metrics:
            series = series_of(items[0])
            if series is not None and series not in charted and len(charted) < MAX_CHARTS:
                charted.append(series)
    return charted


def html_page(
    alerts: Sequence[AlertLine],
    history: Callable[[Series], Sequence[HistoryPoint]] | None = None,
    title: str = "tradewatch alerts",
    *,
    total: int | None = None,
    all_in: str = "the alerts table",
) -> str:
    """A self-contained HTML report; ``history`` gives each charted series' values.

    ``total`` and ``all_in`` as for ``markdown``.
    """
    esc = html.escape
    body = [f"<h1>{esc(title)}</h1>", *(f"<p>{esc(line)}</p>" for line in _counted(alerts, total, all_in))]
    if len({series_of(a) for a in alerts} - {None}) > MAX_CHARTS:
        body.append(f"<p>Charts are drawn for the first {MAX_CHARTS} series, most severe first.</p>")
    charted = set(charted_series(alerts))
    drawn: set[Series] = set()
    for severity, metrics in _grouped(alerts):
        body.append(f'<h2 class="{severity}">{severity.capitalize()}</h2>')
        for name, items in metrics:
            body.append(f"<h3>{esc(name)}</h3>")
            series = series_of(items[0])
            if history is not None and series is not None and series in charted and series not in drawn:
                drawn.add(series)
                svg = chart_svg(history(series), series[3])
                if svg:
                    body.append(f'<div class="chart">{svg}</div>')
            body.append("<ul>")
            for alert in items:
                item = [f'<span class="kind">{esc(alert.kind)}</span> {esc(alert.summary)}']
                if alert.sentence or alert.quote:
                    item.append(f"<blockquote>{esc(alert.sentence or alert.quote or '')}</blockquote>")
                source = esc(_where(alert))
                if alert.url and alert.url.startswith(("http://", "https://")):
                    source += f' <a href="{esc(alert.url, quote=True)}" rel="noreferrer">{esc(alert.url)}</a>'
                item.append(f"<small>{source}</small>")
                body.append(f"<li>{''.join(item)}</li>")
            body.append("</ul>")
    if not alerts:
        body.append("<p>No alerts.</p>")
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f"<style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )


def render(fmt: str, alerts: Sequence[AlertLine], **options: Any) -> str:
    """One of ``FORMATS``."""
    if fmt == "text":
        return text(alerts)
    if fmt == "md":
        return markdown(alerts, **options)
    if fmt == "html":
        return html_page(alerts, **options)
    if fmt == "json":
        return as_json(alerts)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
