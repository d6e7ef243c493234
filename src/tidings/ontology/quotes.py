"""Tables of the quote extractor (data/quotes/, sources in data/quotes/README.md).

The cue verbs are the shared reporting verbs (``tidings.ontology.speech``); the nouns are the
quote extractor's own: media that carry someone's words and words for unnamed people.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.ontology.csvfiles import read_csv
from tidings.ontology.speech import load_reporting_verbs


@dataclass(frozen=True)
class QuoteTables:
    cue_verbs: frozenset[str]  # lemmas: say, tell, warn, write, report...
    medium_nouns: frozenset[str]  # statement, notice, report...
    person_nouns: frozenset[str]  # official, diplomat, analyst...: unnamed people


def _words(name: str) -> frozenset[str]:
    return frozenset(r["word"] for r in read_csv(f"quotes/{name}"))


@lru_cache(maxsize=1)
def load_quote_tables() -> QuoteTables:
    return QuoteTables(
        cue_verbs=load_reporting_verbs().lemmas,
        medium_nouns=_words("medium_nouns.csv"),
        person_nouns=_words("person_nouns.csv"),
    )
