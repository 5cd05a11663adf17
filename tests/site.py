"""A real HTTP server on 127.0.0.1 for tests, with routes that misbehave on purpose."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True  # answer If-None-Match with 304
    delay: float = 0.0  # seconds before the response starts
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: bytes = b""


class Site:
    """Routes by path; ``{base}`` in a body is replaced by the server's own address."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with site._lock:
                    site.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(path)
                if route is None:
                    self._reply(404, b"not found", "text/plain", {})
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.handler:
                    route.handler(self)
                    return
                body = route.body.replace(b"{base}", site.base.encode())
                headers = dict(route.headers)
                if route.etag and route.status == 200:
                    tag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                    headers["ETag"] = tag
                    if self.headers.get("If-None-Match") == tag:
                        self._reply(304, b"", None, headers)
                        return
                self._reply(route.status, body, route.content_type, headers)

            def do_POST(self) -> None:  # a webhook receiver: record the body, answer with the route's status
                path = urlsplit(self.path).path
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with site._lock:
                    site.requests.append(
                        Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                route = site.routes.get(path)
                if route is None:
                    self._reply(404, b"not found", "text/plain", {})
                    return
                self._reply(route.status, route.body, route.content_type, {})

            def _reply(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str]) -> None:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def add(self, path: str, body: bytes | str = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if urlsplit(r.path).path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
