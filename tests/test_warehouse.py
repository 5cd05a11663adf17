from __future__ import annotations

import zlib
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from parsers.models import Article, FeedEntry, Relevance
from warehouse import db as warehouse_db
from warehouse import load
from warehouse.db import WarehouseError, connect, reading, writing
from warehouse.lock import run_lock
from warehouse.records import FetchedPage, FetchLog, PageOutcome, PendingEntry, SourcePoll, SourceSpec

NOW = datetime(2025, 11, 18, 8, 0, tzinfo=UTC)


def _poll(*urls: str) -> SourcePoll:
    log = FetchLog(purpose="feed", url="http://s.test/feed", outcome="ok", fetched_at=NOW, status=200)
    entries = tuple(FeedEntry(url=u, guid=f"g-{u}", title="T") for u in urls)
    return SourcePoll(source_id="s1", fetches=(log,), entries=entries, ok=True, etag='"v1"')


def _outcome(entry: PendingEntry, text: str, canonical: str | None = None) -> PageOutcome:
    log = FetchLog(purpose="article", url=entry.url, outcome="ok", fetched_at=NOW, status=200)
    page = FetchedPage(
        url=entry.url,
        canonical_url=entry.canonical_url,
        entries=(entry,),
        fetch=log,
        body=f"<p>{text}</p>".encode(),
    )
    article = Article(
        url=entry.url, canonical_url=canonical or entry.canonical_url, title="T", paragraphs=(text,)
    )
    return PageOutcome(page=page, article=article, relevance=Relevance(score=5, relevant=True))


def test_new_file_gets_every_migration_in_a_storage_format_older_clients_read(db: Path) -> None:
    con = connect(db)
    assert warehouse_db.schema_version(con) == warehouse_db.latest_version()
    (tags,) = con.execute(
        "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchall()[0]
    assert tags["storage_version"].startswith("v1.5.0")
    con.close()


def test_older_file_is_upgraded_in_place(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    every = warehouse_db.migrations()
    extra = (every[-1][0] + 1, "999_extra.sql", "CREATE TABLE extra_for_test (x INTEGER);")
    connect(db).close()
    monkeypatch.setattr(warehouse_db, "migrations", lambda: [*every, extra])
    with pytest.raises(WarehouseError, match="schema version"):
        connect(db, read_only=True)
    con = connect(db)
    assert warehouse_db.schema_version(con) == extra[0]
    assert con.execute("SELECT count(*) FROM extra_for_test").fetchall() == [(0,)]
    con.close()


def test_read_only_connection_cannot_write(db: Path) -> None:
    connect(db).close()
    with reading(db) as con, pytest.raises(duckdb.Error):
        con.execute("DELETE FROM sources")


def test_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="no warehouse"):
        connect(tmp_path / "absent.duckdb", read_only=True)


def test_failed_batch_leaves_nothing_behind(db: Path) -> None:
    with writing(db) as con:
        load.sync_sources(con, [SourceSpec(source_id="s1", url="http://s.test/feed")])
    with pytest.raises(RuntimeError), writing(db) as con:
        load.record_poll(con, "r1", _poll("http://s.test/a"))
        raise RuntimeError("crash mid-batch")
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM entries").fetchall() == [(0,)]
        assert con.execute("SELECT etag FROM sources").fetchall() == [(None,)]


def test_writes_are_idempotent_and_copies_are_linked_not_stored(db: Path) -> None:
    with writing(db) as con:
        load.sync_sources(con, [SourceSpec(source_id="s1", url="http://s.test/feed")])
        assert (
            load.record_poll(con, "r1", _poll("http://s.test/a", "http://s.test/b", "http://s.test/c")) == 3
        )
        assert load.record_poll(con, "r1", _poll("http://s.test/a")) == 0
        pending = load.pending_entries(con, ["s1"])
    a, b, c = pending
    text = "Digital trade grew 6 percent to 1.2 trillion yuan in the first half."
    outcomes = [
        _outcome(a, text),
        _outcome(b, text.replace("6 percent", "6 percent ")),  # same words: a syndicated copy
        _outcome(c, "Another story on cross-border e-commerce.", canonical=a.canonical_url),
    ]
    with writing(db) as con:
        counts = load.store_pages(con, "r1", outcomes, max_attempts=3)
    assert (counts.articles_new, counts.articles_duplicate) == (1, 2)
    with writing(db) as con:
        again = load.store_pages(con, "r2", outcomes, max_attempts=3)
    assert again.articles_new == 0
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(1,)]
        assert con.execute("SELECT count(DISTINCT article_id) FROM entries").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM article_urls").fetchall() == [(3,)]
        assert con.execute("SELECT DISTINCT state FROM entries").fetchall() == [("done",)]
        # every fetched page is kept, copies included, under the article they belong to
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM raw_pages").fetchall() == [
            (3, 1)
        ]
        body, compression = con.execute(
            "SELECT body, compression FROM raw_pages WHERE url = ?", [a.url]
        ).fetchall()[0]
        assert load.raw_page(body, compression) == f"<p>{text}</p>".encode()
        assert zlib.decompress(body) == f"<p>{text}</p>".encode()


def test_transient_failures_stay_pending_until_attempts_run_out(db: Path) -> None:
    with writing(db) as con:
        load.sync_sources(con, [SourceSpec(source_id="s1", url="http://s.test/feed")])
        load.record_poll(con, "r1", _poll("http://s.test/a"))
    for attempt in range(1, 4):
        with writing(db) as con:
            (entry,) = load.pending_entries(con, ["s1"])
            log = FetchLog(
                purpose="article", url=entry.url, outcome="timeout", fetched_at=NOW, error="timed out"
            )
            page = FetchedPage(
                url=entry.url, canonical_url=entry.canonical_url, entries=(entry,), fetch=log, transient=True
            )
            load.store_pages(con, f"r{attempt}", [PageOutcome(page=page)], max_attempts=3)
            state = con.execute("SELECT state, attempts FROM entries").fetchall()[0]
        assert state == (("pending", attempt) if attempt < 3 else ("failed", 3))


def test_text_with_broken_characters_is_stored(db: Path) -> None:
    with writing(db) as con:
        load.sync_sources(con, [SourceSpec(source_id="s1", url="http://s.test/feed")])
        log = FetchLog(purpose="feed", url="http://s.test/feed", outcome="ok", fetched_at=NOW)
        entry = FeedEntry(url="http://s.test/a", guid="a", title="bad \ud800 char")
        load.record_poll(con, "r1", SourcePoll(source_id="s1", fetches=(log,), entries=(entry,), ok=True))
    with reading(db) as con:
        assert con.execute("SELECT title FROM entries").fetchall() == [("bad ? char",)]


def test_a_second_run_waits_for_the_first_then_gives_up_clearly(db: Path) -> None:
    busy = pytest.raises(WarehouseError, match=r"another tradewatch run \(pid \d+\)")
    with run_lock(db, wait=0), busy, run_lock(db, wait=0.3):
        pass
    with run_lock(db, wait=0):
        pass  # released once the first run ends


def test_the_duckdb_15_cli_reads_the_warehouse(db: Path) -> None:
    """Users may open the file with the DuckDB CLI (its PyPI build stops at 1.5)."""
    import shutil
    import subprocess
    import sys

    with writing(db) as con:
        load.sync_sources(con, [SourceSpec(source_id="s1", url="http://s.test/feed")])
    cli = shutil.which("duckdb", path=str(Path(sys.executable).parent))
    assert cli is not None
    result = subprocess.run(
        [cli, "-readonly", "-csv", str(db), "-c", "SELECT source_id FROM sources"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.split() == ["source_id", "s1"]


def test_a_source_is_next_polled_by_its_publishing_rate_and_never_before_its_ttl(db: Path) -> None:
    from datetime import timedelta

    entries = tuple(
        FeedEntry(url=f"http://s.test/{n}", guid=f"g{n}", published_at=NOW - timedelta(hours=n))
        for n in range(28)
    )  # 28 items in the last 28 hours: one every hour
    log = FetchLog(purpose="feed", url="http://s.test/feed", outcome="ok", fetched_at=NOW, status=200)
    with writing(db) as con:
        con.execute("INSERT INTO sources (source_id, url, kind) VALUES ('s1', 'http://s.test/feed', 'feed')")
        load.record_poll(con, "r1", SourcePoll(source_id="s1", fetches=(log,), entries=entries, ok=True))
        busy = SourcePoll(source_id="s1", fetches=(log,), ok=True)
        at = NOW
        # 28 items in two weeks' window: a gap of 12 h, so every 6 h at most; bounds win
        assert load.next_poll(con, busy, at, (900, 3 * 3600)) == at + timedelta(hours=3)
        assert load.next_poll(con, busy, at, (900, 24 * 3600)) == at + timedelta(hours=6)
        cached = SourcePoll(source_id="s1", fetches=(log,), ok=True, cache_seconds=12 * 3600)
        assert load.next_poll(con, cached, at, (900, 3 * 3600)) == at + timedelta(hours=12)
        assert load.next_poll(con, busy, at, (0, 0)) is None


def test_duckdb_memory_is_limited_and_the_limit_can_be_set(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def limit() -> str:
        con = connect(db)
        try:
            return str(con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])
        finally:
            con.close()

    assert limit() == "244.1 MiB"  # 256 MB
    monkeypatch.setenv(warehouse_db.ENV_MEMORY, "1GB")
    assert limit() == "953.6 MiB"
