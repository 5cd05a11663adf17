"""Idempotent batch writes.

Every table is keyed on a natural key (a URL hash, a GUID, a page hash), and rows go
in through Arrow with ``ON CONFLICT`` clauses, so writing the same batch twice adds
nothing and a batch costs one statement per table rather than one per row.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from parsers.figures import EXTRACTOR_VERSION
from parsers.fingerprints import article_id, content_hash, digest, sketch
from parsers.models import Article, Figure, Relevance, Target
from parsers.numbers import stated_basis, stated_precision
from parsers.periods import shift_year
from parsers.urls import canonical_url
from warehouse.records import (
    FetchLog,
    PageOutcome,
    PendingEntry,
    SourcePoll,
    SourceSpec,
    SourceState,
)

PAGE_COMPRESSION = "zlib"


@dataclass
class BatchCounts:
    """What one batch of article pages added to the warehouse."""

    articles_new: int = 0
    articles_relevant: int = 0
    articles_duplicate: int = 0
    articles_failed: int = 0
    figures: int = 0
    targets: int = 0

    def add(self, other: BatchCounts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | dict[str, Any] | None = None) -> None:
    """Execute a statement and consume its result (DuckDB 2 keeps the connection busy until then)."""
    con.execute(sql, params).fetchall()


def now() -> datetime:
    return datetime.now(UTC)


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[dict[str, Any]],
    conflict: str | None = "DO NOTHING",
) -> None:
    """Insert dict rows through one Arrow batch; ``table`` and ``conflict`` are code constants.

    ``conflict=None`` is for append-only logs, whose keys come from a sequence.
    """
    if not rows:
        return
    clause = f" ON CONFLICT {conflict}" if conflict else ""
    with _registered(con, "_tradewatch_batch", [{k: _storable(v) for k, v in row.items()} for row in rows]):
        _run(con, f"INSERT INTO {table} BY NAME SELECT * FROM _tradewatch_batch{clause}")


def _storable(value: Any) -> Any:
    """Replace lone surrogates (from broken character references on the web), which Arrow refuses."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "replace").decode("utf-8")
        return value
    if isinstance(value, list):
        return [_storable(v) for v in value]
    return value


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, rows: Sequence[dict[str, Any]]) -> Iterator[None]:
    """Expose rows to SQL as a view over an Arrow table for the duration of one statement."""
    con.register(name, pa.Table.from_pylist(list(rows)))
    try:
        yield
    finally:
        with suppress(duckdb.Error):  # an aborted transaction refuses this; its own error matters more
            con.unregister(name)


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None) -> None:
    """Open a run, and close any earlier run that never finished (a crash or a kill)."""
    _run(con, "UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND run_id <> ?", [run_id])
    insert_rows(
        con,
        "runs",
        [{"run_id": run_id, "flow_run_id": flow_run_id, "started_at": now(), "status": "running"}],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    counts: dict[str, int],
    errors: list[str],
) -> None:
    assignments = ", ".join(f"{name} = ?" for name in counts)
    _run(
        con,
        f"UPDATE runs SET status = ?, finished_at = ?, errors = ?, {assignments} WHERE run_id = ?",
        [status, now(), errors, *counts.values(), run_id],
    )


def sync_sources(con: duckdb.DuckDBPyConnection, specs: Iterable[SourceSpec]) -> None:
    """Write configured fields; polling state learned earlier is kept."""
    rows = [
        {
            "source_id": s.source_id,
            "name": s.name,
            "url": s.url,
            "kind": s.kind,
            "selector": s.selector,
            "tags": list(s.tags),
            "enabled": s.enabled,
        }
        for s in specs
    ]
    insert_rows(
        con,
        "sources",
        rows,
        "(source_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
        " selector = excluded.selector, tags = excluded.tags, enabled = excluded.enabled,"
        # A new configured URL invalidates what was learned about the old one.
        " moved_to = CASE WHEN sources.url = excluded.url THEN sources.moved_to END,"
        " gone_at = CASE WHEN sources.url = excluded.url THEN sources.gone_at END,"
        " etag = CASE WHEN sources.url = excluded.url THEN sources.etag END,"
        " last_modified = CASE WHEN sources.url = excluded.url THEN sources.last_modified END,"
        " url = excluded.url",
    )


def source_states(con: duckdb.DuckDBPyConnection, specs: Sequence[SourceSpec]) -> list[SourceState]:
    by_id = {s.source_id: s for s in specs}
    rows = con.execute(
        "SELECT source_id, etag, last_modified, body_hash, moved_to, gone_at, failure_streak, retry_after"
        " FROM sources WHERE source_id IN (SELECT unnest(?))",
        [list(by_id)],
    ).fetchall()
    states = {
        r[0]: SourceState(
            spec=by_id[r[0]],
            etag=r[1],
            last_modified=r[2],
            body_hash=r[3],
            moved_to=r[4],
            gone_at=r[5],
            failure_streak=r[6],
            retry_after=r[7],
        )
        for r in rows
    }
    return [states[s.source_id] for s in specs if s.source_id in states]


def _fetch_row(run_id: str, log: FetchLog) -> dict[str, Any]:
    return {"run_id": run_id, **asdict(log)}


def record_fetches(con: duckdb.DuckDBPyConnection, run_id: str, logs: Iterable[FetchLog]) -> None:
    insert_rows(con, "fetches", [_fetch_row(run_id, log) for log in logs], conflict=None)


def record_poll(
    con: duckdb.DuckDBPyConnection, run_id: str, poll: SourcePoll, interval: tuple[float, float] = (0.0, 0.0)
) -> int:
    """Store a source's fetches and entries and its new polling state; returns new entries.

    Validators (ETag, Last-Modified) are saved in the same transaction as the entries
    they cover, so a crash can never leave a 304 hiding entries that were not stored.
    A healthy source is next polled after an interval that follows its publishing rate
    within ``interval`` (the shortest and longest, in seconds), never sooner than its
    TTL, Cache-Control or Retry-After allow (see ``next_poll``).
    """
    record_fetches(con, run_id, poll.fetches)
    seen_at = now()
    rows: dict[str, dict[str, Any]] = {}
    for entry in poll.entries:
        rows.setdefault(
            entry.key,
            {
                "source_id": poll.source_id,
                "entry_key": entry.key,
                "url": entry.url,
                "canonical_url": canonical_url(entry.url),
                "title": entry.title,
                "summary": entry.summary,
                "published_at": entry.published_at,
                "first_seen_at": seen_at,
                "first_run_id": run_id,
            },
        )
    before = _count(con, "SELECT count(*) FROM entries WHERE source_id = ?", [poll.source_id])
    insert_rows(con, "entries", list(rows.values()))
    added = _count(con, "SELECT count(*) FROM entries WHERE source_id = ?", [poll.source_id]) - before
    if poll.ok:
        _run(
            con,
            "UPDATE sources SET etag = ?, last_modified = ?, body_hash = coalesce(?, body_hash),"
            " moved_to = coalesce(?, moved_to), failure_streak = 0, retry_after = ?,"
            " last_polled_at = ?, last_success_at = ?, last_error = NULL WHERE source_id = ?",
            [
                poll.etag,
                poll.last_modified,
                poll.body_hash,
                poll.moved_to,
                next_poll(con, poll, seen_at, interval),
                seen_at,
                seen_at,
                poll.source_id,
            ],
        )
    else:
        _run(
            con,
            "UPDATE sources SET failure_streak = failure_streak + 1, retry_after = ?,"
            " gone_at = CASE WHEN ? THEN ? ELSE gone_at END, moved_to = coalesce(?, moved_to),"
            " last_polled_at = ?, last_error = ? WHERE source_id = ?",
            [
                poll.retry_after,
                poll.gone,
                seen_at,
                poll.moved_to,
                seen_at,
                poll.error,
                poll.source_id,
            ],
        )
    return added


# The publishing rate is measured over this many days of entries.
RATE_DAYS = 14


def next_poll(
    con: duckdb.DuckDBPyConnection, poll: SourcePoll, at: datetime, interval: tuple[float, float]
) -> datetime | None:
    """When a healthy source is due again: half its mean gap between items over the last
    two weeks, within ``interval``, and never before its TTL, max-age or Retry-After."""
    shortest, longest = interval
    items = _count(
        con,
        "SELECT count(*) FROM entries WHERE source_id = ? AND coalesce(published_at, first_seen_at) >= ?",
        [poll.source_id, at - timedelta(days=RATE_DAYS)],
    )
    wait = min(max(RATE_DAYS * 86400.0 / items / 2, shortest), longest) if items else longest
    wait = max(wait, poll.cache_seconds or 0.0)
    due = at + timedelta(seconds=wait) if wait > 0 else None
    candidates = [t for t in (due, poll.retry_after) if t is not None]
    return max(candidates) if candidates else None


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    return int(con.execute(sql, params).fetchall()[0][0])


def pending_entries(con: duckdb.DuckDBPyConnection, source_ids: Sequence[str]) -> list[PendingEntry]:
    """Entries still waiting for their article, oldest first, including earlier runs' leftovers."""
    rows = con.execute(
        "SELECT source_id, entry_key, url, canonical_url, attempts FROM entries"
        " WHERE state = 'pending' AND source_id IN (SELECT unnest(?))"
        " ORDER BY first_seen_at, source_id, entry_key",
        [list(source_ids)],
    ).fetchall()
    return [PendingEntry(*row) for row in rows]


def known_articles(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> dict[str, str]:
    """Map already-stored canonical URLs to their article ids."""
    rows = con.execute(
        "SELECT url, article_id FROM article_urls WHERE url IN (SELECT unnest(?))",
        [list(set(urls))],
    ).fetchall()
    return dict(rows)


def link_entries(con: duckdb.DuckDBPyConnection, links: Iterable[tuple[PendingEntry, str]]) -> None:
    """Mark entries as done and tie the article to each source that listed it."""
    pairs = list(links)
    if not pairs:
        return
    at = now()
    sources = {
        (aid, e.source_id): {
            "article_id": aid,
            "source_id": e.source_id,
            "entry_key": e.entry_key,
            "linked_at": at,
        }
        for e, aid in reversed(pairs)
    }
    insert_rows(con, "article_sources", list(sources.values()))
    _update_entries(
        con,
        [
            {
                "source_id": e.source_id,
                "entry_key": e.entry_key,
                "state": "done",
                "attempts": e.attempts + 1,
                "last_error": None,
                "article_id": aid,
            }
            for e, aid in pairs
        ],
    )


def _update_entries(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    with _registered(con, "_tradewatch_entries", rows):
        _run(
            con,
            "UPDATE entries SET state = b.state, attempts = b.attempts, last_error = b.last_error,"
            " article_id = b.article_id FROM _tradewatch_entries b"
            " WHERE entries.source_id = b.source_id AND entries.entry_key = b.entry_key",
        )


def _existing_by_content(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> dict[str, str]:
    rows = con.execute(
        "SELECT content_hash, min(article_id) FROM articles WHERE content_hash IN (SELECT unnest(?))"
        " GROUP BY content_hash",
        [hashes],
    ).fetchall()
    return dict(rows)


def store_pages(
    con: duckdb.DuckDBPyConnection, run_id: str, outcomes: Sequence[PageOutcome], max_attempts: int
) -> BatchCounts:
    """Write one batch of fetched and parsed pages: articles, URLs, raw HTML, links and fetches.

    A page whose canonical URL or text is already stored (a syndicated copy, or the
    same story under a second URL) only adds links to the existing article.
    """
    counts = BatchCounts()
    record_fetches(con, run_id, (o.page.fetch for o in outcomes))
    hashes = {
        i: content_hash(o.article.text) for i, o in enumerate(outcomes) if o.article and o.article.paragraphs
    }
    by_content = _existing_by_content(con, list(hashes.values()))
    canonicals = {i: o.article.canonical_url for i, o in enumerate(outcomes) if o.article}
    by_url = known_articles(con, canonicals.values())
    articles, pages, links, failures = [], [], [], []
    extractions: list[tuple[str, tuple[Figure, ...], tuple[Target, ...]]] = []
    urls: dict[str, str] = {}
    fetched_at = now()
    for i, outcome in enumerate(outcomes):
        page, article = outcome.page, outcome.article
        if article is None:
            counts.articles_failed += 1
            final = not page.transient or min(e.attempts for e in page.entries) + 1 >= max_attempts
            failures += [
                {
                    "source_id": e.source_id,
                    "entry_key": e.entry_key,
                    "state": ("refused" if page.fetch.outcome == "refused" else "failed")
                    if final
                    else "pending",
                    "attempts": e.attempts + 1,
                    "last_error": page.fetch.error or page.fetch.outcome,
                    "article_id": None,
                }
                for e in page.entries
            ]
            continue
        text_hash = hashes.get(i)
        existing = by_url.get(canonicals[i]) or (by_content.get(text_hash) if text_hash else None)
        aid = existing or article_id(canonicals[i])
        for url in {
            page.canonical_url,
            canonicals[i],
            canonical_url(page.fetch.final_url or page.url),
        }:
            urls.setdefault(url, aid)
        links += [(e, aid) for e in page.entries]
        page_hash = digest(page.body)
        pages.append(
            {
                "page_hash": page_hash,
                "article_id": aid,
                "url": page.url,
                "final_url": page.fetch.final_url,
                "fetched_at": fetched_at,
                "content_type": page.content_type,
                "compression": PAGE_COMPRESSION,
                "size": len(page.body),
                "body": zlib.compress(page.body, 6),
            }
        )
        if existing:
            counts.articles_duplicate += 1
            continue
        by_url[canonicals[i]] = aid
        if text_hash:
            by_content[text_hash] = aid
        relevance = outcome.relevance
        counts.articles_new += 1
        counts.articles_relevant += int(bool(relevance and relevance.relevant))
        extractions.append((aid, outcome.figures, outcome.targets))
        articles.append(
            {
                "article_id": aid,
                "url": page.url,
                "canonical_url": canonicals[i],
                "fetched_at": fetched_at,
                "page_hash": page_hash,
                "first_run_id": run_id,
                **parsed_fields(article, relevance),
            }
        )
    insert_rows(con, "articles", articles)
    mark_copies(con, [(row["article_id"], row["text"] or "") for row in articles])
    counts.figures, counts.targets = store_extractions(con, extractions)
    insert_rows(con, "raw_pages", pages)
    insert_rows(con, "article_urls", [{"url": u, "article_id": a} for u, a in urls.items()])
    link_entries(con, links)
    _update_entries(con, failures)
    return counts


# Syndicated copies appear within weeks of the original; looking further back costs time
# that grows with the warehouse and finds nothing.
COPY_WINDOW_DAYS = 60
# Two texts whose sketches share three quarters of the smaller one are copies (about 3/5 of
# their 3-grams in common at least); different stories on one subject share a few hashes
# at most, and two stories of one outlet with the same boilerplate paragraphs well under half.
COPY_SHARE = 0.75
# A 3-gram in more stored texts than this is a stock phrase of the beat ("percent
# year-on-year", "the Ministry of Commerce"), not a sign of copying: it is left out of both
# the shared count and the sizes. Pairing through it cost time that grew with every text
# stored, and a story is rarely syndicated this many times.
COMMON_HASH_TEXTS = 100
# With fewer uncommon hashes than this, a text says too little to be called a copy.
MIN_UNCOMMON_HASHES = 8


def mark_copies(con: duckdb.DuckDBPyConnection, articles: Sequence[tuple[str, str]]) -> None:
    """Store the sketches of these (article_id, text) and mark each article that nearly repeats
    an earlier one as its copy.

    Earlier means published (else fetched) before it, or at the same time with a smaller
    id, so of two copies stored in one batch exactly one stays the original.
    """
    ids = sorted({aid for aid, _ in articles})
    if not ids:
        return
    # A re-parsed text gets a new sketch and is judged again.
    _run(con, "DELETE FROM article_sketches WHERE article_id IN (SELECT unnest(?))", [ids])
    _run(con, "UPDATE articles SET copy_of = NULL WHERE article_id IN (SELECT unnest(?))", [ids])
    rows = [{"article_id": aid, "h": h} for aid, text in articles for h in sketch(text)]
    if not rows:
        return
    insert_rows(con, "article_sketches", rows)
    _run(
        con,
        """
        UPDATE articles SET copy_of = found.original
        FROM (
            WITH batch AS (
                SELECT article_id, h FROM article_sketches WHERE article_id IN (SELECT unnest($ids))
            ),
            batch_uncommon AS (
                SELECT h FROM article_sketches WHERE h IN (SELECT h FROM batch)
                GROUP BY h HAVING count(*) <= $common
            ),
            pairs AS (
                SELECT n.article_id, o.article_id AS other, count(*) AS shared
                FROM batch n
                JOIN batch_uncommon USING (h)
                JOIN article_sketches o ON o.h = n.h AND o.article_id <> n.article_id
                GROUP BY ALL
                HAVING count(*) >= $share * $evidence  -- fewer can never pass the test below
            ),
            members AS (
                SELECT s.article_id, s.h FROM article_sketches s
                WHERE s.article_id IN (SELECT article_id FROM pairs UNION SELECT other FROM pairs)
            ),
            uncommon AS (
                SELECT h FROM article_sketches WHERE h IN (SELECT h FROM members)
                GROUP BY h HAVING count(*) <= $common
            ),
            sizes AS (
                SELECT article_id, count(*) AS size FROM members JOIN uncommon USING (h) GROUP BY article_id
            )
            SELECT pair.article_id,
                   arg_min(pair.other, (coalesce(o.published_at, o.fetched_at), o.article_id)) AS original
            FROM pairs pair
            JOIN sizes sn ON sn.article_id = pair.article_id
            JOIN sizes so ON so.article_id = pair.other
            JOIN articles n ON n.article_id = pair.article_id
            JOIN articles o ON o.article_id = pair.other
            WHERE pair.shared >= $share * least(sn.size, so.size)
              AND least(sn.size, so.size) >= $evidence
              AND o.copy_of IS NULL
              AND (coalesce(o.published_at, o.fetched_at), o.article_id)
                  < (coalesce(n.published_at, n.fetched_at), n.article_id)
              AND o.fetched_at >= now() - to_days($window)
            GROUP BY pair.article_id
        ) AS found
        WHERE articles.article_id = found.article_id
        """,
        {
            "ids": ids,
            "common": COMMON_HASH_TEXTS,
            "share": COPY_SHARE,
            "evidence": MIN_UNCOMMON_HASHES,
            "window": COPY_WINDOW_DAYS,
        },
    )


def parsed_fields(article: Article, relevance: Relevance | None) -> dict[str, Any]:
    """The ``articles`` columns that come from parsing, so a re-parse can refresh exactly these."""
    return {
        "title": article.title,
        "published_at": article.published_at,
        "outlet": article.outlet,
        "language": article.language,
        "authors": list(article.authors),
        "relevance": relevance.score if relevance else None,
        "relevant": bool(relevance and relevance.relevant),
        "matched_terms": sorted(relevance.matched) if relevance else [],
        "content_hash": content_hash(article.text) if article.paragraphs else None,
        "text": article.text or None,
        "problem": article.problem,
        "updated_at": article.updated_at,
        "captions": list(article.captions),
        "extractor": article.extractor,
    }


PARSED_COLUMNS = tuple(parsed_fields(Article(url="", canonical_url=""), None))


def _figure_id(article: str, span: tuple[int, int], unit: str | None) -> str:
    return digest(f"{article}:{span[0]}:{span[1]}:{unit}", 24)


def store_extractions(
    con: duckdb.DuckDBPyConnection, items: Sequence[tuple[str, Sequence[Figure], Sequence[Target]]]
) -> tuple[int, int]:
    """Replace the figures and targets of each given article; returns how many were written.

    Ids derive from the article and the span, so re-extracting unchanged text writes the
    same rows again and anything that refers to a figure keeps pointing at it.
    """
    if not items:
        return (0, 0)
    at = now()
    ids = [article for article, _, _ in items]
    for table in ("figures", "targets"):
        _run(con, f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
    figure_rows: dict[str, dict[str, Any]] = {}
    target_rows: dict[str, dict[str, Any]] = {}
    for article, figures, targets in items:
        figure_ids = [_figure_id(article, f.span, f.unit) for f in figures]
        restated = [figure_ids[f.equivalent_of] if f.equivalent_of is not None else None for f in figures]
        for ordinal, (figure, figure_id) in enumerate(zip(figures, figure_ids, strict=True)):
            figure_rows.setdefault(figure_id, {
                "figure_id": figure_id, "article_id": article, "ordinal": ordinal, "value": figure.value,
                "unit": figure.unit, "kind": figure.kind, "period": figure.period, "geo": figure.geo,
                "metric": figure.metric, "metric_key": figure.metric_key, "catalogued": figure.catalogued,
                "share_of": figure.share_of, "approx": figure.approx,
                "equivalent_of": restated[ordinal],
                "source": figure.source, "sentence": figure.sentence, "span_start": figure.span[0],
                "span_end": figure.span[1], "quote": figure.quote, "extractor_version": EXTRACTOR_VERSION,
                "extracted_at": at, "precision": stated_precision(figure.quote, figure.value),
                "basis": stated_basis(figure.sentence),
                "prior_period": shift_year(figure.period, -1) if figure.period else None,
            })  # fmt: skip
        for ordinal, target in enumerate(targets):
            target_id = _figure_id(article, target.span, target.unit)
            target_rows.setdefault(target_id, {
                "target_id": target_id, "article_id": article, "ordinal": ordinal, "value": target.value,
                "unit": target.unit, "comparator": target.comparator, "year": target.year, "geo": target.geo,
                "metric": target.metric, "metric_key": target.metric_key, "catalogued": target.catalogued,
                "issuer": target.issuer, "kind": target.kind, "sentence": target.sentence,
                "span_start": target.span[0], "span_end": target.span[1], "quote": target.quote,
                "extractor_version": EXTRACTOR_VERSION, "extracted_at": at,
                "precision": stated_precision(target.quote, target.value),
            })  # fmt: skip
    insert_rows(con, "figures", list(figure_rows.values()))
    insert_rows(con, "targets", list(target_rows.values()))
    return len(figure_rows), len(target_rows)


def raw_page(body: bytes, compression: str) -> bytes:
    """Undo the storage compression of a ``raw_pages.body``."""
    if compression != PAGE_COMPRESSION:
        raise ValueError(f"unknown page compression {compression!r}")
    return zlib.decompress(body)


@dataclass(frozen=True)
class StoredPage:
    """An article's raw page as kept, with the parsed columns currently stored for it."""

    article_id: str
    url: str
    content_type: str | None
    body: bytes
    fetched_at: datetime
    current: dict[str, Any]


def stored_pages(
    con: duckdb.DuckDBPyConnection, *, after: str, since: datetime | None, limit: int
) -> list[StoredPage]:
    """The next ``limit`` articles (by id, after ``after``) whose raw page is kept.

    Paging by key keeps memory flat and lets each batch use its own short connection.
    """
    columns = ", ".join(f"a.{c}" for c in PARSED_COLUMNS)
    rows = con.execute(
        "SELECT a.article_id, coalesce(r.final_url, r.url), r.content_type, r.compression, r.body,"
        f" r.fetched_at, {columns}"
        " FROM articles a JOIN raw_pages r ON r.page_hash = a.page_hash"
        " WHERE a.article_id > ? AND (CAST(? AS TIMESTAMPTZ) IS NULL OR a.fetched_at >= ?)"
        " ORDER BY a.article_id LIMIT ?",
        [after, since, since, limit],
    ).fetchall()
    return [
        StoredPage(
            article_id=row[0],
            url=row[1],
            content_type=row[2],
            body=raw_page(row[4], row[3]),
            fetched_at=row[5],
            current=dict(zip(PARSED_COLUMNS, row[6:], strict=True)),
        )
        for row in rows
    ]


def stored_page_count(con: duckdb.DuckDBPyConnection, *, since: datetime | None) -> int:
    """How many articles ``stored_pages`` would page through."""
    row = con.execute(
        "SELECT count(*) FROM articles a JOIN raw_pages r ON r.page_hash = a.page_hash"
        " WHERE CAST(? AS TIMESTAMPTZ) IS NULL OR a.fetched_at >= ?",
        [since, since],
    ).fetchone()
    return int(row[0]) if row else 0


FACT_COLUMNS = "value, unit, kind, period, geo, metric_key, equivalent_of IS NULL"


def facts_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> dict[str, set[tuple[Any, ...]]]:
    """What each article's figures and targets say, to tell whether a re-extraction changed anything."""
    found: dict[str, set[tuple[Any, ...]]] = {aid: set() for aid in article_ids}
    rows = con.execute(
        f"SELECT article_id, 'f', {FACT_COLUMNS} FROM figures WHERE article_id IN (SELECT unnest(?)) "
        "UNION ALL SELECT article_id, 't', value, unit, kind, year::TEXT, geo, metric_key, comparator = '>' "
        "FROM targets WHERE article_id IN (SELECT unnest(?))",
        [list(article_ids), list(article_ids)],
    ).fetchall()
    for article, *fact in rows:
        found[article].add(tuple(fact))
    return found


def recompare(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """Have these articles compared again at the end of the run (their facts or relevance changed)."""
    if article_ids:
        _run(
            con,
            "UPDATE articles SET compared_at = NULL WHERE article_id IN (SELECT unnest(?))",
            [list(article_ids)],
        )


def update_parsed(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> None:
    """Overwrite the parsed columns of the given articles (``article_id`` plus ``PARSED_COLUMNS``)."""
    if not rows:
        return
    assignments = ", ".join(f"{c} = b.{c}" for c in PARSED_COLUMNS)
    with _registered(con, "_tradewatch_parsed", [{k: _storable(v) for k, v in r.items()} for r in rows]):
        _run(
            con,
            f"UPDATE articles SET {assignments} FROM _tradewatch_parsed b"
            " WHERE articles.article_id = b.article_id",
        )
