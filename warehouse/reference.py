"""Official statistics the user loads as reference records (``tradewatch load-reference FILE.csv``).

A reference record is an existing record like any other, but it wins: a news figure
that disagrees with it is a ``conflict`` naming the reference, whoever said it first.
Loading re-compares the stored figures of the same facts, so a reference loaded after
the news still catches the news figures that contradict it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from parsers.fingerprints import digest
from parsers.numbers import stated_precision
from parsers.periods import canonical
from warehouse.compare import compare
from warehouse.load import _run, insert_rows, now

COLUMNS = ("metric_key", "geo", "period", "kind", "value", "unit", "source", "url")
REQUIRED = ("metric_key", "period", "kind", "value", "source")
KINDS = ("level", "change", "cagr", "share", "count", "other")


class ReferenceError(ValueError):
    """A reference file that cannot be loaded, with the line that is wrong."""


@dataclass(frozen=True)
class Loaded:
    records: int
    alerts: int


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Validated rows of a reference CSV (header: metric_key, geo, period, kind, value, unit, source, url)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
            if missing:
                raise ReferenceError(
                    f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}"
                )
            return [_row(raw, f"{path}:{number}") for number, raw in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceError(f"{path}: {exc}") from None


def _row(raw: dict[str, str | None], where: str) -> dict[str, Any]:
    cell = {k: (raw.get(k) or "").strip() for k in COLUMNS}
    for name in REQUIRED:
        if not cell[name]:
            raise ReferenceError(f"{where}: {name} is empty")
    if cell["kind"] not in KINDS:
        raise ReferenceError(f"{where}: kind must be one of {', '.join(KINDS)}, not {cell['kind']!r}")
    try:
        value = float(cell["value"].replace(",", ""))
    except ValueError:
        raise ReferenceError(f"{where}: value {cell['value']!r} is not a number") from None
    period = canonical(cell["period"])
    unit = cell["unit"] or None
    key = "|".join(
        str(v) for v in (cell["metric_key"], cell["geo"], period, cell["kind"], unit, cell["source"])
    )
    return {
        "reference_id": digest(key, 24), "metric_key": cell["metric_key"], "geo": cell["geo"] or None,
        "period": period, "kind": cell["kind"], "value": value, "unit": unit,
        "precision": stated_precision(cell["value"], value), "source": cell["source"],
        "url": cell["url"] or None,
    }  # fmt: skip


def load_reference(con: duckdb.DuckDBPyConnection, rows: Iterable[dict[str, Any]], run_id: str) -> Loaded:
    """Store (or update) reference records, then compare the stored figures of the same facts again."""
    at = now()
    batch = [row | {"loaded_at": at} for row in rows]
    if not batch:
        return Loaded(0, 0)
    insert_rows(
        con,
        "reference_figures",
        batch,
        conflict="(reference_id) DO UPDATE SET value = excluded.value, precision = excluded.precision, "
        "url = excluded.url, loaded_at = excluded.loaded_at",
    )
    _run(
        con,
        """
        UPDATE articles SET compared_at = NULL
        WHERE article_id IN (
            SELECT f.article_id FROM figures f JOIN reference_figures r
              ON r.metric_key = f.metric_key AND r.geo IS NOT DISTINCT FROM f.geo AND r.period = f.period
             AND r.kind = f.kind AND r.unit IS NOT DISTINCT FROM f.unit
            WHERE r.reference_id IN (SELECT unnest(?)))
        """,
        [[row["reference_id"] for row in batch]],
    )
    return Loaded(records=len(batch), alerts=compare(con, run_id))
