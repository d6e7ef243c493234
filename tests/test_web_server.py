"""The app under uvicorn with concurrent clients: per-thread cursors, no cache, identical answers."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tidings.web import create_app
from test_web_support import LiveServer, web_db  # noqa: F401  (fixture)

QUERIES = [
    ("/api/events", {"type": t, "limit": 20}) for t in ("ACCUSE", "AGREE", "SANCTION", "AID", "CONSULT")
] + [
    ("/api/events", {"actor": c, "sort": "goldstein", "order": "asc"}) for c in ("USA", "DEU", "CHN", "FRA")
] + [("/api/dyads/USA/DEU", {"interval": "week"}), ("/api/network", {"min_events": 2}), ("/api/actors", {}),
     ("/api/quotes", {"text": "talks"}), ("/api/map", {}), ("/api/summary", {})]


@pytest.fixture(scope="module")
def server(web_db):  # noqa: F811
    live = LiveServer(create_app(web_db[0], cache_bytes=0)).start()
    yield live
    live.stop()


def test_web_server_concurrent_reads_match_sequential_answers(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        expected = {i: client.get(path, params=params).json() for i, (path, params) in enumerate(QUERIES)}

    def fetch(i: int):
        path, params = QUERIES[i % len(QUERIES)]
        with httpx.Client(base_url=server.url, timeout=60) as client:
            response = client.get(path, params=params)
        return i % len(QUERIES), response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(fetch, range(8 * len(QUERIES))))
    assert all(status == 200 for _, status, _ in results)
    assert all(body == expected[i] for i, _, body in results)


def test_web_server_answers_carry_security_headers(server):
    for path in ("/", "/api/events", "/static/app.css", "/api/nothing"):
        response = httpx.get(server.url + path, timeout=30)
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in response.headers["content-security-policy"]
