"""The benchmark corpus generator: varied, valid, deterministic articles from the example corpus."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from tidings.ingest.jsonl import parse_jsonl_line

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_corpus  # noqa: E402

CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="module")
def generated() -> list[dict]:
    return list(generate_corpus.generate(120, corpus=CORPUS, seed=3))


def test_generate_corpus_articles_are_distinct(generated):
    sources = {s.paragraphs[0] + "".join(s.paragraphs[1:]) for s in generate_corpus.load_sources(CORPUS)}
    texts = [a["text"] for a in generated]
    assert len(set(texts)) == len(texts) == 120
    assert len({a["id"] for a in generated}) == 120
    assert not any(t.replace("\n\n", "") in sources for t in texts)


def test_generate_corpus_lines_read_as_articles(generated):
    for n, record in enumerate(generated):
        article = parse_jsonl_line(json.dumps(record), where=f"gen:{n}")
        assert article.id == record["id"] and article.published == record["published"]
        assert 150 < len(article.text.split()) < 1500


def test_generate_corpus_is_deterministic(generated):
    again = list(generate_corpus.generate(5, corpus=CORPUS, seed=3))
    other = list(generate_corpus.generate(5, corpus=CORPUS, seed=4))
    assert again == generated[:5]
    assert [a["text"] for a in other] != [a["text"] for a in again]


def test_generate_corpus_swaps_countries_consistently():
    countries = generate_corpus.load_countries()
    sources = [generate_corpus.Source("Germany and France", generate_corpus.dt.date(2026, 5, 4),
                                      ["BERLIN — Germany said German troops stay in Berlin. France agreed."])]
    varier = generate_corpus.Varier(sources, countries, seed=1, replace=0.0, shuffle=0.0)
    text = varier.article(0)["text"]
    assert "Germany" not in text and "German " not in text and "France" not in text
    new = next(c for c in countries if text.startswith(f"BERLIN — {c.name} said "))
    assert f"{new.demonyms[0]} troops stay in {new.capital}." in text


@pytest.mark.parametrize(
    "text, unchanged",
    [
        ("BERLIN, May 4, 2026 —", True),
        ("on 4 May 2026", True),
        ("F-35 jets at the G7", True),
        ("the 2020 order", True),
        ("5,000 troops", False),
        ("2.1 percent", False),
    ],
)
def test_generate_corpus_vary_numbers(text, unchanged):
    varied = [generate_corpus.vary_numbers(text, random.Random(seed)) for seed in range(5)]
    assert all(v == text for v in varied) is unchanged
    assert all(v.count(",") == text.count(",") for v in varied)
