"""Make an N-times larger DuckDB store from an ingested one, to measure what happens at sizes no
ingest here reaches in a session (100k articles take about 3 hours of both cores).

    python benchmarks/replicate_store.py store-10k.duckdb store-100k.duckdb 10

Copy k (k ≥ 1) of every row gets ids suffixed ``-rk`` and its dates moved by a per-article offset of
up to ±750 days, so the copies spread over five years instead of stacking on the same days.
Every article table is copied, the clustering inputs included; cluster tables are not (run
``cluster_events`` on the result). The destination must not exist yet.

With ``--spread``, copy k is moved instead by k times the source's span of publication dates (plus
a month), so the copies follow one another on the calendar: the result has N times the articles
at the source's articles per day, where the default adds 1,500 days to the source's span whatever
N is, so that its articles per day grow with N.

    python benchmarks/replicate_store.py store-10k.duckdb store-30k-spread.duckdb 3 --spread
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tidings.store import open_store  # noqa: E402
from tidings.store.rows import TABLES  # noqa: E402

IDS = {"id", "article_id", "event_id"}
DATES = {"date", "published"}
SHIFT_DAYS = 750


def _moved(column: str, key: str, k: int, stride: int | None = None) -> str:
    """SQL for ``column`` (a date of 10, 7 or 4 characters) moved by the offset of copy ``k`` of its
    article: a per-article one of up to ±SHIFT_DAYS, or ``k * stride`` days when a stride is given."""
    off = (f"({k * stride})" if stride is not None
           else f"(CAST(hash({key} || '{k}') % {2 * SHIFT_DAYS + 1} AS INTEGER) - {SHIFT_DAYS})")
    return (f"CASE length({column}) WHEN 10 THEN strftime(CAST({column} AS DATE) + {off}, '%Y-%m-%d') "
            f"WHEN 7 THEN strftime(CAST({column} || '-15' AS DATE) + {off}, '%Y-%m') "
            f"WHEN 4 THEN strftime(CAST({column} || '-07-01' AS DATE) + {off}, '%Y') ELSE {column} END")


def _select(table: str, columns: list[str], k: int, stride: int | None = None) -> str:
    key = '"id"' if table == "articles" else '"article_id"'
    exprs = []
    for c in columns:
        q = f'"{c}"'
        if k and c in IDS:
            exprs.append(f"{q} || '-r{k}'")
        elif k and c in DATES:
            exprs.append(_moved(q, key, k, stride))
        else:
            exprs.append(q)
    return f"SELECT {', '.join(exprs)} FROM src.{table}"


def _span_days(con: duckdb.DuckDBPyConnection) -> int:
    """Days from the source's earliest to its latest publication date."""
    first, last = con.execute("SELECT min(CAST(published AS DATE)), max(CAST(published AS DATE)) FROM src.articles "
                              "WHERE length(published) = 10").fetchone()
    return (last - first).days


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("destination")
    parser.add_argument("times", type=int)
    parser.add_argument("--spread", action="store_true",
                        help="copies one after another on the calendar (same articles per day as the source)")
    args = parser.parse_args(argv)
    if Path(args.destination).exists():
        parser.error(f"{args.destination} exists")
    open_store(args.destination).close()  # the schema, as the store makes it
    con = duckdb.connect(args.destination)
    con.execute("ATTACH ? AS src (READ_ONLY)", [args.source])
    started = time.time()
    stride = _span_days(con) + 31 if args.spread else None
    if stride:
        print(f"copies {stride} days apart", flush=True)
    for table in (name for name in TABLES if name != "failures"):
        columns = [r[0] for r in con.execute(f"DESCRIBE src.{table}").fetchall()]
        for k in range(args.times):
            con.execute(f"INSERT INTO {table} {_select(table, columns, k, stride)}")
        print(table, con.execute(f"SELECT count(*) FROM {table}").fetchone()[0], flush=True)
    con.execute("CHECKPOINT")
    print(f"done in {time.time() - started:.0f} s; {Path(args.destination).stat().st_size / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
