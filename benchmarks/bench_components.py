"""Each pipeline component timed on its own over the example corpus, as a share of bare spaCy.

    python benchmarks/bench_components.py [--repeat 3]

Runs every article through the pipeline one component at a time, best of --repeat passes per
component, and prints each component's time and its share of the model's own components. The
event coder is tidings_actors plus tidings_events (issue #3 allows it 30 % of bare spaCy).

Bare spaCy is the model as shipped: the pipeline's ``tidings_attributes`` (the model's attribute
ruler, matched faster) is timed and shown, and the model's own ruler, run on the same Doc after it
(it sets the same values again), stands in the baseline for it, so shares compare with the
figures from before ``tidings_attributes``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tidings.config import Settings  # noqa: E402
from tidings.ingest import read_paths  # noqa: E402
from tidings.nlp.document import make_doc  # noqa: E402
from tidings.nlp.pipeline import build_nlp  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
MODEL_RULER = "attribute_ruler (model's)"
NOT_OURS = {"tidings_attributes"}  # the model's step, faster; its baseline is MODEL_RULER


def component_times(paths: list[str], repeat: int) -> dict[str, float]:
    nlp = build_nlp(Settings())
    articles = [a for a in read_paths(paths) if hasattr(a, "text")]
    steps = list(nlp.pipeline)
    if "tidings_attributes" in nlp.pipe_names:
        ruler = nlp.get_pipe("tidings_attributes").ruler
        at = nlp.pipe_names.index("tidings_attributes")
        steps.insert(at + 1, (MODEL_RULER, ruler))
    best = {name: float("inf") for name, _ in steps}
    for _ in range(repeat):
        total = dict.fromkeys(best, 0.0)
        for article in articles:
            doc = make_doc(nlp, article)
            for name, component in steps:
                started = time.perf_counter()
                doc = component(doc)
                total[name] += time.perf_counter() - started
        best = {name: min(best[name], total[name]) for name in best}
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(CORPUS)])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    best = component_times(args.paths, args.repeat)
    bare = sum(t for name, t in best.items() if not name.startswith("tidings"))  # MODEL_RULER included
    for name, seconds in best.items():
        print(f"{name:22s} {seconds:6.2f} s {100 * seconds / bare:5.1f} %")
    ours = {name: t for name, t in best.items() if name.startswith("tidings") and name not in NOT_OURS}
    coder = ours.get("tidings_actors", 0.0) + ours.get("tidings_events", 0.0)
    print(f"event coder (actors + events): {100 * coder / bare:.1f} % of bare (limit 30 %); "
          f"all extractors: {100 * sum(ours.values()) / bare:.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
