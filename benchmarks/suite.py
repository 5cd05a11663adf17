"""The whole benchmark suite in one command, its tables collected in one Markdown file.

    .venv/bin/python benchmarks/suite.py [--quick] [--out benchmarks/results.md] [--peers-python PATH]

Runs, one after another on an otherwise idle machine: the end-to-end pipeline (flow,
plain calls, stages; re-parse), a run with nothing new and the comparison of 1,000 new
figures against growing histories, extraction quality and speed, and the peer pipeline
(trafilatura and quantulum3, which are not dependencies of tradewatch: they run in their
own virtualenv, made with uv in ``.venv-peers`` unless ``--peers-python`` names one).
``--quick`` runs every benchmark at small sizes, to check that the suite still works.
The file starts with the date, the machine and the versions measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEERS = ("trafilatura==2.3.1", "quantulum3==0.10.0", "feedparser==6.0.14", "duckdb==2.0.1", "pyarrow")
FULL = {
    "pipeline": ["--articles", "1000", "10000"],
    "scale": ["--figures", "10000", "100000", "1000000"],
    "peers": ["--articles", "1000", "--processes", "2"],
}
QUICK = {
    "pipeline": ["--articles", "60"],
    "scale": ["--figures", "10000"],
    "peers": ["--articles", "60", "--processes", "2"],
}


def machine() -> str:
    """Cores, memory, CPU model and the versions that the numbers depend on."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    names = ("prefect", "duckdb", "feedparser", "beautifulsoup4")
    versions = ", ".join(f"{name} {version(name)}" for name in names)
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB; "
        f"Python {platform.python_version()}; {versions}"
    )


def peers_python(given: str | None) -> str:
    """An interpreter with the peer pipeline's libraries, made once in .venv-peers."""
    if given:
        return given
    venv = ROOT / ".venv-peers"
    python = venv / "bin" / "python"
    if not python.exists():
        uv = ROOT / ".uv" / "bin" / "uv"
        subprocess.run([str(uv), "venv", "--quiet", str(venv), "--python", sys.executable], check=True)
        subprocess.run([str(uv), "pip", "install", "--quiet", "--python", str(python), *PEERS], check=True)
    return str(python)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: check that the suite runs")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    parser.add_argument("--peers-python", help="interpreter with trafilatura and quantulum3 installed")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    python, bench, gold = sys.executable, ROOT / "benchmarks", ROOT / "tests" / "fixtures" / "gold"
    steps = [
        ("End to end (pipeline_benchmark.py)", [python, bench / "pipeline_benchmark.py", *sizes["pipeline"]]),
        ("A run with nothing new (nothing_new.py)", [python, bench / "nothing_new.py", *sizes["scale"]]),
        ("Comparing 1,000 new figures", [python, bench / "warehouse_scale.py", *sizes["scale"]]),
        ("Extraction quality and speed, dev set", [python, bench / "extraction_quality.py", gold, "--speed"]),
        ("Peer pipeline: trafilatura + quantulum3 (peer_pipeline.py)",
         [peers_python(args.peers_python), bench / "peer_pipeline.py", *sizes["peers"]]),
    ]  # fmt: skip
    sections = [f"# Benchmark results\n\n{machine()}\n"]
    for title, command in steps:
        print(f"== {title}", flush=True)
        started = time.perf_counter()
        done = subprocess.run([str(part) for part in command], capture_output=True, text=True, cwd=ROOT)
        took = time.perf_counter() - started
        failure = f"FAILED ({done.returncode}):\n{done.stderr[-2000:]}"
        output = done.stdout if done.returncode == 0 else failure
        print(output, flush=True)
        sections.append(f"## {title}\n\n{output.strip()}\n\n({took:.0f} s)\n")
        args.out.write_text("\n".join(sections), encoding="utf-8")
    print(f"results in {args.out}")


if __name__ == "__main__":
    main()
