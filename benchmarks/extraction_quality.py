"""Score figure and target extraction against hand-annotated gold files.

    .venv/bin/python benchmarks/extraction_quality.py tests/fixtures/gold ../shared/seed/gold.json

A predicted figure matches a gold figure when the units agree and the values are
within 0.5 %, preferring the prediction nearest the gold quote. On matched figures it
reports how often kind, period, geo and metric agree (a metric agrees when every gold
``metric_terms`` phrase occurs in the predicted metric name; ``metric_id`` agreement
is shown beside it, and ``catalog_id`` is that agreement over the figures whose gold id
is a catalog series, the keys that must agree across articles). Targets match the same
way and must agree on the deadline year; their issuer agrees when the names are the
same, or when the naming words of one (not "the", "government", "ministry", "plan" ...)
all occur in the other or one is the other's acronym (by its initials or as the
article defines it in brackets): "Ministry of Commerce" matches
"the Ministry of Commerce" but not "ministry".
Also prints figures reported from off-topic articles (there should be none) and the
speed in articles per second. ``--json`` prints the scores as one JSON object;
``--misses`` lists every unmatched item; ``--speed`` times ``extract()`` alone.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.figures import extract  # noqa: E402
from parsers.folding import without_accents  # noqa: E402
from parsers.geo import PLACES, place_aliases  # noqa: E402
from parsers.metrics import Catalog  # noqa: E402
from parsers.periods import canonical  # noqa: E402
from parsers.relevance import Topic  # noqa: E402
from parsers.relevance import score as relevance  # noqa: E402

TOLERANCE = 0.005
# What a catalog concept's key may add: its flow, and the whole it is a share of.
SERIES_SUFFIX = (
    r"(?:_(?:trade|exports|imports|surplus|deficit|trade_surplus|trade_deficit))?(?:_share_of_\w+)?"
)


def load_catalog(path: Path = ROOT / "config" / "metrics.toml") -> Catalog:
    with path.open("rb") as handle:
        return Catalog.from_dict(tomllib.load(handle))


def load_topic(path: Path = ROOT / "config" / "topic.toml") -> Topic:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return Topic.from_dict(data)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("’", "'").split())


# Words that say what kind of body or document an issuer is, not which one.
GENERIC_ISSUER_WORDS = frozenset(
    "the a an of for and government ministry commission council department authority administration "
    "bureau agency office secretariat plan action guideline guidelines programme program policy strategy "
    "blueprint roadmap report measures company group firm province provincial municipal city state "
    "economists analysts officials researchers authors".split()
)


def _same_place(got: str | None, gold: str | None) -> bool:
    """Places agree whatever their case, hyphens or spacing ("Least-developed" is "least developed"), and
    under any of their names ("Türkiye" is "Turkey", "UAE" the "United Arab Emirates")."""
    return _place_name(got) == _place_name(gold)


_PLACE_NAMES = place_aliases()


def _place_name(place: str | None) -> str:
    return _norm(_PLACE_NAMES.get(place or "", place or ""))


# A people's or a country's adjective names the country: "Japanese government" is "Japan government".
_DEMONYMS = {
    _norm(alias): _norm(name)
    for name, (aliases, code) in PLACES.items()
    if len(code) == 2
    for alias in aliases
    if alias[:1].isupper() and _norm(alias) != _norm(name)
}
_DEMONYM = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _DEMONYMS), key=len, reverse=True)) + r")\b")


def _issuer_words(name: str) -> set[str]:
    """The words that name an issuer, whatever their diacritics ("Québec" is "Quebec")."""
    words = re.sub(r"[,()]", " ", without_accents(_norm(name)).replace("'s", ""))
    return set(_DEMONYM.sub(lambda m: _DEMONYMS[m.group(1)], words).split())


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


# "the Mexican Online Commerce Association (AMCO)": a name and the acronym the text defines for it.
DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|the|de|del)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)"
)


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text defines in brackets, each with the capitalised name before it."""
    return {m.group(2): m.group(1).strip() for m in DEFINED_ACRONYM.finditer(text)}


def same_issuer(gold: str | None, got: str | None, acronyms: dict[str, str] | None = None) -> bool:
    """Whether a predicted issuer names the same body or document as the gold one; an acronym the text
    defines is the name it stands for (``acronyms``), whichever of the two either side gives."""
    if gold is None or got is None:
        return gold is got
    acronyms = acronyms or {}
    if gold in acronyms or got in acronyms:
        return any(
            _same_issuer(one, other)
            for one in (gold, acronyms.get(gold, gold))
            for other in (got, acronyms.get(got, got))
        )
    return _same_issuer(gold, got)


def _same_issuer(gold: str, got: str) -> bool:
    gold_words, got_words = _issuer_words(gold), _issuer_words(got)
    if gold_words <= got_words and not gold_words - GENERIC_ISSUER_WORDS:
        return True  # "the government" said, "South Korea government" found
    gold_naming, got_naming = gold_words - GENERIC_ISSUER_WORDS, got_words - GENERIC_ISSUER_WORDS
    if not gold_naming or not got_naming:
        return False
    acronym = any(  # "WTO" for "World Trade Organization", "United Kingdom government" for "UK government"
        len(_initials(one)) >= 2 and _initials(one).lower() in naming
        for one, naming in ((gold, got_naming), (got, gold_naming))
    )
    return acronym or gold_naming <= got_naming or got_naming <= gold_naming


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    agree: dict[str, int] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def count(self, name: str, ok: bool) -> None:
        self.agree[name] = self.agree.get(name, 0) + int(ok)
        self.seen[name] = self.seen.get(name, 0) + 1

    def scores(self) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result: dict[str, float] = {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        }
        for name, hits in sorted(self.agree.items()):
            result[f"{name}_accuracy"] = round(hits / self.seen[name], 3)
        return result


def _match(
    gold_items: list[dict[str, Any]], predicted: list[Any], text: str, year_key: str | None
) -> list[tuple[dict[str, Any], Any]]:
    pairs = []
    used: set[int] = set()
    for item in gold_items:
        anchor = text.find(item["quote"])
        candidates = [
            (i, p) for i, p in enumerate(predicted)
            if i not in used and p.unit == item["unit"] and _close(p.value, item["value"])
            and (year_key is None or p.year == item[year_key])
        ]  # fmt: skip
        if not candidates:
            pairs.append((item, None))
            continue
        index, best = min(candidates, key=lambda c: abs(c[1].span[0] - anchor))
        used.add(index)
        pairs.append((item, best))
    return pairs


def _documents(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return found


def score(paths: list[Path], catalog: Catalog, show_misses: bool = False) -> dict[str, Any]:
    figures, targets = Tally(), Tally()
    concepts = {c.concept for c in catalog.concepts} | {
        other for c in catalog.concepts for other in c.region_concepts.values()
    }

    def catalogued(metric_id: str) -> bool:
        """Whether a gold id names a catalog concept ("cn.cross_border_ecommerce_exports")."""
        series = metric_id.split(".", 1)[-1]
        return any(re.fullmatch(rf"{c}{SERIES_SUFFIX}", series) for c in concepts)

    topic = load_topic()
    off_topic_reported = 0
    on_topic_dropped = 0  # articles on the topic that the relevance filter would not keep
    documents = _documents(paths)
    started = time.perf_counter()
    for document in documents:
        gold = json.loads(document.read_text(encoding="utf-8"))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        # As in the pipeline: only articles on the topic are read for figures.
        on_topic = relevance(topic, gold["text"], gold.get("title")).relevant
        result = extract(gold["text"] if on_topic else "", published, catalog)
        if not gold.get("relevant", True):
            off_topic_reported += len(result.figures) + len(result.targets)
            continue
        on_topic_dropped += not on_topic
        predicted_figures = list(result.figures)
        figures.gold += len(gold["figures"])
        figures.predicted += len(predicted_figures)
        for item, hit in _match(gold["figures"], predicted_figures, gold["text"], None):
            if hit is None:
                figures.misses.append(
                    f"{document.name}: missed {item['quote']!r} {item['value']} {item['unit']}"
                )
                continue
            figures.matched += 1
            checks = {
                "kind": hit.kind == item["kind"],
                "period": canonical(hit.period or "") == canonical(item["period"] or ""),
                "geo": _same_place(hit.geo, item["geo"]),
                "metric": all(
                    _norm(t) in _norm(hit.metric + " " + (hit.share_of or "")) for t in item["metric_terms"]
                ),
                "metric_id": hit.metric_key == item["metric_id"],
                **(
                    {"catalog_id": hit.metric_key == item["metric_id"]}
                    if catalogued(item["metric_id"])
                    else {}
                ),
                "equivalent": (hit.equivalent_of is not None) == item["equivalent"],
                "approx": hit.approx == item["approx"],
            }
            for name, ok in checks.items():
                figures.count(name, ok)
                if not ok and show_misses and name == "catalog_id":
                    figures.misses.append(
                        f"{document.name}: {item['quote']!r} catalog key: got {hit.metric_key!r}, "
                        f"want {item['metric_id']!r}"
                    )
                elif not ok and show_misses and name != "metric_id":
                    got = {"kind": hit.kind, "period": hit.period, "geo": hit.geo, "metric": hit.metric,
                           "equivalent": hit.equivalent_of, "approx": hit.approx}[name]  # fmt: skip
                    want = item["metric_terms"] if name == "metric" else item[name]
                    figures.misses.append(
                        f"{document.name}: {item['quote']!r} {name}: got {got!r}, want {want!r}"
                    )
        gold_quotes = {(i["unit"], round(i["value"], 6)) for i in gold["figures"]}
        for p in predicted_figures:
            if not any(p.unit == u and _close(p.value, v) for u, v in gold_quotes):
                figures.misses.append(f"{document.name}: extra {p.quote!r} {p.value} {p.unit} ({p.kind})")
        targets.gold += len(gold["targets"])
        targets.predicted += len(result.targets)
        acronyms = defined_acronyms(gold["text"])
        for item, hit in _match(gold["targets"], list(result.targets), gold["text"], "year"):
            if hit is None:
                targets.misses.append(f"{document.name}: missed target {item['quote']!r}")
                continue
            targets.matched += 1
            for name, ok in {
                "comparator": hit.comparator == item["comparator"],
                "geo": _same_place(hit.geo, item["geo"]),
                "metric": all(_norm(t) in _norm(hit.metric) for t in item["metric_terms"]),
                "metric_id": hit.metric_key == item["metric_id"],
                **(
                    {"catalog_id": hit.metric_key == item["metric_id"]}
                    if catalogued(item["metric_id"])
                    else {}
                ),
                "kind": hit.kind == item["kind"],
                "issuer": same_issuer(item.get("issuer"), hit.issuer, acronyms),
            }.items():
                targets.count(name, ok)
                if not ok and show_misses and name not in ("metric_id", "catalog_id"):
                    got = {"comparator": hit.comparator, "geo": hit.geo, "metric": hit.metric,
                           "kind": hit.kind, "issuer": hit.issuer}[name]  # fmt: skip
                    want = item["metric_terms"] if name == "metric" else item.get(name)
                    targets.misses.append(
                        f"{document.name}: target {item['quote']!r} {name}: got {got!r}, want {want!r}"
                    )
    elapsed = time.perf_counter() - started
    report = {
        "documents": len(documents),
        "figures": figures.scores(),
        "targets": targets.scores(),
        "off_topic_reported": off_topic_reported,
        "on_topic_dropped": on_topic_dropped,
        "articles_per_second": round(len(documents) / elapsed, 1) if elapsed else None,
    }
    if show_misses:
        report["misses"] = figures.misses + targets.misses
    return report


def speed(paths: list[Path], catalog: Catalog, runs: int = 3) -> dict[str, float]:
    """Articles per second of ``extract()`` alone over the relevant gold texts (median of ``runs``)."""
    documents = [json.loads(d.read_text(encoding="utf-8")) for d in _documents(paths)]
    texts = [
        (d["text"], date.fromisoformat(d["published"]) if d.get("published") else None)
        for d in documents
        if d.get("relevant", True)
    ]
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for text, published in texts:
            extract(text, published, catalog)
        rates.append(len(texts) / (time.perf_counter() - started))
    words = sum(len(text.split()) for text, _ in texts) / max(len(texts), 1)
    return {
        "articles": len(texts),
        "words_per_article": round(words),
        "articles_per_second": round(statistics.median(rates), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="gold files or folders of them")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss and disagreement")
    parser.add_argument("--speed", action="store_true", help="time extract() alone (median of 3 runs)")
    args = parser.parse_args()
    if args.speed:
        print(json.dumps(speed(args.paths, load_catalog())))
        return
    report = score(args.paths, load_catalog(), args.misses)
    if args.json:
        print(json.dumps(report))
        return
    for section in ("figures", "targets"):
        print(section, " ".join(f"{k}={v}" for k, v in report[section].items()))
    print(f"documents={report['documents']} off_topic_reported={report['off_topic_reported']} "
          f"on_topic_dropped={report['on_topic_dropped']} "
          f"articles_per_second={report['articles_per_second']}")  # fmt: skip
    for miss in report.get("misses", []):
        print("  ", miss)


if __name__ == "__main__":
    main()
