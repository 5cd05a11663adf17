"""Sending new alerts to people, through Apprise (email, Slack, Teams, Telegram, webhooks, ...).

Where to send comes from the environment (``TRADEWATCH_NOTIFY``: Apprise URLs separated
by spaces, commas or new lines) or from a Prefect Secret block named in the config, never
from a committed file; the URLs carry tokens, so they are never logged or shown.

Each alert is sent once: it is marked ``delivered_at`` after the services accepted it.
A failed delivery leaves it unmarked, so the next run sends it again, together with
whatever is new by then.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from flows import summaries
from warehouse.db import reading, writing
from warehouse.load import now
from warehouse.queries import SEVERITIES, AlertLine, alerts

ENV_NOTIFY = "TRADEWATCH_NOTIFY"
# More than this in one message is a digest nobody reads; the rest go in the next message.
MAX_PER_MESSAGE = 50


@dataclass(frozen=True)
class Delivery:
    sent: int = 0
    pending: int = 0
    error: str | None = None


def notification_urls(secret_block: str | None = None) -> list[str]:
    """The Apprise URLs to notify: the environment first, else the named Prefect Secret block."""
    raw = os.environ.get(ENV_NOTIFY, "")
    if not raw.strip() and secret_block:
        from prefect.blocks.system import Secret

        block = cast("Secret[str]", Secret.load(secret_block))  # a value, not a coroutine, in sync code
        raw = str(block.get())
    return [url for url in re.split(r"[\s,]+", raw) if url]


def undelivered(db: Path, min_severity: str) -> list[AlertLine]:
    with reading(db) as con:
        return alerts(con, min_severity=min_severity, undelivered=True)


def deliver(db: Path, urls: list[str], min_severity: str = "medium") -> Delivery:
    """Send the alerts not sent yet (at or above ``min_severity``) as one message, and mark them sent."""
    if min_severity not in SEVERITIES:
        raise ValueError(f"min_severity must be one of {', '.join(SEVERITIES)}")
    waiting = undelivered(db, min_severity)
    if not urls or not waiting:
        return Delivery(pending=len(waiting))
    import apprise

    batch = waiting[:MAX_PER_MESSAGE]
    notifier = apprise.Apprise()
    for url in urls:
        if not notifier.add(url):
            return Delivery(
                pending=len(waiting), error="a notification URL is not valid (not shown: it holds tokens)"
            )
    title = f"tradewatch: {len(batch)} new alert{'s' * (len(batch) != 1)}"
    if not notifier.notify(title=title, body=summaries.text(batch)):
        return Delivery(pending=len(waiting), error="the notification service did not accept the message")
    with writing(db) as con:
        con.execute(
            "UPDATE alerts SET delivered_at = ? WHERE alert_id IN (SELECT unnest(?))",
            [now(), [a.alert_id for a in batch]],
        ).fetchall()
    return Delivery(sent=len(batch), pending=len(waiting) - len(batch))
