"""Ingest on a real dask LocalCluster of 2 worker processes gives the rows of a single-process ingest."""

import json

import pytest

from tidings.api import ingest
from tidings.config import Settings
from tidings.distributed import Unit, plan_units, read_unit
from tidings.models import Article, Failure
from tidings.store import open_store

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


def _rows(db):
    with open_store(db) as store:
        return (
            sorted((d.id, d.model_dump_json()) for d in store.documents()),
            sorted((f["path"], f["reason"]) for f in store.failures()),
        )


def test_distributed_jsonl_units_report_file_line_numbers(corpus):
    units = plan_units([corpus])
    jsonl = [u for u in units if u.path.endswith(".jsonl")]
    assert jsonl == [Unit(jsonl[0].path, 1, 7)]
    items = list(read_unit(Unit(jsonl[0].path, 3, 5), published=None, settings=Settings()))
    assert isinstance(items[0], Failure) and items[0].path.endswith("feed.jsonl:3")
    assert isinstance(items[1], Article) and items[1].id == "j2"


def test_distributed_ingest_with_two_workers_matches_single_process(corpus, tmp_path, nlp):
    single, multi = str(tmp_path / "single.duckdb"), str(tmp_path / "multi.duckdb")
    first = ingest([corpus], db=single, nlp=nlp)
    report = ingest([corpus], db=multi, workers=2)
    assert (report.stored, len(report.failures)) == (first.stored, len(first.failures)) == (8, 1)
    assert _rows(single) == _rows(multi)
    again = ingest([corpus], db=multi, workers=2)
    assert (again.stored, again.unchanged) == (0, 8)
    assert _rows(single)[0] == _rows(multi)[0]
