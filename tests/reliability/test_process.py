"""Faults in the process and its files: two runs at once, foreign and damaged files, a full disk.

Every case runs the real ``tradewatch`` command in a subprocess against the session's
Prefect API and the test site, and ends with ``tradewatch check``.
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.pages import rss, story
from tests.reliability.conftest import TRADEWATCH, Ledger, command_env
from tests.site import Site
from tests.test_staging import facts
from warehouse.db import connect

pytestmark = [pytest.mark.usefixtures("prefect_server"), pytest.mark.slow]


def tradewatch(*args: str, limit_bytes: int | None = None) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it; ``limit_bytes`` caps the size of any file it writes."""

    def cap_file_size() -> None:  # in the child: a write past the cap fails with EFBIG
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes or 0, limit_bytes or 0))

    return subprocess.run(
        [TRADEWATCH, *args],
        env=command_env(),
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=cap_file_size if limit_bytes else None,
        check=False,
    )


def add_stories(site: Site, numbers: range) -> None:
    """Stories ``numbers`` on the site, and a feed of every story up to the last of them."""
    for n in numbers:
        site.add(f"/a/{n}.html", story(n))
    site.add(
        "/feed.xml", rss([{"link": f"{{base}}/a/{n}.html", "guid": f"s{n}"} for n in range(1, numbers.stop)])
    )


@pytest.fixture
def config(site: Site, tmp_path: Path) -> Path:
    add_stories(site, range(1, 7))
    return write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')


def test_foreign_files_are_refused_and_left_untouched(config: Path, tmp_path: Path, ledger: Ledger) -> None:
    text = tmp_path / "notes.duckdb"
    text.write_text("quarterly notes, not a database\n" * 100)
    lite = tmp_path / "other.duckdb"
    with sqlite3.connect(lite) as con:
        con.execute("CREATE TABLE t (x)")
    tried = 0
    for path in (text, lite):
        before = path.read_bytes()
        for args in (["run", "--config", str(config)], ["check"], ["sql", "SELECT 1"], ["status"]):
            done = tradewatch(*args, "--db", str(path))
            tried += 1
            assert done.returncode == 1 and "left untouched" in done.stderr, done.stderr
            assert len(done.stderr.strip().splitlines()) == 1
        assert path.read_bytes() == before
    ledger.record(
        "a foreign file (text, SQLite) given as the warehouse to run, check, sql, status", tried, tried
    )


def test_a_damaged_block_is_reported_by_check_and_the_file_is_left_as_it_was(
    config: Path, tmp_path: Path, ledger: Ledger
) -> None:
    db = tmp_path / "warehouse.duckdb"
    assert tradewatch("run", "--config", str(config), "--db", str(db)).returncode == 0
    assert tradewatch("check", "--db", str(db)).returncode == 0
    data = bytearray(db.read_bytes())
    headers = 3 * 4096  # the file header and the two database headers stay readable
    for offset in range(headers + 1024, len(data) - 64, 4096):  # damage every block after them
        data[offset : offset + 64] = bytes(64)
    db.write_bytes(bytes(data))
    done = tradewatch("check", "--db", str(db))
    assert done.returncode == 1 and str(db) in done.stderr, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert db.read_bytes() == bytes(data)
    ledger.record("damaged data blocks found by tradewatch check", 1, 1)


def test_a_full_disk_fails_the_run_cleanly_and_keeps_what_was_there(
    site: Site, config: Path, tmp_path: Path, ledger: Ledger
) -> None:
    db = tmp_path / "warehouse.duckdb"
    assert tradewatch("run", "--config", str(config), "--db", str(db)).returncode == 0
    before = facts(db)
    add_stories(site, range(7, 41))  # new articles that need room
    full = tradewatch("run", "--config", str(config), "--db", str(db), limit_bytes=64 * 1024)
    # Either the run stops with the error, or (when recording the failed batch still fits)
    # it records the batch as failed and goes on; either way it says so.
    assert "File too large" in full.stderr + full.stdout, full.stdout + full.stderr
    assert tradewatch("check", "--db", str(db)).returncode == 0
    after = facts(db)
    kept = ("articles", "entries", "article_sources", "figures", "targets", "alerts")
    assert {t: set(before[t]) - set(after[t]) for t in kept} == {t: set() for t in kept}  # nothing lost
    assert tradewatch("run", "--config", str(config), "--db", str(db)).returncode == 0  # room again
    assert len(facts(db)["articles"]) == 40
    ledger.record("a full disk during a run (file size capped), then a run with room", 1, 1)


def test_two_runs_at_once_one_waits_and_a_reader_is_answered_or_told_why(
    config: Path, tmp_path: Path, ledger: Ledger
) -> None:
    db = tmp_path / "warehouse.duckdb"
    env = command_env()
    command = [TRADEWATCH, "run", "--config", str(config), "--db", str(db)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    readers = []
    while first.poll() is None or second.poll() is None:
        readers.append(tradewatch("sql", "SELECT count(*) FROM articles", "--db", str(db)))
    assert first.wait() == 0 and second.wait() == 0  # the second waited for the first (lock_wait 60 s)
    for reader in readers:  # each answered, or said in one line why not
        assert reader.returncode == 0 or len(reader.stderr.strip().splitlines()) == 1, reader.stderr
    con = connect(db)
    try:
        (articles,) = con.execute("SELECT count(*) FROM articles").fetchall()[0]
    finally:
        con.close()
    assert articles == 6
    assert tradewatch("check", "--db", str(db)).returncode == 0
    ledger.record("two runs started at once (both finish, one after the other)", 1, 1)
    answered = sum(r.returncode == 0 for r in readers)
    ledger.record(
        f"`tradewatch sql` during those runs ({answered} answered, the rest told why)",
        len(readers),
        len(readers),
    )


def test_sql_cannot_change_the_warehouse(config: Path, tmp_path: Path, ledger: Ledger) -> None:
    from flows import cli

    db = tmp_path / "warehouse.duckdb"
    assert tradewatch("run", "--config", str(config), "--db", str(db)).returncode == 0
    before = facts(db)
    writes = [
        "DELETE FROM articles",
        "UPDATE figures SET value = 0",
        "DROP TABLE alerts",
        "CREATE TABLE x (y INTEGER)",
        "INSERT INTO sources (source_id, url, kind) VALUES ('x', 'http://x.test/', 'feed')",
        "ALTER TABLE articles ADD COLUMN z INTEGER",
        "COPY articles FROM '/dev/null'",
        "SELECT 1; DELETE FROM entries",
    ]
    refused = sum(cli.main(["sql", statement, "--db", str(db)]) == 1 for statement in writes)
    assert refused == len(writes) and facts(db) == before
    assert tradewatch("check", "--db", str(db)).returncode == 0
    ledger.record("`tradewatch sql` asked to write (DELETE, UPDATE, DROP, CREATE, INSERT, ALTER, ...)",
                  len(writes), refused)  # fmt: skip
