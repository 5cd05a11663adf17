"""Staged batches: how the work of many workers reaches the one warehouse.

DuckDB allows one writer, so workers on other machines do not write the warehouse.
Each runs the ordinary pipeline against a spool warehouse of its own (its crawl
state: validators, entries seen, articles fetched), then stages the rows that are new
or changed since its last batch as Parquet files in a shared folder. One loader
merges the batches into the warehouse.

Two rules make this safe:
- A batch is written into a hidden folder and renamed into place only when whole, so a
  half-written batch is never seen by the loader.
- Each batch is merged in one transaction together with its ledger row in
  ``staged_batches``, and every row is merged by its key, so a batch loaded twice, or
  staged twice after a crash, adds nothing.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from warehouse.db import WarehouseError

MANIFEST = "manifest.json"
PARTIAL_SUFFIX = ".partial"
LOADED_FOLDER = "loaded"


@dataclass(frozen=True)
class StagedTable:
    """A table that workers stage: its primary key, and whether its rows change once written."""

    name: str
    key: tuple[str, ...]
    mutable: bool = False  # changed rows are found by a hash of the whole row, else by key alone


# In load order. Not staged: alerts (raised by the loader's comparison), sketches (made
# again by the loader, which sees every group's articles), reference figures.
STAGED_TABLES = (
    StagedTable("sources", ("source_id",), mutable=True),
    StagedTable("runs", ("run_id",), mutable=True),
    StagedTable("fetches", ("fetch_id",)),
    StagedTable("entries", ("source_id", "entry_key"), mutable=True),
    StagedTable("articles", ("article_id",)),
    StagedTable("article_urls", ("url",)),
    StagedTable("article_sources", ("article_id", "source_id")),
    StagedTable("raw_pages", ("page_hash",)),
    StagedTable("figures", ("figure_id",)),
    StagedTable("targets", ("target_id",)),
)
# Fetch ids come from each spool's own sequence; the loader gives fetches new ones and
# recognises a fetch staged twice by what it was.
FETCH_IDENTITY = ("run_id", "purpose", "url", "fetched_at")


class BatchError(WarehouseError):
    """A staged batch that cannot be merged as it is (incomplete copy, unknown table)."""


@dataclass(frozen=True)
class Batch:
    batch_id: str
    group: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _key_hash(table: StagedTable) -> str:
    return f"hash({', '.join(f't.{column}' for column in table.key)})"


def _stage_table(con: duckdb.DuckDBPyConnection, table: StagedTable, folder: Path) -> int:
    """Write the table's rows not staged before (or changed since) to Parquet; returns how many."""
    row_hash = "hash(t)" if table.mutable else "NULL::UBIGINT"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _staging AS"
        f" SELECT {_key_hash(table)} AS _row_key, {row_hash} AS _row_hash, t.* FROM {table.name} t"
        f" WHERE NOT EXISTS (SELECT 1 FROM staged_rows m WHERE m.table_name = ?"
        f"  AND m.row_key = {_key_hash(table)} AND m.row_hash IS NOT DISTINCT FROM {row_hash})",
        [table.name],
    ).fetchall()
    (count,) = con.execute("SELECT count(*) FROM _staging").fetchall()[0]
    if count:
        target = folder / f"{table.name}.parquet"
        con.execute(
            f"COPY (SELECT * EXCLUDE (_row_key, _row_hash) FROM _staging) TO '{target}' (FORMAT parquet)"
        ).fetchall()
        con.execute(
            "INSERT INTO staged_rows SELECT ?, _row_key, _row_hash FROM _staging"
            " ON CONFLICT DO UPDATE SET row_hash = excluded.row_hash",
            [table.name],
        ).fetchall()
    con.execute("DROP TABLE _staging").fetchall()
    return int(count)


def stage_batch(con: duckdb.DuckDBPyConnection, staging: Path, group: str) -> Batch | None:
    """Stage what changed in a spool warehouse since its last batch; ``None`` when nothing did.

    Call inside the spool's write transaction and commit after it returns: the batch is
    renamed into place first, so a crash in between stages the same rows again (which
    the loader merges as a no-op) rather than losing them.
    """
    staging.mkdir(parents=True, exist_ok=True)
    for stale in staging.glob(f".*-{group}-*{PARTIAL_SUFFIX}"):  # left by a crash of this group's worker
        shutil.rmtree(stale, ignore_errors=True)
    batch_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{group}-{uuid.uuid4().hex[:8]}"
    partial = staging / f".{batch_id}{PARTIAL_SUFFIX}"
    partial.mkdir()
    try:
        rows = {t.name: n for t in STAGED_TABLES if (n := _stage_table(con, t, partial))}
        if not rows:
            shutil.rmtree(partial)
            return None
        manifest = {"batch_id": batch_id, "group": group, "staged_at": datetime.now(UTC).isoformat()}
        (partial / MANIFEST).write_text(json.dumps({**manifest, "rows": rows}, indent=1), encoding="utf-8")
        partial.rename(staging / batch_id)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return Batch(batch_id=batch_id, group=group, rows=rows)


def ready_batches(staging: Path) -> Iterator[Path]:
    """Published batch folders, oldest first (their names start with the staging time)."""
    if not staging.is_dir():
        return
    for folder in sorted(staging.iterdir()):
        if folder.is_dir() and not folder.name.startswith(".") and (folder / MANIFEST).is_file():
            yield folder


def _manifest(folder: Path) -> tuple[Batch, datetime]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        rows = {str(k): int(v) for k, v in data["rows"].items()}
        batch = Batch(batch_id=str(data["batch_id"]), group=str(data["group"]), rows=rows)
        return batch, datetime.fromisoformat(data["staged_at"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BatchError(f"{folder}: unreadable {MANIFEST}: {exc}") from exc


def _merge_table(con: duckdb.DuckDBPyConnection, table: StagedTable, file: Path, expected: int) -> None:
    (found,) = con.execute(
        "SELECT coalesce(sum(num_rows), 0) FROM parquet_file_metadata(?)", [str(file)]
    ).fetchall()[0]
    if found != expected:
        raise BatchError(f"{file}: {found} rows where the manifest says {expected} (an incomplete copy?)")
    if table.name == "fetches":
        same = " AND ".join(f"f.{c} = s.{c}" for c in FETCH_IDENTITY)
        con.execute(
            "INSERT INTO fetches BY NAME SELECT s.* EXCLUDE (fetch_id) FROM read_parquet(?) s"
            f" WHERE NOT EXISTS (SELECT 1 FROM fetches f WHERE {same})",
            [str(file)],
        ).fetchall()
    else:
        con.execute(
            f"INSERT OR REPLACE INTO {table.name} BY NAME SELECT * FROM read_parquet(?)", [str(file)]
        ).fetchall()


def load_batch(con: duckdb.DuckDBPyConnection, folder: Path) -> Batch | None:
    """Merge one batch inside the caller's transaction; ``None`` when it was loaded before.

    Rows replace the warehouse's rows of the same key: a worker owns its sources'
    state, and an article fetched by two groups is the same row from either.
    """
    batch, staged_at = _manifest(folder)
    if con.execute("SELECT 1 FROM staged_batches WHERE batch_id = ?", [batch.batch_id]).fetchall():
        return None
    unknown = set(batch.rows) - {t.name for t in STAGED_TABLES}
    if unknown:
        raise BatchError(f"{folder}: tables this tradewatch does not stage: {', '.join(sorted(unknown))}")
    for table in STAGED_TABLES:
        if table.name in batch.rows:
            _merge_table(con, table, folder / f"{table.name}.parquet", batch.rows[table.name])
    con.execute(
        "INSERT INTO staged_batches VALUES (?, ?, ?, ?, ?)",
        [batch.batch_id, batch.group, batch.total, staged_at, datetime.now(UTC)],
    ).fetchall()
    return batch


def archive(staging: Path, folder: Path) -> None:
    """Move a merged batch out of the way; the ledger, not the folder, keeps loads idempotent."""
    done = staging / LOADED_FOLDER
    done.mkdir(exist_ok=True)
    folder.replace(done / folder.name)
