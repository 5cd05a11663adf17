"""Re-parsing on a Dask cluster, for backfills too big for one process (the ``dask`` extra).

Parsing is pure Python and holds the GIL, so the default thread runner uses one core;
Dask worker processes use them all, at the price of shipping each batch's raw pages to
a worker. Only the coarse ``reparse-batch`` tasks go to Dask; the flow stays the one
writer. Run it with a Prefect server (``PREFECT_API_URL``): without one, every Dask
worker process would start a temporary API of its own. benchmarks/README.md says when
it pays off.
"""

from __future__ import annotations

import os
from typing import Any, cast

from prefect import Flow
from prefect_dask.task_runners import DaskTaskRunner

from flows.reparse import ReparseReport, reparse

ENV_DASK_ADDRESS = "TRADEWATCH_DASK_ADDRESS"


def dask_reparse(address: str | None = None) -> Flow[..., ReparseReport]:
    """The reparse flow on the Dask cluster at ``address``, else on a local one with a process per core."""
    runner = (
        DaskTaskRunner(address=address)
        if address
        else DaskTaskRunner(cluster_kwargs={"n_workers": os.cpu_count() or 1, "threads_per_worker": 1})
    )
    # A Dask runner's futures are Prefect futures of their own kind; the flow only waits on them.
    return reparse.with_options(name="reparse-dask", task_runner=cast("Any", runner))


# For a deployment (entrypoint flows/reparse_dask.py:reparse_on_dask) on a worker with the extra.
reparse_on_dask = dask_reparse(os.environ.get(ENV_DASK_ADDRESS))
