"""Operations: silence alerts, `tradewatch status`, Parquet export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from flows import cli
from flows.ingest import poll_sources
from tests.conftest import write_config
from tests.newsroom import publish
from tests.site import Site
from warehouse.db import reading, writing
from warehouse.health import health_alerts


@pytest.mark.usefixtures("prefect_server")
def test_a_source_failing_again_and_again_raises_one_alert(site: Site, tmp_path: Path, db: Path) -> None:
    site.add("/feed.xml", "broken", status=500)
    config = write_config(
        tmp_path, f'[[sources]]\nid = "broken"\nurl = "{site.url("/feed.xml")}"\n', fetch="backoff_base = 0",
        run="failing_after = 2",
    )  # fmt: skip
    reports = [poll_sources(config=str(config), db=str(db)) for _ in range(3)]
    assert [r.alerts for r in reports] == [0, 1, 0]  # the second failure in a row; once per episode
    with reading(db) as con:
        ((summary,),) = con.execute("SELECT summary FROM alerts WHERE kind = 'source_failing'").fetchall()
    assert "broken" in summary and "500" in summary


def test_silence_is_raised_once_per_quiet_spell(db: Path) -> None:
    publish(
        db,
        ("http://a.test/1", "China's services trade reached 7.5 trillion yuan in 2024.", "2025-01-30", "A"),
    )
    later = datetime.now(UTC) + timedelta(hours=49)
    with writing(db) as con:
        assert health_alerts(con, "r1", failing_after=3, silence_hours=48, now=later) == 1
        assert health_alerts(con, "r2", failing_after=3, silence_hours=48, now=later) == 0
        assert health_alerts(con, "r3", failing_after=3, silence_hours=72, now=datetime.now(UTC)) == 0


def test_status_and_parquet_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    publish(
        db,
        ("http://a.test/1", "China's services trade reached 7.5 trillion yuan in 2024.", "2025-01-30", "A"),
    )
    assert cli.main(["status", "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "1 articles, 1 figures" in shown and "Alerts today: 0 high, 0 medium, 1 low" in shown
    assert cli.main(["export", "--parquet", str(tmp_path / "lake"), "--db", str(db)]) == 0
    assert cli.main(["export", "--parquet", str(tmp_path / "lake"), "--db", str(db)]) == 0  # replaces
    figures = duckdb.sql(
        f"SELECT month, count(*) FROM read_parquet('{tmp_path}/lake/figures/*/*.parquet',"
        " hive_partitioning=true) GROUP BY month"
    ).fetchall()
    assert figures == [(datetime.now(UTC).strftime("%Y-%m"), 1)]

    assert cli.main(["prune", "--raw-pages-older-than", "0", "--db", str(db)]) == 0
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM raw_pages").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM figures").fetchall() == [(1,)]
