"""Throughput alternatives measured in one run: what each component costs, nlp.pipe batch sizes, and
model components the extraction might do without, each with its effect on the output.

    python benchmarks/bench_throughput.py --articles 60 --rounds 3 --gold examples/gold.jsonl
    python benchmarks/bench_throughput.py --only "model's" --gold examples/gold.jsonl   # one variant

Variants: the default pipeline; the model's own attribute ruler instead of ``tidings_attributes``;
nlp.pipe batches of 1 to 64 articles; the model's lemmatizer, NER or attribute step and
lemmatizer disabled (their output is then expected to differ).

Every variant processes the same generated articles (``generate_corpus``, 513 words on average)
through ``tidings.nlp.run.process``, as an ingest does; variants take turns within each round and
the best CPU time (``time.process_time``) of the rounds is kept, so a ratio compares times taken
minutes apart under the same load. Output: articles/s of CPU, the ratio to the default pipeline,
how many of the sample's Documents differ from the default's (events, actors, quotes, quantities,
places and sentences compared as JSON) and, with ``--gold``, the events and events_dyad counts of
``tidings eval`` on that file. ``--profile`` adds the functions with most own time (cProfile) over
one pass of the default pipeline.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_corpus  # noqa: E402
from spacy.language import Language  # noqa: E402
from tidings.config import Settings  # noqa: E402
from tidings.evaluation.metrics import evaluate, gold_articles, load_gold  # noqa: E402
from tidings.models import Article, Document, Failure  # noqa: E402
from tidings.nlp.document import make_doc  # noqa: E402
from tidings.nlp.pipeline import build_nlp  # noqa: E402
from tidings.nlp.run import process  # noqa: E402

UNBOUNDED = 10**9  # batch_chars that never closes a batch before batch_size does


@dataclass(frozen=True)
class Variant:
    name: str
    nlp: Language
    settings: Settings
    same_output_expected: bool


def sample(n: int, seed: int) -> list[Article]:
    records = generate_corpus.generate(n, corpus=ROOT / "examples" / "corpus", seed=seed)
    return [Article(**{k: r[k] for k in ("id", "title", "text", "published", "source", "url")}) for r in records]


def without(settings: Settings, *names: str) -> Language:
    """The full pipeline with the model components ``names`` disabled (their attributes stay empty)."""
    nlp = build_nlp(settings)
    for name in names:
        nlp.disable_pipe(name)
    return nlp


def with_model_ruler(settings: Settings) -> Language:
    """The full pipeline with the model's own attribute ruler in place of ``tidings_attributes``."""
    nlp = build_nlp(settings)
    Language.component("bench_model_attribute_ruler", func=nlp.get_pipe("tidings_attributes").ruler)
    nlp.add_pipe("bench_model_attribute_ruler", before="tidings_attributes")
    nlp.remove_pipe("tidings_attributes")
    return nlp


def variants(default: Language, only: list[str]) -> list[Variant]:
    settings = Settings()
    found = [Variant(f"default (batch_size {settings.batch_size}, batch_chars {settings.batch_chars})",
                     default, settings, True),
             Variant("the model's attribute_ruler", with_model_ruler(settings), settings, True)]
    for size in (1, 4, 8, 16, 32, 64):
        found.append(Variant(f"batches of {size} articles, no character bound", default,
                             Settings(batch_size=size, batch_chars=UNBOUNDED), True))
    for names in (("lemmatizer",), ("ner",), ("tidings_attributes", "lemmatizer")):
        found.append(Variant(f"without {' + '.join(names)}", without(settings, *names), settings, False))
    return [v for n, v in enumerate(found) if n == 0 or not only or any(word in v.name for word in only)]


def cpu_of(run: Callable[[], object]) -> tuple[float, object]:
    started = time.process_time()
    result = run()
    return time.process_time() - started, result


def signature(document: Document | Failure) -> str:
    if not isinstance(document, Document):
        return f"failed: {document.reason}"
    return document.model_dump_json(include={"sentences", "actors", "events", "quotes", "quantities", "places"})


def component_shares(nlp: Language, articles: list[Article], batch: int) -> dict[str, float]:
    """CPU seconds of each component over the articles, component by component in batches of ``batch``."""
    times = dict.fromkeys(nlp.pipe_names, 0.0)
    for start in range(0, len(articles), batch):
        docs = [make_doc(nlp, a) for a in articles[start:start + batch]]
        for name, component in nlp.pipeline:
            seconds, docs = cpu_of(lambda: list(component.pipe(docs)) if hasattr(component, "pipe")
                                   else [component(d) for d in docs])
            times[name] += seconds
    return times


def gold_counts(variant: Variant, records: list[dict]) -> str:
    documents = {d.id: d for d in process(gold_articles(records), variant.nlp, variant.settings)
                 if isinstance(d, Document)}
    report = evaluate(records, documents).as_dict()
    e, y = report["events"], report["events_dyad"]
    return f"events tp {e['tp']} fp {e['fp']} fn {e['fn']} | dyad tp {y['tp']} fp {y['fp']} fn {y['fn']}"


def profile(nlp: Language, articles: list[Article], settings: Settings, top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    list(process(articles, nlp, settings))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--gold", help="also score every variant on this gold file (e.g. examples/gold.jsonl)")
    parser.add_argument("--only", action="append", default=[], metavar="TEXT",
                        help="run only the variants whose name contains TEXT (repeatable; the default always runs)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the N functions with most own time")
    args = parser.parse_args(argv)
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    articles = sample(args.articles, args.seed)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    default = build_nlp(Settings())
    bare = build_nlp(Settings(), components=())
    found = variants(default, args.only)
    list(process(articles[:4], default, Settings()))  # warm caches (tables, lazy loads)
    best = {v.name: float("inf") for v in found}
    shares = {name: float("inf") for name in default.pipe_names}
    bare_best, outputs = float("inf"), {}
    for _ in range(args.rounds):
        seconds, _docs = cpu_of(lambda: list(bare.pipe(make_doc(bare, a) for a in articles)))
        bare_best = min(bare_best, seconds)
        for name, seconds in component_shares(default, articles, batch=8).items():
            shares[name] = min(shares[name], seconds)
        for v in found:
            seconds, docs = cpu_of(lambda: list(process(articles, v.nlp, v.settings)))
            best[v.name] = min(best[v.name], seconds)
            outputs[v.name] = [signature(d) for d in docs]
    print(f"{len(articles)} articles, {words:.0f} words on average, best CPU of {args.rounds} rounds; "
          f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"bare nlp.pipe: {bare_best:.2f} s, {len(articles) / bare_best:.1f} articles/s")
    model = sum(t for n, t in shares.items() if not n.startswith("tidings") or n == "tidings_attributes")
    print("components (batches of 8), share of the model's components:")
    for name, seconds in shares.items():
        print(f"  {name:20s} {seconds:6.2f} s {100 * seconds / model:5.1f} %")
    records = load_gold(args.gold) if args.gold else []
    base = found[0]
    for v in found:
        differing = sum(a != b for a, b in zip(outputs[v.name], outputs[base.name]))
        line = (f"{v.name:52s} {best[v.name]:6.2f} s {len(articles) / best[v.name]:5.1f} art/s "
                f"{best[v.name] / best[base.name]:5.2f}x  {differing:3d} documents differ")
        if records and (v is base or not v.same_output_expected or differing):
            line += "  gold: " + gold_counts(v, records)
        print(line, flush=True)
    if args.profile:
        print(profile(default, articles, Settings(), args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
