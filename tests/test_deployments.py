"""prefect.yaml against a real Prefect server: deploy, process workers, triggered runs.

One test runs poll-sources on a worker; one runs the scale-out deployments with two
workers, one per source group, and checks the merged warehouse. Everything runs offline
on 127.0.0.1 with a temporary PREFECT_HOME: the same commands the README's walkthroughs
give, from `prefect server start` to a completed run.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from flows.demo import demo_site
from tests.conftest import write_config
from tests.newsroom import rows
from tests.pages import article_html, rss
from tests.site import Site
from tests.test_staging import facts
from warehouse.db import reading
from warehouse.staging import MANIFEST, ready_batches

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).parent / "prefect")
STARTUP_SECONDS = 120


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture
def prefect_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A Prefect server on a free loopback port, with its own PREFECT_HOME, and the env to reach it."""
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_WORKER_QUERY_SECONDS": "2",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    server = _start(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        env,
        tmp_path / "server.log",
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{env['PREFECT_API_URL']}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, (tmp_path / "server.log").read_text()
            time.sleep(1)
        else:
            pytest.fail("the Prefect server did not start: " + (tmp_path / "server.log").read_text())
        yield env
    finally:
        _stop(server)


def _cli(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [PREFECT, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_deploy_from_prefect_yaml_and_run_poll_sources_on_a_worker(
    prefect_env: dict[str, str], site: Site, tmp_path: Path
) -> None:
    site.add("/feed.xml", rss([{"link": "{base}/a.html", "guid": "a"}]))
    site.add("/a.html", article_html("Digital trade grows"))
    config = write_config(tmp_path, f'[[sources]]\nid = "feed"\nurl = "{site.url("/feed.xml")}"\n')
    db = tmp_path / "warehouse.duckdb"
    env = {**prefect_env, "TRADEWATCH_CONFIG": str(config), "TRADEWATCH_DB": str(db)}

    _cli(["work-pool", "create", "tradewatch", "--type", "process"], env)
    deployed = _cli(["--no-prompt", "deploy", "--all"], env)
    assert "poll-sources" in deployed and "daily-digest" in deployed and "reparse" in deployed
    worker = _start(
        [PREFECT, "worker", "start", "--pool", "tradewatch", "--limit", "1"], env, tmp_path / "worker.log"
    )
    try:
        _cli(["deployment", "run", "poll-sources/poll-sources"], env)
        deadline = time.monotonic() + STARTUP_SECONDS
        status = None
        while time.monotonic() < deadline and status not in ("completed", "failed"):
            time.sleep(2)
            if db.exists():
                try:
                    with reading(db) as con:
                        rows = con.execute("SELECT status FROM runs").fetchall()
                    status = rows[0][0] if rows else None
                except Exception:  # noqa: BLE001 - the run holds the file while it writes
                    continue
        assert status == "completed", (tmp_path / "worker.log").read_text()[-3000:]
    finally:
        _stop(worker)
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE relevant").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM figures").fetchall()[0][0] > 0


def _staged_groups(staging: Path) -> set[str]:
    return {json.loads((b / MANIFEST).read_text())["group"] for b in ready_batches(staging)}


def _ready(staging: Path, groups: set[str], logs: list[Path]) -> None:
    """Wait for a batch of each group; a group's own schedule may add another, which is fine."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if _staged_groups(staging) >= groups:
            return
        time.sleep(2)
    pytest.fail("\n".join(log.read_text()[-2000:] for log in logs))


def test_two_workers_stage_two_groups_and_the_loader_merges_them_like_one_process(
    prefect_env: dict[str, str], tmp_path: Path
) -> None:
    merged, single, staging = tmp_path / "merged.duckdb", tmp_path / "single.duckdb", tmp_path / "staging"
    with demo_site() as demo:
        env = {
            **prefect_env,
            "TRADEWATCH_CONFIG": str(demo.config),
            "TRADEWATCH_DB": str(merged),
            "TRADEWATCH_STAGING": str(staging),
        }
        _cli(["work-pool", "create", "tradewatch", "--type", "process"], env)
        deployed = _cli(["--no-prompt", "deploy", "--all", "--prefect-file", "prefect.scale-out.yaml"], env)
        assert "stage-news" in deployed and "load-staged" in deployed
        # One worker per group, each with a spool of its own, as on two machines.
        workers, logs = [], []
        for queue, tags in (("stage-news", '["news"]'), ("stage-official", '["ministry"]')):
            worker_env = {**env, "TRADEWATCH_SPOOL": str(tmp_path / f"spool-{queue}")}
            logs.append(tmp_path / f"{queue}.log")
            workers.append(
                _start(
                    [
                        PREFECT,
                        "worker",
                        "start",
                        "--pool",
                        "tradewatch",
                        "--work-queue",
                        queue,
                        "--limit",
                        "1",
                    ],
                    worker_env,
                    logs[-1],
                )
            )
            _cli(["deployment", "run", f"stage-sources/{queue}", "--param", f"tags={tags}"], env)
        try:
            _ready(staging, {"ministry", "news"}, logs)
        finally:
            for worker in workers:
                _stop(worker)
        # The deployments keep their schedules, so a half-hour may bring one more (nothing-new) batch.
        assert _staged_groups(staging) == {"ministry", "news"}
        tradewatch = str(Path(sys.executable).parent / "tradewatch")
        for args in (["load-staged"], ["run", "--db", str(single)]):
            done = subprocess.run([tradewatch, *args], cwd=ROOT, env=env, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
    assert facts(merged) == facts(single)
    assert rows(merged, "SELECT count(*) FROM articles WHERE relevant")[0][0] > 10
