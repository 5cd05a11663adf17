from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from flows import cli
from tests.conftest import write_config
from tests.pages import RELEVANT_PARAGRAPHS, article_html, rss
from tests.site import Site
from warehouse.db import connect, reading

COMMANDS = sorted(
    "alerts check demo digest export extract load-reference load-staged prune reparse run serve sources sql "
    "stage status".split()
)


def subcommands() -> list[str]:
    parser = cli._parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    return sorted(actions[0].choices)  # type: ignore[arg-type]


def test_subcommands_are_the_documented_ones() -> None:
    assert subcommands() == COMMANDS


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: tradewatch" in capsys.readouterr().out


@pytest.fixture
def warehouse(db: Path) -> Path:
    con = connect(db)
    con.execute("INSERT INTO sources (source_id, url, kind) VALUES ('s1', 'http://s.test/feed', 'feed')")
    con.execute("INSERT INTO sources (source_id, url, kind) VALUES ('s2', 'http://s.test/other', 'listing')")
    con.close()
    return db


def test_sql_formats(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT source_id, kind FROM sources ORDER BY 1"
    assert cli.main(["sql", "--db", str(warehouse), query, "--format", "csv"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [
        ["source_id", "kind"],
        ["s1", "feed"],
        ["s2", "listing"],
    ]
    assert cli.main(["sql", "--db", str(warehouse), query, "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"source_id": "s1", "kind": "feed"},
        {"source_id": "s2", "kind": "listing"},
    ]
    assert cli.main(["sql", "--db", str(warehouse), query]) == 0
    table = capsys.readouterr().out
    assert "source_id" in table and "(2 rows)" in table


def test_sql_cannot_modify_the_warehouse(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["sql", "--db", str(warehouse), "DELETE FROM sources"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "read-only" in err
    with reading(warehouse) as con:
        assert con.execute("SELECT count(*) FROM sources").fetchall() == [(2,)]


def test_bad_sql_prints_duckdbs_message_on_one_line(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sql", "--db", str(warehouse), "SELECT nope FROM sources"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Binder Error") and err.count("\n") == 1


def test_missing_warehouse_and_bad_config_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"]) == 1
    assert capsys.readouterr().err.startswith("error: no warehouse at")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[sources]]\nurl = "http://x.test/"\nkind = "podcast"\n')
    assert cli.main(["sources", "--config", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {bad} source 1: kind must be one of feed, listing, not 'podcast'\n"
    (tmp_path / "negative").mkdir()
    negative = write_config(tmp_path / "negative", "", run="batch_size = -5")
    assert cli.main(["sources", "--config", str(negative)]) == 1
    assert capsys.readouterr().err == f"error: {negative}: [run] batch_size must be a non-negative number\n"


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no warehouse"):
        cli.main(["--debug", "sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"])


def test_sources_lists_the_shipped_config(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["sources", "--config", "config/sources.toml", "--format", "csv"]) == 0
    listed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(listed) >= 8
    assert {row["kind"] for row in listed} == {"feed", "listing"}
    assert all(row["url"].startswith("https://") or row["url"].startswith("http://") for row in listed)


@pytest.mark.usefixtures("prefect_server")
def test_run_with_sources_from_the_command_line(
    site: Site, tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("/feed.xml", rss([{"link": "{base}/a.html", "guid": "a"}]))
    site.add(
        "/a.html",
        article_html("Digital trade rises", ("Lead paragraph on digital trade.", *RELEVANT_PARAGRAPHS)),
    )
    site.add("/news.html", f'<ul class="n"><li><a href="{site.url("/a.html")}">A</a></li></ul>')
    config = write_config(tmp_path, "")
    code = cli.main(
        [
            "run",
            "--config",
            str(config),
            "--db",
            str(db),
            "--source",
            site.url("/feed.xml"),
            "--listing",
            site.url("/news.html"),
            "ul.n a",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "completed" in out and str(db) in out and "Digital trade rises" in out
    with reading(db) as con:
        assert con.execute("SELECT kind, count(*) FROM sources GROUP BY 1 ORDER BY 1").fetchall() == [
            ("feed", 1),
            ("listing", 1),
        ]
        assert con.execute("SELECT count(*) FROM article_sources").fetchall() == [(2,)]


@pytest.mark.usefixtures("prefect_server")
def test_demo_crawls_the_bundled_site_and_is_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.duckdb"
    assert cli.main(["demo", "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert "completed" in first and "sources polled ok                            4" in first
    with reading(db) as con:
        articles, relevant = con.execute(
            "SELECT count(*), count(*) FILTER (relevant) FROM articles"
        ).fetchall()[0]
        problems = con.execute("SELECT count(*) FROM fetch_problems").fetchall()[0][0]
    assert articles >= 10 and 0 < relevant < articles and problems == 0
    with reading(db) as con:  # day 2 brings one of each change, and its syndicated copy nothing
        day_two = con.execute(
            "SELECT kind, count(*) FROM alerts"
            " WHERE run_id = (SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1)"
            " GROUP BY kind ORDER BY kind"
        ).fetchall()
    assert day_two == [
        ("conflict", 2),
        ("new_period", 3),
        ("revision", 1),
        ("target_changed", 1),
        ("target_progress", 1),
    ]
    assert "What day 2 changed" in first and "Target changed" in first
    assert cli.main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    with reading(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(articles,)]
        last = con.execute(
            "SELECT entries_new, articles_new FROM runs ORDER BY started_at DESC LIMIT 1"
        ).fetchall()
    assert last == [(0, 0)]


@pytest.mark.usefixtures("prefect_server")
def test_run_while_another_run_writes_exits_with_one_line(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from warehouse.lock import run_lock

    config = write_config(tmp_path, "", run="lock_wait = 0")
    with run_lock(db, wait=0):
        code = cli.main(
            ["run", "--config", str(config), "--db", str(db), "--source", "http://192.0.2.1/f.xml"]
        )
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("error: another tradewatch run (pid ")


def test_interactive_prompt_runs_statements_and_keeps_history(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "history"
    monkeypatch.setattr(cli, "HISTORY_FILE", history)
    monkeypatch.setattr("sys.stdin", io.StringIO("SELECT count(*) AS n\nFROM sources;\nSELECT nope;\n"))
    assert cli.main(["sql", "--db", str(warehouse)]) == 0
    captured = capsys.readouterr()
    assert "(1 row)" in captured.out and "2" in captured.out
    assert "error: Parser Error" in captured.err or "error: Binder Error" in captured.err
    assert history.exists()
