"""Units and currencies next to a number: "$" before it, "percent", "km", "euros" after it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.extract.quantity_numbers import match_phrase
from tidings.extract.quantity_tables import QuantityTables

@dataclass(frozen=True)
class UnitMatch:
    unit: str  # "percent", "km", ISO currency code
    kind: str  # percent | length | mass | time | currency | ...
    start: int  # first token of the unit words
    end: int  # one past the last token


def match_currency_before(doc: Doc, i: int, tables: QuantityTables) -> UnitMatch | None:
    """A currency symbol or code right before token ``i`` ("$", "US$", "€", "USD")."""
    if i == 0:
        return None
    tok = doc[i - 1]
    currency = tables.currencies.get((tok.text,))
    if currency is None or currency.position not in ("prefix", "both"):
        return None
    return UnitMatch(unit=currency.code, kind="currency", start=i - 1, end=i)


def match_unit_after(doc: Doc, j: int, tables: QuantityTables, *, scaled: bool) -> UnitMatch | None:
    """The longest unit or currency phrase starting at token ``j`` (after an optional glued hyphen)."""
    if j < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_:
        found = _longest_unit(doc, j + 1, tables, scaled=scaled)
        return UnitMatch(found.unit, found.kind, j, found.end) if found else None
    return _longest_unit(doc, j, tables, scaled=scaled)


def _longest_unit(doc: Doc, j: int, tables: QuantityTables, *, scaled: bool) -> UnitMatch | None:
    for lower in (False, True):
        found = match_phrase(doc, j, tables.currencies, lower=lower)
        if found is not None and _currency_fits(tables.currencies[found[0]].position, scaled=scaled):
            return UnitMatch(tables.currencies[found[0]].code, "currency", j, found[1])
        found = match_phrase(doc, j, tables.units, lower=lower)
        if found is not None:
            unit = tables.units[found[0]]
            return UnitMatch(unit.unit, unit.kind, j, found[1])
    return None


def _currency_fits(position: str, *, scaled: bool) -> bool:
    if position == "scaled_suffix":
        return scaled
    return position in ("suffix", "both")
