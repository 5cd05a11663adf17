"""URL normalisation, so one article reached by several links is stored once."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize

# Query parameters that identify a campaign or a click, never the page itself.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "spm",
        "cmpid",
        "ito",
    }
)
TRACKING_PREFIXES = ("utm_",)
DEFAULT_PORTS = {"http": 80, "https": 443}
WEB_SCHEMES = frozenset({"http", "https"})


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Return the form of ``url`` used as an article's identity.

    Fragments and tracking parameters are dropped, host and scheme lowered, default
    ports removed and the remaining query sorted (w3lib's canonical form), so the
    same page linked from an RSS item and from a newsletter compares equal.
    """
    try:
        return _canonical(url.strip())
    except ValueError:  # a malformed port or host: keep the link as given, it fails at fetch time
        return url.strip()


def _canonical(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return url
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    netloc = parts.hostname or ""
    if parts.port and parts.port != DEFAULT_PORTS.get(parts.scheme.lower()):
        netloc = f"{netloc}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    rebuilt = urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))
    return _w3lib_canonicalize(rebuilt, keep_fragments=False)


def same_site(first: str, second: str) -> bool:
    """Whether two URLs are on one host, ignoring a leading ``www.``."""
    hosts = [(urlsplit(u).hostname or "").removeprefix("www.") for u in (first, second)]
    return bool(hosts[0]) and hosts[0] == hosts[1]


def resolve(base: str, href: str) -> str:
    """Resolve a link found in a page against the page's own URL."""
    return urljoin(base, href.strip())
