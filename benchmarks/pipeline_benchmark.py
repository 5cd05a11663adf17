"""End to end from a synthetic site on 127.0.0.1: the flow, the same work without Prefect, each stage alone.

    .venv/bin/python benchmarks/pipeline_benchmark.py --articles 1000 10000 [--modes stages plain flow]

For each size, each mode runs in a fresh process (so peak memory is its own) on a fresh
warehouse, crawling ``benchmarks/synthetic.py``'s site (varied layouts, a fifth
off-topic pages, syndicated copies) with no per-host rate limit:

- ``flow``: the real ``poll-sources`` Prefect flow (Prefect's temporary server started
  beforehand and not billed), then ``reparse`` over every stored page;
- ``plain``: the same run as plain function calls, with the same threads, batches and
  worker processes as the flow but no Prefect, to measure what Prefect adds;
- ``stages``: every stage one after another on one thread, timed apart: fetch, parse
  (HTML to text and relevance), extract (figures and targets), load, compare, report.

Prints one Markdown table row per measurement; benchmarks/README.md keeps the results.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.loopback import feed_urls, offline_environment, write_config
from benchmarks.synthetic import start_site

offline_environment()

MODES = ("stages", "plain", "flow")
STAGES = ("poll", "fetch", "parse", "extract", "load", "compare", "report")


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child (the page-reading workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class Stopwatch:
    """Seconds spent per stage, summed over calls (from any thread)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started


def _settings_and_site(total: int, directory: Path) -> tuple[Any, Path, Any]:
    from flows.settings import load_settings

    site = start_site(total)
    config = write_config(directory / "sources.toml", feed_urls(site, total))
    return load_settings(str(config)), config, site


def _counted(report: Any, wall: float) -> dict[str, Any]:
    """What every mode reports of its run."""
    counts = report.articles
    return {
        "wall": wall,
        "articles": counts.articles_new,
        "relevant": counts.articles_relevant,
        "figures": counts.figures,
    }


def run_flow(total: int, directory: Path) -> dict[str, Any]:
    from flows.ingest import poll_sources
    from flows.reparse import reparse

    warm = start_site(0)
    poll_sources(sources=[f"{warm.base}/feed/0"], db=str(directory / "warm.duckdb"))
    warm.shutdown()
    _, config, site = _settings_and_site(total, directory)
    db = directory / "flow.duckdb"
    started = time.perf_counter()
    report = poll_sources(config=str(config), db=str(db))
    wall = time.perf_counter() - started
    started = time.perf_counter()
    reparsed = reparse(config=str(config), db=str(db))
    reparse_wall = time.perf_counter() - started
    site.shutdown()
    return _counted(report, wall) | {"reparse_wall": reparse_wall, "reparsed": reparsed.scanned}


def run_plain(total: int, directory: Path) -> dict[str, Any]:
    """``ingest`` without Prefect: its own steps, in the same order, on a thread pool of the same size."""
    from flows.http import Fetcher
    from flows.ingest import _article_targets, _batches, _due, _record_poll, raise_alerts, recorded_run
    from flows.parsing import parse_pool
    from flows.publish import publish
    from flows.tasks import fetch_batch, parse_batch, poll
    from warehouse import load
    from warehouse.db import held, writing

    settings, _, site = _settings_and_site(total, directory)
    db = directory / "plain.duckdb"
    started = time.perf_counter()
    with (
        held(db),
        recorded_run(db) as report,
        Fetcher(settings.fetch) as fetcher,
        ThreadPoolExecutor(settings.concurrency) as threads,
    ):
        due = _due(settings, db, report)
        for state, polled in zip(due, threads.map(lambda s: poll(s, fetcher), due), strict=True):
            _record_poll(db, report, polled, settings, state)
        targets = _article_targets(db, settings)
        with parse_pool(settings, len(targets)) as pool:

            def read(batch: list[Any]) -> list[Any]:
                return parse_batch(fetch_batch(batch, fetcher), settings.topic, settings.catalog, pool)

            window: set[Future[list[Any]]] = set()
            for batch in _batches(targets, settings.batch_size):
                window.add(threads.submit(read, batch))
                if len(window) >= settings.concurrency:
                    done = next(as_completed(window))
                    window.remove(done)
                    _store(db, report, done.result(), settings, load, writing)
            for done in as_completed(window):
                _store(db, report, done.result(), settings, load, writing)
        with writing(db) as con:
            report.alerts = raise_alerts(con, settings, report.run_id)
    publish(db, report.run_id, directory / "reports")
    wall = time.perf_counter() - started
    site.shutdown()
    return _counted(report, wall)


def _store(db: Path, report: Any, outcomes: list[Any], settings: Any, load: Any, writing: Any) -> None:
    with writing(db) as con:
        report.articles.add(load.store_pages(con, report.run_id, outcomes, settings.max_attempts))


def run_stages(total: int, directory: Path) -> dict[str, Any]:
    """Each stage alone on one thread, batch by batch, so its cost is its own."""
    from flows.http import Fetcher
    from flows.ingest import _article_targets, _batches, _due, _record_poll, raise_alerts, recorded_run
    from flows.parsing import extract_facts
    from flows.publish import publish
    from flows.tasks import fetch_batch, poll
    from parsers.article import parse_article
    from parsers.relevance import score
    from warehouse import load
    from warehouse.db import held, writing
    from warehouse.records import PageOutcome

    settings, _, site = _settings_and_site(total, directory)
    db = directory / "stages.duckdb"
    clock = Stopwatch()
    started = time.perf_counter()
    with held(db), recorded_run(db) as report, Fetcher(settings.fetch) as fetcher:
        with clock.stage("poll"):
            for state in _due(settings, db, report):
                _record_poll(db, report, poll(state, fetcher), settings, state)
        targets = _article_targets(db, settings)
        for batch in _batches(targets, settings.batch_size):
            with clock.stage("fetch"):
                pages = fetch_batch(batch, fetcher)
            outcomes = []
            for page in pages:
                with clock.stage("parse"):
                    article = parse_article(page.body, page.fetch.final_url or page.url, page.charset)
                    relevance = (
                        score(settings.topic, article.text, article.title) if article.paragraphs else None
                    )
                with clock.stage("extract"):
                    facts = extract_facts(article, bool(relevance and relevance.relevant), settings.catalog)
                outcomes.append(
                    PageOutcome(page, article, relevance, figures=facts.figures, targets=facts.targets)
                )
            with clock.stage("load"), writing(db) as con:
                report.articles.add(load.store_pages(con, report.run_id, outcomes, settings.max_attempts))
        with clock.stage("compare"), writing(db) as con:
            report.alerts = raise_alerts(con, settings, report.run_id)
    with clock.stage("report"):
        publish(db, report.run_id, directory / "reports")
    wall = time.perf_counter() - started
    site.shutdown()
    return _counted(report, wall) | {"stages": dict(clock.seconds)}


RUNNERS = {"flow": run_flow, "plain": run_plain, "stages": run_stages}


def measure(mode: str, total: int) -> dict[str, Any]:
    """One mode at one size in a fresh process; its result as JSON on the last line of its output."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(total)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{mode} at {total} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def child(mode: str, total: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = RUNNERS[mode](total, Path(tmp))
    result["peak_rss_mb"], result["worker_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--child", nargs=2, metavar=("MODE", "ARTICLES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    print("| articles | mode | wall s | new articles/s | relevant | figures | peak RSS MB (child) | notes |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for total in args.articles:
        for mode in args.modes:
            r = measure(mode, total)
            notes = ""
            if mode == "stages":
                notes = ", ".join(f"{s} {r['stages'].get(s, 0):.1f} s" for s in STAGES)
            elif mode == "flow":
                notes = f"reparse of {r['reparsed']} pages {r['reparse_wall']:.1f} s"
            print(
                f"| {total} | {mode} | {r['wall']:.1f} | {r['articles'] / r['wall']:.0f} | {r['relevant']} "
                f"| {r['figures']} | {r['peak_rss_mb']:.0f} ({r['worker_rss_mb']:.0f}) | {notes} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
