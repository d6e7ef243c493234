"""The JSON API against a real DuckDB store (example corpus + known synthetic articles)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from tidings.web import create_app
from test_web_support import N_SYNTHETIC, web_db  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def client(web_db):  # noqa: F811
    path, _ = web_db
    with TestClient(create_app(path)) as c:
        yield c


@pytest.fixture(scope="module")
def known(web_db):  # noqa: F811
    return web_db[1]


def _all(client, url: str) -> list[dict]:
    items, offset = [], 0
    while True:
        page = client.get(url, params={"limit": 100, "offset": offset}).json()
        items += page["items"]
        offset += 100
        if offset >= page["total"]:
            return items


@pytest.mark.parametrize("endpoint", ["/api/events", "/api/quotes", "/api/articles", "/api/actors"])
def test_web_api_pages_are_stable_and_complete(client, endpoint):
    whole = client.get(endpoint, params={"limit": 40}).json()
    first = client.get(endpoint, params={"limit": 20}).json()
    second = client.get(endpoint, params={"limit": 20, "offset": 20}).json()
    assert whole["total"] == first["total"] == second["total"] > 0
    assert first["items"] + second["items"] == whole["items"]
    assert client.get(endpoint, params={"limit": 40}).json() == whole


def test_web_api_article_findings_match_their_offsets(client):
    for row in _all(client, "/api/articles"):
        doc = client.get(f"/api/articles/{row['id']}").json()
        text = doc["text"]
        spans = doc["actors"] + doc["quotes"] + doc["quantities"] + doc["places"]
        spans += [e["trigger"] for e in doc["events"]] + [a for e in doc["events"] for a in e["source"] + e["target"]]
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"], (row["id"], span)
        for event in doc["events"]:
            sentence = doc["sentences"][event["sentence"]]
            assert sentence["start"] <= event["trigger"]["start"] < sentence["end"]
        assert len(doc["events"]) == row["n_events"]


def test_web_api_event_rows_agree_with_their_article(client):
    for event in client.get("/api/events", params={"limit": 50}).json()["items"]:
        doc = client.get(f"/api/articles/{event['article_id']}").json()
        assert doc["text"][event["trigger_start"] : event["trigger_end"]] == event["trigger_text"]
        assert doc["text"][event["sentence_start"] : event["sentence_end"]] == doc["text"][
            doc["sentences"][event["sentence"]]["start"] : doc["sentences"][event["sentence"]]["end"]
        ]


@pytest.mark.parametrize(
    "params, holds",
    [
        ({"actor": "deu"}, lambda e: "DEU" in e["source"] + e["target"]),
        ({"type": "accuse"}, lambda e: e["type"] == "ACCUSE"),
        ({"status": "reported"}, lambda e: e["status"] == "reported"),
        ({"since": "2020-03", "until": "2020-05"}, lambda e: "2020-03" <= e["date"] <= "2020-05-31"),
        ({"text": "sanctions"}, lambda e: "sanctions" in e["trigger_text"].lower()),
        ({"actor": "USA", "type": "SANCTION"}, lambda e: "USA" in e["source"] + e["target"] and e["type"] == "SANCTION"),
    ],
)
def test_web_api_event_filters_hold_for_every_row(client, params, holds):
    page = client.get("/api/events", params={**params, "limit": 1000}).json()
    assert page["total"] == len(page["items"]) > 0
    assert all(holds(e) for e in page["items"])


@pytest.mark.parametrize("params, holds", [
    ({"speaker": "doe1"}, lambda q: "doe1" in q["speaker"].lower()),
    ({"text": "patience"}, lambda q: "patience" in q["text"].lower()),
])
def test_web_api_quote_search(client, params, holds):
    page = client.get("/api/quotes", params={**params, "limit": 1000}).json()
    assert page["items"] and all(holds(q) for q in page["items"])


@pytest.mark.parametrize("sort", ["date", "type", "goldstein", "confidence", "source"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_web_api_events_sort(client, sort, order):
    items = client.get("/api/events", params={"sort": sort, "order": order, "limit": 200}).json()["items"]
    keys = [e[sort] for e in items if e[sort] is not None]
    assert keys == sorted(keys, reverse=order == "desc")


@pytest.mark.parametrize(
    "url, field",
    [
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?offset=-1", "offset"),
        ("/api/events?since=yesterday", "since"),
        ("/api/events?status=rumoured", "status"),
        ("/api/events?sort=secret", "sort"),
        ("/api/events?order=sideways", "order"),
        ("/api/dyads/USA/DEU?interval=year", "interval"),
        ("/api/dyads/US%27A/DEU", "a"),
        ("/api/network?min_events=0", "min_events"),
        ("/api/quotes?until=2020-1", "until"),
    ],
)
def test_web_api_invalid_parameter_is_422_naming_the_field(client, url, field):
    response = client.get(url)
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422 and body["field"] == field and field in body["message"]


@pytest.mark.parametrize("url", ["/api/articles/does-not-exist", "/api/nothing-here"])
def test_web_api_not_found_is_json(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["status"] == 404 and response.json()["message"]


def _dyad_truth(docs, a: str, b: str) -> dict:
    both = [(e, "ab" if e.source[0].country == a else "ba") for d in docs for e in d.events
            if {e.source[0].country, e.target[0].country} == {a, b}]
    return {"n": len(both), "ab": sum(1 for _, d in both if d == "ab"),
            "goldstein": round(sum(e.goldstein for e, _ in both) / len(both), 3) if both else None}


@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_web_api_dyad_counts_both_directions(client, known, interval):
    pairs = Counter(tuple(sorted((e.source[0].country, e.target[0].country))) for d in known["synthetic"] for e in d.events)
    a, b = next(pair for pair, _ in pairs.most_common() if pair[0] != pair[1])  # the synthetic articles' busiest dyad
    truth = _dyad_truth(known["synthetic"], a, b)
    series = client.get(f"/api/dyads/{a.lower()}/{b}", params={"interval": interval}).json()
    assert series["total"]["events"] >= truth["n"] > 0  # the corpus may add events between the same pair
    assert series["a_to_b"]["events"] + series["b_to_a"]["events"] == series["total"]["events"]
    assert sum(p["both"]["events"] for p in series["points"]) + series["imprecise"] == series["total"]["events"]
    assert sum(series["total"]["quad_class"].values()) == sum(series["total"]["types"].values()) == series["total"]["events"]
    assert [p["period"] for p in series["points"]] == sorted(p["period"] for p in series["points"])
    for point in series["points"]:
        assert point["start"] <= point["end"]
        since = point["period"] if interval == "month" else point["start"]  # "2026-05" holds month-precise dates too
        listed = client.get(f"/api/dyads/{a}/{b}/events", params={"since": since, "until": point["end"], "limit": 1000}).json()
        assert len(listed["items"]) == point["both"]["events"]


def test_web_api_dyad_matches_known_synthetic_events(tmp_path, known):
    from tidings.store import open_store

    path = str(tmp_path / "only-synthetic.duckdb")
    with open_store(path) as store:
        store.write(known["synthetic"])
    with TestClient(create_app(path)) as c:
        series = c.get("/api/dyads/USA/DEU").json()
    truth = _dyad_truth(known["synthetic"], "USA", "DEU")
    assert (series["total"]["events"], series["a_to_b"]["events"], series["total"]["mean_goldstein"]) == (
        truth["n"], truth["ab"], truth["goldstein"])


def test_web_api_network_edges_are_consistent(client):
    net = client.get("/api/network", params={"min_events": 2}).json()
    assert net["edges"] and all(e["events"] >= 2 for e in net["edges"])
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    for edge in net["edges"][:5]:
        assert edge["cooperation"] + edge["conflict"] == edge["events"]
        assert -10 <= edge["mean_goldstein"] <= 10
    window = client.get("/api/network", params={"since": "2020-01", "until": "2020-02"}).json()
    assert sum(e["events"] for e in window["edges"]) < sum(e["events"] for e in client.get("/api/network").json()["edges"])


def test_web_api_map_has_coordinates_and_country_ids(client):
    found = client.get("/api/map").json()
    assert found["places"] and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in found["places"])
    assert all(re.fullmatch(r"\d{3}", c["numeric"]) for c in found["countries"] if c["numeric"])


def test_web_api_summary_counts(client):
    summary = client.get("/api/summary").json()
    assert summary["articles"] >= N_SYNTHETIC + 1 and summary["events"] > 0 and summary["writable"] is False


def test_web_api_security_headers_and_local_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert not re.search(r"(src|href)=\"(https?:)?//", page.text), "every asset must be served by the app"
    for asset in re.findall(r"(?:src|href)=\"(/static/[^\"]+)\"", page.text):
        assert client.get(asset).status_code == 200, asset


def test_web_api_docs_and_openapi(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/dyads/{a}/{b}", "/api/network", "/api/articles"} <= set(spec["paths"])
