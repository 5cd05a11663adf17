"""A tradewatch sources file for a synthetic site on 127.0.0.1, shared by the benchmarks that crawl one."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks.synthetic import PER_FEED, Site

TOPIC = Path(__file__).resolve().parents[1] / "config" / "topic.toml"


def write_config(path: Path, feed_urls: list[str], fetch: str = "") -> Path:
    """A sources file for the site's feeds: loopback allowed knowingly, the project's topic."""
    feeds = "".join(f'[[sources]]\nid = "f{i}"\nurl = "{url}"\n\n' for i, url in enumerate(feed_urls))
    fetch_section = f'[fetch]\nprivate_hosts = ["127.0.0.1"]\n{fetch}'
    path.write_text(f'{fetch_section}\n[topic]\nfile = "{TOPIC}"\n\n{feeds}', encoding="utf-8")
    return path


def feed_urls(site: Site, articles: int) -> list[str]:
    """Enough feeds of the site to list ``articles`` articles."""
    return [f"{site.base}/feed/{i}" for i in range((articles + PER_FEED - 1) // PER_FEED)]


def offline_environment() -> None:
    """Before Prefect is imported: no outside lookups, patience for its server on two busy cores,
    quiet logs, and no per-host rate limit against the loopback site."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ["TRADEWATCH_HOST_RATE"] = "0"
