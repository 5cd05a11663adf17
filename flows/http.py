"""All network access: one client, the etiquette, and the safety checks.

Every request goes through ``Fetcher.fetch``, which never raises for the web's
failures: it returns a ``Fetched`` that says what happened, so a 500, a timeout
or a refused link is recorded and the run goes on. Redirects are followed by hand
so each hop is checked against the same rules and permanent moves are recorded.
"""

from __future__ import annotations

import ipaddress
import random
import re
import socket
import threading
import time
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

import httpx

from parsers.encoding import charset_from_content_type
from warehouse.records import FetchLog

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
# Failures worth another try soon: the server or the path to it hiccuped.
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
TRANSIENT_OUTCOMES = frozenset({"timeout", "network_error", "deferred", "robots_unavailable", "error"})
# Statuses by which a host asks us to come back later.
WAIT_STATUSES = frozenset({429, 503})
DEFAULT_WAIT_SECONDS = 60.0
# Bounds on what a host may ask of us, so a hostile header cannot park a worker or overflow a date.
MAX_WAIT_SECONDS = 7 * 24 * 3600.0
MAX_CRAWL_DELAY = 60.0
WEB_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how safely to fetch."""

    user_agent: str
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5 * 1024 * 1024
    host_rate: float = 1.0  # requests per second per host; 0 means no limit
    max_redirects: int = 5
    private_hosts: tuple[str, ...] = ()  # hosts on private addresses that links may point to
    backoff_base: float = 300.0  # seconds added per consecutive failure
    backoff_cap: float = 6 * 3600.0
    min_interval: float = 900.0  # a healthy source is polled at most this often ...
    max_interval: float = 6 * 3600.0  # ... and at least this often, following its publishing rate


def max_age(cache_control: str | None) -> float | None:
    """Seconds from a Cache-Control header's max-age (or s-maxage), if it gives one."""
    match = re.search(r"\b(?:s-)?max-age\s*=\s*(\d+)", cache_control or "", re.IGNORECASE)
    return float(match.group(1)) if match else None


@dataclass(frozen=True)
class Fetched:
    """A finished request: its log row plus what the caller needs from the response."""

    log: FetchLog
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    permanent_redirect: str | None = None
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.log.outcome == "ok"

    @property
    def transient(self) -> bool:
        return self.log.outcome in TRANSIENT_OUTCOMES or self.log.status in TRANSIENT_STATUSES

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def charset(self) -> str | None:
        return charset_from_content_type(self.content_type)


class HostThrottle:
    """Spaces requests to one host; shared by all worker threads of a run."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}
        self._extra: dict[str, float] = {}
        self._lock = threading.Lock()

    def slow_down(self, host: str, interval: float) -> None:
        """Honour a host's own wish (robots.txt Crawl-delay) when it is stricter than ours."""
        with self._lock:
            self._extra[host] = max(self._extra.get(host, 0.0), interval)

    def wait(self, host: str) -> None:
        with self._lock:
            interval = max(self._interval, self._extra.get(host, 0.0))
            if not interval:
                return
            start = max(time.monotonic(), self._next.get(host, 0.0))
            self._next[host] = start + interval
        delay = start - time.monotonic()
        if delay > 0:
            time.sleep(delay)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return min(float(value), MAX_WAIT_SECONDS)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - (now or datetime.now(UTC))).total_seconds()), MAX_WAIT_SECONDS)


def backoff_until(policy: FetchPolicy, failures: int, retry_after: float | None) -> datetime:
    """When to poll a failing source again: Retry-After if given, else linear back-off with jitter."""
    if retry_after is not None:
        delay = min(retry_after, MAX_WAIT_SECONDS)
    else:
        delay = min(policy.backoff_base * max(failures, 1), policy.backoff_cap)
        delay *= random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security
    return datetime.now(UTC) + timedelta(seconds=delay)


# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, IPv4-compatible).
_EMBEDDING_IPV4 = (
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
    ipaddress.ip_network("::/96"),
)


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses, looking through IPv6 wrappings of IPv4."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and any(ip in net for net in _EMBEDDING_IPV4):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and not is_public_address(str(embedded)):
            return False
    return ip.is_global and not ip.is_multicast


def _inflater(content_encoding: str) -> Any:
    """A zlib inflater for a gzip or (zlib-wrapped) deflate body, or None for identity.

    Any other coding is refused: it was not asked for in Accept-Encoding.
    """
    coding = content_encoding.strip().lower()
    if coding in ("", "identity"):
        return None
    if coding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # detects a gzip or a zlib header
    raise httpx.DecodingError(f"unrequested content coding {coding!r}")


@dataclass(frozen=True)
class _Stop:
    """Why a URL is not requested: an outcome for the fetch log and a message."""

    outcome: str
    error: str


def _log(
    url: str,
    purpose: str,
    source_id: str | None,
    started: datetime,
    outcome: str,
    error: str | None,
    final_url: str | None,
    status: int | None,
    size: int,
    clock: float | None,
) -> FetchLog:
    """The fetch-log row of a request; duration from ``clock`` (monotonic) when given, else ``started``."""
    if clock is not None:
        elapsed = (time.monotonic() - clock) * 1000
    else:
        elapsed = (datetime.now(UTC) - started).total_seconds() * 1000
    return FetchLog(
        purpose=purpose, url=url, source_id=source_id, final_url=final_url, status=status, outcome=outcome,
        bytes=size, duration_ms=round(elapsed, 1), error=error, fetched_at=started,
    )  # fmt: skip


class Fetcher:
    """One HTTP client with per-host throttling, robots.txt, size caps and an address guard."""

    def __init__(self, policy: FetchPolicy, *, transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self._throttle = HostThrottle(policy.host_rate)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._resting: dict[str, float] = {}  # host -> monotonic time it asked us to wait until
        self._own_requests: list[FetchLog] = []  # robots.txt fetches, made on the fetcher's own account
        self._vetted: dict[str, str] = {}  # host -> the public address its check approved
        self._client = httpx.Client(
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- gates: checks made before every request, redirects included --------------------

    def _address_stop(self, url: str, *, trusted: bool) -> _Stop | None:
        """Why ``url`` may not be fetched, or None.

        Links found inside feeds and pages (``trusted=False``) must be http(s) and must
        not lead to loopback, private, link-local or metadata addresses unless their host
        is listed in ``private_hosts``. Sources the user configured are trusted.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if trusted and scheme == "file":
            return None
        if scheme not in WEB_SCHEMES:
            kind = "sources" if trusted else "links"
            return _Stop("refused", f"scheme {scheme or '(none)'!r} is not allowed for {kind}")
        host = parts.hostname
        if not host:
            return _Stop("refused", "URL has no host")
        port = parts.port  # raises ValueError on a malformed port: caught by fetch()
        if trusted or host in self.policy.private_hosts:
            return None
        try:
            infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as exc:
            return _Stop("network_error", f"cannot resolve {host}: {exc}")
        for info in infos:
            address = str(info[4][0])
            if not is_public_address(address):
                return _Stop("refused", f"{host} resolves to non-public address {address}")
        with self._lock:
            self._vetted[host] = str(infos[0][4][0])
        return None

    def _pinned(self, url: str, headers: dict[str, str]) -> tuple[str, dict[str, str], dict[str, Any]]:
        """The request for ``url`` sent to the address its check approved, when it had one."""
        parts = urlsplit(url)
        with self._lock:
            address = self._vetted.get(parts.hostname or "")
        if address is None or parts.hostname == address:
            return url, headers, {}
        port = f":{parts.port}" if parts.port else ""
        pinned = (f"[{address}]" if ":" in address else address) + port
        extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
        return (
            parts._replace(netloc=pinned).geturl(),
            {**headers, "Host": f"{parts.hostname}{port}"},
            extensions,
        )

    def _gate(self, url: str, *, trusted: bool) -> _Stop | None:
        """Every check a request must pass: address, the host's wish to rest, robots.txt."""
        stop = self._address_stop(url, trusted=trusted)
        if stop:
            return stop
        if self._resting.get(urlsplit(url).netloc, 0.0) > time.monotonic():
            return _Stop("deferred", "host asked to wait (Retry-After)")
        if trusted:
            return None
        robots = self._robots_for(url)
        if robots is None:
            return _Stop("robots_unavailable", "robots.txt could not be read; trying again next run")
        if not robots.can_fetch(self.policy.user_agent, url):
            return _Stop("robots_disallowed", "disallowed by robots.txt")
        return None

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt, fetched once per run even when several threads ask at once."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._load_robots(origin)
            return self._robots[origin]

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """Per RFC 9309 a 4xx means no rules; a 5xx, a 429 or no answer means no fetching for now."""
        fetched = self._transfer(urljoin(origin, "/robots.txt"), "robots", None, trusted=True)
        with self._lock:
            self._own_requests.append(fetched.log)
        parser = urllib.robotparser.RobotFileParser()
        status = fetched.log.status
        if status is not None and 400 <= status < 500 and status != 429:
            parser.parse([])
            return parser
        if not fetched.ok:
            return None
        parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(self.policy.user_agent)
        if delay:
            self._throttle.slow_down(urlsplit(origin).netloc, min(float(delay), MAX_CRAWL_DELAY))
        return parser

    def drain_own_requests(self) -> list[FetchLog]:
        """The requests made for the fetcher's own needs since the last call, for the fetch log."""
        with self._lock:
            logs, self._own_requests = self._own_requests, []
        return logs

    # -- fetching ---------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        purpose: str,
        source_id: str | None = None,
        trusted: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Fetched:
        """Fetch one URL politely; the result records any failure instead of raising it."""
        started = datetime.now(UTC)
        try:
            if trusted and urlsplit(url).scheme.lower() == "file":
                return self._read_file(url, purpose, source_id, started)
            return self._transfer(
                url, purpose, source_id, trusted=trusted, etag=etag, last_modified=last_modified, gated=True
            )
        except Exception as exc:  # noqa: BLE001 - input from the web must never crash a run
            return self._failed(url, purpose, source_id, started, "error", f"{type(exc).__name__}: {exc}")

    def _transfer(
        self,
        url: str,
        purpose: str,
        source_id: str | None,
        *,
        trusted: bool,
        etag: str | None = None,
        last_modified: str | None = None,
        gated: bool = False,
    ) -> Fetched:
        """Request ``url`` and follow redirects by hand, checking every hop like the first."""
        started = datetime.now(UTC)
        clock = time.monotonic()
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, visited, permanent, chain_permanent = url, {url}, None, True
        origin = urlsplit(url).netloc
        for _ in range(self.policy.max_redirects + 1):
            # A redirect keeps the source's trust only while it stays on the source's host.
            hop_trusted = trusted and urlsplit(current).netloc == origin
            stop = (
                self._gate(current, trusted=hop_trusted)
                if gated
                else self._address_stop(current, trusted=hop_trusted)
            )
            if stop:
                return self._failed(url, purpose, source_id, started, stop.outcome, stop.error, current)
            self._throttle.wait(urlsplit(current).netloc)
            try:
                status, response_headers, body, problem = self._request(current, headers)
            except httpx.TimeoutException as exc:
                reason = f"timed out: {exc or type(exc).__name__}"
                return self._failed(url, purpose, source_id, started, "timeout", reason, current)
            except (httpx.TransportError, httpx.DecodingError) as exc:
                reason = f"{type(exc).__name__}: {exc}"
                return self._failed(url, purpose, source_id, started, "network_error", reason, current)
            retry_after = parse_retry_after(response_headers.get("retry-after"))
            if status in WAIT_STATUSES:
                rest = retry_after if retry_after is not None else DEFAULT_WAIT_SECONDS
                self._resting[urlsplit(current).netloc] = time.monotonic() + rest
            if status in REDIRECT_STATUSES and "location" in response_headers:
                target = urljoin(current, response_headers["location"])
                chain_permanent = chain_permanent and status in PERMANENT_REDIRECTS
                if chain_permanent:
                    permanent = target
                if target in visited:
                    reason = f"redirect loop at {target}"
                    return self._failed(
                        url, purpose, source_id, started, "redirect_loop", reason, current, status
                    )
                visited.add(target)
                current = target
                continue
            outcome = problem or self._outcome(status)
            error: str | None = None
            if problem:
                error = f"{problem}: more than {self.policy.max_bytes} bytes"
            elif outcome == "http_error":
                error = f"HTTP {status}"
            log = _log(url, purpose, source_id, started, outcome, error, current, status, len(body), clock)
            return Fetched(
                log=log,
                body=b"" if problem else body,
                headers=response_headers,
                permanent_redirect=permanent,
                retry_after=retry_after,
            )
        error = f"more than {self.policy.max_redirects} redirects"
        return self._failed(url, purpose, source_id, started, "redirect_loop", error, current)

    @staticmethod
    def _outcome(status: int) -> str:
        if status == 304:
            return "not_modified"
        return "ok" if 200 <= status < 300 else "http_error"

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes, str | None]:
        """One request, streamed so the size cap and the total deadline hold mid-body.

        A link whose address was checked is requested from that very address (the name
        goes in the Host header and the TLS server name), so a name that resolves to a
        public address for the check and to a private one for the connection (DNS
        rebinding) cannot lead anywhere the check did not approve.

        Compressed bodies are inflated here rather than by httpx: at most the cap is ever
        inflated (a gzip bomb costs nothing), and a stream that ends before its gzip
        trailer is a failed transfer, never a shorter page stored as if whole.
        """
        deadline = time.monotonic() + self.policy.total_timeout
        limit = self.policy.max_bytes
        target, headers, extensions = self._pinned(url, headers)
        with self._client.stream("GET", target, headers=headers, extensions=extensions) as response:
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            declared = response_headers.get("content-length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > limit:
                return response.status_code, response_headers, b"", "too_large"
            inflater = _inflater(response_headers.get("content-encoding", ""))
            chunks, size = [], 0
            for raw in response.iter_raw():
                try:
                    chunk = inflater.decompress(raw, limit + 1 - size) if inflater else raw
                except zlib.error as exc:
                    raise httpx.DecodingError(f"bad compressed body: {exc}") from exc
                size += len(chunk)
                if size > limit or (inflater and inflater.unconsumed_tail):
                    return response.status_code, response_headers, b"", "too_large"
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(f"body not complete after {self.policy.total_timeout:.0f} s")
                chunks.append(chunk)
            if inflater and chunks and not inflater.eof:
                raise httpx.DecodingError("compressed body ended before its end marker (truncated)")
            return response.status_code, response_headers, b"".join(chunks), None

    def _read_file(self, url: str, purpose: str, source_id: str | None, started: datetime) -> Fetched:
        path = Path(url2pathname(unquote(urlsplit(url).path)))
        try:
            size = path.stat().st_size
            if size > self.policy.max_bytes:
                error = f"{size} bytes, over the limit"
                return self._failed(url, purpose, source_id, started, "too_large", error)
            body = path.read_bytes()
        except OSError as exc:
            error = f"cannot read {path}: {exc.strerror}"
            return self._failed(url, purpose, source_id, started, "network_error", error)
        log = FetchLog(
            purpose=purpose,
            url=url,
            source_id=source_id,
            final_url=url,
            status=None,
            outcome="ok",
            bytes=len(body),
            duration_ms=0.0,
            fetched_at=started,
        )
        return Fetched(log=log, body=body)

    @staticmethod
    def _failed(
        url: str,
        purpose: str,
        source_id: str | None,
        started: datetime,
        outcome: str,
        error: str,
        final_url: str | None = None,
        status: int | None = None,
    ) -> Fetched:
        log = _log(url, purpose, source_id, started, outcome, error, final_url, status, 0, None)
        return Fetched(log=log)
