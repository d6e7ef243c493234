"""What looks like a number but is not a quantity: years, dates, times, ages, ordinals, names."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tidings.extract.quantity_numbers import NumberRun
from tidings.extract.quantity_tables import QuantityTables
from tidings.extract.quantity_units import UnitMatch

_NAME_LABELS = {"LAW", "ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "PERSON", "GPE", "LOC", "NORP", "ORDINAL"}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)s?$")
_STRONG_UNITS = {"currency", "percent"}
_DEFINITE = {"the", "these", "those", "both"}


def rejected(doc: Doc, run: NumberRun, unit: UnitMatch | None, tables: QuantityTables, *, span: tuple[int, int]) -> bool:
    """True when the number at ``run`` (quantity tokens ``span``) is not a quantity."""
    start, end = span
    unit_kind = unit.kind if unit is not None else None
    if run.needs_modifier and start == run.start:
        return True
    labels = {t.ent_type_ for t in doc[run.start : run.end]}
    if labels & _NAME_LABELS and unit_kind not in _STRONG_UNITS:
        return True
    if unit_kind not in _STRONG_UNITS and _date_like(doc, run, labels, tables):
        return True
    return (
        (start == run.start and _named_number(doc, start, unit, tables))
        or _followed_by_marker(doc, start, end, unit_kind, tables)
        or (run.words_only and unit is None and start == run.start and _pronoun_like(doc, run, start))
    )


def _date_like(doc: Doc, run: NumberRun, labels: set[str], tables: QuantityTables) -> bool:
    """A year, a day of a month, a clock time. spaCy's DATE label alone is not trusted: the
    small model also gives it to ranges ("between 50 and 90") and durations."""
    if "TIME" in labels and run.glued_unit is None:
        return not _is_duration(doc, run, tables)
    if run.end - run.start == 1 and _YEAR.match(doc[run.start].text) and not run.has_scale:
        return True
    window = doc[max(0, run.start - 1) : min(len(doc), run.end + 1)]
    return any(t.text in tables.date_words for t in window) and run.value <= 31 and not run.has_scale


def _is_duration(doc: Doc, run: NumberRun, tables: QuantityTables) -> bool:
    return run.end < len(doc) and (doc[run.end].lower_,) in tables.units


def _named_number(doc: Doc, start: int, unit: UnitMatch | None, tables: QuantityTables) -> bool:
    """"Resolution 2231", "Air Base 101", "CSI 300 index", "Su-35", "2026-05-13"."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.text in tables.name_prefixes or (start >= 2 and doc[start - 2].text + prev.text in tables.name_prefixes):
        return True  # "Resolution 2231", "No. 10"
    if prev.text in ("-", "/", ".", ":") and not prev.whitespace_ and start >= 2 and not doc[start - 2].whitespace_:
        return True
    if unit is not None or prev.is_sent_start or prev.i == 0:
        return False
    return prev.pos_ in ("PROPN", "NOUN") and (prev.is_title or prev.is_upper) and prev.text not in tables.date_words


def _followed_by_marker(doc: Doc, start: int, end: int, unit_kind: str | None, tables: QuantityTables) -> bool:
    """"two years ago", "6 o'clock", "two weeks after" (but "for five days after")."""
    for tok in doc[end : min(len(doc), end + 2)]:
        if tok.text == "-":
            continue
        applies = tables.not_after.get(tok.lower_)
        if applies == "time":
            return unit_kind == "time" and not (start > 0 and doc[start - 1].lower_ in ("for", "within"))
        return applies == "any"
    return False


def _pronoun_like(doc: Doc, run: NumberRun, start: int) -> bool:
    """"one of them", "one diplomat said", "the two sides", "two-way": a spelled-out number
    that counts nothing new (a pair already named is referred to, not counted)."""
    if run.has_scale or run.approximate:
        return False
    if run.value == 1 or (run.value == 2 and start > 0 and doc[start - 1].lower_ in _DEFINITE):
        return True
    if run.end < len(doc) and doc[run.end].text == "-" and not doc[run.end - 1].whitespace_:
        return True  # "two-way"
    last = doc[run.end - 1]
    return not (last.dep_ in ("nummod", "compound", "quantmod") and last.head.i >= run.end and last.head.pos_ in ("NOUN", "PROPN"))
