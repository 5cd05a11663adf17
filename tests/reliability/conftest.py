"""The reliability suite's ledger: each test says what it tried, how often, and what survived.

The table is printed at the end of the session (the README's table comes from it).
CI runs reduced counts; ``make reliability`` runs the full ones.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

TRADEWATCH = str(Path(sys.executable).parent / "tradewatch")
# Kill trials: at least 20 in the full run; fewer in CI to keep it quick.
KILL_TRIALS = int(os.environ.get("TRADEWATCH_KILL_TRIALS", "4"))


def command_env() -> dict[str, str]:
    """The environment for ``tradewatch`` as a subprocess: this session's Prefect API."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}


@dataclass
class Ledger:
    rows: list[tuple[str, int, int, int]] = field(default_factory=list)

    def record(self, what: str, tried: int, survived: int, rows_lost: int = 0) -> None:
        self.rows.append((what, tried, survived, rows_lost))


LEDGER = Ledger()


@pytest.fixture
def ledger() -> Ledger:
    return LEDGER


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not LEDGER.rows:
        return
    terminalreporter.section("reliability")
    terminalreporter.write_line("| what was tried | times | survived | rows lost |")
    terminalreporter.write_line("|---|---:|---:|---:|")
    for what, tried, survived, lost in LEDGER.rows:
        terminalreporter.write_line(f"| {what} | {tried} | {survived} | {lost} |")
