"""The example corpus and its gold stay usable: enough articles, every type, gold in sync."""

from collections import Counter

import pytest

from paths import EXAMPLES
from tidings.evaluation.annotations import build_gold, dumps_gold
from tidings.evaluation.metrics import load_gold

GOLD = load_gold(EXAMPLES / "gold.jsonl")


def test_corpus_gold_is_built_from_the_annotations():
    records, errors = build_gold(EXAMPLES)
    assert errors == []
    assert dumps_gold(records) == (EXAMPLES / "gold.jsonl").read_text(encoding="utf-8"), "run: make gold"


def test_corpus_has_forty_articles_of_news_length():
    assert len(GOLD) >= 40
    for record in GOLD:
        assert 300 <= len(record["text"].split()) <= 900, record["file"]


def test_corpus_covers_every_plover_type_several_times():
    counts = Counter(e["type"] for r in GOLD for e in r["events"])
    assert len(counts) == 16
    assert min(counts.values()) >= 5


@pytest.mark.parametrize("section", ["events", "quotes", "quantities", "places"])
def test_corpus_gold_offsets_point_at_their_text(section):
    for record in GOLD:
        for item in record[section]:
            span = item["trigger"] if section == "events" else item
            assert record["text"][span["start"]:span["end"]] == span["text"]


def test_corpus_quotes_include_every_kind_and_unnamed_speakers():
    quotes = [q for r in GOLD for q in r["quotes"]]
    assert {q["kind"] for q in quotes} == {"direct", "indirect", "mixed"}
    assert any(q.get("speaker") is None for q in quotes)
