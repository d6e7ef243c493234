"""The in-memory event index lists exactly what the store lists: same totals, same rows, same order."""

from __future__ import annotations

import numpy as np
import orjson
import pytest
from fastapi.testclient import TestClient

from tidings.store import Filter, open_store
from tidings.web import create_app, event_index, event_json, queries
from tidings.web.app import MAX_BODY
from tidings.web.errors import Guard
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
def store(web_db):  # noqa: F811
    with open_store(web_db[0], read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def index(store):
    return event_index.load(store.con)  # one connection: DuckDB refuses a second with another configuration


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("sort, order", SORTS)
@pytest.mark.parametrize("limit, offset", [(25, 0), (7, 10), (1000, 0)])
def test_web_event_index_page_equals_the_sql_page(index, store, params, sort, order, limit, offset):
    f = Filter(**params, limit=limit, offset=offset)
    expected = queries.list_rows(store, "events", f, sort=sort, order=order)
    assert queries.list_rows(store, "events", f, sort=sort, order=order, index=index) == expected


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("sort, order", SORTS)
def test_web_event_index_json_rows_are_the_encoded_rows(index, params, sort, order):
    f = Filter(**params, limit=40, offset=3)
    total, rows = queries.list_rows(None, "events", f, sort=sort, order=order, index=index)
    found_total, encoded = queries.event_page_json(f, sort=sort, order=order, index=index)
    assert found_total == total
    assert orjson.dumps({"items": encoded}) == orjson.dumps({"items": rows})  # byte for byte


@pytest.mark.parametrize("value", [None, "", "plain", 'quo"te, and, commas', "back\\slash", "ünï\u2028côde", "%s %b", "\x00nul"])
def test_web_event_index_json_rows_encode_any_text(value):
    codes = np.array([0, -1, 0], dtype=np.int8) if value is not None else np.array([-1, -1, -1], dtype=np.int8)
    columns = {
        "trigger_text": event_index.TextColumn(codes, [value] if value is not None else []),
        "source": event_index.TextColumn(codes, [value] if value is not None else []),
        "goldstein": event_index.NumberColumn(np.array([1.5, np.nan, -0.0]), np.array([False, True, False]), float),
        "sentence": event_index.NumberColumn(np.array([3, 0, 2**31 - 1], dtype=np.int64), None, int),
        "quoted": event_index.NumberColumn(np.array([True, False, True]), None, bool),
    }
    index = event_index.EventIndex(columns, 3)
    rows = np.array([2, 0, 1])
    expected = index.rows(rows, {"source": ";"})
    assert orjson.loads(event_json.RowEncoder(columns, {"source": ";"}).encode(rows)) == orjson.loads(orjson.dumps(expected))


def test_web_event_index_fast_lane_answers_as_the_route(web_db):  # noqa: F811
    app = create_app(web_db[0], cache_bytes=0, prepare=False)  # read-only, as the index fixture's connection
    with TestClient(app) as client:
        assert app.state.events_index.wait(60)
        asks = [{}, {"actor": "USA", "sort": "goldstein", "order": "asc", "limit": 7}, {"type": "accuse", "offset": 2},
                {"limit": 0}, {"status": "maybe"}, {"since": "2020-13-99x"}]
        with_lane = [client.get("/api/events", params=p) for p in asks]
        app.middleware_stack = None  # rebuilt on the next request, without the fast lane
        app.user_middleware = [m for m in app.user_middleware if m.cls is not Guard]
        app.add_middleware(Guard, max_body=MAX_BODY, cache=app.state.cache, lanes={})
        without = [client.get("/api/events", params=p) for p in asks]
    assert [r.status_code for r in with_lane] == [r.status_code for r in without] == [200, 200, 200, 422, 422, 422]
    assert [r.json() for r in with_lane] == [r.json() for r in without]
    assert with_lane[4].json()["field"] == "status"


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
