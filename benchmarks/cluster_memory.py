"""RSS and CPU of deduplicating a whole store: ``cluster_events`` (what ``tidings cluster`` runs).

    /usr/bin/time -v python benchmarks/cluster_memory.py store-100k.duckdb
    TIDINGS_DUCKDB_MEMORY=256MB python benchmarks/cluster_memory.py store-100k.duckdb

A thread samples RSS every second, and on DuckDB also the memory DuckDB itself accounts for
(``duckdb_memory()``, through a second cursor), so the two can be told apart; DuckDB's share is
split into the blocks of the file it keeps cached (tag BASE_TABLE: evictable, bounded by its
memory limit) and the rest (its working memory, uncommitted rows). The peaks, the CPU time and
the cluster report are printed, with the most mentions held open at once (read from the store,
their cluster not yet closed and written) and the largest page of mentions read. Linux only (reads
/proc/self/status).
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tidings.analysis import clusters_store, dedup  # noqa: E402
from tidings.analysis.dedup import cluster_events  # noqa: E402
from tidings.store import open_store  # noqa: E402
from ingest_memory import rss_mb  # noqa: E402


def count_open(peak: dict) -> None:
    """Wrap the clustering so that ``peak`` gets the most mentions open at once and the largest page."""
    cluster = dedup.cluster_mentions
    page = clusters_store._page

    def counted_cluster(mentions, **kwargs):
        state = {"read": 0, "written": 0}

        def reading():
            for m in mentions:
                state["read"] += 1
                peak["open"] = max(peak["open"], state["read"] - state["written"])
                yield m

        for members in cluster(reading(), **kwargs):
            state["written"] += len(members)
            yield members

    def counted_page(*args, **kwargs):
        n = 0
        for n, m in enumerate(page(*args, **kwargs), 1):
            yield m
        peak["page"] = max(peak["page"], n)

    dedup.cluster_mentions, clusters_store._page = counted_cluster, counted_page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--since", help="cluster incrementally from this date (default: everything)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    peak, stop = {"rss": 0, "duckdb": 0, "cached": 0, "open": 0, "page": 0}, threading.Event()
    count_open(peak)
    store = open_store(args.db)
    cursor = store.con.cursor() if hasattr(store, "con") and store.placeholder == "?" else None

    def sample() -> None:
        while not stop.is_set():
            peak["rss"] = max(peak["rss"], rss_mb())
            if cursor is not None:
                used, cached = cursor.execute(
                    "SELECT sum(memory_usage_bytes), sum(memory_usage_bytes) FILTER (WHERE tag = 'BASE_TABLE') "
                    "FROM duckdb_memory()").fetchone()
                peak["duckdb"] = max(peak["duckdb"], int(used or 0) // 2**20)
                peak["cached"] = max(peak["cached"], int(cached or 0) // 2**20)
            stop.wait(1.0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu = time.process_time()
    with store:
        report = cluster_events(store, since=args.since)
        stop.set()
        sampler.join()
    print(f"{report.events} events, {report.clusters} clusters ({report.multi_article} across articles) in "
          f"{report.seconds:.0f} s, {time.process_time() - cpu:.0f} s CPU; peak sampled RSS {peak['rss']} MB, "
          f"of which DuckDB accounted for at most {peak['duckdb']} MB ({peak['cached']} MB of cached file blocks); "
          f"ru_maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB; at most {peak['open']} mentions "
          f"open at once, largest page {peak['page']} mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
