"""Scale benchmark: ingest throughput, memory, store size, query latency and deduplication at growing sizes.

In one run, on corpora made by ``generate_corpus.py`` from the example articles:

1. bare ``nlp.pipe`` vs the full tidings pipeline on a sample, in one process, timed alternately
   (best of --repeat), as bench_pipeline.py does: the pipeline/bare ratio;
2. end-to-end ``tidings ingest`` of every size in a child process (single process), and of the
   first size also with ``--workers 1`` and ``--workers N`` (Dask): articles/s, sentences/s,
   the ratio to bare ``nlp.pipe``, the child's peak RSS (``wait4``'s ``ru_maxrss``: the
   largest process) and the peak RSS summed over its process tree (sampled), and the store's
   size per 1,000 articles;
3. ``cluster_events`` over the largest ingested store;
4. on a DuckDB store of --events synthetic events (``synthetic.py``): the latency of the dyad
   series, the events list (first page, and filtered by actor) and the clusters list.

Wall times include CPU contention from anything else running: run it on a quiet machine.
CPU seconds (user+sys of the child and its children) are printed next to wall times.

    python benchmarks/bench_scale.py                        # 1k articles, 1M events
    python benchmarks/bench_scale.py --sizes 1000 10000     # as in RESULTS.md
"""

from __future__ import annotations

import argparse
import json
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import psutil  # noqa: E402

import generate_corpus  # noqa: E402
from tidings.analysis.dedup import ClusterFilter, cluster_events, clusters  # noqa: E402
from tidings.analysis.dyads import dyad_series  # noqa: E402
from tidings.config import Settings  # noqa: E402
from tidings.models import Article  # noqa: E402
from tidings.store import Filter, open_store  # noqa: E402

logger = logging.getLogger("bench_scale")
TIDINGS = str(Path(sys.executable).parent / "tidings")


@dataclass
class Run:
    label: str
    articles: int
    seconds: float
    cpu_seconds: float
    max_rss_mb: float
    tree_rss_mb: float
    sentences: int = 0
    store_mb: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def write_corpus(n: int, directory: Path, seed: int) -> Path:
    path = directory / f"corpus-{n}.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for record in generate_corpus.generate(n, corpus=ROOT / "examples" / "corpus", seed=seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def shard(corpus: Path, shards: int) -> Path:
    """The corpus split into ``shards`` JSONL files in a directory (so Dask has several partitions to share)."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    directory = corpus.with_suffix(f".{shards}-shards")
    directory.mkdir(exist_ok=True)
    per = -(-len(lines) // shards)
    for n in range(shards):
        (directory / f"part-{n:03d}.jsonl").write_text("".join(lines[n * per : (n + 1) * per]), encoding="utf-8")
    return directory


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def _sample_tree(pid: int, peak: list[float], cpu: dict[int, float], stop: threading.Event) -> None:
    """Peak RSS summed over the process tree; each process's own CPU seconds when last seen."""
    while not stop.is_set():
        try:
            root = psutil.Process(pid)
            tree = [root, *root.children(recursive=True)]
            peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            for p in tree:
                cpu[p.pid] = _cpu(p)
        except psutil.Error:
            pass
        stop.wait(0.5)


def run_child(args: list[str], *, stdout=subprocess.DEVNULL) -> tuple[float, float, float, float, dict]:
    """(wall s, CPU s, max RSS MB of one process, peak RSS MB of the process tree, CPU split) of a command.

    The CPU split is the command's own CPU seconds ("client") and the largest CPU seconds of one
    of its descendants ("busiest child": a Dask worker), as last sampled: on a loaded machine
    the wall-clock speedup of N workers is hidden, their CPU balance is not.

    Linux counts the parent's RSS at fork in the child's ``ru_maxrss``: this process therefore
    never loads a model itself (the pipeline comparison runs in a child too).
    """
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE)
    peak, cpu, stop = [0.0], {}, threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(child.pid, peak, cpu, stop), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    err = child.stderr.read().decode(errors="replace") if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1: some articles failed (recorded in the store)
        raise RuntimeError(f"{' '.join(args)} failed ({child.returncode}): {err[-2000:]}")
    others = [v for k, v in cpu.items() if k != child.pid]
    split = {"client_cpu_s": cpu.get(child.pid, 0.0), "busiest_child_cpu_s": max(others, default=0.0)}
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak[0] / 2**20, split


def ingest_run(label: str, corpus: Path, db: Path, n: int, workers: int | None) -> Run:
    for suffix in ("", ".wal"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    args = [TIDINGS, "ingest", str(corpus), "--db", str(db), "--quiet"] + (["--workers", str(workers)] if workers else [])
    wall, cpu, max_rss, tree_rss, split = run_child(args)
    with open_store(str(db), read_only=True) as store:
        stored = int(store.fetch("SELECT count(*) FROM articles")[0][0])
        sentences = int(store.fetch("SELECT coalesce(sum(n_sentences), 0) FROM articles")[0][0])
        events = int(store.fetch("SELECT count(*) FROM events")[0][0])
    size = sum(Path(str(db) + s).stat().st_size for s in ("", ".wal") if Path(str(db) + s).exists())
    run = Run(label, stored, wall, cpu, max_rss, tree_rss, sentences, size / 2**20, {"events": events, **split})
    logger.info("%s: %d articles in %.1f s (%.1f/s), max RSS %.0f MB", label, stored, wall, run.rate, max_rss)
    return run


def pipeline_ratio(corpus: Path, sample: int, repeat: int) -> dict:
    """Bare nlp.pipe vs the full pipeline over the first ``sample`` articles, best of ``repeat``."""
    from tidings.ingest import read_paths
    from tidings.nlp import build_nlp
    from tidings.nlp.document import make_doc
    from tidings.nlp.pipeline import COMPONENTS

    articles = [a for _, a in zip(range(sample), (x for x in read_paths([str(corpus)]) if isinstance(x, Article)))]
    settings = Settings()
    bare, full = build_nlp(settings, components=()), build_nlp(settings, components=COMPONENTS)
    sentences = sum(len(list(d.sents)) for d in bare.pipe(a.text for a in articles))

    def run_bare():
        for _ in bare.pipe((a.text for a in articles), batch_size=settings.batch_size):
            pass

    def run_full():
        for _ in full.pipe((make_doc(full, a) for a in articles), batch_size=settings.batch_size):
            pass

    times = {"bare": [], "full": []}
    for fn in (run_bare, run_full):
        fn()  # warm up
    for _ in range(repeat):
        for key, fn in (("bare", run_bare), ("full", run_full)):
            started = time.perf_counter()
            fn()
            times[key].append(time.perf_counter() - started)
    best = {k: min(v) for k, v in times.items()}
    return {"articles": len(articles), "sentences": sentences, "bare_s": best["bare"], "full_s": best["full"],
            "ratio": best["full"] / best["bare"]}


def timed_ms(fn, repeat: int = 7) -> tuple[float, float]:
    """(first call, median of the next ``repeat`` calls) in milliseconds."""
    started = time.perf_counter()
    fn()
    first = (time.perf_counter() - started) * 1000
    laps = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        laps.append((time.perf_counter() - started) * 1000)
    return first, statistics.median(laps)


def query_latency(db: Path, n_events: int, *, processes: int = 2) -> dict:
    """Fill a DuckDB store with synthetic events (unless it has them) and time the read paths."""
    import synthetic

    with open_store(str(db)) as store:
        have = int(store.fetch("SELECT count(*) FROM events")[0][0])
        if have < n_events:
            started = time.perf_counter()
            synthetic.fill(store, n_events - have, processes=processes, first=have // 10)
            logger.info("filled %d synthetic events in %.0f s", n_events - have, time.perf_counter() - started)
        n = int(store.fetch("SELECT count(*) FROM events")[0][0])
    out: dict = {"events": n}
    with open_store(str(db), read_only=True) as store:
        out["dyad USA-CHN by month"] = timed_ms(lambda: dyad_series(store, "USA", "CHN", interval="month"))
        out["dyad DEU-FRA by week, one year"] = timed_ms(
            lambda: dyad_series(store, "DEU", "FRA", interval="week", since="2023-01-01", until="2023-12-31"))
        out["events list, first page"] = timed_ms(lambda: store.events(Filter(limit=100)))
        out["events list, actor DEU, page 10"] = timed_ms(lambda: store.events(Filter(actor="DEU", limit=100, offset=900)))
        out["events count, type ASSAULT"] = timed_ms(lambda: store.count("events", Filter(type="ASSAULT")))
    return out


def dedup_run(db: Path) -> dict:
    """cluster_events over an ingested store, in this process: time, clusters, and the clusters list latency."""
    with open_store(str(db)) as store:
        report = cluster_events(store)
        first, median = timed_ms(lambda: clusters(store, ClusterFilter(min_articles=2, order="articles")))
    return {"events": report.events, "clusters": report.clusters, "multi_article": report.multi_article,
            "seconds": report.seconds, "clusters list (ms)": (first, median)}


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} CPUs ({model}), {psutil.virtual_memory().total / 2**30:.1f} GiB RAM, "
            f"Python {sys.version.split()[0]}, commit {commit}{' + uncommitted changes' if dirty else ''}, "
            f"load average at start {os.getloadavg()[0]:.1f}")


def report(results: dict) -> str:
    lines = [f"machine: {results['machine']}; load average at end {results.get('load_average_at_end', 0):.1f}"]
    p = results["pipeline"]
    lines.append(f"bare nlp.pipe vs pipeline on {p['articles']} articles ({p['sentences']} sentences), best of "
                 f"{results['repeat']}: bare {p['bare_s']:.1f} s ({p['articles'] / p['bare_s']:.1f} art/s), "
                 f"pipeline {p['full_s']:.1f} s -> ratio {p['ratio']:.2f} (target <= 1.5)")
    bare_rate = p["articles"] / p["bare_s"]
    lines.append("")
    lines.append(f"{'ingest end to end':<34}{'articles':>9}{'wall s':>8}{'art/s':>7}{'sent/s':>8}{'x bare':>7}"
                 f"{'CPU s':>8}{'max RSS':>9}{'tree RSS':>9}{'MB/1k art':>10}")
    for r in results["runs"]:
        run = Run(**r)
        lines.append(f"{run.label:<34}{run.articles:>9}{run.seconds:>8.0f}{run.rate:>7.1f}{run.sentences / run.seconds:>8.0f}"
                     f"{bare_rate / run.rate:>7.2f}{run.cpu_seconds:>8.0f}{run.max_rss_mb:>8.0f}M{run.tree_rss_mb:>8.0f}M"
                     f"{run.store_mb / run.articles * 1000:>10.1f}")
    by = {r["label"]: Run(**r) for r in results["runs"]}
    one = next((r for k, r in by.items() if k.startswith(f"workers 1, {results['sizes'][0]}")), None)
    many = next((r for k, r in by.items() if k.startswith(f"workers {results['workers']}, {results['sizes'][0]}")), None)
    if one and many:
        lines.append(f"speedup of {results['workers']} workers over 1: {one.seconds / many.seconds:.2f}x (target >= 1.7)")
        lines.append(cpu_split(one, many, results["workers"]))
    if results.get("dedup"):
        d = results["dedup"]
        lines.append(f"dedup: cluster_events over {d['events']} events -> {d['clusters']} clusters "
                     f"({d['multi_article']} across articles) in {d['seconds']:.1f} s; clusters list "
                     f"{d['clusters list (ms)'][1]:.1f} ms")
    if results.get("queries"):
        q = results["queries"]
        lines.append("")
        lines.append(f"queries on DuckDB, {q['events']:,} events{'':<14}first ms  median ms")
        for key, value in q.items():
            if key != "events":
                lines.append(f"  {key:<44}{value[0]:>8.1f}{value[1]:>11.1f}")
        lines.append("  (target: dyad series < 200 ms)")
    return "\n".join(lines)


def cpu_split(one: Run, many: Run, workers: int) -> str:
    """Where the CPU went with 1 and N workers: the client's share, and the busiest worker's.

    With the client light and the work shared evenly, N workers on N free cores would take
    about (client + busiest worker) CPU seconds of wall time: the projected speedup.
    """
    def part(run: Run) -> float:
        return run.extra.get("client_cpu_s", 0.0) + run.extra.get("busiest_child_cpu_s", 0.0)

    projected = part(one) / part(many) if part(many) else 0.0
    return (f"CPU s: client {one.extra.get('client_cpu_s', 0):.0f} / {many.extra.get('client_cpu_s', 0):.0f}, "
            f"busiest worker {one.extra.get('busiest_child_cpu_s', 0):.0f} / {many.extra.get('busiest_child_cpu_s', 0):.0f} "
            f"(1 / {workers} workers); projected speedup on free cores {projected:.2f}x")


def pipeline_child(corpus: Path, sample: int, repeat: int) -> dict:
    """pipeline_ratio in a child process, so that this one stays small (see run_child)."""
    args = [sys.executable, __file__, "--pipeline-ratio", str(corpus), "--sample", str(sample), "--repeat", str(repeat)]
    with tempfile.TemporaryFile("w+") as out:
        run_child(args, stdout=out)
        out.seek(0)
        return json.loads(out.read())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000], help="corpus sizes in articles (e.g. 1000 10000 100000)")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers compared with one, on the first size")
    parser.add_argument("--sample", type=int, default=300, help="articles for the bare vs pipeline comparison")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the query latency (0: skip)")
    parser.add_argument("--events-db", help="DuckDB file for the synthetic events (kept; reused when it has enough)")
    parser.add_argument("--no-dedup", action="store_true", help="skip cluster_events on the largest store")
    parser.add_argument("--dir", help="working directory for corpora and stores (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--shards", type=int, default=0,
                        help="run the Dask comparison on the first corpus split into this many files (default: one file)")
    parser.add_argument("--pipeline-ratio", metavar="CORPUS", help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("tidings").setLevel(logging.ERROR)  # generated text trips the extractors' warnings
    if args.pipeline_ratio:
        print(json.dumps(pipeline_ratio(Path(args.pipeline_ratio), args.sample, args.repeat)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.dir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        results: dict = {"machine": machine(), "sizes": args.sizes, "workers": args.workers, "repeat": args.repeat, "runs": []}
        corpora = {n: write_corpus(n, work, args.seed) for n in args.sizes}
        first = args.sizes[0]
        plan = [(f"single process, {n}", n, None) for n in args.sizes]
        plan[1:1] = [(f"workers 1, {first}", first, 1), (f"workers {args.workers}, {first}", first, args.workers)]
        sharded = shard(corpora[first], args.shards) if args.shards else None
        for label, n, workers in plan:
            source = sharded if workers and sharded else corpora[n]
            if workers and sharded:
                label += f" ({args.shards} files)"
            run = ingest_run(label, source, work / f"store-{n}-{workers or 0}.duckdb", n, workers)
            results["runs"].append(run.__dict__)
        results["pipeline"] = pipeline_child(corpora[first], args.sample, args.repeat)
        if not args.no_dedup:
            results["dedup"] = dedup_run(work / f"store-{args.sizes[-1]}-0.duckdb")
        if args.events:
            results["queries"] = query_latency(Path(args.events_db) if args.events_db else work / "synthetic.duckdb", args.events)
        results["load_average_at_end"] = os.getloadavg()[0]
    text = report(results)
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
