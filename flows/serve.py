"""``tradewatch serve``: the deployments of ``prefect.yaml``, run on their schedules in this process.

One process, no work pool and no worker: Prefect's ``serve`` registers the deployments
and starts their runs itself (it needs a Prefect API: the one in ``PREFECT_API_URL``, or
a temporary one it starts). The schedules, parameters and concurrency limits are read
from ``prefect.yaml``, so serving and deploying to a work pool never disagree.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, cast

import yaml
from prefect import Flow, serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"


def load_flow(entrypoint: str) -> Flow[..., Any]:
    """The flow an entrypoint such as ``flows/ingest.py:poll_sources`` names."""
    path, _, name = entrypoint.partition(":")
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    found = getattr(module, name, None)
    if not isinstance(found, Flow):
        raise ValueError(f"{entrypoint} is not a Prefect flow")
    return cast("Flow[..., Any]", found)


def deployments(path: Path = PREFECT_YAML, only: list[str] | None = None) -> list[RunnerDeployment]:
    """The deployments of ``prefect.yaml`` (or the ones named in ``only``), ready to serve."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = []
    for spec in document.get("deployments", []):
        if only and spec["name"] not in only:
            continue
        schedules = [
            Cron(s["cron"], timezone=s.get("timezone"), active=s.get("active", True))
            for s in spec.get("schedules") or []
        ]
        deployment = load_flow(spec["entrypoint"]).to_deployment(
            name=spec["name"],
            description=spec.get("description"),
            schedules=schedules or None,
            parameters=spec.get("parameters") or {},
            concurrency_limit=spec.get("concurrency_limit"),
            tags=spec.get("tags"),
        )
        found.append(cast("RunnerDeployment", deployment))  # a value, not a coroutine, in sync code
    if only and len(found) != len(only):
        raise ValueError(
            f"prefect.yaml has no deployment named {', '.join(set(only) - {d.name for d in found})}"
        )
    return found


def serve_deployments(only: list[str] | None = None) -> None:
    """Serve until interrupted; schedules stay active when the process stops, so a restart resumes."""
    serve(*deployments(only=only), pause_on_shutdown=False, limit=1)
