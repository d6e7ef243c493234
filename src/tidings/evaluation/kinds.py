"""Event errors counted by kind, for ``tidings eval --kinds``: where the event F1 is lost.

Counts only, never the sentences, so it can be run on a held-out set without reading it.
Matching is the one ``tidings eval`` uses (same sentence, same type, nearest trigger).

- A **missed** gold event is one of: no event predicted in its sentence; another type predicted
  at its trigger (a type confusion, counted per gold → predicted pair); or other events predicted
  in the sentence but none at its trigger (a second event of the sentence lost).
- A **dyad error** (type matched, source or target codes differ) is counted per side: ``missing``
  (nothing predicted), ``extra`` (the gold side is empty), ``wrong`` (disjoint codes), ``partial``
  (overlapping codes), each marked ``not in sentence`` when no actor mention of the sentence
  carries a gold code, i.e. the actor was not found there at all; or ``swapped`` (source and
  target exchanged).
- A **spurious** event is one of: another type at a gold trigger; an extra event in a sentence
  with gold events; an event in a sentence with no gold event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tidings.evaluation.matching import overlap
from tidings.evaluation.metrics import _codes, _sentence_of, match_events
from tidings.models import Document, Event

__all__ = ["ErrorKinds", "error_kinds", "side_kind"]


@dataclass
class ErrorKinds:
    missed: Counter = field(default_factory=Counter)
    confusions: Counter = field(default_factory=Counter)  # (gold type, predicted type) at the trigger
    dyad: Counter = field(default_factory=Counter)  # (source kind, target kind), or ("swapped",)
    spurious: Counter = field(default_factory=Counter)

    def add(self, other: "ErrorKinds") -> None:
        for name in ("missed", "confusions", "dyad", "spurious"):
            getattr(self, name).update(getattr(other, name))

    def as_dict(self) -> dict:
        def pairs(c: Counter) -> list[dict]:
            return [{"kind": list(k), "count": n} for k, n in c.most_common()]

        return {"missed": dict(self.missed.most_common()), "confusions": pairs(self.confusions),
                "dyad": pairs(self.dyad), "spurious": dict(self.spurious.most_common())}


def side_kind(gold: frozenset[str], predicted: frozenset[str], in_sentence: frozenset[str]) -> str:
    """How one side of a dyad went wrong ('ok' when it did not)."""
    if gold == predicted:
        return "ok"
    if not gold:
        return "extra"
    kind = "missing" if not predicted else ("partial" if gold & predicted else "wrong")
    return kind if gold & in_sentence else f"{kind} (not in sentence)"


def _sentence_codes(doc: Document, sentence: int) -> frozenset[str]:
    span = doc.sentences[sentence] if sentence < len(doc.sentences) else None
    if span is None:
        return frozenset()
    return _codes([a for a in doc.actors if span.start <= a.start < span.end])


def _missed_kind(g: dict, doc: Document, kinds: ErrorKinds) -> str:
    sentence = _sentence_of(doc, g["trigger"]["start"])
    nearby = [p for p in doc.events if p.sentence == sentence]
    at = [p for p in nearby if overlap(p.trigger.start, p.trigger.end, g["trigger"]["start"], g["trigger"]["end"]) > 0]
    if at:
        kinds.confusions[(g["type"], at[0].type)] += 1
        return "another type at the trigger"
    return "other events in the sentence, none at the trigger" if nearby else "no event in the sentence"


def _spurious_kind(p: Event, gold: list[dict], doc: Document) -> str:
    here = [g for g in gold if _sentence_of(doc, g["trigger"]["start"]) == p.sentence]
    if any(overlap(p.trigger.start, p.trigger.end, g["trigger"]["start"], g["trigger"]["end"]) > 0 for g in here):
        return "another type at a gold trigger"
    return "extra event in a sentence with gold events" if here else "event in a sentence with no gold event"


def _dyad_kind(g: dict, p: Event, doc: Document) -> tuple[str, ...] | None:
    source, target = frozenset(g.get("source") or []), frozenset(g.get("target") or [])
    got_source, got_target = _codes(p.source), _codes(p.target)
    if (source, target) == (got_source, got_target):
        return None
    if (source, target) == (got_target, got_source):
        return ("swapped",)
    present = _sentence_codes(doc, p.sentence)
    return side_kind(source, got_source, present), side_kind(target, got_target, present)


def article_kinds(gold: list[dict], doc: Document) -> ErrorKinds:
    """The error kinds of one article's events."""
    kinds = ErrorKinds()
    matches = match_events(gold, doc)
    for g in matches.missed:
        kinds.missed[_missed_kind(g, doc, kinds)] += 1
    for g, p in matches.pairs:
        kind = _dyad_kind(g, p, doc)
        if kind:
            kinds.dyad[kind] += 1
    for p in matches.spurious:
        kinds.spurious[_spurious_kind(p, gold, doc)] += 1
    return kinds


def error_kinds(records: list[dict], documents: dict[str, Document]) -> ErrorKinds:
    """Event error kinds over gold records (those that annotate events), Documents by article id."""
    total = ErrorKinds()
    for record in records:
        if "events" not in record:
            continue
        doc = documents.get(record["id"]) or Document(id=record["id"], text=record["text"])
        total.add(article_kinds(record["events"] or [], doc))
    return total
