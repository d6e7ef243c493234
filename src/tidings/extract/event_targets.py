"""Targets the clause leaves implicit, filled in after every event of the article is coded.

- Anaphoric objects: "Moscow rejected [the allegations]", "The Kremlin welcomed [the
  decision]" — the target is the source of the event the noun refers back to: the event
  named by that very noun when it is a trigger, else the latest earlier event by someone else.
- Places attacked or visited: "shelled residential areas of [Kharkiv]", "a visit to [Warsaw]"
  — the place's country stands for the target.
- Protest is aimed at the protesters' own government unless the clause names a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, conjuncts, direct_object, preps
from tidings.models import Actor, Event

_ANAPHOR_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
_PLACE_PREPS = frozenset({"to", "in", "on", "at", "near", "into", "of", "across", "around"})


def complete_targets(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    by_trigger = {e.trigger.start: e for e in events}
    out = []
    for event, cand in zip(events, cands):
        if not event.target:
            target = (
                _anaphoric(event, cand, index, events, by_trigger)
                or _place_target(event, cand, index)
                or _own_government(event)
            )
            if target:
                event = event.model_copy(update={"target": target})
        out.append(event)
    return out


def _codes(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.code or a.country or "" for a in actors)


def _anaphoric(event: Event, cand: Candidate, index: EventIndex, events, by_trigger) -> list[Actor]:
    if event.type not in _ANAPHOR_TYPES or cand.entry.pos != "verb":
        return []
    obj = direct_object(cand.token)
    if obj is None or not _definite_reference(obj, index):
        return []
    named = by_trigger.get(obj.idx)
    if named is not None and named.source and _codes(named.source) != _codes(event.source):
        return list(named.source)
    if named is None and not index.tables.classes.get("anaphor", frozenset()) & {obj.lemma_.lower(), obj.lower_}:
        return []
    mine = _codes(event.source)
    earlier = [e for e in events if e.trigger.start < event.trigger.start and e.source and _codes(e.source) != mine]
    return list(earlier[-1].source) if earlier else []


def _definite_reference(obj: Token, index: EventIndex) -> bool:
    if any(index.actor(t) is not None for t in obj.subtree):
        return False
    return any(ch.dep_ in ("det", "poss") and ch.lower_ in _DEFINITE for ch in obj.children)


def _place_target(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    if event.type == "ASSAULT" or (event.type == "COERCE" and event.mode == "seize"):
        tokens = _object_tokens(cand.token)
    elif event.type == "CONSULT" and event.mode == "visit":
        tokens = _object_tokens(cand.token)
    else:
        return []
    for tok in tokens:
        place = index.place(tok)
        if place is not None and place.country and place.country not in _codes(event.source):
            return [Actor(text=place.text, start=place.start, end=place.end, name=place.name, kind="country", country=place.country)]
    return []


def _object_tokens(trigger: Token) -> list[Token]:
    """Words of the trigger's object and of its place phrases, nearest first."""
    heads: list[Token] = []
    if trigger.pos_ in VERB_POS:
        obj = direct_object(trigger)
        heads += conjuncts(obj) if obj is not None else []
    heads += [g for p, g in preps(trigger) if p in _PLACE_PREPS]
    out: list[Token] = []
    for h in heads:
        out += sorted(h.subtree, key=lambda t: abs(t.i - trigger.i))
    return out


def _own_government(event: Event) -> list[Actor]:
    if event.type != "PROTEST" or not event.source:
        return []
    return [a for a in event.source if a.country]
