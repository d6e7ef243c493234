"""Agents the parser hangs in the wrong place, for event_sources.

- "opened an investigation into mass killings [by the RSF]": a "by" phrase on an active verb with a
  subject of its own belongs to the act noun in its object.
- "Tinubu appealed for calm after gunmen killed 50 villagers, [and ordered] …": a verb after ", and"
  joined to the last verb of a subordinate clause coordinates with the main verb.
- "a threat [by Mali's junta] to nationalise the mine": a noun's infinitive is done by the noun's owner.
- "Jordanian aircraft airdropped food over Gaza, joined by planes [from Egypt]": those who join the
  subject in the act act with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, names_event
from tidings.extract.event_syntax import VERB_POS, conjuncts, is_passive, nearest_subject, preps


def stray_agent(noun: Token, index: EventIndex) -> list[Token]:
    """'opened an investigation into mass killings [by the Rapid Support Forces]': a "by" phrase the
    parser hung on an active verb with a subject of its own, right after the act noun in its
    object, is that noun's agent (an active verb has none); the nearest such noun only."""
    verb = noun
    for _ in range(5):
        if verb.dep_ not in ("pobj", "prep", "dobj") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in VERB_POS or is_passive(verb) or nearest_subject(verb) is None or noun not in verb.subtree:
        return []
    agents = [g for p, g in preps(verb) if p == "by" and g.i > noun.i and index.actor(g) is not None]
    between = [t for t in noun.doc[noun.i + 1:agents[0].head.i] if names_event(t, index)] if agents else []
    return agents[:1] if agents and not between else []


def misjoined(verb: Token) -> bool:
    """'Tinubu appealed for calm after gunmen killed 50 villagers, [and ordered] security chiefs
    to …': a verb after ", and" that the parser joined to the last verb of a subordinate clause
    following the main verb coordinates with the main verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "advcl" or head.head.pos_ not in VERB_POS or head.head.i > head.i:
        return False
    if not any(m.dep_ == "mark" for m in head.children) or verb.i < 2:
        return False
    doc = verb.doc
    return doc[verb.i - 1].dep_ == "cc" and doc[verb.i - 2].text == ","


def noun_owner(noun: Token) -> list[Token]:
    """Who a noun's infinitive is done by: its possessor or its "by" phrase."""
    found = [ch for ch in noun.children if ch.dep_ == "poss"] or [g for p, g in preps(noun) if p == "by"]
    return [t for g in found for t in conjuncts(g)]


def joined_by(verb: Token, index: EventIndex) -> list[Token]:
    """'airdropped food parcels over Gaza City, [joined by] planes from Egypt and the UAE': the agent
    of a participle of joining (vocabulary.csv joining_verbs) on the act acts beside its subject."""
    joining = index.tables.vocab("joining_verbs")
    return [t for ch in verb.children if ch.dep_ in ("advcl", "acl") and ch.tag_ == "VBN" and ch.lemma_.lower() in joining
            for p, g in preps(ch) if p == "by" for t in conjuncts(g)]
