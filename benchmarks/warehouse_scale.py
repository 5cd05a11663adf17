"""Does the comparison stay flat as the warehouse grows? Synthetic histories of 10k, 100k, 1M figures.

    .venv/bin/python benchmarks/warehouse_scale.py --figures 10000 100000 1000000

For each size a warehouse is filled in SQL with a history of that many figures (about
ten per article, 60 places, fifteen years of periods, all compared), then 100 new
articles with 1,000 new figures are added: facts of 100 metrics whose history is the
same 10,000 records at every size (the rest of the history is about 1,900 other
metrics), a fifth of them with a different value. The table gives the time of
``compare`` on the new batch (alerts included) and of a second ``compare`` with nothing
new: it should not grow with the history that the new figures do not touch.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

METRICS, PLACES, YEARS = 2000, 60, 15

ARTICLES = """
INSERT INTO articles (article_id, url, canonical_url, title, published_at, fetched_at, outlet, relevant,
                      text, first_run_id, compared_at)
SELECT prefix || i, 'http://bench.test/' || prefix || i, 'http://bench.test/' || prefix || i, 'story ' || i,
       TIMESTAMPTZ '2010-01-01' + to_hours(i::BIGINT), TIMESTAMPTZ '2010-01-01' + to_hours(i::BIGINT),
       'Outlet ' || (i % 40), TRUE, 'text', 'bench', CASE WHEN compared THEN now() END
FROM (SELECT ? AS prefix, ? AS compared), range(?, ?) t(i)
"""
FIGURES = """
INSERT INTO figures (figure_id, article_id, ordinal, value, unit, kind, period, geo, metric, metric_key,
                     catalogued, approx, sentence, span_start, span_end, quote, extractor_version,
                     extracted_at, precision, basis, prior_period)
SELECT prefix || i, prefix || (i // 10), i % 10,
       1000 + (i * 7919) % 100000 + CASE WHEN prefix = 'n' AND i % 5 = 0 THEN 5000 ELSE 0 END, 'CNY', 'level',
       (2010 + (i // 7) % 15)::TEXT, 'Place ' || ((i // 3) % 60), 'metric ' || m, 'bench.metric_' || m,
       FALSE, FALSE, 'A sentence.', 0, 4, 'text', 'bench', now(), 0.5, '', (2009 + (i // 7) % 15)::TEXT
FROM (SELECT ? AS prefix) p, range(?, ?) t(i),
     -- the new figures' 100 metrics have the same 10,000 records of history at every size;
     -- the rest of the history is about 1,900 other metrics
     LATERAL (SELECT CASE WHEN prefix = 'n' OR i < 10000 THEN (i * 31) % 100
                          ELSE 100 + (i * 31) % 1900 END AS m)
"""


def fill(con: object, figures: int) -> None:
    con.execute(ARTICLES, ["h", True, 0, figures // 10 + 1])  # type: ignore[attr-defined]
    con.execute(FIGURES, ["h", 0, figures])  # type: ignore[attr-defined]


def add_new(con: object, figures: int) -> None:
    """100 new articles, 1,000 figures of facts the history holds; every fifth says another value."""
    con.execute(ARTICLES, ["n", False, 0, 100])  # type: ignore[attr-defined]
    con.execute(FIGURES, ["n", 0, 1000])  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()

    from warehouse.compare import compare
    from warehouse.db import connect

    print("| figures stored | fill s | compare 1,000 new figures s | alerts | compare, nothing new s |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.figures:
            con = connect(Path(tmp) / f"scale-{size}.duckdb")
            started = time.perf_counter()
            fill(con, size)
            filled = time.perf_counter() - started
            add_new(con, size)
            con.execute("CHECKPOINT")
            started = time.perf_counter()
            alerts = compare(con, "bench")
            first = time.perf_counter() - started
            started = time.perf_counter()
            compare(con, "bench-again")
            again = time.perf_counter() - started
            con.close()
            print(f"| {size:,} | {filled:.1f} | {first:.2f} | {alerts} | {again:.3f} |", flush=True)


if __name__ == "__main__":
    main()
