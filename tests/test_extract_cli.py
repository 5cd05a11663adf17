"""The ``tradewatch extract`` contract: one JSON object per input, per line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows import cli
from tests.pages import article_html

SENTENCE = (
    "Exports of digitally delivered services from Jiangsu rose 8.4 percent last year to 310 billion yuan "
    "($43.5 billion), the provincial commerce department said."
)
FIGURE_FIELDS = {"value", "unit", "kind", "period", "geo", "metric", "metric_key", "approx", "equivalent_of",
                 "source", "sentence", "span"}  # fmt: skip
TARGET_FIELDS = {"value", "unit", "comparator", "year", "geo", "metric", "metric_key", "issuer", "kind",
                 "sentence", "span"}  # fmt: skip


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    code = cli.main(["extract", *args])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_text_with_a_date_line_keeps_offsets_into_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"date 2025-03-02 Jiangsu story\n\n{SENTENCE}\n\n"
        "The plan aims to lift exports above 400 billion yuan by 2027."
    )
    code, (record,), _ = run([str(path)], capsys)
    assert code == 0 and record["path"] == str(path) and record["published"] == "2025-03-02"
    assert [(f["value"], f["unit"], f["kind"], f["period"]) for f in record["figures"]] == [
        (8.4, "percent", "change", "2024"),
        (3.1e11, "CNY", "level", "2024"),
        (4.35e10, "USD", "level", "2024"),
    ]
    assert all(set(f) >= FIGURE_FIELDS for f in record["figures"])
    assert record["figures"][2]["equivalent_of"] == 1
    start, end = record["figures"][1]["span"]
    assert path.read_text()[start:end] == "310 billion yuan"
    (target,) = record["targets"]
    assert set(target) >= TARGET_FIELDS and (target["comparator"], target["year"]) == (">", 2027)


def test_html_and_json_inputs_and_published_override(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = tmp_path / "a.html"
    filler = (
        "The department said demand from overseas buyers stayed firm through the year, and that new "
        "platforms helped small firms reach customers abroad without opening offices there."
    )
    html.write_text(article_html("Jiangsu digital trade", (SENTENCE, filler)))
    doc = tmp_path / "b.json"
    doc.write_text(
        json.dumps({"text": SENTENCE, "url": "https://x.test/a", "published": "2024-06-01", "other": 1})
    )
    code, records, _ = run([str(html), str(doc), "--published", "2026-01-15"], capsys)
    assert code == 0 and [r["published"] for r in records] == ["2026-01-15", "2026-01-15"]
    assert [len(r["figures"]) for r in records] == [3, 3]
    assert records[0]["figures"][0]["period"] == "2025"


def test_unreadable_inputs_are_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE)
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    code, records, err = run(
        [str(bad), str(tmp_path / "missing.txt"), str(good), str(tmp_path / "x.pdf")], capsys
    )
    assert code == 1 and [r["path"] for r in records] == [str(good)]
    assert err.count("error: ") == 3
