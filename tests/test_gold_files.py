"""The hand-annotated sets keep to the gold format, so scores computed on them mean something.

``gold`` is the dev set the rules were written against; ``heldout``, ``blind``, ``fresh``, ``unseen``,
``varied``, ``opened``, ``wide``, ``range``, ``assigned``, ``chosen``, ``regions``, ``topics``, ``forms``,
``sources``, ``voices``, ``kinds``, ``publications``, ``genres``, ``releases``, ``bulletins``,
``dispatches``, ``outlooks``, ``registers``, ``briefs``, ``filings``, ``notices``, ``spans``, ``recaps``,
``clauses``, ``letters``, ``columns``, ``communiques``, ``transcripts``, ``trackers``, ``statements``,
``yearbooks``, ``reviews``, ``hearings``, ``appraisals``, ``gazettes``, ``explainers``, ``digests``,
``captions``, ``speeches``, ``dossiers``, ``ledgers``, ``almanacs``, ``memos``, ``circulars``,
``broadsheets``, ``newsletters``, ``factboxes``, ``interviews``, ``roundups``, ``flashes``, ``wraps``,
``threads``, ``wires``, ``records``, ``panels``, ``tallies``, ``readouts``, ``agendas``, ``cables``,
``dockets``, ``summaries``, ``minutes``, ``sheets``, ``journals``, ``leaflets``, ``folios``, ``pamphlets``,
``tracts``, ``brochures``, ``primers``, ``excerpts``, ``abstracts``, ``handouts``, ``answers``,
``snapshots``, ``tickers``, ``clippings``, ``postings``, ``features``, ``notes`` and ``unread`` were written
by other annotators, without reading the rules (see ``tests/fixtures/gold/README.md``); ``periods`` was
written to test time expressions.
``unread`` is only ever scored as a whole: its misses are not read (its README says why).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_DIR = FIXTURES / "gold"
UNITS_FIXED = {"percent", "percentage_point", "times", "count"}
FIGURE_KINDS = {"level", "change", "cagr", "share", "count", "other"}
TARGET_KINDS = {"target", "forecast"}
COMPARATORS = {">", ">=", "=", "<=", "<", "~"}
PERIOD = re.compile(r"^\d{4}(-Q[1-4]|-H[12]|-\d{2})?$|^\d{4}-\d{2}/\d{4}-\d{2}$|^\d{4}/\d{4}$")
METRIC_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
FILES = sorted(GOLD_DIR.glob("*.json"))
DEVELOPMENT_SETS = (
    "gold",
    "heldout",
    "blind",
    "fresh",
    "periods",
    "unseen",
    "varied",
    "opened",
    "wide",
    "range",
    "assigned",
    "chosen",
    "regions",
    "topics",
    "forms",
    "sources",
    "voices",
    "kinds",
    "publications",
    "genres",
    "releases",
    "bulletins",
    "dispatches",
    "outlooks",
    "registers",
    "briefs",
    "filings",
    "notices",
    "spans",
    "recaps",
    "clauses",
    "letters",
    "columns",
    "communiques",
    "transcripts",
    "trackers",
    "statements",
    "yearbooks",
    "reviews",
    "hearings",
    "appraisals",
    "gazettes",
    "explainers",
    "digests",
    "captions",
    "speeches",
    "dossiers",
    "ledgers",
    "almanacs",
    "memos",
    "circulars",
    "broadsheets",
    "newsletters",
    "factboxes",
    "interviews",
    "roundups",
    "flashes",
    "wraps",
    "threads",
    "wires",
    "records",
    "panels",
    "tallies",
    "readouts",
    "agendas",
    "cables",
    "dockets",
    "summaries",
    "minutes",
    "sheets",
    "journals",
    "leaflets",
    "folios",
    "pamphlets",
    "tracts",
    "brochures",
    "primers",
    "excerpts",
    "abstracts",
    "handouts",
    "answers",
    "snapshots",
    "tickers",
    "clippings",
    "postings",
    "features",
    "notes",
)
SETS = (*DEVELOPMENT_SETS, "unread")  # the last is scored as a whole only
ALL_FILES = [p for folder in SETS for p in sorted((FIXTURES / folder).glob("*.json"))]


def test_every_development_set_has_quality_floors() -> None:
    floors = json.loads(
        (FIXTURES.parents[1] / "benchmarks" / "quality_floors.json").read_text(encoding="utf-8")
    )
    assert {name for name in floors if not name.startswith("_")} == set(DEVELOPMENT_SETS)


def test_the_dev_set_is_large_and_varied() -> None:
    documents = [json.loads(p.read_text(encoding="utf-8")) for p in FILES]
    assert len(documents) >= 40
    assert sum(not d["relevant"] for d in documents) >= 5
    assert sum(len(d["targets"]) for d in documents) >= 30


@pytest.mark.parametrize("path", ALL_FILES, ids=[p.stem for p in ALL_FILES])
def test_gold_file_format(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) >= {"id", "url", "published", "title", "relevant", "text", "figures", "targets"}
    assert gold["id"] == path.stem
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"])
    text = gold["text"]
    if not gold["relevant"]:
        assert gold["figures"] == [] and gold["targets"] == []
    for figure in gold["figures"]:
        where = f"{path.name}: {figure.get('quote')!r}"
        assert figure["quote"] in text, where
        assert isinstance(figure["value"], int | float), where
        assert figure["unit"] in UNITS_FIXED or re.fullmatch(r"[A-Z]{3}", figure["unit"]), where
        assert figure["kind"] in FIGURE_KINDS, where
        assert figure["period"] is None or PERIOD.match(figure["period"]), where
        assert METRIC_ID.match(figure["metric_id"]), where
        assert isinstance(figure["metric_terms"], list) and figure["metric_terms"], where
        assert isinstance(figure["equivalent"], bool) and isinstance(figure["approx"], bool), where
    for target in gold["targets"]:
        where = f"{path.name}: {target.get('quote')!r}"
        assert target["quote"] in text, where
        assert target["comparator"] in COMPARATORS, where
        assert isinstance(target["year"], int) and 2000 <= target["year"] <= 2100, where
        assert target["kind"] in TARGET_KINDS, where
        assert target["unit"] in UNITS_FIXED or re.fullmatch(r"[A-Z]{3}", target["unit"]), where
        assert METRIC_ID.match(target["metric_id"]), where
