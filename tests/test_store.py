import pytest

from factories import make_document
from tidings.store import Filter, open_store


def test_store_write_twice_changes_no_row(store):
    doc = make_document()
    store.write([doc])
    before = store.summary()
    store.write([doc])
    assert store.summary() == before
    assert before["articles"] == 1 and before["events"] == 1 and before["quotes"] == 1


def test_store_roundtrips_the_document(store):
    doc = make_document()
    store.write([doc])
    assert store.document(doc.id) == doc
    assert list(store.documents()) == [doc]
    assert store.has_article(doc.id) and not store.has_article("nope")


@pytest.mark.parametrize(
    "flt, expected",
    [
        (Filter(actor="DEU"), 1),
        (Filter(actor="deu"), 1),
        (Filter(actor="BRA"), 1),
        (Filter(actor="DE"), 0),
        (Filter(type="SANCTION"), 1),
        (Filter(type="AID"), 0),
        (Filter(since="2026-05-04"), 1),
        (Filter(since="2026-05-05"), 0),
        (Filter(until="2026-05"), 1),
        (Filter(until="2026-04"), 0),
        (Filter(status="asserted"), 1),
        (Filter(text="impo"), 1),
    ],
)
def test_store_event_filters(store, flt, expected):
    store.write([make_document()])
    assert len(store.events(flt)) == expected


@pytest.mark.parametrize(
    "hostile",
    ["'; DROP TABLE events; --", "%", "_", "\\", "DEU' OR '1'='1", "\x00"],
)
def test_store_filters_treat_injection_strings_as_data(store, hostile):
    store.write([make_document()])
    assert store.events(Filter(actor=hostile, limit=5)) == []
    assert store.quotes(Filter(speaker=hostile)) == []
    assert store.summary()["events"] == 1


def test_store_quotes_filter_by_speaker(store):
    store.write([make_document()])
    assert [q["speaker"] for q in store.quotes(Filter(speaker="merkel"))] == ["Angela Merkel"]


def test_store_records_failures(store):
    from tidings.models import Failure

    store.record_failures([Failure(path="bad.txt", reason="binary file")])
    [row] = store.failures()
    assert row["path"] == "bad.txt" and row["reason"] == "binary file"


def test_store_duckdb_file_persists(db_path):
    doc = make_document()
    with open_store(db_path) as s:
        s.write([doc])
    with open_store(db_path) as s:
        assert s.document(doc.id) == doc
