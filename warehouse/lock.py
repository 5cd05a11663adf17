"""One writing run at a time.

DuckDB lets one process write a file, and a run lets go of its write connection
whenever another process waits for the file, so two runs could interleave their
batches. A lock file held for the whole run serialises them; a second run waits a
while, then gives up with a clear message. The holder keeps one write connection for
its batches (``warehouse.db.held``).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.db import WarehouseError, held

POLL_SECONDS = 0.2


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


@contextmanager
def run_lock(db: Path, wait: float) -> Iterator[None]:
    """Hold the warehouse's run lock, waiting up to ``wait`` seconds for another run to finish."""
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise WarehouseError(
                        f"another tradewatch run (pid {holder}) is writing to {db}; "
                        f"gave up after waiting {wait:.0f} s"
                    ) from None
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            with held(db):
                yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
