"""Extraction quality on the hand-annotated sets may only go up: floors live in the repo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.extraction_quality import load_catalog, score

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "benchmarks" / "quality_floors.json").read_text(encoding="utf-8"))
# Every set with floors is checked; tests/test_gold_files.py checks every development set has them.
DEV_SETS = [name for name in FLOORS if not name.startswith("_")]


@pytest.mark.parametrize("folder", DEV_SETS)
def test_scores_stay_above_their_floors(folder: str) -> None:
    floors = FLOORS[folder]
    report = score([ROOT / "tests" / "fixtures" / folder], load_catalog())
    below = [
        f"{section}.{name}: {report[section][name]} < {floor}"
        for section in ("figures", "targets")
        for name, floor in floors[section].items()
        if report[section][name] < floor
    ]
    assert below == []
    assert report["off_topic_reported"] <= floors["off_topic_reported"]


def test_the_scorer_reads_issuers_and_places_as_one_whatever_their_spelling() -> None:
    from benchmarks.extraction_quality import _same_place, defined_acronyms, same_issuer

    assert same_issuer("Japanese government", "Japan government")
    assert same_issuer("Brazilian Electronic Commerce Association (ABComm)", "ABComm")
    assert same_issuer("World Trade Organization", "WTO")
    assert same_issuer("Gouvernement du Québec", "Quebec government")
    assert not same_issuer("Ministry of Commerce", "ministry")
    defined = defined_acronyms("The Lagos-based Centre for Retail Policy (CRP) expects growth.")
    assert same_issuer("CRP", "Centre for Retail Policy", defined)
    assert same_issuer("Lagos-based Centre for Retail Policy", "CRP", defined)
    assert not same_issuer("CRP", "Ministry of Trade", defined)
    assert _same_place("Least-developed countries", "least developed countries")
    assert _same_place("Turkey", "Türkiye")
