"""Compare the figures and targets of newly stored articles with the records before them.

An article is new until it has been compared (``articles.compared_at``). Its figures
are checked against every earlier record of the same fact (same metric key, place,
period, kind, unit and currency basis) and against the user's reference statistics;
its targets against earlier targets of the same metric. SQL finds the matching earlier
records by key, so the work grows with the new figures, not with the history; the
rules that decide what is worth an alert are the Python below, one small function per
kind, which a reader can check against the README.

Quiet by design: a value that agrees with an earlier one within the precision either was
stated with raises nothing (it corroborates); copies of one article are never compared
(``articles.copy_of``); a half-year is never compared with a full year; growth in yuan
terms is never compared with growth in dollar terms. Each alert's id is a hash of the
fact it reports, so comparing again (a rerun, a reparse) adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from parsers.fingerprints import digest
from warehouse.load import _run, insert_rows, now
from warehouse.wording import amount, change, place

# Every check pairs a new record with records of the same metric at the same place, so
# the history it needs is the comparable figures of the new records' (metric, place)
# pairs: taken once, by key, it keeps the work in proportion to the new records rather
# than to everything stored.
HISTORY = (
    """
    CREATE OR REPLACE TEMP TABLE compare_keys AS
    SELECT metric_key, geo FROM figures WHERE article_id IN (SELECT article_id FROM compare_new)
    UNION
    SELECT metric_key, geo FROM targets WHERE article_id IN (SELECT article_id FROM compare_new)
    """,
    # The figures first, on their own, so only theirs are joined with their articles.
    """
    CREATE OR REPLACE TEMP TABLE compare_ids AS
    SELECT f.figure_id FROM figures f
    SEMI JOIN compare_keys k ON k.metric_key = f.metric_key AND k.geo IS NOT DISTINCT FROM f.geo
    """,
    """
    CREATE OR REPLACE TEMP TABLE compare_history AS
    SELECT * FROM comparable_figures WHERE record_id IN (SELECT figure_id FROM compare_ids)
    """,
)
# Every pick of one record among several (arg_max) ends its ordering with the record id:
# ties in time are common (a day's articles share a date), and left open, two comparisons
# of the same data could pick different records and raise different alerts.
# An article's "before": compared already, or said earlier (a tie broken by id).
BEFORE = "(e.compared_at IS NOT NULL OR (e.said_at, e.article_id) < (n.said_at, n.article_id))"
SAME_FACT = (
    "e.metric_key = n.metric_key AND e.geo IS NOT DISTINCT FROM n.geo AND e.period = n.period "
    "AND e.kind = n.kind AND e.unit IS NOT DISTINCT FROM n.unit AND e.basis = n.basis"
)
FRESH = "SELECT * FROM compare_history WHERE article_id IN (SELECT article_id FROM compare_new)"
# A revision bigger than this (in percent of the old value) is high severity.
BIG_REVISION_PCT = 1.0
# Figures of one fact in one article this many times apart: one of them is misread or misprinted.
MAGNITUDE_RATIO = 5.0
# Plausible US dollars per unit of each currency, with room for a decade of moves: a
# restatement ("2.9 trillion yuan ($406.6 billion)") outside the band is a typo or a misread.
USD_PER_UNIT = {
    "CNY": (0.11, 0.19),
    "EUR": (0.85, 1.45),
    "GBP": (1.0, 1.75),
    "JPY": (0.005, 0.012),
    "INR": (0.009, 0.018),
    "MYR": (0.17, 0.30),
    "KRW": (0.0006, 0.001),
    "SGD": (0.6, 0.85),
    "HKD": (0.12, 0.135),
    "AUD": (0.55, 0.85),
    "CAD": (0.65, 0.85),
    "IDR": (0.00005, 0.00009),
    "VND": (0.000035, 0.00005),
    "THB": (0.025, 0.035),
}


@dataclass(frozen=True)
class Alert:
    """One alert, before it is written; ``fact`` is what makes it the same alert next time."""

    kind: str
    severity: str
    fact: tuple[Any, ...]
    metric_key: str
    summary: str
    metric: str | None = None
    geo: str | None = None
    period: str | None = None
    unit: str | None = None
    old_value: float | None = None
    new_value: float | None = None
    change_pct: float | None = None
    record_id: str | None = None
    compared_id: str | None = None
    compared_with: str | None = None
    article_id: str | None = None
    url: str | None = None
    sentence: str | None = None
    quote: str | None = None

    @property
    def alert_id(self) -> str:
        return digest("|".join(str(part) for part in (self.kind, *self.fact)), 24)


def _rows(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> list[dict[str, Any]]:
    result = con.execute(sql, params if isinstance(params, dict) else list(params))
    names = [d[0] for d in result.description or ()]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


# Two values agree when they are within the looser of their precisions, with room for
# floating-point rounding; SQL and Python use the same two constants.
AGREE_SLACK = 1.000001
AGREE_FLOOR = 1e-9


def agree(a: float, precision_a: float, b: float, precision_b: float) -> bool:
    """Whether two stated values can be the same number: "2.9 trillion" agrees with 2.88 trillion."""
    return abs(a - b) <= max(precision_a, precision_b) * AGREE_SLACK + AGREE_FLOOR


def pct_change(old: float | None, new: float | None) -> float | None:
    if old is None or new is None or old == 0:
        return None
    return (new / old - 1) * 100


def _publisher_sql(column: str) -> str:
    """A publisher's name as compared: "The Ministry of Commerce" is "ministry of commerce"."""
    return f"trim(regexp_replace(lower(coalesce({column}, '')), '^\\s*the\\s+', ''))"


def _figure_alert(
    kind: str, severity: str, fact: tuple[Any, ...], n: dict[str, Any], summary: str, **extra: Any
) -> Alert:
    return Alert(
        kind=kind,
        severity=severity,
        fact=fact,
        metric_key=n["metric_key"],
        summary=summary,
        metric=n["metric"],
        geo=n["geo"],
        period=n["period"],
        unit=n["unit"],
        new_value=n["value"],
        record_id=n["record_id"],
        article_id=n["article_id"],
        url=n["url"],
        sentence=n["sentence"],
        quote=n["quote"],
        **extra,
    )


def new_metrics(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """A metric (at a place) with no earlier record at all."""
    rows = _rows(
        con,
        f"""
        SELECT n.* FROM ({FRESH}) n
        WHERE NOT EXISTS (
            SELECT 1 FROM compare_history e
            WHERE e.metric_key = n.metric_key AND e.geo IS NOT DISTINCT FROM n.geo
              AND e.article_id <> n.article_id AND {BEFORE})
          AND NOT EXISTS (
            SELECT 1 FROM reference_figures r
            WHERE r.metric_key = n.metric_key AND r.geo IS NOT DISTINCT FROM n.geo)
        QUALIFY row_number() OVER (
            PARTITION BY n.metric_key, n.geo
            ORDER BY n.said_at, n.article_id, n.kind NOT IN ('level', 'count', 'share'), n.record_id) = 1
        """,
    )
    return [
        _figure_alert(
            "new_metric",
            "low",
            (n["metric_key"], n["geo"]),
            n,
            f"New metric: {n['metric']} [{n['metric_key']}] ({place(n['geo'], n['period'])}): "
            f"{amount(n['value'], n['unit'])}",
        )
        for n in rows
    ]


def fact_checks(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """Each new figure against earlier records of the same fact: confirmation, revision or conflict;
    and, when the fact is new for a known series, the new period with the previous comparable one."""
    fresh = _rows(con, FRESH)
    if not fresh:
        return []
    # One row per new figure, however many earlier records say the same fact: a backfill
    # of hundreds of articles repeating one figure must not pair each with all the others.
    own = f"{_publisher_sql('e.publisher')} = {_publisher_sql('n.publisher')}"
    by_own = "(e.said_at, e.record_id)"
    by_latest = "(e.said_at, -e.precision, e.record_id)"
    earlier = _rows(
        con,
        f"""
        SELECT n.record_id AS new_id,
               bool_or({own}) AS has_own,
               arg_max(e.record_id, {by_own}) FILTER (WHERE {own}) AS own_id,
               arg_max(e.value, {by_own}) FILTER (WHERE {own}) AS own_value,
               arg_max(e.precision, {by_own}) FILTER (WHERE {own}) AS own_precision,
               arg_max(e.said_at, {by_own}) FILTER (WHERE {own}) AS own_said_at,
               bool_or(abs(n.value - e.value) <= greatest(n.precision, e.precision) * {AGREE_SLACK}
                       + {AGREE_FLOOR}) AS any_agrees,
               arg_max(e.record_id, {by_latest}) AS latest_id,
               arg_max(e.value, {by_latest}) AS latest_value,
               arg_max(e.publisher, {by_latest}) AS latest_publisher
        FROM ({FRESH}) n JOIN compare_history e ON {SAME_FACT}
        WHERE e.article_id <> n.article_id AND {BEFORE}
        GROUP BY n.record_id
        """,
    )
    references = _rows(
        con,
        f"""
        SELECT n.record_id AS new_id, r.reference_id, r.value, r.precision, r.source, r.url
        FROM ({FRESH}) n JOIN reference_figures r
          ON r.metric_key = n.metric_key AND r.geo IS NOT DISTINCT FROM n.geo AND r.period = n.period
         AND r.kind = n.kind AND r.unit IS NOT DISTINCT FROM n.unit
        """,
    )
    # Earlier periods of each new figure's series; the previous comparable one has the same
    # shape, so a half-year is never compared with a year.
    same_shape = "regexp_replace(e.period, '\\d{4}', 'Y', 'g') = regexp_replace(n.period, '\\d{4}', 'Y', 'g')"
    by_period = "(e.period, e.said_at, e.record_id)"
    comparable_filter = f"FILTER (WHERE e.period < n.period AND {same_shape})"
    series = _rows(
        con,
        f"""
        SELECT n.record_id AS new_id,
               arg_max(e.period, {by_period}) {comparable_filter} AS period,
               arg_max(e.value, {by_period}) {comparable_filter} AS value,
               arg_max(e.record_id, {by_period}) {comparable_filter} AS id
        FROM ({FRESH}) n JOIN compare_history e
          ON e.metric_key = n.metric_key AND e.geo IS NOT DISTINCT FROM n.geo AND e.kind = n.kind
         AND e.unit IS NOT DISTINCT FROM n.unit AND e.basis = n.basis AND e.period <> n.period
         AND e.article_id <> n.article_id AND {BEFORE}
        GROUP BY n.record_id
        """,
    )
    by_new = {row["new_id"]: row for row in earlier}
    reference = {row["new_id"]: row for row in references}
    known_series = {row["new_id"] for row in series}
    before = {row["new_id"]: row for row in series if row["period"] is not None}
    alerts = []
    for n in fresh:
        ref = reference.get(n["record_id"])
        if ref is not None:
            if not agree(n["value"], n["precision"], ref["value"], ref["precision"]):
                alerts.append(_conflict(n, ref["value"], ref["reference_id"], "reference", ref["source"]))
            continue
        same = by_new.get(n["record_id"])
        if same and same["has_own"]:  # the same publisher said something else before: a revision
            if not agree(n["value"], n["precision"], same["own_value"], same["own_precision"]):
                alerts.append(_revision(n, {"record_id": same["own_id"], "value": same["own_value"]}))
            continue
        if same:
            if not same["any_agrees"]:
                alerts.append(
                    _conflict(n, same["latest_value"], same["latest_id"], "figure", same["latest_publisher"])
                )
            continue
        if n["record_id"] in known_series and n["kind"] != "change":
            alerts.append(_new_period(n, before.get(n["record_id"])))
    return alerts


def _pair(a: float, b: float) -> tuple[float, float]:
    """Two values in a fixed order: A against B and B against A are one disagreement, alerted once."""
    first, second = sorted((float(f"{a:.9g}"), float(f"{b:.9g}")))
    return first, second


def _conflict(n: dict[str, Any], old: float, compared_id: str, compared_with: str, who: str | None) -> Alert:
    pct = pct_change(old, n["value"])
    against = f"the reference ({who})" if compared_with == "reference" else (who or "an earlier source")
    return _figure_alert(
        "conflict",
        "high",
        (
            n["metric_key"],
            n["geo"],
            n["period"],
            n["kind"],
            n["unit"],
            n["basis"],
            *_pair(n["value"], old),
        ),
        n,
        f"Sources disagree on {n['metric']} ({place(n['geo'], n['period'])}): "
        f"{n['publisher'] or 'a new source'} "
        f"says {amount(n['value'], n['unit'])}, {against} said {amount(old, n['unit'])}",
        old_value=old,
        change_pct=pct,
        compared_id=compared_id,
        compared_with=compared_with,
    )


def _revision(n: dict[str, Any], e: dict[str, Any]) -> Alert:
    pct = pct_change(e["value"], n["value"])
    severity = "high" if pct is None or abs(pct) >= BIG_REVISION_PCT else "medium"
    return _figure_alert(
        "revision",
        severity,
        (
            n["metric_key"],
            n["geo"],
            n["period"],
            n["kind"],
            n["unit"],
            n["basis"],
            *_pair(n["value"], e["value"]),
        ),
        n,
        f"Revised: {n['metric']} ({place(n['geo'], n['period'])}) {amount(e['value'], n['unit'])} -> "
        f"{amount(n['value'], n['unit'])} {change(pct)} ({n['publisher'] or 'same source'})".rstrip(),
        old_value=e["value"],
        change_pct=pct,
        compared_id=e["record_id"],
        compared_with="figure",
    )


def _new_period(n: dict[str, Any], before: dict[str, Any] | None) -> Alert:
    severity = "medium" if n["catalogued"] else "low"
    fact = (n["metric_key"], n["geo"], n["period"], n["kind"], n["unit"], n["basis"])
    if before is None:
        summary = (
            f"New period: {n['metric']} ({place(n['geo'], n['period'])}): {amount(n['value'], n['unit'])}"
        )
        return _figure_alert("new_period", severity, fact, n, summary)
    pct = pct_change(before["value"], n["value"]) if n["kind"] in ("level", "count") else None
    summary = (
        f"New period: {n['metric']} ({place(n['geo'], n['period'])}): {amount(before['value'], n['unit'])} "
        f"({before['period']}) -> {amount(n['value'], n['unit'])} {change(pct)}"
    ).rstrip()
    return _figure_alert(
        "new_period",
        severity,
        fact,
        n,
        summary,
        old_value=before["value"],
        change_pct=pct,
        compared_id=before["id"],
        compared_with="figure",
    )


def growth_checks(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """A stated growth rate that the recorded levels contradict (2.72 -> 2.9 trillion is +6.6 %, not +15 %).

    Every stated rate touched by this comparison (a new rate, or a rate whose levels just
    arrived) is checked against the levels of its period and of the same period a year
    before, each taken with its precision.
    """
    by_now = "(now.article_id = c.article_id, now.said_at, now.record_id)"
    by_prior = "(prior.said_at, prior.record_id)"
    rows = _rows(
        con,
        f"""
        WITH fresh AS (
            SELECT * FROM compare_history WHERE article_id IN (SELECT article_id FROM compare_new)
        ),
        rates AS (
            SELECT c.* FROM compare_history c
            WHERE c.kind = 'change' AND c.unit = 'percent' AND c.prior_period IS NOT NULL
              AND (c.article_id IN (SELECT article_id FROM compare_new)
                   OR EXISTS (SELECT 1 FROM fresh l WHERE l.kind = 'level' AND l.metric_key = c.metric_key
                              AND l.geo IS NOT DISTINCT FROM c.geo
                              AND l.period IN (c.period, c.prior_period)))
        ),
        levels AS (
            SELECT metric_key, geo, period, unit, record_id, value, precision, said_at, article_id
            FROM compare_history WHERE kind = 'level'
            UNION ALL
            SELECT metric_key, geo, period, unit, reference_id, value, precision, loaded_at, NULL
            FROM reference_figures WHERE kind = 'level'
        )
        SELECT c.record_id, c.article_id, c.metric_key, c.metric, c.geo, c.period, c.unit, c.value,
               c.precision,
               c.url, c.sentence, c.quote, c.said_at, c.basis,
               -- the level from the rate's own article when it gives one, else the latest
               arg_max(now.record_id, {by_now}) AS now_id,
               arg_max(now.value, {by_now}) AS now_value,
               arg_max(now.precision, {by_now}) AS now_precision,
               arg_max(now.unit, {by_now}) AS level_unit,
               arg_max(prior.record_id, {by_prior}) AS prior_id,
               arg_max(prior.value, {by_prior}) AS prior_value,
               arg_max(prior.precision, {by_prior}) AS prior_precision
        FROM rates c
        JOIN levels now ON now.metric_key = c.metric_key AND now.geo IS NOT DISTINCT FROM c.geo
         AND now.period = c.period AND (c.basis = '' OR now.unit = c.basis)
        JOIN levels prior ON prior.metric_key = c.metric_key AND prior.geo IS NOT DISTINCT FROM c.geo
         AND prior.period = c.prior_period AND prior.unit IS NOT DISTINCT FROM now.unit
        GROUP BY ALL
        """,
    )
    alerts = []
    for c in rows:
        low_now, high_now = c["now_value"] - c["now_precision"], c["now_value"] + c["now_precision"]
        low_prior, high_prior = (
            c["prior_value"] - c["prior_precision"],
            c["prior_value"] + c["prior_precision"],
        )
        if low_prior <= 0 or high_prior <= 0:
            continue
        implied_low, implied_high = (low_now / high_prior - 1) * 100, (high_now / low_prior - 1) * 100
        stated_low, stated_high = c["value"] - c["precision"], c["value"] + c["precision"]
        if stated_high >= implied_low and stated_low <= implied_high:
            continue
        implied = (c["now_value"] / c["prior_value"] - 1) * 100
        alerts.append(
            _figure_alert(
                "inconsistent",
                "high",
                ("growth", c["record_id"], c["now_id"], c["prior_id"]),
                c | {"kind": "change"},
                f"Inconsistent: {c['metric']} ({place(c['geo'], c['period'])}) is said to have grown "
                f"{change(c['value'])}, but the recorded levels "
                f"{amount(c['prior_value'], c['level_unit'])} -> "
                f"{amount(c['now_value'], c['level_unit'])} give {change(implied)}",
                old_value=implied,
                change_pct=c["value"] - implied,
                compared_id=c["now_id"],
                compared_with="figure",
            )
        )
    return alerts


def magnitude_checks(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """One article giving one fact two values an order of magnitude apart."""
    rows = _rows(
        con,
        f"""
        SELECT n.*, e.record_id AS other_id, e.value AS other_value
        FROM ({FRESH}) n JOIN ({FRESH}) e ON e.article_id = n.article_id AND {SAME_FACT}
        WHERE e.record_id < n.record_id AND least(abs(n.value), abs(e.value)) > 0
          AND greatest(abs(n.value), abs(e.value)) / least(abs(n.value), abs(e.value)) >= ?
        """,
        [MAGNITUDE_RATIO],
    )
    return [
        _figure_alert(
            "inconsistent",
            "high",
            ("magnitude", n["record_id"], n["other_id"]),
            n,
            f"Inconsistent: one article gives {n['metric']} ({place(n['geo'], n['period'])}) as both "
            f"{amount(n['other_value'], n['unit'])} and {amount(n['value'], n['unit'])}",
            old_value=n["other_value"],
            compared_id=n["other_id"],
            compared_with="figure",
        )
        for n in rows
    ]


def exchange_checks(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """A restatement in dollars that implies an exchange rate no market has had."""
    rows = _rows(
        con,
        """
        SELECT f.figure_id AS record_id, f.article_id, f.metric_key, f.metric, f.geo, f.period, f.unit,
               f.value,
               f.quote, f.sentence, a.canonical_url AS url, d.value AS other_value, d.unit AS other_unit,
               d.figure_id AS other_id, d.quote AS other_quote
        FROM figures d
        JOIN figures f ON f.figure_id = d.equivalent_of
        JOIN articles a ON a.article_id = f.article_id
        WHERE d.article_id IN (SELECT article_id FROM compare_new) AND a.relevant AND a.copy_of IS NULL
          AND f.article_id IN (SELECT article_id FROM compare_new)  -- a restatement shares its sentence
          AND 'USD' IN (d.unit, f.unit) AND f.value <> 0 AND d.value <> 0
        """,
    )
    alerts = []
    for r in rows:
        other, usd_per_unit = (
            (r["unit"], r["other_value"] / r["value"])
            if r["other_unit"] == "USD"
            else (r["other_unit"], r["value"] / r["other_value"])
        )
        band = USD_PER_UNIT.get(other)
        if band is None or band[0] <= usd_per_unit <= band[1]:
            continue
        alerts.append(
            Alert(
                kind="inconsistent",
                severity="high",
                fact=("exchange", r["record_id"], r["other_id"]),
                metric_key=r["metric_key"],
                metric=r["metric"],
                geo=r["geo"],
                period=r["period"],
                unit=r["unit"],
                new_value=r["value"],
                old_value=r["other_value"],
                record_id=r["record_id"],
                compared_id=r["other_id"],
                compared_with="figure",
                article_id=r["article_id"],
                url=r["url"],
                sentence=r["sentence"],
                quote=r["quote"],
                summary=f"Inconsistent: {r['quote']!r} restated as {r['other_quote']!r} implies "
                f"{usd_per_unit:.4g} US dollars per {other}, outside {band[0]:g}-{band[1]:g}",
            )
        )
    return alerts


COMPATIBLE = {(">", ">="), (">=", ">"), ("<", "<="), ("<=", "<")}
TARGET_ROWS = """
    SELECT t.target_id AS record_id, t.article_id, t.metric_key, t.metric, t.geo, t.unit, t.value,
           coalesce(t.precision, abs(t.value) * 0.005) AS precision, t.comparator, t.year, t.kind,
           lower(regexp_replace(coalesce(t.issuer, ''), '^(?i:the)\\s+', '')) AS issuer,
           t.issuer AS issuer_name, t.quote, t.sentence, t.catalogued, a.canonical_url AS url,
           coalesce(a.published_at, a.fetched_at) AS said_at,
           a.compared_at
    FROM targets t JOIN articles a USING (article_id)
    WHERE a.relevant AND a.copy_of IS NULL
"""


# Issuers that say only what kind of body or document set a goal: a government restates its
# goal as "the plan", "the country" or "the government" from one article to the next, so a
# target by one of them is compared with the same metric's targets by anyone. A forecast
# is always its forecaster's.
GENERIC_ISSUER = (
    r"(?:|country|nation|government|central government|state|province|city|officials|authorities|ministry|"
    r"plan|action plan|development plan|five-year plan|guidelines?|policy|programme|program|strategy|"
    r"blueprint|roadmap|measures|circular|opinions|white paper)"
)


def _same_goal(n: dict[str, Any], e: dict[str, Any]) -> bool:
    """The same target worded differently: "at least 80 %" and "the 80 % target" are one goal."""
    if not agree(n["value"], n["precision"], e["value"], e["precision"]):
        return False
    pair = (n["comparator"], e["comparator"])
    return pair[0] == pair[1] or "=" in pair or "~" in pair or pair in COMPATIBLE


def _target_line(t: dict[str, Any]) -> str:
    return f"{t['comparator']} {amount(t['value'], t['unit'])} by {t['year']}"


def target_checks(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """New targets and forecasts, and changed ones (value, comparator, deadline) of one metric and issuer."""
    fresh = _rows(
        con, f"SELECT * FROM ({TARGET_ROWS}) WHERE article_id IN (SELECT article_id FROM compare_new)"
    )
    if not fresh:
        return []
    earlier = _rows(
        con,
        f"""
        SELECT n.record_id AS new_id, e.* FROM ({TARGET_ROWS}) n JOIN ({TARGET_ROWS}) e
          ON e.metric_key = n.metric_key AND e.geo IS NOT DISTINCT FROM n.geo AND e.kind = n.kind
         AND (e.issuer = n.issuer OR (n.kind = 'target' AND (regexp_full_match(e.issuer, $generic)
              OR regexp_full_match(n.issuer, $generic))))
         AND e.article_id <> n.article_id
         AND (e.compared_at IS NOT NULL OR (e.said_at, e.article_id) < (n.said_at, n.article_id))
        WHERE n.article_id IN (SELECT article_id FROM compare_new)
        """,
        {"generic": GENERIC_ISSUER},
    )
    by_new: dict[str, list[dict[str, Any]]] = {}
    for row in earlier:
        by_new.setdefault(row["new_id"], []).append(row)
    alerts = []
    for n in fresh:
        same = by_new.get(n["record_id"], [])
        same_year = [e for e in same if e["year"] == n["year"]]
        who = n["issuer_name"] or "unattributed"
        base = {
            "metric_key": n["metric_key"],
            "metric": n["metric"],
            "geo": n["geo"],
            "period": str(n["year"]),
            "unit": n["unit"],
            "new_value": n["value"],
            "record_id": n["record_id"],
            "article_id": n["article_id"],
            "url": n["url"],
            "sentence": n["sentence"],
            "quote": n["quote"],
        }
        if same_year:
            if any(_same_goal(n, e) for e in same_year):
                continue
            e = max(same_year, key=lambda row: (row["said_at"], row["record_id"]))
            alerts.append(_target_changed(n, e, base, who, f"{_target_line(e)} -> {_target_line(n)}"))
            continue
        moved = [e for e in same if _same_goal(n, e)]
        if moved:  # the same goal with another deadline
            e = max(moved, key=lambda row: (row["said_at"], row["record_id"]))
            alerts.append(_target_changed(n, e, base, who, f"deadline {e['year']} -> {n['year']}"))
            continue
        label = "New forecast" if n["kind"] == "forecast" else "New target"
        alerts.append(
            Alert(
                kind="new_target",
                severity="medium" if n["catalogued"] else "low",
                fact=_goal(n),
                summary=f"{label}: {n['metric']} ({place(n['geo'], None) or 'no place'}) "
                f"{_target_line(n)} ({who})",
                **base,
            )
        )
    return alerts


def _goal(n: dict[str, Any]) -> tuple[Any, ...]:
    """What identifies a target for its alert's id: who wants what, where, how much, by when."""
    return (
        n["metric_key"],
        n["geo"],
        n["issuer"],
        n["kind"],
        n["year"],
        n["comparator"],
        round(n["value"], 9),
    )


def _target_changed(n: dict[str, Any], e: dict[str, Any], base: dict[str, Any], who: str, what: str) -> Alert:
    return Alert(
        kind="target_changed",
        severity="high",
        fact=(*_goal(n), e["record_id"]),
        summary=f"Target changed: {n['metric']} ({who}): {what}",
        old_value=e["value"],
        compared_id=e["record_id"],
        compared_with="target",
        change_pct=pct_change(e["value"], n["value"]),
        **base,
    )


def progress_checks(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """The latest actual against each target on the same metric, when either is new;
    and a forecast met by its outcome (forecast 2.95 trillion for 2024, outcome 2.71 trillion)."""
    rows = _rows(
        con,
        f"""
        WITH goals AS ({TARGET_ROWS}),
        actuals AS (
            SELECT * FROM compare_history  -- actuals: a value for a period that was over when said
            WHERE kind IN ('level', 'share', 'count') AND period NOT LIKE '%/%'
              AND left(period, 4)::INTEGER <= year(said_at)
        )
        SELECT g.record_id AS target_id, g.metric_key, g.metric, g.geo, g.unit, g.value AS target_value,
               g.comparator, g.year, g.kind AS goal_kind, g.issuer, g.issuer_name, g.quote AS target_quote,
               arg_max(a.record_id, (a.period, a.said_at, a.record_id)) AS record_id,
               arg_max(a.value, (a.period, a.said_at, a.record_id)) AS value,
               arg_max(a.period, (a.period, a.said_at, a.record_id)) AS period,
               arg_max(a.article_id, (a.period, a.said_at, a.record_id)) AS article_id,
               arg_max(a.url, (a.period, a.said_at, a.record_id)) AS url,
               arg_max(a.sentence, (a.period, a.said_at, a.record_id)) AS sentence,
               arg_max(a.quote, (a.period, a.said_at, a.record_id)) AS quote,
               bool_or(a.article_id IN (SELECT article_id FROM compare_new)) AS actual_new,
               bool_or(g.article_id IN (SELECT article_id FROM compare_new)) AS goal_new
        FROM goals g JOIN actuals a
          ON a.metric_key = g.metric_key AND a.geo IS NOT DISTINCT FROM g.geo
         AND a.unit IS NOT DISTINCT FROM g.unit AND left(a.period, 4)::INTEGER <= g.year
        GROUP BY ALL
        HAVING actual_new OR goal_new
        """,
    )
    alerts = []
    for r in rows:
        common = {
            "metric_key": r["metric_key"],
            "metric": r["metric"],
            "geo": r["geo"],
            "period": r["period"],
            "unit": r["unit"],
            "old_value": r["target_value"],
            "new_value": r["value"],
            "record_id": r["record_id"],
            "compared_id": r["target_id"],
            "compared_with": "target",
            "article_id": r["article_id"],
            "url": r["url"],
            "sentence": r["sentence"],
            "quote": r["quote"],
        }
        goal = f"{r['comparator']} {amount(r['target_value'], r['unit'])} by {r['year']}"
        if r["goal_kind"] == "forecast" and r["period"] == str(r["year"]):
            alerts.append(
                Alert(
                    kind="forecast_outcome",
                    severity="medium",
                    fact=(r["target_id"], r["record_id"]),
                    summary=f"Forecast and outcome: {r['metric']} ({place(r['geo'], r['period'])}): forecast "
                    f"{amount(r['target_value'], r['unit'])} ({r['issuer_name'] or 'unattributed'}), "
                    f"outcome {amount(r['value'], r['unit'])}",
                    change_pct=pct_change(r["target_value"], r["value"]),
                    **common,
                )
            )
            continue
        if r["goal_kind"] != "target":
            continue
        alerts.append(
            Alert(
                kind="target_progress",
                severity="low",
                # one alert per goal, however many articles restated it
                fact=(
                    r["metric_key"],
                    r["geo"],
                    r["issuer"],
                    r["year"],
                    round(r["target_value"], 9),
                    r["period"],
                    round(r["value"], 9),
                ),
                summary=f"Progress: {r['metric']} ({place(r['geo'], None) or 'no place'}) was "
                f"{amount(r['value'], r['unit'])} in {r['period']}, against the target {goal} "
                f"({r['issuer_name'] or 'unattributed'})",
                **common,
            )
        )
    return alerts


CHECKS = (
    new_metrics,
    fact_checks,
    growth_checks,
    magnitude_checks,
    exchange_checks,
    target_checks,
    progress_checks,
)


def _alert_rows(alerts: Iterable[Alert], run_id: str) -> list[dict[str, Any]]:
    at = now()
    rows: dict[str, dict[str, Any]] = {}
    for alert in alerts:
        row = {name: getattr(alert, name) for name in Alert.__dataclass_fields__ if name != "fact"}
        rows.setdefault(
            alert.alert_id, row | {"alert_id": alert.alert_id, "created_at": at, "run_id": run_id}
        )
    return list(rows.values())


# New articles compared per step. A backfill of thousands of articles is compared a step
# at a time, oldest first, so memory stays that of one step; a step's articles are then
# history for the next, which is what "before" means anyway, so the alerts are the same.
COMPARE_STEP = 500


def compare(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Compare every article not compared yet with the records before it; returns the alerts added.

    Runs in the caller's transaction: the alerts and the articles' ``compared_at`` commit
    together, so a crash before the commit leaves the articles to be compared next run.
    """
    new = [
        row[0]
        for row in con.execute(
            "SELECT article_id FROM articles WHERE compared_at IS NULL"
            " ORDER BY coalesce(published_at, fetched_at), article_id"
        ).fetchall()
    ]
    return sum(
        _compare_step(con, new[i : i + COMPARE_STEP], run_id) for i in range(0, len(new), COMPARE_STEP)
    )


def _compare_step(con: duckdb.DuckDBPyConnection, new: list[str], run_id: str) -> int:
    _run(con, "CREATE OR REPLACE TEMP TABLE compare_new AS SELECT unnest(?::TEXT[]) AS article_id", [new])
    for statement in HISTORY:
        _run(con, statement)
    added = insert_alerts(con, (alert for check in CHECKS for alert in check(con)), run_id)
    _run(
        con,
        "UPDATE articles SET compared_at = ? WHERE article_id IN (SELECT article_id FROM compare_new)",
        [now()],
    )
    for table in ("compare_new", "compare_keys", "compare_ids", "compare_history"):
        _run(con, f"DROP TABLE {table}")
    return added


def insert_alerts(con: duckdb.DuckDBPyConnection, alerts: Iterable[Alert], run_id: str) -> int:
    """Write the alerts not raised before (by id); returns how many were new."""
    rows = _alert_rows(alerts, run_id)
    before = con.execute("SELECT count(*) FROM alerts").fetchall()[0][0]
    insert_rows(con, "alerts", rows)
    after = con.execute("SELECT count(*) FROM alerts").fetchall()[0][0]
    return int(after) - int(before)
