"""A run keeps one write connection across its batches, and lets waiting processes in."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from warehouse.db import connect, held, reading, waiting_room, writing

ROOT = Path(__file__).resolve().parents[1]


def _table(db: Path) -> None:
    with writing(db) as con:
        con.execute("CREATE TABLE notes (n INTEGER PRIMARY KEY)")


def _count(db: Path) -> int:
    with reading(db) as con:
        return int(con.execute("SELECT count(*) FROM notes").fetchall()[0][0])


def test_batches_inside_held_share_one_connection_and_each_commits(db: Path) -> None:
    _table(db)
    seen = set()
    with held(db):
        for n in range(5):
            with writing(db) as con:
                con.execute("INSERT INTO notes VALUES (?)", [n])
                seen.add(id(con))
    assert len(seen) == 1
    assert _count(db) == 5


def test_a_failed_batch_rolls_back_and_the_next_one_writes_on_a_new_connection(db: Path) -> None:
    _table(db)
    with held(db):
        with pytest.raises(duckdb.ConstraintException), writing(db) as failed:
            failed.execute("INSERT INTO notes VALUES (1)")
            failed.execute("INSERT INTO notes VALUES (1)")
        with writing(db) as con:
            con.execute("INSERT INTO notes VALUES (2)")
            assert con is not failed
    assert _count(db) == 1


def test_a_read_in_the_same_process_releases_the_connection(db: Path) -> None:
    _table(db)
    with held(db):
        with writing(db) as con:
            con.execute("INSERT INTO notes VALUES (1)")
        assert _count(db) == 1  # DuckDB refuses a read-only connection beside a held writable one
        with writing(db) as con:
            con.execute("INSERT INTO notes VALUES (2)")
    assert _count(db) == 2


def test_a_write_nested_in_a_batch_gets_its_own_transaction(db: Path) -> None:
    _table(db)
    with held(db), writing(db) as outer:
        outer.execute("INSERT INTO notes VALUES (1)")
        with writing(db) as inner:
            inner.execute("INSERT INTO notes VALUES (2)")
    assert _count(db) == 2


def test_a_reader_in_another_process_is_let_in_at_the_next_commit(db: Path) -> None:
    _table(db)
    reader = (
        "import sys; from warehouse.db import reading\n"
        "with reading(sys.argv[1]) as con:\n"
        "    print(con.execute('SELECT count(*) FROM notes').fetchall()[0][0])\n"
    )
    with held(db):
        with writing(db) as con:
            con.execute("INSERT INTO notes VALUES (0)")
        process = subprocess.Popen(
            [sys.executable, "-c", reader, str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        n = 0
        while process.poll() is None:  # the run goes on writing batches
            n += 1
            with writing(db) as con:
                con.execute("INSERT INTO notes VALUES (?)", [n])
            time.sleep(0.02)
        out, err = process.communicate()
    assert process.returncode == 0, err
    assert int(out) >= 1
    assert not waiting_room(db).exists()
    con = connect(db)
    try:
        assert con.execute("SELECT count(*) FROM notes").fetchall()[0][0] == n + 1
    finally:
        con.close()
