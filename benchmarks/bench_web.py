"""Load check of the HTTP API: concurrent clients against a local server, p50/p99 latency and errors.

    python benchmarks/bench_web.py                      # 1M synthetic events; cached, then uncached
    python benchmarks/bench_web.py --db x.duckdb --clients 50 --seconds 20 --modes uncached
    python benchmarks/bench_web.py --modes uncached --endpoint-seconds 0 --workers 2   # as tidings serve --workers 2

The server runs in its own process (uvicorn on 127.0.0.1, a free port) so that the load generator
does not share its interpreter. Traffic goes to the loopback address only, and the run is bounded
in time. The store is filled with synthetic events first when it does not exist yet.

Workload: the events list with filters (actor, type, status, date window, trigger words, sort,
page), drawn from a fixed pool of distinct requests (``--pool``) as an analyst team would send them.
A first pass sends every pool entry once (all cache misses, ``--cold-clients`` at a time) and reports
the query cost; then ``--clients`` clients send requests from the pool for ``--seconds``.
Each mode (``--modes``: ``cached`` with the answer cache, ``uncached`` without it, so every request
is computed) runs the events list load, then every other endpoint for ``--endpoint-seconds`` with
``--endpoint-clients`` clients, and prints one table of p50/p99/errors/requests per second for all.
The server is measured once ready: its event index built (the time is reported), in every worker.
Server CPU per request counts every worker process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

logger = logging.getLogger("bench_web")
TARGET_P99_MS = 200.0
TYPES = [t[0] for t in synthetic.TYPES]
CODES = [c[0] for c in synthetic.COUNTRIES]
SORTS = [None, None, None, "goldstein", "type", "confidence", "source"]


def event_queries(n: int, *, seed: int = 1) -> list[dict]:
    """``n`` distinct, realistic filter combinations for GET /api/events."""
    rnd, seen, out = random.Random(seed), set(), []
    while len(out) < n:
        q: dict = {"limit": rnd.choice((25, 50, 100))}
        if rnd.random() < 0.6:
            q["actor"] = rnd.choice(CODES)
        if rnd.random() < 0.5:
            q["type"] = rnd.choice(TYPES)
        if rnd.random() < 0.2:
            q["status"] = rnd.choice(("asserted", "reported", "planned", "negated"))
        if rnd.random() < 0.4:
            year = rnd.randrange(2020, 2026)
            q["since"], q["until"] = (f"{year}", f"{year}") if rnd.random() < 0.5 else (f"{year}-{rnd.randrange(1, 13):02d}",) * 2
        if rnd.random() < 0.1:
            q["text"] = rnd.choice(("sanctions", "troops", "aid", "accused"))
        sort = rnd.choice(SORTS)
        if sort:
            q["sort"], q["order"] = sort, rnd.choice(("asc", "desc"))
        q["offset"] = rnd.choice((0, 0, 0, q["limit"], 2 * q["limit"]))
        key = json.dumps(q, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def endpoint_queries(article_ids: list[str]) -> dict[str, list[dict]]:
    """Distinct requests for every other read endpoint (``_path`` is the path), as analysts would send them."""
    rnd = random.Random(4)
    window = lambda: rnd.choice(({}, {"since": f"{rnd.randrange(2020, 2026)}"}, {"until": f"{rnd.randrange(2020, 2026)}-06"}))  # noqa: E731
    pairs = [rnd.sample(CODES, 2) for _ in range(40)]
    return {
        "/api/articles": [{"_path": "/api/articles", "limit": 50, "offset": 50 * rnd.randrange(20), **window(),
                           **rnd.choice(({}, {"sort": "title", "order": "asc"}, {"text": f"report {rnd.randrange(99)}"}))}
                          for _ in range(100)],
        "/api/articles/{id}": [{"_path": f"/api/articles/{i}"} for i in article_ids],
        "/api/quotes": [{"_path": "/api/quotes", "limit": 50, **window(),
                         **rnd.choice(({"speaker": f"doe{rnd.randrange(50)}"}, {"text": rnd.choice(("patience", "talks"))}, {}))}
                        for _ in range(100)],
        "/api/actors": [{"_path": "/api/actors", "limit": 50, **window(), **rnd.choice(({}, {"text": rnd.choice(CODES).lower()}))}
                        for _ in range(50)],
        "/api/dyads/{a}/{b}": [{"_path": f"/api/dyads/{a}/{b}", "interval": rnd.choice(("month", "week")), **window()}
                               for a, b in pairs],
        "/api/dyads/{a}/{b}/events": [{"_path": f"/api/dyads/{a}/{b}/events", "limit": 100, **window()} for a, b in pairs],
        "/api/network": [{"_path": "/api/network", "min_events": rnd.choice((1, 10, 100)), **window()} for _ in range(30)],
        "/api/map": [{"_path": "/api/map", **window(), **rnd.choice(({}, {"actor": rnd.choice(CODES)}, {"type": rnd.choice(TYPES)}))}
                     for _ in range(50)],
        "/api/summary": [{"_path": "/api/summary"}],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, *, cache: bool, workers: int = 1) -> subprocess.Popen:
    """The app over ``db`` in uvicorn (``workers`` processes, as ``tidings serve --workers``), without access logs."""
    settings = {"db": db, "event_index": True, "cache_bytes": 64 * 1024 * 1024 if cache else 0}
    code = (
        "import uvicorn; "
        f"uvicorn.run('tidings.web.app:worker_app', factory=True, host='127.0.0.1', port={port}, workers={workers}, "
        "log_level='warning')"
    )
    from tidings.web.app import WORKER_SETTINGS

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), WORKER_SETTINGS: json.dumps(settings)}
    return subprocess.Popen([sys.executable, "-c", code], env=env)


def wait_ready(base: str, proc: subprocess.Popen, *, timeout: float = 300, index: bool = False, workers: int = 1) -> dict:
    """Wait until the server answers (and, with ``index``, until the event index of each of its ``workers`` is built).

    Each poll is a new connection, so that the kernel hands it to any worker; workers tell their process id.
    """
    deadline = time.monotonic() + timeout
    ready: set = set()
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            answer = httpx.get(f"{base}/api/status", timeout=2)
            if answer.status_code == 200 and (not index or answer.json().get("events_index", {}).get("ready")):
                ready.add(answer.json().get("worker"))
                if len(ready) >= workers:
                    return answer.json()
                continue
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not become ready")


class Connection:
    """A minimal keep-alive HTTP/1.1 client on asyncio streams: cheap enough not to be the bottleneck."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, params: dict) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        target = path + ("?" + urlencode(params) if params else "")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\nAccept: application/json\r\n\r\n".encode())
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        length, chunked = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
        if chunked:
            while (size := int((await self.reader.readline()).strip(), 16)) > 0:
                await self.reader.readexactly(size + 2)
            await self.reader.readline()
        else:
            await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _timed(conn: Connection, params: dict, latencies: list[float], errors: dict[str, int], path: str = "/api/events") -> None:
    started = time.perf_counter()
    try:
        status = await conn.get(path, params)
        if status != 200:
            errors[str(status)] = errors.get(str(status), 0) + 1
    except (OSError, ValueError, IndexError, asyncio.IncompleteReadError) as exc:
        errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
        conn.close()
    latencies.append((time.perf_counter() - started) * 1000)


async def cold_pass(host: str, port: int, queries: list[dict], *, clients: int, path: str = "/api/events") -> dict:
    """Every pool entry once (all cache misses), ``clients`` at a time: the query cost itself."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    todo = list(queries)
    started = time.monotonic()

    async def client() -> None:
        conn = Connection(host, port)
        while todo:
            params = dict(todo.pop())
            await _timed(conn, params, latencies, errors, params.pop("_path", path))
        conn.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return summarize(latencies, errors, time.monotonic() - started)


async def run_load(host: str, port: int, queries: list[dict], *, clients: int, seconds: float, seed: int = 2) -> dict:
    """``clients`` clients, each one request at a time from the pool, for ``seconds``."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    stop_at = time.monotonic() + seconds

    async def client(n: int) -> None:
        rnd, conn = random.Random(seed * 1000 + n), Connection(host, port)
        while time.monotonic() < stop_at:
            params = dict(rnd.choice(queries))
            await _timed(conn, params, latencies, errors, params.pop("_path", "/api/events"))
        conn.close()

    started = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return summarize(latencies, errors, time.monotonic() - started)


def summarize(latencies: list[float], errors: dict[str, int], elapsed: float) -> dict:
    ordered = sorted(latencies) or [0.0]
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {
        "requests": len(latencies), "seconds": round(elapsed, 1), "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(pick(0.50), 1), "p90_ms": round(pick(0.90), 1), "p99_ms": round(pick(0.99), 1),
        "max_ms": round(ordered[-1], 1), "mean_ms": round(statistics.fmean(ordered), 1),
        "errors": sum(errors.values()), "error_kinds": errors,
    }


def ensure_store(db: str, events: int, *, shuffled: bool) -> None:
    if os.path.exists(db):
        return
    from tidings.store import open_store

    logger.info("filling %s with %d synthetic events (once)", db, events)
    with open_store(db) as store:
        synthetic.fill(store, events, processes=2, chronological=not shuffled)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time so far of a process and its children (the workers); None if it cannot be read."""
    import psutil

    try:
        parent = psutil.Process(pid)
        return sum(sum(p.cpu_times()[:2]) for p in [parent, *parent.children(recursive=True)])
    except psutil.Error:
        return None


def measured(server: subprocess.Popen, run) -> dict:
    """``run()``'s figures plus the server's CPU per request: what the answer costs, however busy the machine is."""
    before = cpu_seconds(server.pid)
    found = run()
    after = cpu_seconds(server.pid)
    if before is not None and after is not None and found["requests"]:
        found["server_cpu_ms"] = round((after - before) / found["requests"] * 1000, 2)
        found["server_cores"] = round((after - before) / found["seconds"], 2)
    return found


def run_mode(args, *, cached: bool) -> dict:
    """One server (answer cache on or off): the events list under load, then every other endpoint."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    server = start_server(args.db, port, cache=cached, workers=args.workers)
    out: dict = {"cached": cached, "workers": args.workers, "endpoints": {}}
    try:
        status = wait_ready(base, server, index=True, workers=args.workers)
        out["ready_seconds"] = round(time.monotonic() - started, 1)
        out["events_index"] = status.get("events_index")
        queries = event_queries(args.pool)
        if args.cold_clients:
            out["cold_pass"] = asyncio.run(cold_pass("127.0.0.1", port, queries, clients=args.cold_clients))
        load = lambda: asyncio.run(run_load("127.0.0.1", port, queries, clients=args.clients, seconds=args.seconds))  # noqa: E731
        out["endpoints"]["/api/events"] = {**measured(server, load), "clients": args.clients}
        ids = [a["id"] for a in httpx.get(f"{base}/api/articles", params={"limit": 200}, timeout=60).json()["items"]]
        for path, pool in (endpoint_queries(ids) if args.endpoint_seconds > 0 else {}).items():
            load = lambda: asyncio.run(  # noqa: E731
                run_load("127.0.0.1", port, pool, clients=args.endpoint_clients, seconds=args.endpoint_seconds))
            out["endpoints"][path] = {**measured(server, load), "clients": args.endpoint_clients}
        out["cache"] = httpx.get(f"{base}/api/status", timeout=10).json()["cache"]
    finally:
        server.terminate()
        server.wait(timeout=20)
    return out


def table(results: list[dict], *, events: int) -> str:
    """The figures of every mode and endpoint as a Markdown table."""
    workers = results[0]["workers"] if results else 1
    lines = [f"events in the store: {events:,}; server workers: {workers}; "
             f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", "",
             "| mode | endpoint | clients | requests | req/s | p50 ms | p99 ms | errors | server CPU ms/request | server cores used |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for mode in results:
        name = "cached" if mode["cached"] else "uncached"
        for path, r in mode["endpoints"].items():
            clients = r.get("clients", "")
            lines.append(f"| {name} | {path} | {clients} | {r['requests']} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} "
                         f"| {r.get('server_cpu_ms', '')} | {r.get('server_cores', '')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/tidings-bench-1m.duckdb", help="DuckDB file (made with synthetic events if missing)")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events when the store is made")
    parser.add_argument("--shuffled", action="store_true", help="when making the store: dates in no order (worst case)")
    parser.add_argument("--clients", type=int, default=50, help="clients of the events list load")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the events list load")
    parser.add_argument("--pool", type=int, default=300, help="distinct filter combinations in the events workload")
    parser.add_argument("--modes", default="cached,uncached", help="cached, uncached or both (comma-separated)")
    parser.add_argument("--no-cache", action="store_true", help="the uncached mode only (as --modes uncached)")
    parser.add_argument("--endpoint-clients", type=int, default=8, help="clients for each other endpoint")
    parser.add_argument("--endpoint-seconds", type=float, default=5.0, help="seconds for each other endpoint (0 skips them)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (as tidings serve --workers)")
    parser.add_argument("--cold-clients", type=int, default=0,
                        help="first pass: every events pool entry once with this many clients (cache misses); 0 skips it")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    ensure_store(args.db, args.events, shuffled=args.shuffled)
    modes = ["uncached"] if args.no_cache else [m.strip() for m in args.modes.split(",") if m.strip()]
    results = [run_mode(args, cached=mode == "cached") for mode in modes]
    from tidings.store import open_store

    with open_store(args.db, read_only=True) as store:
        events = store.count("events")
    report = {"db": args.db, "events": events, "clients": args.clients, "seconds": args.seconds, "pool": args.pool, "modes": results}
    sys.stdout.write(json.dumps(report, indent=2) + "\n\n" + table(results, events=events) + "\n")
    ok = True
    for mode in results:
        r = mode["endpoints"]["/api/events"]
        errors = sum(e["errors"] for e in mode["endpoints"].values())
        met = r["p99_ms"] < TARGET_P99_MS and errors == 0
        ok &= met
        logger.info("%s: events list, %d clients for %.0f s: %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms; %d errors "
                    "over all endpoints -> %s (target p99 < %.0f ms)", "cached" if mode["cached"] else "uncached",
                    args.clients, args.seconds, r["requests"], r["rps"], r["p50_ms"], r["p99_ms"], errors,
                    "OK" if met else "MISSED", TARGET_P99_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
