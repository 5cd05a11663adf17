"""The embedded default: bundled demo sources served from 127.0.0.1, crawled by the real flow.

The site's files hold ``{{BASE}}`` where their own address goes; the server fills it
in, answers conditional requests with 304 like a real publisher, and serves a
permissive robots.txt, so a demo run exercises the same path as production.

The site has two days: on day 2 the files of ``demo_site/day2/`` are served over day 1's
(the feeds gain new items), bringing a new period, a revision, a conflict between two
outlets, a syndicated copy and a changed target, so the demo shows every kind of alert
that matters.
"""

from __future__ import annotations

import hashlib
import mimetypes
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

SITE_DIR = Path(__file__).parent / "demo_site"
DAY_TWO = SITE_DIR / "day2"
TOPIC_FILE = Path(__file__).resolve().parents[1] / "config" / "topic.toml"
PLACEHOLDER = "{{BASE}}"
# A fixed port keeps the demo's URLs, and so its warehouse, the same from run to run;
# a free port is taken when it is busy.
PREFERRED_PORT = 8642
CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/feed+json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}


class _SiteHandler(BaseHTTPRequestHandler):
    server: _SiteServer

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
            return
        target = self.server.locate(path.lstrip("/"))
        if target is None:
            self._send(404, b"not found", "text/plain")
            return
        body = target.read_bytes().replace(PLACEHOLDER.encode(), self.server.base.encode())
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", None, etag)
            return
        kind = CONTENT_TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "text/plain"
        self._send(200, body, kind, etag)

    def _send(self, status: int, body: bytes, content_type: str | None, etag: str | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the demo's terminal output to the summary."""


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    base: str
    day: int = 1

    def locate(self, relative: str) -> Path | None:
        """The file a path names: day 2's version first on day 2; nothing outside the site."""
        layers = (DAY_TWO, SITE_DIR) if self.day >= 2 else (SITE_DIR,)
        for layer in layers:
            target = (layer / relative).resolve()
            inside = layer.resolve() in target.parents
            hidden = layer == SITE_DIR and DAY_TWO.resolve() in target.parents  # day 2 only as day 2
            if target.is_file() and inside and not hidden:
                return target
        return None


@contextmanager
def serve_site() -> Iterator[_SiteServer]:
    """Serve the demo site on a free loopback port; yields the server (``base``, ``day``)."""
    try:
        server = _SiteServer(("127.0.0.1", PREFERRED_PORT), _SiteHandler)
    except OSError:
        server = _SiteServer(("127.0.0.1", 0), _SiteHandler)
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def write_config(base: str, directory: Path) -> Path:
    """The demo's sources with their live address, allowed to live on loopback, unthrottled."""
    sources = (SITE_DIR / "sources.toml").read_text(encoding="utf-8").replace(PLACEHOLDER, base)
    header = (
        "[fetch]\n"
        'private_hosts = ["127.0.0.1"]  # the demo site runs on loopback, knowingly allowed\n'
        "host_rate = 0\n"
        "min_interval = 0  # the demo's second day comes at once\n"
        "max_interval = 0\n\n"
        "[run]\nretry_delay = 0\n\n"
        f"[topic]\nfile = {str(TOPIC_FILE)!r}\n\n"
    )
    path = directory / "sources.toml"
    path.write_text(header + sources, encoding="utf-8")
    return path


@dataclass
class DemoSite:
    """A running demo site and a config file pointing at it; set ``day`` to 2 for the second day."""

    config: Path
    server: _SiteServer

    @property
    def day(self) -> int:
        return self.server.day

    @day.setter
    def day(self, value: int) -> None:
        self.server.day = value


@contextmanager
def demo_site() -> Iterator[DemoSite]:
    with serve_site() as server, tempfile.TemporaryDirectory(prefix="tradewatch-demo-") as tmp:
        yield DemoSite(config=write_config(server.base, Path(tmp)), server=server)
