"""Whom stopping or seizing a vessel is aimed at when the vessel's own words state no country.

- :func:`carried_people`: the people it carries, when their words state a country: "the coast
  guard intercepted a boat carrying 60 Cuban migrants" is aimed at Cuba, not at the islands it was
  stopped off.
- :func:`unclaimed_vessel`: a vessel whose people are migrants of no stated country ("a dinghy
  carrying 40 migrants": Conventions of 2026-11-28, rule 10), or that carries no one named and is
  stopped off the stopping state's own coast ("police seized six boats near Calais", "the navy
  intercepted a fishing boat south of Sicily"), is aimed at no one: neither the scene's country nor
  the article's counterpart fills the target. Off another state's coast the place still speaks
  ("seized a tanker off Venezuela's coast").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, side_code, side_codes
from tidings.extract.event_phrases import np_actors
from tidings.extract.event_syntax import VERB_POS, direct_object, has_word, is_passive, of_object, passive_subject, preps
from tidings.models import Actor, Event

__all__ = ["carried_people", "unclaimed_vessel"]

_COUNTRY_ENTITIES = ("NORP", "GPE", "LOC")
_OWN_MODIFIERS = ("amod", "compound", "poss", "nmod")
_CARRYING = ("acl", "relcl")  # "a boat [carrying 60 migrants]", "a boat [that was carrying …]"


def carried_people(event: Event, tok: Token, index: EventIndex) -> list[Actor]:
    """The coded actors among the people a stopped vessel of no stated country carries."""
    vessel = _stopped_vessel(event, tok, index)
    if vessel is None:
        return []
    mine = side_codes(event.source)
    return [a for p in _carried(vessel, index) for a in np_actors(p, index, deep=False) if side_code(a) not in mine]


def unclaimed_vessel(event: Event, tok: Token, index: EventIndex) -> bool:
    """A stopped vessel of no stated country whose people state none either: migrants on board,
    or no one named and the place it was stopped at the stopping state's own."""
    vessel = _stopped_vessel(event, tok, index)
    if vessel is None:
        return False
    people = _carried(vessel, index)
    if any(_states_country(p, index) for p in people):
        return False
    foreign = index.tables.vocab("foreign_people")
    if any(has_word(p, foreign) for p in people):
        return True
    if people:
        return False
    countries = {p.country for p in _scene(tok, vessel, index)}
    return bool(countries) and countries <= side_codes(event.source)


def _stopped_vessel(event: Event, tok: Token, index: EventIndex) -> Token | None:
    """The vessel a repressive verb stops or seizes (its object, passive subject or the noun of its
    "of" phrase: "a convoy of boats"), when the vessel's own words state no country."""
    vocab = index.tables.vocab
    if event.type not in vocab("repression") or tok.pos_ not in VERB_POS or not event.source:
        return None
    obj = direct_object(tok) or (passive_subject(tok) if is_passive(tok) else None)
    vessel = next((n for n in ([obj, of_object(obj)] if obj is not None else [])
                   if n is not None and has_word(n, vocab("vessel_words"))), None)
    if vessel is None or _states_country(vessel, index) or index.actor(vessel) is not None:
        return None
    return vessel


def _carried(vessel: Token, index: EventIndex) -> list[Token]:
    """People a vessel carries: the object of a carrying verb on it ("a boat carrying 148 migrants",
    "hundreds [of migrants]"), or a "with" phrase ("a dinghy with 40 people")."""
    verbs = index.tables.vocab("carrying_verbs")
    objects = [direct_object(c) for c in vessel.children if c.dep_ in _CARRYING and c.lemma_.lower() in verbs]
    objects += [g for p, g in preps(vessel) if p == "with"]
    people = index.tables.vocab_classes("people_classes")
    out = []
    for o in objects:
        for n in (o, of_object(o) if o is not None else None):
            if n is not None and has_word(n, people | index.tables.vocab("foreign_people")):
                out.append(n)
    return out


def _states_country(noun: Token, index: EventIndex) -> bool:
    """'Haitian migrants', 'a Greek-flagged tanker', 'Peru's fishing boats': the noun's own words name a country."""
    words = [noun, *(m for m in noun.children if m.dep_ in _OWN_MODIFIERS)]
    words += [g for m in words[1:] for g in m.children if g.dep_ in ("npadvmod", "compound", "amod")]  # "[Greek]-flagged"
    return any(w.ent_type_ in _COUNTRY_ENTITIES or (a := index.actor(w)) is not None and a.kind != "group" and (a.code or a.country)
               for w in words)


def _scene(tok: Token, vessel: Token, index: EventIndex) -> list:
    """Places of the stop: the place phrases of the verb and of the vessel ("near Boulogne", "south
    of Crete", "off the coast of Sicily")."""
    phrases = [g for h in (tok, vessel) for p, g in preps(h)]
    found = []
    for g in phrases:
        for t in g.subtree:
            place = index.place(t)
            if place is not None and place.country and place not in found:
                found.append(place)
    return found
