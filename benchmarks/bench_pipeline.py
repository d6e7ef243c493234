"""`make bench`: ingest speed and memory on the example corpus, against bare spaCy in one run.

Prints articles/s and sentences/s for (1) bare `nlp.pipe` of the model, (2) the full tidings
pipeline (all extractors), (3) end-to-end ingest (read, extract, store into a fresh DuckDB
file), the ratios of (2) and (3) to (1), and the process's peak RSS. Each timing is the best
of --repeat runs, measured alternately so machine noise hits both sides alike.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tidings.api import ingest  # noqa: E402
from tidings.config import Settings  # noqa: E402
from tidings.ingest import read_paths  # noqa: E402
from tidings.models import Article  # noqa: E402
from tidings.nlp import build_nlp  # noqa: E402
from tidings.nlp.document import make_doc  # noqa: E402
from tidings.nlp.pipeline import COMPONENTS  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples" / "corpus")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    articles = [a for a in read_paths(args.paths) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    settings = Settings()
    bare = build_nlp(settings, components=())
    full = build_nlp(settings, components=COMPONENTS)
    n_sentences = sum(len(list(doc.sents)) for doc in bare.pipe(a.text for a in articles))

    def run_bare():
        for _ in bare.pipe((a.text for a in articles), batch_size=settings.batch_size):
            pass

    def run_full():
        for _ in full.pipe((make_doc(full, a) for a in articles), batch_size=settings.batch_size):
            pass

    def run_ingest():
        with tempfile.TemporaryDirectory() as tmp:
            ingest(args.paths, db=str(Path(tmp) / "bench.duckdb"), settings=settings, nlp=full)

    run_bare(), run_full()  # warm up caches and lazy tables
    times = {"bare": [], "full": [], "ingest": []}
    for _ in range(args.repeat):
        times["bare"].append(timed(run_bare))
        times["full"].append(timed(run_full))
        times["ingest"].append(timed(run_ingest))
    best = {k: min(v) for k, v in times.items()}

    print(f"corpus: {len(articles)} articles, {n_sentences} sentences, {words} words; best of {args.repeat}")
    print(f"{'stage':<28}{'seconds':>9}{'articles/s':>12}{'sentences/s':>13}{'ratio':>8}")
    for key, label in (("bare", "bare nlp.pipe"), ("full", "pipeline (all extractors)"), ("ingest", "ingest end to end")):
        t = best[key]
        print(f"{label:<28}{t:>9.2f}{len(articles) / t:>12.1f}{n_sentences / t:>13.0f}{t / best['bare']:>8.2f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
