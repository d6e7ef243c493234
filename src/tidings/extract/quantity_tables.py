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


class PhraseTable(dict):
    """A dict keyed by word tuples that also knows the set of first words, for fast rejection."""

    def __init__(self, items):
        super().__init__(items)
        self.first_words = frozenset(key[0] for key in self)


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

    prefix_symbols: tuple[tuple[str, str], ...]  # glued currency prefixes ("US$84.50"), longest first
    starters: frozenset[str]  # lower-case words a number expression can start with

    def may_start(self, text: str) -> bool:
        """Cheap test before parsing: a digit, a currency prefix or a number word."""
        return text[:1].isdigit() or text.lower() in self.starters or any(text.startswith(s) for s, _ in self.prefix_symbols)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(_FOLDER[0]).joinpath(_FOLDER[1], name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def phrase_key(phrase: str, *, lower: bool = True) -> tuple[str, ...]:
    words = phrase.split()
    return tuple(w.lower() for w in words) if lower else tuple(words)


def _prefix_symbols(currencies: dict[tuple[str, ...], Currency]) -> tuple[tuple[str, str], ...]:
    found = [(k[0], c.code) for k, c in currencies.items() if len(k) == 1 and c.position in ("prefix", "both")]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def load_quantity_tables() -> QuantityTables:
    numbers = {r["word"]: NumberWord(float(r["value"]), r["kind"]) for r in _rows("number_words.csv")}
    vague = PhraseTable(
        (phrase_key(r["phrase"]), Vague(float(r["low"]), float(r["value"]), float(r["high"]), r["needs"]))
        for r in _rows("vague.csv")
    )
    fractions = PhraseTable((phrase_key(r["phrase"].replace("-", " ")), float(r["percent"])) for r in _rows("fractions.csv"))
    currencies = PhraseTable(
        (phrase_key(r["surface"], lower=False), Currency(r["code"], r["position"])) for r in _rows("currencies.csv")
    )
    starters = {"a", "an", *numbers, *(k[0] for k in vague), *(k[0] for k in fractions)}
    starters |= {w + "s" for w in numbers}  # "hundreds", "thousands", "tens"
    return QuantityTables(
        numbers=numbers,
        suffixes={r["suffix"]: float(r["value"]) for r in _rows("scale_suffixes.csv")},
        vague=vague,
        modifiers={phrase_key(r["phrase"]): r["effect"] for r in _rows("modifiers.csv")},
        units=PhraseTable((phrase_key(r["surface"], lower=False), Unit(r["unit"], r["kind"])) for r in _rows("units.csv")),
        currencies=currencies,
        name_prefixes=frozenset(r["word"] for r in _rows("name_prefixes.csv")),
        not_after={r["word"].lower(): r["applies"] for r in _rows("not_after.csv")},
        date_words=frozenset(r["word"] for r in _rows("date_words.csv")),
        fractions=fractions,
        prefix_symbols=_prefix_symbols(currencies),
        starters=frozenset(starters),
    )
