"""The app under uvicorn with concurrent clients: per-thread cursors, no cache, identical answers; several workers."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.web import create_app, serve
from test_web_support import LiveServer, free_port, web_db  # noqa: F401  (fixture)

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


def test_web_server_workers_answer_from_several_processes(web_db, tmp_path):  # noqa: F811
    db = tmp_path / "copy.duckdb"
    shutil.copy(web_db[0], db)  # the session's store may be open in this process, which blocks the workers' parent
    port = free_port()
    command = [sys.executable, "-c", "from tidings.cli import main; main()", "serve", "--db", str(db), "--port", str(port),
               "--workers", "2"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        workers, deadline = set(), time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and server.poll() is None:
            with contextlib.suppress(httpx.HTTPError):  # not listening yet
                status = httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5).json()
                if status["events_index"]["ready"]:
                    workers.add(status["worker"])
                    answer = httpx.get(f"http://127.0.0.1:{port}/api/events", params={"limit": 3}, timeout=10)
                    assert answer.status_code == 200 and len(answer.json()["items"]) == 3
            time.sleep(0.1)
        assert len(workers) == 2, server.stderr.read().decode() if server.poll() is not None else "one worker answered"
        assert httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=5).json()["writable"] is False
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_web_server_workers_refuse_a_token(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--workers", "2", "--token", "secret"])
    assert result.exit_code != 0 and "--workers" in result.output
    with pytest.raises(ValueError, match="workers"):
        serve(str(tmp_path / "x.duckdb"), workers=2, token="secret")


@pytest.mark.parametrize("flags, logged", [([], True), (["--no-access-log"], False)])
def test_web_server_access_log_can_be_turned_off(web_db, tmp_path, flags, logged):  # noqa: F811
    db = tmp_path / "copy.duckdb"
    shutil.copy(web_db[0], db)
    port = free_port()
    command = [sys.executable, "-c", "from tidings.cli import main; main()", "serve", "--db", str(db), "--port", str(port),
               "--no-event-index", *flags]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline, answered = time.monotonic() + 120, False
        while not answered and time.monotonic() < deadline and server.poll() is None:
            with contextlib.suppress(httpx.HTTPError):  # not listening yet
                answered = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=10).status_code == 200
            time.sleep(0.1)
        assert answered
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    assert ("GET /api/summary" in output) is logged, output[-2000:]
