"""Merge precision and recall of cross-article event deduplication on the example corpus.

Extracts the annotated articles, clusters (1) the extracted events and (2) the gold events
themselves ("oracle": clustering without extraction errors), and scores every pair of gold
events against examples/clusters.yaml: merged or not, the same real-world event or not.

    python benchmarks/dedup_eval.py                      # window 7 days, default threshold
    python benchmarks/dedup_eval.py --sweep 0.2 0.3 0.4  # the precision/recall trade-off
    python benchmarks/dedup_eval.py --json
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tidings.analysis.clusters_eval import (  # noqa: E402
    load_gold_clusters, match_events, oracle_documents, oracle_keys, score_pairs,
)
from tidings.analysis.dedup import ClusterSettings, cluster_events  # noqa: E402
from tidings.api import extract_many  # noqa: E402
from tidings.evaluation.metrics import gold_articles, load_gold  # noqa: E402
from tidings.models import Document  # noqa: E402
from tidings.store import open_store  # noqa: E402

logger = logging.getLogger("dedup_eval")


def predicted_labels(documents: dict[str, Document], keys: dict[str, tuple[str, int]], settings: ClusterSettings
                     ) -> tuple[dict, dict]:
    """Cluster the Documents' events in a fresh in-memory store: gold key -> cluster id, and the cluster counts."""
    with open_store(":memory:") as store:
        store.write(list(documents.values()))
        report = cluster_events(store, settings=settings)
        rows = store.fetch("SELECT event_id, cluster_id FROM event_cluster_members")
    counts = report.model_dump(include={"events", "clusters", "merged", "multi_article", "largest"})
    return {keys[event_id]: cluster_id for event_id, cluster_id in rows if event_id in keys}, counts


def _scored(documents, keys, gold, settings: ClusterSettings, n_gold: int) -> dict:
    labels, counts = predicted_labels(documents, keys, settings)
    return {**score_pairs(labels, gold, gold_events=n_gold).as_dict(), "clusters": counts}


def evaluate(records, documents, gold, settings: ClusterSettings) -> dict:
    n_gold = sum(len(r["events"]) for r in records)
    extracted = _scored(documents, match_events(records, documents), gold, settings, n_gold)
    oracle_docs = oracle_documents(records, documents)
    oracle = _scored(oracle_docs, oracle_keys(oracle_docs), gold, settings, n_gold)
    return {"settings": settings.model_dump(), "extracted": extracted, "oracle": oracle}


def _line(name: str, r: dict) -> str:
    p, c, k = r["pairs"], r["cross_article"], r["clusters"]
    return (f"{name:<10}{p['precision']:>7.2f}{p['recall']:>7.2f}{p['f1']:>7.2f}   {p['tp']:>4}/{p['fp']:>3}/{p['fn']:>4}"
            f"{c['precision']:>9.2f}{c['recall']:>7.2f}   {r['events_judged']:>4}/{r['gold_events']}"
            f"   {k['events']:>5} {k['clusters']:>5} {k['merged']:>4} {k['multi_article']:>4} {k['largest']:>4}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "examples" / "gold.jsonl"))
    parser.add_argument("--clusters", default=str(ROOT / "examples" / "clusters.yaml"))
    parser.add_argument("--window", type=int, default=ClusterSettings().window_days)
    parser.add_argument("--sweep", type=float, nargs="*", help="thresholds to try (default: the default threshold)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")

    records = load_gold(args.gold)
    gold = load_gold_clusters(args.clusters, records)
    if gold.errors:
        for message in gold.errors:
            print(message, file=sys.stderr)
        return 1
    started = time.perf_counter()
    documents = {d.id: d for d in extract_many(gold_articles(records)) if isinstance(d, Document)}
    extract_seconds = time.perf_counter() - started
    thresholds = args.sweep or [ClusterSettings().threshold]
    results = [evaluate(records, documents, gold, ClusterSettings(window_days=args.window, threshold=t)) for t in thresholds]
    if args.json:
        print(json.dumps(results if args.sweep else results[0], indent=2))
        return 0
    print(f"{len(documents)} articles extracted in {extract_seconds:.0f} s; gold clusters: {len(set(gold.label.values()))}"
          f" holding {len(gold.label)} events; window {args.window} days")
    print("pairwise merges: P R F1, tp/fp/fn; cross-article P R; gold events judged (matched by extraction); "
          "clusters: events, clusters, merged (>1 mention), across articles, largest")
    for result in results:
        print(f"threshold {result['settings']['threshold']}")
        print(_line("extracted", result["extracted"]))
        print(_line("oracle", result["oracle"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
