"""Scale-out flows: workers poll groups of sources and stage batches; one loader merges them.

``stage-sources`` runs on any worker that can reach the staging folder and never opens
the warehouse; each worker keeps its crawl state in a spool of its own. ``load-staged``
is the warehouse's one writer: it merges the batches of every group, then compares
and raises alerts once, against the whole history, exactly as a single-process run would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, get_run_logger

from flows.ingest import RunReport, ingest, publish_alerts, publish_run, raise_alerts, recorded_run
from flows.settings import Settings, default_db_path, load_settings
from warehouse.db import writing
from warehouse.load import BatchCounts, mark_copies
from warehouse.lock import run_lock
from warehouse.queries import totals
from warehouse.staging import Batch, BatchError, archive, load_batch, ready_batches, stage_batch

_UNSAFE = re.compile(r"[^A-Za-z0-9_.]+")


@dataclass
class StageReport:
    """What one worker's run polled and staged."""

    group: str
    run: RunReport
    batch: Batch | None


def group_name(tags: list[str]) -> str:
    """A file-name-safe name for a group of tags; it names the spool and the staged batches."""
    return "+".join(sorted(_UNSAFE.sub("_", tag) for tag in tags))


@flow(name="stage-sources")
def stage_sources(
    tags: list[str], config: str | None = None, staging: str | None = None, spool: str | None = None
) -> StageReport:
    """Poll the sources tagged with one of ``tags`` and stage what is new for the loader."""
    settings = load_settings(config, tags=tags)
    group = group_name(tags)
    spool_db = Path(spool) if spool else settings.spool / f"{group}.duckdb"
    with run_lock(spool_db, settings.lock_wait):
        report = ingest(settings, spool_db, alerts=False)
        with writing(spool_db) as con:
            batch = stage_batch(con, Path(staging) if staging else settings.staging, group)
    publish_run(report)
    get_run_logger().info(
        "group %s: %d sources ok, %d failed, %d new articles; staged %s",
        group,
        report.sources_ok,
        report.sources_failed,
        report.articles.articles_new,
        f"{batch.batch_id} ({batch.total} rows)" if batch else "nothing",
    )
    return StageReport(group=group, run=report, batch=batch)


def merge_staged(settings: Settings, db: Path, staging: Path) -> RunReport:
    """Merge every ready batch (each in its own transaction), then compare once.

    A batch that cannot be merged is reported and left in place; the others go on.
    """
    with recorded_run(db) as report:
        with writing(db) as con:
            before = totals(con)
        for folder in ready_batches(staging):
            try:
                with writing(db) as con:
                    batch = load_batch(con, folder)
            except BatchError as exc:
                report.errors.append(str(exc))
                continue
            if batch:
                report.fetches += batch.rows.get("fetches", 0)
            archive(staging, folder)
        with writing(db) as con:
            # Copies are judged here, where every group's articles are seen together.
            uncompared = con.execute(
                "SELECT article_id, coalesce(text, '') FROM articles WHERE compared_at IS NULL"
            ).fetchall()
            mark_copies(con, uncompared)
            report.alerts = raise_alerts(con, settings, report.run_id)
            after = totals(con)
        # What the merge added, not what was staged: an article staged by two groups is one.
        report.entries_new = after.entries - before.entries
        report.articles = BatchCounts(
            articles_new=after.articles - before.articles,
            articles_relevant=after.relevant - before.relevant,
            figures=after.figures - before.figures,
            targets=after.targets - before.targets,
        )
    return report


@flow(name="load-staged")
def load_staged(config: str | None = None, db: str | None = None, staging: str | None = None) -> RunReport:
    """Merge the batches staged by workers into the warehouse and raise the alerts they bring."""
    settings = load_settings(config)
    target = Path(db) if db else default_db_path()
    with run_lock(target, settings.lock_wait):
        report = merge_staged(settings, target, Path(staging) if staging else settings.staging)
    publish_run(report)
    publish_alerts(settings, target, report)
    get_run_logger().info(
        "merged %d staged articles, %d figures, %d targets; %d alerts",
        report.articles.articles_new,
        report.articles.figures,
        report.articles.targets,
        report.alerts,
    )
    return report
