"""Opening the warehouse: the one place that calls ``duckdb.connect``.

A write connection applies any pending migration first, so an older file is
upgraded in place. Files are created in the v1.5.0 storage format so the DuckDB
CLI and other 1.5+ clients can open them too.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path

import duckdb

STORAGE_VERSION = "v1.5.0"
# A DuckDB file says so in bytes 8-11 of its first header.
DUCKDB_MAGIC = b"DUCK"
_MAGIC_START, _MAGIC_END = 8, 12
LOCK_WAIT_SECONDS = 10.0
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
# Extensions that would try to download themselves: the warehouse never needs them.
_BASE_CONFIG = {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
# DuckDB's own memory (buffer pool, hash tables, temporary tables), beyond which it spills to
# `<db>.tmp/`. Its default, 80 % of the machine, let one comparison of a 10,000-article
# backfill take 1.3 GB. Limited to 256 MB, the whole 10,000-article run took 2.5 % longer
# than with 512 MB and peaked at 845 MB instead of 1,090.
ENV_MEMORY = "TRADEWATCH_DB_MEMORY"
DEFAULT_MEMORY = "256MB"


class WarehouseError(Exception):
    """A warehouse problem worth one clear line to the user."""


def migrations() -> list[tuple[int, str, str]]:
    """The numbered ``schema/NNN_name.sql`` files, in order."""
    found = []
    for entry in resources.files("warehouse.schema").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    (exists,) = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchall()
    if not exists[0]:
        return 0
    return int(con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0])


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    for version, name, sql in migrations():
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except duckdb.Error:
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise


def _refuse_foreign(path: Path) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB touches it.

    Given a SQLite file, DuckDB would try to load an extension to read it; given
    anything else, its message is less plain than this one.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(_MAGIC_END)
    except FileNotFoundError:
        return
    if header and header[_MAGIC_START:_MAGIC_END] != DUCKDB_MAGIC:
        kind = "a SQLite database" if header.startswith(b"SQLite format 3") else "not a DuckDB database file"
        raise WarehouseError(f"{path} is {kind}, not a tradewatch warehouse; it was left untouched")


def _open(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting while another process holds its lock (and saying so, see ``_waiting``)."""
    _refuse_foreign(path)
    config: dict[str, str | bool | int | float | list[str]] = dict(_BASE_CONFIG)
    config["memory_limit"] = os.environ.get(ENV_MEMORY) or DEFAULT_MEMORY
    if not read_only:
        config["storage_compatibility_version"] = STORAGE_VERSION
    deadline = time.monotonic() + wait
    with _waiting(path) as wait_in_line:
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only, config=config)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                    raise WarehouseError(f"cannot open {path}: {exc}") from exc
                wait_in_line()
                time.sleep(0.1)


def waiting_room(path: Path) -> Path:
    """Where processes waiting for the file leave a marker, so a run holding it lets them in."""
    return path.with_name(path.name + ".waiting")


@contextmanager
def _waiting(path: Path) -> Iterator[Callable[[], None]]:
    """Yield a function that leaves this opener's marker (once); the marker goes when the block ends.

    A directory that cannot be written (a read-only mount) only means waiting without it.
    """
    marker = waiting_room(path) / f"{os.getpid()}-{threading.get_ident()}"
    left = False

    def wait_in_line() -> None:
        nonlocal left
        if not left:
            with suppress(OSError):
                marker.parent.mkdir(exist_ok=True)
                marker.touch()
                left = True

    try:
        yield wait_in_line
    finally:
        if left:
            marker.unlink(missing_ok=True)
            with suppress(OSError):
                marker.parent.rmdir()


def _someone_waiting(path: Path) -> bool:
    try:
        with os.scandir(waiting_room(path)) as entries:
            return any(True for _ in entries)
    except OSError:
        return False


def connect(
    path: str | Path, *, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a write connection first brings the schema up to date."""
    target = Path(path)
    if read_only:
        session = _HELD.get(_key(target))
        if session is not None:
            session.release()
        if not target.exists():
            raise WarehouseError(f"no warehouse at {target}: run `tradewatch run` first")
        con = _open(target, True, wait)
        found = schema_version(con)
        if found < latest_version():
            con.close()
            raise WarehouseError(
                f"{target} has schema version {found}, this tradewatch needs {latest_version()}: "
                "any writing command (such as `tradewatch run`) upgrades it"
            )
        return con
    target.parent.mkdir(parents=True, exist_ok=True)
    con = _open(target, False, wait)
    identity, latest = _identity(target), latest_version()
    if _UP_TO_DATE.get(identity) != latest:
        _migrate(con)
        _UP_TO_DATE[identity] = latest
    return con


# Files this process has brought to the latest schema version. Schemas only move forward,
# so a file found up to date stays so; checking again on every short write connection (a
# run opens a dozen) would cost more than the writes of a quiet run. A file replaced
# under the same name is a new inode, and is checked again.
_UP_TO_DATE: dict[tuple[int, int], int] = {}


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return (stat.st_dev, stat.st_ino)


@contextmanager
def writing(path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A write connection held for one transaction only, so readers are kept out briefly.

    Everything written inside the block commits together or not at all: a crash
    loses at most the batch in flight. Inside ``held(path)`` the transaction runs on
    the held connection instead of a new one.
    """
    session = _HELD.get(_key(path))
    if session is not None and not session.busy_here():
        with session.transaction() as con:
            yield con
        return
    con = connect(path)
    try:
        with _transaction(con):
            yield con
    finally:
        con.close()


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        with suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise


# How long a run that let a waiting process in gives it to take the file before writing on.
LET_IN_SECONDS = 1.0
# A held connection checkpoints when its log passes this (DuckDB's default is 16 MB): at
# 3,000 articles the run's commits spent 1.1 s checkpointing instead of 2.6 s, with the
# same peak memory.
HELD_CHECKPOINT = "64MB"


class _HeldConnection:
    """One write connection kept across a run's transactions.

    DuckDB checkpoints a file when its last connection closes, rewriting every row group
    the transaction touched; a connection per batch made each batch pay for a rewrite of
    the tables' growing tails, so loading slowed as the warehouse grew. Held, the
    connection checkpoints only when its log fills up and when it closes. It closes
    early, at the next commit, when another process waits for the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.RLock()
        self._in_transaction: int | None = None

    def busy_here(self) -> bool:
        """Whether this thread is inside one of its transactions (a nested write gets its own)."""
        return self._in_transaction == threading.get_ident()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock:
            if self._con is None:
                self._con = connect(self.path)
                self._con.execute(f"SET checkpoint_threshold = '{HELD_CHECKPOINT}'")
            self._in_transaction = threading.get_ident()
            try:
                with _transaction(self._con):
                    yield self._con
            except BaseException:
                # The failure may have left the connection unusable: the next batch opens afresh.
                self._in_transaction = None
                self.release()
                raise
            self._in_transaction = None
            if _someone_waiting(self.path):
                self.release()
                _let_in(self.path)

    def release(self) -> None:
        with self._lock:
            if self._con is not None and self._in_transaction is None:
                con, self._con = self._con, None
                con.close()


def _let_in(path: Path) -> None:
    deadline = time.monotonic() + LET_IN_SECONDS
    while _someone_waiting(path) and time.monotonic() < deadline:
        time.sleep(0.02)


_HELD: dict[str, _HeldConnection] = {}


def _key(path: str | Path) -> str:
    return str(Path(path).resolve())


@contextmanager
def held(path: str | Path) -> Iterator[None]:
    """Keep one write connection to ``path`` for every ``writing(path)`` block inside this one.

    For a run that writes many batches (its run lock makes it the only writer). A read
    in this process releases the connection first, since DuckDB refuses a read-only
    connection beside a writable one in one process.
    """
    key = _key(path)
    if key in _HELD:
        yield
        return
    session = _HELD[key] = _HeldConnection(Path(path))
    try:
        yield
    finally:
        del _HELD[key]
        session.release()


def compact(path: str | Path) -> None:
    """Give the space of deleted rows back: DuckDB reuses free blocks, and checkpoints to shrink the file."""
    con = connect(path)
    try:
        con.execute("CHECKPOINT").fetchall()
    finally:
        con.close()


@contextmanager
def reading(path: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=True)
    try:
        yield con
    finally:
        con.close()
