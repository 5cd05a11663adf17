"""Figures and targets from files on disk: the ``tradewatch extract`` contract.

Each input is ``.txt`` (plain text; a leading ``date YYYY-MM-DD`` line or a dateline
gives the date), ``.html`` (run through the article parser) or ``.json`` (an object with
``text`` or ``html`` and optional ``url`` and ``published``). Spans are character
offsets in the text that was read: the ``.txt`` file itself (its date line is blanked,
not removed, so offsets stay true), or the article text the parser produced.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from parsers.article import parse_article
from parsers.datelines import dateline_date
from parsers.figures import extract
from parsers.metrics import Catalog

DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


class InputError(Exception):
    """A file that cannot be read as an article."""


def _from_text(text: str) -> tuple[str, date | None]:
    match = DATE_LINE.match(text)
    if match:
        blanked = " " * match.end() + text[match.end() :]
        return blanked, date.fromisoformat(match.group(1))
    found = dateline_date(text)
    return text, found.date() if found else None


def _from_html(html: str | bytes, url: str) -> tuple[str, date | None]:
    article = parse_article(html, url)
    if article.problem:
        raise InputError(article.problem)
    return article.text, article.published_at.date() if article.published_at else None


def read_input(path: Path) -> tuple[str, date | None]:
    """The text of an input file and the date it was published, if the file says."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            return _from_text(path.read_text(encoding="utf-8", errors="replace"))
        if suffix in (".html", ".htm"):
            return _from_html(path.read_bytes(), path.resolve().as_uri())
        if suffix == ".json":
            document = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(document, dict):
                raise InputError("a JSON input must be an object with 'text' or 'html'")
            published = document.get("published")
            if isinstance(document.get("text"), str):
                text, found = _from_text(document["text"])
            elif isinstance(document.get("html"), str):
                text, found = _from_html(
                    document["html"], str(document.get("url") or path.resolve().as_uri())
                )
            else:
                raise InputError("a JSON input needs 'text' or 'html'")
            return text, date.fromisoformat(published[:10]) if isinstance(published, str) else found
    except (OSError, ValueError) as exc:
        raise InputError(str(exc)) from exc
    raise InputError(f"unsupported file type {suffix or '(none)'}: use .txt, .html or .json")


def extract_file(path: Path, published: date | None, catalog: Catalog) -> dict[str, Any]:
    """One output record: the path, the date used, and every figure and target."""
    text, found = read_input(path)
    when = published or found
    result = extract(text, when, catalog)
    figures = [{**asdict(f), "span": list(f.span)} for f in result.figures]
    targets = [{**asdict(t), "span": list(t.span)} for t in result.targets]
    return {
        "path": str(path),
        "published": when.isoformat() if when else None,
        "figures": figures,
        "targets": targets,
        "skipped": result.skipped,
    }
