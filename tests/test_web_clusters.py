"""Cluster endpoints against the store built from the example corpus (two story groups reporting the same events)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tidings.web import create_app
from test_web_support import web_db  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def client(web_db):  # noqa: F811
    with TestClient(create_app(web_db[0])) as c:
        yield c


@pytest.fixture(scope="module")
def shared(client) -> dict:
    """The cluster reported by the most articles, with its mentions."""
    page = client.get("/api/clusters", params={"min_articles": 2, "order": "articles", "limit": 1}).json()
    assert page["total"] >= 2 and page["items"][0]["num_articles"] >= 2  # the story groups share events
    return client.get(f"/api/clusters/{page['items'][0]['id']}").json()


@pytest.mark.parametrize("order", ["date", "articles", "mentions"])
def test_web_clusters_pages_are_stable_and_counted(client, order):
    whole = client.get("/api/clusters", params={"order": order, "limit": 1000}).json()
    assert whole["total"] == len(whole["items"]) > 2
    pages = [client.get("/api/clusters", params={"order": order, "limit": 3, "offset": o}).json() for o in range(0, whole["total"], 3)]
    assert [c["id"] for p in pages for c in p["items"]] == [c["id"] for c in whole["items"]]
    assert {p["total"] for p in pages} == {whole["total"]}
    if order == "articles":
        counts = [c["num_articles"] for c in whole["items"]]
        assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("params, check", [
    ({"min_articles": 2}, lambda c: c["num_articles"] >= 2),
    ({"min_mentions": 2}, lambda c: c["num_mentions"] >= 2),
    ({"actor": "usa"}, lambda c: "USA" in c["source"] + c["target"]),
    ({"type": "concede"}, lambda c: c["type"] == "CONCEDE"),
    ({"since": "2026-05-10"}, lambda c: c["date"] is not None and c["date"] >= "2026-05-10"),
])
def test_web_clusters_filter(client, params, check):
    page = client.get("/api/clusters", params={**params, "limit": 1000}).json()
    assert page["items"] and all(check(c) for c in page["items"])
    assert page["total"] == len(page["items"])


@pytest.mark.parametrize("params, field", [
    ({"min_articles": 0}, "min_articles"), ({"min_mentions": "x"}, "min_mentions"), ({"since": "May"}, "since"),
    ({"until": "2026-5"}, "until"), ({"order": "random"}, "order"), ({"limit": 0}, "limit"), ({"offset": -1}, "offset"),
])
def test_web_clusters_invalid_parameters_name_the_field(client, params, field):
    answer = client.get("/api/clusters", params=params)
    assert answer.status_code == 422
    assert answer.json()["field"] == field and answer.json()["status"] == 422


def test_web_clusters_article_filter_finds_the_clusters_of_an_article(client, shared):
    article = shared["mentions"][0]["article_id"]
    ids = [c["id"] for c in client.get("/api/clusters", params={"article_id": article, "limit": 1000}).json()["items"]]
    assert shared["cluster"]["id"] in ids


def test_web_clusters_detail_quotes_every_mention_at_its_offsets(client, shared):
    cluster, mentions = shared["cluster"], shared["mentions"]
    assert cluster["num_mentions"] == len(mentions) and cluster["num_articles"] == len({m["article_id"] for m in mentions})
    for m in mentions:
        doc = client.get(f"/api/articles/{m['article_id']}").json()
        assert m["title"] == doc["title"] and m["cluster_id"] == cluster["id"]
        assert m["sentence_text"] == doc["text"][m["sentence_start"] : m["sentence_end"]]
        assert doc["text"][m["trigger_start"] : m["trigger_end"]] == m["trigger_text"]
        assert m["sentence_start"] <= m["trigger_start"] < m["trigger_end"] <= m["sentence_end"]
        assert any(e["id"] == m["event_id"] for e in doc["events"])


def test_web_clusters_event_cluster_is_the_cluster_of_each_mention(client, shared):
    for m in shared["mentions"]:
        assert client.get(f"/api/events/{m['event_id']}/cluster").json() == shared["cluster"]
    ids = ",".join([m["event_id"] for m in shared["mentions"]] + ["no-such-event"])
    found = client.get("/api/events/clusters", params={"ids": ids}).json()["items"]
    assert set(found) == {m["event_id"] for m in shared["mentions"]}
    assert {b["cluster_id"] for b in found.values()} == {shared["cluster"]["id"]}
    assert {b["num_articles"] for b in found.values()} == {shared["cluster"]["num_articles"]}


@pytest.mark.parametrize("path", ["/api/clusters/no-such-cluster", "/api/events/no-such-event/cluster"])
def test_web_clusters_unknown_ids_are_json_404s(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.json()["status"] == 404 and "no" in answer.json()["message"]


def test_web_clusters_event_stored_without_clustering_has_none(client, web_db):  # noqa: F811
    event = web_db[1]["synthetic"][0].events[0]  # written straight to the store, never clustered
    assert client.get(f"/api/events/{event.id}/cluster").status_code == 404
    assert client.get("/api/events/clusters", params={"ids": event.id}).json() == {"items": {}}


def test_web_clusters_lookup_is_bounded(client):
    answer = client.get("/api/events/clusters", params={"ids": ",".join(f"e{i}" for i in range(201))})
    assert answer.status_code == 422
