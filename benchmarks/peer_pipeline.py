"""A peer pipeline on the synthetic benchmark corpus: trafilatura for text, quantulum3 for numbers.

Neither library is a dependency of tradewatch. Install them in a separate virtualenv and run this
file with its Python; it imports the synthetic site and nothing of ``flows``, ``parsers`` or
``warehouse``:

    uv venv /tmp/peers --python python3.11
    uv pip install --python /tmp/peers/bin/python trafilatura quantulum3 feedparser duckdb pyarrow
    /tmp/peers/bin/python benchmarks/peer_pipeline.py --articles 1000 --runs 3 [--threads 4] [--processes 2]

The site of ``synthetic.py`` serves the feeds and pages from 127.0.0.1, as for
``pipeline_benchmark.py``. A run reads every feed with feedparser, then fetches each article on a
pool of ``--threads`` threads (the flow's default concurrency is 4), takes text, title and date
from trafilatura's ``bare_extraction``, finds the quantities in the text with
``quantulum3.parser.parse``, and writes articles and quantities into a fresh DuckDB file through
Arrow, one insert per table for every 100 articles. With ``--processes N`` the pages are read
(text and numbers) in N worker processes started within the run, as the flow does for a large
backlog; otherwise on the fetching threads. Both libraries are loaded and used once before the
first run; that start-up is printed but not billed, as the start of Prefect's server is not
billed on our side.

CPU s is that of this process (the site's threads included) and of its worker processes. Per stage,
``s`` sums the wall time spent in it (by the threads or workers for fetch, text and numbers, by
the main thread for store); threads waiting for the GIL count as busy, so the stages add up to
more than the wall time. ``cpu s`` is the CPU time of the threads in the stage.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import feedparser  # type: ignore[import-not-found]
import pyarrow as pa  # type: ignore[import-not-found]
import trafilatura  # type: ignore[import-not-found]
from quantulum3 import parser as quantities  # type: ignore[import-not-found]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import PER_FEED, article, start_site

BATCH = 100
STAGES = ("fetch", "text", "numbers", "store")
SCHEMA = """
CREATE TABLE articles (id INTEGER, url VARCHAR, title VARCHAR, published DATE, body VARCHAR);
CREATE TABLE quantities (
    article_id INTEGER, value DOUBLE, unit VARCHAR, entity VARCHAR, surface VARCHAR,
    span_start INTEGER, span_end INTEGER
);
"""


@dataclass
class Clock:
    """Wall and thread CPU seconds summed per stage, and the latest usage of each worker process."""

    wall: Counter[str] = field(default_factory=Counter)
    cpu: Counter[str] = field(default_factory=Counter)
    workers: dict[int, tuple[float, float]] = field(default_factory=dict)  # pid: CPU s, peak RSS MB

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            self.wall[name] += time.perf_counter() - wall
            self.cpu[name] += time.thread_time() - cpu

    def add(self, other: Clock) -> None:
        self.wall.update(other.wall)
        self.cpu.update(other.cpu)
        for pid, (cpu, rss) in other.workers.items():
            known_cpu, known_rss = self.workers.get(pid, (0.0, 0.0))
            self.workers[pid] = (max(cpu, known_cpu), max(rss, known_rss))


@dataclass(frozen=True)
class Page:
    url: str
    title: str | None
    published: str | None
    body: str
    quantities: list[tuple[float, str, str, str, int, int]]


@dataclass(frozen=True)
class Run:
    articles: int
    dated: int
    quantities: int
    wall: float
    cpu: float
    clock: Clock


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        charset = response.headers.get_content_charset() or "utf-8"
        return response.read().decode(charset, errors="replace")


def feed_links(url: str) -> tuple[list[str], Clock]:
    clock = Clock()
    with clock.stage("fetch"):
        links = [entry.link for entry in feedparser.parse(get(url)).entries]
    return links, clock


def find_quantities(text: str) -> list[tuple[float, str, str, str, int, int]]:
    return [
        (float(q.value), q.unit.name, q.unit.entity.name, q.surface, q.span[0], q.span[1])
        for q in quantities.parse(text)
    ]


def read(html: str, url: str) -> tuple[Page, Clock]:
    """Text and metadata by trafilatura, then the quantities in the text by quantulum3."""
    clock = Clock()
    with clock.stage("text"):
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    body = (document.text or "") if document is not None else ""
    with clock.stage("numbers"):
        found = find_quantities(body) if body else []
    title = document.title if document is not None else None
    published = document.date if document is not None else None
    return Page(url, title, published, body, found), clock


def read_in_worker(html: str, url: str) -> tuple[Page, Clock]:
    page, clock = read(html, url)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    clock.workers[os.getpid()] = (usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
    return page, clock


def process(url: str, readers: Executor | None) -> tuple[Page, Clock]:
    """Fetch one article, then read it here or in a worker process."""
    clock = Clock()
    with clock.stage("fetch"):
        html = get(url)
    page, read_clock = readers.submit(read_in_worker, html, url).result() if readers else read(html, url)
    clock.add(read_clock)
    return page, clock


@contextmanager
def reading_processes(processes: int) -> Iterator[Executor | None]:
    """Worker processes that read pages, if asked for; a fork server, as the process has threads."""
    if processes < 1:
        yield None
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__"])
    with ProcessPoolExecutor(processes, mp_context=context, initializer=warm_up) as pool:
        yield pool


def store(con: duckdb.DuckDBPyConnection, pages: list[Page], first_id: int) -> None:
    """One insert per table for the whole batch, from Arrow tables."""
    ids = range(first_id, first_id + len(pages))
    articles = pa.table(
        {
            "id": pa.array(ids, pa.int32()),
            "url": [p.url for p in pages],
            "title": [p.title for p in pages],
            "published": [p.published for p in pages],
            "body": [p.body for p in pages],
        }
    )
    rows = [(i, *q) for i, p in zip(ids, pages, strict=True) for q in p.quantities]
    columns = list(zip(*rows, strict=True)) if rows else [()] * 7
    found = pa.table(
        {
            "article_id": pa.array(columns[0], pa.int32()),
            "value": pa.array(columns[1], pa.float64()),
            "unit": pa.array(columns[2], pa.string()),
            "entity": pa.array(columns[3], pa.string()),
            "surface": pa.array(columns[4], pa.string()),
            "span_start": pa.array(columns[5], pa.int32()),
            "span_end": pa.array(columns[6], pa.int32()),
        }
    )
    con.begin()
    con.register("article_batch", articles)
    con.register("quantity_batch", found)
    con.execute(
        "INSERT INTO articles SELECT id, url, title, TRY_CAST(published AS DATE), body FROM article_batch"
    )
    con.execute("INSERT INTO quantities SELECT * FROM quantity_batch")
    con.unregister("article_batch")
    con.unregister("quantity_batch")
    con.commit()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(base: str, total: int, threads: int, processes: int, db: Path) -> Run:
    """Crawl the site's feeds and articles into ``db``."""
    clock = Clock()
    con = duckdb.connect(str(db))
    con.execute(SCHEMA)
    feeds = [f"{base}/feed/{i}" for i in range((total + PER_FEED - 1) // PER_FEED)]
    stored = 0
    cpu = cpu_seconds()
    started = time.perf_counter()
    with reading_processes(processes) as readers, ThreadPoolExecutor(max_workers=threads) as pool:
        links: dict[str, None] = {}
        for feed, feed_clock in pool.map(feed_links, feeds):
            links.update(dict.fromkeys(feed))
            clock.add(feed_clock)
        pending: list[Page] = []
        for future in as_completed([pool.submit(process, url, readers) for url in links]):
            page, page_clock = future.result()
            clock.add(page_clock)
            pending.append(page)
            if len(pending) == BATCH:
                with clock.stage("store"):
                    store(con, pending, stored)
                stored, pending = stored + len(pending), []
        if pending:
            with clock.stage("store"):
                store(con, pending, stored)
            stored += len(pending)
    wall = time.perf_counter() - started
    cpu = cpu_seconds() - cpu + sum(cpu for cpu, _ in clock.workers.values())
    with_text, dated, found = con.execute(
        "SELECT (SELECT count(*) FROM articles WHERE body <> ''), (SELECT count(published) FROM articles), "
        "(SELECT count(*) FROM quantities)"
    ).fetchone()
    con.close()
    return Run(with_text, dated, found, wall, cpu, clock)


def warm_up() -> float:
    """Load trafilatura's and quantulum3's lazy data with one page; the seconds it took.

    quantulum3 builds its unit tables on its first parse, about two seconds.
    """
    started = time.perf_counter()
    document = trafilatura.bare_extraction(article(0), with_metadata=True)
    quantities.parse(document.text)
    return time.perf_counter() - started


def row(number: int, result: Run) -> str:
    rate = result.articles / result.wall
    cells = (result.articles, number, f"{result.wall:.2f}", f"{rate:.0f}", result.dated, result.quantities)
    worker = max((rss for _, rss in result.clock.workers.values()), default=0.0)
    cells += (f"{result.cpu:.2f}", f"{peak_rss_mb():.0f} ({worker:.0f})")
    return "| " + " | ".join(map(str, cells)) + " |"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--processes", type=int, default=0, help="worker processes that read pages")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    imports = time.process_time()
    first = warm_up()
    print(f"Start-up, not billed: {imports:.2f} s CPU to import, {first:.2f} s for the first page.\n")
    results: list[tuple[int, int, Run]] = []
    print(
        "| articles | run | wall s | articles/s | dated | quantities | CPU s | peak RSS MB (largest worker) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for total in args.articles:
            site = start_site(total)
            for number in range(1, args.runs + 1):
                db = Path(tmp) / f"peer-{total}-{number}.duckdb"
                result = run(site.base, total, args.threads, args.processes, db)
                results.append((total, number, result))
                print(row(number, result), flush=True)
            site.shutdown()
    print(
        f"\nPer stage, {args.threads} threads, {args.processes} worker processes "
        "(s: summed wall time in the stage; cpu s: its threads' CPU):\n"
    )
    print("| articles | run | " + " | ".join(f"{s} s | {s} cpu s" for s in STAGES) + " |")
    print("|---:|---:|" + "---:|---:|" * len(STAGES))
    for total, number, result in results:
        cells = " | ".join(f"{result.clock.wall[s]:.2f} | {result.clock.cpu[s]:.2f}" for s in STAGES)
        print(f"| {total} | {number} | {cells} |")


if __name__ == "__main__":
    main()
