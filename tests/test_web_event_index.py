"""The in-memory event index lists exactly what the store lists: same totals, same rows, same order."""

from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient

from tidings.store import Filter, open_store
from tidings.web import create_app, event_index, queries
from test_web_support import BROWSER_TOKEN, web_db  # noqa: F401  (fixture)

FILTERS = [
    {}, {"actor": "usa"}, {"actor": "DE_"}, {"type": "accuse", "status": "asserted"}, {"status": "negated"},
    {"since": "2020-02", "until": "2020-03-05"}, {"until": "2020"}, {"since": "2021"}, {"text": "SANCT"},
    {"text": "100%_"}, {"text": "said"}, {"actor": "deu", "since": "2020-01-10", "type": "CONSULT"},
    {"type": "NOSUCHTYPE"},
]
SORTS = [(None, "desc"), ("date", "asc"), ("goldstein", "desc"), ("goldstein", "asc"), ("type", "asc"),
         ("source", "desc"), ("confidence", "asc"), ("trigger_text", "desc"), ("quad_class", "desc")]


@pytest.fixture(scope="module")
def index(web_db):  # noqa: F811
    con = duckdb.connect(web_db[0], read_only=True)
    yield event_index.load(con)
    con.close()


@pytest.fixture(scope="module")
def store(web_db):  # noqa: F811
    with open_store(web_db[0], read_only=True) as opened:
        yield opened


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("sort, order", SORTS)
@pytest.mark.parametrize("limit, offset", [(25, 0), (7, 10), (1000, 0)])
def test_web_event_index_page_equals_the_sql_page(index, store, params, sort, order, limit, offset):
    f = Filter(**params, limit=limit, offset=offset)
    expected = queries.list_rows(store, "events", f, sort=sort, order=order)
    assert queries.list_rows(store, "events", f, sort=sort, order=order, index=index) == expected


def test_web_event_index_covers_the_store(index, store):
    assert index.size == store.count("events") > 100
    assert index.columns["date"].has_nulls == bool(store.fetch("SELECT count(*) FROM events WHERE date IS NULL")[0][0])


@pytest.mark.parametrize("walk", [True, False])
def test_web_event_index_both_page_strategies_agree(index, monkeypatch, walk):
    f = Filter(status="asserted", limit=30, offset=5)
    before = index.page(f, sort="goldstein")
    monkeypatch.setattr(event_index, "_FEW_ROWS", -1 if walk else 10**9)
    assert index.page(f, sort="goldstein") == before


def test_web_event_index_is_rebuilt_after_a_post(tmp_path, web_db):  # noqa: F811
    path = str(tmp_path / "writable.duckdb")
    with open_store(path) as target:
        target.write(web_db[1]["synthetic"][:5])
    app = create_app(path, token=BROWSER_TOKEN)
    holder = app.state.events_index
    with TestClient(app) as client:
        assert holder.wait(30)
        before = client.get("/api/events").json()["total"]
        assert client.get("/api/status").json()["events_index"]["events"] == before
        more = web_db[1]["synthetic"][5]
        posted = client.post("/api/articles", json={"text": more.text, "title": "more"},
                             headers={"Authorization": f"Bearer {BROWSER_TOKEN}"})
        assert posted.status_code == 201, posted.text
        added = posted.json()["events"]
        assert client.get("/api/events").json()["total"] == before + added  # from the store or a new index
        assert holder.wait(30)
        assert holder.current().size == before + added
        assert client.get("/api/events", params={"limit": 2}).json()["total"] == before + added


def test_web_event_index_off_when_asked(tmp_path):
    app = create_app(str(tmp_path / "empty.duckdb"), event_index=False)
    assert not app.state.events_index.enabled and app.state.events_index.current() is None
