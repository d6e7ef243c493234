"""Concurrent reads while an ingest writes: requests, errors, torn reads and read latency (bounded, local only).

    python benchmarks/bench_load.py                          # 4 readers, 24 articles posted, at most 120 s
    python benchmarks/bench_load.py --readers 8 --articles 60 --seconds 300

A server (uvicorn on 127.0.0.1, a free port, in its own process) serves a fresh store with
writes on. One writer POSTs articles (examples/corpus, replicated with a distinct last line when
more are asked for) while reader threads loop over GET /api/summary and /api/articles and, for the
newest article, GET /api/articles/{id} and /api/events?article_id=. Every answer is checked:
- an error is any status other than 200;
- a torn read is an answer that mixes two states of the store: a summary whose event count is not
  the total of the first k articles posted (k = its article count), or an article whose list row,
  document and events list disagree on its number of events.
The expected event counts come from extracting each article here with the same pipeline. The run
ends when the writer is done or after ``--seconds``; the exit code is 1 on any error or torn read.
tests/test_security.py runs the same check, smaller, in `make test`.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_web import free_port, wait_ready  # noqa: E402

logger = logging.getLogger("bench_load")
TOKEN = "bench-load-token"


@dataclass
class Figures:
    """What the readers saw; lists are appended from several threads (list.append is atomic)."""

    readers: int
    posted: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[tuple] = field(default_factory=list)
    torn: list[tuple] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")

    def summary(self) -> str:
        rate = self.requests / self.seconds if self.seconds else 0.0
        return (f"load: {self.readers} readers, {self.posted} articles posted, {self.requests} reads in "
                f"{self.seconds:.1f} s ({rate:.0f} req/s); read latency p50 {self.percentile(0.5):.0f} ms, "
                f"p99 {self.percentile(0.99):.0f} ms, max {self.percentile(1.0):.0f} ms; "
                f"{len(self.errors)} errors, {len(self.torn)} torn reads")


def articles_to_post(n: int) -> list[dict]:
    """``n`` article bodies from examples/corpus; replicas get a distinct last line (a distinct id)."""
    texts = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    bodies = []
    for k in range(n):
        path = texts[k % len(texts)]
        title, _, text = path.read_text(encoding="utf-8").partition("\n")
        replica = k // len(texts)
        if replica:
            text = f"{text.rstrip()}\n\nUpdated edition {replica}."
        bodies.append({"title": f"{title} ({replica})" if replica else title, "text": text})
    return bodies


def expected_prefix(bodies: list[dict]) -> list[int]:
    """Events stored after the first k articles, for every k, as the server will code them."""
    from tidings.api import extract
    from tidings.nlp import build_nlp

    nlp = build_nlp()
    counts = [len(extract(b["text"], nlp=nlp).events) for b in bodies]
    return [sum(counts[:k]) for k in range(len(counts) + 1)]


def _get(client: httpx.Client, figures: Figures, path: str, **params) -> httpx.Response | None:
    started = time.monotonic()
    answer = client.get(path, params=params or None)
    figures.latencies.append(time.monotonic() - started)
    if answer.status_code != 200:
        figures.errors.append((path, answer.status_code, answer.text[:200]))
        return None
    return answer


def _check_round(client: httpx.Client, figures: Figures, prefix: list[int]) -> None:
    summary = _get(client, figures, "/api/summary")
    listing = _get(client, figures, "/api/articles", limit=50)
    if summary is not None:
        found = summary.json()
        k = found["articles"]
        if k >= len(prefix) or found["events"] != prefix[k]:
            figures.torn.append(("summary", k, found["events"]))
    if listing is not None and listing.json()["items"]:
        item = listing.json()["items"][0]
        doc = _get(client, figures, f"/api/articles/{item['id']}")
        events = _get(client, figures, "/api/events", article_id=item["id"], limit=1)
        if doc is not None and events is not None:
            if not len(doc.json()["events"]) == item["n_events"] == events.json()["total"]:
                figures.torn.append(("article", item["id"], item["n_events"], events.json()["total"]))


def _read_loop(base: str, stop: threading.Event, deadline: float, prefix: list[int], figures: Figures) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        while not stop.is_set() and time.monotonic() < deadline:
            _check_round(client, figures, prefix)


def _write_all(base: str, bodies: list[dict], deadline: float, figures: Figures) -> None:
    with httpx.Client(base_url=base, timeout=300, headers={"Authorization": f"Bearer {TOKEN}"}) as writer:
        for body in bodies:
            if time.monotonic() > deadline:
                return
            answer = writer.post("/api/articles", json=body)
            if answer.status_code != 201:
                figures.errors.append(("POST /api/articles", answer.status_code, answer.text[:200]))
                return
            figures.posted += 1


def run_load(base: str, bodies: list[dict], prefix: list[int], *, readers: int, seconds: float) -> Figures:
    """Readers against ``base`` while one writer posts ``bodies``; bounded by ``seconds``."""
    figures, stop = Figures(readers=readers), threading.Event()
    started = time.monotonic()
    deadline = started + seconds
    threads = [threading.Thread(target=_read_loop, args=(base, stop, deadline, prefix, figures)) for _ in range(readers)]
    for thread in threads:
        thread.start()
    try:
        _write_all(base, bodies, deadline, figures)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
    figures.seconds = time.monotonic() - started
    return figures


def start_server(db: str, port: int) -> subprocess.Popen:
    code = (
        "import uvicorn; from tidings.web import create_app; "
        f"uvicorn.run(create_app({db!r}, token={TOKEN!r}), host='127.0.0.1', port={port}, log_level='warning')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-c", code], env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=4, help="reader threads")
    parser.add_argument("--articles", type=int, default=24, help="articles the writer posts")
    parser.add_argument("--seconds", type=float, default=120, help="upper bound on the timed run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logger.setLevel(logging.INFO)
    bodies = articles_to_post(args.articles)
    prefix = expected_prefix(bodies)
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        server = start_server(os.path.join(tmp, "load.duckdb"), port)
        try:
            wait_ready(f"http://127.0.0.1:{port}", server)
            figures = run_load(f"http://127.0.0.1:{port}", bodies, prefix, readers=args.readers, seconds=args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
    logger.info("%s", figures.summary())
    for problem in (figures.errors + figures.torn)[:10]:
        logger.info("  %s", problem)
    return 1 if figures.errors or figures.torn else 0


if __name__ == "__main__":
    sys.exit(main())
