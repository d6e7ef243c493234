"""Merge precision and recall of deduplication against the gold clusters of the example corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tidings.analysis.clusters_eval import GoldClusters, load_gold_clusters, score_pairs
from tidings.evaluation.metrics import load_gold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load_gold(ROOT / "examples" / "gold.jsonl")


def test_dedup_eval_gold_clusters_resolve(records):
    gold = load_gold_clusters(ROOT / "examples" / "clusters.yaml", records)
    assert gold.errors == []
    sizes: dict[str, int] = {}
    for name in gold.label.values():
        sizes[name] = sizes.get(name, 0) + 1
    assert len(sizes) >= 20 and min(sizes.values()) >= 2
    assert len(gold.exhaustive) == 12


def test_dedup_eval_reports_unresolvable_mentions(tmp_path, records):
    path = tmp_path / "clusters.yaml"
    path.write_text("clusters:\n  - name: x\n    mentions:\n      - {file: a01-us-troops-germany-withdrawal, trigger: nowhere}\n"
                    "      - {file: nosuch, trigger: withdraw}\n", encoding="utf-8")
    assert len(load_gold_clusters(path, records).errors) == 2


@pytest.mark.parametrize(
    "predicted, expected",
    [
        ({("a", 1): "x", ("b", 1): "x", ("c", 1): "y"}, (1, 0, 0)),  # the gold pair merged, nothing else
        ({("a", 1): "x", ("b", 1): "y", ("c", 1): "z"}, (0, 0, 1)),  # the gold pair missed
        ({("a", 1): "x", ("b", 1): "x", ("c", 1): "x"}, (1, 2, 0)),  # c merged in wrongly
        ({("a", 1): "x", ("a", 2): "x"}, (0, 0, 0)),  # a pair inside a non-exhaustive article is not judged
        ({("b", 1): "x", ("b", 2): "x"}, (0, 1, 0)),  # inside an exhaustive article it is
    ],
)
def test_dedup_eval_score_pairs(predicted, expected):
    gold = GoldClusters(label={("a", 1): "g", ("b", 1): "g"}, exhaustive={"b"})
    pairs = score_pairs(predicted, gold).pairs
    assert (pairs.tp, pairs.fp, pairs.fn) == expected


def test_dedup_eval_example_stories(nlp, records):
    """The four story groups: extracted and gold events, clustered, scored against examples/clusters.yaml."""
    from dedup_eval import evaluate

    from tidings.analysis.dedup import ClusterSettings
    from tidings.api import extract_many
    from tidings.evaluation.metrics import gold_articles

    stories = [r for r in records if r["file"][:3] in {f"{g}0{n}" for g in "abcd" for n in (1, 2, 3)}]
    gold = load_gold_clusters(ROOT / "examples" / "clusters.yaml", stories)
    documents = {d.id: d for d in extract_many(gold_articles(stories), nlp=nlp)}
    result = evaluate(stories, documents, gold, ClusterSettings())
    extracted, oracle = result["extracted"]["pairs"], result["oracle"]["pairs"]
    assert extracted["precision"] >= 0.85 and extracted["recall"] >= 0.3
    assert oracle["precision"] >= 0.75 and oracle["recall"] >= 0.6
    assert result["extracted"]["clusters"]["multi_article"] >= 8
