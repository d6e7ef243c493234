"""The synthetic data generator (benchmarks/synthetic.py) that the web tests and benchmarks rely on."""

from __future__ import annotations

import json

import pytest

from tidings.store import open_store
from tidings.store.rows import rows_for
from test_web_support import synthetic


@pytest.mark.parametrize("i, per_day", [(0, 0), (7, 0), (123, 3), (4000, 45)])
def test_web_synthetic_fast_rows_equal_the_stores_rows(i, per_day):
    d = synthetic.document_dict(i, per_day=per_day)
    slow = {name: [tuple(r.model_dump().values()) for r in rows] for name, rows in rows_for(synthetic.synthetic_document(i) if not per_day else
            synthetic.Document.model_validate(d)).items()}
    fast = synthetic.fast_rows(d)
    document = list(synthetic.TABLES["articles"].model_fields).index("document")
    without = lambda row: row[:document] + row[document + 1:]  # noqa: E731
    assert without(slow["articles"][0]) == without(fast["articles"][0])
    assert json.loads(slow["articles"][0][document]) == json.loads(fast["articles"][0][document])
    for name in slow:
        if name != "articles":
            assert slow[name] == fast[name], name


def test_web_synthetic_offsets_match_text():
    doc = synthetic.synthetic_document(11)
    spans = [e.trigger for e in doc.events] + doc.actors + doc.quotes + doc.quantities + doc.places
    assert all(doc.text[s.start : s.end] == s.text for s in spans)
    assert all(doc.sentences[e.sentence].start <= e.trigger.start < doc.sentences[e.sentence].end for e in doc.events)


@pytest.mark.parametrize("chronological", [True, False])
def test_web_synthetic_fill_bulk_loads_duckdb(db_path, chronological):
    with open_store(db_path) as store:
        n = synthetic.fill(store, 3000, events_per_article=10, chunk=70, chronological=chronological)
        assert n == 300
        assert store.count("events") == 3000 and store.count("articles") == 300
        assert store.fetch("SELECT count(*) FROM event_actors")[0][0] == 6000
        assert not store.fetch("SELECT index_name FROM duckdb_indexes()")  # DuckDB stores keep none
        doc = next(store.documents())
        assert doc.events and doc.text[doc.events[0].trigger.start : doc.events[0].trigger.end] == doc.events[0].trigger.text
