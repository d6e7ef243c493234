"""Whose ground an act lands on, read off the places of its clause.

- The country of the place attacked, seized, visited, or where aid or forces are sent: "shelled
  residential areas of [Kharkiv]", "a visit to [Warsaw]", "bombed a market in [Sudan]'s North
  Darfur state". Where aid or forces go beats where they come from: "sent a convoy across the
  border from Adre in Chad into [Darfur]" is aimed at Sudan, not Chad.
- Weapons of no stated side that hit a state, reported by that state ("two drones struck a depot
  in Russia's Belgorod region, the Russian governor said"), are no one's named: the actor
  extractor gives such a bare group the speaker's country, which is the victim's, not the attacker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex, side_codes as _codes
from tidings.extract.event_moves import aimed_ground
from tidings.extract.event_phrases import place_actor
from tidings.extract.event_syntax import VERB_POS, conjuncts, direct_object, passive_subject, preps
from tidings.models import Actor, Event

# entity labels of a word that states whose a group is ("Russian drones", "Iran-made missiles")
_SIDE_ENTS = frozenset({"NORP", "GPE", "ORG"})


def place_target(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """The country of the place attacked or seized (even the source's own: civil war,
    repression), or of the place visited, where forces are moved or aid is sent (another
    country only); vocabulary.csv place_target_any / place_target_foreign. People are taken
    from the place attacked (taken_from_modes: "abducted 25 pupils from a school in Nigeria's
    Kebbi state")."""
    # an announced visit or delivery (coded AGREE) still goes to the place's country, and so
    # does a cancelled or refused one ("cancelled a planned visit to Washington")
    vocab = index.tables.vocab
    kinds = (event.type, f"{event.type}:{event.mode}", cand.type, f"{cand.type}:{cand.mode}", *_inner_kinds(cand, index))
    if event.type in vocab("aimed_moves"):  # only the ground a move is aimed at
        return aimed_ground(event, cand.token, index)
    mine = _codes(event.source)
    if any(k in vocab("place_target_any") for k in kinds):
        own_ok = True
    elif any(k in vocab("place_target_foreign") for k in kinds):
        own_ok = False
    elif any(k in vocab("place_target_from") for k in kinds):  # "withdrew from [Kherson]"
        places = [index.place(t) for p, g in preps(cand.token) if p == "from" for t in g.subtree]
        return next(([place_actor(p, index)] for p in places if p is not None and p.country and p.country not in mine), [])
    else:
        return []
    # where aid or forces are sent beats where they come from (not so for attacks: "a strike on a
    # boat carrying drugs from Venezuela")
    first = frozenset() if own_ok else vocab("destination_preps")
    taken = event.mode in vocab("taken_from_modes") or cand.mode in vocab("taken_from_modes")
    place_preps = vocab("attack_place_preps") | (frozenset({"from"}) if taken else frozenset())
    tokens = _object_tokens(cand.token, place_preps, first=first)
    origins = set() if own_ok else _origin_tokens(cand.token, index)
    places = [index.place(tok) for tok in tokens if tok.i not in origins]
    location = event.location
    if location is not None and not any(w in (event.rule or "") for w in ("place: dateline", "after 'from'")):
        loc = index.doc.char_span(location.start, location.end, alignment_mode="expand")
        if loc is None or loc.root.i not in origins:
            places.append(location)
    # both sides already in the source ("clashes between Israeli troops and Palestinians in
    # Jenin"): the ground is one side's own, not a third party the act is aimed at
    own_ok = own_ok and len(mine) < 2
    for place in places:
        if place is not None and place.country and (own_ok or place.country not in mine):
            return [place_actor(place, index)]
    return _owned_region(tokens, origins, mine if not own_ok else frozenset(), index)


def _owned_region(tokens: list[Token], origins: set[int], mine: frozenset[str], index: EventIndex) -> list[Actor]:
    """'a market in [Sudan]'s North Darfur state', 'villages in [Armenia]'s Syunik province': the
    country that owns the place phrase's noun, when no place of the gazetteer is named."""
    for tok in tokens:
        actor = index.actor(tok)
        if actor is None or actor.kind != "country" or tok.dep_ != "poss" or tok.i in origins:
            continue
        noun = tok.head
        if noun.dep_ == "pobj" and noun.head.lower_ in index.tables.vocab("attack_place_preps") and actor.country not in mine:
            return [actor]
    return []


def _origin_tokens(trigger: Token, index: EventIndex) -> set[int]:
    """Words of the "from" phrases under the trigger (where aid or forces come from), and of a
    place phrase the parser hung right after one ("from Adre [in Chad]")."""
    origins: set[int] = set()
    for tok in trigger.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "from":
            origins.update(t.i for t in tok.subtree)
    for tok in trigger.subtree:
        if tok.dep_ == "prep" and tok.i - 1 in origins and tok.lower_ in index.tables.vocab("origin_seat_preps"):
            origins.update(t.i for t in tok.subtree)
    return origins


def _inner_kinds(cand: Candidate, index: EventIndex) -> list[str]:
    """Types and type:mode of the event a wrapper names in its complement."""
    if cand.inner is None:
        return []
    pos = "verb" if cand.inner.pos_ in VERB_POS else "noun"
    entries = [e for f in (cand.inner.lemma_.lower(), cand.inner.lower_) for e in index.tables.entries(pos, f) if e.type]
    if cand.inner_entry in entries:  # the sense the wrapper was composed with (not "met [with tear gas]")
        entries = [cand.inner_entry]
    return [k for e in entries for k in (e.type, f"{e.type}:{e.mode}")]


def _object_tokens(trigger: Token, place_preps: frozenset[str], *, first: frozenset[str] = frozenset()) -> list[Token]:
    """Words of the trigger's object and of its place phrases, nearest first; the phrases of the
    prepositions ``first`` (where something is sent: to, into) before all others."""
    heads: list[Token] = []
    if trigger.pos_ in VERB_POS:
        obj = direct_object(trigger) or passive_subject(trigger)  # "[Kharkiv] has been shelled"
        heads += conjuncts(obj) if obj is not None else []
    phrases = [(p, g) for p, g in preps(trigger) if p in place_preps]
    heads = [g for p, g in phrases if p in first] + heads + [g for p, g in phrases if p not in first]
    out: list[Token] = []
    for h in heads:
        out += sorted(h.subtree, key=lambda t: abs(t.i - trigger.i))
    return out


def unseen_attacker(event: Event, cand: Candidate, index: EventIndex) -> Event:
    """'Two drones struck a depot in Russia's Belgorod region, the Russian governor said': an attack
    by weapons of no stated side (vocabulary.csv unseen_weapons) on the state that reports it has
    no source; the speaker's country the bare group was given is the victim's."""
    reporter = event.attributed_to
    if event.type not in index.tables.vocab("unseen_attacker_types") or reporter is None or not event.source:
        return event
    home = reporter.country
    if reporter.code or not home or _codes(event.target) != {home}:
        return event
    if not all(a.country == home and _bare_weapons(a, index) for a in event.source):
        return event
    return event.model_copy(update={"source": [], "rule": (event.rule or "") + "; source: none (weapons of no stated side)"})


def _bare_weapons(actor: Actor, index: EventIndex) -> bool:
    """A group mention of weapons whose words state no side ("drones", "unidentified missiles")."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if actor.kind != "group" or span is None:
        return False
    if span.root.lemma_.lower() not in index.tables.vocab("unseen_weapons") and span.root.lower_ not in index.tables.vocab("unseen_weapons"):
        return False
    return not any(t.ent_type_ in _SIDE_ENTS for t in span) and not any(
        ch.dep_ in ("poss", "amod", "compound", "nmod") and ch.ent_type_ in _SIDE_ENTS for ch in span.root.children)
