"""Load check of the HTTP API: concurrent clients against a local server, p50/p99 latency and errors.

    python benchmarks/bench_web.py                      # 1M synthetic events, 50 clients, 20 s
    python benchmarks/bench_web.py --db x.duckdb --clients 50 --seconds 20 --no-cache

The server runs in its own process (uvicorn on 127.0.0.1, a free port) so that the load generator
does not share its interpreter. Traffic goes to the loopback address only, and the run is bounded
in time. The store is filled with synthetic events first when it does not exist yet.

Workload: the events list with filters (actor, type, status, date window, trigger words, sort,
page), drawn from a fixed pool of distinct requests (``--pool``) as an analyst team would send them.
A first pass sends every pool entry once (all cache misses, ``--cold-clients`` at a time) and reports
the query cost; then ``--clients`` clients send requests from the pool for ``--seconds``.
``--no-cache`` turns the answer cache off, so every request of the timed run queries the store.
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


def dyad_queries() -> list[dict]:
    """Dyad series for 20 pairs (one client, uncached): the DESIGN target is < 200 ms over 1M events."""
    rnd = random.Random(3)
    return [{"_path": f"/api/dyads/{a}/{b}", "interval": rnd.choice(("month", "week"))}
            for a, b in (rnd.sample(CODES, 2) for _ in range(20))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, *, cache: bool) -> subprocess.Popen:
    code = (
        "import uvicorn; from tidings.web import create_app; "
        f"uvicorn.run(create_app({db!r}, cache_bytes={64 * 1024 * 1024 if cache else 0}), "
        f"host='127.0.0.1', port={port}, log_level='warning')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", code], env=env)


def wait_ready(base: str, proc: subprocess.Popen, *, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/status", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
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
            await _timed(conn, rnd.choice(queries), latencies, errors)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/tidings-bench-1m.duckdb", help="DuckDB file (made with synthetic events if missing)")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events when the store is made")
    parser.add_argument("--shuffled", action="store_true", help="when making the store: dates in no order (worst case)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--pool", type=int, default=300, help="distinct filter combinations in the workload")
    parser.add_argument("--no-cache", action="store_true", help="turn the server's answer cache off")
    parser.add_argument("--cold-clients", type=int, default=4,
                        help="first pass: every pool entry once with this many clients (cache misses); 0 skips it")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    ensure_store(args.db, args.events, shuffled=args.shuffled)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, cache=not args.no_cache)
    try:
        wait_ready(base, server)
        queries = event_queries(args.pool)
        cold = asyncio.run(cold_pass("127.0.0.1", port, queries, clients=args.cold_clients)) if args.cold_clients else None
        result = asyncio.run(run_load("127.0.0.1", port, queries, clients=args.clients, seconds=args.seconds))
        result["cache"] = httpx.get(f"{base}/api/status", timeout=10).json()["cache"]
        result["cold_pass"] = cold
        result["dyads_cold"] = asyncio.run(cold_pass("127.0.0.1", port, dyad_queries(), clients=1))
    finally:
        server.terminate()
        server.wait(timeout=20)
    result.update(clients=args.clients, pool=args.pool, cached=not args.no_cache, db=args.db)
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    ok = result["errors"] == 0 and result["p99_ms"] < TARGET_P99_MS
    if cold:
        logger.info("cold pass (%d distinct requests, %d clients, all misses): p50 %.1f ms, p99 %.1f ms, %d errors",
                    cold["requests"], args.cold_clients, cold["p50_ms"], cold["p99_ms"], cold["errors"])
    logger.info("dyad series (20 pairs, 1 client, uncached): p50 %.1f ms, p99 %.1f ms, %d errors",
                result["dyads_cold"]["p50_ms"], result["dyads_cold"]["p99_ms"], result["dyads_cold"]["errors"])
    logger.info("events list, %d clients for %.0f s: %d requests, p50 %.1f ms, p99 %.1f ms, %d errors -> %s (target p99 < %.0f ms)",
                args.clients, args.seconds, result["requests"], result["p50_ms"], result["p99_ms"], result["errors"],
                "OK" if ok else "MISSED", TARGET_P99_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
