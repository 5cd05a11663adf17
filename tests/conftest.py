"""Shared fixtures: one Prefect test server per session, a fresh HTTP site and warehouse per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Set before Prefect is imported anywhere: no outside lookups, and time for the
# temporary server to start on a loaded two-core machine.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest

from tests.site import Site


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """A real Prefect API (SQLite, temporary) shared by every flow test of the session."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=120),
        temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield


@pytest.fixture(autouse=True)
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes its alert reports to its own folder, never into the working tree."""
    folder = tmp_path / "reports"
    monkeypatch.setenv("TRADEWATCH_REPORTS", str(folder))
    return folder


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    yield server
    server.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


TOPIC = """threshold = 4.0
[phrases]
"digital trade" = 3.0
"digitally delivered services" = 4.0
"cross-border e-commerce" = 3.0
"services trade" = 1.0
"""


def _section(name: str, defaults: dict[str, str], extra: str) -> str:
    """A TOML table from defaults overridden by ``key = value`` lines."""
    values = dict(defaults)
    for line in extra.splitlines():
        if "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return f"[{name}]\n" + "".join(f"{k} = {v}\n" for k, v in values.items())


FETCH_DEFAULTS = {
    "private_hosts": '["127.0.0.1"]',
    "host_rate": "0",
    "read_timeout": "1",
    "connect_timeout": "1",
    "total_timeout": "5",
    "backoff_base": "0",
    "min_interval": "0",
    "max_interval": "0",
}


def write_config(directory: Path, sources: str, fetch: str = "", run: str = "", notify: str = "") -> Path:
    """A config file for tests: loopback allowed, no throttling, no back-off, fast failures."""
    (directory / "topic.toml").write_text(TOPIC, encoding="utf-8")
    config = directory / "sources.toml"
    config.write_text(
        _section("fetch", FETCH_DEFAULTS, fetch)
        + _section("run", {"task_retries": "0", "retry_delay": "0"}, run)
        + (f"\n[notify]\n{notify}\n" if notify else "")
        + f"\n{sources}",
        encoding="utf-8",
    )
    return config
