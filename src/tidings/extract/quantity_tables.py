"""The data tables behind the quantity extractor (``ontology/data/quantities/*.csv``).

Number words, scale suffixes ("bn", "m"), vague amounts ("several hundred", "thousands of"),
approximators ("about", "more than"), units, currencies and words after which a number is
part of a name ("Resolution 2231"). See that folder's README for sources.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_FOLDER = ("tidings.ontology", "data/quantities")


@dataclass(frozen=True)
class NumberWord:
    value: float
    kind: str  # small | hundred | scale | dozen | half


@dataclass(frozen=True)
class Vague:
    low: float
    value: float
    high: float
    needs: str  # scale | of | any | plural_scale


@dataclass(frozen=True)
class Unit:
    unit: str
    kind: str


@dataclass(frozen=True)
class Currency:
    code: str
    position: str  # prefix | suffix | both | scaled_suffix


@dataclass(frozen=True)
class QuantityTables:
    numbers: dict[str, NumberWord]
    suffixes: dict[str, float]
    vague: dict[tuple[str, ...], Vague]
    modifiers: dict[tuple[str, ...], str]
    units: dict[tuple[str, ...], Unit]
    currencies: dict[tuple[str, ...], Currency]
    name_prefixes: frozenset[str]
    not_after: dict[str, str]  # word → "any" | "time" (only after a duration)
    date_words: frozenset[str]
    fractions: dict[tuple[str, ...], float]  # "a third" → 33.33 (percent)

    @property
    def prefix_symbols(self) -> list[tuple[str, str]]:
        """Currency symbols that may be glued to a number ("US$84.50"), longest first."""
        found = [(k[0], c.code) for k, c in self.currencies.items() if len(k) == 1 and c.position in ("prefix", "both")]
        return sorted(found, key=lambda item: -len(item[0]))


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(_FOLDER[0]).joinpath(_FOLDER[1], name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def phrase_key(phrase: str, *, lower: bool = True) -> tuple[str, ...]:
    words = phrase.split()
    return tuple(w.lower() for w in words) if lower else tuple(words)


@lru_cache(maxsize=1)
def load_quantity_tables() -> QuantityTables:
    return QuantityTables(
        numbers={r["word"]: NumberWord(float(r["value"]), r["kind"]) for r in _rows("number_words.csv")},
        suffixes={r["suffix"]: float(r["value"]) for r in _rows("scale_suffixes.csv")},
        vague={
            phrase_key(r["phrase"]): Vague(float(r["low"]), float(r["value"]), float(r["high"]), r["needs"])
            for r in _rows("vague.csv")
        },
        modifiers={phrase_key(r["phrase"]): r["effect"] for r in _rows("modifiers.csv")},
        units={phrase_key(r["surface"], lower=False): Unit(r["unit"], r["kind"]) for r in _rows("units.csv")},
        currencies={phrase_key(r["surface"], lower=False): Currency(r["code"], r["position"]) for r in _rows("currencies.csv")},
        name_prefixes=frozenset(r["word"] for r in _rows("name_prefixes.csv")),
        not_after={r["word"].lower(): r["applies"] for r in _rows("not_after.csv")},
        date_words=frozenset(r["word"] for r in _rows("date_words.csv")),
        fractions={phrase_key(r["phrase"].replace("-", " ")): float(r["percent"]) for r in _rows("fractions.csv")},
    )
