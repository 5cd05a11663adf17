"""Delivering alerts through Apprise to a real webhook on 127.0.0.1: once each, retried after a failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.notify import deliver, notification_urls
from tests.newsroom import publish
from tests.site import Site
from warehouse.db import reading

CONFLICT = (
    (
        "http://a.test/1",
        "China's services trade reached 7.5 trillion yuan in 2024, Xinhua said.",
        "2025-01-30",
        "A",
    ),
    (
        "http://b.test/1",
        "China's services trade reached 8.1 trillion yuan in 2024, Nikkei said.",
        "2025-02-02",
        "B",
    ),
)


def delivered(db: Path) -> list[tuple[str, bool]]:
    with reading(db) as con:
        rows = con.execute("SELECT kind, delivered_at IS NOT NULL FROM alerts ORDER BY kind").fetchall()
    return [(kind, sent) for kind, sent in rows]


def test_alerts_are_sent_once_and_a_failure_is_retried(db: Path, site: Site) -> None:
    publish(db, *CONFLICT)
    hook = site.base.replace("http://", "json://") + "/hook?token=s3cret"
    site.add("/hook", "busy", status=500)
    failed = deliver(db, [hook], min_severity="medium")
    assert failed.sent == 0 and failed.pending == 1 and failed.error
    assert "s3cret" not in failed.error
    assert delivered(db) == [("conflict", False), ("new_metric", False)]

    site.add("/hook", "ok")
    sent = deliver(db, [hook], min_severity="medium")
    assert (sent.sent, sent.pending, sent.error) == (1, 0, None)
    message = json.loads(site.hits("/hook")[-1].body)
    assert "Sources disagree" in message["message"] and "tradewatch: 1 new alert" in message["title"]
    # The low-severity new metric is reported, never sent.
    assert delivered(db) == [("conflict", True), ("new_metric", False)]

    again = deliver(db, [hook], min_severity="medium")
    assert again.sent == 0 and len(site.hits("/hook")) == 2


def test_urls_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "TRADEWATCH_NOTIFY", "mailto://u:p@mail.test, json://hooks.test/a\njson://hooks.test/b"
    )
    assert notification_urls() == ["mailto://u:p@mail.test", "json://hooks.test/a", "json://hooks.test/b"]
    monkeypatch.delenv("TRADEWATCH_NOTIFY")
    assert notification_urls() == []
