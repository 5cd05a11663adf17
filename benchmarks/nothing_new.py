"""A scheduled run with nothing new, against warehouses holding 10k, 100k and 1M figures.

    .venv/bin/python benchmarks/nothing_new.py --figures 10000 100000 1000000

For each size a warehouse is filled with a synthetic history (as in ``warehouse_scale.py``),
then the real ``poll-sources`` flow polls ten feeds of the ingestion benchmark's site
once (their 50 articles are new), and then five times more: every feed answers 304.
The table gives the median and fastest wall time of those flow calls; Prefect's
temporary server is started before the first measurement and not counted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.loopback import offline_environment, write_config

offline_environment()

FEEDS = 10
ARTICLES = 50
RUNS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()

    from benchmarks.synthetic import start_site
    from benchmarks.warehouse_scale import fill
    from flows.ingest import poll_sources
    from warehouse.db import connect

    site = start_site(ARTICLES)
    print("| figures stored | run with nothing new: median s | fastest s | sources polled |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        # Ten feeds listing the same items stand for ten sources; polled at every run.
        urls = [f"{site.base}/feed/0?copy={i}" for i in range(FEEDS)]
        config = write_config(Path(tmp) / "sources.toml", urls, "min_interval = 0\nmax_interval = 0\n")
        poll_sources(config=str(config), db=str(Path(tmp) / "warm.duckdb"))  # start Prefect's server
        for size in args.figures:
            db = Path(tmp) / f"nothing-new-{size}.duckdb"
            con = connect(db)
            fill(con, size)
            con.close()
            poll_sources(config=str(config), db=str(db))  # the feeds' articles arrive
            walls = []
            for _ in range(RUNS):
                started = time.perf_counter()
                report = poll_sources(config=str(config), db=str(db))
                walls.append(time.perf_counter() - started)
            walls.sort()
            print(f"| {size:,} | {walls[RUNS // 2]:.2f} | {walls[0]:.2f} | {report.sources_ok} |", flush=True)
    site.shutdown()


if __name__ == "__main__":
    main()
