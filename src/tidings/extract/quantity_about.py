"""The counted noun of a quantity: "5,000 US troops" → "troops", "thousands of drones" → "drones"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.extract.quantity_units import UnitMatch

_NO_NOUN_KINDS = {"currency", "percent", "time", "power", "energy", "temperature"}
_SKIPPABLE_POS = {"ADJ", "NOUN", "PROPN", "NUM", "ADV"}
_WINDOW = 5
_COUNTRY_LABELS = {"GPE", "NORP"}


def counted_noun(doc: Doc, end: int, unit: UnitMatch | None) -> str | None:
    """The noun a quantity counts, as written, or None (money, percentages, durations)."""
    if unit is not None and unit.kind in _NO_NOUN_KINDS:
        return None
    if end >= len(doc):
        return None
    if doc[end].lower_ == "of":
        head = _object_of(doc[end])
    elif unit is None:
        head = _noun_after(doc, end)
    else:
        head = None
    return _noun_phrase(doc, head, end) if head is not None else None


def _object_of(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _noun_after(doc: Doc, end: int) -> Token | None:
    """The head noun of the noun phrase the number begins, within a few tokens."""
    for tok in doc[end : min(len(doc), end + _WINDOW)]:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "nmod", "poss"):
            return tok
        if tok.pos_ not in _SKIPPABLE_POS and tok.text != "-":
            return None
    return None


def _noun_phrase(doc: Doc, head: Token, end: int) -> str:
    """Head noun with its contiguous compound modifiers (not country names) and bare conjuncts."""
    first = head.i
    while first - 1 >= end and doc[first - 1].dep_ == "compound" and doc[first - 1].ent_type_ not in _COUNTRY_LABELS:
        first -= 1
    last = head.i
    for conj in sorted(head.conjuncts, key=lambda t: t.i):
        if conj.i > last and not _counted_separately(doc, last, conj):
            last = conj.i
    return doc[first : last + 1].text


def _counted_separately(doc: Doc, last: int, conj: Token) -> bool:
    """"5,000 troops and 200 tanks": the second noun has its own number."""
    between = doc[last + 1 : conj.i]
    return any(t.pos_ in ("NUM", "DET") or t.like_num for t in between) or any(
        c.dep_ in ("nummod", "quantmod", "det") or c.like_num for c in conj.children
    )
