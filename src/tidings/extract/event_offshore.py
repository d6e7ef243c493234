"""People a state takes at sea or abroad are not its own (ANNOTATION.md, Conventions of
2026-11-28, rule 10).

- :func:`not_own_people`: people the text marks as foreign or as migrants ("detained 30
  migrants"), or takes outside the state's territory: "at sea", "abroad", "on board" a vessel the
  sentence names, or from a vessel a joined verb stops ("intercepted a flotilla and detained 400
  activists").
- :func:`unnamed_at_sea`: such people whose own words state no country are aimed at no one, so no
  fallback gives them the captor's country or the place the vessel sailed for.
- :func:`taken_at_sea`: a country the parse gave such people from the scene is dropped.
- :func:`bound_elsewhere`: a vessel of no stated country stopped at sea ("intercepted an aid
  flotilla bound for Gaza") is not aimed at the place it sailed for.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, direct_object, has_word, is_passive, of_object, passive_subject, preps
from tidings.models import Actor, Event

__all__ = ["bound_elsewhere", "not_own_people", "taken_at_sea", "unnamed_at_sea"]

_COUNTRY_ENTITIES = ("NORP", "GPE", "LOC")
_OWN_MODIFIERS = ("amod", "compound", "poss", "nmod")
_HEADING_PREPS = ("for", "to", "toward", "towards")  # "bound for Gaza", "carrying aid to Gaza"


def not_own_people(tok: Token, index: EventIndex) -> bool:
    """'Peru's navy detained 30 migrants', 'seized a foreign crew at sea', 'detained the activists
    on board': people of the act at trigger ``tok`` who are not the acting state's own."""
    vocab = index.tables.vocab
    nouns = _people(tok)
    if any(has_word(w, vocab("foreign_people")) for n in nouns for w in [n, *(m for m in n.children if m.dep_ in ("amod", "compound"))]):
        return True
    heads = [tok, *nouns]
    offshore = vocab("offshore_words")
    return any(has_word(g, offshore) for h in heads for p, g in preps(h) if p in ("at", "on")) or any(
        ch.dep_ == "advmod" and has_word(ch, offshore) for ch in tok.children) or _off_a_vessel(tok, heads, index)


def unnamed_at_sea(event: Event, tok: Token, index: EventIndex) -> bool:
    """A repression whose people, of no stated country, are taken at sea or abroad: no recipient."""
    if event.type not in index.tables.vocab("repression") or event.mode == "seize":
        return False
    nouns = _people(tok)
    words = [w for n in nouns for w in [n, *(m for m in n.children if m.dep_ in _OWN_MODIFIERS)]]
    if not nouns or any(w.ent_type_ in _COUNTRY_ENTITIES or _names_country(w, index) for w in words):
        return False  # "detained two Turkish nationals at sea", "Peru's fishermen" have their country
    return not_own_people(tok, index)


def bound_elsewhere(event: Event, tok: Token, index: EventIndex) -> bool:
    """'intercepted an aid flotilla bound for Gaza', 'boarded a ship carrying aid to Gaza': the place
    a vessel of no stated country was heading for is not the side stopping it aims at."""
    vocab = index.tables.vocab
    if event.type not in vocab("repression") or tok.pos_ not in VERB_POS or not has_word(tok, vocab("vessel_stops")):
        return False
    obj = direct_object(tok) or (passive_subject(tok) if is_passive(tok) else None)
    vessel = next((n for n in ([obj, of_object(obj)] if obj is not None else []) if n is not None and has_word(n, vocab("vessel_words"))), None)
    if vessel is None:
        return False
    words = [vessel, *(m for m in vessel.children if m.dep_ in _OWN_MODIFIERS)]
    if any(w.ent_type_ in _COUNTRY_ENTITIES or _names_country(w, index) for w in words):
        return False  # "a Turkish ship bound for Gaza" is Turkish
    heading = [g for c in vessel.children if c.dep_ in ("acl", "relcl") for p, g in preps(c) if p in _HEADING_PREPS]
    heading += [g for p, g in preps(vessel) if p in _HEADING_PREPS]
    return any(index.place(g) is not None or index.actor(g) is not None for g in heading)


def taken_at_sea(event: Event, tok: Token | None, index: EventIndex) -> Event:
    """'The navy intercepted a flotilla and detained dozens of activists on board': the country the
    parse took from the scene for unnamed people taken at sea is dropped."""
    if tok is None or not event.target or not all(_unnamed_group(a, index) for a in event.target):
        return event
    if not unnamed_at_sea(event, tok, index):
        return event
    return event.model_copy(update={"target": [], "rule": (event.rule or "") + "; target: none (unnamed people taken at sea)"})


def _names_country(word: Token, index: EventIndex) -> bool:
    actor = index.actor(word)
    return actor is not None and actor.kind != "group"


def _people(tok: Token) -> list[Token]:
    """The trigger's theme and the noun of its "of" phrase ("hundreds [of migrants]")."""
    if tok.pos_ in VERB_POS:
        theme = direct_object(tok) or (passive_subject(tok) if is_passive(tok) else None)
    else:
        theme = of_object(tok)
    return [n for n in ([theme, of_object(theme)] if theme is not None else []) if n is not None]


def _unnamed_group(actor: Actor, index: EventIndex) -> bool:
    """A group mention whose own words state no country ("dozens of activists", not "Turkish activists")."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return actor.kind == "group" and not actor.code and span is not None and not any(
        t.ent_type_ in _COUNTRY_ENTITIES for t in span)


def _off_a_vessel(tok: Token, heads: list[Token], index: EventIndex) -> bool:
    """'detained the activists on board' (a vessel named in the sentence), 'intercepted a flotilla
    and detained 400 activists' (vocabulary.csv vessel_words, vessel_stops)."""
    vocab = index.tables.vocab
    vessels, stops = vocab("vessel_words"), vocab("vessel_stops")
    aboard = any(p == "aboard" or (p == "on" and g.lower_ == "board") for h in heads for p, g in preps(h)) or any(
        c.dep_ == "advmod" and c.lower_ == "aboard" for h in heads for c in h.children)
    if aboard and any(has_word(t, vessels) for t in tok.sent):
        return True
    # verbs joined to the trigger that share its subject ("intercepted … and detained", not
    # "police arrested students, and soldiers stormed a ferry")
    joined = [c for c in tok.children if c.dep_ == "conj" and not _own_subject(c)]
    joined += [tok.head] if tok.dep_ == "conj" and not _own_subject(tok) else []
    objects = [o for v in joined if has_word(v, stops) and (o := direct_object(v)) is not None]
    return any(has_word(n, vessels) for o in objects for n in (o, of_object(o)) if n is not None)  # "a convoy [of yachts]"


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
