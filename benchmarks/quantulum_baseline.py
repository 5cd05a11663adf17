"""A peer baseline: quantulum3 on the dev set, scored on value and unit alone.

quantulum3 is not a dependency of tradewatch; run this with any Python that has it:

    python3 -m venv /tmp/q3 && /tmp/q3/bin/pip install quantulum3
    /tmp/q3/bin/python benchmarks/quantulum_baseline.py tests/fixtures/gold

A predicted quantity matches a gold figure when the units agree (quantulum3's currency
and percentage units mapped onto the gold vocabulary; bare numbers count as ``count``)
and the values are within 0.5 %, as in ``extraction_quality.py``. quantulum3 reports no
kind, period, place, metric or target, so only figure precision, recall and F1 exist.
Off-topic articles are skipped, as the pipeline skips them.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from quantulum3 import parser  # type: ignore[import-not-found]

TOLERANCE = 0.005
CURRENCIES = {
    "dollar": "USD", "united states dollar": "USD", "chinese yuan": "CNY", "renminbi": "CNY", "euro": "EUR",
    "pound sterling": "GBP", "indian rupee": "INR", "malaysian ringgit": "MYR", "japanese yen": "JPY",
    "south korean won": "KRW", "singapore dollar": "SGD", "hong kong dollar": "HKD",
}  # fmt: skip


def unit_of(quantity: object) -> str | None:
    unit = quantity.unit  # type: ignore[attr-defined]
    name = unit.name.lower()
    if unit.entity.name == "currency":
        return CURRENCIES.get(name, (getattr(unit, "currency_code", None) or name).upper())
    if name in ("percentage", "percent"):
        return "percent"
    if "percentage point" in name:
        return "percentage_point"
    if name == "dimensionless":
        return "count"
    return name


def main() -> None:
    gold_items = 0
    predicted = 0
    matched = 0
    documents = [
        p
        for arg in sys.argv[1:]
        for p in (sorted(Path(arg).glob("*.json")) if Path(arg).is_dir() else [Path(arg)])
    ]
    started = time.perf_counter()
    for path in documents:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not gold.get("relevant", True):
            continue
        found = [(unit_of(q), abs(q.value)) for q in parser.parse(gold["text"])]
        predicted += len(found)
        gold_items += len(gold["figures"])
        for item in gold["figures"]:
            for index, (unit, value) in enumerate(found):
                if unit == item["unit"] and abs(value - abs(item["value"])) <= TOLERANCE * max(
                    abs(value), 1e-9
                ):
                    matched += 1
                    found.pop(index)
                    break
    elapsed = time.perf_counter() - started
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold_items if gold_items else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    rate = len(documents) / elapsed
    print(
        f"quantulum3 figures gold={gold_items} predicted={predicted} matched={matched} "
        f"precision={precision:.3f} "
        f"recall={recall:.3f} f1={f1:.3f} articles_per_second={rate:.1f}"
    )


if __name__ == "__main__":
    main()
