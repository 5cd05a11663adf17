"""prefect.yaml: each deployment points at a flow, overrides only its parameters, and can be served."""

from __future__ import annotations

import inspect
import tomllib
from pathlib import Path

import yaml

from flows.serve import PREFECT_YAML, deployments, load_flow

DOCUMENT = yaml.safe_load(Path(PREFECT_YAML).read_text(encoding="utf-8"))
SCALE_OUT = yaml.safe_load((Path(PREFECT_YAML).parent / "prefect.scale-out.yaml").read_text(encoding="utf-8"))


def test_the_three_deployments_and_their_schedules() -> None:
    by_name = {d["name"]: d for d in DOCUMENT["deployments"]}
    assert set(by_name) == {"poll-sources", "daily-digest", "reparse"}
    assert by_name["poll-sources"]["schedules"][0]["cron"] == "*/30 * * * *"
    assert by_name["daily-digest"]["schedules"][0]["cron"].startswith("0 ")
    assert "schedules" not in by_name["reparse"]  # on demand
    for spec in DOCUMENT["deployments"]:
        assert spec["concurrency_limit"] == 1 and spec["work_pool"]["name"] == "tradewatch"
        for schedule in spec.get("schedules", []):
            assert schedule["timezone"]


def test_parameters_are_the_flows_own() -> None:
    for spec in DOCUMENT["deployments"] + SCALE_OUT["deployments"]:
        signature = inspect.signature(load_flow(spec["entrypoint"]).fn)
        assert set(spec.get("parameters") or {}) <= set(signature.parameters), spec["name"]


def test_serve_builds_every_deployment_with_its_schedule() -> None:
    built = {d.name: d for d in deployments()}
    assert set(built) == {"poll-sources", "daily-digest", "reparse"}
    (poll,) = built["poll-sources"].schedules or []
    assert (poll.schedule.cron, poll.schedule.timezone) == ("*/30 * * * *", "Asia/Shanghai")  # type: ignore[union-attr]
    assert built["daily-digest"].parameters == {"hours": 24}
    assert not built["reparse"].schedules


def test_scale_out_groups_poll_configured_tags_each_on_a_queue_of_its_own() -> None:
    config = tomllib.loads(
        (Path(PREFECT_YAML).parent / "config" / "sources.toml").read_text(encoding="utf-8")
    )
    configured_tags = {tag for source in config["sources"] for tag in source.get("tags", [])}
    stages = [d for d in SCALE_OUT["deployments"] if d["entrypoint"].endswith(":stage_sources")]
    loaders = [d for d in SCALE_OUT["deployments"] if d["entrypoint"].endswith(":load_staged")]
    assert len(stages) >= 2 and len(loaders) == 1
    queues = [d["work_pool"]["work_queue_name"] for d in stages + loaders]
    assert len(set(queues)) == len(queues)
    for spec in stages:
        assert set(spec["parameters"]["tags"]) <= configured_tags and spec["concurrency_limit"] == 1
