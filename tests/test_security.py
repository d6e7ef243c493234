"""Security of the HTTP API: SQL-injection strings in every filter are data; concurrent reads during writes.

The injection sweep sends hostile strings to every query and path parameter of every read
endpoint: each answer is 200 (with nothing matched), 404 or 422, never a server error, and the
store is unchanged afterwards. The load test (loopback only, bounded in requests and time) runs
readers against a real uvicorn server while a writer POSTs articles, and checks that no answer
is an error and no answer mixes two states of the store.
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient

from tidings.api import ingest
from tidings.store import open_store

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "data" / "hostile"
TOKEN = "s3cret-test-token"
INJECTIONS = [
    "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE events; --", "1; DELETE FROM articles",
    "x') UNION SELECT id, document FROM articles --", "%", "_", "%%", "\\", "\\' OR 1=1 #", "' OR ''='",
    "DEU' OR 'a'='a", "*/ OR /*", "’ OR ’1’=’1", "' AND SLEEP(5) --", "$$; DROP TABLE articles; $$", "'||'",
]
# endpoint -> its string query parameters (dates and enums are validated, the rest must be bound as data)
ENDPOINTS = {
    "/api/articles": ["text", "since", "until", "sort", "order"],
    "/api/events": ["actor", "type", "status", "since", "until", "text", "article_id", "sort", "order"],
    "/api/quotes": ["speaker", "text", "since", "until", "article_id", "sort", "order"],
    "/api/actors": ["text", "since", "until"],
    "/api/network": ["since", "until"],
    "/api/map": ["actor", "type", "since", "until"],
    "/api/dyads/DEU/POL": ["interval", "since", "until"],
    "/api/dyads/DEU/POL/events": ["since", "until"],
}
PATHS = ["/api/articles/{}", "/api/dyads/{}/POL", "/api/dyads/DEU/{}", "/api/dyads/{}/POL/events"]


@pytest.fixture(scope="module")
def served_store(tmp_path_factory, nlp):
    db = str(tmp_path_factory.mktemp("security") / "store.duckdb")
    with open_store(db) as store:
        ingest([str(HOSTILE / "good-article.txt"), str(HOSTILE / "good-second.txt")], db=store, nlp=nlp)
    return db


def _snapshot(db: str) -> dict:
    with open_store(db) as store:
        return {"summary": store.summary(), "ids": sorted(store.article_versions()), "failures": len(store.failures())}


def _create_app(db: str, nlp, **kw):
    from tidings.web.app import create_app

    return create_app(db, nlp=nlp, **kw)


def test_security_injection_strings_in_every_filter_are_data(served_store, nlp):
    before = _snapshot(served_store)
    app = _create_app(served_store, nlp)
    statuses = []
    with TestClient(app) as client:
        for endpoint, params in ENDPOINTS.items():
            for param in params:
                for payload in INJECTIONS:
                    answer = client.get(endpoint, params={param: payload})
                    statuses.append(answer.status_code)
                    assert answer.status_code in (200, 404, 422), (endpoint, param, payload, answer.text[:300])
                    if answer.status_code == 200 and "total" in answer.json():
                        assert answer.json()["total"] == 0, (endpoint, param, payload)
        for template in PATHS:
            for payload in INJECTIONS:
                answer = client.get(template.format(quote(payload, safe="")))
                assert answer.status_code in (200, 404, 422), (template, payload, answer.status_code)
                if answer.status_code == 200:  # a code like "_" is valid and matches nothing
                    found = answer.json()
                    assert found.get("items", []) == [] and found.get("points", []) == [], (template, payload)
    assert _snapshot(served_store) == before
    assert statuses.count(200) > 100  # most free-text filters were accepted and found nothing, not refused


def test_security_injection_strings_stored_as_text_come_back_as_text(tmp_path, nlp):
    db = str(tmp_path / "posted.duckdb")
    title = "Robert'); DROP TABLE articles;-- 100% _sure_ \\ \"quoted\""
    app = _create_app(db, nlp, token=TOKEN)
    with TestClient(app) as client:
        posted = client.post("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"},
                             json={"title": title, "text": "Bolivia and Paraguay signed a border treaty on Monday."})
        assert posted.status_code == 201, posted.text
        for query in (title, "DROP TABLE articles;--", "100% _sure_", "\\ \"quoted\""):
            found = client.get("/api/articles", params={"text": query}).json()
            assert [item["title"] for item in found["items"]] == [title], query
        assert client.get("/api/articles", params={"text": "100%_"}).json()["total"] == 0  # % and _ are not wildcards
    with open_store(db) as store:
        assert store.count("articles") == 1


# -- load: concurrent readers while a writer adds articles ------------------------------------------

READERS = 4
MAX_SECONDS = 40
MAX_ROUNDS_PER_READER = 3000  # a bound; readers stop when the writer is done


def _articles_to_post() -> list[dict]:
    texts = sorted((ROOT / "examples" / "corpus").glob("*.txt"))[:8]
    return [{"title": p.stem, "text": p.read_text(encoding="utf-8").partition("\n")[2]} for p in texts]


def _expected_counts(nlp, bodies: list[dict]) -> list[int]:
    from tidings.api import extract

    return [len(extract(b["text"], nlp=nlp).events) for b in bodies]


class _Server:
    """uvicorn on a free loopback port, in a thread, stopped at the end."""

    def __init__(self, app):
        import uvicorn

        self.config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert self.server.started
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def _read_loop(base: str, stop: threading.Event, prefix: list[int], log: dict) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        deadline = time.monotonic() + MAX_SECONDS + 30
        for _ in range(MAX_ROUNDS_PER_READER):
            if stop.is_set() or time.monotonic() > deadline:
                return
            started = time.monotonic()
            summary = client.get("/api/summary")
            listing = client.get("/api/articles", params={"limit": 50})
            log["latency"].append(time.monotonic() - started)
            for answer in (summary, listing):
                if answer.status_code != 200:
                    log["errors"].append((answer.request.url.path, answer.status_code, answer.text[:200]))
            if summary.status_code == 200:
                found = summary.json()
                k = found["articles"]
                if k >= len(prefix) or found["events"] != prefix[k]:
                    log["torn"].append(("summary", k, found["events"]))
            if listing.status_code == 200 and listing.json()["items"]:
                item = listing.json()["items"][0]
                doc = client.get(f"/api/articles/{item['id']}")
                events = client.get("/api/events", params={"article_id": item["id"], "limit": 1})
                if doc.status_code != 200 or events.status_code != 200:
                    log["errors"].append(("article", doc.status_code, events.status_code))
                elif not len(doc.json()["events"]) == item["n_events"] == events.json()["total"]:
                    log["torn"].append(("article", item["id"], item["n_events"], events.json()["total"]))
            log["requests"] += 4


def test_security_concurrent_readers_during_writes_see_no_errors_and_no_torn_reads(tmp_path, nlp, capsys):
    bodies = _articles_to_post()
    counts = _expected_counts(nlp, bodies)
    prefix = [sum(counts[:k]) for k in range(len(counts) + 1)]
    app = _create_app(str(tmp_path / "load.duckdb"), nlp, token=TOKEN)
    log = {"requests": 0, "errors": [], "torn": [], "latency": []}
    stop = threading.Event()
    with _Server(app) as base:
        readers = [threading.Thread(target=_read_loop, args=(base, stop, prefix, log)) for _ in range(READERS)]
        started = time.monotonic()
        for reader in readers:
            reader.start()
        with httpx.Client(base_url=base, timeout=120, headers={"Authorization": f"Bearer {TOKEN}"}) as writer:
            for body in bodies:
                if time.monotonic() - started > MAX_SECONDS:
                    break
                answer = writer.post("/api/articles", json=body)
                assert answer.status_code == 201, answer.text
        stop.set()
        for reader in readers:
            reader.join(timeout=60)
        seconds = time.monotonic() - started
    latency = sorted(log["latency"])
    with capsys.disabled():
        print(f"\nload: {READERS} readers, {len(bodies)} articles posted, {log['requests']} reads in {seconds:.1f} s "
              f"({log['requests'] / seconds:.0f} req/s); read round p50 {statistics.median(latency) * 1000:.0f} ms, "
              f"p95 {latency[int(0.95 * (len(latency) - 1))] * 1000:.0f} ms; {len(log['errors'])} errors, "
              f"{len(log['torn'])} torn reads")
    assert not log["errors"], log["errors"][:5]
    assert not log["torn"], log["torn"][:5]
    assert log["requests"] > 0
