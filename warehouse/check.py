"""Integrity of a warehouse: what must hold after any crash, kill or bad input.

Every batch is one transaction, so these hold unless something outside tradewatch
damaged the file, or a bug did. Each check is one SQL query counting the rows that
break a rule; the scan of every table also makes DuckDB read, and checksum, every block.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


def _orphans(table: str) -> str:
    return f"(SELECT count(*) FROM {table} x WHERE x.article_id NOT IN (SELECT article_id FROM articles))"


def _span_mismatches(table: str) -> str:
    return (
        f"(SELECT count(*) FROM {table} x JOIN articles a USING (article_id)"
        " WHERE substr(a.text, x.span_start + 1, x.span_end - x.span_start) IS DISTINCT FROM x.quote)"
    )


# (name, what it means when rows are found, query counting those rows)
RULES: tuple[tuple[str, str, str], ...] = (
    ("orphan_figures", "figures whose article is missing", f"SELECT {_orphans('figures')}"),
    ("orphan_targets", "targets whose article is missing", f"SELECT {_orphans('targets')}"),
    (
        "orphan_alerts",
        "alerts pointing at an article that is missing",
        "SELECT count(*) FROM alerts l WHERE l.article_id NOT IN (SELECT article_id FROM articles)",
    ),
    (
        "orphan_links",
        "URLs, source links or raw pages of an article that is missing",
        f"SELECT {_orphans('article_urls')} + {_orphans('article_sources')} + {_orphans('raw_pages')}",
    ),
    (
        "entries_without_article",
        "feed entries marked done whose article is missing",
        "SELECT count(*) FROM entries e WHERE e.state = 'done'"
        " AND (e.article_id IS NULL OR e.article_id NOT IN (SELECT article_id FROM articles))",
    ),
    (
        "duplicate_articles",
        "articles stored twice under one canonical URL",
        "SELECT count(*) FROM (SELECT canonical_url FROM articles GROUP BY 1 HAVING count(*) > 1)",
    ),
    (
        "broken_provenance",
        "figures or targets whose span does not hold their quote in the article's text",
        f"SELECT {_span_mismatches('figures')} + {_span_mismatches('targets')}",
    ),
    (
        "dangling_equivalents",
        "currency restatements pointing at a figure that is missing",
        "SELECT count(*) FROM figures f WHERE f.equivalent_of IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM figures o WHERE o.figure_id = f.equivalent_of)",
    ),
)


@dataclass(frozen=True)
class Problem:
    rule: str
    meaning: str
    rows: int


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[Problem, ...]
    tables: dict[str, int]  # rows per table, every block of which was read
    unfinished_runs: int  # runs still marked running: killed, or running now

    @property
    def ok(self) -> bool:
        return not self.problems


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_type = 'BASE TABLE' AND table_schema = 'main' ORDER BY 1"
    ).fetchall()
    return [str(name) for (name,) in rows]


def check(con: duckdb.DuckDBPyConnection) -> CheckReport:
    """Read every table whole and count the rows that break each rule."""
    tables = {}
    for table in _tables(con):
        # Hashing every row reads every column of every block, so a damaged block fails here.
        (count, _) = con.execute(f'SELECT count(*), sum(hash(t)) FROM "{table}" t').fetchall()[0]
        tables[table] = int(count)
    problems = []
    for rule, meaning, sql in RULES:
        (rows,) = con.execute(sql).fetchall()[0]
        if rows:
            problems.append(Problem(rule=rule, meaning=meaning, rows=int(rows)))
    (unfinished,) = con.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchall()[0]
    return CheckReport(problems=tuple(problems), tables=tables, unfinished_runs=int(unfinished))
