"""Configuration files plus environment, validated once into one frozen ``Settings``.

Nothing else reads config files or environment variables, so what a run uses is
always what ``load_settings`` returned, and a mistake in a file is reported with the
file's name before any request is made.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flows.http import FetchPolicy
from parsers.fingerprints import digest
from parsers.metrics import Catalog
from parsers.relevance import Topic
from warehouse.records import SourceSpec

DEFAULT_CONFIG = Path("config/sources.toml")
# The project's own catalog, used when a config folder has none of its own.
DEFAULT_CATALOG = Path(__file__).resolve().parents[1] / "config" / "metrics.toml"
DEFAULT_DB = Path("data/tradewatch.duckdb")
DEFAULT_REPORTS = Path("reports")
DEFAULT_STAGING = Path("data/staging")
DEFAULT_SPOOL = Path("data/spool")
ENV_CONFIG = "TRADEWATCH_CONFIG"
ENV_DB = "TRADEWATCH_DB"
ENV_REPORTS = "TRADEWATCH_REPORTS"
ENV_STAGING = "TRADEWATCH_STAGING"
ENV_SPOOL = "TRADEWATCH_SPOOL"
ENV_HOST_RATE = "TRADEWATCH_HOST_RATE"
SOURCE_KINDS = ("feed", "listing")
VERSION = "0.1.0"
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class ConfigError(Exception):
    """A configuration mistake, reported as one line naming the file."""


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, read once."""

    sources: tuple[SourceSpec, ...]
    topic: Topic
    fetch: FetchPolicy
    catalog: Catalog
    concurrency: int = 4
    batch_size: int = 25
    # Processes that read pages when a run's backlog is more than process_backlog pages.
    parse_processes: int = field(default_factory=lambda: os.cpu_count() or 1)
    process_backlog: int = 200
    max_attempts: int = 3
    task_retries: int = 2
    retry_delay: float = 10.0
    lock_wait: float = 60.0
    failing_after: int = 3  # consecutive failed polls of a source that raise a source_failing alert
    silence_hours: float = 48.0  # hours without a new relevant article that raise a silence alert
    reports: Path = DEFAULT_REPORTS  # where each day's alert report (Markdown and HTML) is written
    staging: Path = DEFAULT_STAGING  # where workers stage batches for the loader (shared storage)
    spool: Path = DEFAULT_SPOOL  # where a worker keeps its own crawl state (local disk)
    notify_min_severity: str = "medium"  # alerts below this are never sent, only reported
    notify_send: str = "each-run"  # or "daily-digest": when alerts are sent
    notify_secret_block: str | None = None  # a Prefect Secret block holding Apprise URLs


def default_config_path() -> Path:
    return Path(os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def default_db_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def source_url(raw: str, base_dir: Path | None = None) -> str:
    """A configured location as a URL: local paths become ``file://`` URLs."""
    if urlsplit(raw).scheme.lower() in ("http", "https", "file"):
        return raw
    path = Path(raw).expanduser()
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    return path.resolve().as_uri()


def source_id_for(url: str) -> str:
    """An id for a source given only by URL: readable host plus a short hash."""
    host = urlsplit(url).hostname or "local"
    return f"{host}-{digest(url, 8)}"


def _source(raw: dict[str, Any], where: str, base_dir: Path) -> SourceSpec:
    url = raw.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ConfigError(f"{where}: every source needs a url")
    kind = raw.get("kind", "feed")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}, not {kind!r}")
    selector = raw.get("selector")
    if kind == "listing" and not (isinstance(selector, str) and selector.strip()):
        raise ConfigError(f"{where}: a listing source needs a CSS selector for its article links")
    resolved = source_url(url.strip(), base_dir)
    source_id = str(raw.get("id") or source_id_for(resolved))
    if not _ID_RE.match(source_id):
        raise ConfigError(f"{where}: source id {source_id!r} may hold only letters, digits, '.', '_', '-'")
    tags = raw.get("tags", [])
    return SourceSpec(
        source_id=source_id,
        url=resolved,
        kind=kind,
        name=raw.get("name"),
        selector=selector,
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
        enabled=bool(raw.get("enabled", True)),
    )


def _topic(path: Path) -> Topic:
    try:
        return Topic.from_dict(_read_toml(path))
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _choice(value: Any, allowed: tuple[str, ...], what: str, path: Path) -> str:
    if value not in allowed:
        raise ConfigError(f"{path}: {what} must be one of {', '.join(allowed)}, not {value!r}")
    return str(value)


def _severity(value: Any, path: Path) -> str:
    if value not in ("high", "medium", "low"):
        raise ConfigError(f"{path}: [notify] min_severity must be high, medium or low, not {value!r}")
    return str(value)


def load_catalog(path: Path) -> Catalog:
    """The metric catalog (config/metrics.toml): concepts and their aliases."""
    data = _read_toml(path)
    if not isinstance(data.get("metrics"), list):
        raise ConfigError(f"{path}: needs [[metrics]] entries")
    try:
        return Catalog.from_dict(data)
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: every metric needs a concept and a list of aliases ({exc})") from None


def _catalog_path(data: dict[str, Any], base_dir: Path) -> Path:
    configured = data.get("metrics", {}).get("file")
    if configured:
        return base_dir / str(configured)
    beside = base_dir / "metrics.toml"
    return beside if beside.exists() else DEFAULT_CATALOG


def _number(section: dict[str, Any], key: str, default: float, where: str) -> float:
    """A non-negative number; ``where`` names the file and table for the error ("x.toml: [run]")."""
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{where} {key} must be a non-negative number")
    return float(value)


def _policy(fetch: dict[str, Any], where: Path) -> FetchPolicy:
    table = f"{where}: [fetch]"
    contact = fetch.get("contact", "https://github.com/tradewatch/tradewatch")
    agent = fetch.get("user_agent") or f"tradewatch/{VERSION} (+{contact})"
    rate = _number(fetch, "host_rate", 1.0, table)
    if env_rate := os.environ.get(ENV_HOST_RATE):
        try:
            rate = float(env_rate)
        except ValueError:
            raise ConfigError(f"{ENV_HOST_RATE} must be a number, not {env_rate!r}") from None
    private = fetch.get("private_hosts", [])
    return FetchPolicy(
        user_agent=str(agent),
        connect_timeout=_number(fetch, "connect_timeout", 10, table),
        read_timeout=_number(fetch, "read_timeout", 20, table),
        total_timeout=_number(fetch, "total_timeout", 60, table),
        max_bytes=int(_number(fetch, "max_bytes", 5 * 1024 * 1024, table)),
        host_rate=rate,
        max_redirects=int(_number(fetch, "max_redirects", 5, table)),
        private_hosts=tuple(str(h) for h in private) if isinstance(private, list) else (),
        backoff_base=_number(fetch, "backoff_base", 300, table),
        backoff_cap=_number(fetch, "backoff_cap", 6 * 3600, table),
        min_interval=_number(fetch, "min_interval", 900, table),
        max_interval=_number(fetch, "max_interval", 6 * 3600, table),
    )


def load_settings(
    config: str | Path | None = None,
    *,
    source_urls: list[str] | None = None,
    listings: list[tuple[str, str]] | None = None,
    tags: list[str] | None = None,
) -> Settings:
    """Read the config file (and the topic file it names) and apply the overrides.

    Sources given on the command line replace the configured list; they are trusted
    like configured ones, so they may be local paths or ``file://`` URLs. ``tags``
    keeps only the sources carrying one of them: a group that one deployment (and one
    worker) polls while another deployment polls another group.
    """
    path = Path(config) if config else default_config_path()
    data = _read_toml(path)
    base_dir = path.parent
    fetch = data.get("fetch", {})
    run = data.get("run", {})
    notify = data.get("notify", {})
    topic_file = base_dir / str(data.get("topic", {}).get("file", "topic.toml"))
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{path}: [[sources]] must be an array of tables")
    sources = [_source(s, f"{path} source {i + 1}", base_dir) for i, s in enumerate(raw_sources)]
    if source_urls or listings:
        cwd = Path.cwd()
        sources = [_source({"url": u}, f"--source {u}", cwd) for u in source_urls or []]
        sources += [
            _source({"url": u, "kind": "listing", "selector": s}, f"--listing {u}", cwd)
            for u, s in listings or []
        ]
    if tags:
        sources = [s for s in sources if set(s.tags) & set(tags)]
        if not sources:
            raise ConfigError(f"{path}: no source is tagged {', '.join(tags)}")
    ids = [s.source_id for s in sources]
    if duplicates := sorted({i for i in ids if ids.count(i) > 1}):
        raise ConfigError(f"{path}: duplicate source ids: {', '.join(duplicates)}")
    in_run = f"{path}: [run]"
    return Settings(
        sources=tuple(sources),
        topic=_topic(topic_file),
        fetch=_policy(fetch, path),
        catalog=load_catalog(_catalog_path(data, base_dir)),
        concurrency=max(1, int(_number(run, "concurrency", 4, in_run))),
        batch_size=max(1, int(_number(run, "batch_size", 25, in_run))),
        parse_processes=max(1, int(_number(run, "parse_processes", os.cpu_count() or 1, in_run))),
        process_backlog=max(0, int(_number(run, "process_backlog", 200, in_run))),
        max_attempts=max(1, int(_number(run, "max_attempts", 3, in_run))),
        task_retries=int(_number(run, "task_retries", 2, in_run)),
        retry_delay=_number(run, "retry_delay", 10, in_run),
        lock_wait=_number(run, "lock_wait", 60, in_run),
        failing_after=max(1, int(_number(run, "failing_after", 3, in_run))),
        silence_hours=_number(run, "silence_hours", 48, in_run),
        reports=Path(os.environ.get(ENV_REPORTS) or run.get("reports") or DEFAULT_REPORTS),
        staging=Path(os.environ.get(ENV_STAGING) or run.get("staging") or DEFAULT_STAGING),
        spool=Path(os.environ.get(ENV_SPOOL) or run.get("spool") or DEFAULT_SPOOL),
        notify_min_severity=_severity(notify.get("min_severity", "medium"), path),
        notify_send=_choice(
            notify.get("send", "each-run"), ("each-run", "daily-digest"), "[notify] send", path
        ),
        notify_secret_block=notify.get("secret_block") or None,
    )
