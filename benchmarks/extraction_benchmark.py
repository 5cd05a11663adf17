"""Article-body extraction quality and speed on the Zyte/Scrapinghub article-extraction benchmark.

    .venv/bin/python benchmarks/extraction_benchmark.py [BENCH_DIR] [--runs 3] [--with-captions]
                                                        [--peers-python PATH] [--json]

BENCH_DIR (default ``../shared/bench`` from the project root) holds ``eval_extraction.py``,
its ``article-extraction/`` data and ``PEERS.md``. Each extractor is scored in its own
process by that evaluator (``--extractor MODULE:FUNCTION``), as the peers in ``PEERS.md``
were: this file is also the adapter (``extract`` below). Quality is deterministic; speed
is the median of ``--runs`` runs, and only the extraction call is timed.

Peers are not project dependencies. When ``trafilatura`` (and ``readability-lxml`` with
``html-text``) can be imported by this interpreter, or by the one given with
``--peers-python``, they are measured in the same run; otherwise the rows of ``PEERS.md``
are printed, marked as not measured here.

The benchmark's reference text is the article body without the headline, and without
photo captions on almost every page, which is what ``Article.text`` holds.
``--with-captions`` adds a row with the captions appended, to show what keeping them apart
is worth on this benchmark.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
# (label, adapter in the bench folder's peers.py, modules it needs)
PEERS = (
    ("trafilatura, defaults", "peers:trafilatura_default", ("trafilatura",)),
    ("trafilatura, favor_precision=True", "peers:trafilatura_precision", ("trafilatura",)),
    ("trafilatura, include_comments=False", "peers:trafilatura_no_comments", ("trafilatura",)),
    ("readability-lxml + html-text", "peers:readability_lxml", ("readability", "html_text")),
)
HEADER = (
    "| extractor | version | F1 | P | R | Acc | pgF1 | F1≥.9 | empty/err | pages/s | ms/page (median) |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)


def extract(html: str, url: str | None = None) -> str:
    """The evaluator's contract: page HTML in, article text out (``Article.text``)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from parsers.article import parse_article

    return parse_article(html, url or "http://benchmark.invalid/").text


def extract_with_captions(html: str, url: str | None = None) -> str:
    """``Article.text`` followed by the captions the parser keeps apart."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from parsers.article import parse_article

    article = parse_article(html, url or "http://benchmark.invalid/")
    return "\n\n".join((*article.paragraphs, *article.captions))


def _project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def evaluate(bench: Path, python: str, spec: str, runs: int) -> dict[str, Any]:
    """Score one extractor ``runs`` times in fresh processes; speed is the median run."""
    results = []
    for run in range(runs):
        command = [python, str(bench / "eval_extraction.py"), "--extractor", spec, "--json"]
        if run:
            command += ["--bootstrap", "0"]  # the quality numbers do not change between runs
        done = subprocess.run(command, cwd=bench, capture_output=True, text=True, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"{spec} failed: {done.stderr.strip()[-500:]}")
        results.append(json.loads(lines[-1]))
    first = dict(results[0])
    first["pages_per_s"] = statistics.median(r["pages_per_s"] for r in results)
    first["time_median_ms"] = statistics.median(r["time_median_ms"] for r in results)
    first["runs"] = runs
    return first


def row(label: str, version: str, result: dict[str, Any]) -> str:
    return (
        f"| {label} | {version} | {result['f1']:.3f} ± {result.get('f1_std', 0):.3f} | "
        f"{result['precision']:.3f} | {result['recall']:.3f} | {result['accuracy']:.3f} | "
        f"{result['mean_page_f1']:.3f} | {result['share_f1_ge']:.3f} | "
        f"{result['empty']}/{result['errors']} | {_speed(result['pages_per_s'])} | "
        f"{result['time_median_ms']:.0f} |"
    )


def _speed(pages_per_s: float) -> str:
    return f"{pages_per_s:.1f}" if pages_per_s < 10 else f"{pages_per_s:.0f}"


def _importable(python: str, modules: tuple[str, ...]) -> str | None:
    """The version of the first module when ``python`` can import them all, else None."""
    if python == sys.executable and not all(importlib.util.find_spec(m) is not None for m in modules):
        return None
    code = (
        "import importlib, importlib.metadata as m\n"
        f"mods = {list(modules)!r}\n"
        "[importlib.import_module(x) for x in mods]\n"
        "names = {'readability': 'readability-lxml', 'html_text': 'html-text'}\n"
        "print(' / '.join(m.version(names.get(x, x)) for x in mods))\n"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False)
    return done.stdout.strip() or None if done.returncode == 0 else None


def published_rows(bench: Path) -> list[str]:
    """The result rows of PEERS.md, as published."""
    peers = bench / "PEERS.md"
    if not peers.exists():
        return []
    rows, in_results = [], False
    for line in peers.read_text("utf-8").splitlines():
        if line.startswith("## "):
            in_results = line.strip() == "## Results"
        elif in_results and line.startswith("| ") and not line.startswith("| extractor"):
            rows.append(line)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH, help="benchmark folder")
    parser.add_argument("--runs", type=int, default=3, help="runs per extractor; speed is their median")
    parser.add_argument("--with-captions", action="store_true", help="also score body text plus captions")
    parser.add_argument("--peers-python", help="interpreter that has the peers installed (default: this one)")
    parser.add_argument("--no-peers", action="store_true", help="measure only this project's parser")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)

    bench = args.bench.expanduser().resolve()
    if not (bench / "eval_extraction.py").exists():
        parser.error(f"no eval_extraction.py in {bench}")
    here = Path(__file__).resolve()
    version = _project_version()
    measured: dict[str, dict[str, Any]] = {}
    ours = evaluate(bench, sys.executable, f"{here}:extract", args.runs)
    measured["tradewatch"] = ours
    lines = [row("tradewatch `parse_article` (this project)", version, ours)]
    if args.with_captions:
        result = evaluate(bench, sys.executable, f"{here}:extract_with_captions", args.runs)
        measured["tradewatch+captions"] = result
        lines.append(row("tradewatch, body + captions", version, result))

    peer_python = args.peers_python or sys.executable
    missing = []
    for label, spec, modules in () if args.no_peers else PEERS:
        peer_version = _importable(peer_python, modules)
        if peer_version is None:
            missing.append(label)
            continue
        result = evaluate(bench, peer_python, spec, args.runs)
        measured[spec] = result
        lines.append(row(f"{label} (`{spec.split(':')[1]}`)", peer_version, result))

    if args.json:
        print(json.dumps(measured, sort_keys=True))
        return 0
    print(
        f"Article extraction, {ours['pages']} pages of {bench / 'article-extraction'}; "
        f"speed: median of {args.runs} run(s) on this machine.\n"
    )
    print(HEADER)
    print("\n".join(lines))
    if missing:
        print(
            f"\nNot installed here: {'; '.join(missing)}. Published rows from {bench / 'PEERS.md'}, "
            "not measured in this run:\n"
        )
        print(HEADER)
        print("\n".join(published_rows(bench)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
