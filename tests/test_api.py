"""The library's ingest in one process: what is skipped as stored, what is stored again, what is stored once."""

import json

import pytest

from tidings.api import ingest
from tidings.store import open_store

TEXT = "PARIS, 4 May 2026 — France and Germany held talks in Paris on Sunday."
OTHER = "WARSAW, 6 May 2026 — Poland deployed 2,000 troops to the border with Belarus."


def _feed(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


@pytest.mark.parametrize(
    "second, expected",
    [
        ([{"id": "a", "text": TEXT}, {"id": "b", "text": OTHER}], (0, 2)),  # the same texts: skipped
        ([{"id": "a", "text": OTHER}, {"id": "b", "text": OTHER}], (1, 1)),  # a new text under a kept id
        ([{"id": "c", "text": TEXT}], (1, 0)),  # the same text under a new id
    ],
    ids=["unchanged", "changed-text", "new-id"],
)
def test_api_ingest_skips_only_what_is_stored_with_the_same_text(tmp_path, nlp, second, expected):
    db = str(tmp_path / "s.duckdb")
    first = ingest([_feed(tmp_path / "one.jsonl", [{"id": "a", "text": TEXT}, {"id": "b", "text": OTHER}])], db=db, nlp=nlp)
    again = ingest([_feed(tmp_path / "two.jsonl", second)], db=db, nlp=nlp)
    assert (first.stored, first.unchanged) == (2, 0)
    assert (again.stored, again.unchanged) == expected
    with open_store(db) as store:
        stored = {r["id"]: r["n_chars"] for r in store.articles()}
    assert set(stored) == {"a", "b"} | {r["id"] for r in second}


def test_api_ingest_stores_an_article_given_twice_in_one_run_once(tmp_path, nlp):
    db = str(tmp_path / "s.duckdb")
    feed = _feed(tmp_path / "dup.jsonl", [{"id": "a", "text": TEXT}, {"id": "b", "text": OTHER}, {"id": "a", "text": TEXT}])
    report = ingest([feed], db=db, nlp=nlp)
    assert report.ok and report.stored == 2
    with open_store(db) as store:
        assert store.count("articles") == 2
        assert len(store.events()) == len({e["id"] for e in store.events()})
