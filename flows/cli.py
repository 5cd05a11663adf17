"""The ``tradewatch`` command: a thin layer over the flows and the warehouse.

Each subcommand parses its arguments, calls one function, and prints. Expected
failures (a config mistake, a locked or missing warehouse, bad SQL) become one line
on stderr and a non-zero exit; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

# Prefect reads these when it is imported: no outside lookups, and time enough for its
# temporary server to start on a busy two-core machine.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}
# The terminal gets tradewatch's own summary; Prefect's log lines (still recorded in
# Prefect's API) are shown only with --debug.
QUIET_CONSOLE = {"PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "CRITICAL"}
DEMO_DB = Path("data/demo.duckdb")
DB_HELP = "warehouse file (default: $TRADEWATCH_DB or data/tradewatch.duckdb)"
CONFIG_HELP = "sources file (default: $TRADEWATCH_CONFIG or config/sources.toml)"
STAGING_HELP = "staging folder (default: $TRADEWATCH_STAGING or data/staging)"
HISTORY_FILE = Path("~/.tradewatch_history")
EXIT_ERROR = 1


class CommandError(Exception):
    """A failure the user can act on, printed as one line."""


def _prepare_prefect(debug: bool) -> None:
    for key, value in (PREFECT_DEFAULTS if debug else PREFECT_DEFAULTS | QUIET_CONSOLE).items():
        os.environ.setdefault(key, value)


def _print_run(report: Any) -> None:
    from flows.report import run_text
    from warehouse.db import reading
    from warehouse.queries import latest_relevant, totals

    with reading(report.db) as con:
        print(run_text(report, totals(con), latest_relevant(con)))


def cmd_run(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows.ingest import poll_sources

    report = poll_sources(
        config=args.config,
        db=args.db,
        sources=args.source or None,
        listings=[list(pair) for pair in args.listing] if args.listing else None,
        tags=args.tag or None,
    )
    _print_run(report)
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows.stage import stage_sources

    staged = stage_sources(tags=args.tag, config=args.config, staging=args.staging, spool=args.spool)
    run = staged.run
    batch = f"batch {staged.batch.batch_id} ({staged.batch.total} rows)" if staged.batch else "nothing new"
    print(
        f"Group {staged.group}: {run.sources_ok} sources ok, {run.sources_failed} failed, "
        f"{run.articles.articles_new} new articles ({run.articles.articles_relevant} relevant); "
        f"staged {batch}"
    )
    for error in run.errors[:20]:
        print(f"  - {' '.join(error.split())}")
    return 0


def cmd_load_staged(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows.stage import load_staged

    _print_run(load_staged(config=args.config, db=args.db, staging=args.staging))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows import summaries
    from flows.demo import demo_site
    from flows.ingest import poll_sources
    from warehouse.db import reading
    from warehouse.queries import alerts

    reports = []
    with demo_site() as site:
        for day in (1, 2):
            site.day = day
            print(f"== Day {day}")
            reports.append(poll_sources(config=str(site.config), db=str(args.db)))
            _print_run(reports[-1])
    with reading(args.db) as con:
        first = alerts(con, run_id=reports[0].run_id)
        second = alerts(con, run_id=reports[1].run_id)
    kinds = Counter(a.kind for a in first)
    print(f"\n== Day 1 started the history: {', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}")
    print(f"\n== What day 2 changed\n{summaries.text(second)}")
    query = "SELECT published_at, outlet, title FROM relevant_articles"
    print(f'\nExplore it: .venv/bin/tradewatch sql --db {args.db} "{query}"')
    print(f"All alerts: .venv/bin/tradewatch alerts --db {args.db}; the day's report is in reports/")
    return 0


def cmd_reparse(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows.reparse import reparse

    flow = reparse
    if args.dask is not None:
        try:
            from flows.reparse_dask import dask_reparse
        except ImportError as exc:
            raise CommandError(f"--dask needs the dask extra (uv sync --extra dask): {exc}") from exc
        flow = dask_reparse(args.dask or None)
    report = flow(config=args.config, db=args.db, since=args.since)
    print(
        f"Re-parsed {report.scanned} stored articles in {report.seconds:.1f} s: {report.changed} changed "
        f"({report.now_relevant} now relevant, {report.no_longer_relevant} no longer relevant), "
        f"{report.figures} figures and {report.targets} targets extracted, {report.alerts} new alerts; "
        f"warehouse: {report.db}"
    )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """One JSON object per input, one per line; a file that cannot be read is reported and skipped."""
    from flows.extract_files import InputError, extract_file
    from flows.settings import DEFAULT_CATALOG, load_catalog

    catalog = load_catalog(Path(args.catalog) if args.catalog else DEFAULT_CATALOG)
    failed = 0
    for path in args.paths:
        try:
            record = extract_file(Path(path), args.published, catalog)
        except InputError as exc:
            failed += 1
            print(f"error: {path}: {exc}", file=sys.stderr)
            continue
        print(json.dumps(record, ensure_ascii=False))
    return EXIT_ERROR if failed else 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from flows import summaries
    from flows.publish import alert_histories
    from warehouse.db import reading
    from warehouse.queries import alerts

    db = Path(args.db) if args.db else _default_db()
    since = datetime.combine(args.since, time(), tzinfo=UTC) if args.since else None
    with reading(db) as con:
        found = alerts(con, since=since, run_id=args.run, min_severity=args.min_severity)
        if args.format == "html":
            print(summaries.html_page(found, alert_histories(con, found)))
        else:
            print(summaries.render(args.format, found))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows.serve import serve_deployments

    serve_deployments(only=args.only or None)
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    _prepare_prefect(args.debug)
    from flows.digest import daily_digest

    report = daily_digest(config=args.config, db=args.db, hours=args.hours, min_severity=args.min_severity)
    print(
        f"{report.alerts} alerts in the last {args.hours} hours ({report.high} high); "
        f"{report.report_md}, {report.report_html}; {report.sent} sent"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.check import check
    from warehouse.db import reading

    db = Path(args.db) if args.db else _default_db()
    try:
        with reading(db) as con:
            report = check(con)
    except duckdb.Error as exc:  # a damaged block, met while reading every table
        raise CommandError(f"{db} is damaged: {' '.join(str(exc).split())}") from exc
    rows = sum(report.tables.values())
    print(f"Read {len(report.tables)} tables, {rows} rows of {db}: every block readable.")
    if report.unfinished_runs:
        print(
            f"{report.unfinished_runs} run(s) marked running: running now, or killed "
            "(the next run closes them)."
        )
    for problem in report.problems:
        print(f"PROBLEM {problem.rule}: {problem.rows} {problem.meaning}")
    print("No problems." if report.ok else f"{len(report.problems)} kinds of problem found.")
    return 0 if report.ok else EXIT_ERROR


def cmd_status(args: argparse.Namespace) -> int:
    from warehouse.db import reading
    from warehouse.queries import status

    db = Path(args.db) if args.db else _default_db()
    with reading(db) as con:
        found = status(con)
    size = db.stat().st_size / 1e6
    t = found.tables
    print(
        f"Warehouse {db} ({size:.1f} MB): {t['articles']} articles, {t['figures']} figures, "
        f"{t['targets']} targets, {t['alerts']} alerts ({found.unsent} not sent), {t['raw_pages']} raw pages"
    )
    print("Last runs:" if found.runs else "No runs yet.")
    for started, state, seconds, new, figures, raised, errors in found.runs:
        took = f"{seconds:6.1f} s" if seconds is not None else "   ... "
        counts = f"{new:>4} new articles  {figures:>5} figures  {raised:>4} alerts  {errors:>3} problems"
        print(f"  {started:%Y-%m-%d %H:%M} UTC  {state:<11} {took}  {counts}")
    print(f"Sources: {found.sources} enabled, {found.healthy} healthy")
    for source_id, streak, last_success, resting, error in found.failing:
        since = f"{last_success:%Y-%m-%d %H:%M}" if last_success else "never"
        rest = f", resting until {resting:%Y-%m-%d %H:%M}" if resting else ""
        problem = " ".join(str(error).split())[:80]
        print(f"  {source_id}: {streak} failures in a row, last success {since}{rest}: {problem}")
    today = ", ".join(f"{found.alerts_today.get(s, 0)} {s}" for s in ("high", "medium", "low"))
    print(f"Alerts today: {today}  (tradewatch alerts --since {datetime.now(UTC):%Y-%m-%d})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from warehouse.db import reading
    from warehouse.export import export_parquet

    db = Path(args.db) if args.db else _default_db()
    with reading(db) as con:
        written = export_parquet(con, Path(args.parquet))
    print(f"Exported to {args.parquet}: " + ", ".join(f"{table} {rows}" for table, rows in written.items()))
    return 0


def cmd_prune(args: argparse.Namespace) -> int:
    from warehouse.db import compact, writing
    from warehouse.export import prune_raw_pages

    db = Path(args.db) if args.db else _default_db()
    with writing(db) as con:
        dropped = prune_raw_pages(con, args.raw_pages_older_than)
    compact(db)
    days = args.raw_pages_older_than
    print(f"Dropped the raw HTML of {dropped} pages fetched more than {days} days ago from {db}")
    return 0


def cmd_load_reference(args: argparse.Namespace) -> int:
    from warehouse.db import writing
    from warehouse.reference import ReferenceError, load_reference, read_csv

    db = Path(args.db) if args.db else _default_db()
    try:
        rows = read_csv(Path(args.file))
    except ReferenceError as exc:
        raise CommandError(str(exc)) from exc
    run_id = f"reference-{datetime.now(UTC):%Y%m%dT%H%M%S}"
    with writing(db) as con:
        loaded = load_reference(con, rows, run_id)
    print(f"Loaded {loaded.records} reference records into {db}; {loaded.alerts} new alerts "
          f"(tradewatch alerts --run {run_id})")  # fmt: skip
    return 0


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_format_value(v) for v in value)
    return str(value)


def _print_table(columns: list[str], rows: list[tuple[Any, ...]], max_width: int = 60) -> None:
    cells = [[_format_value(v).replace("\n", " ")[:max_width] for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _emit(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_format_value(v) for v in row] for row in rows])
    elif fmt == "json":
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    else:
        _print_table(columns, rows)


def _query(db: Path, sql: str, fmt: str) -> None:
    import duckdb

    from warehouse.db import reading
    from warehouse.queries import run_query

    with reading(db) as con:
        try:
            result = run_query(con, sql)
        except duckdb.Error as exc:
            raise CommandError(str(exc).splitlines()[0]) from exc
    _emit(result.columns, result.rows, fmt)


def _interactive(db: Path, fmt: str) -> int:
    """A small SQL prompt: statements end with ';', history is kept between sessions."""
    import readline

    history = HISTORY_FILE.expanduser()
    if history.exists():
        readline.read_history_file(history)
    print(f"tradewatch SQL on {db} (read-only). End statements with ';'. Ctrl-D to quit.")
    buffer: list[str] = []
    try:
        while True:
            try:
                line = input("sql> " if not buffer else "...> ")
            except EOFError:
                print()
                return 0
            buffer.append(line)
            statement = "\n".join(buffer).strip()
            if not statement.endswith(";"):
                continue
            buffer.clear()
            try:
                _query(db, statement, fmt)
            except CommandError as exc:
                print(f"error: {exc}", file=sys.stderr)
    finally:
        readline.write_history_file(history)


def cmd_sql(args: argparse.Namespace) -> int:
    db = Path(args.db) if args.db else _default_db()
    if args.query:
        _query(db, args.query, args.format)
        return 0
    return _interactive(db, args.format)


def cmd_sources(args: argparse.Namespace) -> int:
    from flows.settings import load_settings

    settings = load_settings(args.config)
    rows = [
        (s.source_id, s.kind, "yes" if s.enabled else "no", ", ".join(s.tags), s.url)
        for s in settings.sources
    ]
    _emit(["id", "kind", "enabled", "tags", "url"], rows, args.format)
    return 0


def _default_db() -> Path:
    from flows.settings import default_db_path

    return default_db_path()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradewatch",
        description="Monitor digital-trade news: feeds in, a DuckDB warehouse of articles out.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks instead of one-line errors")
    parser.add_argument("--version", action="version", version="tradewatch 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="poll the sources once and store new articles",
        description="Run the ingestion flow once, in this process (no Prefect server needed).",
    )
    run.add_argument("--config", help=CONFIG_HELP)
    run.add_argument(
        "--source",
        action="append",
        metavar="URL",
        help="a feed URL or local path; repeatable; replaces the configured sources",
    )
    run.add_argument(
        "--listing",
        action="append",
        nargs=2,
        metavar=("URL", "SELECTOR"),
        help="an HTML listing page and the CSS selector of its article links; repeatable",
    )
    run.add_argument(
        "--tag", action="append", metavar="TAG", help="poll only the sources with this tag; repeatable"
    )
    run.add_argument("--db", help=DB_HELP)
    run.set_defaults(handler=cmd_run)

    stage = sub.add_parser(
        "stage",
        help="poll one group of sources on this worker and stage the results for the loader",
        description="Poll the sources with one of the tags into this worker's spool warehouse, then write "
        "what is new as a Parquet batch in the staging folder. Never opens the warehouse.",
    )
    stage.add_argument("--tag", action="append", required=True, metavar="TAG", help="the group; repeatable")
    stage.add_argument("--config", help=CONFIG_HELP)
    stage.add_argument("--staging", metavar="DIR", help=STAGING_HELP)
    stage.add_argument(
        "--spool", metavar="FILE", help="this worker's spool (default: data/spool/<group>.duckdb)"
    )
    stage.set_defaults(handler=cmd_stage)

    load_staged = sub.add_parser(
        "load-staged",
        help="merge the batches staged by workers into the warehouse and raise alerts",
        description="Merge every complete batch in the staging folder, each in one transaction (a batch "
        "loaded twice adds nothing), then compare the new figures and targets once.",
    )
    load_staged.add_argument("--config", help=CONFIG_HELP)
    load_staged.add_argument("--staging", metavar="DIR", help=STAGING_HELP)
    load_staged.add_argument("--db", help=DB_HELP)
    load_staged.set_defaults(handler=cmd_load_staged)

    demo = sub.add_parser(
        "demo",
        help="crawl the bundled demo sources into a demo warehouse",
        description="Serve the bundled demo site on 127.0.0.1 and run the real flow on it.",
    )
    demo.add_argument("--db", type=Path, default=DEMO_DB, help=f"warehouse file (default: {DEMO_DB})")
    demo.set_defaults(handler=cmd_demo)

    sql = sub.add_parser(
        "sql",
        help="query the warehouse read-only",
        description="Run one SQL query, or open a prompt when no query is given.",
    )
    sql.add_argument("query", nargs="?", help="the SQL to run; omit for an interactive prompt")
    sql.add_argument("--db", help=DB_HELP)
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sql.set_defaults(handler=cmd_sql)

    reparse = sub.add_parser(
        "reparse",
        help="re-parse stored raw HTML after parser or topic changes",
        description="Re-parse the kept raw pages (no fetching) and report how many articles changed.",
    )
    reparse.add_argument("--since", type=_date, metavar="DATE", help="only articles fetched on or after DATE")
    reparse.add_argument(
        "--dask",
        nargs="?",
        const="",
        metavar="ADDRESS",
        help="parse on a Dask cluster (the dask extra): the scheduler at ADDRESS, else a local one",
    )
    reparse.add_argument("--config", help="sources file, for the topic (default: config/sources.toml)")
    reparse.add_argument("--db", help=DB_HELP)
    reparse.set_defaults(handler=cmd_reparse)

    extract = sub.add_parser(
        "extract",
        help="print the figures and targets of text, HTML or JSON files",
        description="Extract figures and policy targets from files; one JSON object per input, per line.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html or .json files")
    extract.add_argument(
        "--published", type=_date, metavar="YYYY-MM-DD", help="publication date of every input"
    )
    extract.add_argument("--catalog", help="metric catalog (default: config/metrics.toml)")
    extract.set_defaults(handler=cmd_extract)

    alerts = sub.add_parser(
        "alerts",
        help="show alerts: what is new or changed in the tracked figures and targets",
        description="Alerts grouped by severity and metric, each with its old and new value, the change, "
        "the sentence it came from and its source.",
    )
    alerts.add_argument("--since", type=_date, metavar="DATE", help="raised on or after DATE (UTC)")
    alerts.add_argument("--run", metavar="ID", help="raised by one run")
    alerts.add_argument("--min-severity", choices=["high", "medium", "low"], default="low")
    alerts.add_argument("--format", choices=["text", "md", "html", "json"], default="text")
    alerts.add_argument("--db", help=DB_HELP)
    alerts.set_defaults(handler=cmd_alerts)

    status = sub.add_parser(
        "status",
        help="last runs, source health, today's alerts and the warehouse's size at a glance",
        description="A one-screen summary of the warehouse: the last runs, failing sources, alerts, sizes.",
    )
    status.add_argument("--db", help=DB_HELP)
    status.set_defaults(handler=cmd_status)

    check = sub.add_parser(
        "check",
        help="verify the warehouse's integrity (read-only)",
        description="Read every table whole (so DuckDB checks every block) and look for orphan figures, "
        "targets and alerts, duplicate articles, broken provenance spans; exit 1 if anything is wrong.",
    )
    check.add_argument("--db", help=DB_HELP)
    check.set_defaults(handler=cmd_check)

    export = sub.add_parser(
        "export",
        help="write the tables as Parquet files partitioned by month",
        description="Write DIR/<table>/month=YYYY-MM/*.parquet for pandas, polars, Spark or a data lake; "
        "exporting again replaces the files.",
    )
    export.add_argument("--parquet", required=True, metavar="DIR")
    export.add_argument("--db", help=DB_HELP)
    export.set_defaults(handler=cmd_export)

    prune = sub.add_parser(
        "prune",
        help="drop old raw HTML to keep the warehouse small (figures keep their provenance text)",
        description="Delete raw pages fetched more than N days ago and compact the file. Articles, figures, "
        "targets and alerts keep their text and quotes; only reparse can no longer re-read those pages.",
    )
    prune.add_argument("--raw-pages-older-than", type=int, required=True, metavar="DAYS")
    prune.add_argument("--db", help=DB_HELP)
    prune.set_defaults(handler=cmd_prune)

    serve = sub.add_parser(
        "serve",
        help="run the deployments of prefect.yaml on their schedules, in this process",
        description="Serve poll-sources (every 30 minutes), daily-digest (daily) and reparse (on demand) "
        "with Prefect, without a work pool or worker. Uses the Prefect API in PREFECT_API_URL, or starts "
        "a temporary one. Stop with Ctrl-C; the schedules stay active for the next start.",
    )
    serve.add_argument(
        "--only", action="append", metavar="NAME", help="serve only this deployment; repeatable"
    )
    serve.set_defaults(handler=cmd_serve)

    digest = sub.add_parser(
        "digest",
        help="summarise the alerts of the last 24 hours (the daily-digest flow)",
        description="Write reports/digest-YYYY-MM-DD.md and .html and the Prefect artifact "
        'tradewatch-digest; send the unsent alerts when [notify] send = "daily-digest".',
    )
    digest.add_argument("--hours", type=int, default=24)
    digest.add_argument("--min-severity", choices=["high", "medium", "low"], default="low")
    digest.add_argument("--config", help=CONFIG_HELP)
    digest.add_argument("--db", help=DB_HELP)
    digest.set_defaults(handler=cmd_digest)

    reference = sub.add_parser(
        "load-reference",
        help="load official statistics to check news figures against",
        description="Load a CSV of reference records (metric_key, geo, period, kind, value, unit, source, "
        "url). News figures that disagree with a reference record raise a conflict naming it.",
    )
    reference.add_argument("file", metavar="FILE.csv")
    reference.add_argument("--db", help=DB_HELP)
    reference.set_defaults(handler=cmd_load_reference)

    sources = sub.add_parser(
        "sources",
        help="list the configured sources",
        description="Validate the sources file and list its sources.",
    )
    sources.add_argument("--config", help=CONFIG_HELP)
    sources.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sources.set_defaults(handler=cmd_sources)
    return parser


def _expected_errors() -> tuple[type[BaseException], ...]:
    from flows.settings import ConfigError
    from warehouse.db import WarehouseError

    return (CommandError, ConfigError, WarehouseError)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        expected = isinstance(exc, _expected_errors())
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        prefix = "error" if expected else f"error ({type(exc).__name__})"
        print(f"{prefix}: {message}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
