"""Load check of the HTTP API: concurrent clients against a local server, p50/p99 latency and errors.

    python benchmarks/bench_web.py                      # 1M synthetic events, 50 clients, 20 s
    python benchmarks/bench_web.py --db x.duckdb --clients 50 --seconds 20 --no-cache

The server runs in its own process (uvicorn on 127.0.0.1, a free port) so that the load generator
does not share its interpreter. Traffic goes to the loopback address only, and the run is bounded
in time. The store is filled with synthetic events first when it does not exist yet.

Workload: the events list with filters (actor, type, status, date window, trigger words, sort,
page), drawn from a fixed pool of distinct requests (``--pool``) as an analyst team would send them;
the first request for each entry is a cache miss. ``--no-cache`` measures the queries alone.
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


async def run_load(base: str, queries: list[dict], *, clients: int, seconds: float, seed: int = 2) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(n: int, http: httpx.AsyncClient) -> None:
        rnd = random.Random(seed * 1000 + n)
        while time.monotonic() < stop_at:
            params = rnd.choice(queries)
            started = time.perf_counter()
            try:
                response = await http.get("/api/events", params=params)
                if response.status_code != 200:
                    errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    elapsed = time.monotonic() - started
    return summarize(latencies, errors, elapsed)


def summarize(latencies: list[float], errors: dict[str, int], elapsed: float) -> dict:
    ordered = sorted(latencies) or [0.0]
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {
        "requests": len(latencies), "seconds": round(elapsed, 1), "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(pick(0.50), 1), "p90_ms": round(pick(0.90), 1), "p99_ms": round(pick(0.99), 1),
        "max_ms": round(ordered[-1], 1), "mean_ms": round(statistics.fmean(ordered), 1),
        "errors": sum(errors.values()), "error_kinds": errors,
    }


def ensure_store(db: str, events: int) -> None:
    if os.path.exists(db):
        return
    from tidings.store import open_store

    logger.info("filling %s with %d synthetic events (once)", db, events)
    with open_store(db) as store:
        synthetic.fill(store, events, processes=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/tidings-bench-1m.duckdb", help="DuckDB file (made with synthetic events if missing)")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events when the store is made")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--pool", type=int, default=300, help="distinct filter combinations in the workload")
    parser.add_argument("--no-cache", action="store_true", help="turn the server's answer cache off")
    parser.add_argument("--warmup", type=float, default=0.0, help="seconds of load before measuring (fills the cache)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ensure_store(args.db, args.events)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, cache=not args.no_cache)
    try:
        wait_ready(base, server)
        queries = event_queries(args.pool)
        if args.warmup:
            asyncio.run(run_load(base, queries, clients=args.clients, seconds=args.warmup, seed=99))
        result = asyncio.run(run_load(base, queries, clients=args.clients, seconds=args.seconds))
        result["cache"] = httpx.get(f"{base}/api/status", timeout=10).json()["cache"]
    finally:
        server.terminate()
        server.wait(timeout=20)
    result.update(clients=args.clients, pool=args.pool, cached=not args.no_cache, warmup_s=args.warmup, db=args.db)
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    ok = result["errors"] == 0 and result["p99_ms"] < TARGET_P99_MS
    logger.info("events list: p50 %.1f ms, p99 %.1f ms, %d errors -> %s (target p99 < %.0f ms)",
                result["p50_ms"], result["p99_ms"], result["errors"], "OK" if ok else "MISSED", TARGET_P99_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
