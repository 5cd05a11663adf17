"""Ingestion throughput: synthetic feeds and articles served from 127.0.0.1, crawled by the real flow.

    .venv/bin/python benchmarks/ingest_benchmark.py --articles 200 1000

For each size it creates a fresh warehouse, runs the ``poll-sources`` flow once (all
articles new), then again (nothing new), and prints a Markdown table row per run:
wall time of the flow call, articles per second, and peak memory (max RSS) so far.
Prefect's temporary server is started once, before the first measurement, and not billed.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["TRADEWATCH_HOST_RATE"] = "0"

PER_FEED = 100
SUBJECTS = ("digital trade", "cross-border e-commerce", "digitally delivered services", "data flows")
PLACES = ("Zhejiang", "Guangdong", "Jiangsu", "Hainan", "Shanghai", "Sichuan")


def article(n: int) -> bytes:
    """A plausible news page: chrome around 6-12 paragraphs with figures in varied formats."""
    rng = random.Random(n)
    subject, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    paragraphs = [
        f"{place}'s {subject} grew {rng.uniform(1, 20):.1f} percent year-on-year to "
        f"{rng.uniform(10, 900):.1f} billion yuan in the first {rng.choice(['half', 'three quarters'])}, "
        f"officials said on report number {n}.",
    ]
    for k in range(rng.randint(5, 11)):
        paragraphs.append(
            f"Paragraph {k} of story {n}: exporters in {place} reported {rng.randint(100, 9000):,} new "
            f"contracts, while platforms handled about {rng.uniform(1, 50):.2f} million parcels and the "
            f"share of {subject} in services trade reached {rng.uniform(20, 60):.1f} percent."
        )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="en"><head><title>Story {n}: {subject} in {place}</title>'
        f'<meta property="article:published_time" content="2025-11-{1 + n % 28:02d}T08:00:00+08:00">'
        f'<meta property="og:site_name" content="Bench Daily"></head><body>'
        f'<nav><a href="/">Home</a><a href="/biz">Business</a></nav><h1>Story {n}</h1>'
        f'<div class="article-body">{body}</div><ul class="related"><li><a href="/x">More</a></li></ul>'
        f"<footer>Copyright Bench Daily</footer></body></html>"
    ).encode()


def feed(base: str, index: int, total: int) -> bytes:
    first = index * PER_FEED
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/a/{n}.html</link><guid>s{n}</guid></item>"
        for n in range(first, min(first + PER_FEED, total))
    )
    channel = f"<channel><title>F{index}</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    server: Site

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path.startswith("/feed/"):
            body, kind = (
                feed(self.server.base, int(path.split("/")[-1]), self.server.total),
                "application/rss+xml",
            )
        elif path.startswith("/a/"):
            body, kind = article(int(path.split("/")[-1].split(".")[0])), "text/html; charset=utf-8"
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class Site(ThreadingHTTPServer):
    daemon_threads = True
    base: str
    total: int


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


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[200, 1000])
    args = parser.parse_args()

    from flows.ingest import poll_sources

    site = Site(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{site.server_address[1]}"
    threading.Thread(target=site.serve_forever, daemon=True).start()
    print("| articles | run | wall s | articles/s | new articles | peak RSS MB |")
    print("|---:|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.duckdb"
        site.total = 0
        poll_sources(sources=[f"{site.base}/feed/0"], db=str(warm))  # start Prefect's server
        for total in args.articles:
            site.total = total
            config = write_config(Path(tmp) / f"sources-{total}.toml", feed_urls(site, total))
            db = Path(tmp) / f"bench-{total}.duckdb"
            for label in ("all new", "nothing new"):
                started = time.perf_counter()
                report = poll_sources(config=str(config), db=str(db))
                wall = time.perf_counter() - started
                new = report.articles.articles_new
                rate = f"{new / wall:.0f}" if new else "-"
                print(
                    f"| {total} | {label} | {wall:.2f} | {rate} | {new} | {peak_rss_mb():.0f} |", flush=True
                )
    site.shutdown()


if __name__ == "__main__":
    main()
