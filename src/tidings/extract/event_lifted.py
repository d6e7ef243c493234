"""The measure a lifting told as done ends has the lifting's participants (ANNOTATION.md,
Conventions of 2026-11-28, rule 5): "Washington lifted most sanctions on Syria" → RETREAT USA →
SYR and SANCTION USA → SYR; "Dhaka lifted a ban on the Jamaat-e-Islami party" → CONCEDE and
COERCE, both by Bangladesh on Bangladesh.

The measure noun is kept as its own event by ``event_same_act``; here a side it leaves empty is
taken from the lifting, and a target the lifting leaves empty from the measure.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.models import Event

__all__ = ["share_lifted_sides"]


def share_lifted_sides(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    vocab = index.tables.vocab
    by_token = {c.token.i: n for n, c in enumerate(cands)}
    out = list(events)
    for n, (measure, c) in enumerate(zip(events, cands)):
        if measure.type not in vocab("lifted_measure_types") or c.entry.pos != "noun":
            continue
        lift = by_token.get(_lifting_verb(c.token).i)
        if lift is None or out[lift].type not in vocab("lifting") or out[lift].status == "negated":
            continue
        lifting = out[lift]
        update = {}
        if not measure.source and lifting.source:
            update["source"] = lifting.source
        if not measure.target and lifting.target:
            update["target"] = lifting.target
        if update:
            out[n] = measure = measure.model_copy(update={**update, "rule": (measure.rule or "") + "; sides: those of its lifting"})
        if measure.target and not lifting.target:
            out[lift] = lifting.model_copy(update={"target": measure.target, "rule": (lifting.rule or "") + "; target: that of the measure lifted"})
    return out


def _lifting_verb(noun: Token) -> Token:
    """'lifted [its ban]', '[sanctions] were lifted', 'lifted the [arms] embargo'."""
    t = noun.head if noun.dep_ == "compound" else noun
    return t.head if t.dep_ in ("dobj", "nsubjpass") else t
