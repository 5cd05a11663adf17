"""Exporting the warehouse as Parquet files partitioned by month, for pandas, polars, Spark or a lake.

DuckDB writes the files itself (``COPY ... PARTITION_BY``): ``DIR/<table>/month=YYYY-MM/*.parquet``,
which every Parquet reader understands as a partitioned dataset. Exporting again
replaces the files, so an export is always a consistent copy.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

# table -> the timestamp that places a row in a month
PARTITIONED = {
    "articles": "coalesce(published_at, fetched_at)",
    "figures": "extracted_at",
    "targets": "extracted_at",
    "alerts": "created_at",
    "fetches": "fetched_at",
    "runs": "started_at",
}
WHOLE = ("sources", "reference_figures")


def _quoted(path: Path) -> str:
    """A path as an SQL string literal (COPY takes no parameter for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def export_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, int]:
    """Write every table under ``folder``; returns the rows written per table."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table, when in PARTITIONED.items():
        con.execute(
            f"COPY (SELECT *, strftime({when}, '%Y-%m') AS month FROM {table}) TO {_quoted(folder / table)}"
            " (FORMAT parquet, PARTITION_BY (month), OVERWRITE)"
        ).fetchall()
        written[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    for table in WHOLE:
        con.execute(f"COPY {table} TO {_quoted(folder / f'{table}.parquet')} (FORMAT parquet)").fetchall()
        written[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    return written


def prune_raw_pages(con: duckdb.DuckDBPyConnection, older_than_days: int) -> int:
    """Drop the kept raw HTML of pages fetched more than ``older_than_days`` ago; returns how many.

    Articles, figures, targets and alerts keep their text, sentences and quotes, so every
    figure still shows where it came from; only `tradewatch reparse` can no longer
    re-read those pages.
    """
    ((dropped,),) = con.execute(
        "DELETE FROM raw_pages WHERE fetched_at < now() - to_days(?)", [older_than_days]
    ).fetchall()
    return int(dropped)
