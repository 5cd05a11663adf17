"""Scale-out: groups of sources polled into spools and staged as Parquet, merged by one loader.

The demo site is crawled twice over its two days, once by the single-process flow and
once by two staging groups plus the loader; the two warehouses must hold the same facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.demo import DemoSite, demo_site
from flows.ingest import poll_sources
from flows.stage import load_staged, stage_sources
from tests.newsroom import rows
from warehouse.db import writing
from warehouse.staging import MANIFEST, BatchError, load_batch, ready_batches

pytestmark = pytest.mark.usefixtures("prefect_server")
GROUPS = (["news"], ["ministry"])
# What a warehouse knows, leaving out what differs by run (ids, times, fetch logs).
FACTS = {
    "articles": "SELECT article_id, canonical_url, title, relevant, copy_of, text FROM articles",
    "entries": "SELECT source_id, entry_key, state, article_id FROM entries",
    "article_sources": "SELECT article_id, source_id, entry_key FROM article_sources",
    "figures": "SELECT figure_id, article_id, value, unit, kind, period, geo, metric_key FROM figures",
    "targets": "SELECT target_id, article_id, value, comparator, year, metric_key FROM targets",
    "alerts": "SELECT alert_id, kind, severity, summary FROM alerts",
    "sources": "SELECT source_id, etag, failure_streak, last_error FROM sources",
}


def facts(db: Path) -> dict[str, list[tuple[object, ...]]]:
    return {name: sorted(rows(db, sql), key=repr) for name, sql in FACTS.items()}


@pytest.fixture
def demo() -> Iterator[DemoSite]:
    with demo_site() as site:
        yield site


def stage_and_load(demo: DemoSite, staging: Path, spools: Path, db: Path) -> None:
    for tags in GROUPS:
        stage_sources(tags=tags, config=str(demo.config), staging=str(staging), spool=str(spools / tags[0]))
    load_staged(config=str(demo.config), db=str(db), staging=str(staging))


def test_two_groups_merged_by_the_loader_equal_a_single_process_run(demo: DemoSite, tmp_path: Path) -> None:
    single, merged = tmp_path / "single.duckdb", tmp_path / "merged.duckdb"
    staging, spools = tmp_path / "staging", tmp_path / "spools"
    for day in (1, 2):
        demo.day = day
        poll_sources(config=str(demo.config), db=str(single))
        stage_and_load(demo, staging, spools, merged)
        expected, found = facts(single), facts(merged)
        for table in FACTS:
            assert found[table] == expected[table], f"day {day}: {table} differs"
    assert len(expected["alerts"]) > 50 and any(a[1] == "conflict" for a in expected["alerts"])
    assert rows(merged, "SELECT count(*), count(DISTINCT grp) FROM staged_batches") == [(4, 2)]
    assert list(ready_batches(staging)) == []  # every batch merged and moved to loaded/


def test_nothing_new_stages_nothing_and_a_batch_loaded_twice_adds_nothing(
    demo: DemoSite, tmp_path: Path
) -> None:
    db, staging, spool = tmp_path / "warehouse.duckdb", tmp_path / "staging", tmp_path / "spool.duckdb"
    first = stage_sources(tags=["news"], config=str(demo.config), staging=str(staging), spool=str(spool))
    assert first.batch and first.batch.rows["articles"] > 0
    again = stage_sources(tags=["news"], config=str(demo.config), staging=str(staging), spool=str(spool))
    # Only the second run's own log (its run row and 304 fetches, its sources' poll times) is new.
    assert again.batch and set(again.batch.rows) <= {"runs", "fetches", "sources"}

    folder = next(ready_batches(staging))
    with writing(db) as con:
        assert load_batch(con, folder) is not None
    before = {name: rows(db, f"SELECT count(*) FROM {name}") for name in ("articles", "figures", "fetches")}
    with writing(db) as con:
        assert load_batch(con, folder) is None
    load_staged(config=str(demo.config), db=str(db), staging=str(staging))
    load_staged(config=str(demo.config), db=str(db), staging=str(staging))
    after = {name: rows(db, f"SELECT count(*) FROM {name}") for name in ("articles", "figures")}
    assert after == {name: before[name] for name in after}
    assert rows(db, "SELECT count(*) FROM staged_batches") == [(2,)]


def test_a_batch_staged_again_after_a_crash_merges_as_a_no_op(demo: DemoSite, tmp_path: Path) -> None:
    """A worker killed after publishing a batch but before committing its spool stages the rows again."""
    db, staging, spool = tmp_path / "warehouse.duckdb", tmp_path / "staging", tmp_path / "spool.duckdb"
    stage_sources(tags=["ministry"], config=str(demo.config), staging=str(staging), spool=str(spool))
    with duckdb.connect(str(spool)) as con:  # forget what was staged, as the lost commit would
        con.execute("DELETE FROM staged_rows")
    stage_sources(tags=["ministry"], config=str(demo.config), staging=str(staging), spool=str(spool))
    batches = list(ready_batches(staging))
    assert len(batches) == 2
    load_staged(config=str(demo.config), db=str(db), staging=str(staging))
    once = tmp_path / "once.duckdb"
    poll_sources(config=str(demo.config), db=str(once), tags=["ministry"])
    assert rows(db, "SELECT count(*) FROM fetches WHERE purpose = 'article'") == rows(
        spool, "SELECT count(*) FROM fetches WHERE purpose = 'article'"
    )
    for table in ("articles", "figures", "targets", "alerts"):
        assert facts(db)[table] == facts(once)[table]


def test_half_written_and_damaged_batches_are_never_loaded(demo: DemoSite, tmp_path: Path) -> None:
    db, staging, spool = tmp_path / "warehouse.duckdb", tmp_path / "staging", tmp_path / "spool.duckdb"
    stage_sources(tags=["news"], config=str(demo.config), staging=str(staging), spool=str(spool))
    folder = next(ready_batches(staging))
    partial = staging / f".{folder.name}.partial"  # a worker still writing: hidden, no manifest yet
    partial.mkdir()
    (partial / "articles.parquet").write_bytes(b"PAR1 not yet")
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["rows"]["articles"] += 1  # a copy that lost rows on the way
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(BatchError, match="incomplete copy"), writing(db) as con:
        load_batch(con, folder)
    report = load_staged(config=str(demo.config), db=str(db), staging=str(staging))
    assert report.status == "completed" and any("incomplete copy" in e for e in report.errors)
    assert rows(db, "SELECT count(*) FROM articles") == [(0,)]
    assert rows(db, "SELECT count(*) FROM staged_batches") == [(0,)]
    assert folder.exists() and partial.exists()  # left in place for a person to look at
