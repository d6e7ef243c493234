"""Cost of the place, quantity and quote extractors against bare spaCy, and the gazetteer load.

Prints (1) bare `nlp.pipe` time over the corpus, (2) the time the three extractors add when run
on those docs (actors, which quotes need, are computed beforehand and not counted), their ratio
(target: at most 20 %), and (3) the gazetteer index load time and memory in a fresh process
(targets: < 2 s, < 300 MB). Each timing is the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tidings.extract.actors import extract_actors  # noqa: E402
from tidings.extract.places import extract_places  # noqa: E402
from tidings.extract.quantities import extract_quantities  # noqa: E402
from tidings.extract.quotes import extract_quotes  # noqa: E402
from tidings.ingest import read_paths  # noqa: E402
from tidings.models import Article  # noqa: E402
from tidings.nlp import build_nlp  # noqa: E402
from tidings.ontology import load_gazetteer, load_ontology  # noqa: E402

_LOAD_PROBE = """
import json, resource, time
from tidings.ontology.places import index_path, load_gazetteer

def rss_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

built = not index_path().exists()
if built:
    load_gazetteer().keys = None  # build once; the load below is then the normal, cached one
before = rss_mb()
start = time.perf_counter()
gazetteer = load_gazetteer()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "mb": rss_mb() - before, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "keys": len(gazetteer.keys), "built": built}))
"""


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def gazetteer_load() -> dict:
    """Load time and memory of the cached index, measured in a fresh interpreter."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples" / "corpus")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    load = gazetteer_load()
    texts = [a.text for a in read_paths(args.paths) if isinstance(a, Article)]
    bare = build_nlp(components=())
    gazetteer, ontology = load_gazetteer(), load_ontology()
    docs = list(bare.pipe(texts))
    places = [extract_places(doc, gazetteer=gazetteer) for doc in docs]
    actors = [extract_actors(doc, ontology=ontology, places=p) for doc, p in zip(docs, places)]

    t_bare = best_of(args.repeat, lambda: list(bare.pipe(texts)))
    t_places = best_of(args.repeat, lambda: [extract_places(d, gazetteer=gazetteer) for d in docs])
    t_quantities = best_of(args.repeat, lambda: [extract_quantities(d) for d in docs])
    t_quotes = best_of(args.repeat, lambda: [extract_quotes(d, actors=a) for d, a in zip(docs, actors)])
    added = t_places + t_quantities + t_quotes
    words = sum(len(t.split()) for t in texts)

    print(f"corpus: {len(texts)} articles, {words} words")
    print(f"bare nlp.pipe:        {t_bare:7.3f} s  ({len(texts) / t_bare:.1f} articles/s)")
    print(f"places:               {t_places:7.3f} s  ({100 * t_places / t_bare:.1f} %)")
    print(f"quantities:           {t_quantities:7.3f} s  ({100 * t_quantities / t_bare:.1f} %)")
    print(f"quotes:               {t_quotes:7.3f} s  ({100 * t_quotes / t_bare:.1f} %)")
    print(f"extractors together:  {added:7.3f} s  = {100 * added / t_bare:.1f} % of bare (target <= 20 %)")
    built = " (index built first in this run)" if load["built"] else ""
    print(
        f"gazetteer load:       {load['seconds']:.2f} s, +{load['mb']:.0f} MB (peak RSS {load['peak_mb']:.0f} MB), "
        f"{load['keys']} names{built} (targets < 2 s, < 300 MB)"
    )


if __name__ == "__main__":
    main()
