"""Extraction quality on the hand-annotated dev set may only go up: floors live in the repo."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.extraction_quality import load_catalog, score

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "benchmarks" / "quality_floors.json").read_text(encoding="utf-8"))


def test_dev_set_scores_stay_above_their_floors() -> None:
    report = score([ROOT / "tests" / "fixtures" / "gold"], load_catalog())
    below = [
        f"{section}.{name}: {report[section][name]} < {floor}"
        for section in ("figures", "targets")
        for name, floor in FLOORS[section].items()
        if report[section][name] < floor
    ]
    assert below == []
    assert report["off_topic_reported"] <= FLOORS["off_topic_reported"]
