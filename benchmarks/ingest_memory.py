"""RSS over a whole ingest: sampled with the count of finished articles, to see where memory goes.

    python benchmarks/ingest_memory.py corpus-10000.jsonl --db /tmp/store.duckdb --samples rss.tsv

Runs ``tidings.api.ingest`` (what ``tidings ingest`` runs) in this process while a thread writes
"seconds, articles finished, RSS MB" every ``--every`` seconds; prints the peak and where it was.
Linux only (reads /proc/self/status).
"""

from __future__ import annotations

import argparse
import resource
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tidings.api import ingest  # noqa: E402


def rss_mb() -> int:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--db", required=True)
    parser.add_argument("--samples", required=True, help="TSV file: seconds, articles finished, RSS MB")
    parser.add_argument("--every", type=float, default=0.5)
    args = parser.parse_args(argv)
    done, samples, stop = [0], [], threading.Event()
    started = time.time()

    def sample() -> None:
        with open(args.samples, "w", encoding="utf-8") as out:
            while not stop.is_set():
                row = (round(time.time() - started, 1), done[0], rss_mb())
                samples.append(row)
                out.write("\t".join(map(str, row)) + "\n")
                out.flush()
                stop.wait(args.every)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    report = ingest(args.paths, db=args.db, on_progress=lambda _: done.__setitem__(0, done[0] + 1))
    stop.set()
    thread.join()
    peak = max(samples, key=lambda r: r[2])
    print(f"stored {report.stored}, unchanged {report.unchanged}, failures {len(report.failures)} "
          f"in {time.time() - started:.0f} s; peak sampled RSS {peak[2]} MB at {peak[0]} s, {peak[1]} articles done; "
          f"ru_maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
