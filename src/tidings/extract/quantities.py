"""Numbers with what they count, their unit, range and change.

A quantity is a number expression (digits, words, scales, vague amounts; see
``quantity_numbers``) widened to its approximator ("almost", "more than"), currency
("$", "euros"), unit ("percent", "km", "tonnes", "months"), range ("between 10 and 20",
"10 to 20") or change ("from 15 to 25 percent", "to 25% from 30%"). Years, dates, times,
ages, ordinals and numbers that are part of names ("Resolution 2231", "CSI 300") are not
quantities. Conventions follow examples/ANNOTATION.md: the span covers the number with its
unit or currency, not the counted noun, which goes to ``about``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from tidings.extract.quantity_about import counted_noun
from tidings.extract.quantity_filters import rejected
from tidings.extract.quantity_numbers import NumberRun, read_number
from tidings.extract.quantity_tables import QuantityTables, load_quantity_tables
from tidings.extract.quantity_units import UnitMatch, match_currency_before, match_unit_after
from tidings.models import Quantity

_RANGE_JOINERS = {"to", "-", "–", "—", "or"}


@dataclass
class _Side:
    """One number with its own approximator, currency and unit."""

    run: NumberRun
    start: int  # first token, approximator and currency included
    end: int  # one past the last token, unit included
    effect: str | None = None  # approx | low | high
    unit: UnitMatch | None = None


def extract_quantities(doc: Doc) -> list[Quantity]:
    tables = load_quantity_tables()
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        result = _quantity_at(doc, i, tables)
        if result is None:
            i += 1
            continue
        quantity, i = result
        if quantity is not None:
            found.append(quantity)
    return found


def _quantity_at(doc: Doc, i: int, tables: QuantityTables) -> tuple[Quantity | None, int] | None:
    """(quantity or None if rejected, next token index) for a number starting at ``i``."""
    if not tables.may_start(doc[i].text):
        return None
    run = read_number(doc, i, tables)
    if run is None:
        return None
    first = _side(doc, run, tables, left_limit=0)
    second, kind = _second_side(doc, first, tables)
    sides = [first] + ([second] if second else [])
    _share_units(sides)
    start, end = sides[0].start, sides[-1].end
    if kind in ("change", "range") and doc[start - 1].lower_ in ("from", "between") and start > 0:
        start -= 1
    if kind == "reverse_change" and start > 0 and doc[start - 1].lower_ == "to":
        start -= 1
    unit = sides[-1].unit or sides[0].unit
    if kind == "tally" or rejected(doc, first.run, unit, tables, span=(start, end)):
        return None, max(end, i + 1)
    return _record(doc, sides, kind, unit, start, end), end


def _side(doc: Doc, run: NumberRun, tables: QuantityTables, *, left_limit: int) -> _Side:
    side = _Side(run=run, start=run.start, end=run.end)
    currency = match_currency_before(doc, run.start, tables)
    if currency is not None and currency.start >= left_limit:
        side.unit, side.start = currency, currency.start
    if run.currency:
        side.unit = UnitMatch(unit=run.currency, kind="currency", start=run.start, end=run.start)
    if run.glued_unit:
        side.unit = UnitMatch(unit=run.glued_unit, kind=_kind_of(run.glued_unit, tables), start=run.end, end=run.end)
    after = match_unit_after(doc, run.end, tables, scaled=run.has_scale)
    if after is not None and (side.unit is None or side.unit.kind != "currency"):
        side.unit, side.end = after, after.end
    modifier = _modifier_before(doc, side.start, tables, left_limit=left_limit)
    if modifier is not None:
        side.effect, side.start = modifier
    if run.approximate and side.effect is None:
        side.effect = "vague"
    return side


def _kind_of(unit: str, tables: QuantityTables) -> str:
    return next((entry.kind for entry in tables.units.values() if entry.unit == unit), "other")


def _modifier_before(doc: Doc, i: int, tables: QuantityTables, *, left_limit: int) -> tuple[str, int] | None:
    """The longest approximator ending right before token ``i`` ("more than", "about")."""
    for n in (3, 2, 1):
        start = i - n
        if start >= left_limit:
            effect = tables.modifiers.get(tuple(t.lower_ for t in doc[start:i]))
            if effect is not None:
                return effect, start
    return None


def _second_side(doc: Doc, first: _Side, tables: QuantityTables) -> tuple[_Side | None, str]:
    """The other end of "between A and B", "from A to B", "A to B", "A-B", "to A from B"."""
    j = first.end
    if j + 1 >= len(doc):
        return None, "single"
    joiner = doc[j].lower_
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    kind = None
    if before == "between" and joiner == "and":
        kind = "range"
    elif before == "from" and joiner == "to":
        kind = "change"
    elif before == "to" and joiner == "from":
        kind = "reverse_change"
    elif joiner in _RANGE_JOINERS and before not in ("from", "to"):
        kind = "range"
    if kind is None:
        return None, "single"
    second = _read_side_at(doc, j + 1, tables)
    if second is None or (joiner == "or" and first.run.words_only != second.run.words_only):
        return None, "single"
    if first.unit is not None and second.unit is not None and first.unit.unit != second.unit.unit:
        return None, "single"
    if kind == "range" and second.run.value < first.run.value:
        return second, "tally"  # "a 5-4 ruling", "won 2-1", "voted 12 to 3": not an amount
    return second, kind


def _read_side_at(doc: Doc, k: int, tables: QuantityTables) -> _Side | None:
    """A number starting at ``k`` after an optional approximator or currency."""
    for skip in range(0, 4):
        if k + skip >= len(doc):
            return None
        run = read_number(doc, k + skip, tables)
        if run is not None:
            side = _side(doc, run, tables, left_limit=k)
            return side if side.start == k else None
    return None


def _share_units(sides: list[_Side]) -> None:
    """"between 2 and 3 million euros": the scale and unit of one end apply to the other."""
    if len(sides) != 2:
        return
    a, b = sides
    if not a.run.has_scale and b.run.has_scale and a.run.value < 1000 <= b.run.scale:
        a.run = replace(a.run, value=a.run.value * b.run.scale, has_scale=True)
    if a.unit is None and b.unit is not None:
        a.unit = b.unit
    if b.unit is None and a.unit is not None:
        b.unit = a.unit


def _record(doc: Doc, sides: list[_Side], kind: str, unit: UnitMatch | None, start: int, end: int) -> Quantity:
    a = sides[0]
    value, low, high, previous = a.run.value, a.run.low, a.run.high, None
    approximate = a.effect is not None
    if a.effect == "low":
        low = value
    elif a.effect == "high":
        high = value
    if len(sides) == 2:
        b = sides[1]
        if kind == "range":
            low, high = a.run.value, b.run.value
            value = (low + high) / 2
            approximate = approximate or b.effect is not None
        else:
            value, previous = b.run.value, a.run.value
            if kind == "reverse_change":
                value, previous = a.run.value, b.run.value
            approximate = (b if kind == "change" else a).effect is not None
            low = high = None
    span = doc[start:end]
    unit_name = unit.unit if unit is not None else None
    return Quantity(
        text=span.text, start=span.start_char, end=span.end_char, value=value, low=low, high=high,
        previous=previous, unit=unit_name, about=counted_noun(doc, end, unit), approximate=approximate,
    )
