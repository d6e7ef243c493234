"""Data behind the quote extractor (``ontology/data/quotes/*.csv``): cue verbs and the nouns
that carry someone's words ("a ministry statement said")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class QuoteTables:
    cue_verbs: frozenset[str]  # lemmas: say, tell, warn, write, report...
    medium_nouns: frozenset[str]  # statement, notice, report...
    person_nouns: frozenset[str]  # official, diplomat, analyst...: unnamed people


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tidings.ontology").joinpath("data/quotes", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def load_quote_tables() -> QuoteTables:
    return QuoteTables(
        cue_verbs=frozenset(r["lemma"] for r in _rows("cue_verbs.csv")),
        medium_nouns=frozenset(r["word"] for r in _rows("medium_nouns.csv")),
        person_nouns=frozenset(r["word"] for r in _rows("person_nouns.csv")),
    )
