import pytest

from factories import make_document
from tidings.store import Filter, open_store


def test_store_write_twice_changes_no_row(any_store):
    doc = make_document()
    any_store.write([doc])
    before = any_store.summary()
    any_store.write([doc])
    assert any_store.summary() == before
    assert before["articles"] == 1 and before["events"] == 1 and before["quotes"] == 1


def test_store_roundtrips_the_document(any_store):
    doc = make_document()
    any_store.write([doc])
    assert any_store.document(doc.id) == doc
    assert list(any_store.documents()) == [doc]
    assert any_store.has_article(doc.id) and not any_store.has_article("nope")


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
def test_store_event_filters(any_store, flt, expected):
    any_store.write([make_document()])
    assert len(any_store.events(flt)) == expected


@pytest.mark.parametrize(
    "hostile",
    ["'; DROP TABLE events; --", "%", "_", "\\", "DEU' OR '1'='1", "\u00e9\u200b", "?", "%s"],
)
def test_store_filters_treat_injection_strings_as_data(any_store, hostile):
    any_store.write([make_document()])
    assert any_store.events(Filter(actor=hostile, limit=5)) == []
    assert any_store.quotes(Filter(speaker=hostile)) == []
    assert any_store.summary()["events"] == 1


def test_store_quotes_filter_by_speaker(any_store):
    any_store.write([make_document()])
    assert [q["speaker"] for q in any_store.quotes(Filter(speaker="merkel"))] == ["Angela Merkel"]


def test_store_records_failures(any_store):
    from tidings.models import Failure

    any_store.record_failures([Failure(path="bad.txt", reason="binary file")])
    [row] = any_store.failures()
    assert row["path"] == "bad.txt" and row["reason"] == "binary file"


def test_store_duckdb_file_persists(db_path):
    doc = make_document()
    with open_store(db_path) as s:
        s.write([doc])
    with open_store(db_path) as s:
        assert s.document(doc.id) == doc


def test_store_filter_rejects_nul_characters():
    with pytest.raises(ValueError):
        Filter(actor="DEU\x00")


@pytest.mark.parametrize("bad", ["2026-13", "2026-02-30", "May"])
def test_store_filter_rejects_impossible_dates(bad):
    with pytest.raises(ValueError):
        Filter(since=bad)


def test_store_postgres_url_password_is_redacted():
    from tidings.store.postgres import _redact

    assert _redact("postgresql://alice:s3cret@db:5432/news") == "postgresql://alice@db:5432/news"


@pytest.mark.parametrize("actor, expected", [("DEU", 1), ("bra", 1), ("FRA", 0)])
def test_store_articles_filter_by_actor_of_their_events(any_store, actor, expected):
    any_store.write([make_document()])
    assert len(any_store.articles(Filter(actor=actor))) == expected


def test_store_changed_text_under_a_kept_id_is_a_new_version(any_store):
    doc = make_document()
    any_store.write([doc])
    from tidings.ingest.ids import article_id

    assert any_store.stored_versions([doc.id, "unknown"]) == {(doc.id, article_id(doc.text))}
    assert (doc.id, article_id(doc.text + " More.")) not in any_store.stored_versions([doc.id])


def test_store_failures_keep_one_row_per_path(any_store):
    from tidings.models import Failure

    any_store.record_failures([Failure(path="x.txt", reason="empty")])
    any_store.record_failures([Failure(path="x.txt", reason="binary")])
    assert [(f["path"], f["reason"]) for f in any_store.failures()] == [("x.txt", "binary")]


def test_store_migrates_a_version_1_file(tmp_path):
    import duckdb

    from tidings.store.schema import SCHEMA_VERSION

    path = str(tmp_path / "v1.duckdb")
    with open_store(path) as s:
        s.write([make_document()])
    con = duckdb.connect(path)
    con.execute("ALTER TABLE articles DROP COLUMN content_hash")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.summary()["articles"] == 1
        s.write([make_document()])


def _index_names(store) -> set[str]:
    sql = ("SELECT index_name FROM duckdb_indexes()" if store.placeholder == "?"
           else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    return {r[0] for r in store.fetch(sql) if r[0].startswith("idx_")}


def test_store_secondary_indexes_only_where_they_live_on_disk(any_store):
    """PostgreSQL keeps its B-trees; DuckDB keeps no ART index (they sit whole in memory and grow)."""
    names = _index_names(any_store)
    if any_store.placeholder == "?":
        assert not names
    else:
        assert {"idx_events_type", "idx_event_actors_code", "idx_cluster_event_inputs_event_id"} <= names


def test_store_duckdb_drops_the_indexes_an_older_version_made(db_path):
    import duckdb

    open_store(db_path).close()
    con = duckdb.connect(db_path)
    con.execute("CREATE INDEX idx_events_type ON events (type)")
    con.close()
    with open_store(db_path) as s:
        assert not _index_names(s)


@pytest.mark.parametrize("setting, mib", [(None, 488.2), ("200MB", 190.7)])
def test_store_duckdb_memory_limit(monkeypatch, db_path, setting, mib):
    if setting:
        monkeypatch.setenv("TIDINGS_DUCKDB_MEMORY", setting)
    else:
        monkeypatch.delenv("TIDINGS_DUCKDB_MEMORY", raising=False)
    with open_store(db_path) as s:
        assert s.fetch("SELECT current_setting('memory_limit')")[0][0] == f"{mib} MiB"
