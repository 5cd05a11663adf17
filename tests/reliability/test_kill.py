"""Kill -9 at random points of a run, then run again.

Each trial starts a run in a child process against a fresh warehouse, kills it with
SIGKILL at a random moment between its first request and the time a whole run takes
(so kills land in polling, fetching and parsing, comparing, and publishing the reports),
checks the warehouse, runs
again to the end, and compares the result with a clean run of the same site: the same
articles, entries, figures, targets and alerts, each alert raised once.
"""

from __future__ import annotations

import random
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.pages import rss, story
from tests.reliability.conftest import KILL_TRIALS, TRADEWATCH, Ledger, command_env
from tests.site import Site
from tests.test_staging import facts
from warehouse.check import check
from warehouse.db import connect

pytestmark = [pytest.mark.usefixtures("prefect_server"), pytest.mark.slow]
ARTICLES = 30
# Each page answers after a pause, so a run lasts seconds and a kill lands in every stage.
PAGE_DELAY = 0.02


def _start(config: Path, db: Path) -> subprocess.Popen[bytes]:
    """``tradewatch run``, the command a scheduler runs, against the session's Prefect API."""
    command = [TRADEWATCH, "run", "--config", str(config), "--db", str(db)]
    return subprocess.Popen(command, env=command_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _stage(db: Path) -> str:
    """Where the killed run was, read from what it had committed."""
    if not db.exists():
        return "start-up"
    con = connect(db)
    try:
        (runs, running, entries, articles, uncompared) = con.execute(
            "SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM runs WHERE status = 'running'),"
            " (SELECT count(*) FROM entries), (SELECT count(*) FROM articles),"
            " (SELECT count(*) FROM articles WHERE compared_at IS NULL)"
        ).fetchall()[0]
    finally:
        con.close()
    if not runs:
        return "start-up"
    if not running:
        return "publishing reports and artifacts"
    if not entries:
        return "polling the feed"
    if articles < ARTICLES:
        return "fetching and parsing"
    return "comparing" if uncompared else "closing the run"


@pytest.fixture
def newsroom(site: Site, tmp_path: Path) -> Path:
    items = []
    for n in range(1, ARTICLES + 1):
        site.add(f"/a/{n}.html", story(n), delay=PAGE_DELAY)
        items.append({"link": f"{{base}}/a/{n}.html", "guid": f"s{n}", "title": f"Story {n}"})
    site.add("/feed.xml", rss(items))
    return write_config(
        tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n', run="concurrency = 2"
    )


def _wait_for_first_request(site: Site, before: int, child: subprocess.Popen[bytes]) -> float:
    """The moment the run asked for its feed: the process's imports and start-up are over."""
    while len(site.hits("/feed.xml")) == before and child.poll() is None:
        time.sleep(0.01)
    return time.monotonic()


def test_kill_at_random_points_then_run_again(
    newsroom: Path, site: Site, tmp_path: Path, reports: Path, ledger: Ledger
) -> None:
    clean_db = tmp_path / "clean.duckdb"
    child = _start(newsroom, clean_db)
    started = _wait_for_first_request(site, 0, child)
    while child.poll() is None and not any(reports.glob("alerts-*.md")):
        time.sleep(0.01)
    run_seconds = time.monotonic() - started  # to the report, the run's last write
    assert child.wait(300) == 0, child.stderr.read() if child.stderr else ""
    expected = facts(clean_db)
    assert len(expected["articles"]) == ARTICLES and expected["alerts"]

    rng = random.Random(20261129)
    stages: Counter[str] = Counter()
    survived = lost = 0
    for trial in range(KILL_TRIALS):
        db = tmp_path / f"trial-{trial}.duckdb"
        child = _start(newsroom, db)
        _wait_for_first_request(site, len(site.hits("/feed.xml")), child)
        try:
            child.wait(run_seconds * (trial + rng.random()) / KILL_TRIALS)  # spread evenly over the run
        except subprocess.TimeoutExpired:
            child.kill()  # SIGKILL: no clean-up of any kind
            child.wait()
        stage = _stage(db)
        stages[stage] += 1
        if db.exists():
            con = connect(db)
            try:
                assert check(con).ok, f"trial {trial}: the killed run left the warehouse inconsistent"
            finally:
                con.close()
        again = _start(newsroom, db)
        assert again.wait(300) == 0, again.stderr.read() if again.stderr else ""
        con = connect(db)
        try:
            report = check(con)
        finally:
            con.close()
        found = facts(db)
        lost += sum(len(set(expected[t]) - set(found[t])) for t in expected)
        assert report.ok and found == expected, f"trial {trial} (killed while {stage})"
        survived += 1
    print(f"kills by stage: {dict(stages)}")
    for stage, count in sorted(stages.items()):
        ledger.record(f"kill -9 while {stage}, then run again", count, count)
    assert survived == KILL_TRIALS and lost == 0
