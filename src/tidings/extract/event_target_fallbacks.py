"""Targets filled from another event of the same sentence, after every event has its sides.

- A judgement of an act ("Beijing condemned the detention of two Chinese students in Vilnius")
  is aimed at whoever did that act, when the clause names no one else: the source of the event
  its complement names, other than the judge's own side.
- A call for someone's release is aimed at the captor, not at the one held ("Washington called
  for the release of two American citizens detained in Venezuela"): the side the release is asked
  "from", else the side that the sentence tells holding them.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_phrases import np_actors, place_actor
from tidings.extract.event_syntax import VERB_POS, direct_object, of_object, preps
from tidings.models import Actor, Event

__all__ = ["aim_at_captors", "aim_at_judged_acts"]


def _code(a: Actor) -> str:
    return a.code or a.country or ""


def aim_at_judged_acts(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'condemned the detention of …', 'denounced the strike on …': the judged act's doer."""
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    out = []
    for event, cand in zip(events, cands):
        if not event.target and event.source and cand.inner is not None and cand.entry.wraps == "judge":
            judged = by_token.get(cand.inner.i)
            mine = {_code(a) for a in event.source}
            doers = [a for a in (judged.source if judged is not None else []) if _code(a) not in mine]
            if doers:
                event = event.model_copy(update={"target": doers, "rule": (event.rule or "") + "; target: the doer of the act judged"})
        out.append(event)
    return out


def aim_at_captors(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'demanded the release of a French aid worker [from Iran]', 'asked for his release' (of a
    writer held in Beijing): a request for a release is aimed at whoever holds the people."""
    out = []
    for event, cand in zip(events, cands):
        inner = _release(cand, index) if event.type in index.tables.vocab("release_request_types") else None
        if inner is not None:
            released = _released(inner)
            held = {_code(a) for a in np_actors(released, index)} if released is not None else set()
            mine = {_code(a) for a in event.source}
            if {_code(a) for a in event.target} <= held | mine:
                captor = _named_captor(inner, index, mine) or _holding_side(event, events, held | mine, released)
                if captor:
                    event = event.model_copy(update={"target": captor, "rule": (event.rule or "") + "; target: the captor"})
        out.append(event)
    return out


def _release(cand: Candidate, index: EventIndex) -> Token | None:
    """The release a request asks for: its wrapped complement, or the object of "ask for"."""
    asked = [cand.inner] if cand.inner is not None else []
    if cand.token.pos_ in VERB_POS:
        asked += [g for p, g in preps(cand.token) if p == "for"] + [direct_object(cand.token)]
    return next((t for t in asked if t is not None and _is_release(t, index)), None)


def _is_release(inner: Token, index: EventIndex) -> bool:
    pos = "verb" if inner.pos_ in VERB_POS else "noun"
    return any(e.mode == "release" for f in (inner.lemma_.lower(), inner.lower_) for e in index.tables.entries(pos, f))


def _released(inner: Token) -> Token | None:
    """Who is to be freed: the object of the verb, the "of" phrase or owner of the noun."""
    if inner.pos_ in VERB_POS:
        return direct_object(inner)
    return of_object(inner) or next((ch for ch in inner.children if ch.dep_ == "poss"), None)


def _named_captor(inner: Token, index: EventIndex, mine: set[str]) -> list[Actor]:
    """'the release of the aid worker [from Iran]': the side named after "from"."""
    heads = [inner] + ([_released(inner)] if _released(inner) is not None else [])
    for p, g in (pg for h in heads for pg in preps(h)):
        if p != "from":
            continue
        found = [a for a in np_actors(g, index) if _code(a) not in mine]
        place = index.place(g)
        if not found and place is not None and place.country and place.country not in mine:
            found = [place_actor(place, index)]
        if found:
            return found
    return []


def _holding_side(event: Event, events: list[Event], taken: set[str], released: Token | None) -> list[Actor]:
    """The doer of a detention the same sentence tells of the people held ("… held in Beijing",
    "journalists [detained by the Taliban]")."""
    span = (released.left_edge.idx, released.right_edge.idx + len(released.right_edge)) if released is not None else (0, 0)
    kinds = [e for e in events if e.sentence == event.sentence and e.type == "COERCE" and e.status != "negated"]
    for e in kinds:
        doers = [a for a in e.source if _code(a) not in taken]
        inside = span[0] <= e.trigger.start < span[1]
        if doers and ({_code(a) for a in e.target} & taken or inside):
            return doers
    return []
