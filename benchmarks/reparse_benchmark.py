"""Re-parse on Prefect's default thread runner and on a local Dask cluster (prefect-dask).

    .uv/bin/uv sync --extra dask
    .venv/bin/python benchmarks/reparse_benchmark.py --articles 1000

Crawls synthetic articles (the ingestion benchmark's site) into a fresh warehouse, then
times ``reparse`` over every stored page, alternating the two runners. A first row
times the parsing alone (plain function calls, one process) for the split of the time. A real Prefect
server is started first (``prefect server start`` on a free loopback port): without
one, each Dask worker process would start a temporary API of its own.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(home: Path) -> subprocess.Popen[bytes]:
    """A Prefect server for this process and the Dask workers it starts (they inherit the env)."""
    port = _free_port()
    os.environ.update(
        {
            "PREFECT_HOME": str(home),
            "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "PREFECT_LOGGING_LEVEL": "WARNING",
            "TRADEWATCH_HOST_RATE": "0",
        }
    )
    prefect = str(Path(sys.executable).parent / "prefect")
    server = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        try:
            if httpx.get(f"{os.environ['PREFECT_API_URL']}/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(1)
    server.terminate()
    raise SystemExit("the Prefect server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp) / "prefect-home")
        try:
            measure(Path(tmp), args.articles, args.rounds)
        finally:
            server.terminate()
            server.wait()


def measure(tmp: Path, articles: int, rounds: int) -> None:
    from benchmarks.loopback import feed_urls, write_config
    from benchmarks.synthetic import start_site
    from flows.ingest import poll_sources
    from flows.reparse import reparse, reparse_pages
    from flows.reparse_dask import reparse_on_dask
    from flows.settings import load_settings
    from warehouse import load
    from warehouse.db import reading

    site = start_site(articles)
    config = write_config(tmp / "sources.toml", feed_urls(site, articles))
    db = tmp / "bench.duckdb"
    poll_sources(config=str(config), db=str(db))
    print("| runner | articles | wall s | articles/s |\n|---|---:|---:|---:|", flush=True)
    settings = load_settings(config)
    with reading(db) as con:
        pages = load.stored_pages(con, after="", since=None, limit=articles)
    started = time.perf_counter()
    reparse_pages(pages, settings.topic, settings.catalog)
    wall = time.perf_counter() - started
    print(
        f"| parse only (plain calls, no Prefect, no writes) | {len(pages)} | {wall:.1f} "
        f"| {len(pages) / wall:.0f} |"
    )
    for _ in range(rounds):
        for label, flow in (
            ("thread (default)", reparse),
            (f"dask, {os.cpu_count()} processes", reparse_on_dask),
        ):
            started = time.perf_counter()
            report = flow(config=str(config), db=str(db))
            wall = time.perf_counter() - started
            print(f"| {label} | {report.scanned} | {wall:.1f} | {report.scanned / wall:.0f} |", flush=True)
    site.shutdown()


if __name__ == "__main__":
    main()
