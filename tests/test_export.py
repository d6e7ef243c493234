import csv
import io
import json

import duckdb
import pytest

from factories import actor, make_document
from tidings.export import export
from tidings.export.gdelt import COLUMNS


@pytest.fixture
def filled(store):
    store.write([make_document(cameo="0311")])
    return store


def test_export_plover_jsonl_has_plover_fields_and_offsets(filled):
    out = io.StringIO()
    assert export(filled, "plover-jsonl", out) == 1
    record = json.loads(out.getvalue())
    for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_start", "text_end"):
        assert key in record
    doc = make_document()
    assert record["actor"] == ["DEU"] and record["recipient"] == ["BRA"] and record["event"] == "SANCTION"
    assert doc.text[record["text_start"]:record["text_end"]] == record["event_text"]


def test_export_gdelt_keeps_leading_zeros_and_column_order(filled):
    out = io.StringIO()
    export(filled, "gdelt-tsv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert rows[0] == COLUMNS and len(COLUMNS) == 61
    row = dict(zip(rows[0], rows[1]))
    assert row["EventCode"] == "0311" and row["EventRootCode"] == "03"
    assert row["SQLDATE"] == "20260504" and row["QuadClass"] == "4" and row["GoldsteinScale"] == "-6"
    assert row["Actor1CountryCode"] == "DEU" and row["Actor2CountryCode"] == "BRA"
    assert row["ActionGeo_FullName"] == "Berlin"


@pytest.mark.parametrize("table", ["events", "quotes", "articles", "event_actors"])
def test_export_csv_and_parquet_hold_the_same_rows(filled, tmp_path, table):
    out = io.StringIO()
    n = export(filled, "csv", out, table=table)
    csv_rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    path = str(tmp_path / f"{table}.parquet")
    assert export(filled, "parquet", path, table=table) == n == len(csv_rows)
    parquet_rows = duckdb.connect().execute(f"SELECT * FROM read_parquet('{path}')").fetchall()
    assert len(parquet_rows) == n


def test_export_parquet_keeps_cameo_as_text(filled, tmp_path):
    path = str(tmp_path / "e.parquet")
    export(filled, "parquet", path)
    [(code,)] = duckdb.connect().execute(f"SELECT cameo FROM read_parquet('{path}')").fetchall()
    assert code == "0311"


# -- GDELT: one row per actor pair, counts from the event's cluster ---------------------------

GDELT_TEXT = "Germany and France imposed tariffs on Brazil and Argentina. Officials said so."


def _compound_document(sources: list[tuple[str, str]], targets: list[tuple[str, str]]):
    """make_document's event with these (word, country) sources and targets."""
    doc = make_document(GDELT_TEXT)
    side = lambda pairs: [actor(w, GDELT_TEXT.index(w), country=c) for w, c in pairs]  # noqa: E731
    event = doc.events[0].model_copy(update={"source": side(sources), "target": side(targets)})
    return doc.model_copy(update={"events": [event]})


def _gdelt_rows(store) -> list[dict]:
    out = io.StringIO()
    n = export(store, "gdelt-tsv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert n == len(rows)
    return rows


@pytest.mark.parametrize(
    "sources, targets, pairs",
    [
        ([("Germany", "DEU"), ("France", "FRA")], [("Brazil", "BRA"), ("Argentina", "ARG")],
         [("DEU", "BRA"), ("DEU", "ARG"), ("FRA", "BRA"), ("FRA", "ARG")]),
        ([("Germany", "DEU")], [("Brazil", "BRA"), ("Argentina", "ARG")], [("DEU", "BRA"), ("DEU", "ARG")]),
        ([("Germany", "DEU"), ("France", "FRA")], [], [("DEU", ""), ("FRA", "")]),
        ([("Germany", "DEU")], [("Brazil", "BRA")], [("DEU", "BRA")]),
        ([], [], [("", "")]),
    ],
)
def test_export_gdelt_writes_one_row_per_actor_pair(store, sources, targets, pairs):
    doc = _compound_document(sources, targets)
    store.write([doc])
    rows = _gdelt_rows(store)
    assert [(r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in rows] == pairs
    event_id = doc.events[0].id
    expected_ids = [event_id] if len(pairs) == 1 else [f"{event_id}-{n}" for n in range(1, len(pairs) + 1)]
    assert [r["GLOBALEVENTID"] for r in rows] == expected_ids
    assert {(r["EventCode"], r["SQLDATE"], r["NumMentions"], r["NumArticles"]) for r in rows} == {("0311", "20260504", "1", "1")}


def test_export_gdelt_writes_identical_actor_columns_once(store):
    doc = make_document(GDELT_TEXT)
    twice = [actor("Germany", 0, country="DEU"), actor("Germany", 0, country="DEU")]
    store.write([doc.model_copy(update={"events": [doc.events[0].model_copy(update={"source": twice})]})])
    assert len(_gdelt_rows(store)) == 1


STORY = ["a01-us-troops-germany-withdrawal", "a02-otte-warns-dangerous-gap", "a03-rutte-plays-down-us-drawdown"]


@pytest.fixture(scope="module")
def story_db(nlp, tmp_path_factory) -> str:
    """Three example articles on one story (two publishers), ingested into a DuckDB file; ingest clusters."""
    from paths import EXAMPLES

    from tidings.api import ingest

    folder = tmp_path_factory.mktemp("story")
    lines = [json.dumps({"id": stem, "text": (EXAMPLES / "corpus" / f"{stem}.txt").read_text(encoding="utf-8"),
                         "published": f"2026-05-0{4 + n // 2}", "source": ["Reuters", "dpa"][n % 2]})
             for n, stem in enumerate(STORY)]
    (folder / "story.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(folder / "store.duckdb")
    assert ingest([str(folder / "story.jsonl")], db=db, nlp=nlp).stored == 3
    return db


def _story(db: str):
    """The story store's clusters reported by several articles (event id -> cluster), and its event ids."""
    from tidings.analysis.dedup import ClusterFilter, clusters, mentions
    from tidings.store import open_store

    store = open_store(db)
    shared = clusters(store, ClusterFilter(min_articles=2, order="articles"))
    assert shared, "the three articles share no event cluster"
    by_event = {m.event_id: c for c in shared for m in mentions(store, c.id)}
    return store, by_event, {e.id for doc in store.documents() for e in doc.events}


def test_export_gdelt_counts_come_from_the_event_cluster(story_db):
    store, by_event, event_ids = _story(story_db)
    with store:
        rows = _gdelt_rows(store)
    of = lambda gid: gid if gid in event_ids else gid.rsplit("-", 1)[0]  # noqa: E731
    assert {of(r["GLOBALEVENTID"]) for r in rows} == event_ids
    counted = [r for r in rows if of(r["GLOBALEVENTID"]) in by_event]
    assert counted
    for r in counted:
        c = by_event[of(r["GLOBALEVENTID"])]
        assert (int(r["NumMentions"]), int(r["NumSources"]), int(r["NumArticles"])) == (
            c.num_mentions, c.num_sources, c.num_articles)
        assert c.num_articles >= 2 and 1 <= c.num_sources <= 2
    assert any(r["NumArticles"] == "1" for r in rows)


def test_export_plover_names_the_event_cluster(story_db):
    store, by_event, event_ids = _story(story_db)
    out = io.StringIO()
    with store:
        assert export(store, "plover-jsonl", out) == len(event_ids)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(r["cluster"] is not None for r in records)  # every event is in a cluster, most alone
    for r in records:
        if r["id"] in by_event:
            c = by_event[r["id"]]
            assert r["cluster"] == {"id": c.id, "num_mentions": c.num_mentions, "num_sources": c.num_sources,
                                    "num_articles": c.num_articles}


@pytest.mark.parametrize("table", ["event_clusters", "event_cluster_members"])
def test_export_cluster_tables_page_every_row_once(story_db, table):
    from tidings.store import open_store

    with open_store(story_db) as store:
        out = io.StringIO()
        n = export(store, "csv", out, table=table, page_size=1)
        expected = store.fetch(f"SELECT count(*) FROM {table}")[0][0]
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) == expected > 3
    key = ["id"] if table == "event_clusters" else ["cluster_id", "event_id"]
    assert len({tuple(r[k] for k in key) for r in rows}) == n


def test_export_unclustered_store_has_no_clusters(filled):
    out = io.StringIO()
    assert export(filled, "csv", out, table="event_clusters") == 0
    assert out.getvalue().startswith("id,type,status")
    plover = io.StringIO()
    export(filled, "plover-jsonl", plover)
    assert json.loads(plover.getvalue())["cluster"] is None


# -- table exports page by article: nothing skipped or repeated ------------------------------


def _many_documents(n: int) -> list:
    """``n`` articles with one event each, all published the same day (ties in every date column)."""
    return [make_document(f"Germany imposed tariffs on Brazil{'!' * k}. Merkel said: \"It is fair.\" ({k})") for k in range(n)]


@pytest.mark.parametrize("table", ["articles", "events", "event_actors", "actors", "quotes"])
@pytest.mark.parametrize("page_size", [1, 2, 3, 50])
def test_export_csv_pages_every_row_once(store, table, page_size):
    store.write(_many_documents(7))
    out = io.StringIO()
    n = export(store, "csv", out, table=table, page_size=page_size)
    exported = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    cols = ", ".join(f'CAST("{c}" AS TEXT)' for c in list(csv.reader(io.StringIO(out.getvalue())))[0])
    expected = [["" if v is None else str(v) for v in row] for row in store.fetch(f"SELECT {cols} FROM {table}")]
    assert n == len(exported) == len(expected) > 0
    assert sorted(exported) == sorted(expected)


def test_export_failures_page_by_path(store, tmp_path):
    from tidings.models import Failure

    store.record_failures([Failure(path=f"/in/{k}.txt", reason="empty") for k in range(5)])
    out = io.StringIO()
    assert export(store, "csv", out, table="failures", page_size=2) == 5
    paths = [r["path"] for r in csv.DictReader(io.StringIO(out.getvalue()))]
    assert paths == sorted(f"/in/{k}.txt" for k in range(5))


def test_export_pages_and_cluster_lookup_on_both_backends(any_store):
    """Keyset paging and the cluster-table lookup are portable SQL (DuckDB and PostgreSQL)."""
    from tidings.analysis.dedup import cluster_events

    docs = _many_documents(5)
    any_store.write(docs)
    out = io.StringIO()
    assert export(any_store, "csv", out, table="events", page_size=2) == 5
    assert sorted(r["id"] for r in csv.DictReader(io.StringIO(out.getvalue()))) == sorted(d.events[0].id for d in docs)
    assert _gdelt_rows(any_store)[0]["NumArticles"] == "1"  # not clustered yet
    cluster_events(any_store)
    assert export(any_store, "csv", io.StringIO(), table="event_cluster_members", page_size=2) == 5
    assert {r["NumArticles"] for r in _gdelt_rows(any_store)} == {"5"}  # one sentence, one dyad: one event
