from __future__ import annotations

import importlib
from pathlib import Path

import yaml
from prefect import Flow


def test_every_deployment_points_at_a_flow() -> None:
    document = yaml.safe_load(Path("prefect.yaml").read_text())
    assert document["deployments"]
    for deployment in document["deployments"]:
        path, _, name = deployment["entrypoint"].partition(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert isinstance(getattr(module, name), Flow), deployment["name"]
        for schedule in deployment.get("schedules", []):
            assert schedule["cron"] and schedule["timezone"]
