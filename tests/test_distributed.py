"""Ingest on a real dask LocalCluster of 2 worker processes gives the rows of a single-process ingest.

Both ways walk a directory with the same function (``tidings.ingest.walk.walk_inputs``), so a
hostile directory (links, a link loop, hidden files, a FIFO, UTF-16 JSONL, unreadable inputs)
gives the same articles and the same failure rows with and without ``--workers``.
"""

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from factories import refuse_to_list, refuse_to_open
from tidings.api import ingest
from tidings.cli.progress import count_inputs
from tidings.config import Settings
from tidings.api import extract_many
from tidings.distributed import Unit, partitions, plan_units, read_unit
from tidings.ingest import read_paths
from tidings.models import Article, Document, Failure
from tidings.store import open_store
from tidings.store.rows import TABLES
from tidings.store.staging import Stager

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tidings"
HOSTILE = os.path.join(os.path.dirname(__file__), "data", "hostile")
ARTICLES = [
    ("a.txt", "Talks in Paris\n\nPARIS, 4 May 2026 — France and Germany held talks in Paris on Sunday."),
    ("b.txt", "Sanctions\n\nBRUSSELS, 5 May 2026 — The EU imposed sanctions on Belarus."),
    ("c.txt", "Troops\n\nWARSAW, 6 May 2026 — Poland deployed 2,000 troops to the border with Belarus."),
]


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for name, text in ARTICLES:
        (root / name).write_text(text)
    lines = [json.dumps({"id": f"j{i}", "text": f"Article {i}: Japan and India signed a trade pact."}) for i in range(5)]
    lines.insert(2, "{not json")
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n")
    return str(root)


def _hostile_tree(root) -> str:
    """The committed hostile inputs plus the file-system cases a walk must treat alike everywhere."""
    shutil.copytree(HOSTILE, root, ignore=shutil.ignore_patterns("cases.csv", "fuzz"))
    (root / ".hidden.txt").write_text("T\n\nA hidden file is never walked.")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.txt").write_text("T\n\nNor is a hidden directory.")
    (root / "sub").mkdir()
    (root / "sub" / "linked.txt").symlink_to(root / "good-article.txt")  # a second path to one file
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "broken.txt").symlink_to(root / "nowhere.txt")
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "far.txt").write_text("T\n\nGhana and Togo signed a border agreement.")
    (root / "elsewhere").symlink_to(outside, target_is_directory=True)
    (root / "wide.jsonl").write_bytes(
        '{"id": "w1", "text": "Chile and Peru signed a trade deal."}\n{broken\n'.encode("utf-16"))
    (root / "empty.jsonl").write_text("")
    (root / "folder.txt").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
    if os.geteuid() != 0:  # root reads everything; test_hostile simulates the refusal for root
        (root / "secret.txt").write_text("T\n\nText.")
        (root / "secret.txt").chmod(0)
    return str(root)


@pytest.fixture
def hostile(tmp_path):
    yield _hostile_tree(tmp_path / "hostile")
    secret = tmp_path / "hostile" / "secret.txt"
    if secret.exists():
        secret.chmod(0o600)


def _rows(db):
    with open_store(db) as store:
        return (
            sorted((d.id, d.model_dump_json()) for d in store.documents()),
            sorted((f["path"], f["reason"]) for f in store.failures()),
        )


def _tables(store) -> dict[str, list[tuple]]:
    """Every row of every article table (failures have a time stamp), sorted."""
    return {name: sorted(map(repr, store.fetch(f"SELECT * FROM {name}"))) for name in TABLES if name != "failures"}


def _source_hash() -> str:
    """The package's code and data: workers import it afresh, this process imported it at start."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path).encode() + path.read_bytes())
    return digest.hexdigest()


IMPORTED = _source_hash()


def _same_rows(single: str, multi: str) -> None:
    """The two stores hold the same rows, unless another session edited the package since this process imported it."""
    if _rows(single) != _rows(multi) and _source_hash() != IMPORTED:
        pytest.skip("the package changed since the tests imported it: workers run different code")
    assert _rows(single) == _rows(multi)


def _outcome(items) -> list[tuple]:
    return sorted((type(i).__name__, i.path, i.id if isinstance(i, Article) else i.reason) for i in items)


def test_distributed_jsonl_units_report_file_line_numbers(corpus):
    units = plan_units([corpus]).units
    jsonl = [u for u in units if u.path.endswith(".jsonl")]
    assert jsonl == [Unit(jsonl[0].path, 1, 7)]
    items = list(read_unit(Unit(jsonl[0].path, 3, 5), published=None, settings=Settings()))
    assert isinstance(items[0], Failure) and items[0].path.endswith("feed.jsonl:3")
    assert isinstance(items[1], Article) and items[1].id == "j2"


@pytest.mark.parametrize("follow", [True, False], ids=["follow-symlinks", "no-follow-symlinks"])
def test_distributed_plan_reads_what_a_single_process_reads(hostile, follow):
    settings = Settings(follow_symlinks=follow)
    plan = plan_units([hostile, os.path.join(hostile, "good-article.txt")], settings=settings, lines_per_unit=3)
    read = [item for unit in plan.units for item in read_unit(unit, published=None, settings=settings)]
    single = list(read_paths([hostile, os.path.join(hostile, "good-article.txt")], settings=settings))
    assert _outcome(plan.failures + read) == _outcome(single)
    assert not any("/." in unit.path for unit in plan.units)
    assert any("not followed" in f.reason for f in plan.failures) == (not follow)


def test_distributed_progress_count_is_what_the_walk_reads(hostile):
    assert count_inputs([hostile]) == len(list(read_paths([hostile])))
    assert count_inputs([hostile, "-"]) is None


def test_distributed_plan_leaves_an_unreadable_jsonl_to_the_reader(tmp_path, monkeypatch):
    path = tmp_path / "locked.jsonl"
    path.write_text('{"id": "a", "text": "Chile recalled its ambassador."}\n')
    refuse_to_open(monkeypatch, path)
    plan = plan_units([str(tmp_path)])
    assert plan.units == [Unit(str(path))] and plan.failures == []
    [failure] = list(read_unit(plan.units[0], published=None, settings=Settings()))
    assert failure.reason == "Permission denied"


def test_distributed_walk_failures_are_planned_like_read_paths(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("T\n\nPeru recalled its ambassador.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("T\n\nChile recalled its ambassador.")
    refuse_to_list(monkeypatch, "locked")
    plan = plan_units([str(tmp_path)])
    assert [f.reason for f in plan.failures] == ["cannot list directory: Permission denied"]
    assert _outcome(plan.failures) == _outcome(r for r in read_paths([str(tmp_path)]) if isinstance(r, Failure))


def test_distributed_ingest_with_two_workers_matches_single_process(corpus, tmp_path, nlp):
    single, multi = str(tmp_path / "single.duckdb"), str(tmp_path / "multi.duckdb")
    first = ingest([corpus], db=single, nlp=nlp)
    report = ingest([corpus], db=multi, workers=2)
    assert (report.stored, len(report.failures)) == (first.stored, len(first.failures)) == (8, 1)
    _same_rows(single, multi)
    again = ingest([corpus], db=multi, workers=2)
    assert (again.stored, again.unchanged) == (0, 8)
    assert _rows(single)[0] == _rows(multi)[0]
    assert not list(tmp_path.glob("*.staging-*"))  # the staged Parquet files are gone with their directory


def test_distributed_hostile_directory_gives_the_rows_and_failures_of_a_single_process(hostile, tmp_path, nlp):
    single, multi = str(tmp_path / "single.duckdb"), str(tmp_path / "multi.duckdb")
    first = ingest([hostile], db=single, nlp=nlp)
    report = ingest([hostile], db=multi, workers=2)
    assert (report.stored, len(report.failures)) == (first.stored, len(first.failures))
    assert first.stored >= 15 and len(first.failures) >= 20
    _same_rows(single, multi)
    assert sorted((f.path, f.reason) for f in report.failures) == _rows(multi)[1]  # reported as recorded, once each


@pytest.mark.parametrize(
    "units, size, expected",
    [
        ([Unit("a.txt"), Unit("b.txt"), Unit("c.txt")], 2, [2, 1]),
        ([Unit("f.jsonl", 1, 33), Unit("f.jsonl", 33, 40), Unit("a.txt")], 32, [1, 2]),
        ([Unit("f.jsonl", 1, 5), Unit("a.txt"), Unit("g.jsonl", 1, 30)], 32, [3]),
        ([], 32, []),
    ],
    ids=["files", "line-ranges", "mixed-under-size", "nothing"],
)
def test_distributed_partitions_hold_about_size_articles(units, size, expected):
    parts = list(partitions(units, size))
    assert [len(p) for p in parts] == expected
    assert [u for p in parts for u in p] == units


def test_distributed_partition_loaded_twice_leaves_the_rows_of_one_write(corpus, tmp_path, nlp):
    docs = [d for d in extract_many(read_paths([corpus]), nlp=nlp) if isinstance(d, Document)]
    stager = Stager(str(tmp_path / "staging"))
    try:
        first, second = stager.stage(docs[:5]), stager.stage(docs[3:])  # articles 3 and 4 in both
    finally:
        stager.close()
    with open_store(str(tmp_path / "written.duckdb")) as written, open_store(str(tmp_path / "loaded.duckdb")) as loaded:
        written.write(docs)
        for staged in (first, second, second, first):  # a retried partition, a duplicate delivery
            assert loaded.load(staged) == staged.articles
        assert _tables(loaded) == _tables(written)
        assert loaded.count("articles") == len(docs) == 8
    first.remove()
    second.remove()
    assert not os.listdir(tmp_path / "staging")


def test_distributed_ingest_into_postgresql_matches_single_process(corpus, tmp_path, nlp, postgres_server):
    single, multi = str(tmp_path / "single.duckdb"), postgres_server.create_database()
    first = ingest([corpus], db=single, nlp=nlp)
    report = ingest([corpus], db=multi, workers=2)
    assert (report.stored, len(report.failures)) == (first.stored, len(first.failures)) == (8, 1)
    _same_rows(single, multi)
    with open_store(single) as a, open_store(multi) as b:
        assert _tables(a) == _tables(b)
    again = ingest([corpus], db=multi, workers=2)
    assert (again.stored, again.unchanged) == (0, 8)
