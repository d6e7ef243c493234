import json

import jsonschema
import pytest
from click.testing import CliRunner

from paths import ROOT
from tidings.cli import main

SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text())
ARTICLE = "Ministers meet in Paris\n\nPARIS, 4 May 2026 — France and Germany held talks in Paris on Sunday.\n"


@pytest.fixture
def runner():
    return CliRunner()


def _commands():
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_cli_every_command_documents_an_example(runner, name):
    result = runner.invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("name", _commands())
def test_cli_every_option_has_help(name):
    command = main.commands[name]
    for param in command.params:
        if param.param_type_name == "option" and not param.hidden and param.name not in ("help",):
            assert param.help, f"{name} --{param.name} has no help"


def test_cli_extract_prints_schema_valid_jsonl(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.strip().splitlines()
    record = json.loads(line)
    jsonschema.validate(record, SCHEMA)
    assert record["title"] == "Ministers meet in Paris" and record["published"] == "2026-05-04"
    for sentence in record["sentences"]:
        assert record["text"][sentence["start"]:sentence["end"]].strip()


def test_cli_extract_bad_input_names_file_and_exits_1(runner, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE)
    bad.write_bytes(b"\x00\x00binary")
    result = runner.invoke(main, ["extract", str(bad), str(good)])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1


def test_cli_ingest_twice_changes_no_row_and_records_failures(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    (tmp_path / "in" / "empty.txt").write_text("")
    db = str(tmp_path / "s.duckdb")
    first = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--quiet"])
    assert first.exit_code == 1 and "empty.txt" in first.stderr
    summary = runner.invoke(main, ["summary", "--db", db, "--json"])
    second = runner.invoke(main, ["ingest", str(tmp_path / "in" / "a.txt"), "--db", db, "--quiet"])
    assert second.exit_code == 0
    again = json.loads(runner.invoke(main, ["summary", "--db", db, "--json"]).stdout)
    assert again == json.loads(summary.stdout)
    assert again["articles"] == 1 and again["failures"] == 1


def test_cli_db_from_environment(runner, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("TIDINGS_DB", str(db))
    assert runner.invoke(main, ["ingest", str(path), "--quiet"]).exit_code == 0
    assert db.exists()
    listed = runner.invoke(main, ["articles", "--json"])
    assert json.loads(listed.stdout)["title"] == "Ministers meet in Paris"


@pytest.mark.parametrize("args", [["--since", "May"], ["--limit", "0"], ["--until", "2026-13-45x"]])
def test_cli_invalid_filter_is_a_usage_error(runner, tmp_path, args):
    result = runner.invoke(main, ["events", "--db", str(tmp_path / "x.duckdb"), *args])
    assert result.exit_code == 2


def test_cli_export_requires_out_for_parquet(runner, tmp_path):
    result = runner.invoke(main, ["export", "--db", str(tmp_path / "x.duckdb"), "--format", "parquet"])
    assert result.exit_code != 0 and "--out" in result.output


def _ingest_two_reports_of_one_meeting(runner, tmp_path) -> str:
    text = "Talks\n\nPARIS, {d} May 2026 — France and Germany held talks in Paris on Monday about {w}."
    for i, (day, words) in enumerate([(4, "energy prices"), (5, "energy and prices")]):
        (tmp_path / f"a{i}.txt").write_text(text.format(d=day, w=words))
    db = str(tmp_path / "c.duckdb")
    assert runner.invoke(main, ["ingest", str(tmp_path), "--db", db, "--quiet"]).exit_code == 0
    return db


def test_cli_ingest_clusters_the_same_event_across_articles(runner, tmp_path):
    db = _ingest_two_reports_of_one_meeting(runner, tmp_path)
    result = runner.invoke(main, ["clusters", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    consult = [r for r in rows if r["type"] == "CONSULT"]
    assert consult and consult[0]["num_articles"] == 2


def test_cli_eval_kinds_account_for_every_event_error(runner, tmp_path):
    lines = (ROOT / "examples" / "sentences.jsonl").read_text().splitlines()[:60]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n")
    result = runner.invoke(main, ["eval", "--json", "--kinds", str(gold)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    events, dyad, kinds = figures["events"], figures["events_dyad"], figures["error_kinds"]
    assert sum(kinds["missed"].values()) == events["fn"]
    assert sum(kinds["spurious"].values()) == events["fp"]
    assert sum(row["count"] for row in kinds["dyad"]) == events["tp"] - dyad["tp"]


def test_cli_ingest_again_completes_clusters_a_stopped_run_left_out(runner, tmp_path):
    from tidings.store import open_store

    db = _ingest_two_reports_of_one_meeting(runner, tmp_path)
    with open_store(db) as store:  # what a clustering run stopped after its deletions leaves
        store.execute("DELETE FROM event_cluster_members")
        store.execute("DELETE FROM event_clusters")
    assert runner.invoke(main, ["ingest", str(tmp_path), "--db", db, "--quiet"]).exit_code == 0
    rows = [json.loads(line) for line in runner.invoke(main, ["clusters", "--db", db, "--json"]).stdout.splitlines()]
    assert [r["num_articles"] for r in rows if r["type"] == "CONSULT"] == [2]
